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

// One PartiQL multi-statement call: checks the statement count before sending, runs the
// request once, and hands the answer to the subclass. Exactly one `finished`.
class StatementCallJob : public aws::Job
{
    Q_OBJECT
public:
    ~StatementCallJob() override;
    void start() override;
    void cancel() override;
    double consumedCapacity() const { return m_capacity; }

protected:
    // `listMember` is the input member holding the statements ("Statements" or
    // "TransactStatements"); `extraInput` is merged into the request.
    StatementCallJob(aws::AwsClient *client, QList<Statement> statements, QString operation,
                     QString listMember, int maximum, QJsonObject extraInput, QObject *parent);
    const QList<Statement> &statements() const { return m_statements; }
    const QJsonObject &extraInput() const { return m_extraInput; }
    virtual void readResponse(const QJsonObject &response) = 0;
    virtual void readError(const aws::AwsError &) {}

private:
    void onFinished(aws::Job *job);

    QPointer<aws::AwsClient> m_client;
    QList<Statement> m_statements;
    QString m_operation;
    QString m_listMember;
    int m_maximum;
    QJsonObject m_extraInput;
    QPointer<aws::RequestJob> m_job;
    double m_capacity = 0;
};

// BatchExecuteStatement, 1..25 statements; one result per statement, in order.
class BatchStatementJob : public StatementCallJob
{
    Q_OBJECT
public:
    BatchStatementJob(aws::AwsClient *client, QList<Statement> statements,
                      QObject *parent = nullptr);
    const QList<StatementResult> &results() const { return m_results; }

private:
    void readResponse(const QJsonObject &response) override;

    QList<StatementResult> m_results;
};

// Why each statement of a cancelled transaction failed: {code, message, item}, code "None" for
// the statements that were fine. The same struct the error parser fills.
using CancellationReason = aws::CancellationReason;

// ExecuteTransaction, 1..100 statements; an empty token is replaced by a fresh UUID.
class TransactionStatementJob : public StatementCallJob
{
    Q_OBJECT
public:
    TransactionStatementJob(aws::AwsClient *client, QList<Statement> statements,
                            QString clientRequestToken = {}, QObject *parent = nullptr);
    // The one actually sent.
    QString clientRequestToken() const
    {
        return extraInput().value(QLatin1String("ClientRequestToken")).toString();
    }
    const QList<QJsonObject> &items() const { return m_items; } // per statement, for reads
    // Per statement on TransactionCanceledException.
    const QList<CancellationReason> &reasons() const { return m_reasons; }

private:
    void readResponse(const QJsonObject &response) override;
    void readError(const aws::AwsError &error) override;

    QList<QJsonObject> m_items;
    QList<CancellationReason> m_reasons;
};

} // namespace dyna::dynamo
