#pragma once

#include "aws/job.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>

namespace dyna::aws {
class AwsClient;
class RequestJob;
} // namespace dyna::aws

namespace dyna::dynamo {

struct Statement
{
    QString text;
    QJsonArray parameters; // wire AttributeValues
};

struct StatementResult
{
    bool ok = false;
    QJsonObject item;
    QString errorCode;
    QString errorMessage;
};

// BatchExecuteStatement, 1..25 statements; one result per statement, in order.
class BatchStatementJob : public aws::Job
{
    Q_OBJECT
public:
    BatchStatementJob(aws::AwsClient *client, QList<Statement> statements,
                      QObject *parent = nullptr);
    ~BatchStatementJob() override;

    void start() override;
    void cancel() override;
    const QList<StatementResult> &results() const { return m_results; }
    double consumedCapacity() const { return m_capacity; }

private:
    void onFinished(aws::Job *job);

    QPointer<aws::AwsClient> m_client;
    QList<Statement> m_statements;
    QPointer<aws::RequestJob> m_job;
    QList<StatementResult> m_results;
    double m_capacity = 0;
};

// Why each statement of a cancelled transaction failed: {code, message, item}, code "None" for
// the statements that were fine. The same struct the error parser fills.
using CancellationReason = aws::CancellationReason;

// ExecuteTransaction, 1..100 statements; an empty token is replaced by a fresh UUID.
class TransactionStatementJob : public aws::Job
{
    Q_OBJECT
public:
    TransactionStatementJob(aws::AwsClient *client, QList<Statement> statements,
                            QString clientRequestToken = {}, QObject *parent = nullptr);
    ~TransactionStatementJob() override;

    void start() override;
    void cancel() override;
    QString clientRequestToken() const { return m_token; }      // the one actually sent
    const QList<QJsonObject> &items() const { return m_items; } // per statement, for reads
    // Per statement on TransactionCanceledException.
    const QList<CancellationReason> &reasons() const { return m_reasons; }
    double consumedCapacity() const { return m_capacity; }

private:
    void onFinished(aws::Job *job);

    QPointer<aws::AwsClient> m_client;
    QList<Statement> m_statements;
    QString m_token;
    QPointer<aws::RequestJob> m_job;
    QList<QJsonObject> m_items;
    QList<CancellationReason> m_reasons;
    double m_capacity = 0;
};

} // namespace dyna::dynamo
