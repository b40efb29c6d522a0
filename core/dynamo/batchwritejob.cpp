#include "batchwritejob.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

#include <cmath>

namespace dyna::dynamo {

namespace {
constexpr int kBaseDelayMs = 50;
constexpr int kMaxDelayMs = 5000;
} // namespace

BatchWriteJob::BatchWriteJob(aws::AwsClient *client, QList<WriteRequest> requests, QObject *parent)
    : aws::Job(parent)
    , m_client(client)
    , m_pending(std::move(requests))
    , m_total(int(m_pending.size()))
{}

BatchWriteJob::WriteRequest BatchWriteJob::put(const QString &tableName, const QJsonObject &item)
{
    return {tableName, QJsonObject{{QStringLiteral("PutRequest"),
                                    QJsonObject{{QStringLiteral("Item"), item}}}}};
}

BatchWriteJob::WriteRequest BatchWriteJob::remove(const QString &tableName, const QJsonObject &key)
{
    return {tableName, QJsonObject{{QStringLiteral("DeleteRequest"),
                                    QJsonObject{{QStringLiteral("Key"), key}}}}};
}

void BatchWriteJob::start()
{
    QMetaObject::invokeMethod(this, &BatchWriteJob::pump, Qt::QueuedConnection);
}

void BatchWriteJob::cancel()
{
    const auto inFlight = m_inFlight;
    for (const auto &job : inFlight) {
        if (job)
            job->cancel();
    }
    finish(aws::AwsError::cancelled(QStringLiteral("BatchWriteItem")));
}

void BatchWriteJob::pump()
{
    if (isFinished())
        return;
    if (!m_client) {
        finish(aws::AwsError::cancelled(QStringLiteral("BatchWriteItem")));
        return;
    }
    while (!m_pending.isEmpty() && m_inFlight.size() < m_concurrency) {
        const QList<WriteRequest> batch = m_pending.mid(0, kMaxPerCall);
        m_pending.remove(0, batch.size());
        QJsonObject byTable;
        for (const auto &entry : batch) {
            QJsonArray requests = byTable.value(entry.tableName).toArray();
            requests.append(entry.request);
            byTable.insert(entry.tableName, requests);
        }
        auto *job = m_client->call(aws::Service::DynamoDb, QStringLiteral("BatchWriteItem"),
                                   QJsonObject{{QStringLiteral("RequestItems"), byTable}});
        connect(job, &aws::Job::finished, this, [this, job, batch] { onCallFinished(job, batch); });
        m_inFlight.append(job);
        ++m_calls;
        job->start();
    }
    if (m_pending.isEmpty() && m_inFlight.isEmpty() && m_waiting == 0)
        finish({});
}

void BatchWriteJob::onCallFinished(aws::RequestJob *job, const QList<WriteRequest> &sent)
{
    m_inFlight.removeAll(job);
    if (isFinished())
        return;
    if (job->error().isError()) {
        finish(job->error());
        return;
    }
    // Match what came back unprocessed to what was sent, so each keeps its round count.
    const QJsonObject unprocessed =
        job->response().value(QStringLiteral("UnprocessedItems")).toObject();
    QList<WriteRequest> again;
    for (auto it = unprocessed.begin(); it != unprocessed.end(); ++it) {
        for (const auto &value : it.value().toArray()) {
            const QJsonObject request = value.toObject();
            int rounds = 0;
            for (const auto &entry : sent) {
                if (entry.tableName == it.key() && entry.request == request) {
                    rounds = entry.rounds;
                    break;
                }
            }
            again.append({it.key(), request, rounds + 1});
        }
    }
    m_written += int(sent.size() - again.size());
    Q_EMIT progress(m_written, m_total);
    if (!again.isEmpty())
        requeue(std::move(again));
    pump();
}

void BatchWriteJob::requeue(QList<WriteRequest> unprocessed)
{
    int rounds = 0;
    for (const auto &entry : unprocessed)
        rounds = qMax(rounds, entry.rounds);
    if (rounds > m_maxRounds) {
        aws::AwsError error;
        error.kind = aws::ErrorKind::Throttling;
        error.operation = QStringLiteral("BatchWriteItem");
        error.code = QStringLiteral("UnprocessedItems");
        error.message = QCoreApplication::translate(
                            "BatchWriteJob",
                            "%n item(s) were still unprocessed after %1 attempts; the table is "
                            "throttling writes.",
                            nullptr, int(unprocessed.size()))
                            .arg(rounds);
        finish(error);
        return;
    }
    // Full jitter, as for throttled calls: spread the retries of parallel writers.
    const double random = m_client->clock().random ? m_client->clock().random() : 0.5;
    const int ceiling = int(qMin<double>(kMaxDelayMs, kBaseDelayMs * std::pow(2.0, rounds)));
    const int delay = int(random * ceiling);
    m_resent += int(unprocessed.size());
    m_waiting += int(unprocessed.size());
    QTimer::singleShot(delay, this, [this, unprocessed] {
        m_waiting -= int(unprocessed.size());
        m_pending.append(unprocessed);
        pump();
    });
}

} // namespace dyna::dynamo
