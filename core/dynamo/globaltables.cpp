#include "globaltables.h"

#include "epochtime.h"

#include "aws/endpointresolver.h"

#include <QCoreApplication>

namespace dyna::dynamo {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

qint64 readOverride(const QJsonObject &object)
{
    return object.value(QStringLiteral("ProvisionedThroughputOverride"))
        .toObject()
        .value(QStringLiteral("ReadCapacityUnits"))
        .toInteger();
}

QJsonArray regionList(const QStringList &regions)
{
    QJsonArray list;
    for (const QString &region : regions)
        list.append(QJsonObject{{QStringLiteral("RegionName"), region}});
    return list;
}

} // namespace

bool ReplicaInfo::isTransitional() const
{
    return status == QLatin1String("CREATING") || status == QLatin1String("UPDATING") ||
           status == QLatin1String("DELETING");
}

ReplicaInfo parseReplica(const QJsonObject &description)
{
    ReplicaInfo replica;
    replica.regionName = text(description, "RegionName");
    replica.status = text(description, "ReplicaStatus");
    replica.statusDescription = text(description, "ReplicaStatusDescription");
    replica.percentProgress = text(description, "ReplicaStatusPercentProgress");
    replica.kmsMasterKeyId = text(description, "KMSMasterKeyId");
    replica.readCapacityOverride = readOverride(description);
    for (const auto &value :
         description.value(QStringLiteral("GlobalSecondaryIndexes")).toArray()) {
        const QJsonObject index = value.toObject();
        replica.globalSecondaryIndexes.append({text(index, "IndexName"), readOverride(index)});
    }
    return replica;
}

QList<ReplicaInfo> parseReplicas(const QJsonArray &descriptions)
{
    QList<ReplicaInfo> replicas;
    for (const auto &value : descriptions)
        replicas.append(parseReplica(value.toObject()));
    return replicas;
}

GlobalTableVersion tableGlobalTableVersion(const QJsonObject &table)
{
    if (!table.value(QStringLiteral("Replicas")).toArray().isEmpty() ||
        text(table, "GlobalTableVersion") == QLatin1String("2019.11.21"))
        return GlobalTableVersion::Current2019;
    return GlobalTableVersion::None;
}

QString replicaPrerequisiteProblem(const QJsonObject &table)
{
    const QJsonObject stream = table.value(QStringLiteral("StreamSpecification")).toObject();
    if (!stream.value(QStringLiteral("StreamEnabled")).toBool())
        return QCoreApplication::translate(
                   "GlobalTables",
                   "Table %1 has no stream. A replica needs the table's stream enabled with "
                   "new and old images (NEW_AND_OLD_IMAGES); enable it in Update table first.")
            .arg(text(table, "TableName"));
    if (text(stream, "StreamViewType") != QLatin1String("NEW_AND_OLD_IMAGES"))
        return QCoreApplication::translate(
                   "GlobalTables",
                   "The stream of table %1 records %2. A replica needs new and old images "
                   "(NEW_AND_OLD_IMAGES); change the stream in Update table first.")
            .arg(text(table, "TableName"), text(stream, "StreamViewType"));
    return {};
}

QString regionNameProblem(const QString &region)
{
    if (region.isEmpty())
        return QCoreApplication::translate("GlobalTables", "Choose a region.");
    if (!aws::isValidRegionName(region))
        return QCoreApplication::translate(
                   "GlobalTables",
                   "\"%1\" is not a valid AWS region name; expected a name such as us-east-1.")
            .arg(region);
    return {};
}

QStringList commercialRegions()
{
    return {QStringLiteral("af-south-1"),     QStringLiteral("ap-east-1"),
            QStringLiteral("ap-northeast-1"), QStringLiteral("ap-northeast-2"),
            QStringLiteral("ap-northeast-3"), QStringLiteral("ap-south-1"),
            QStringLiteral("ap-south-2"),     QStringLiteral("ap-southeast-1"),
            QStringLiteral("ap-southeast-2"), QStringLiteral("ap-southeast-3"),
            QStringLiteral("ap-southeast-4"), QStringLiteral("ca-central-1"),
            QStringLiteral("ca-west-1"),      QStringLiteral("eu-central-1"),
            QStringLiteral("eu-central-2"),   QStringLiteral("eu-north-1"),
            QStringLiteral("eu-south-1"),     QStringLiteral("eu-south-2"),
            QStringLiteral("eu-west-1"),      QStringLiteral("eu-west-2"),
            QStringLiteral("eu-west-3"),      QStringLiteral("il-central-1"),
            QStringLiteral("me-central-1"),   QStringLiteral("me-south-1"),
            QStringLiteral("sa-east-1"),      QStringLiteral("us-east-1"),
            QStringLiteral("us-east-2"),      QStringLiteral("us-west-1"),
            QStringLiteral("us-west-2")};
}

QStringList replicaCandidateRegions(const QString &currentRegion,
                                    const QList<ReplicaInfo> &existing)
{
    QStringList regions = commercialRegions();
    regions.removeAll(currentRegion);
    for (const ReplicaInfo &replica : existing)
        regions.removeAll(replica.regionName);
    return regions;
}

QJsonObject createReplicaInput(const QString &tableName, const CreateReplicaOptions &options)
{
    QJsonObject create{{QStringLiteral("RegionName"), options.regionName}};
    if (!options.kmsMasterKeyId.isEmpty())
        create.insert(QStringLiteral("KMSMasterKeyId"), options.kmsMasterKeyId);
    if (options.readCapacityOverride > 0)
        create.insert(
            QStringLiteral("ProvisionedThroughputOverride"),
            QJsonObject{{QStringLiteral("ReadCapacityUnits"), options.readCapacityOverride}});
    return {{QStringLiteral("TableName"), tableName},
            {QStringLiteral("ReplicaUpdates"),
             QJsonArray{QJsonObject{{QStringLiteral("Create"), create}}}}};
}

QJsonObject deleteReplicaInput(const QString &tableName, const QString &regionName)
{
    return {{QStringLiteral("TableName"), tableName},
            {QStringLiteral("ReplicaUpdates"),
             QJsonArray{QJsonObject{{QStringLiteral("Delete"),
                                     QJsonObject{{QStringLiteral("RegionName"), regionName}}}}}}};
}

QJsonObject createGlobalTableInput(const QString &globalTableName, const QStringList &regions)
{
    return {{QStringLiteral("GlobalTableName"), globalTableName},
            {QStringLiteral("ReplicationGroup"), regionList(regions)}};
}

QJsonObject updateGlobalTableInput(const QString &globalTableName, const QStringList &addRegions,
                                   const QStringList &removeRegions)
{
    QJsonArray updates;
    for (const QString &region : addRegions)
        updates.append(QJsonObject{
            {QStringLiteral("Create"), QJsonObject{{QStringLiteral("RegionName"), region}}}});
    for (const QString &region : removeRegions)
        updates.append(QJsonObject{
            {QStringLiteral("Delete"), QJsonObject{{QStringLiteral("RegionName"), region}}}});
    return {{QStringLiteral("GlobalTableName"), globalTableName},
            {QStringLiteral("ReplicaUpdates"), updates}};
}

QJsonObject updateGlobalTableWriteCapacityInput(const QString &globalTableName,
                                                qint64 writeCapacityUnits)
{
    return {{QStringLiteral("GlobalTableName"), globalTableName},
            {QStringLiteral("GlobalTableProvisionedWriteCapacityUnits"), writeCapacityUnits}};
}

QStringList GlobalTableInfo::regions() const
{
    QStringList names;
    for (const ReplicaInfo &replica : replicas)
        names.append(replica.regionName);
    return names;
}

GlobalTableInfo parseGlobalTableDescription(const QJsonObject &description)
{
    GlobalTableInfo info;
    info.name = text(description, "GlobalTableName");
    info.arn = text(description, "GlobalTableArn");
    info.status = text(description, "GlobalTableStatus");
    info.created = dateFromJson(description.value(QStringLiteral("CreationDateTime")));
    info.replicas = parseReplicas(description.value(QStringLiteral("ReplicationGroup")).toArray());
    return info;
}

QList<GlobalTableSummary> parseGlobalTableList(const QJsonObject &response)
{
    QList<GlobalTableSummary> tables;
    for (const auto &value : response.value(QStringLiteral("GlobalTables")).toArray()) {
        const QJsonObject table = value.toObject();
        GlobalTableSummary summary;
        summary.name = text(table, "GlobalTableName");
        for (const auto &replica : table.value(QStringLiteral("ReplicationGroup")).toArray())
            summary.regions.append(text(replica.toObject(), "RegionName"));
        tables.append(summary);
    }
    return tables;
}

QList<ReplicaSettingsInfo> parseGlobalTableSettings(const QJsonObject &response)
{
    QList<ReplicaSettingsInfo> replicas;
    for (const auto &value : response.value(QStringLiteral("ReplicaSettings")).toArray()) {
        const QJsonObject settings = value.toObject();
        ReplicaSettingsInfo info;
        info.regionName = text(settings, "RegionName");
        info.status = text(settings, "ReplicaStatus");
        info.billingMode = text(
            settings.value(QStringLiteral("ReplicaBillingModeSummary")).toObject(), "BillingMode");
        info.readCapacityUnits =
            settings.value(QStringLiteral("ReplicaProvisionedReadCapacityUnits")).toInteger();
        info.writeCapacityUnits =
            settings.value(QStringLiteral("ReplicaProvisionedWriteCapacityUnits")).toInteger();
        replicas.append(info);
    }
    return replicas;
}

QList<ReplicaAutoScalingInfo> parseReplicaAutoScaling(const QJsonObject &response)
{
    QList<ReplicaAutoScalingInfo> replicas;
    const QJsonObject description =
        response.value(QStringLiteral("TableAutoScalingDescription")).toObject();
    for (const auto &value : description.value(QStringLiteral("Replicas")).toArray()) {
        const QJsonObject replica = value.toObject();
        ReplicaAutoScalingInfo info;
        info.regionName = text(replica, "RegionName");
        info.status = text(replica, "ReplicaStatus");
        const QJsonObject read =
            replica.value(QStringLiteral("ReplicaProvisionedReadCapacityAutoScalingSettings"))
                .toObject();
        const QJsonObject write =
            replica.value(QStringLiteral("ReplicaProvisionedWriteCapacityAutoScalingSettings"))
                .toObject();
        info.readMinimum = read.value(QStringLiteral("MinimumUnits")).toInteger();
        info.readMaximum = read.value(QStringLiteral("MaximumUnits")).toInteger();
        info.readAutoScalingDisabled =
            read.value(QStringLiteral("AutoScalingDisabled")).toBool(true);
        info.writeMinimum = write.value(QStringLiteral("MinimumUnits")).toInteger();
        info.writeMaximum = write.value(QStringLiteral("MaximumUnits")).toInteger();
        info.writeAutoScalingDisabled =
            write.value(QStringLiteral("AutoScalingDisabled")).toBool(true);
        replicas.append(info);
    }
    return replicas;
}

} // namespace dyna::dynamo
