#include "triggerspec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <array>

namespace dyna::streams {

namespace {

struct Unit
{
    const char *suffix;
    const char *spoken;
    qint64 ms;
};

// Largest first, so formatting picks the largest unit that divides the value.
constexpr std::array<Unit, 4> units{{
    {"h", "h", 60 * 60 * 1000},
    {"m", "min", 60 * 1000},
    {"s", "s", 1000},
    {"ms", "ms", 1},
}};

const Unit &largestDividingUnit(qint64 ms)
{
    for (const Unit &unit : units) {
        if (ms % unit.ms == 0)
            return unit;
    }
    return units.back();
}

} // namespace

QString triggerName(TriggerKind kind)
{
    switch (kind) {
    case TriggerKind::RecordInserted:
        return QStringLiteral("streamRecordInserted");
    case TriggerKind::RecordModified:
        return QStringLiteral("streamRecordModified");
    case TriggerKind::RecordRemoved:
        return QStringLiteral("streamRecordRemoved");
    case TriggerKind::ShardOpened:
        return QStringLiteral("streamShardOpened");
    case TriggerKind::ItemPolled:
        return QStringLiteral("itemPolled");
    }
    return {};
}

std::optional<TriggerKind> triggerKindFromName(const QString &name)
{
    for (TriggerKind kind :
         {TriggerKind::RecordInserted, TriggerKind::RecordModified, TriggerKind::RecordRemoved,
          TriggerKind::ShardOpened, TriggerKind::ItemPolled}) {
        if (triggerName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QStringList triggerNames()
{
    return {triggerName(TriggerKind::RecordInserted), triggerName(TriggerKind::RecordModified),
            triggerName(TriggerKind::RecordRemoved), triggerName(TriggerKind::ShardOpened),
            triggerName(TriggerKind::ItemPolled)};
}

qint64 defaultScheduleMs(TriggerKind kind)
{
    return kind == TriggerKind::ItemPolled ? defaultPollScheduleMs : defaultStreamScheduleMs;
}

bool isValidTableName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_.-]{3,255}$"));
    return pattern.match(name).hasMatch();
}

qint64 TriggerSpec::parseSchedule(const QString &text, QString *error)
{
    const auto fail = [error](const QString &sentence) -> qint64 {
        if (error)
            *error = sentence;
        return -1;
    };
    static const QRegularExpression pattern(QStringLiteral("^([0-9]+)(ms|s|m|h)$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return fail(QCoreApplication::translate(
                        "TriggerSpec",
                        "The schedule \"%1\" is not a duration: write a whole number followed by "
                        "ms, s, m or h, such as \"30s\" or \"5m\".")
                        .arg(text));
    bool ok = false;
    const qint64 count = match.captured(1).toLongLong(&ok);
    qint64 unitMs = 1;
    for (const Unit &unit : units) {
        if (match.captured(2) == QLatin1String(unit.suffix))
            unitMs = unit.ms;
    }
    if (ok && count == 0)
        return fail(
            QCoreApplication::translate(
                "TriggerSpec", "The schedule \"%1\" is zero: a trigger needs a positive interval.")
                .arg(text));
    if (!ok || count > maxScheduleMs / unitMs)
        return fail(
            QCoreApplication::translate(
                "TriggerSpec", "The schedule \"%1\" is longer than the longest allowed, 24 hours.")
                .arg(text));
    return count * unitMs;
}

QString TriggerSpec::formatSchedule(qint64 scheduleMs)
{
    const Unit &unit = largestDividingUnit(scheduleMs);
    return QString::number(scheduleMs / unit.ms) + QLatin1String(unit.suffix);
}

QString TriggerSpec::describeSchedule(qint64 scheduleMs)
{
    const Unit &unit = largestDividingUnit(scheduleMs);
    return QString::number(scheduleMs / unit.ms) + QLatin1Char(' ') + QLatin1String(unit.spoken);
}

std::optional<TriggerSpec> TriggerSpec::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &sentence) -> std::optional<TriggerSpec> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    const QString name = json.value(QLatin1String("trigger")).toString();
    const std::optional<TriggerKind> kind = triggerKindFromName(name);
    if (!kind) {
        const QString valid = triggerNames().join(QLatin1String(", "));
        if (name.isEmpty())
            return fail(QCoreApplication::translate(
                            "TriggerSpec", "The trigger has no \"trigger\" name: use one of %1.")
                            .arg(valid));
        return fail(
            QCoreApplication::translate("TriggerSpec", "\"%1\" is not a trigger: use one of %2.")
                .arg(name, valid));
    }

    TriggerSpec spec;
    spec.kind = *kind;
    spec.id = json.value(QLatin1String("id")).toString();

    spec.tableName =
        json.value(QLatin1String("target")).toObject().value(QLatin1String("tableName")).toString();
    if (spec.tableName.isEmpty())
        spec.tableName = json.value(QLatin1String("tableName")).toString();
    if (spec.tableName.isEmpty())
        return fail(QCoreApplication::translate("TriggerSpec",
                                                "The %1 trigger names no table: add \"tableName\".")
                        .arg(name));
    if (!isValidTableName(spec.tableName))
        return fail(QCoreApplication::translate(
                        "TriggerSpec",
                        "\"%1\" is not a valid table name: DynamoDB table names have 3 to 255 "
                        "characters among letters, digits, '_', '-' and '.'.")
                        .arg(spec.tableName));

    const QJsonValue schedule = json.value(QLatin1String("schedule"));
    if (schedule.isUndefined() || schedule.isNull()) {
        spec.scheduleMs = defaultScheduleMs(spec.kind);
    } else if (!schedule.isString()) {
        return fail(
            QCoreApplication::translate(
                "TriggerSpec", "The schedule of the %1 trigger must be text such as \"30s\".")
                .arg(name));
    } else {
        spec.scheduleMs = parseSchedule(schedule.toString(), error);
        if (spec.scheduleMs < 0)
            return std::nullopt;
    }

    spec.fromLatest = json.value(QLatin1String("fromLatest")).toBool(false);

    if (spec.kind == TriggerKind::ItemPolled) {
        const QJsonArray keys = json.value(QLatin1String("keyAttributes")).toArray();
        if (keys.isEmpty())
            return fail(QCoreApplication::translate(
                            "TriggerSpec",
                            "The itemPolled trigger on %1 needs \"keyAttributes\", the names of "
                            "the table's key attributes, to tell its items apart.")
                            .arg(spec.tableName));
        if (keys.size() > 2)
            return fail(QCoreApplication::translate(
                            "TriggerSpec",
                            "The itemPolled trigger on %1 lists %2 key attributes: a DynamoDB "
                            "key has a partition key and at most one sort key.")
                            .arg(spec.tableName)
                            .arg(keys.size()));
        for (const QJsonValue &key : keys) {
            const QString attribute = key.toString();
            if (attribute.isEmpty() || spec.keyAttributes.contains(attribute))
                return fail(QCoreApplication::translate(
                                "TriggerSpec",
                                "The key attributes of the itemPolled trigger on %1 must be "
                                "distinct, non-empty attribute names.")
                                .arg(spec.tableName));
            spec.keyAttributes.append(attribute);
        }
    }
    return spec;
}

QJsonObject TriggerSpec::toJson() const
{
    QJsonObject json{
        {QStringLiteral("trigger"), triggerName(kind)},
        {QStringLiteral("schedule"), formatSchedule(scheduleMs)},
    };
    if (!id.isEmpty())
        json.insert(QStringLiteral("id"), id);
    if (kind == TriggerKind::ItemPolled) {
        json.insert(QStringLiteral("tableName"), tableName);
        json.insert(QStringLiteral("keyAttributes"), QJsonArray::fromStringList(keyAttributes));
    } else {
        json.insert(QStringLiteral("target"),
                    QJsonObject{{QStringLiteral("tableName"), tableName}});
        if (fromLatest)
            json.insert(QStringLiteral("fromLatest"), true);
    }
    return json;
}

QString TriggerSpec::description() const
{
    const QString every = describeSchedule(scheduleMs);
    switch (kind) {
    case TriggerKind::RecordInserted:
        return QCoreApplication::translate("TriggerSpec", "New items in %1, every %2")
            .arg(tableName, every);
    case TriggerKind::RecordModified:
        return QCoreApplication::translate("TriggerSpec", "Changed items in %1, every %2")
            .arg(tableName, every);
    case TriggerKind::RecordRemoved:
        return QCoreApplication::translate("TriggerSpec", "Removed items in %1, every %2")
            .arg(tableName, every);
    case TriggerKind::ShardOpened:
        return QCoreApplication::translate("TriggerSpec",
                                           "New shards in the stream of %1, every %2")
            .arg(tableName, every);
    case TriggerKind::ItemPolled:
        return QCoreApplication::translate("TriggerSpec",
                                           "New and changed items in %1 found by a scan, every %2")
            .arg(tableName, every);
    }
    return {};
}

} // namespace dyna::streams
