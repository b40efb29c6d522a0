#pragma once

#include "aws/job.h"
#include "wirepage.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>

namespace dyna::aws {
class AwsClient;
} // namespace dyna::aws

namespace dyna::dynamo {

class PaginatedJob;

// A whole Scan read as `segments` parallel segments, each following its own LastEvaluatedKey.
// Pages arrive as they come, tagged with their segment. The job ends in one `finished` after
// every segment's last page, or at the first error, which cancels the other segments.
class ParallelScanJob : public aws::Job
{
    Q_OBJECT
public:
    // input is the Scan request without Segment and TotalSegments; items arrive in `form`.
    ParallelScanJob(aws::AwsClient *client, QJsonObject input, int segments, WirePage::Items form,
                    QObject *parent = nullptr);
    ~ParallelScanJob() override;

    void start() override;
    void cancel() override;

    int segments() const { return m_segmentCount; }
    int pages() const { return m_pages; }

Q_SIGNALS:
    void page(int segment, const dyna::dynamo::WirePage &page);

private:
    void onSegmentFinished(PaginatedJob *job);
    void stopSegments();

    QPointer<aws::AwsClient> m_client;
    QJsonObject m_input;
    int m_segmentCount;
    WirePage::Items m_form;
    QList<QPointer<PaginatedJob>> m_running;
    int m_pages = 0;
    bool m_started = false;
};

} // namespace dyna::dynamo
