#include "fakebackups.h"

#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <QUuid>

namespace dyna::test {

namespace {

QJsonObject throughputOf(const QJsonObject &withThroughput)
{
    const QJsonObject given = withThroughput.value(str("ProvisionedThroughput")).toObject();
    return {{str("ReadCapacityUnits"), given.value(str("ReadCapacityUnits")).toInteger()},
            {str("WriteCapacityUnits"), given.value(str("WriteCapacityUnits")).toInteger()}};
}

bool hasThroughput(const QJsonObject &throughput)
{
    return throughput.value(str("ReadCapacityUnits")).toInteger() > 0 &&
           throughput.value(str("WriteCapacityUnits")).toInteger() > 0;
}

QString billingModeOf(const QJsonObject &table)
{
    return table.value(str("BillingModeSummary"))
        .toObject()
        .value(str("BillingMode"))
        .toString(str("PROVISIONED"));
}

QJsonObject indexDefinition(const QJsonObject &index)
{
    return {{str("IndexName"), index.value(str("IndexName"))},
            {str("KeySchema"), index.value(str("KeySchema"))},
            {str("Projection"), index.value(str("Projection"))}};
}

void collectKeyNames(const QJsonArray &keySchema, QSet<QString> *names)
{
    for (const auto &key : keySchema)
        names->insert(key.toObject().value(str("AttributeName")).toString());
}

} // namespace

FakeBackups::FakeBackups(ControlPlaneServer *server)
    : QObject(server)
    , m_server(server)
{
    const auto bind =
        [this](void (FakeBackups::*method)(const LoopbackRequest &, const Respond &)) {
            return [this, method](const LoopbackRequest &request, const Respond &respond) {
                (this->*method)(request, respond);
            };
        };
    server->handle(str("CreateBackup"), bind(&FakeBackups::createBackup));
    server->handle(str("DescribeBackup"), bind(&FakeBackups::describeBackup));
    server->handle(str("ListBackups"), bind(&FakeBackups::listBackups));
    server->handle(str("DeleteBackup"), bind(&FakeBackups::deleteBackup));
    server->handle(str("RestoreTableFromBackup"), bind(&FakeBackups::restoreFromBackup));
    server->handle(str("DescribeContinuousBackups"), bind(&FakeBackups::describeContinuousBackups));
    server->handle(str("UpdateContinuousBackups"), bind(&FakeBackups::updateContinuousBackups));
    server->handle(str("RestoreTableToPointInTime"), bind(&FakeBackups::restoreToPointInTime));
}

int FakeBackups::findBackup(const QString &arn) const
{
    for (int i = 0; i < m_backups.size(); ++i) {
        if (m_backups.at(i).arn == arn)
            return i;
    }
    return -1;
}

int FakeBackups::findBackup(const QString &arn, const Respond &respond) const
{
    const int index = findBackup(arn);
    if (index < 0)
        respond(ControlPlaneServer::error(str("BackupNotFoundException"),
                                          str("Backup not found: %1").arg(arn)));
    return index;
}

QJsonObject FakeBackups::backupDetails(const Backup &backup) const
{
    return {{str("BackupArn"), backup.arn},
            {str("BackupName"), backup.name},
            {str("BackupSizeBytes"), backup.sizeBytes},
            {str("BackupStatus"), backup.status},
            {str("BackupType"), str("USER")},
            {str("BackupCreationDateTime"), backup.created}};
}

QJsonObject FakeBackups::backupDescription(const Backup &backup) const
{
    const QJsonObject &table = backup.table;
    QJsonObject source{{str("TableName"), backup.tableName},
                       {str("TableId"), backup.tableId},
                       {str("TableArn"), ControlPlaneServer::tableArn(backup.tableName)},
                       {str("TableSizeBytes"), backup.sizeBytes},
                       {str("KeySchema"), table.value(str("KeySchema"))},
                       {str("TableCreationDateTime"), table.value(str("CreationDateTime"))},
                       {str("ProvisionedThroughput"), throughputOf(table)},
                       {str("ItemCount"), backup.items.size()},
                       {str("BillingMode"), billingModeOf(table)}};
    QJsonObject features;
    QJsonArray globals;
    for (const auto &value : table.value(str("GlobalSecondaryIndexes")).toArray()) {
        QJsonObject index = indexDefinition(value.toObject());
        index.insert(str("ProvisionedThroughput"), throughputOf(value.toObject()));
        globals.append(index);
    }
    if (!globals.isEmpty())
        features.insert(str("GlobalSecondaryIndexes"), globals);
    QJsonArray locals;
    for (const auto &value : table.value(str("LocalSecondaryIndexes")).toArray())
        locals.append(indexDefinition(value.toObject()));
    if (!locals.isEmpty())
        features.insert(str("LocalSecondaryIndexes"), locals);
    return {{str("BackupDetails"), backupDetails(backup)},
            {str("SourceTableDetails"), source},
            {str("SourceTableFeatureDetails"), features}};
}

void FakeBackups::createBackup(const LoopbackRequest &request, const Respond &respond)
{
    const QString tableName =
        ControlPlaneServer::tableNameOf(request.json.value(str("TableName")).toString());
    const QString backupName = request.json.value(str("BackupName")).toString();
    QPointer<FakeBackups> self(this);
    m_server->withTable(
        tableName, respond,
        [=, this](const QString &, const QJsonObject &table) {
            if (!self)
                return;
            m_server->scanAll(tableName, [=, this](const BackendResult &scanned) {
                if (!self)
                    return;
                if (!scanned.ok()) {
                    respond(scanned.reply());
                    return;
                }
                Backup backup;
                backup.name = backupName;
                backup.tableName = tableName;
                backup.arn = ControlPlaneServer::tableArn(tableName) + str("/backup/") +
                             ControlPlaneServer::newResourceId();
                backup.tableId = table.value(str("TableId"))
                                     .toString(QUuid::createUuid().toString(QUuid::WithoutBraces));
                backup.status = str("CREATING");
                backup.created = ControlPlaneServer::nowSeconds();
                backup.table = table;
                backup.items = scanned.response.value(str("Items")).toArray();
                backup.sizeBytes =
                    QJsonDocument(backup.items).toJson(QJsonDocument::Compact).size();
                m_backups.append(backup);
                respond(ControlPlaneServer::ok({{str("BackupDetails"), backupDetails(backup)}}));
                const QString arn = backup.arn;
                m_server->afterTransition([self, arn] {
                    if (!self)
                        return;
                    const int index = self->findBackup(arn);
                    if (index >= 0)
                        self->m_backups[index].status = str("AVAILABLE");
                });
            });
        },
        ControlPlaneServer::MissingTable::TableNotFound);
}

void FakeBackups::describeBackup(const LoopbackRequest &request, const Respond &respond)
{
    const QString arn = request.json.value(str("BackupArn")).toString();
    const int index = findBackup(arn, respond);
    if (index < 0)
        return;
    respond(ControlPlaneServer::ok(
        {{str("BackupDescription"), backupDescription(m_backups.at(index))}}));
}

void FakeBackups::listBackups(const LoopbackRequest &request, const Respond &respond)
{
    const QJsonObject &input = request.json;
    const QString tableName =
        ControlPlaneServer::tableNameOf(input.value(str("TableName")).toString());
    const QString type = input.value(str("BackupType")).toString(str("USER"));
    const bool userBackups = type == str("USER") || type == str("ALL");
    const QJsonValue lower = input.value(str("TimeRangeLowerBound"));
    const QJsonValue upper = input.value(str("TimeRangeUpperBound"));
    const int limit = input.value(str("Limit")).toInt(100);
    const QString startAfter = input.value(str("ExclusiveStartBackupArn")).toString();

    QList<const Backup *> matching;
    bool started = startAfter.isEmpty();
    for (const Backup &backup : m_backups) {
        if (!started) {
            started = backup.arn == startAfter;
            continue;
        }
        if (!userBackups || (!tableName.isEmpty() && backup.tableName != tableName))
            continue;
        if (!lower.isUndefined() && backup.created < lower.toDouble())
            continue;
        if (!upper.isUndefined() && backup.created >= upper.toDouble())
            continue;
        matching.append(&backup);
    }
    QJsonArray summaries;
    for (int i = 0; i < matching.size() && i < limit; ++i) {
        const Backup &backup = *matching.at(i);
        QJsonObject summary = backupDetails(backup);
        summary.insert(str("TableName"), backup.tableName);
        summary.insert(str("TableId"), backup.tableId);
        summary.insert(str("TableArn"), ControlPlaneServer::tableArn(backup.tableName));
        summaries.append(summary);
    }
    QJsonObject response{{str("BackupSummaries"), summaries}};
    if (matching.size() > limit)
        response.insert(str("LastEvaluatedBackupArn"), matching.at(limit - 1)->arn);
    respond(ControlPlaneServer::ok(response));
}

void FakeBackups::deleteBackup(const LoopbackRequest &request, const Respond &respond)
{
    const QString arn = request.json.value(str("BackupArn")).toString();
    const int index = findBackup(arn, respond);
    if (index < 0)
        return;
    if (m_backups.at(index).status == str("CREATING")) {
        respond(ControlPlaneServer::error(
            str("BackupInUseException"),
            str("Backup is being created and cannot be deleted yet: %1").arg(arn)));
        return;
    }
    Backup deleted = m_backups.takeAt(index);
    deleted.status = str("DELETED");
    respond(ControlPlaneServer::ok({{str("BackupDescription"), backupDescription(deleted)}}));
}

void FakeBackups::restoreFromBackup(const LoopbackRequest &request, const Respond &respond)
{
    const QString arn = request.json.value(str("BackupArn")).toString();
    const int index = findBackup(arn, respond);
    if (index < 0)
        return;
    const Backup &backup = m_backups.at(index);
    if (backup.status != str("AVAILABLE")) {
        respond(ControlPlaneServer::error(
            str("BackupInUseException"),
            str("Backup is still being created and cannot be restored yet: %1").arg(arn)));
        return;
    }
    restoreInto(backup.table, backup.items, request.json,
                {{str("SourceBackupArn"), backup.arn},
                 {str("SourceTableArn"), ControlPlaneServer::tableArn(backup.tableName)},
                 {str("RestoreDateTime"), backup.created},
                 {str("RestoreInProgress"), true}},
                respond);
}

void FakeBackups::restoreInto(const QJsonObject &source, const QJsonArray &items,
                              const QJsonObject &request, const QJsonObject &restoreSummary,
                              const Respond &respond)
{
    const QString target = request.value(str("TargetTableName")).toString();
    const QString billing =
        request.value(str("BillingModeOverride")).toString(billingModeOf(source));
    const bool provisioned = billing == str("PROVISIONED");
    QJsonObject tableThroughput =
        request.contains(str("ProvisionedThroughputOverride"))
            ? request.value(str("ProvisionedThroughputOverride")).toObject()
            : throughputOf(source);
    if (provisioned && !hasThroughput(tableThroughput)) {
        respond(ControlPlaneServer::error(
            str("ValidationException"),
            str("ProvisionedThroughputOverride is required when the restored table is "
                "PROVISIONED and the source table has no provisioned throughput.")));
        return;
    }
    QJsonObject create{{str("TableName"), target},
                       {str("KeySchema"), source.value(str("KeySchema"))},
                       {str("BillingMode"), billing}};
    if (provisioned)
        create.insert(str("ProvisionedThroughput"), tableThroughput);
    QSet<QString> keyNames;
    collectKeyNames(source.value(str("KeySchema")).toArray(), &keyNames);

    QJsonArray globals;
    if (request.contains(str("GlobalSecondaryIndexOverride"))) {
        globals = request.value(str("GlobalSecondaryIndexOverride")).toArray();
    } else {
        for (const auto &value : source.value(str("GlobalSecondaryIndexes")).toArray()) {
            QJsonObject index = indexDefinition(value.toObject());
            if (provisioned) {
                const QJsonObject own = throughputOf(value.toObject());
                index.insert(str("ProvisionedThroughput"),
                             hasThroughput(own) ? own : tableThroughput);
            }
            globals.append(index);
        }
    }
    QJsonArray locals;
    if (request.contains(str("LocalSecondaryIndexOverride"))) {
        locals = request.value(str("LocalSecondaryIndexOverride")).toArray();
    } else {
        for (const auto &value : source.value(str("LocalSecondaryIndexes")).toArray())
            locals.append(indexDefinition(value.toObject()));
    }
    for (const QJsonArray *indexes : {&globals, &locals}) {
        for (const auto &index : *indexes)
            collectKeyNames(index.toObject().value(str("KeySchema")).toArray(), &keyNames);
    }
    if (!globals.isEmpty())
        create.insert(str("GlobalSecondaryIndexes"), globals);
    if (!locals.isEmpty())
        create.insert(str("LocalSecondaryIndexes"), locals);
    // CreateTable refuses definitions of attributes no key uses (a dropped index's keys).
    QJsonArray definitions;
    for (const auto &definition : source.value(str("AttributeDefinitions")).toArray()) {
        if (keyNames.contains(definition.toObject().value(str("AttributeName")).toString()))
            definitions.append(definition);
    }
    create.insert(str("AttributeDefinitions"), definitions);

    QPointer<FakeBackups> self(this);
    m_server->describeTable(target, [=, this](const BackendResult &existing) {
        if (!self)
            return;
        if (existing.ok()) {
            respond(ControlPlaneServer::error(str("TableAlreadyExistsException"),
                                              str("Table already exists: %1").arg(target)));
            return;
        }
        m_server->callBackend(str("CreateTable"), create, [=, this](const BackendResult &created) {
            if (!self)
                return;
            if (!created.ok()) {
                respond(created.reply());
                return;
            }
            m_server->putItems(target, items, [=](const BackendResult &written) {
                if (!written.ok()) {
                    respond(written.reply());
                    return;
                }
                QJsonObject table = created.response.value(str("TableDescription")).toObject();
                table.insert(str("TableStatus"), str("CREATING"));
                table.insert(str("RestoreSummary"), restoreSummary);
                const QJsonObject sse = request.value(str("SSESpecificationOverride")).toObject();
                if (sse.value(str("Enabled")).toBool()) {
                    table.insert(str("SSEDescription"),
                                 QJsonObject{{str("Status"), str("ENABLED")},
                                             {str("SSEType"), str("KMS")},
                                             {str("KMSMasterKeyArn"),
                                              sse.value(str("KMSMasterKeyId"))
                                                  .toString(str("alias/aws/dynamodb"))}});
                }
                respond(ControlPlaneServer::ok({{str("TableDescription"), table}}));
            });
        });
    });
}

void FakeBackups::snapshot(const QString &tableName, double time, std::function<void()> done)
{
    QPointer<FakeBackups> self(this);
    m_server->scanAll(tableName, [self, tableName, time, done](const BackendResult &scanned) {
        if (!self)
            return;
        if (scanned.ok() && self->m_recoverySince.contains(tableName)) {
            self->m_history[tableName].append(
                {time, scanned.response.value(str("Items")).toArray()});
        }
        done();
    });
}

double FakeBackups::latestRestorable(const QString &tableName) const
{
    return qMax(m_recoverySince.value(tableName), ControlPlaneServer::nowSeconds() - 5.0);
}

QJsonObject FakeBackups::continuousBackupsDescription(const QString &tableName) const
{
    QJsonObject recovery{{str("PointInTimeRecoveryStatus"),
                          m_recoverySince.contains(tableName) ? str("ENABLED") : str("DISABLED")}};
    if (m_recoverySince.contains(tableName)) {
        recovery.insert(str("EarliestRestorableDateTime"), m_recoverySince.value(tableName));
        recovery.insert(str("LatestRestorableDateTime"), latestRestorable(tableName));
    }
    return {{str("ContinuousBackupsDescription"),
             QJsonObject{{str("ContinuousBackupsStatus"), str("ENABLED")},
                         {str("PointInTimeRecoveryDescription"), recovery}}}};
}

void FakeBackups::describeContinuousBackups(const LoopbackRequest &request, const Respond &respond)
{
    const QString tableName =
        ControlPlaneServer::tableNameOf(request.json.value(str("TableName")).toString());
    QPointer<FakeBackups> self(this);
    m_server->withTable(
        tableName, respond,
        [=, this](const QString &, const QJsonObject &) {
            if (!self)
                return;
            snapshot(tableName, ControlPlaneServer::nowSeconds(), [self, tableName, respond] {
                if (self)
                    respond(ControlPlaneServer::ok(self->continuousBackupsDescription(tableName)));
            });
        },
        ControlPlaneServer::MissingTable::TableNotFound);
}

void FakeBackups::updateContinuousBackups(const LoopbackRequest &request, const Respond &respond)
{
    const QString tableName =
        ControlPlaneServer::tableNameOf(request.json.value(str("TableName")).toString());
    const bool enable = request.json.value(str("PointInTimeRecoverySpecification"))
                            .toObject()
                            .value(str("PointInTimeRecoveryEnabled"))
                            .toBool();
    QPointer<FakeBackups> self(this);
    m_server->withTable(
        tableName, respond,
        [=, this](const QString &, const QJsonObject &) {
            if (!self)
                return;
            if (!enable) {
                m_recoverySince.remove(tableName);
                m_history.remove(tableName);
                m_server->setPointInTimeRecoveryEnabled(tableName, false);
                respond(ControlPlaneServer::ok(continuousBackupsDescription(tableName)));
                return;
            }
            const double now = ControlPlaneServer::nowSeconds();
            if (!m_recoverySince.contains(tableName))
                m_recoverySince.insert(tableName, now);
            m_server->setPointInTimeRecoveryEnabled(tableName, true);
            snapshot(tableName, now, [self, tableName, respond] {
                if (self)
                    respond(ControlPlaneServer::ok(self->continuousBackupsDescription(tableName)));
            });
        },
        ControlPlaneServer::MissingTable::TableNotFound);
}

void FakeBackups::restoreToPointInTime(const LoopbackRequest &request, const Respond &respond)
{
    const QJsonObject &input = request.json;
    const QString tableName =
        input.contains(str("SourceTableName"))
            ? input.value(str("SourceTableName")).toString()
            : ControlPlaneServer::tableNameOf(input.value(str("SourceTableArn")).toString());
    const bool useLatest = input.value(str("UseLatestRestorableTime")).toBool();
    if (tableName.isEmpty() || useLatest == input.contains(str("RestoreDateTime"))) {
        respond(ControlPlaneServer::error(
            str("ValidationException"),
            str("Give the source table and exactly one of RestoreDateTime and "
                "UseLatestRestorableTime.")));
        return;
    }
    QPointer<FakeBackups> self(this);
    m_server->withTable(
        tableName, respond,
        [=, this](const QString &, const QJsonObject &table) {
            if (!self)
                return;
            if (!m_recoverySince.contains(tableName)) {
                respond(ControlPlaneServer::error(
                    str("PointInTimeRecoveryUnavailableException"),
                    str("Point in time recovery is not enabled for table '%1'").arg(tableName)));
                return;
            }
            const double earliest = m_recoverySince.value(tableName);
            const double latest = latestRestorable(tableName);
            const double time = useLatest ? latest : input.value(str("RestoreDateTime")).toDouble();
            // Dates travel with millisecond precision; allow for the rounding.
            if (time < earliest - 0.0005 || time > latest + 0.0005) {
                respond(ControlPlaneServer::error(
                    str("InvalidRestoreTimeException"),
                    str("RestoreDateTime must be between %1 and %2")
                        .arg(QString::number(earliest, 'f', 3), QString::number(latest, 'f', 3))));
                return;
            }
            const Snapshot *chosen = nullptr;
            for (const Snapshot &snapshot : m_history.value(tableName)) {
                if (snapshot.time <= time + 0.0005 && (!chosen || snapshot.time >= chosen->time))
                    chosen = &snapshot;
            }
            const QJsonArray items = chosen ? chosen->items : QJsonArray();
            restoreInto(table, items, input,
                        {{str("SourceTableArn"), ControlPlaneServer::tableArn(tableName)},
                         {str("RestoreDateTime"), time},
                         {str("RestoreInProgress"), true}},
                        respond);
        },
        ControlPlaneServer::MissingTable::TableNotFound);
}

} // namespace dyna::test
