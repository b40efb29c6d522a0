#pragma once

#include "itempagesource.h"

#include <QList>

namespace dyna::models {

// A parallel scan as one page source: each page asks every unfinished segment for its next
// page at the same time and answers once all of them are back, so the grid sees one page per
// round and one summed capacity. A round's items come in segment order (segment 0's first),
// whatever order the segments answer in, so the same table always loads in the same order.
class SegmentedPageSource : public ItemPageSource
{
    Q_OBJECT
public:
    // One Scan input per segment (Segment and TotalSegments already set).
    SegmentedPageSource(aws::AwsClient *client, const QList<QJsonObject> &segmentInputs,
                        QObject *parent = nullptr);

    // The key only says whether to start over (empty) or continue; each segment keeps its own.
    void requestPage(const QJsonObject &exclusiveStartKey) override;
    void cancel() override;

private:
    struct Segment
    {
        RequestPageSource *source = nullptr;
        QJsonObject nextKey;
        dynamo::WirePage page; // this round's answer, kept until every segment is back
        bool done = false;
        bool waiting = false;
    };
    void onSegmentPage(int segment, const dynamo::WirePage &page, const QJsonObject &lastKey,
                       double capacity, int scanned, int count);
    void onSegmentFailed(const aws::AwsError &error);
    void finishRound();

    QList<Segment> m_segments;
    double m_capacity = 0;
    int m_scanned = 0;
    int m_count = 0;
    int m_round = 0;
    bool m_failed = false;
};

} // namespace dyna::models
