#include "streamrecord.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSet>

namespace dyna::streams {

QString eventTypeName(StreamEventType type)
{
    switch (type) {
    case StreamEventType::Insert:
        return QStringLiteral("INSERT");
    case StreamEventType::Modify:
        return QStringLiteral("MODIFY");
    case StreamEventType::Remove:
        return QStringLiteral("REMOVE");
    }
    return {};
}

std::optional<StreamEventType> eventTypeFromName(const QString &name)
{
    if (name == QLatin1String("INSERT"))
        return StreamEventType::Insert;
    if (name == QLatin1String("MODIFY"))
        return StreamEventType::Modify;
    if (name == QLatin1String("REMOVE"))
        return StreamEventType::Remove;
    return std::nullopt;
}

int compareSequenceNumbers(const QString &a, const QString &b)
{
    // Leading zeros do not change the value; after them the longer string is the larger number.
    const auto significant = [](const QString &s) {
        qsizetype i = 0;
        while (i < s.size() - 1 && s.at(i) == QLatin1Char('0'))
            ++i;
        return QStringView(s).mid(i);
    };
    const QStringView x = significant(a);
    const QStringView y = significant(b);
    if (x.size() != y.size())
        return x.size() < y.size() ? -1 : 1;
    return x.compare(y);
}

QString tableNameFromStreamArn(const QString &streamArn)
{
    const qsizetype table = streamArn.indexOf(QLatin1String(":table/"));
    if (table < 0)
        return {};
    const qsizetype start = table + 7;
    const qsizetype end = streamArn.indexOf(QLatin1String("/stream/"), start);
    return end < 0 ? QString() : streamArn.mid(start, end - start);
}

std::optional<StreamRecord> StreamRecord::fromWire(const QJsonObject &record,
                                                   const QString &streamArn, const QString &shardId,
                                                   QString *error)
{
    const auto fail = [error](const QString &sentence) -> std::optional<StreamRecord> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    const QString name = record.value(QLatin1String("eventName")).toString();
    const std::optional<StreamEventType> type = eventTypeFromName(name);
    if (!type)
        return fail(
            QCoreApplication::translate("StreamRecord", "Unknown stream event \"%1\".").arg(name));
    const QJsonObject change = record.value(QLatin1String("dynamodb")).toObject();
    StreamRecord result;
    result.sequenceNumber = change.value(QLatin1String("SequenceNumber")).toString();
    if (result.sequenceNumber.isEmpty())
        return fail(
            QCoreApplication::translate("StreamRecord", "A stream record has no sequence number."));
    result.keys = change.value(QLatin1String("Keys")).toObject();
    if (result.keys.isEmpty())
        return fail(QCoreApplication::translate("StreamRecord", "Stream record %1 has no keys.")
                        .arg(result.sequenceNumber));
    result.type = *type;
    result.eventId = record.value(QLatin1String("eventID")).toString();
    result.streamArn = streamArn;
    result.shardId = shardId;
    // Epoch seconds, possibly fractional. Numbers no real record has (beyond 1e15, whose
    // milliseconds would not fit in qint64) count as absent.
    constexpr double kMaxPlausible = 1e15;
    const double created = change.value(QLatin1String("ApproximateCreationDateTime")).toDouble();
    if (created > 0 && created < kMaxPlausible)
        result.approximateCreation =
            QDateTime::fromMSecsSinceEpoch(qint64(created * 1000.0), Qt::UTC);
    const double size = change.value(QLatin1String("SizeBytes")).toDouble();
    result.sizeBytes = size > 0 && size < kMaxPlausible ? qint64(size) : 0;
    result.streamViewType = change.value(QLatin1String("StreamViewType")).toString();
    result.oldImage = change.value(QLatin1String("OldImage")).toObject();
    result.newImage = change.value(QLatin1String("NewImage")).toObject();
    result.receivedMsecs = QDateTime::currentMSecsSinceEpoch();
    return result;
}

QString StreamRecord::tableName() const
{
    return tableNameFromStreamArn(streamArn);
}

QJsonObject StreamRecord::toEventPayload() const
{
    QJsonObject payload{
        {QStringLiteral("eventName"), eventTypeName(type)},
        {QStringLiteral("eventId"), eventId},
        {QStringLiteral("tableName"), tableName()},
        {QStringLiteral("streamArn"), streamArn},
        {QStringLiteral("shardId"), shardId},
        {QStringLiteral("sequenceNumber"), sequenceNumber},
        {QStringLiteral("sizeBytes"), double(sizeBytes)},
        {QStringLiteral("keys"), keys},
    };
    if (approximateCreation.isValid())
        payload.insert(QStringLiteral("approximateCreationDateTime"),
                       approximateCreation.toUTC().toString(Qt::ISODateWithMs));
    if (!newImage.isEmpty())
        payload.insert(QStringLiteral("newImage"), newImage);
    if (!oldImage.isEmpty())
        payload.insert(QStringLiteral("oldImage"), oldImage);
    return payload;
}

QStringList StreamRecord::changedAttributes() const
{
    QSet<QString> names;
    for (auto it = oldImage.begin(); it != oldImage.end(); ++it) {
        if (newImage.value(it.key()) != it.value())
            names.insert(it.key());
    }
    for (auto it = newImage.begin(); it != newImage.end(); ++it) {
        if (!oldImage.contains(it.key()))
            names.insert(it.key());
    }
    QStringList sorted(names.begin(), names.end());
    sorted.sort();
    return sorted;
}

} // namespace dyna::streams
