#include "parallelscanjob.h"

#include "pagination.h"

#include "aws/awsclient.h"

#include <QCoreApplication>

namespace dyna::dynamo {

ParallelScanJob::ParallelScanJob(aws::AwsClient *client, QJsonObject input, int segments,
                                 WirePage::Items form, QObject *parent)
    : aws::Job(parent)
    , m_client(client)
    , m_input(std::move(input))
    , m_segmentCount(segments)
    , m_form(form)
{}

ParallelScanJob::~ParallelScanJob()
{
    stopSegments();
}

void ParallelScanJob::start()
{
    if (m_started || isFinished())
        return;
    m_started = true;
    if (m_segmentCount < 1) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(aws::AwsError::invalidRequest(
                    QStringLiteral("Scan"), {},
                    QCoreApplication::translate("ParallelScanJob",
                                                "A scan needs at least one segment.")));
            },
            Qt::QueuedConnection);
        return;
    }
    for (int segment = 0; segment < m_segmentCount; ++segment) {
        QJsonObject input = m_input;
        if (m_segmentCount > 1) {
            input.insert(QStringLiteral("Segment"), segment);
            input.insert(QStringLiteral("TotalSegments"), m_segmentCount);
        }
        auto *job =
            new PaginatedJob(m_client, aws::Service::DynamoDb, QStringLiteral("Scan"), input, this);
        job->setItems(m_form);
        connect(job, &PaginatedJob::wirePage, this,
                [this, segment](PaginatedJob *, const WirePage &wirePage) {
                    ++m_pages;
                    Q_EMIT page(segment, wirePage);
                });
        connect(job, &aws::Job::finished, this, [this, job] { onSegmentFinished(job); });
        m_running.append(job);
    }
    // Started after all exist, so a segment failing at once still cancels its siblings.
    for (const QPointer<PaginatedJob> &job : std::as_const(m_running)) {
        if (job && !isFinished())
            job->start();
    }
}

void ParallelScanJob::cancel()
{
    if (isFinished())
        return;
    stopSegments();
    finish(aws::AwsError::cancelled(QStringLiteral("Scan")));
}

void ParallelScanJob::onSegmentFinished(PaginatedJob *job)
{
    m_running.removeAll(job);
    job->deleteLater();
    if (isFinished())
        return;
    if (job->error().isError()) {
        stopSegments();
        finish(job->error());
        return;
    }
    if (m_running.isEmpty())
        finish({});
}

void ParallelScanJob::stopSegments()
{
    const QList<QPointer<PaginatedJob>> running = std::exchange(m_running, {});
    for (const QPointer<PaginatedJob> &job : running) {
        if (!job)
            continue;
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
    }
}

} // namespace dyna::dynamo
