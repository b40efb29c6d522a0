#include "limits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QtNumeric>

#include <limits>

namespace dyna::dynamo {

namespace {

bool isOnDemand(const QJsonObject &table)
{
    return table.value(QStringLiteral("BillingModeSummary"))
               .toObject()
               .value(QStringLiteral("BillingMode"))
               .toString() == QLatin1String("PAY_PER_REQUEST");
}

LimitRow row(const QString &what, std::optional<qint64> value, qint64 maximum)
{
    LimitRow result;
    result.what = what;
    result.tableValue = value;
    result.maximum = maximum;
    if (value && maximum > 0)
        result.percent = double(*value) * 100.0 / double(maximum);
    return result;
}

} // namespace

CapacityLimits parseDescribeLimits(const QJsonObject &response)
{
    CapacityLimits limits;
    limits.accountMaxRead =
        response.value(QStringLiteral("AccountMaxReadCapacityUnits")).toInteger();
    limits.accountMaxWrite =
        response.value(QStringLiteral("AccountMaxWriteCapacityUnits")).toInteger();
    limits.tableMaxRead = response.value(QStringLiteral("TableMaxReadCapacityUnits")).toInteger();
    limits.tableMaxWrite = response.value(QStringLiteral("TableMaxWriteCapacityUnits")).toInteger();
    return limits;
}

TableCapacity provisionedCapacity(const QJsonObject &table)
{
    TableCapacity capacity;
    capacity.onDemand = isOnDemand(table);
    if (capacity.onDemand)
        return capacity;
    // Saturating: absurd values in a description must not wrap around to a negative total.
    const auto sum = [](qint64 total, const QJsonValue &units) {
        qint64 result = 0;
        if (qAddOverflow(total, units.toInteger(), &result))
            return units.toInteger() > 0 ? std::numeric_limits<qint64>::max()
                                         : std::numeric_limits<qint64>::min();
        return result;
    };
    const auto add = [&capacity, &sum](const QJsonObject &throughput) {
        capacity.read = sum(capacity.read, throughput.value(QStringLiteral("ReadCapacityUnits")));
        capacity.write =
            sum(capacity.write, throughput.value(QStringLiteral("WriteCapacityUnits")));
    };
    add(table.value(QStringLiteral("ProvisionedThroughput")).toObject());
    // The per-table quota counts the capacity of the global secondary indexes too; local
    // indexes share the table's.
    for (const auto &index : table.value(QStringLiteral("GlobalSecondaryIndexes")).toArray())
        add(index.toObject().value(QStringLiteral("ProvisionedThroughput")).toObject());
    return capacity;
}

LimitsComparison compareWithLimits(const CapacityLimits &limits, const QJsonObject &table)
{
    LimitsComparison comparison;
    const TableCapacity capacity = provisionedCapacity(table);
    comparison.onDemand = capacity.onDemand;
    std::optional<qint64> read;
    std::optional<qint64> write;
    if (capacity.onDemand) {
        comparison.note = QCoreApplication::translate(
            "Limits",
            "This table is on-demand: it has no provisioned capacity, so these quotas do not "
            "apply to it.");
    } else {
        read = capacity.read;
        write = capacity.write;
    }
    comparison.rows = {
        row(QCoreApplication::translate("Limits", "Read capacity units (table and its indexes) "
                                                  "against the per-table maximum"),
            read, limits.tableMaxRead),
        row(QCoreApplication::translate("Limits", "Write capacity units (table and its indexes) "
                                                  "against the per-table maximum"),
            write, limits.tableMaxWrite),
        row(QCoreApplication::translate("Limits", "Read capacity units against the account "
                                                  "maximum in this region"),
            read, limits.accountMaxRead),
        row(QCoreApplication::translate("Limits", "Write capacity units against the account "
                                                  "maximum in this region"),
            write, limits.accountMaxWrite),
    };
    return comparison;
}

} // namespace dyna::dynamo
