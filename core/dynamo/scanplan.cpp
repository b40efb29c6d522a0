#include "scanplan.h"

#include <QThread>

#include <algorithm>

namespace dyna::dynamo {

namespace {

// Below DynamoDB's 1 MB so that item-size variation rarely ends a page before its Limit.
constexpr qint64 kTargetPageBytes = 900 * 1024;
// Used when the table's size is not known yet (a new table, an index, a stale description).
constexpr int kDefaultPageSize = 1000;
constexpr int kMinPageSize = 100;
// Scan's Limit has no maximum, but a page of more items than this would be mostly tiny items
// whose decoding stalls the grid between two events.
constexpr int kMaxPageSize = 10000;
// A segment is worth a parallel request once it has several pages of its own to read.
constexpr qint64 kPagesPerSegment = 8;
constexpr int kRemoteSegmentsPerCore = 4;
constexpr int kMaxSegments = 64;

} // namespace

TableSize TableSize::fromDescription(const QJsonObject &table)
{
    TableSize size;
    const QJsonValue count = table.value(QLatin1String("ItemCount"));
    const QJsonValue bytes = table.value(QLatin1String("TableSizeBytes"));
    // Beyond 2^53 a JSON number is not exact, and the plan's arithmetic would overflow: such a
    // size counts as unknown.
    constexpr double kMaxExact = 9007199254740992.0;
    if (count.isDouble() && count.toDouble() >= 0 && count.toDouble() <= kMaxExact)
        size.itemCount = qint64(count.toDouble());
    if (bytes.isDouble() && bytes.toDouble() >= 0 && bytes.toDouble() <= kMaxExact)
        size.bytes = qint64(bytes.toDouble());
    return size;
}

ScanPlan planFullScan(const TableSize &size, bool localEndpoint, int cores)
{
    ScanPlan plan;
    cores = std::max(1, cores);
    if (!size.isKnown()) {
        plan.pageSize = kDefaultPageSize;
        return plan;
    }
    const qint64 averageItemBytes = std::max<qint64>(1, size.bytes / size.itemCount);
    plan.pageSize =
        int(std::clamp<qint64>(kTargetPageBytes / averageItemBytes, kMinPageSize, kMaxPageSize));
    const qint64 pages = (size.itemCount + plan.pageSize - 1) / plan.pageSize;
    const int maxSegments =
        std::min(kMaxSegments, localEndpoint ? cores : cores * kRemoteSegmentsPerCore);
    plan.segments = int(std::clamp<qint64>(pages / kPagesPerSegment, 1, maxSegments));
    return plan;
}

ScanPlan planFullScan(const QJsonObject &tableDescription, bool localEndpoint)
{
    return planFullScan(TableSize::fromDescription(tableDescription), localEndpoint,
                        QThread::idealThreadCount());
}

ScanPlan withOverrides(ScanPlan plan, int pageSize, int segments)
{
    if (pageSize > 0)
        plan.pageSize = pageSize;
    if (segments > 0)
        plan.segments = segments;
    return plan;
}

} // namespace dyna::dynamo
