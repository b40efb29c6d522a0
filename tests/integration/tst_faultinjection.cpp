// The console's jobs against DynamoDB Local behind a proxy that injects faults on a seeded
// schedule (10% of requests: 500, 503, throttling, throughput exceeded, resets before and after
// the server applied the request, delays, truncated bodies, corrupt checksums). Whatever the
// proxy does, no item may be lost, duplicated or written twice.
#include "faultproxy.h"
#include "localendpoint.h"

#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "dynamo/attributevalue.h"
#include "dynamo/importjob.h"
#include "dynamo/itemwrite.h"
#include "dynamo/parallelscanjob.h"
#include "dynamo/preflight.h"
#include "dynamo/transaction.h"
#include "streams/streamwatcher.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dyna;
using test::Fault;

namespace {

constexpr double kFaultRate = 0.10;

QJsonObject s(const QString &value)
{
    return {{QStringLiteral("S"), value}};
}

QJsonObject n(qint64 value)
{
    return {{QStringLiteral("N"), QString::number(value)}};
}

QJsonObject makeItem(const QString &prefix, int index)
{
    return {{QStringLiteral("pk"),
             s(QStringLiteral("%1-%2").arg(prefix).arg(index, 5, 10, QLatin1Char('0')))},
            {QStringLiteral("index"), n(index)},
            {QStringLiteral("note"), s(QStringLiteral("payload %1 ").arg(index).repeated(8))}};
}

} // namespace

class TestFaultInjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void parallelScanReturnsEveryItemOnce_data() { addSeeds(); }
    void parallelScanReturnsEveryItemOnce();
    void importWritesEveryItemOnce_data() { addSeeds(); }
    void importWritesEveryItemOnce();
    void batchDeleteLeavesNothing_data() { addSeeds(); }
    void batchDeleteLeavesNothing();
    void transactionKeepsItsTokenAcrossRetries();
    void streamDeliversEveryRecordAtLeastOnce_data() { addSeeds(); }
    void streamDeliversEveryRecordAtLeastOnce();

private:
    // Each scenario runs under several schedules; a failure names the seed to replay it.
    static void addSeeds()
    {
        QTest::addColumn<quint32>("seed");
        for (const quint32 seed : {9001U, 4242U, 77U})
            QTest::addRow("seed %u", seed) << seed;
    }
    QString createTable(const QString &prefix, const QString &streamViewType = {});
    // Every item of the table, read through the clean client: key -> wire item.
    QHash<QString, QJsonObject> cleanScan(const QString &table);
    void schedule(quint32 seed, const QStringList &operations);
    void account(const QString &what);

    std::unique_ptr<test::FaultProxy> m_proxy;
    aws::AwsClient *m_clean = nullptr;  // straight to DynamoDB Local: setup and verification
    aws::AwsClient *m_faulty = nullptr; // through the proxy: the jobs under test
    QTemporaryDir m_dir;
    int m_requests = 0;
    int m_injected = 0;
    QHash<Fault, int> m_byFault;
};

void TestFaultInjection::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    QVERIFY(m_dir.isValid());
    m_clean = test::localClient(this);
    m_proxy = std::make_unique<test::FaultProxy>(endpoint);
    QVERIFY(m_proxy->listen());
    aws::ClientConfig config;
    config.endpoint.overrideUrl = m_proxy->url();
    config.endpoint.region = QStringLiteral("us-east-1");
    m_faulty =
        dynamo::createClient(config,
                             std::make_shared<aws::StaticCredentialsProvider>(aws::Credentials{
                                 QStringLiteral("test"), QStringLiteral("test"), {}, {}}),
                             this);
}

void TestFaultInjection::init()
{
    m_proxy->setSchedule({});
    m_proxy->clearRecords();
}

void TestFaultInjection::cleanupTestCase()
{
    QStringList kinds;
    for (const Fault fault : test::FaultProxy::allFaults())
        kinds.append(QStringLiteral("%1: %2")
                         .arg(test::FaultProxy::name(fault))
                         .arg(m_byFault.value(fault)));
    qInfo("faults injected: %d of %d requests, all survived, items lost: 0 (%s)", m_injected,
          m_requests, qPrintable(kinds.join(QStringLiteral(", "))));
}

QString TestFaultInjection::createTable(const QString &prefix, const QString &streamViewType)
{
    const QString table = test::uniqueTableName(prefix);
    std::unique_ptr<aws::RequestJob> job(
        test::callAndWait(m_clean, QStringLiteral("CreateTable"),
                          test::simpleTableInput(table, QStringLiteral("pk"), streamViewType)));
    return job && !job->error().isError() ? table : QString();
}

QHash<QString, QJsonObject> TestFaultInjection::cleanScan(const QString &table)
{
    QHash<QString, QJsonObject> items;
    QJsonObject input{{QStringLiteral("TableName"), table}};
    for (;;) {
        std::unique_ptr<aws::RequestJob> job(
            test::callAndWait(m_clean, QStringLiteral("Scan"), input));
        if (!job || job->error().isError())
            return {};
        const QJsonArray page = job->response().value(QLatin1String("Items")).toArray();
        for (const QJsonValue &item : page) {
            const QString key = item[QLatin1String("pk")][QLatin1String("S")].toString();
            if (items.contains(key))
                qWarning("the clean scan saw %s twice", qPrintable(key));
            items.insert(key, item.toObject());
        }
        const QJsonObject last =
            job->response().value(QLatin1String("LastEvaluatedKey")).toObject();
        if (last.isEmpty())
            return items;
        input.insert(QStringLiteral("ExclusiveStartKey"), last);
    }
}

void TestFaultInjection::schedule(quint32 seed, const QStringList &operations)
{
    test::FaultSchedule schedule;
    schedule.seed = seed;
    schedule.rate = kFaultRate;
    schedule.operations = operations;
    m_proxy->setSchedule(schedule);
}

void TestFaultInjection::account(const QString &what)
{
    const int requests = int(m_proxy->requests().size());
    const int injected = m_proxy->injected();
    m_requests += requests;
    m_injected += injected;
    for (const Fault fault : test::FaultProxy::allFaults())
        m_byFault[fault] += m_proxy->injected(fault);
    qInfo("%s: %d faults injected in %d requests", qPrintable(what), injected, requests);
}

void TestFaultInjection::parallelScanReturnsEveryItemOnce()
{
    const QString table = createTable(QStringLiteral("FaultScan"));
    QVERIFY(!table.isEmpty());
    constexpr int kItems = 3000;
    QList<QJsonObject> items;
    for (int i = 0; i < kItems; ++i)
        items.append(makeItem(QStringLiteral("scan"), i));
    QVERIFY(test::putItems(m_clean, table, items));

    QFETCH(quint32, seed);
    schedule(seed, {QStringLiteral("Scan")});
    dynamo::ParallelScanJob job(
        m_faulty, {{QStringLiteral("TableName"), table}, {QStringLiteral("Limit"), 25}}, 4,
        dynamo::WirePage::Items::Json);
    QHash<QString, int> seen;
    QHash<QString, QByteArray> content;
    connect(&job, &dynamo::ParallelScanJob::page, this, [&](int, const dynamo::WirePage &page) {
        for (const QByteArray &json : page.itemJson) {
            const QJsonObject item = QJsonDocument::fromJson(json).object();
            const QString key = item[QLatin1String("pk")][QLatin1String("S")].toString();
            ++seen[key];
            content.insert(key, json);
        }
    });
    QSignalSpy finished(&job, &aws::Job::finished);
    job.start();
    QVERIFY(finished.wait(180000));
    QVERIFY2(!job.error().isError(), qPrintable(job.error().userMessage()));
    account(QStringLiteral("parallel scan"));
    QVERIFY(m_proxy->injected() > 0);

    QCOMPARE(seen.size(), kItems);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    for (const QJsonObject &item : std::as_const(items)) {
        const QString key = item[QLatin1String("pk")][QLatin1String("S")].toString();
        QCOMPARE(QJsonDocument::fromJson(content.value(key)).object(), item);
    }
}

void TestFaultInjection::importWritesEveryItemOnce()
{
    const QString table = createTable(QStringLiteral("FaultImport"));
    QVERIFY(!table.isEmpty());
    constexpr int kItems = 1000;
    const QString fileName = m_dir.filePath(QStringLiteral("import.jsonl"));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QHash<QString, QJsonObject> expected;
    for (int i = 0; i < kItems; ++i) {
        const QJsonObject item = makeItem(QStringLiteral("import"), i);
        expected.insert(item[QLatin1String("pk")][QLatin1String("S")].toString(), item);
        file.write(dynamo::itemToWireText(dynamo::itemFromWire(item), dynamo::JsonFormat::Compact)
                       .prepend("{\"Item\":")
                       .append("}\n"));
    }
    file.close();

    QFETCH(quint32, seed);
    schedule(seed, {QStringLiteral("BatchWriteItem"), QStringLiteral("DescribeTable")});
    dynamo::ImportJob job(m_faulty, table, fileName, dynamo::ItemFileFormat::DynamoDbJson);
    QSignalSpy finished(&job, &aws::Job::finished);
    job.start();
    QVERIFY(finished.wait(180000));
    QVERIFY2(!job.error().isError(), qPrintable(job.error().userMessage()));
    account(QStringLiteral("1,000-item import"));
    QVERIFY(m_proxy->injected() > 0);
    QCOMPARE(job.report().records, kItems);
    QCOMPARE(job.report().written, kItems);
    QVERIFY(job.report().rejected.isEmpty());
    QVERIFY(job.report().failed.isEmpty());

    // A clean scan: every item there, exactly as in the file, and nothing else.
    const QHash<QString, QJsonObject> stored = cleanScan(table);
    QCOMPARE(stored.size(), kItems);
    QCOMPARE(stored, expected);
}

void TestFaultInjection::batchDeleteLeavesNothing()
{
    const QString table = createTable(QStringLiteral("FaultDelete"));
    QVERIFY(!table.isEmpty());
    constexpr int kItems = 600;
    QList<QJsonObject> wire;
    QList<dynamo::Item> items;
    for (int i = 0; i < kItems; ++i) {
        wire.append(makeItem(QStringLiteral("delete"), i));
        items.append(dynamo::itemFromWire(wire.constLast()));
    }
    QVERIFY(test::putItems(m_clean, table, wire));
    QCOMPARE(cleanScan(table).size(), kItems);

    QFETCH(quint32, seed);
    schedule(seed, {QStringLiteral("BatchWriteItem")});
    dynamo::DeleteItemsJob job(m_faulty, table, {QStringLiteral("pk")}, items);
    QSignalSpy finished(&job, &aws::Job::finished);
    job.start();
    QVERIFY(finished.wait(180000));
    QVERIFY2(!job.error().isError(), qPrintable(job.error().userMessage()));
    account(QStringLiteral("batch delete"));
    QVERIFY(m_proxy->injected() > 0);
    QCOMPARE(job.deleted(), kItems);
    QVERIFY(cleanScan(table).isEmpty());
}

void TestFaultInjection::transactionKeepsItsTokenAcrossRetries()
{
    const QString table = createTable(QStringLiteral("FaultTx"));
    QVERIFY(!table.isEmpty());
    dynamo::TransactionRow add;
    add.kind = dynamo::TransactionRow::Update;
    add.table = table;
    add.key =
        dynamo::itemFromWire(QJsonObject{{QStringLiteral("pk"), s(QStringLiteral("counter"))}});
    add.updateExpression = QStringLiteral("ADD #c :one");
    add.names = {{QStringLiteral("#c"), QStringLiteral("count")}};
    add.values = {{QStringLiteral(":one"), n(1)}};
    dynamo::TransactionRow put;
    put.kind = dynamo::TransactionRow::Put;
    put.table = table;
    put.item = dynamo::itemFromWire(makeItem(QStringLiteral("tx"), 1));

    // The worst case first: DynamoDB Local applies the transaction and the answer is lost.
    // Then the schedule's 10% on every later attempt.
    schedule(5, {QStringLiteral("TransactWriteItems")});
    m_proxy->forceNext(Fault::ResetAfterForward);
    m_proxy->forceNext(Fault::Throttling);
    m_proxy->forceNext(Fault::TruncatedBody);
    dynamo::TransactionJob job(m_faulty, dynamo::TransactionJob::Mode::Write, {add, put});
    QSignalSpy finished(&job, &aws::Job::finished);
    job.start();
    QVERIFY(finished.wait(120000));
    QVERIFY2(!job.error().isError(), qPrintable(job.error().userMessage()));
    account(QStringLiteral("transaction"));

    const QList<test::ProxiedRequest> attempts =
        m_proxy->requests(QStringLiteral("TransactWriteItems"));
    QVERIFY(attempts.size() >= 4);
    QVERIFY(!job.token().isEmpty());
    for (const test::ProxiedRequest &attempt : attempts) {
        const QJsonObject body = QJsonDocument::fromJson(attempt.body).object();
        QCOMPARE(body.value(QLatin1String("ClientRequestToken")).toString(), job.token());
    }
    // The counter went up once although the server saw the transaction several times.
    int applied = 0;
    for (const test::ProxiedRequest &attempt : attempts)
        applied += attempt.forwarded ? 1 : 0;
    QVERIFY(applied >= 2);
    const QHash<QString, QJsonObject> stored = cleanScan(table);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.value(QStringLiteral("counter")).value(QLatin1String("count")).toObject(),
             n(1));
}

void TestFaultInjection::streamDeliversEveryRecordAtLeastOnce()
{
    const QString table = createTable(QStringLiteral("FaultStream"), QStringLiteral("NEW_IMAGE"));
    QVERIFY(!table.isEmpty());
    constexpr int kItems = 400;
    constexpr int kBatch = 50;
    QList<QJsonObject> items;
    for (int i = 0; i < kItems; ++i)
        items.append(makeItem(QStringLiteral("stream"), i));

    QFETCH(quint32, seed);
    schedule(seed, {QStringLiteral("ListStreams"), QStringLiteral("DescribeStream"),
                    QStringLiteral("GetShardIterator"), QStringLiteral("GetRecords")});
    streams::ConsumerOptions options;
    options.tableName = table;
    options.start = streams::StartPosition::LastCheckpoint;
    options.checkpointPath = m_dir.filePath(table + QStringLiteral(".json"));
    options.minPollIntervalMs = 50;
    options.idlePollIntervalMs = 200;
    options.backoffMs = 100;
    options.maxBackoffMs = 1000;
    options.maxRecordsPerCall = kBatch;

    QHash<QString, int> seen; // sequence number -> deliveries
    QSet<QString> keys;
    const auto collect = [&](const streams::StreamRecordList &records) {
        for (const streams::StreamRecord &record : records) {
            ++seen[record.sequenceNumber];
            keys.insert(record.keys.value(QLatin1String("pk"))
                            .toObject()
                            .value(QLatin1String("S"))
                            .toString());
        }
    };
    // Half the writes, a stop and a restart from the checkpoint under faults, then the rest.
    auto watcher = std::make_unique<streams::StreamWatcher>();
    connect(watcher.get(), &streams::StreamWatcher::recordsArrived, this, collect);
    watcher->start(m_faulty, options);
    QVERIFY(test::putItems(m_clean, table, items.mid(0, kItems / 2)));
    QTRY_COMPARE_WITH_TIMEOUT(keys.size(), kItems / 2, 120000);
    watcher.reset();

    watcher = std::make_unique<streams::StreamWatcher>();
    connect(watcher.get(), &streams::StreamWatcher::recordsArrived, this, collect);
    QSignalSpy failed(watcher.get(), &streams::StreamWatcher::failed);
    watcher->start(m_faulty, options);
    QVERIFY(test::putItems(m_clean, table, items.mid(kItems / 2)));
    QTRY_COMPARE_WITH_TIMEOUT(keys.size(), kItems, 120000);
    watcher.reset();
    account(QStringLiteral("streams consumer"));
    QVERIFY(m_proxy->injected() > 0);
    QCOMPARE(failed.count(), 0);

    QCOMPARE(seen.size(), kItems); // one record per put, every one delivered
    int duplicates = 0;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        duplicates += it.value() - 1;
    qInfo("stream records delivered twice: %d (bound: one batch of %d)", duplicates, kBatch);
    QVERIFY(duplicates <= kBatch);
}

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
