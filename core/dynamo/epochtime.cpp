#include "epochtime.h"

namespace dyna::dynamo {

QDateTime dateFromJson(const QJsonValue &value)
{
    if (value.isDouble())
        return QDateTime::fromMSecsSinceEpoch(qRound64(value.toDouble() * 1000.0));
    if (value.isString())
        return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return {};
}

QJsonValue dateToJson(const QDateTime &time)
{
    return static_cast<double>(time.toMSecsSinceEpoch()) / 1000.0;
}

} // namespace dyna::dynamo
