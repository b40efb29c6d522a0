#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "dynamo/apimodel.h"
#include "dynamo/preflight.h"
#include "dynamo/tablespec.h"
#include "dynamo/tablewaiter.h"
#include "loopbackserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

#include <functional>

using namespace dyna;
using dynamo::BillingMode;
using dynamo::IndexSpec;
using dynamo::SpecField;
using dynamo::TableSpec;
using dynamo::TableUpdate;
using dynamo::TableWaiter;
using dynamo::WaiterDefinition;
using Mutation = std::function<void(TableSpec &)>;

Q_DECLARE_METATYPE(dynamo::SpecField)
Q_DECLARE_METATYPE(TableWaiter::Condition)
Q_DECLARE_METATYPE(WaiterDefinition::State)

namespace {

// A table with everything: composite key, one LSI, one INCLUDE GSI, provisioned capacity,
// stream, table class, protection and tags.
TableSpec fullSpec()
{
    TableSpec spec;
    spec.tableName = QStringLiteral("Orders-2024.v1");
    spec.partitionKey = {QStringLiteral("customer"), QStringLiteral("S")};
    spec.sortKey = {QStringLiteral("orderedAt"), QStringLiteral("N")};
    IndexSpec lsi;
    lsi.name = QStringLiteral("byTotal");
    lsi.sortKey = {QStringLiteral("total"), QStringLiteral("N")};
    lsi.projectionType = QStringLiteral("KEYS_ONLY");
    spec.localIndexes.append(lsi);
    IndexSpec gsi;
    gsi.name = QStringLiteral("byStatus");
    gsi.partitionKey = {QStringLiteral("status"), QStringLiteral("S")};
    gsi.sortKey = {QStringLiteral("orderedAt"), QStringLiteral("N")};
    gsi.projectionType = QStringLiteral("INCLUDE");
    gsi.nonKeyAttributes = {QStringLiteral("total"), QStringLiteral("items")};
    gsi.throughput = {2, 3};
    spec.globalIndexes.append(gsi);
    spec.billingMode = BillingMode::Provisioned;
    spec.throughput = {5, 7};
    spec.streamEnabled = true;
    spec.streamViewType = QStringLiteral("NEW_AND_OLD_IMAGES");
    spec.tableClass = QStringLiteral("STANDARD_INFREQUENT_ACCESS");
    spec.deletionProtection = true;
    spec.tags = {{QStringLiteral("team"), QStringLiteral("payments")}};
    return spec;
}

IndexSpec simpleIndex(const QString &name, const QString &key)
{
    IndexSpec index;
    index.name = name;
    index.partitionKey = {key, QStringLiteral("S")};
    return index;
}

QString modelProblem(const QString &operation, const QJsonObject &input)
{
    const auto problem = dynamo::ApiModel::dynamoDb()->validateInput(operation, input);
    return problem ? problem->message : QString();
}

QStringList names(const QJsonArray &array, const QString &member)
{
    QStringList result;
    for (const auto &value : array)
        result.append(value.toObject().value(member).toString());
    return result;
}

// Every key attribute of the table and its indexes.
QSet<QString> keyAttributes(const QJsonObject &request)
{
    QSet<QString> result;
    const auto addSchema = [&result](const QJsonArray &schema) {
        for (const auto &key : schema)
            result.insert(key.toObject().value(QStringLiteral("AttributeName")).toString());
    };
    addSchema(request.value(QStringLiteral("KeySchema")).toArray());
    for (const QString &kind :
         {QStringLiteral("GlobalSecondaryIndexes"), QStringLiteral("LocalSecondaryIndexes")}) {
        for (const auto &index : request.value(kind).toArray())
            addSchema(index.toObject().value(QStringLiteral("KeySchema")).toArray());
    }
    return result;
}

// A DescribeTable "Table" as DynamoDB returns it for fullSpec(), but on demand.
QJsonObject describedTable()
{
    QString error;
    TableSpec spec = fullSpec();
    spec.billingMode = BillingMode::PayPerRequest;
    spec.globalIndexes.first().throughput = {};
    QJsonObject table = dynamo::createTableRequest(spec, &error);
    table.remove(QStringLiteral("BillingMode"));
    table.insert(QStringLiteral("BillingModeSummary"),
                 QJsonObject{{QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")}});
    table.insert(QStringLiteral("TableStatus"), QStringLiteral("ACTIVE"));
    return table;
}

QJsonObject waitersJson()
{
    QFile file(QStringLiteral(":/aws-models/dynamodb-2012-08-10.waiters2.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestTableSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullSpecIsAValidCreateTableRequest();
    void onDemandWithMaximumThroughput();
    void invalidSpecsAreExplained_data();
    void invalidSpecsAreExplained();
    void updateSplitsIntoOneIndexChangePerCall();
    void streamViewTypeChangeDisablesFirst();
    void switchingToProvisionedNeedsIndexCapacity();
    void unchangedUpdateHasNoCalls();
    void updateRefusesUnknownIndexAndTypeClash();
    void waiterDefinitionsComeFromTheModel();
    void acceptors_data();
    void acceptors();
    void waiterPollsUntilActive();
    void waiterRunsOutOfAttempts();
};

void TestTableSpec::fullSpecIsAValidCreateTableRequest()
{
    QString error;
    const QJsonObject request = dynamo::createTableRequest(fullSpec(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(modelProblem(QStringLiteral("CreateTable"), request), QString());

    // Every key attribute defined exactly once, and nothing else (DynamoDB refuses extras).
    const QStringList defined =
        names(request.value(QStringLiteral("AttributeDefinitions")).toArray(),
              QStringLiteral("AttributeName"));
    QCOMPARE(QSet<QString>(defined.begin(), defined.end()).size(), defined.size());
    QCOMPARE(QSet<QString>(defined.begin(), defined.end()), keyAttributes(request));

    const QJsonObject lsi =
        request.value(QStringLiteral("LocalSecondaryIndexes")).toArray().first().toObject();
    QCOMPARE(
        names(lsi.value(QStringLiteral("KeySchema")).toArray(), QStringLiteral("AttributeName")),
        QStringList({QStringLiteral("customer"), QStringLiteral("total")}));
    QVERIFY(!lsi.contains(QStringLiteral("ProvisionedThroughput")));
    const QJsonObject gsi =
        request.value(QStringLiteral("GlobalSecondaryIndexes")).toArray().first().toObject();
    QCOMPARE(gsi.value(QStringLiteral("Projection"))
                 .toObject()
                 .value(QStringLiteral("NonKeyAttributes"))
                 .toArray()
                 .size(),
             2);
    QCOMPARE(gsi.value(QStringLiteral("ProvisionedThroughput"))
                 .toObject()
                 .value(QStringLiteral("WriteCapacityUnits"))
                 .toInt(),
             3);
    QCOMPARE(request.value(QStringLiteral("BillingMode")).toString(),
             QStringLiteral("PROVISIONED"));
    QCOMPARE(request.value(QStringLiteral("StreamSpecification"))
                 .toObject()
                 .value(QStringLiteral("StreamViewType"))
                 .toString(),
             QStringLiteral("NEW_AND_OLD_IMAGES"));
    QCOMPARE(request.value(QStringLiteral("DeletionProtectionEnabled")).toBool(), true);
    QCOMPARE(request.value(QStringLiteral("Tags")).toArray().size(), 1);
}

void TestTableSpec::onDemandWithMaximumThroughput()
{
    TableSpec spec = fullSpec();
    spec.billingMode = BillingMode::PayPerRequest;
    spec.throughput = {100, 0}; // a read maximum only
    spec.globalIndexes.first().throughput = {};
    QString error;
    const QJsonObject request = dynamo::createTableRequest(spec, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(modelProblem(QStringLiteral("CreateTable"), request), QString());
    QVERIFY(!request.contains(QStringLiteral("ProvisionedThroughput")));
    const QJsonObject limits = request.value(QStringLiteral("OnDemandThroughput")).toObject();
    QCOMPARE(limits.value(QStringLiteral("MaxReadRequestUnits")).toInt(), 100);
    QVERIFY(!limits.contains(QStringLiteral("MaxWriteRequestUnits")));
    QVERIFY(!request.value(QStringLiteral("GlobalSecondaryIndexes"))
                 .toArray()
                 .first()
                 .toObject()
                 .contains(QStringLiteral("OnDemandThroughput")));
}

void TestTableSpec::invalidSpecsAreExplained_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<SpecField>("field");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("short name") << Mutation([](TableSpec &s) {
        s.tableName = QStringLiteral("ab");
    }) << SpecField::TableName << QStringLiteral("3 to 255 characters");
    QTest::newRow("name with space")
        << Mutation([](TableSpec &s) { s.tableName = QStringLiteral("my table"); })
        << SpecField::TableName << QStringLiteral("only letters, digits");
    QTest::newRow("no partition key")
        << Mutation([](TableSpec &s) { s.partitionKey.name.clear(); }) << SpecField::PartitionKey
        << QStringLiteral("Enter the attribute name of the partition key");
    QTest::newRow("key type") << Mutation([](TableSpec &s) {
        s.sortKey.type = QStringLiteral("BOOL");
    }) << SpecField::SortKey << QStringLiteral("S (string), N (number) or B (binary)");
    QTest::newRow("same key twice")
        << Mutation([](TableSpec &s) { s.sortKey.name = s.partitionKey.name; })
        << SpecField::SortKey << QStringLiteral("another attribute than the partition key");
    QTest::newRow("type clash") << Mutation([](TableSpec &s) {
        s.globalIndexes[0].sortKey.type = QStringLiteral("S");
    }) << SpecField::GlobalIndexes
                                << QStringLiteral("of type N and of type S");
    QTest::newRow("lsi other partition key") << Mutation([](TableSpec &s) {
        s.localIndexes[0].partitionKey = {QStringLiteral("status"), QStringLiteral("S")};
    }) << SpecField::LocalIndexes << QStringLiteral("must use the table's partition key customer");
    QTest::newRow("lsi without table sort key")
        << Mutation([](TableSpec &s) { s.sortKey = {}; }) << SpecField::LocalIndexes
        << QStringLiteral("need a table with a sort key");
    QTest::newRow("six lsis") << Mutation([](TableSpec &s) {
        for (int i = 0; i < 5; ++i)
            s.localIndexes.append(s.localIndexes.first());
    }) << SpecField::LocalIndexes
                              << QStringLiteral("at most 5 local secondary indexes");
    QTest::newRow("21 gsis") << Mutation([](TableSpec &s) {
        for (int i = 0; i < 20; ++i)
            s.globalIndexes.append(
                simpleIndex(QStringLiteral("gsi%1").arg(i), QStringLiteral("g")));
    }) << SpecField::GlobalIndexes
                             << QStringLiteral("at most 20 global secondary indexes");
    QTest::newRow("duplicate index name")
        << Mutation([](TableSpec &s) { s.globalIndexes[0].name = s.localIndexes[0].name; })
        << SpecField::GlobalIndexes << QStringLiteral("Two indexes are named byTotal");
    QTest::newRow("include without attributes")
        << Mutation([](TableSpec &s) { s.globalIndexes[0].nonKeyAttributes.clear(); })
        << SpecField::GlobalIndexes << QStringLiteral("list the non-key attributes");
    QTest::newRow("attributes without include")
        << Mutation([](TableSpec &s) { s.globalIndexes[0].projectionType = QStringLiteral("ALL"); })
        << SpecField::GlobalIndexes << QStringLiteral("only an INCLUDE projection takes");
    QTest::newRow("zero table capacity")
        << Mutation([](TableSpec &s) { s.throughput.read = 0; }) << SpecField::Capacity
        << QStringLiteral("must be at least 1");
    QTest::newRow("zero index capacity")
        << Mutation([](TableSpec &s) { s.globalIndexes[0].throughput.write = 0; })
        << SpecField::GlobalIndexes << QStringLiteral("index byStatus must be at least 1");
    QTest::newRow("stream without view")
        << Mutation([](TableSpec &s) { s.streamViewType.clear(); }) << SpecField::Stream
        << QStringLiteral("Choose what the stream records");
    QTest::newRow("table class") << Mutation([](TableSpec &s) {
        s.tableClass = QStringLiteral("GLACIER");
    }) << SpecField::TableClass << QStringLiteral("STANDARD or STANDARD_INFREQUENT_ACCESS");
    QTest::newRow("duplicate tag") << Mutation([](TableSpec &s) { s.tags.append(s.tags.first()); })
                                   << SpecField::Tags << QStringLiteral("tag team is listed twice");
    QTest::newRow("empty tag key") << Mutation([](TableSpec &s) {
        s.tags.append({QString(), QStringLiteral("x")});
    }) << SpecField::Tags << QStringLiteral("1 to 128 characters");
}

void TestTableSpec::invalidSpecsAreExplained()
{
    QFETCH(Mutation, mutation);
    QFETCH(SpecField, field);
    QFETCH(QString, sentence);
    TableSpec spec = fullSpec();
    mutation(spec);
    QString error;
    dynamo::SpecError where;
    const QJsonObject request = dynamo::createTableRequest(spec, &error, &where);
    QVERIFY(request.isEmpty());
    QVERIFY2(error.contains(sentence), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
    QCOMPARE(where.field, field);
    QCOMPARE(where.message, error);
}

void TestTableSpec::updateSplitsIntoOneIndexChangePerCall()
{
    TableUpdate update;
    update.throughput = dynamo::Throughput{50, 0};
    update.deleteIndexes = {QStringLiteral("byStatus")};
    update.createIndexes = {simpleIndex(QStringLiteral("byEmail"), QStringLiteral("email")),
                            simpleIndex(QStringLiteral("byPhone"), QStringLiteral("phone"))};
    update.deletionProtection = false;
    QString error;
    const auto steps = dynamo::updateTableRequests(describedTable(), update, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(steps.size(), 4);
    QStringList actions;
    for (const auto &step : steps) {
        QCOMPARE(modelProblem(QStringLiteral("UpdateTable"), step.input), QString());
        QCOMPARE(step.input.value(QStringLiteral("TableName")).toString(),
                 QStringLiteral("Orders-2024.v1"));
        QVERIFY(!step.description.isEmpty());
        const QJsonArray indexUpdates =
            step.input.value(QStringLiteral("GlobalSecondaryIndexUpdates")).toArray();
        QVERIFY(indexUpdates.size() <= 1);
        actions.append(indexUpdates.isEmpty() ? QStringLiteral("settings")
                                              : indexUpdates.first().toObject().keys().first());
    }
    QCOMPARE(actions, QStringList({QStringLiteral("Delete"), QStringLiteral("settings"),
                                   QStringLiteral("Create"), QStringLiteral("Create")}));
    QCOMPARE(steps.at(1).input.value(QStringLiteral("DeletionProtectionEnabled")).toBool(true),
             false);
    QCOMPARE(steps.at(1)
                 .input.value(QStringLiteral("OnDemandThroughput"))
                 .toObject()
                 .value(QStringLiteral("MaxReadRequestUnits"))
                 .toInt(),
             50);
    // A new index defines its own key attributes only.
    QCOMPARE(names(steps.at(3).input.value(QStringLiteral("AttributeDefinitions")).toArray(),
                   QStringLiteral("AttributeName")),
             QStringList{QStringLiteral("phone")});
}

void TestTableSpec::streamViewTypeChangeDisablesFirst()
{
    TableUpdate update;
    update.streamEnabled = true;
    update.streamViewType = QStringLiteral("KEYS_ONLY");
    QString error;
    const auto steps = dynamo::updateTableRequests(describedTable(), update, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(steps.size(), 2);
    const auto enabled = [&steps](int i) {
        return steps.at(i)
            .input.value(QStringLiteral("StreamSpecification"))
            .toObject()
            .value(QStringLiteral("StreamEnabled"))
            .toBool();
    };
    QCOMPARE(enabled(0), false);
    QCOMPARE(enabled(1), true);
    QVERIFY(steps.at(0).description.contains(QStringLiteral("view type")));
    for (const auto &step : steps)
        QCOMPARE(modelProblem(QStringLiteral("UpdateTable"), step.input), QString());

    update.streamEnabled = false;
    const auto disable = dynamo::updateTableRequests(describedTable(), update, &error);
    QCOMPARE(disable.size(), 1);
}

void TestTableSpec::switchingToProvisionedNeedsIndexCapacity()
{
    TableUpdate update;
    update.billingMode = BillingMode::Provisioned;
    update.throughput = dynamo::Throughput{4, 4};
    QString error;
    dynamo::SpecError where;
    QVERIFY(dynamo::updateTableRequests(describedTable(), update, &error, &where).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("for index byStatus")), qPrintable(error));
    QCOMPARE(where.field, SpecField::GlobalIndexes);

    update.indexThroughput = {{QStringLiteral("byStatus"), dynamo::Throughput{1, 2}}};
    const auto steps = dynamo::updateTableRequests(describedTable(), update, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(steps.size(), 1);
    const QJsonObject input = steps.first().input;
    QCOMPARE(modelProblem(QStringLiteral("UpdateTable"), input), QString());
    QCOMPARE(input.value(QStringLiteral("BillingMode")).toString(), QStringLiteral("PROVISIONED"));
    QCOMPARE(input.value(QStringLiteral("GlobalSecondaryIndexUpdates")).toArray().size(), 1);
}

void TestTableSpec::unchangedUpdateHasNoCalls()
{
    TableUpdate update;
    update.streamEnabled = true;
    update.streamViewType = QStringLiteral("NEW_AND_OLD_IMAGES");
    update.deletionProtection = true;
    update.tableClass = QStringLiteral("STANDARD_INFREQUENT_ACCESS");
    QJsonObject table = describedTable();
    table.insert(
        QStringLiteral("TableClassSummary"),
        QJsonObject{{QStringLiteral("TableClass"), QStringLiteral("STANDARD_INFREQUENT_ACCESS")}});
    // "No maximum" as DynamoDB may describe it, and as the dialog enters it.
    table.insert(QStringLiteral("OnDemandThroughput"),
                 QJsonObject{{QStringLiteral("MaxReadRequestUnits"), -1},
                             {QStringLiteral("MaxWriteRequestUnits"), -1}});
    update.throughput = dynamo::Throughput{0, 0};
    QString error = QStringLiteral("stale");
    QVERIFY(dynamo::updateTableRequests(table, update, &error).isEmpty());
    QVERIFY(error.isEmpty());
}

void TestTableSpec::updateRefusesUnknownIndexAndTypeClash()
{
    TableUpdate update;
    update.deleteIndexes = {QStringLiteral("nope")};
    QString error;
    QVERIFY(dynamo::updateTableRequests(describedTable(), update, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("no global secondary index named nope")),
             qPrintable(error));

    update.deleteIndexes.clear();
    IndexSpec clash = simpleIndex(QStringLiteral("byTotal2"), QStringLiteral("total"));
    clash.partitionKey.type = QStringLiteral("S"); // total is N in the table
    update.createIndexes = {clash};
    QVERIFY(dynamo::updateTableRequests(describedTable(), update, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("of type N and of type S")), qPrintable(error));
}

void TestTableSpec::waiterDefinitionsComeFromTheModel()
{
    const QJsonObject waiters = waitersJson().value(QStringLiteral("waiters")).toObject();
    QVERIFY(!waiters.isEmpty());
    for (const QString &name : {QStringLiteral("TableExists"), QStringLiteral("TableNotExists")}) {
        const auto definition = WaiterDefinition::dynamoDb(name);
        QVERIFY(definition);
        const QJsonObject json = waiters.value(name).toObject();
        QCOMPARE(definition->operation, QStringLiteral("DescribeTable"));
        QCOMPARE(definition->delaySeconds, json.value(QStringLiteral("delay")).toInt());
        QCOMPARE(definition->maxAttempts, json.value(QStringLiteral("maxAttempts")).toInt());
        QCOMPARE(definition->acceptors.size(),
                 json.value(QStringLiteral("acceptors")).toArray().size());
    }
    QVERIFY(!WaiterDefinition::dynamoDb(QStringLiteral("NoSuchWaiter")));
}

void TestTableSpec::acceptors_data()
{
    QTest::addColumn<TableWaiter::Condition>("condition");
    QTest::addColumn<QString>("tableStatus"); // empty: DescribeTable failed with errorCode
    QTest::addColumn<QString>("indexStatus"); // empty: no GSI
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<WaiterDefinition::State>("expected");
    QTest::addColumn<QString>("status");

    using C = TableWaiter::Condition;
    using S = WaiterDefinition::State;
    const QString none;
    const QString notFound = QStringLiteral("ResourceNotFoundException");
    QTest::newRow("exists: creating") << C::Exists << QStringLiteral("CREATING") << none << none
                                      << S::Retry << QStringLiteral("CREATING");
    QTest::newRow("exists: active") << C::Exists << QStringLiteral("ACTIVE") << none << none
                                    << S::Success << QStringLiteral("ACTIVE");
    QTest::newRow("exists: index backfilling")
        << C::Exists << QStringLiteral("ACTIVE") << QStringLiteral("CREATING") << none << S::Retry
        << QStringLiteral("index byEmail CREATING (backfilling)");
    QTest::newRow("exists: index active")
        << C::Exists << QStringLiteral("ACTIVE") << QStringLiteral("ACTIVE") << none << S::Success
        << QStringLiteral("ACTIVE");
    QTest::newRow("exists: not found yet")
        << C::Exists << none << none << notFound << S::Retry << QStringLiteral("not found");
    QTest::newRow("exists: access denied")
        << C::Exists << none << none << QStringLiteral("AccessDeniedException") << S::Failure
        << QString();
    QTest::newRow("gone: deleting") << C::NotExists << QStringLiteral("DELETING") << none << none
                                    << S::Retry << QStringLiteral("DELETING");
    QTest::newRow("gone: not found")
        << C::NotExists << none << none << notFound << S::Success << QStringLiteral("not found");
}

void TestTableSpec::acceptors()
{
    QFETCH(TableWaiter::Condition, condition);
    QFETCH(QString, tableStatus);
    QFETCH(QString, indexStatus);
    QFETCH(QString, errorCode);
    QFETCH(WaiterDefinition::State, expected);
    QFETCH(QString, status);

    const auto definition = WaiterDefinition::dynamoDb(condition == TableWaiter::Condition::Exists
                                                           ? QStringLiteral("TableExists")
                                                           : QStringLiteral("TableNotExists"));
    QVERIFY(definition);
    QJsonObject response;
    aws::AwsError error;
    if (errorCode.isEmpty()) {
        QJsonObject table{{QStringLiteral("TableName"), QStringLiteral("t")},
                          {QStringLiteral("TableStatus"), tableStatus}};
        if (!indexStatus.isEmpty()) {
            table.insert(
                QStringLiteral("GlobalSecondaryIndexes"),
                QJsonArray{QJsonObject{{QStringLiteral("IndexName"), QStringLiteral("byEmail")},
                                       {QStringLiteral("IndexStatus"), indexStatus},
                                       {QStringLiteral("Backfilling"), true}}});
        }
        response.insert(QStringLiteral("Table"), table);
    } else {
        error = aws::AwsError::fromResponse(
            QStringLiteral("DescribeTable"), 400,
            QJsonDocument(
                QJsonObject{{QStringLiteral("__type"),
                             QStringLiteral("com.amazonaws.dynamodb.v20120810#") + errorCode},
                            {QStringLiteral("message"), QStringLiteral("x")}})
                .toJson(),
            "req-1");
        QCOMPARE(error.code, errorCode);
    }
    QString actualStatus;
    QCOMPARE(TableWaiter::evaluate(*definition, condition, true, response, error, &actualStatus),
             expected);
    if (!status.isEmpty())
        QCOMPARE(actualStatus, status);
}

void TestTableSpec::waiterPollsUntilActive()
{
    test::LoopbackServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    std::unique_ptr<aws::AwsClient> client(dynamo::createClient(
        server.clientConfig(),
        std::make_shared<aws::StaticCredentialsProvider>(test::LoopbackServer::testCredentials())));
    const auto table = [](const QString &status) {
        return test::LoopbackReply::json(
            {{QStringLiteral("Table"),
              QJsonObject{{QStringLiteral("TableName"), QStringLiteral("Orders")},
                          {QStringLiteral("TableStatus"), status}}}});
    };
    server.enqueue(QStringLiteral("DescribeTable"),
                   test::LoopbackReply::error(400, QStringLiteral("ResourceNotFoundException"),
                                              QStringLiteral("Requested resource not found")));
    server.enqueue(QStringLiteral("DescribeTable"), table(QStringLiteral("CREATING")));
    server.enqueue(QStringLiteral("DescribeTable"), table(QStringLiteral("ACTIVE")));

    TableWaiter waiter(client.get(), QStringLiteral("Orders"), TableWaiter::Condition::Exists);
    waiter.setDelay(std::chrono::milliseconds(10));
    QSignalSpy progress(&waiter, &TableWaiter::progress);
    QSignalSpy finished(&waiter, &TableWaiter::finished);
    waiter.start();
    QVERIFY(!waiter.isFinished()); // asynchronous: start() returns before the first answer
    QVERIFY(finished.wait(10000));
    QVERIFY2(!waiter.error().isError(), qPrintable(waiter.error().details()));
    QCOMPARE(waiter.attempts(), 3);
    QCOMPARE(progress.size(), 3);
    QVERIFY(progress.at(1).at(0).toString().contains(QStringLiteral("CREATING")));
    QCOMPARE(waiter.table().value(QStringLiteral("TableStatus")).toString(),
             QStringLiteral("ACTIVE"));
    QCOMPARE(server.invalidRequests(), 0);
}

void TestTableSpec::waiterRunsOutOfAttempts()
{
    test::LoopbackServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    std::unique_ptr<aws::AwsClient> client(dynamo::createClient(
        server.clientConfig(),
        std::make_shared<aws::StaticCredentialsProvider>(test::LoopbackServer::testCredentials())));
    server.setHandler([](const test::LoopbackRequest &) {
        return test::LoopbackReply::json(
            {{QStringLiteral("Table"),
              QJsonObject{{QStringLiteral("TableName"), QStringLiteral("Orders")},
                          {QStringLiteral("TableStatus"), QStringLiteral("DELETING")}}}});
    });
    TableWaiter waiter(client.get(), QStringLiteral("Orders"), TableWaiter::Condition::NotExists);
    waiter.setDelay(std::chrono::milliseconds(1));
    QSignalSpy finished(&waiter, &TableWaiter::finished);
    waiter.start();
    QVERIFY(finished.wait(30000));
    const auto definition = WaiterDefinition::dynamoDb(QStringLiteral("TableNotExists"));
    QCOMPARE(waiter.attempts(), definition->maxAttempts);
    QCOMPARE(waiter.error().code, QStringLiteral("WaiterTimedOut"));
    QVERIFY2(waiter.errorString().contains(QStringLiteral("still DELETING")),
             qPrintable(waiter.errorString()));
}

QTEST_GUILESS_MAIN(TestTableSpec)
#include "tst_tablespec.moc"
