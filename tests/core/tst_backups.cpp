// Backups and point-in-time recovery: what the console reads from the wire and the restore
// requests it builds from what the user chose.
#include "dynamo/apimodel.h"
#include "dynamo/backups.h"
#include "dynamo/pointintime.h"

#include <QJsonArray>
#include <QTest>

using namespace dyna;
using dynamo::RestoreOverrides;

namespace {

QJsonObject keyElement(const char *name, const char *type)
{
    return {{QStringLiteral("AttributeName"), QLatin1String(name)},
            {QStringLiteral("KeyType"), QLatin1String(type)}};
}

QJsonObject throughput(int read, int write)
{
    return {{QStringLiteral("ReadCapacityUnits"), read},
            {QStringLiteral("WriteCapacityUnits"), write}};
}

// A provisioned table as DescribeTable reports it: two GSIs with their own throughput, one LSI.
QJsonObject provisionedTable()
{
    const auto index = [](const char *name, const char *key) {
        return QJsonObject{{QStringLiteral("IndexName"), QLatin1String(name)},
                           {QStringLiteral("KeySchema"), QJsonArray{keyElement(key, "HASH")}},
                           {QStringLiteral("Projection"),
                            QJsonObject{{QStringLiteral("ProjectionType"), QStringLiteral("ALL")}}},
                           {QStringLiteral("IndexStatus"), QStringLiteral("ACTIVE")},
                           {QStringLiteral("ItemCount"), 3},
                           {QStringLiteral("ProvisionedThroughput"),
                            QJsonObject{{QStringLiteral("ReadCapacityUnits"), 4},
                                        {QStringLiteral("WriteCapacityUnits"), 2},
                                        {QStringLiteral("NumberOfDecreasesToday"), 0}}}};
    };
    return {{QStringLiteral("TableName"), QStringLiteral("Orders")},
            {QStringLiteral("KeySchema"),
             QJsonArray{keyElement("pk", "HASH"), keyElement("sk", "RANGE")}},
            {QStringLiteral("ProvisionedThroughput"), throughput(10, 5)},
            {QStringLiteral("GlobalSecondaryIndexes"),
             QJsonArray{index("ByStatus", "status"), index("ByOwner", "owner")}},
            {QStringLiteral("LocalSecondaryIndexes"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("IndexName"), QStringLiteral("ByDate")},
                 {QStringLiteral("KeySchema"),
                  QJsonArray{keyElement("pk", "HASH"), keyElement("date", "RANGE")}},
                 {QStringLiteral("Projection"),
                  QJsonObject{{QStringLiteral("ProjectionType"), QStringLiteral("KEYS_ONLY")}}},
                 {QStringLiteral("IndexSizeBytes"), 120}}}}};
}

const QString backupArn =
    QStringLiteral("arn:aws:dynamodb:us-east-1:123456789012:table/Orders/backup/"
                   "01700000000000-abcdef12");

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void datesRoundTrip();
    void readsBackupSummary();
    void readsBackupDescriptionAndItsSource();
    void listFilterInput_data();
    void listFilterInput();
    void listFilterRejectsReversedRange();
    void namesFollowDynamoDbsPattern_data();
    void namesFollowDynamoDbsPattern();
    void keepingEverythingSendsOnlyTheTarget();
    void overridesValidation_data();
    void overridesValidation();
    void droppingAnIndexListsTheKeptOnes();
    void provisionedOverrideGivesEveryIndexThroughput();
    void onDemandOverrideDropsIndexThroughput();
    void encryptionOverride_data();
    void encryptionOverride();
    void readsPointInTimeRecovery();
    void pointInTimeRestoreInput();
    void pointInTimeRestoreValidation_data();
    void pointInTimeRestoreValidation();
};

void TestBackups::datesRoundTrip()
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
    QCOMPARE(dynamo::dateToJson(time).toDouble(), 1700000000.123);
    QCOMPARE(dynamo::dateFromJson(dynamo::dateToJson(time)), time);
    QCOMPARE(dynamo::dateFromJson(QStringLiteral("2023-11-14T22:13:20.123Z")), time);
    QVERIFY(!dynamo::dateFromJson(QJsonValue()).isValid());
}

void TestBackups::readsBackupSummary()
{
    const auto summary = dynamo::BackupSummary::fromJson(
        {{QStringLiteral("TableName"), QStringLiteral("Orders")},
         {QStringLiteral("BackupArn"), backupArn},
         {QStringLiteral("BackupName"), QStringLiteral("nightly")},
         {QStringLiteral("BackupCreationDateTime"), 1700000000.5},
         {QStringLiteral("BackupStatus"), QStringLiteral("AVAILABLE")},
         {QStringLiteral("BackupType"), QStringLiteral("USER")},
         {QStringLiteral("BackupSizeBytes"), 2048}});
    QCOMPARE(summary.tableName, QStringLiteral("Orders"));
    QCOMPARE(summary.backupName, QStringLiteral("nightly"));
    QCOMPARE(summary.status, QStringLiteral("AVAILABLE"));
    QCOMPARE(summary.type, QStringLiteral("USER"));
    QCOMPARE(summary.created.toMSecsSinceEpoch(), 1700000000500);
    QVERIFY(!summary.expires.isValid());
    QCOMPARE(summary.sizeBytes, 2048);
    // A backup still being created may not report its size yet.
    QCOMPARE(dynamo::BackupSummary::fromJson({}).sizeBytes, -1);
}

void TestBackups::readsBackupDescriptionAndItsSource()
{
    const QJsonObject table = provisionedTable();
    const auto details = dynamo::BackupDetails::fromJson(
        {{QStringLiteral("BackupDetails"),
          QJsonObject{{QStringLiteral("BackupArn"), backupArn},
                      {QStringLiteral("BackupName"), QStringLiteral("nightly")},
                      {QStringLiteral("BackupStatus"), QStringLiteral("CREATING")},
                      {QStringLiteral("BackupType"), QStringLiteral("USER")},
                      {QStringLiteral("BackupCreationDateTime"), 1700000000}}},
         {QStringLiteral("SourceTableDetails"),
          QJsonObject{{QStringLiteral("TableName"), QStringLiteral("Orders")},
                      {QStringLiteral("TableArn"), QStringLiteral("arn:t")},
                      {QStringLiteral("KeySchema"), table.value(QStringLiteral("KeySchema"))},
                      {QStringLiteral("ProvisionedThroughput"), throughput(10, 5)},
                      {QStringLiteral("BillingMode"), QStringLiteral("PROVISIONED")}}},
         {QStringLiteral("SourceTableFeatureDetails"),
          QJsonObject{{QStringLiteral("GlobalSecondaryIndexes"),
                       table.value(QStringLiteral("GlobalSecondaryIndexes"))},
                      {QStringLiteral("LocalSecondaryIndexes"),
                       table.value(QStringLiteral("LocalSecondaryIndexes"))}}}});
    QCOMPARE(details.backup.status, QStringLiteral("CREATING"));
    QCOMPARE(details.backup.tableName, QStringLiteral("Orders"));
    QCOMPARE(details.backup.tableArn, QStringLiteral("arn:t"));

    // A restore from the backup starts from the same choices as one from the live table.
    const auto fromBackup = RestoreOverrides::fromSourceTable(details.sourceAsTable());
    const auto fromTable = RestoreOverrides::fromSourceTable(table);
    QCOMPARE(fromBackup.keptGlobalIndexes, fromTable.keptGlobalIndexes);
    QCOMPARE(fromBackup.keptLocalIndexes, QStringList{QStringLiteral("ByDate")});
    QCOMPARE(fromBackup.readCapacity, 10);
    QCOMPARE(fromBackup.writeCapacity, 5);
    QVERIFY(fromBackup.sourceIsProvisioned());
}

void TestBackups::listFilterInput_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("tableName");
    QTest::addColumn<bool>("range");
    QTest::addColumn<QString>("expectedType");

    QTest::newRow("user backups of one table")
        << int(dynamo::BackupListFilter::Type::User) << "Orders" << false << "USER";
    QTest::newRow("system backups of every table")
        << int(dynamo::BackupListFilter::Type::System) << "" << false << "SYSTEM";
    QTest::newRow("AWS Backup in a time range")
        << int(dynamo::BackupListFilter::Type::AwsBackup) << "Orders" << true << "AWS_BACKUP";
    QTest::newRow("all types") << int(dynamo::BackupListFilter::Type::All) << "" << true << "ALL";
}

void TestBackups::listFilterInput()
{
    QFETCH(int, type);
    QFETCH(QString, tableName);
    QFETCH(bool, range);
    QFETCH(QString, expectedType);

    dynamo::BackupListFilter filter;
    filter.type = dynamo::BackupListFilter::Type(type);
    filter.tableName = tableName;
    filter.limit = 20;
    const QDateTime from = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    if (range) {
        filter.from = from;
        filter.to = from.addDays(1);
    }
    QVERIFY(filter.validate().isEmpty());
    const QJsonObject input = filter.toInput();
    QCOMPARE(input.value(QStringLiteral("BackupType")).toString(), expectedType);
    QCOMPARE(input.contains(QStringLiteral("TableName")), !tableName.isEmpty());
    QCOMPARE(input.value(QStringLiteral("TableName")).toString(), tableName);
    QCOMPARE(input.value(QStringLiteral("Limit")).toInt(), 20);
    QCOMPARE(input.value(QStringLiteral("TimeRangeLowerBound")).toDouble(),
             range ? 1700000000.0 : 0.0);
    QCOMPARE(input.value(QStringLiteral("TimeRangeUpperBound")).toDouble(),
             range ? 1700086400.0 : 0.0);
    const auto problem =
        dynamo::ApiModel::dynamoDb()->validateInput(QStringLiteral("ListBackups"), input);
    QVERIFY2(!problem, problem ? qPrintable(problem->message) : "");
}

void TestBackups::listFilterRejectsReversedRange()
{
    dynamo::BackupListFilter filter;
    filter.from = QDateTime::currentDateTime();
    filter.to = filter.from.addSecs(-60);
    QVERIFY(filter.validate().contains(QStringLiteral("after its end")));
    filter.to = filter.from;
    filter.limit = 101;
    QVERIFY(filter.validate().contains(QStringLiteral("100")));
}

void TestBackups::namesFollowDynamoDbsPattern_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("letters, digits, _ . -") << "Orders_2024.v-1" << true;
    QTest::newRow("three characters") << "abc" << true;
    QTest::newRow("two characters") << "ab" << false;
    QTest::newRow("255 characters") << QString(255, QLatin1Char('a')) << true;
    QTest::newRow("256 characters") << QString(256, QLatin1Char('a')) << false;
    QTest::newRow("space") << "my table" << false;
    QTest::newRow("slash") << "a/b/c" << false;
    QTest::newRow("trailing newline") << "abc\n" << false;
}

void TestBackups::namesFollowDynamoDbsPattern()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(dynamo::isValidName(name), valid);
    RestoreOverrides overrides = RestoreOverrides::fromSourceTable(provisionedTable());
    overrides.targetTableName = name;
    QCOMPARE(overrides.validate().isEmpty(), valid);
}

void TestBackups::keepingEverythingSendsOnlyTheTarget()
{
    RestoreOverrides overrides = RestoreOverrides::fromSourceTable(provisionedTable());
    overrides.targetTableName = QStringLiteral("Orders-restored");
    QVERIFY(overrides.validate().isEmpty());
    QCOMPARE(overrides.toInput(),
             (QJsonObject{{QStringLiteral("TargetTableName"), QStringLiteral("Orders-restored")}}));
}

void TestBackups::overridesValidation_data()
{
    QTest::addColumn<int>("billing");
    QTest::addColumn<int>("read");
    QTest::addColumn<int>("write");
    QTest::addColumn<QStringList>("globals");
    QTest::addColumn<int>("encryption");
    QTest::addColumn<QString>("kmsKey");
    QTest::addColumn<QString>("problem"); // part of the sentence; empty when valid

    const QStringList both{QStringLiteral("ByStatus"), QStringLiteral("ByOwner")};
    const int provisioned = int(RestoreOverrides::Billing::Provisioned);
    const int keep = int(RestoreOverrides::Billing::Keep);
    const int keepSse = int(RestoreOverrides::Encryption::Keep);
    const int customer = int(RestoreOverrides::Encryption::CustomerKms);
    QTest::newRow("provisioned 1/1") << provisioned << 1 << 1 << both << keepSse << ""
                                     << "";
    QTest::newRow("provisioned without reads") << provisioned << 0 << 5 << both << keepSse << ""
                                               << "capacity unit";
    QTest::newRow("provisioned without writes") << provisioned << 5 << 0 << both << keepSse << ""
                                                << "capacity unit";
    QTest::newRow("on-demand ignores zero throughput")
        << int(RestoreOverrides::Billing::PayPerRequest) << 0 << 0 << both << keepSse << ""
        << "";
    QTest::newRow("unknown index")
        << keep << 0 << 0 << QStringList{QStringLiteral("ByNothing")} << keepSse << ""
        << "ByNothing";
    QTest::newRow("customer key missing") << keep << 0 << 0 << both << customer << " "
                                          << "KMS key";
    QTest::newRow("customer key given") << keep << 0 << 0 << both << customer << "alias/orders"
                                        << "";
}

void TestBackups::overridesValidation()
{
    QFETCH(int, billing);
    QFETCH(int, read);
    QFETCH(int, write);
    QFETCH(QStringList, globals);
    QFETCH(int, encryption);
    QFETCH(QString, kmsKey);
    QFETCH(QString, problem);

    RestoreOverrides overrides = RestoreOverrides::fromSourceTable(provisionedTable());
    overrides.targetTableName = QStringLiteral("Orders-copy");
    overrides.billing = RestoreOverrides::Billing(billing);
    overrides.readCapacity = read;
    overrides.writeCapacity = write;
    overrides.keptGlobalIndexes = globals;
    overrides.encryption = RestoreOverrides::Encryption(encryption);
    overrides.kmsKeyId = kmsKey;
    const QString message = overrides.validate();
    if (problem.isEmpty()) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
        QJsonObject input = overrides.toInput();
        input.insert(QStringLiteral("BackupArn"), backupArn);
        const auto invalid = dynamo::ApiModel::dynamoDb()->validateInput(
            QStringLiteral("RestoreTableFromBackup"), input);
        QVERIFY2(!invalid, invalid ? qPrintable(invalid->message) : "");
    } else {
        QVERIFY2(message.contains(problem), qPrintable(message));
    }
}

void TestBackups::droppingAnIndexListsTheKeptOnes()
{
    RestoreOverrides overrides = RestoreOverrides::fromSourceTable(provisionedTable());
    overrides.targetTableName = QStringLiteral("Orders-slim");
    overrides.keptGlobalIndexes = {QStringLiteral("ByOwner")};
    overrides.keptLocalIndexes.clear();
    const QJsonObject input = overrides.toInput();
    const QJsonArray globals =
        input.value(QStringLiteral("GlobalSecondaryIndexOverride")).toArray();
    QCOMPARE(globals.size(), 1);
    const QJsonObject owner = globals.first().toObject();
    QCOMPARE(owner.value(QStringLiteral("IndexName")).toString(), QStringLiteral("ByOwner"));
    // The kept index keeps its own throughput; description-only members are not sent.
    QCOMPARE(owner.value(QStringLiteral("ProvisionedThroughput")).toObject(), throughput(4, 2));
    QVERIFY(!owner.contains(QStringLiteral("IndexStatus")));
    QVERIFY(!owner.contains(QStringLiteral("ItemCount")));
    // Every local index dropped: an empty override, not a missing one (that would keep them).
    QVERIFY(input.contains(QStringLiteral("LocalSecondaryIndexOverride")));
    QVERIFY(input.value(QStringLiteral("LocalSecondaryIndexOverride")).toArray().isEmpty());
    QVERIFY(!input.contains(QStringLiteral("BillingModeOverride")));
    QJsonObject request = input;
    request.insert(QStringLiteral("BackupArn"), backupArn);
    QVERIFY(!dynamo::ApiModel::dynamoDb()->validateInput(QStringLiteral("RestoreTableFromBackup"),
                                                         request));
}

void TestBackups::provisionedOverrideGivesEveryIndexThroughput()
{
    RestoreOverrides overrides = RestoreOverrides::fromSourceTable(provisionedTable());
    overrides.targetTableName = QStringLiteral("Orders-big");
    overrides.billing = RestoreOverrides::Billing::Provisioned;
    overrides.readCapacity = 50;
    overrides.writeCapacity = 25;
    const QJsonObject input = overrides.toInput();
    QCOMPARE(input.value(QStringLiteral("BillingModeOverride")).toString(),
             QStringLiteral("PROVISIONED"));
    QCOMPARE(input.value(QStringLiteral("ProvisionedThroughputOverride")).toObject(),
             throughput(50, 25));
    const QJsonArray globals =
        input.value(QStringLiteral("GlobalSecondaryIndexOverride")).toArray();
    QCOMPARE(globals.size(), 2);
    for (const auto &index : globals)
        QCOMPARE(index.toObject().value(QStringLiteral("ProvisionedThroughput")).toObject(),
                 throughput(50, 25));
    QVERIFY(!input.contains(QStringLiteral("LocalSecondaryIndexOverride")));
}

void TestBackups::onDemandOverrideDropsIndexThroughput()
{
    RestoreOverrides overrides = RestoreOverrides::fromSourceTable(provisionedTable());
    overrides.targetTableName = QStringLiteral("Orders-ondemand");
    overrides.billing = RestoreOverrides::Billing::PayPerRequest;
    const QJsonObject input = overrides.toInput();
    QCOMPARE(input.value(QStringLiteral("BillingModeOverride")).toString(),
             QStringLiteral("PAY_PER_REQUEST"));
    QVERIFY(!input.contains(QStringLiteral("ProvisionedThroughputOverride")));
    const QJsonArray globals =
        input.value(QStringLiteral("GlobalSecondaryIndexOverride")).toArray();
    QCOMPARE(globals.size(), 2);
    for (const auto &index : globals)
        QVERIFY(!index.toObject().contains(QStringLiteral("ProvisionedThroughput")));
}

void TestBackups::encryptionOverride_data()
{
    QTest::addColumn<int>("encryption");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("keep") << int(RestoreOverrides::Encryption::Keep) << QJsonObject();
    QTest::newRow("AWS owned") << int(RestoreOverrides::Encryption::AwsOwned)
                               << QJsonObject{{QStringLiteral("Enabled"), false}};
    QTest::newRow("AWS managed") << int(RestoreOverrides::Encryption::AwsManagedKms)
                                 << QJsonObject{{QStringLiteral("Enabled"), true},
                                                {QStringLiteral("SSEType"), QStringLiteral("KMS")}};
    QTest::newRow("customer key") << int(RestoreOverrides::Encryption::CustomerKms)
                                  << QJsonObject{{QStringLiteral("Enabled"), true},
                                                 {QStringLiteral("SSEType"), QStringLiteral("KMS")},
                                                 {QStringLiteral("KMSMasterKeyId"),
                                                  QStringLiteral("alias/orders")}};
}

void TestBackups::encryptionOverride()
{
    QFETCH(int, encryption);
    QFETCH(QJsonObject, expected);
    RestoreOverrides overrides = RestoreOverrides::fromSourceTable(provisionedTable());
    overrides.targetTableName = QStringLiteral("Orders-sse");
    overrides.encryption = RestoreOverrides::Encryption(encryption);
    overrides.kmsKeyId = QStringLiteral(" alias/orders ");
    QVERIFY(overrides.validate().isEmpty());
    QCOMPARE(overrides.toInput().value(QStringLiteral("SSESpecificationOverride")).toObject(),
             expected);
}

void TestBackups::readsPointInTimeRecovery()
{
    const auto enabled = dynamo::PointInTimeRecovery::fromResponse(
        {{QStringLiteral("ContinuousBackupsDescription"),
          QJsonObject{
              {QStringLiteral("ContinuousBackupsStatus"), QStringLiteral("ENABLED")},
              {QStringLiteral("PointInTimeRecoveryDescription"),
               QJsonObject{{QStringLiteral("PointInTimeRecoveryStatus"), QStringLiteral("ENABLED")},
                           {QStringLiteral("EarliestRestorableDateTime"), 1700000000},
                           {QStringLiteral("LatestRestorableDateTime"), 1700003600}}}}}});
    QVERIFY(enabled.isEnabled());
    QCOMPARE(enabled.earliest.toSecsSinceEpoch(), 1700000000);
    QCOMPARE(enabled.latest.toSecsSinceEpoch(), 1700003600);
    QVERIFY(enabled.contains(enabled.earliest));
    QVERIFY(enabled.contains(enabled.latest));
    QVERIFY(enabled.contains(enabled.earliest.addSecs(60)));
    QVERIFY(!enabled.contains(enabled.earliest.addMSecs(-1)));
    QVERIFY(!enabled.contains(enabled.latest.addMSecs(1)));

    const auto disabled = dynamo::PointInTimeRecovery::fromResponse(
        {{QStringLiteral("ContinuousBackupsDescription"),
          QJsonObject{{QStringLiteral("ContinuousBackupsStatus"), QStringLiteral("ENABLED")},
                      {QStringLiteral("PointInTimeRecoveryDescription"),
                       QJsonObject{{QStringLiteral("PointInTimeRecoveryStatus"),
                                    QStringLiteral("DISABLED")}}}}}});
    QVERIFY(!disabled.isEnabled());
    QCOMPARE(disabled.continuousBackupsStatus, QStringLiteral("ENABLED"));
    QVERIFY(!disabled.contains(enabled.earliest));

    const QJsonObject update = dynamo::updateContinuousBackupsInput(QStringLiteral("Orders"), true);
    QVERIFY(!dynamo::ApiModel::dynamoDb()->validateInput(QStringLiteral("UpdateContinuousBackups"),
                                                         update));
    QCOMPARE(update.value(QStringLiteral("PointInTimeRecoverySpecification"))
                 .toObject()
                 .value(QStringLiteral("PointInTimeRecoveryEnabled")),
             QJsonValue(true));
}

void TestBackups::pointInTimeRestoreInput()
{
    dynamo::PointInTimeRestore restore;
    restore.sourceTableName = QStringLiteral("Orders");
    restore.overrides = RestoreOverrides::fromSourceTable(provisionedTable());
    restore.overrides.targetTableName = QStringLiteral("Orders-at-noon");
    QJsonObject input = restore.toInput();
    QCOMPARE(input.value(QStringLiteral("UseLatestRestorableTime")), QJsonValue(true));
    QVERIFY(!input.contains(QStringLiteral("RestoreDateTime")));
    QVERIFY(!dynamo::ApiModel::dynamoDb()->validateInput(
        QStringLiteral("RestoreTableToPointInTime"), input));

    restore.useLatestRestorableTime = false;
    restore.restoreTime = QDateTime::fromMSecsSinceEpoch(1700001800250, Qt::UTC);
    restore.overrides.billing = RestoreOverrides::Billing::PayPerRequest;
    input = restore.toInput();
    QVERIFY(!input.contains(QStringLiteral("UseLatestRestorableTime")));
    QCOMPARE(input.value(QStringLiteral("RestoreDateTime")).toDouble(), 1700001800.25);
    QCOMPARE(input.value(QStringLiteral("SourceTableName")).toString(), QStringLiteral("Orders"));
    QCOMPARE(input.value(QStringLiteral("TargetTableName")).toString(),
             QStringLiteral("Orders-at-noon"));
    QCOMPARE(input.value(QStringLiteral("BillingModeOverride")).toString(),
             QStringLiteral("PAY_PER_REQUEST"));
    QVERIFY(!dynamo::ApiModel::dynamoDb()->validateInput(
        QStringLiteral("RestoreTableToPointInTime"), input));
}

void TestBackups::pointInTimeRestoreValidation_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<bool>("latest");
    QTest::addColumn<int>("offsetSeconds"); // from the earliest restorable time
    QTest::addColumn<QString>("problem");

    QTest::newRow("latest") << true << true << 0 << "";
    QTest::newRow("earliest") << true << false << 0 << "";
    QTest::newRow("inside") << true << false << 1800 << "";
    QTest::newRow("latest second") << true << false << 3600 << "";
    QTest::newRow("before the window") << true << false << -1 << "Choose a time between";
    QTest::newRow("after the window") << true << false << 3601 << "Choose a time between";
    QTest::newRow("recovery off") << false << true << 0 << "turn it on";
}

void TestBackups::pointInTimeRestoreValidation()
{
    QFETCH(bool, enabled);
    QFETCH(bool, latest);
    QFETCH(int, offsetSeconds);
    QFETCH(QString, problem);

    dynamo::PointInTimeRecovery window;
    window.status = enabled ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED");
    window.earliest = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    window.latest = window.earliest.addSecs(3600);
    dynamo::PointInTimeRestore restore;
    restore.sourceTableName = QStringLiteral("Orders");
    restore.useLatestRestorableTime = latest;
    restore.restoreTime = window.earliest.addSecs(offsetSeconds);
    restore.overrides = RestoreOverrides::fromSourceTable(provisionedTable());
    restore.overrides.targetTableName = QStringLiteral("Orders-pitr");
    const QString message = restore.validate(window);
    if (problem.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(problem), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
