#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dyna::dynamo {

// Which kind of global table a table belongs to: version 2019.11.21 keeps its replicas in
// DescribeTable ("Replicas", "GlobalTableVersion"); version 2017.11.29 (legacy) is a separate
// resource listed by ListGlobalTables.
enum class GlobalTableVersion { None, Legacy2017, Current2019 };

struct ReplicaIndexInfo
{
    QString indexName;
    qint64 readCapacityOverride = 0; // 0: the table's own capacity
};

// One ReplicaDescription.
struct ReplicaInfo
{
    QString regionName;
    QString status; // ReplicaStatus: CREATING, ACTIVE, UPDATING, DELETING, ...
    QString statusDescription;
    QString percentProgress;
    QString kmsMasterKeyId;
    qint64 readCapacityOverride = 0; // 0: the table's own capacity
    QList<ReplicaIndexInfo> globalSecondaryIndexes;

    // CREATING, UPDATING or DELETING: the status will change without the user doing anything.
    bool isTransitional() const;
};

ReplicaInfo parseReplica(const QJsonObject &description);
QList<ReplicaInfo> parseReplicas(const QJsonArray &descriptions);

// From a DescribeTable "Table": Current2019 when it has replicas or a GlobalTableVersion of
// 2019.11.21; None otherwise (whether it is a legacy global table only ListGlobalTables says).
GlobalTableVersion tableGlobalTableVersion(const QJsonObject &table);

// Adding a version 2019.11.21 replica needs the table's stream enabled with NEW_AND_OLD_IMAGES;
// the service rejects the UpdateTable otherwise. Empty when the table qualifies, else a sentence.
QString replicaPrerequisiteProblem(const QJsonObject &table);

// Empty when `region` is a valid AWS region name, else a sentence.
QString regionNameProblem(const QString &region);
// The commercial (aws partition) regions DynamoDB global tables can replicate to.
QStringList commercialRegions();
// commercialRegions() without `currentRegion` and the regions that already hold a replica.
QStringList replicaCandidateRegions(const QString &currentRegion,
                                    const QList<ReplicaInfo> &existing);

// Create action of UpdateTable's ReplicaUpdates (version 2019.11.21).
struct CreateReplicaOptions
{
    QString regionName;
    QString kmsMasterKeyId;          // empty: the table's key
    qint64 readCapacityOverride = 0; // 0: no ProvisionedThroughputOverride
};

// UpdateTable inputs for adding and removing one 2019.11.21 replica.
QJsonObject createReplicaInput(const QString &tableName, const CreateReplicaOptions &options);
QJsonObject deleteReplicaInput(const QString &tableName, const QString &regionName);

// Legacy (2017.11.29) inputs.
QJsonObject createGlobalTableInput(const QString &globalTableName, const QStringList &regions);
QJsonObject updateGlobalTableInput(const QString &globalTableName, const QStringList &addRegions,
                                   const QStringList &removeRegions);
QJsonObject updateGlobalTableWriteCapacityInput(const QString &globalTableName,
                                                qint64 writeCapacityUnits);

// A GlobalTableDescription (CreateGlobalTable, UpdateGlobalTable, DescribeGlobalTable).
struct GlobalTableInfo
{
    QString name;
    QString arn;
    QString status; // CREATING, ACTIVE, UPDATING, DELETING
    QDateTime created;
    QList<ReplicaInfo> replicas;

    QStringList regions() const;
};

GlobalTableInfo parseGlobalTableDescription(const QJsonObject &description);

// One entry of ListGlobalTables.
struct GlobalTableSummary
{
    QString name;
    QStringList regions;
};

QList<GlobalTableSummary> parseGlobalTableList(const QJsonObject &response);

// One replica of DescribeGlobalTableSettings.
struct ReplicaSettingsInfo
{
    QString regionName;
    QString status;
    QString billingMode;
    qint64 readCapacityUnits = 0;
    qint64 writeCapacityUnits = 0;
};

QList<ReplicaSettingsInfo> parseGlobalTableSettings(const QJsonObject &response);

// One replica of DescribeTableReplicaAutoScaling.
struct ReplicaAutoScalingInfo
{
    QString regionName;
    QString status;
    qint64 readMinimum = 0;
    qint64 readMaximum = 0;
    bool readAutoScalingDisabled = true;
    qint64 writeMinimum = 0;
    qint64 writeMaximum = 0;
    bool writeAutoScalingDisabled = true;
};

QList<ReplicaAutoScalingInfo> parseReplicaAutoScaling(const QJsonObject &response);

} // namespace dyna::dynamo
