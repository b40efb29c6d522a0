#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dyna::dynamo {

// DescribeLimits' answer: the provisioned-capacity quotas of the account in one region.
struct CapacityLimits
{
    qint64 accountMaxRead = 0;
    qint64 accountMaxWrite = 0;
    qint64 tableMaxRead = 0; // for one table including its GSIs
    qint64 tableMaxWrite = 0;
};

CapacityLimits parseDescribeLimits(const QJsonObject &response);

// The provisioned capacity of a table (DescribeTable's "Table") with its GSIs summed.
struct TableCapacity
{
    bool onDemand = false;
    qint64 read = 0;
    qint64 write = 0;
};

TableCapacity provisionedCapacity(const QJsonObject &table);

// One line of the comparison: a table value against a quota.
struct LimitRow
{
    QString what;                     // "Read capacity units, table and its indexes"
    std::optional<qint64> tableValue; // none for an on-demand table
    qint64 maximum = 0;
    std::optional<double> percent; // of the maximum; none without a table value
};

struct LimitsComparison
{
    bool onDemand = false;
    QString note; // a sentence for on-demand tables, empty otherwise
    QList<LimitRow> rows;
};

// The table's provisioned capacity beside the per-table and per-account maximums.
LimitsComparison compareWithLimits(const CapacityLimits &limits, const QJsonObject &table);

} // namespace dyna::dynamo
