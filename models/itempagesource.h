#pragma once

#include "aws/awserror.h"
#include "dynamo/wirepage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace dyna::aws {
class AwsClient;
class Job;
class RequestJob;
} // namespace dyna::aws

namespace dyna::models {

// Where an item grid gets its pages from: one request at a time, answered by exactly one
// pageArrived or pageFailed. A new request or cancel() drops the one in flight silently.
class ItemPageSource : public QObject
{
    Q_OBJECT
public:
    explicit ItemPageSource(QObject *parent = nullptr);

    // An empty key asks for the first page.
    virtual void requestPage(const QJsonObject &exclusiveStartKey) = 0;
    // Drops the request in flight, if any, without a signal.
    virtual void cancel() = 0;

Q_SIGNALS:
    // page holds the items in WirePage::Items::Json form; lastEvaluatedKey is empty on the
    // last page.
    void pageArrived(const dyna::dynamo::WirePage &page, const QJsonObject &lastEvaluatedKey,
                     double consumedCapacity, int scannedCount, int count);
    void pageFailed(const dyna::aws::AwsError &error);
};

// Pages of a Query or a Scan (ExclusiveStartKey / LastEvaluatedKey) or of a PartiQL
// ExecuteStatement (NextToken, handed on as {"NextToken": token}) through an AwsClient.
class RequestPageSource : public ItemPageSource
{
    Q_OBJECT
public:
    // operation is "Query", "Scan" or "ExecuteStatement"; input is its request without the
    // token of the next page.
    // ReturnConsumedCapacity defaults to TOTAL so the grid can sum what the load cost.
    RequestPageSource(aws::AwsClient *client, QString operation, QJsonObject input,
                      QObject *parent = nullptr);
    ~RequestPageSource() override;

    void requestPage(const QJsonObject &exclusiveStartKey) override;
    void cancel() override;

private:
    void onFinished(aws::Job *job);
    bool pagesWithToken() const;

    QPointer<aws::AwsClient> m_client;
    QString m_operation;
    QJsonObject m_input;
    QPointer<aws::RequestJob> m_job;
    // The items of m_job's answer, read by its body reader.
    dynamo::WirePage::Holder m_page;
};

} // namespace dyna::models
