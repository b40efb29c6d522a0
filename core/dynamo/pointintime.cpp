#include "pointintime.h"

#include <QCoreApplication>
#include <QLocale>

namespace dyna::dynamo {

PointInTimeRecovery PointInTimeRecovery::fromResponse(const QJsonObject &response)
{
    const QJsonObject description =
        response.value(QStringLiteral("ContinuousBackupsDescription")).toObject();
    const QJsonObject recovery =
        description.value(QStringLiteral("PointInTimeRecoveryDescription")).toObject();
    PointInTimeRecovery result;
    result.continuousBackupsStatus =
        description.value(QStringLiteral("ContinuousBackupsStatus")).toString();
    result.status = recovery.value(QStringLiteral("PointInTimeRecoveryStatus")).toString();
    result.earliest = dateFromJson(recovery.value(QStringLiteral("EarliestRestorableDateTime")));
    result.latest = dateFromJson(recovery.value(QStringLiteral("LatestRestorableDateTime")));
    return result;
}

bool PointInTimeRecovery::contains(const QDateTime &time) const
{
    return isEnabled() && time.isValid() && earliest.isValid() && latest.isValid() &&
           time >= earliest && time <= latest;
}

QJsonObject describeContinuousBackupsInput(const QString &tableName)
{
    return {{QStringLiteral("TableName"), tableName}};
}

QJsonObject updateContinuousBackupsInput(const QString &tableName, bool enabled)
{
    return {{QStringLiteral("TableName"), tableName},
            {QStringLiteral("PointInTimeRecoverySpecification"),
             QJsonObject{{QStringLiteral("PointInTimeRecoveryEnabled"), enabled}}}};
}

QString PointInTimeRestore::validate(const PointInTimeRecovery &window) const
{
    if (!window.isEnabled())
        return QCoreApplication::translate(
            "PointInTimeRestore", "Point-in-time recovery is off for this table: turn it on "
                                  "before restoring to a point in time.");
    if (!useLatestRestorableTime && !window.contains(restoreTime)) {
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
        return QCoreApplication::translate(
                   "PointInTimeRestore",
                   "Choose a time between %1 and %2, the window this table can be restored to.")
            .arg(window.earliest.toLocalTime().toString(format),
                 window.latest.toLocalTime().toString(format));
    }
    return overrides.validate();
}

QJsonObject PointInTimeRestore::toInput() const
{
    QJsonObject input = overrides.toInput();
    input.insert(QStringLiteral("SourceTableName"), sourceTableName);
    if (useLatestRestorableTime)
        input.insert(QStringLiteral("UseLatestRestorableTime"), true);
    else
        input.insert(QStringLiteral("RestoreDateTime"), dateToJson(restoreTime));
    return input;
}

} // namespace dyna::dynamo
