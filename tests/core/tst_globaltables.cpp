#include "dynamo/globaltables.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dyna::dynamo;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestGlobalTables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesReplicaDescription()
    {
        const ReplicaInfo replica = parseReplica(json(R"({
            "RegionName": "eu-west-1", "ReplicaStatus": "CREATING",
            "ReplicaStatusDescription": "Replica is being created",
            "ReplicaStatusPercentProgress": "42", "KMSMasterKeyId": "alias/replica",
            "ProvisionedThroughputOverride": {"ReadCapacityUnits": 7},
            "GlobalSecondaryIndexes": [{"IndexName": "byDate",
                "ProvisionedThroughputOverride": {"ReadCapacityUnits": 3}}]})"));
        QCOMPARE(replica.regionName, QStringLiteral("eu-west-1"));
        QCOMPARE(replica.status, QStringLiteral("CREATING"));
        QCOMPARE(replica.statusDescription, QStringLiteral("Replica is being created"));
        QCOMPARE(replica.percentProgress, QStringLiteral("42"));
        QCOMPARE(replica.kmsMasterKeyId, QStringLiteral("alias/replica"));
        QCOMPARE(replica.readCapacityOverride, 7);
        QCOMPARE(replica.globalSecondaryIndexes.size(), 1);
        QCOMPARE(replica.globalSecondaryIndexes.first().indexName, QStringLiteral("byDate"));
        QCOMPARE(replica.globalSecondaryIndexes.first().readCapacityOverride, 3);
    }

    void transitionalStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("transitional");
        QTest::newRow("creating") << "CREATING" << true;
        QTest::newRow("updating") << "UPDATING" << true;
        QTest::newRow("deleting") << "DELETING" << true;
        QTest::newRow("active") << "ACTIVE" << false;
        QTest::newRow("failed") << "CREATION_FAILED" << false;
        QTest::newRow("region disabled") << "REGION_DISABLED" << false;
    }

    void transitionalStatus()
    {
        QFETCH(QString, status);
        QFETCH(bool, transitional);
        ReplicaInfo replica;
        replica.status = status;
        QCOMPARE(replica.isTransitional(), transitional);
    }

    void tableVersion_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("version");
        QTest::newRow("plain") << R"({"TableName": "t"})" << int(GlobalTableVersion::None);
        QTest::newRow("replicas")
            << R"({"TableName": "t", "Replicas": [{"RegionName": "eu-west-1"}]})"
            << int(GlobalTableVersion::Current2019);
        QTest::newRow("version only") << R"({"TableName": "t", "GlobalTableVersion": "2019.11.21"})"
                                      << int(GlobalTableVersion::Current2019);
        QTest::newRow("empty replicas")
            << R"({"TableName": "t", "Replicas": []})" << int(GlobalTableVersion::None);
    }

    void tableVersion()
    {
        QFETCH(QString, table);
        QFETCH(int, version);
        QCOMPARE(int(tableGlobalTableVersion(json(table.toUtf8().constData()))), version);
    }

    void replicaPrerequisite_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("problemMentions"); // empty: no problem
        QTest::newRow("no stream") << R"({"TableName": "Orders"})"
                                   << "no stream";
        QTest::newRow("disabled")
            << R"({"TableName": "Orders", "StreamSpecification": {"StreamEnabled": false}})"
            << "no stream";
        QTest::newRow("keys only")
            << R"({"TableName": "Orders", "StreamSpecification": {"StreamEnabled": true,
                   "StreamViewType": "KEYS_ONLY"}})"
            << "KEYS_ONLY";
        QTest::newRow("new image")
            << R"({"TableName": "Orders", "StreamSpecification": {"StreamEnabled": true,
                   "StreamViewType": "NEW_IMAGE"}})"
            << "NEW_IMAGE";
        QTest::newRow("new and old")
            << R"({"TableName": "Orders", "StreamSpecification": {"StreamEnabled": true,
                   "StreamViewType": "NEW_AND_OLD_IMAGES"}})"
            << "";
    }

    void replicaPrerequisite()
    {
        QFETCH(QString, table);
        QFETCH(QString, problemMentions);
        const QString problem = replicaPrerequisiteProblem(json(table.toUtf8().constData()));
        if (problemMentions.isEmpty()) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        } else {
            QVERIFY(problem.contains(problemMentions));
            QVERIFY(problem.contains(QStringLiteral("Orders")));
            QVERIFY(problem.contains(QStringLiteral("NEW_AND_OLD_IMAGES")));
        }
    }

    void regionNames_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("valid");
        QTest::newRow("us-east-1") << "us-east-1" << true;
        QTest::newRow("gov") << "us-gov-west-1" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("upper") << "US-EAST-1" << false;
        QTest::newRow("no number") << "eu-west" << false;
        QTest::newRow("spaces") << "eu west 1" << false;
    }

    void regionNames()
    {
        QFETCH(QString, region);
        QFETCH(bool, valid);
        QCOMPARE(regionNameProblem(region).isEmpty(), valid);
    }

    void candidateRegionsExcludeCurrentAndReplicas()
    {
        ReplicaInfo replica;
        replica.regionName = QStringLiteral("eu-west-1");
        const QStringList candidates =
            replicaCandidateRegions(QStringLiteral("us-east-1"), {replica});
        QVERIFY(!candidates.contains(QStringLiteral("us-east-1")));
        QVERIFY(!candidates.contains(QStringLiteral("eu-west-1")));
        QVERIFY(candidates.contains(QStringLiteral("us-west-2")));
        QCOMPARE(candidates.size(), commercialRegions().size() - 2);
        for (const QString &region : commercialRegions())
            QVERIFY2(regionNameProblem(region).isEmpty(), qPrintable(region));
    }

    void createReplicaInputs()
    {
        CreateReplicaOptions options;
        options.regionName = QStringLiteral("eu-west-1");
        QCOMPARE(createReplicaInput(QStringLiteral("Orders"), options),
                 json(R"({"TableName": "Orders",
                          "ReplicaUpdates": [{"Create": {"RegionName": "eu-west-1"}}]})"));
        options.kmsMasterKeyId = QStringLiteral("alias/eu");
        options.readCapacityOverride = 12;
        QCOMPARE(createReplicaInput(QStringLiteral("Orders"), options),
                 json(R"({"TableName": "Orders", "ReplicaUpdates": [{"Create": {
                          "RegionName": "eu-west-1", "KMSMasterKeyId": "alias/eu",
                          "ProvisionedThroughputOverride": {"ReadCapacityUnits": 12}}}]})"));
        QCOMPARE(deleteReplicaInput(QStringLiteral("Orders"), QStringLiteral("eu-west-1")),
                 json(R"({"TableName": "Orders",
                          "ReplicaUpdates": [{"Delete": {"RegionName": "eu-west-1"}}]})"));
    }

    void legacyInputs()
    {
        QCOMPARE(createGlobalTableInput(QStringLiteral("Orders"),
                                        {QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")}),
                 json(R"({"GlobalTableName": "Orders", "ReplicationGroup": [
                          {"RegionName": "us-east-1"}, {"RegionName": "eu-west-1"}]})"));
        QCOMPARE(updateGlobalTableInput(QStringLiteral("Orders"), {QStringLiteral("ap-south-1")},
                                        {QStringLiteral("eu-west-1")}),
                 json(R"({"GlobalTableName": "Orders", "ReplicaUpdates": [
                          {"Create": {"RegionName": "ap-south-1"}},
                          {"Delete": {"RegionName": "eu-west-1"}}]})"));
        QCOMPARE(updateGlobalTableWriteCapacityInput(QStringLiteral("Orders"), 9),
                 json(R"({"GlobalTableName": "Orders",
                          "GlobalTableProvisionedWriteCapacityUnits": 9})"));
    }

    void parsesGlobalTableDescription()
    {
        const GlobalTableInfo info = parseGlobalTableDescription(json(R"({
            "GlobalTableName": "Orders",
            "GlobalTableArn": "arn:aws:dynamodb::000000000000:global-table/Orders",
            "GlobalTableStatus": "UPDATING", "CreationDateTime": 1700000000.5,
            "ReplicationGroup": [{"RegionName": "us-east-1", "ReplicaStatus": "ACTIVE"},
                                 {"RegionName": "eu-west-1", "ReplicaStatus": "CREATING"}]})"));
        QCOMPARE(info.name, QStringLiteral("Orders"));
        QCOMPARE(info.arn, QStringLiteral("arn:aws:dynamodb::000000000000:global-table/Orders"));
        QCOMPARE(info.status, QStringLiteral("UPDATING"));
        QCOMPARE(info.created.toMSecsSinceEpoch(), 1700000000500);
        QCOMPARE(info.regions(),
                 QStringList({QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")}));
        QCOMPARE(info.replicas.at(1).status, QStringLiteral("CREATING"));
    }

    void parsesLists()
    {
        const QList<GlobalTableSummary> tables = parseGlobalTableList(json(R"({"GlobalTables": [
            {"GlobalTableName": "A", "ReplicationGroup": [{"RegionName": "us-east-1"}]},
            {"GlobalTableName": "B", "ReplicationGroup": []}]})"));
        QCOMPARE(tables.size(), 2);
        QCOMPARE(tables.at(0).name, QStringLiteral("A"));
        QCOMPARE(tables.at(0).regions, QStringList{QStringLiteral("us-east-1")});
        QVERIFY(tables.at(1).regions.isEmpty());

        const QList<ReplicaSettingsInfo> settings = parseGlobalTableSettings(json(R"({
            "GlobalTableName": "A", "ReplicaSettings": [{"RegionName": "us-east-1",
            "ReplicaStatus": "ACTIVE", "ReplicaBillingModeSummary": {"BillingMode": "PROVISIONED"},
            "ReplicaProvisionedReadCapacityUnits": 5,
            "ReplicaProvisionedWriteCapacityUnits": 6}]})"));
        QCOMPARE(settings.size(), 1);
        QCOMPARE(settings.first().billingMode, QStringLiteral("PROVISIONED"));
        QCOMPARE(settings.first().readCapacityUnits, 5);
        QCOMPARE(settings.first().writeCapacityUnits, 6);

        const QList<ReplicaAutoScalingInfo> scaling = parseReplicaAutoScaling(json(R"({
            "TableAutoScalingDescription": {"TableName": "A", "Replicas": [{
            "RegionName": "eu-west-1", "ReplicaStatus": "ACTIVE",
            "ReplicaProvisionedReadCapacityAutoScalingSettings": {"MinimumUnits": 1,
                "MaximumUnits": 10, "AutoScalingDisabled": false},
            "ReplicaProvisionedWriteCapacityAutoScalingSettings": {
                "AutoScalingDisabled": true}}]}})"));
        QCOMPARE(scaling.size(), 1);
        QCOMPARE(scaling.first().regionName, QStringLiteral("eu-west-1"));
        QCOMPARE(scaling.first().readMaximum, 10);
        QVERIFY(!scaling.first().readAutoScalingDisabled);
        QVERIFY(scaling.first().writeAutoScalingDisabled);
    }
};

QTEST_GUILESS_MAIN(TestGlobalTables)
#include "tst_globaltables.moc"
