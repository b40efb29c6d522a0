// The itemPolled fallback against DynamoDB Local: what a scan-based poll reports, and what it
// cannot.

#include "localendpoint.h"

#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "dynamo/preflight.h"
#include "streams/itempoller.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dyna;
using streams::ItemPoller;

namespace {

QJsonObject s(const QString &value)
{
    return {{QStringLiteral("S"), value}};
}
QJsonObject n(const QString &value)
{
    return {{QStringLiteral("N"), value}};
}

QJsonObject key(const QString &pk, int sk)
{
    return {{QStringLiteral("pk"), s(pk)}, {QStringLiteral("sk"), n(QString::number(sk))}};
}

} // namespace

class TestItemPoller : public QObject
{
    Q_OBJECT

private:
    void call(const QString &operation, const QJsonObject &input);
    void createTable(const QString &name);
    void put(const QString &table, const QString &pk, int sk, const QString &status);
    streams::TriggerSpec spec(const QString &table) const;
    // Runs one poll to its end; false when it failed or did not finish.
    bool poll(ItemPoller &poller, QSignalSpy &polled);

    aws::AwsClient *m_client = nullptr;
    QStringList m_tables;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void reportsInsertsAndModifications();
    void seesEveryPage();
    void pollsNeverOverlap();
    void scheduleRepeatsPolls();
    void missingTableFails();
    void wrongKeyAttributesFail();
    void estimateCost_data();
    void estimateCost();
};

void TestItemPoller::call(const QString &operation, const QJsonObject &input)
{
    const std::unique_ptr<aws::RequestJob> job(test::callAndWait(m_client, operation, input));
    QVERIFY(job);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().details()));
}

void TestItemPoller::createTable(const QString &name)
{
    call(QStringLiteral("CreateTable"),
         {{QStringLiteral("TableName"), name},
          {QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")},
          {QStringLiteral("AttributeDefinitions"),
           QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                  {QStringLiteral("AttributeType"), QStringLiteral("S")}},
                      QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("sk")},
                                  {QStringLiteral("AttributeType"), QStringLiteral("N")}}}},
          {QStringLiteral("KeySchema"),
           QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                  {QStringLiteral("KeyType"), QStringLiteral("HASH")}},
                      QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("sk")},
                                  {QStringLiteral("KeyType"), QStringLiteral("RANGE")}}}}});
    m_tables.append(name);
}

void TestItemPoller::put(const QString &table, const QString &pk, int sk, const QString &status)
{
    QJsonObject item = key(pk, sk);
    item.insert(QStringLiteral("status"), s(status));
    call(QStringLiteral("PutItem"),
         {{QStringLiteral("TableName"), table}, {QStringLiteral("Item"), item}});
}

streams::TriggerSpec TestItemPoller::spec(const QString &table) const
{
    streams::TriggerSpec spec;
    spec.kind = streams::TriggerKind::ItemPolled;
    spec.tableName = table;
    spec.keyAttributes = QStringList{QStringLiteral("pk"), QStringLiteral("sk")};
    spec.scheduleMs = 60 * 60 * 1000; // the tests poll by hand
    return spec;
}

bool TestItemPoller::poll(ItemPoller &poller, QSignalSpy &polled)
{
    const qsizetype before = polled.size();
    poller.pollNow();
    return polled.size() > before || polled.wait(20000);
}

void TestItemPoller::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running: run the tests through ctest, "
                                 "whose fixture starts it");
    m_client = test::localClient(this);
}

void TestItemPoller::cleanupTestCase()
{
    for (const QString &table : std::as_const(m_tables))
        delete test::callAndWait(m_client, QStringLiteral("DeleteTable"),
                                 {{QStringLiteral("TableName"), table}});
}

void TestItemPoller::reportsInsertsAndModifications()
{
    const QString table = test::uniqueTableName(QStringLiteral("Polled"));
    createTable(table);
    put(table, QStringLiteral("a"), 1, QStringLiteral("new"));
    put(table, QStringLiteral("b"), 1, QStringLiteral("new"));

    ItemPoller poller(m_client, spec(table));
    QSignalSpy changes(&poller, &ItemPoller::changes);
    QSignalSpy polled(&poller, &ItemPoller::polled);
    QSignalSpy failed(&poller, &ItemPoller::failed);

    // The baseline reports nothing.
    QVERIFY(poll(poller, polled));
    QCOMPARE(polled.last().at(0).toInt(), 2);
    QVERIFY(polled.last().at(1).toDouble() > 0);
    QCOMPARE(changes.size(), 0);
    QCOMPARE(poller.knownItems(), 2);

    // A put: one INSERT with the new image.
    put(table, QStringLiteral("c"), 7, QStringLiteral("new"));
    QVERIFY(poll(poller, polled));
    QCOMPARE(changes.size(), 1);
    QList<QJsonObject> payloads = changes.last().at(0).value<QList<QJsonObject>>();
    QCOMPARE(payloads.size(), 1);
    QCOMPARE(payloads.first().value(QStringLiteral("eventName")).toString(),
             QStringLiteral("INSERT"));
    QCOMPARE(payloads.first().value(QStringLiteral("tableName")).toString(), table);
    QCOMPARE(payloads.first().value(QStringLiteral("keys")).toObject(),
             key(QStringLiteral("c"), 7));
    QJsonObject image = key(QStringLiteral("c"), 7);
    image.insert(QStringLiteral("status"), s(QStringLiteral("new")));
    QCOMPARE(payloads.first().value(QStringLiteral("newImage")).toObject(), image);
    QVERIFY(!payloads.first().contains(QStringLiteral("sequenceNumber")));

    // An update: one MODIFY with the new image.
    call(QStringLiteral("UpdateItem"),
         {{QStringLiteral("TableName"), table},
          {QStringLiteral("Key"), key(QStringLiteral("a"), 1)},
          {QStringLiteral("UpdateExpression"), QStringLiteral("SET #s = :s")},
          {QStringLiteral("ExpressionAttributeNames"),
           QJsonObject{{QStringLiteral("#s"), QStringLiteral("status")}}},
          {QStringLiteral("ExpressionAttributeValues"),
           QJsonObject{{QStringLiteral(":s"), s(QStringLiteral("shipped"))}}}});
    QVERIFY(poll(poller, polled));
    QCOMPARE(changes.size(), 2);
    payloads = changes.last().at(0).value<QList<QJsonObject>>();
    QCOMPARE(payloads.size(), 1);
    QCOMPARE(payloads.first().value(QStringLiteral("eventName")).toString(),
             QStringLiteral("MODIFY"));
    QCOMPARE(payloads.first().value(QStringLiteral("keys")).toObject(),
             key(QStringLiteral("a"), 1));
    QCOMPARE(payloads.first()
                 .value(QStringLiteral("newImage"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toObject(),
             s(QStringLiteral("shipped")));

    // Nothing changed, nothing reported; rewriting an item with the same values neither.
    put(table, QStringLiteral("b"), 1, QStringLiteral("new"));
    QVERIFY(poll(poller, polled));
    QCOMPARE(changes.size(), 2);
    QCOMPARE(poller.missingSinceLastPoll(), 0);

    // A delete: no event, only counted as missing.
    call(QStringLiteral("DeleteItem"), {{QStringLiteral("TableName"), table},
                                        {QStringLiteral("Key"), key(QStringLiteral("b"), 1)}});
    QVERIFY(poll(poller, polled));
    QCOMPARE(changes.size(), 2);
    QCOMPARE(poller.missingSinceLastPoll(), 1);
    QCOMPARE(polled.last().at(0).toInt(), 2);

    // Counted once: the next poll compares with what the last one saw.
    QVERIFY(poll(poller, polled));
    QCOMPARE(poller.missingSinceLastPoll(), 0);
    QCOMPARE(failed.size(), 0);
}

void TestItemPoller::seesEveryPage()
{
    const QString table = test::uniqueTableName(QStringLiteral("PolledPages"));
    createTable(table);
    for (int i = 0; i < 5; ++i)
        put(table, QStringLiteral("p"), i, QStringLiteral("new"));

    ItemPoller poller(m_client, spec(table));
    poller.setPageLimit(2); // three pages
    QSignalSpy changes(&poller, &ItemPoller::changes);
    QSignalSpy polled(&poller, &ItemPoller::polled);
    int scans = 0;
    connect(m_client, &aws::AwsClient::responseReceived, &poller,
            [&scans](aws::Service, const QString &operation) {
                if (operation == QLatin1String("Scan"))
                    ++scans;
            });

    QVERIFY(poll(poller, polled));
    QCOMPARE(polled.last().at(0).toInt(), 5);
    QVERIFY(scans >= 3);

    // Changes on the first and on the last page are both found.
    for (int i = 5; i < 7; ++i)
        put(table, QStringLiteral("p"), i, QStringLiteral("new"));
    put(table, QStringLiteral("p"), 0, QStringLiteral("changed"));
    QVERIFY(poll(poller, polled));
    QCOMPARE(polled.last().at(0).toInt(), 7);
    QCOMPARE(changes.size(), 1);
    const QList<QJsonObject> payloads = changes.last().at(0).value<QList<QJsonObject>>();
    QStringList seen;
    for (const QJsonObject &payload : payloads) {
        seen.append(payload.value(QStringLiteral("eventName")).toString() + QLatin1Char(' ') +
                    payload.value(QStringLiteral("keys"))
                        .toObject()
                        .value(QStringLiteral("sk"))
                        .toObject()
                        .value(QStringLiteral("N"))
                        .toString());
    }
    seen.sort();
    QCOMPARE(seen, (QStringList{QStringLiteral("INSERT 5"), QStringLiteral("INSERT 6"),
                                QStringLiteral("MODIFY 0")}));
}

void TestItemPoller::pollsNeverOverlap()
{
    const QString table = test::uniqueTableName(QStringLiteral("PolledOnce"));
    createTable(table);
    put(table, QStringLiteral("a"), 1, QStringLiteral("new"));

    ItemPoller poller(m_client, spec(table));
    QSignalSpy polled(&poller, &ItemPoller::polled);
    poller.pollNow();
    QVERIFY(poller.isPolling());
    poller.pollNow(); // ignored: the first one is still running
    QVERIFY(polled.wait(20000));
    QVERIFY(!poller.isPolling());
    QTest::qWait(300);
    QCOMPARE(polled.size(), 1);
}

void TestItemPoller::scheduleRepeatsPolls()
{
    const QString table = test::uniqueTableName(QStringLiteral("PolledTimer"));
    createTable(table);
    put(table, QStringLiteral("a"), 1, QStringLiteral("new"));

    streams::TriggerSpec often = spec(table);
    often.scheduleMs = 100;
    ItemPoller poller(m_client, often);
    QSignalSpy polled(&poller, &ItemPoller::polled);
    QSignalSpy changes(&poller, &ItemPoller::changes);
    poller.start();
    QVERIFY(poller.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(polled.size() >= 3, 20000);
    QCOMPARE(changes.size(), 0);

    put(table, QStringLiteral("b"), 2, QStringLiteral("new"));
    QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 1, 20000);

    poller.stop();
    QVERIFY(!poller.isRunning());
    QVERIFY(!poller.isPolling());
    const qsizetype afterStop = polled.size();
    QTest::qWait(400);
    QCOMPARE(polled.size(), afterStop);
}

void TestItemPoller::missingTableFails()
{
    ItemPoller poller(m_client, spec(test::uniqueTableName(QStringLiteral("NoSuchTable"))));
    QSignalSpy failed(&poller, &ItemPoller::failed);
    QSignalSpy polled(&poller, &ItemPoller::polled);
    poller.pollNow();
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().at(0).value<aws::AwsError>().kind, aws::ErrorKind::NotFound);
    QCOMPARE(polled.size(), 0);
    QVERIFY(!poller.isPolling()); // free to try again on schedule
}

void TestItemPoller::wrongKeyAttributesFail()
{
    const QString table = test::uniqueTableName(QStringLiteral("PolledWrongKey"));
    createTable(table);
    put(table, QStringLiteral("a"), 1, QStringLiteral("new"));

    streams::TriggerSpec wrong = spec(table);
    wrong.keyAttributes = QStringList{QStringLiteral("id")};
    ItemPoller poller(m_client, wrong);
    QSignalSpy failed(&poller, &ItemPoller::failed);
    QSignalSpy polled(&poller, &ItemPoller::polled);
    poller.pollNow();
    QVERIFY(failed.wait(20000));
    const aws::AwsError error = failed.first().at(0).value<aws::AwsError>();
    QCOMPARE(error.kind, aws::ErrorKind::Validation);
    QVERIFY2(error.userMessage().contains(QLatin1String("\"id\"")),
             qPrintable(error.userMessage()));
    QVERIFY2(error.userMessage().contains(table), qPrintable(error.userMessage()));
    QCOMPARE(polled.size(), 0);

    wrong.keyAttributes.clear();
    ItemPoller keyless(m_client, wrong);
    QSignalSpy keylessFailed(&keyless, &ItemPoller::failed);
    keyless.pollNow();
    QCOMPARE(keylessFailed.size(), 1);
    QCOMPARE(keylessFailed.first().at(0).value<aws::AwsError>().kind, aws::ErrorKind::Validation);
    QVERIFY(!keyless.isPolling());
}

void TestItemPoller::estimateCost_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<qint64>("scheduleMs");
    QTest::addColumn<double>("rcuPerPoll");
    QTest::addColumn<double>("pollsPerHour");
    QTest::addColumn<double>("rcuPerHour");
    QTest::addColumn<QStringList>("mentions");
    // Rounded up to whole 4 KB units, half a unit each (eventually consistent).
    QTest::newRow("empty table, every 5 min")
        << qint64(0) << qint64(300000) << 0.5 << 12.0 << 6.0 << QStringList{"0.5", "12", "6"};
    QTest::newRow("4097 bytes, every minute")
        << qint64(4097) << qint64(60000) << 1.0 << 60.0 << 60.0 << QStringList{"1", "60"};
    QTest::newRow("1 GB, every 5 min")
        << qint64(1024) * 1024 * 1024 << qint64(300000) << 131072.0 << 12.0 << 1572864.0
        << QStringList{"131072", "12", "1572864"};
    QTest::newRow("10 KB, every 30 s") << qint64(10 * 1024) << qint64(30000) << 1.5 << 120.0
                                       << 180.0 << QStringList{"1.5", "120", "180"};
}

void TestItemPoller::estimateCost()
{
    QFETCH(qint64, bytes);
    QFETCH(qint64, scheduleMs);
    QFETCH(double, rcuPerPoll);
    QFETCH(double, pollsPerHour);
    QFETCH(double, rcuPerHour);
    QFETCH(QStringList, mentions);
    const ItemPoller::PollCost cost = ItemPoller::estimateCost(bytes, scheduleMs);
    QCOMPARE(cost.rcuPerPoll, rcuPerPoll);
    QCOMPARE(cost.pollsPerHour, pollsPerHour);
    QCOMPARE(cost.rcuPerHour, rcuPerHour);

    const QString warning = ItemPoller::warningText(cost);
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(warning.contains(mention), qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("read capacity")), qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("removals are not reported")), qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("stream-backed trigger")), qPrintable(warning));
}

QTEST_GUILESS_MAIN(TestItemPoller)
#include "tst_itempoller.moc"
