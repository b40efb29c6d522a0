#pragma once

#include "controlplaneserver.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>

namespace dyna::test {

// Global tables for ControlPlaneServer, one region (the one the request is signed for) backed
// by DynamoDB Local.
//
// Version 2019.11.21: UpdateTable with ReplicaUpdates is taken over (every other UpdateTable is
// forwarded): it needs the table's stream enabled with NEW_AND_OLD_IMAGES (read from
// DescribeTable), refuses an existing replica region, a missing one and the table's own region
// with ValidationException as the service does; a new replica is CREATING for transitionMs(),
// then ACTIVE; a removed one is DELETING, then gone. DescribeTable gains "Replicas" and
// "GlobalTableVersion" for tables with replicas. DescribeTableReplicaAutoScaling answers with
// auto scaling disabled everywhere.
//
// Version 2017.11.29 (legacy): CreateGlobalTable (the table must exist here and have the
// NEW_AND_OLD_IMAGES stream), UpdateGlobalTable, DescribeGlobalTable, ListGlobalTables (RegionName
// filter, Limit and ExclusiveStartGlobalTableName paging by name), DescribeGlobalTableSettings
// and UpdateGlobalTableSettings (provisioned capacity). A new or updated global table is
// CREATING / UPDATING for transitionMs(), then ACTIVE.
class FakeGlobalTables : public QObject
{
    Q_OBJECT
public:
    explicit FakeGlobalTables(ControlPlaneServer *server);

    // Region -> ReplicaStatus of the 2019.11.21 replicas of `tableName`.
    QMap<QString, QString> replicas(const QString &tableName) const;
    bool hasLegacyGlobalTable(const QString &name) const { return m_legacy.contains(name); }
    QStringList legacyRegions(const QString &name) const;
    qint64 legacyWriteCapacity(const QString &name) const;

private:
    using Respond = ControlPlaneServer::Respond;

    struct LegacyTable
    {
        QString arn;
        QString status;
        double created = 0;
        QStringList regions;
        qint64 readCapacity = 0;
        qint64 writeCapacity = 0;
        QString billingMode;
    };

    void updateTable(const LoopbackRequest &request, const Respond &respond);
    void applyReplicaUpdates(const LoopbackRequest &request, const QJsonObject &table,
                             const Respond &respond);
    void decorateDescribeTable(const LoopbackRequest &request, QJsonObject &response) const;
    void describeReplicaAutoScaling(const LoopbackRequest &request, const Respond &respond);
    void createGlobalTable(const LoopbackRequest &request, const Respond &respond);
    void updateGlobalTable(const LoopbackRequest &request, const Respond &respond);
    void describeGlobalTable(const LoopbackRequest &request, const Respond &respond);
    void listGlobalTables(const LoopbackRequest &request, const Respond &respond);
    void describeGlobalTableSettings(const LoopbackRequest &request, const Respond &respond);
    void updateGlobalTableSettings(const LoopbackRequest &request, const Respond &respond);

    QJsonArray replicaDescriptions(const QString &tableName) const;
    QJsonObject legacyDescription(const QString &name) const;
    QJsonObject legacySettings(const QString &name) const;
    void settleLegacy(const QString &name);

    ControlPlaneServer *m_server;
    // Table name -> region -> ReplicaStatus (2019.11.21).
    QMap<QString, QMap<QString, QString>> m_replicas;
    QMap<QString, LegacyTable> m_legacy;
};

} // namespace dyna::test
