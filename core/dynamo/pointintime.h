#pragma once

#include "backups.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace dyna::dynamo {

// DescribeContinuousBackups' ContinuousBackupsDescription: whether point-in-time recovery is on
// and the window a restore may choose from.
struct PointInTimeRecovery
{
    QString continuousBackupsStatus; // ENABLED, DISABLED
    QString status;                  // PointInTimeRecoveryStatus: ENABLED, DISABLED
    QDateTime earliest;              // EarliestRestorableDateTime
    QDateTime latest;                // LatestRestorableDateTime

    // Reads DescribeContinuousBackups' or UpdateContinuousBackups' answer.
    static PointInTimeRecovery fromResponse(const QJsonObject &response);
    bool isEnabled() const { return status == QLatin1String("ENABLED"); }
    // Whether `time` is inside [earliest, latest] (false while recovery is off).
    bool contains(const QDateTime &time) const;
};

QJsonObject describeContinuousBackupsInput(const QString &tableName);
QJsonObject updateContinuousBackupsInput(const QString &tableName, bool enabled);

// RestoreTableToPointInTime: a source table, a time inside the window (or the latest
// restorable time) and the overrides of the new table.
struct PointInTimeRestore
{
    QString sourceTableName;
    bool useLatestRestorableTime = true;
    QDateTime restoreTime; // when !useLatestRestorableTime
    RestoreOverrides overrides;

    // Empty when the restore can be sent, else a sentence saying what is wrong.
    QString validate(const PointInTimeRecovery &window) const;
    QJsonObject toInput() const;
};

} // namespace dyna::dynamo
