#pragma once

#include <QDateTime>
#include <QJsonValue>

namespace dyna::dynamo {

// DynamoDB's JSON dates: epoch seconds with fractions (CreationDateTime, StartTime, ...).
// An ISO 8601 string is read too; anything else is an invalid QDateTime.
QDateTime dateFromJson(const QJsonValue &value);
QJsonValue dateToJson(const QDateTime &time);

} // namespace dyna::dynamo
