#pragma once

#include "aws/job.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>

namespace dyna::aws {
class AwsClient;
class RequestJob;
} // namespace dyna::aws

namespace dyna::dynamo {

// Writes any number of put/delete requests with BatchWriteItem: 25 per call, a few calls in
// flight, and every UnprocessedItems entry sent again after a jittered, growing delay, so the
// caller sees one settled result.
class BatchWriteJob : public aws::Job
{
    Q_OBJECT
public:
    struct WriteRequest
    {
        QString tableName;
        QJsonObject request; // {"PutRequest": {...}} or {"DeleteRequest": {...}}
        int rounds = 0;      // how often DynamoDB has handed it back unprocessed
    };

    static constexpr int kMaxPerCall = 25;

    BatchWriteJob(aws::AwsClient *client, QList<WriteRequest> requests, QObject *parent = nullptr);

    static WriteRequest put(const QString &tableName, const QJsonObject &item);
    static WriteRequest remove(const QString &tableName, const QJsonObject &key);

    void setConcurrency(int calls) { m_concurrency = qMax(1, calls); }
    void setMaxRounds(int rounds) { m_maxRounds = rounds; }
    void start() override;
    void cancel() override;

    int total() const { return m_total; }
    int written() const { return m_written; }
    int calls() const { return m_calls; }
    // Requests DynamoDB returned as unprocessed and that were sent again.
    int resent() const { return m_resent; }

Q_SIGNALS:
    void progress(int written, int total);

private:
    void pump();
    void onCallFinished(aws::RequestJob *job, const QList<WriteRequest> &sent);
    void requeue(QList<WriteRequest> unprocessed);

    QPointer<aws::AwsClient> m_client;
    QList<WriteRequest> m_pending;
    QList<QPointer<aws::RequestJob>> m_inFlight;
    int m_waiting = 0; // unprocessed requests waiting for their backoff to pass
    int m_total = 0;
    int m_written = 0;
    int m_calls = 0;
    int m_resent = 0;
    int m_concurrency = 4;
    int m_maxRounds = 10;
};

} // namespace dyna::dynamo
