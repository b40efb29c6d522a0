#pragma once

#include "controlplaneserver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>

namespace dyna::test {

// On-demand backups and point-in-time recovery for ControlPlaneServer.
//
// Backups: CreateBackup snapshots the table's items (scanAll) and its DescribeTable; the backup
// is CREATING for transitionMs(), then AVAILABLE. All backups are USER backups. RestoreTable-
// FromBackup creates a real table in DynamoDB Local (overrides applied) and writes the
// snapshot's items before it answers with TableStatus CREATING; DescribeTable then comes from
// DynamoDB Local.
//
// Point-in-time recovery is simulated with snapshots, not a change log: while it is enabled
// for a table, every UpdateContinuousBackups and DescribeContinuousBackups for that table
// scans the table and keeps the items with the time of the call. The window is [time it was
// enabled, max(that time, now - 5 s)]; RestoreTableToPointInTime restores the newest snapshot
// not after the requested time (the table's current settings, as DynamoDB documents). So a
// restore sees the items as of the last time the console looked, which is what tests need.
//
// SSE overrides are reported in the restore's answer (SSEDescription) but not sent to
// DynamoDB Local, which has no encryption settings.
class FakeBackups : public QObject
{
    Q_OBJECT
public:
    explicit FakeBackups(ControlPlaneServer *server);

    int backupCount() const { return int(m_backups.size()); }

private:
    struct Backup
    {
        QString arn;
        QString name;
        QString tableName;
        QString tableId;
        QString status;
        double created = 0;
        qint64 sizeBytes = 0;
        QJsonObject table; // DescribeTable's "Table" when the backup was taken
        QJsonArray items;
    };
    struct Snapshot
    {
        double time = 0;
        QJsonArray items;
    };
    using Respond = ControlPlaneServer::Respond;

    void createBackup(const LoopbackRequest &request, const Respond &respond);
    void describeBackup(const LoopbackRequest &request, const Respond &respond);
    void listBackups(const LoopbackRequest &request, const Respond &respond);
    void deleteBackup(const LoopbackRequest &request, const Respond &respond);
    void restoreFromBackup(const LoopbackRequest &request, const Respond &respond);
    void describeContinuousBackups(const LoopbackRequest &request, const Respond &respond);
    void updateContinuousBackups(const LoopbackRequest &request, const Respond &respond);
    void restoreToPointInTime(const LoopbackRequest &request, const Respond &respond);

    // Creates the target table from `source` (a DescribeTable "Table") with the request's
    // overrides, writes `items` and answers with the new TableDescription.
    void restoreInto(const QJsonObject &source, const QJsonArray &items, const QJsonObject &request,
                     const QJsonObject &restoreSummary, const Respond &respond);
    // Scans the table and keeps its items as the snapshot at `time`.
    void snapshot(const QString &tableName, double time, std::function<void()> done);
    QJsonObject continuousBackupsDescription(const QString &tableName) const;
    double latestRestorable(const QString &tableName) const;

    int findBackup(const QString &arn) const;
    // The same, answering BackupNotFoundException when there is no such backup.
    int findBackup(const QString &arn, const Respond &respond) const;
    QJsonObject backupDetails(const Backup &backup) const;
    QJsonObject backupDescription(const Backup &backup) const;

    ControlPlaneServer *m_server;
    QList<Backup> m_backups; // in creation order
    QHash<QString, double> m_recoverySince;
    QHash<QString, QList<Snapshot>> m_history;
};

} // namespace dyna::test
