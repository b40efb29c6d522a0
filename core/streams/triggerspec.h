#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace dyna::streams {

// The seed's trigger functions: four read a table's stream, ItemPolled scans a table that has
// none.
enum class TriggerKind { RecordInserted, RecordModified, RecordRemoved, ShardOpened, ItemPolled };

// The seed's function name: "streamRecordInserted", "streamRecordModified",
// "streamRecordRemoved", "streamShardOpened", "itemPolled".
QString triggerName(TriggerKind kind);
std::optional<TriggerKind> triggerKindFromName(const QString &name);
QStringList triggerNames();

// A stream-backed trigger hands its queued events on once a minute when no schedule is given:
// often enough to feel live in the console, while a burst of writes still arrives as one batch
// instead of one firing per record. ItemPolled scans the whole table on every poll, so it waits
// five minutes, the seed's own example for it, to keep the read capacity it spends small.
inline constexpr qint64 defaultStreamScheduleMs = 60 * 1000;
inline constexpr qint64 defaultPollScheduleMs = 5 * 60 * 1000;
// Timers count in int milliseconds; a day is also far beyond any sensible trigger schedule.
inline constexpr qint64 maxScheduleMs = 24 * 60 * 60 * 1000;

qint64 defaultScheduleMs(TriggerKind kind);

// One trigger as the seed describes it, e.g.
// {"trigger":"streamRecordInserted","target":{"tableName":"Orders"},"schedule":"30s"} or
// {"trigger":"itemPolled","tableName":"LegacyInventory","keyAttributes":["pk","sk"],
//  "schedule":"5m"}.
struct TriggerSpec
{
    QString id; // empty until a dispatcher (or the JSON) gives it one
    TriggerKind kind = TriggerKind::RecordInserted;
    QString tableName;
    qint64 scheduleMs = defaultStreamScheduleMs;
    bool fromLatest = false;   // stream triggers: start at LATEST instead of TRIM_HORIZON
    QStringList keyAttributes; // ItemPolled: the table's key (partition, then sort key)

    // nullopt (and `error` set to a sentence) when the object is not a valid trigger. Both
    // places of the table name are accepted ("target": {"tableName"} and a top-level
    // "tableName"); toJson() writes the seed's shape for the kind.
    static std::optional<TriggerSpec> fromJson(const QJsonObject &json, QString *error = nullptr);
    QJsonObject toJson() const;

    // "500ms", "30s", "1m", "5m", "1h": a positive whole number and a unit. -1 (and `error`
    // set) for anything else, including zero and values over maxScheduleMs.
    static qint64 parseSchedule(const QString &text, QString *error = nullptr);
    // The inverse of parseSchedule, in the largest unit that divides the value: 90000 → "90s".
    static QString formatSchedule(qint64 scheduleMs);
    // For people: "30 s", "5 min", "1 h", "500 ms".
    static QString describeSchedule(qint64 scheduleMs);

    // A short sentence for the trigger list: "New items in Orders, every 30 s".
    QString description() const;
};

// DynamoDB's rule for table names: 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'.
bool isValidTableName(const QString &name);

} // namespace dyna::streams
