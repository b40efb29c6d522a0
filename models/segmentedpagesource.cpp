#include "segmentedpagesource.h"

namespace dyna::models {

SegmentedPageSource::SegmentedPageSource(aws::AwsClient *client,
                                         const QList<QJsonObject> &segmentInputs, QObject *parent)
    : ItemPageSource(parent)
{
    for (int i = 0; i < segmentInputs.size(); ++i) {
        Segment segment;
        segment.source =
            new RequestPageSource(client, QStringLiteral("Scan"), segmentInputs.at(i), this);
        connect(segment.source, &ItemPageSource::pageArrived, this,
                [this, i](const dynamo::WirePage &page, const QJsonObject &lastKey, double capacity,
                          int scanned, int count) {
                    onSegmentPage(i, page, lastKey, capacity, scanned, count);
                });
        connect(segment.source, &ItemPageSource::pageFailed, this,
                &SegmentedPageSource::onSegmentFailed);
        m_segments.append(segment);
    }
}

void SegmentedPageSource::requestPage(const QJsonObject &exclusiveStartKey)
{
    cancel();
    if (exclusiveStartKey.isEmpty()) {
        for (Segment &segment : m_segments) {
            segment.nextKey = {};
            segment.done = false;
        }
    }
    for (Segment &segment : m_segments)
        segment.page = {};
    m_capacity = 0;
    m_scanned = 0;
    m_count = 0;
    m_failed = false;
    for (Segment &segment : m_segments) {
        if (segment.done)
            continue;
        segment.waiting = true;
        segment.source->requestPage(segment.nextKey);
        if (m_failed)
            return;
    }
    finishRound();
}

void SegmentedPageSource::cancel()
{
    for (Segment &segment : m_segments) {
        segment.source->cancel();
        segment.waiting = false;
    }
}

void SegmentedPageSource::onSegmentPage(int segment, const dynamo::WirePage &page,
                                        const QJsonObject &lastKey, double capacity, int scanned,
                                        int count)
{
    Segment &state = m_segments[segment];
    state.waiting = false;
    state.nextKey = lastKey;
    state.done = lastKey.isEmpty();
    state.page = page;
    m_capacity += capacity;
    m_scanned += scanned;
    m_count += count;
    finishRound();
}

void SegmentedPageSource::onSegmentFailed(const aws::AwsError &error)
{
    cancel();
    m_failed = true;
    Q_EMIT pageFailed(error);
}

void SegmentedPageSource::finishRound()
{
    bool more = false;
    for (const Segment &segment : std::as_const(m_segments)) {
        if (segment.waiting)
            return;
        more = more || !segment.done;
    }
    // The grid only needs to know that there is more; the real keys stay per segment.
    const QJsonObject marker =
        more ? QJsonObject{{QStringLiteral("segmentRound"), ++m_round}} : QJsonObject();
    dynamo::WirePage page;
    for (Segment &segment : m_segments)
        page.append(std::exchange(segment.page, {}));
    Q_EMIT pageArrived(page, marker, m_capacity, m_scanned, m_count);
}

} // namespace dyna::models
