#include "loopbackserver.h"

#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "dynamo/apimodel.h"
#include "dynamo/preflight.h"
#include "profiles/readonlyguard.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dyna;
using namespace dyna::profiles;

namespace {

// The operations a read-only connection may send. Anything added to the models later is a
// write until someone adds it here and to the guard.
const QSet<QString> expectedReads = {
    "BatchGetItem",
    "DescribeBackup",
    "DescribeContinuousBackups",
    "DescribeContributorInsights",
    "DescribeEndpoints",
    "DescribeExport",
    "DescribeGlobalTable",
    "DescribeGlobalTableSettings",
    "DescribeImport",
    "DescribeKinesisStreamingDestination",
    "DescribeLimits",
    "DescribeTable",
    "DescribeTableReplicaAutoScaling",
    "DescribeTimeToLive",
    "GetItem",
    "GetResourcePolicy",
    "ListBackups",
    "ListContributorInsights",
    "ListExports",
    "ListGlobalTables",
    "ListImports",
    "ListTables",
    "ListTagsOfResource",
    "Query",
    "Scan",
    "TransactGetItems",
    // DynamoDB Streams
    "DescribeStream",
    "GetRecords",
    "GetShardIterator",
    "ListStreams",
};

QJsonObject statements(const QString &member, const QStringList &list)
{
    QJsonArray array;
    for (const QString &statement : list)
        array.append(QJsonObject{{QStringLiteral("Statement"), statement}});
    return {{member, array}};
}

} // namespace

class tst_ReadOnlyGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyModelOperationIsClassified_data();
    void everyModelOperationIsClassified();
    void unknownOperationIsAWrite();
    void partiQl_data();
    void partiQl();
    void preflightRefusesWritesBeforeInner();
    void preflightPassesReadsToInner();
    void preflightWithModelValidation();
    void everyWriteIsRefusedBeforeSending_data();
    void everyWriteIsRefusedBeforeSending();
};

void tst_ReadOnlyGuard::everyModelOperationIsClassified_data()
{
    QTest::addColumn<QString>("operation");
    const auto dynamo = dynamo::ApiModel::dynamoDb();
    const auto streams = dynamo::ApiModel::streams();
    QVERIFY(dynamo && streams);
    QVERIFY(dynamo->operations().size() > 50);
    for (const auto &model : {dynamo, streams}) {
        for (const QString &operation : model->operations())
            QTest::newRow(qPrintable(operation)) << operation;
    }
}

void tst_ReadOnlyGuard::everyModelOperationIsClassified()
{
    QFETCH(QString, operation);
    const bool partiQl = operation == "ExecuteStatement" || operation == "BatchExecuteStatement" ||
                         operation == "ExecuteTransaction";
    const bool expectedWrite = partiQl || !expectedReads.contains(operation);
    QCOMPARE(isWriteOperation(operation), expectedWrite);
}

void tst_ReadOnlyGuard::unknownOperationIsAWrite()
{
    QVERIFY(isWriteOperation(QStringLiteral("DropEverything")));
    QVERIFY(isWriteOperation(QString()));
    QVERIFY(isWriteOperation(QStringLiteral("getitem"))); // names are case-sensitive on the wire
}

void tst_ReadOnlyGuard::partiQl_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<bool>("write");

    QTest::newRow("select") << "ExecuteStatement"
                            << QJsonObject{{"Statement", "SELECT * FROM \"t\" WHERE pk = ?"}}
                            << false;
    QTest::newRow("lower-case select with comment")
        << "ExecuteStatement"
        << QJsonObject{{"Statement", "  -- find it\n /* x */ select * from t"}} << false;
    QTest::newRow("update") << "ExecuteStatement"
                            << QJsonObject{{"Statement", "UPDATE t SET a = 1 WHERE pk = 'x'"}}
                            << true;
    QTest::newRow("insert") << "ExecuteStatement"
                            << QJsonObject{{"Statement", "INSERT INTO t VALUE {'pk': 'x'}"}}
                            << true;
    QTest::newRow("delete") << "ExecuteStatement"
                            << QJsonObject{{"Statement", "delete FROM t WHERE pk = 'x'"}} << true;
    QTest::newRow("selected is not select")
        << "ExecuteStatement" << QJsonObject{{"Statement", "SELECTED"}} << true;
    QTest::newRow("empty statement") << "ExecuteStatement" << QJsonObject{} << true;
    QTest::newRow("batch of selects")
        << "BatchExecuteStatement"
        << statements("Statements", {"SELECT * FROM a", "select x FROM b"}) << false;
    QTest::newRow("batch with a delete")
        << "BatchExecuteStatement"
        << statements("Statements", {"SELECT * FROM a", "DELETE FROM b WHERE pk = 1"}) << true;
    QTest::newRow("empty batch") << "BatchExecuteStatement" << statements("Statements", {}) << true;
    QTest::newRow("transaction of selects")
        << "ExecuteTransaction" << statements("TransactStatements", {"SELECT * FROM a"}) << false;
    QTest::newRow("transaction with an update")
        << "ExecuteTransaction"
        << statements("TransactStatements", {"SELECT * FROM a", "UPDATE a SET x = 1"}) << true;
}

void tst_ReadOnlyGuard::partiQl()
{
    QFETCH(QString, operation);
    QFETCH(QJsonObject, input);
    QFETCH(bool, write);
    QVERIFY(isWriteOperation(operation));
    QCOMPARE(isWriteRequest(operation, input), write);

    int innerCalls = 0;
    const auto preflight =
        readOnlyPreflight([&innerCalls](aws::Service, const QString &, QJsonObject &) {
            ++innerCalls;
            return aws::AwsError();
        });
    QJsonObject sent = input;
    const aws::AwsError error = preflight(aws::Service::DynamoDb, operation, sent);
    QCOMPARE(error.isError(), write);
    QCOMPARE(innerCalls, write ? 0 : 1);
}

void tst_ReadOnlyGuard::preflightRefusesWritesBeforeInner()
{
    bool innerCalled = false;
    const auto preflight =
        readOnlyPreflight([&innerCalled](aws::Service, const QString &, QJsonObject &) {
            innerCalled = true;
            return aws::AwsError();
        });
    QJsonObject input{{"TableName", "Orders"}, {"Item", QJsonObject{}}};
    const aws::AwsError error = preflight(aws::Service::DynamoDb, QStringLiteral("PutItem"), input);
    QVERIFY(!innerCalled);
    QCOMPARE(error.kind, aws::ErrorKind::Validation);
    QCOMPARE(error.code, QStringLiteral("ReadOnlyProfile"));
    QCOMPARE(error.operation, QStringLiteral("PutItem"));
    QCOMPARE(error.message, QStringLiteral("This connection is read-only: PutItem was not sent."));
    QVERIFY(error.userMessage().contains(error.message));
}

void tst_ReadOnlyGuard::preflightPassesReadsToInner()
{
    QStringList seen;
    const auto preflight =
        readOnlyPreflight([&seen](aws::Service, const QString &operation, QJsonObject &) {
            seen.append(operation);
            aws::AwsError error;
            error.kind = aws::ErrorKind::Validation;
            error.code = QStringLiteral("Inner");
            return error;
        });
    QJsonObject input;
    QCOMPARE(preflight(aws::Service::DynamoDb, QStringLiteral("Scan"), input).code,
             QStringLiteral("Inner"));
    QCOMPARE(preflight(aws::Service::Streams, QStringLiteral("GetRecords"), input).code,
             QStringLiteral("Inner"));
    // STS AssumeRole obtains credentials; it changes nothing in DynamoDB.
    QCOMPARE(preflight(aws::Service::Sts, QStringLiteral("AssumeRole"), input).code,
             QStringLiteral("Inner"));
    QCOMPARE(seen, (QStringList{"Scan", "GetRecords", "AssumeRole"}));
}

void tst_ReadOnlyGuard::preflightWithModelValidation()
{
    const auto preflight = readOnlyPreflight(&dynamo::preflightRequest);
    QJsonObject read{{"TableName", "Orders"}};
    QVERIFY(!preflight(aws::Service::DynamoDb, QStringLiteral("DescribeTable"), read).isError());
    QJsonObject invalidRead;
    QCOMPARE(preflight(aws::Service::DynamoDb, QStringLiteral("DescribeTable"), invalidRead).code,
             QStringLiteral("ClientValidationError"));
    QJsonObject write{{"TableName", "Orders"}};
    QCOMPARE(preflight(aws::Service::DynamoDb, QStringLiteral("DeleteTable"), write).code,
             QStringLiteral("ReadOnlyProfile"));
}

void tst_ReadOnlyGuard::everyWriteIsRefusedBeforeSending_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QJsonObject>("input");
    const auto dynamo = dynamo::ApiModel::dynamoDb();
    const auto streams = dynamo::ApiModel::streams();
    QVERIFY(dynamo && streams);
    int writes = 0;
    for (const auto &[model, service] :
         {std::pair{dynamo, aws::Service::DynamoDb}, std::pair{streams, aws::Service::Streams}}) {
        for (const QString &operation : model->operations()) {
            if (!isWriteOperation(operation))
                continue;
            ++writes;
            QJsonObject input{{QStringLiteral("TableName"), QStringLiteral("Orders")}};
            if (operation == QLatin1String("ExecuteStatement"))
                input = {{QStringLiteral("Statement"),
                          QStringLiteral("DELETE FROM \"Orders\" WHERE pk = 'a'")}};
            else if (operation == QLatin1String("BatchExecuteStatement"))
                input = statements(QStringLiteral("Statements"),
                                   {QStringLiteral("SELECT * FROM Orders"),
                                    QStringLiteral("UPDATE Orders SET a = 1 WHERE pk = 'a'")});
            else if (operation == QLatin1String("ExecuteTransaction"))
                input = statements(QStringLiteral("TransactStatements"),
                                   {QStringLiteral("INSERT INTO Orders VALUE {'pk': 'a'}")});
            QTest::newRow(qPrintable(operation)) << int(service) << operation << input;
        }
    }
    QVERIFY(writes > 30);
}

// Through a real client, as a read-only profile's session sends: the request never reaches the
// server, whatever the operation.
void tst_ReadOnlyGuard::everyWriteIsRefusedBeforeSending()
{
    QFETCH(int, service);
    QFETCH(QString, operation);
    QFETCH(QJsonObject, input);
    test::LoopbackServer server;
    QVERIFY(server.listen());
    aws::AwsClient client(server.clientConfig(),
                          std::make_shared<aws::StaticCredentialsProvider>(aws::Credentials{
                              QStringLiteral("AKIDEXAMPLE"), QStringLiteral("secret"), {}, {}}));
    client.setPreflight(readOnlyPreflight(&dynamo::preflightRequest));
    aws::RequestJob *job = client.call(aws::Service(service), operation, input);
    job->setAutoDelete(false);
    std::unique_ptr<aws::RequestJob> owner(job);
    QSignalSpy finished(job, &aws::Job::finished);
    job->start();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(job->error().code, QStringLiteral("ReadOnlyProfile"));
    const QString expected =
        QStringLiteral("This connection is read-only: %1 was not sent.").arg(operation);
    QVERIFY2(job->error().userMessage().contains(expected), qPrintable(job->error().userMessage()));
    QTest::qWait(20);
    QCOMPARE(server.requestCount(), 0);
}

QTEST_GUILESS_MAIN(tst_ReadOnlyGuard)
#include "tst_readonlyguard.moc"
