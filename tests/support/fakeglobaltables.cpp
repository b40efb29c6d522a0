#include "fakeglobaltables.h"

#include <QPointer>

namespace dyna::test {

namespace {

LoopbackReply validation(const QString &message)
{
    return ControlPlaneServer::error(str("ValidationException"), message);
}

bool hasReplicaStream(const QJsonObject &table)
{
    const QJsonObject stream = table.value(str("StreamSpecification")).toObject();
    return stream.value(str("StreamEnabled")).toBool() &&
           stream.value(str("StreamViewType")).toString() == str("NEW_AND_OLD_IMAGES");
}

LoopbackReply globalTableNotFound(const QString &name)
{
    return ControlPlaneServer::error(str("GlobalTableNotFoundException"),
                                     str("Global table not found: %1.").arg(name));
}

QJsonObject disabledScaling()
{
    return {{str("AutoScalingDisabled"), true}};
}

} // namespace

FakeGlobalTables::FakeGlobalTables(ControlPlaneServer *server)
    : QObject(server)
    , m_server(server)
{
    const auto bind =
        [this](void (FakeGlobalTables::*method)(const LoopbackRequest &, const Respond &)) {
            return [this, method](const LoopbackRequest &request, const Respond &respond) {
                (this->*method)(request, respond);
            };
        };
    server->handle(str("UpdateTable"), bind(&FakeGlobalTables::updateTable));
    server->handle(str("DescribeTableReplicaAutoScaling"),
                   bind(&FakeGlobalTables::describeReplicaAutoScaling));
    server->handle(str("CreateGlobalTable"), bind(&FakeGlobalTables::createGlobalTable));
    server->handle(str("UpdateGlobalTable"), bind(&FakeGlobalTables::updateGlobalTable));
    server->handle(str("DescribeGlobalTable"), bind(&FakeGlobalTables::describeGlobalTable));
    server->handle(str("ListGlobalTables"), bind(&FakeGlobalTables::listGlobalTables));
    server->handle(str("DescribeGlobalTableSettings"),
                   bind(&FakeGlobalTables::describeGlobalTableSettings));
    server->handle(str("UpdateGlobalTableSettings"),
                   bind(&FakeGlobalTables::updateGlobalTableSettings));
    server->decorate(str("DescribeTable"),
                     [this](const LoopbackRequest &request, QJsonObject &response) {
                         decorateDescribeTable(request, response);
                     });
}

QMap<QString, QString> FakeGlobalTables::replicas(const QString &tableName) const
{
    return m_replicas.value(tableName);
}

QStringList FakeGlobalTables::legacyRegions(const QString &name) const
{
    return m_legacy.value(name).regions;
}

qint64 FakeGlobalTables::legacyWriteCapacity(const QString &name) const
{
    return m_legacy.value(name).writeCapacity;
}

void FakeGlobalTables::updateTable(const LoopbackRequest &request, const Respond &respond)
{
    if (!request.json.contains(str("ReplicaUpdates"))) {
        m_server->forward(request, respond);
        return;
    }
    const QString tableName =
        ControlPlaneServer::tableNameOf(request.json.value(str("TableName")).toString());
    m_server->describeTable(tableName, [=, this](const BackendResult &described) {
        if (!described.ok()) {
            respond(described.reply());
            return;
        }
        applyReplicaUpdates(request, described.response, respond);
    });
}

void FakeGlobalTables::applyReplicaUpdates(const LoopbackRequest &request, const QJsonObject &table,
                                           const Respond &respond)
{
    const QString tableName = table.value(str("TableName")).toString();
    if (!hasReplicaStream(table)) {
        respond(validation(
            str("Table: %1 must have streams enabled with StreamViewType NEW_AND_OLD_IMAGES "
                "to add or remove replicas.")
                .arg(tableName)));
        return;
    }
    // Checked in full before anything changes, as the service applies all updates or none.
    QMap<QString, QString> replicas = m_replicas.value(tableName);
    QStringList created;
    QStringList deleted;
    for (const auto &value : request.json.value(str("ReplicaUpdates")).toArray()) {
        const QJsonObject update = value.toObject();
        if (update.contains(str("Create"))) {
            const QString region =
                update.value(str("Create")).toObject().value(str("RegionName")).toString();
            if (region == request.region) {
                respond(validation(
                    str("Cannot add replica in the table's own region: %1.").arg(region)));
                return;
            }
            if (replicas.contains(region)) {
                respond(validation(str("Failed to create a new replica of table with name: "
                                       "'%1' because one or more replicas already existed as "
                                       "tables in region %2.")
                                       .arg(tableName, region)));
                return;
            }
            replicas.insert(region, str("CREATING"));
            created.append(region);
        } else if (update.contains(str("Delete"))) {
            const QString region =
                update.value(str("Delete")).toObject().value(str("RegionName")).toString();
            if (!replicas.contains(region) || deleted.contains(region)) {
                respond(validation(str("Replica specified in the Replica Update or Replica "
                                       "Delete action of the request was not found: %1.")
                                       .arg(region)));
                return;
            }
            replicas.insert(region, str("DELETING"));
            deleted.append(region);
        } else {
            respond(validation(str("Only Create and Delete replica updates are supported.")));
            return;
        }
    }
    m_replicas.insert(tableName, replicas);
    QPointer<FakeGlobalTables> self(this);
    m_server->afterTransition([self, tableName, created, deleted] {
        if (!self)
            return;
        auto &current = self->m_replicas[tableName];
        for (const QString &region : created) {
            if (current.value(region) == str("CREATING"))
                current.insert(region, str("ACTIVE"));
        }
        for (const QString &region : deleted)
            current.remove(region);
        if (current.isEmpty())
            self->m_replicas.remove(tableName);
    });
    QJsonObject description = table;
    description.insert(str("Replicas"), replicaDescriptions(tableName));
    description.insert(str("GlobalTableVersion"), str("2019.11.21"));
    respond(ControlPlaneServer::ok({{str("TableDescription"), description}}));
}

QJsonArray FakeGlobalTables::replicaDescriptions(const QString &tableName) const
{
    QJsonArray list;
    const QMap<QString, QString> replicas = m_replicas.value(tableName);
    for (auto it = replicas.cbegin(); it != replicas.cend(); ++it) {
        QJsonObject replica{{str("RegionName"), it.key()}, {str("ReplicaStatus"), it.value()}};
        if (it.value() == str("CREATING"))
            replica.insert(str("ReplicaStatusPercentProgress"), str("0"));
        list.append(replica);
    }
    return list;
}

void FakeGlobalTables::decorateDescribeTable(const LoopbackRequest &request,
                                             QJsonObject &response) const
{
    const QString tableName =
        ControlPlaneServer::tableNameOf(request.json.value(str("TableName")).toString());
    if (!m_replicas.contains(tableName))
        return;
    QJsonObject table = response.value(str("Table")).toObject();
    table.insert(str("Replicas"), replicaDescriptions(tableName));
    table.insert(str("GlobalTableVersion"), str("2019.11.21"));
    response.insert(str("Table"), table);
}

void FakeGlobalTables::describeReplicaAutoScaling(const LoopbackRequest &request,
                                                  const Respond &respond)
{
    const QString tableName =
        ControlPlaneServer::tableNameOf(request.json.value(str("TableName")).toString());
    m_server->describeTable(tableName, [=, this](const BackendResult &described) {
        if (!described.ok()) {
            respond(described.reply());
            return;
        }
        QJsonArray replicas;
        const auto addReplica = [&replicas](const QString &region, const QString &status) {
            replicas.append(QJsonObject{
                {str("RegionName"), region},
                {str("ReplicaStatus"), status},
                {str("ReplicaProvisionedReadCapacityAutoScalingSettings"), disabledScaling()},
                {str("ReplicaProvisionedWriteCapacityAutoScalingSettings"), disabledScaling()},
                {str("GlobalSecondaryIndexes"), QJsonArray()}});
        };
        addReplica(request.region, str("ACTIVE"));
        const QMap<QString, QString> others = m_replicas.value(tableName);
        for (auto it = others.cbegin(); it != others.cend(); ++it)
            addReplica(it.key(), it.value());
        respond(ControlPlaneServer::ok(
            {{str("TableAutoScalingDescription"),
              QJsonObject{{str("TableName"), tableName},
                          {str("TableStatus"), described.response.value(str("TableStatus"))},
                          {str("Replicas"), replicas}}}}));
    });
}

QJsonObject FakeGlobalTables::legacyDescription(const QString &name) const
{
    const LegacyTable &table = m_legacy[name];
    QJsonArray group;
    for (const QString &region : table.regions)
        group.append(QJsonObject{{str("RegionName"), region}});
    return {{str("GlobalTableName"), name},
            {str("GlobalTableArn"), table.arn},
            {str("GlobalTableStatus"), table.status},
            {str("CreationDateTime"), table.created},
            {str("ReplicationGroup"), group}};
}

QJsonObject FakeGlobalTables::legacySettings(const QString &name) const
{
    const LegacyTable &table = m_legacy[name];
    QJsonArray settings;
    for (const QString &region : table.regions) {
        QJsonObject replica{{str("RegionName"), region},
                            {str("ReplicaStatus"), str("ACTIVE")},
                            {str("ReplicaBillingModeSummary"),
                             QJsonObject{{str("BillingMode"), table.billingMode}}}};
        if (table.billingMode == str("PROVISIONED")) {
            replica.insert(str("ReplicaProvisionedReadCapacityUnits"), table.readCapacity);
            replica.insert(str("ReplicaProvisionedWriteCapacityUnits"), table.writeCapacity);
        }
        settings.append(replica);
    }
    return {{str("GlobalTableName"), name}, {str("ReplicaSettings"), settings}};
}

void FakeGlobalTables::settleLegacy(const QString &name)
{
    QPointer<FakeGlobalTables> self(this);
    m_server->afterTransition([self, name] {
        if (self && self->m_legacy.contains(name))
            self->m_legacy[name].status = str("ACTIVE");
    });
}

void FakeGlobalTables::createGlobalTable(const LoopbackRequest &request, const Respond &respond)
{
    const QString name = request.json.value(str("GlobalTableName")).toString();
    if (m_legacy.contains(name)) {
        respond(ControlPlaneServer::error(
            str("GlobalTableAlreadyExistsException"),
            str("Global table with this name already exists: %1.").arg(name)));
        return;
    }
    QStringList regions;
    for (const auto &value : request.json.value(str("ReplicationGroup")).toArray()) {
        const QString region = value.toObject().value(str("RegionName")).toString();
        if (!regions.contains(region))
            regions.append(region);
    }
    m_server->describeTable(name, [=, this](const BackendResult &described) {
        if (described.code == str("ResourceNotFoundException")) {
            respond(ControlPlaneServer::error(
                str("TableNotFoundException"),
                str("Table not found: %1 in region %2.").arg(name, request.region)));
            return;
        }
        if (!described.ok()) {
            respond(described.reply());
            return;
        }
        if (!hasReplicaStream(described.response)) {
            respond(validation(str("Table: %1 must have streams enabled with StreamViewType "
                                   "NEW_AND_OLD_IMAGES in every region of the global table.")
                                   .arg(name)));
            return;
        }
        if (m_legacy.contains(name)) {
            respond(ControlPlaneServer::error(str("GlobalTableAlreadyExistsException"),
                                              str("Global table with this name already "
                                                  "exists: %1.")
                                                  .arg(name)));
            return;
        }
        const QJsonObject throughput =
            described.response.value(str("ProvisionedThroughput")).toObject();
        LegacyTable table;
        table.arn =
            str("arn:aws:dynamodb::%1:global-table/%2").arg(ControlPlaneServer::accountId(), name);
        table.status = str("CREATING");
        table.created = ControlPlaneServer::nowSeconds();
        table.regions = regions;
        table.billingMode = described.response.value(str("BillingModeSummary"))
                                .toObject()
                                .value(str("BillingMode"))
                                .toString(str("PROVISIONED"));
        table.readCapacity = throughput.value(str("ReadCapacityUnits")).toInteger();
        table.writeCapacity = throughput.value(str("WriteCapacityUnits")).toInteger();
        m_legacy.insert(name, table);
        settleLegacy(name);
        respond(ControlPlaneServer::ok({{str("GlobalTableDescription"), legacyDescription(name)}}));
    });
}

void FakeGlobalTables::updateGlobalTable(const LoopbackRequest &request, const Respond &respond)
{
    const QString name = request.json.value(str("GlobalTableName")).toString();
    if (!m_legacy.contains(name)) {
        respond(globalTableNotFound(name));
        return;
    }
    QStringList regions = m_legacy[name].regions;
    for (const auto &value : request.json.value(str("ReplicaUpdates")).toArray()) {
        const QJsonObject update = value.toObject();
        const QString created =
            update.value(str("Create")).toObject().value(str("RegionName")).toString();
        const QString deleted =
            update.value(str("Delete")).toObject().value(str("RegionName")).toString();
        if (!created.isEmpty()) {
            if (regions.contains(created)) {
                respond(ControlPlaneServer::error(
                    str("ReplicaAlreadyExistsException"),
                    str("Replica already exists in region %1.").arg(created)));
                return;
            }
            regions.append(created);
        }
        if (!deleted.isEmpty()) {
            if (!regions.contains(deleted)) {
                respond(
                    ControlPlaneServer::error(str("ReplicaNotFoundException"),
                                              str("Replica not found in region %1.").arg(deleted)));
                return;
            }
            regions.removeAll(deleted);
        }
    }
    LegacyTable &table = m_legacy[name];
    table.regions = regions;
    table.status = str("UPDATING");
    settleLegacy(name);
    respond(ControlPlaneServer::ok({{str("GlobalTableDescription"), legacyDescription(name)}}));
}

void FakeGlobalTables::describeGlobalTable(const LoopbackRequest &request, const Respond &respond)
{
    const QString name = request.json.value(str("GlobalTableName")).toString();
    if (!m_legacy.contains(name)) {
        respond(globalTableNotFound(name));
        return;
    }
    respond(ControlPlaneServer::ok({{str("GlobalTableDescription"), legacyDescription(name)}}));
}

void FakeGlobalTables::listGlobalTables(const LoopbackRequest &request, const Respond &respond)
{
    const QString region = request.json.value(str("RegionName")).toString();
    const QString start = request.json.value(str("ExclusiveStartGlobalTableName")).toString();
    const qint64 limit = request.json.value(str("Limit")).toInteger(100);
    QJsonArray tables;
    QString last;
    bool more = false;
    // QMap iterates in name order, the order the service pages in.
    for (auto it = m_legacy.cbegin(); it != m_legacy.cend(); ++it) {
        if (!start.isEmpty() && it.key() <= start)
            continue;
        if (!region.isEmpty() && !it.value().regions.contains(region))
            continue;
        if (tables.size() >= limit) {
            more = true;
            break;
        }
        QJsonArray group;
        for (const QString &name : it.value().regions)
            group.append(QJsonObject{{str("RegionName"), name}});
        tables.append(
            QJsonObject{{str("GlobalTableName"), it.key()}, {str("ReplicationGroup"), group}});
        last = it.key();
    }
    QJsonObject body{{str("GlobalTables"), tables}};
    if (more)
        body.insert(str("LastEvaluatedGlobalTableName"), last);
    respond(ControlPlaneServer::ok(body));
}

void FakeGlobalTables::describeGlobalTableSettings(const LoopbackRequest &request,
                                                   const Respond &respond)
{
    const QString name = request.json.value(str("GlobalTableName")).toString();
    if (!m_legacy.contains(name)) {
        respond(globalTableNotFound(name));
        return;
    }
    respond(ControlPlaneServer::ok(legacySettings(name)));
}

void FakeGlobalTables::updateGlobalTableSettings(const LoopbackRequest &request,
                                                 const Respond &respond)
{
    const QString name = request.json.value(str("GlobalTableName")).toString();
    if (!m_legacy.contains(name)) {
        respond(globalTableNotFound(name));
        return;
    }
    LegacyTable &table = m_legacy[name];
    const QJsonArray replicaUpdates = request.json.value(str("ReplicaSettingsUpdate")).toArray();
    for (const auto &value : replicaUpdates) {
        const QString region = value.toObject().value(str("RegionName")).toString();
        if (!table.regions.contains(region)) {
            respond(ControlPlaneServer::error(str("ReplicaNotFoundException"),
                                              str("Replica not found in region %1.").arg(region)));
            return;
        }
    }
    const QString billingMode = request.json.value(str("GlobalTableBillingMode")).toString();
    const qint64 write =
        request.json.value(str("GlobalTableProvisionedWriteCapacityUnits")).toInteger();
    // Capacity means nothing to an on-demand table: the service refuses it, changing nothing.
    if (write > 0 &&
        (billingMode.isEmpty() ? table.billingMode : billingMode) == str("PAY_PER_REQUEST")) {
        respond(ControlPlaneServer::error(
            str("ValidationException"),
            str("Provisioned write capacity cannot be set on a PAY_PER_REQUEST global table.")));
        return;
    }
    if (!billingMode.isEmpty())
        table.billingMode = billingMode;
    if (write > 0)
        table.writeCapacity = write;
    // One capacity for every replica: this fake keeps no per-region settings.
    for (const auto &value : replicaUpdates) {
        const qint64 read =
            value.toObject().value(str("ReplicaProvisionedReadCapacityUnits")).toInteger();
        if (read > 0)
            table.readCapacity = read;
    }
    respond(ControlPlaneServer::ok(legacySettings(name)));
}

} // namespace dyna::test
