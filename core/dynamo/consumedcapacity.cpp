#include "consumedcapacity.h"

#include <QJsonArray>

namespace dyna::dynamo {

namespace {

enum class Kind { Read, Write, Unknown };

Kind kindOf(const QString &operation)
{
    static const QStringList reads = {QStringLiteral("GetItem"), QStringLiteral("BatchGetItem"),
                                      QStringLiteral("Query"), QStringLiteral("Scan"),
                                      QStringLiteral("TransactGetItems")};
    static const QStringList writes = {
        QStringLiteral("PutItem"), QStringLiteral("UpdateItem"), QStringLiteral("DeleteItem"),
        QStringLiteral("BatchWriteItem"), QStringLiteral("TransactWriteItems")};
    if (reads.contains(operation))
        return Kind::Read;
    if (writes.contains(operation))
        return Kind::Write;
    return Kind::Unknown;
}

CapacityUsage fromEntry(Kind kind, const QJsonObject &entry)
{
    CapacityUsage usage;
    const double units = entry.value(QLatin1String("CapacityUnits")).toDouble();
    const bool split = entry.contains(QLatin1String("ReadCapacityUnits")) ||
                       entry.contains(QLatin1String("WriteCapacityUnits"));
    if (split) {
        usage.read = entry.value(QLatin1String("ReadCapacityUnits")).toDouble();
        usage.write = entry.value(QLatin1String("WriteCapacityUnits")).toDouble();
    } else if (kind == Kind::Read) {
        usage.read = units;
    } else if (kind == Kind::Write) {
        usage.write = units;
    }
    usage.total = units > 0 ? units : usage.read + usage.write;
    return usage;
}

} // namespace

CapacityUsage consumedCapacity(const QString &operation, const QJsonObject &response)
{
    const Kind kind = kindOf(operation);
    const QJsonValue value = response.value(QLatin1String("ConsumedCapacity"));
    CapacityUsage usage;
    if (value.isObject()) {
        usage = fromEntry(kind, value.toObject());
    } else if (value.isArray()) {
        for (const QJsonValue &entry : value.toArray())
            usage += fromEntry(kind, entry.toObject());
    }
    return usage;
}

} // namespace dyna::dynamo
