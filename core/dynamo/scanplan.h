#pragma once

#include <QJsonObject>
#include <QtGlobal>

namespace dyna::dynamo {

// What DescribeTable says about a table's size (DynamoDB refreshes it about every six hours;
// DynamoDB Local keeps it current). -1 when unknown.
struct TableSize
{
    qint64 itemCount = -1;
    qint64 bytes = -1;

    // From DescribeTable's "Table" object.
    static TableSize fromDescription(const QJsonObject &table);
    bool isKnown() const { return itemCount > 0 && bytes > 0; }
};

// How to read a whole table: items per page (Scan's Limit) and parallel segments.
struct ScanPlan
{
    int pageSize = 0;
    int segments = 1;
};

// Pages are sized to stay just under DynamoDB's 1 MB page limit. Without a Limit DynamoDB Local
// spends time in proportion to the rows after each page's start (a 100k-item scan takes ~60 s
// instead of ~8 s), and DynamoDB fills 1 MB pages either way, so a Limit costs nothing there.
//
// Segments follow the data: one for a table of a few pages, more as it grows. A server on this
// machine shares our cores, so it gets at most one segment per core; a remote one waits on the
// network, so it gets up to four per core.
ScanPlan planFullScan(const TableSize &size, bool localEndpoint, int cores);
// The same for a DescribeTable "Table" object, on this machine's cores.
ScanPlan planFullScan(const QJsonObject &tableDescription, bool localEndpoint);

// The same plan with a user's choice on top: 0 keeps the planned value.
ScanPlan withOverrides(ScanPlan plan, int pageSize, int segments);

} // namespace dyna::dynamo
