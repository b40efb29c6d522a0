// The demo dataset behind run-demo.sh, loaded into DynamoDB Local through the real client.
#include "localendpoint.h"

#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "dynamo/demodataset.h"
#include "dynamo/preflight.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dyna;

class TestDemoDataset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void itemsAreDeterministicAndValid();
    void seedsEveryTableWithItsItems();
    void leavesANonEmptyEndpointAlone();

private:
    int count(const QString &table, const QString &index = {});
    aws::AwsClient *m_client = nullptr;
};

void TestDemoDataset::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    aws::ClientConfig config;
    config.endpoint.overrideUrl = endpoint;
    config.endpoint.region = QStringLiteral("eu-west-1");
    m_client =
        dynamo::createClient(config,
                             std::make_shared<aws::StaticCredentialsProvider>(aws::Credentials{
                                 QStringLiteral("demo"), QStringLiteral("demo"), {}, {}}),
                             this);
}

int TestDemoDataset::count(const QString &table, const QString &index)
{
    QJsonObject input{{QStringLiteral("TableName"), table},
                      {QStringLiteral("Select"), QStringLiteral("COUNT")}};
    if (!index.isEmpty())
        input.insert(QStringLiteral("IndexName"), index);
    std::unique_ptr<aws::RequestJob> job(
        test::callAndWait(m_client, QStringLiteral("Scan"), input));
    if (!job || job->error().isError())
        return -1;
    return job->response().value(QStringLiteral("Count")).toInt();
}

void TestDemoDataset::itemsAreDeterministicAndValid()
{
    const auto first = dynamo::DemoDataset::items();
    const auto second = dynamo::DemoDataset::items();
    QCOMPARE(first.size(), dynamo::DemoDataset::kCustomers + dynamo::DemoDataset::kOrders +
                               dynamo::DemoDataset::kProducts + dynamo::DemoDataset::kSessions);
    for (qsizetype i = 0; i < first.size(); i += 97)
        QCOMPARE(first.at(i).request, second.at(i).request);
    // Every item passes the same preflight a user's write does (model, numbers, size).
    for (const auto &entry : first) {
        QJsonObject input{{QStringLiteral("TableName"), entry.tableName},
                          {QStringLiteral("Item"), entry.request.value(QStringLiteral("PutRequest"))
                                                       .toObject()
                                                       .value(QStringLiteral("Item"))}};
        const aws::AwsError error =
            dynamo::preflightRequest(aws::Service::DynamoDb, QStringLiteral("PutItem"), input);
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
    }
}

void TestDemoDataset::seedsEveryTableWithItsItems()
{
    // Other tests share this server, so seed unconditionally here.
    dynamo::DemoDataset seeder(m_client);
    seeder.setOnlyIfEmpty(false);
    QSignalSpy progress(&seeder, &dynamo::DemoDataset::progress);
    QSignalSpy finished(&seeder, &dynamo::DemoDataset::finished);
    seeder.start();
    QVERIFY(finished.wait(120000));
    QVERIFY2(!seeder.error().isError(), qPrintable(seeder.error().details()));
    QVERIFY(seeder.seeded());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(1).toInt(), progress.last().at(2).toInt());

    QCOMPARE(count(QStringLiteral("Customers")), dynamo::DemoDataset::kCustomers);
    QCOMPARE(count(QStringLiteral("Orders")), dynamo::DemoDataset::kOrders);
    QCOMPARE(count(QStringLiteral("Orders"), QStringLiteral("ByStatus")),
             dynamo::DemoDataset::kOrders);
    QCOMPARE(count(QStringLiteral("Products")), dynamo::DemoDataset::kProducts);
    QCOMPARE(count(QStringLiteral("Sessions")), dynamo::DemoDataset::kSessions);

    std::unique_ptr<aws::RequestJob> orders(
        test::callAndWait(m_client, QStringLiteral("DescribeTable"),
                          {{QStringLiteral("TableName"), QStringLiteral("Orders")}}));
    QVERIFY(orders);
    const QJsonObject table = orders->response().value(QStringLiteral("Table")).toObject();
    QVERIFY(table.value(QStringLiteral("StreamSpecification"))
                .toObject()
                .value(QStringLiteral("StreamEnabled"))
                .toBool());
    QCOMPARE(table.value(QStringLiteral("GlobalSecondaryIndexes")).toArray().size(), 1);

    std::unique_ptr<aws::RequestJob> ttl(
        test::callAndWait(m_client, QStringLiteral("DescribeTimeToLive"),
                          {{QStringLiteral("TableName"), QStringLiteral("Sessions")}}));
    QVERIFY(ttl);
    QCOMPARE(ttl->response()
                 .value(QStringLiteral("TimeToLiveDescription"))
                 .toObject()
                 .value(QStringLiteral("AttributeName"))
                 .toString(),
             QStringLiteral("expiresAt"));
}

void TestDemoDataset::leavesANonEmptyEndpointAlone()
{
    dynamo::DemoDataset seeder(m_client);
    QSignalSpy progress(&seeder, &dynamo::DemoDataset::progress);
    QSignalSpy finished(&seeder, &dynamo::DemoDataset::finished);
    seeder.start();
    QVERIFY(finished.wait(20000));
    QVERIFY(!seeder.error().isError());
    QVERIFY(!seeder.seeded());
    QVERIFY(progress.isEmpty());
    QCOMPARE(count(QStringLiteral("Customers")), dynamo::DemoDataset::kCustomers);
}

QTEST_GUILESS_MAIN(TestDemoDataset)
#include "tst_demodataset.moc"
