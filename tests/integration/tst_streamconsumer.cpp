// The Streams consumer against DynamoDB Local: every change seen, in order per key, with the
// right images; a stop and a restart lose nothing and replay at most one batch.
#include "localendpoint.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "session/session.h"
#include "streams/checkpointstore.h"
#include "streams/streamwatcher.h"

#include <QHash>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dyna;

namespace {

QJsonObject stringValue(const QString &s)
{
    return {{QStringLiteral("S"), s}};
}

QJsonObject numberValue(qint64 n)
{
    return {{QStringLiteral("N"), QString::number(n)}};
}

} // namespace

class TestStreamConsumer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyWriteSeenInOrderPerKey();
    void modifyAndRemoveCarryTheirImages();
    void restartResumesAfterTheCheckpoint();
    void latestSkipsEarlierChanges();
    void tableWithoutStreamIsExplained();

private:
    std::unique_ptr<aws::RequestJob> call(const QString &operation, const QJsonObject &input)
    {
        return std::unique_ptr<aws::RequestJob>(
            test::callAndWait(m_session.client(), operation, input));
    }
    QString createTable(const QString &prefix, bool stream);
    // Puts in rounds: every key once per round, all keys of a round at the same time.
    void putRounds(const QString &table, int keys, int firstRound, int rounds);
    // Problems show in the test log: a failure then says what the consumer ran into.
    void report(streams::StreamWatcher *watcher)
    {
        connect(watcher, &streams::StreamWatcher::problem, this, [](const aws::AwsError &error) {
            qWarning("consumer problem: %s", qPrintable(error.details()));
        });
    }
    streams::ConsumerOptions options(const QString &table, streams::StartPosition start) const
    {
        streams::ConsumerOptions o;
        o.tableName = table;
        o.start = start;
        o.checkpointPath = m_dir.filePath(table + QStringLiteral(".json"));
        o.minPollIntervalMs = 50;
        o.idlePollIntervalMs = 200;
        return o;
    }

    session::Session m_session;
    QTemporaryDir m_dir;
};

void TestStreamConsumer::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    QVERIFY(m_dir.isValid());
    m_session.connectToLocalEndpoint(endpoint);
}

QString TestStreamConsumer::createTable(const QString &prefix, bool stream)
{
    const QString table = test::uniqueTableName(prefix);
    const QJsonObject input = test::simpleTableInput(
        table, QStringLiteral("pk"), stream ? QStringLiteral("NEW_AND_OLD_IMAGES") : QString());
    auto created = call(QStringLiteral("CreateTable"), input);
    if (!created || created->error().isError())
        return {};
    return table;
}

void TestStreamConsumer::putRounds(const QString &table, int keys, int firstRound, int rounds)
{
    for (int round = firstRound; round < firstRound + rounds; ++round) {
        int pending = keys;
        int failures = 0;
        for (int key = 0; key < keys; ++key) {
            auto *job = m_session.client()->call(
                aws::Service::DynamoDb, QStringLiteral("PutItem"),
                {{QStringLiteral("TableName"), table},
                 {QStringLiteral("Item"),
                  QJsonObject{
                      {QStringLiteral("pk"), stringValue(QStringLiteral("key-%1").arg(key))},
                      {QStringLiteral("round"), numberValue(round)}}}});
            connect(job, &aws::Job::finished, this, [&pending, &failures, job] {
                failures += job->error().isError() ? 1 : 0;
                --pending;
            });
            job->start();
        }
        QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 20000);
        QCOMPARE(failures, 0);
    }
}

void TestStreamConsumer::everyWriteSeenInOrderPerKey()
{
    const QString table = createTable(QStringLiteral("StreamOrder"), true);
    QVERIFY(!table.isEmpty());
    constexpr int kKeys = 50;
    constexpr int kRounds = 20; // 1,000 writes
    putRounds(table, kKeys, 0, kRounds);

    streams::StreamWatcher watcher;
    report(&watcher);
    QHash<QString, QList<qint64>> rounds; // key -> rounds in the order they arrived
    qint64 received = 0;
    connect(&watcher, &streams::StreamWatcher::recordsArrived, this,
            [&](const streams::StreamRecordList &records) {
                for (const streams::StreamRecord &record : records) {
                    ++received;
                    const QString key = record.keys.value(QLatin1String("pk"))
                                            .toObject()
                                            .value(QLatin1String("S"))
                                            .toString();
                    rounds[key].append(record.newImage.value(QLatin1String("round"))
                                           .toObject()
                                           .value(QLatin1String("N"))
                                           .toString()
                                           .toLongLong());
                }
            });
    QSignalSpy found(&watcher, &streams::StreamWatcher::streamFound);
    watcher.start(m_session.client(), options(table, streams::StartPosition::TrimHorizon));
    QTRY_COMPARE_WITH_TIMEOUT(received, qint64(kKeys * kRounds), 60000);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.at(0).at(0).toString().contains(table));
    QCOMPARE(found.at(0).at(1).toString(), QStringLiteral("NEW_AND_OLD_IMAGES"));
    QCOMPARE(rounds.size(), kKeys);
    for (auto it = rounds.cbegin(); it != rounds.cend(); ++it) {
        QList<qint64> expected;
        for (int round = 0; round < kRounds; ++round)
            expected.append(round);
        QCOMPARE(it.value(), expected);
    }
    // Nothing more comes: no record was delivered twice.
    QTest::qWait(500);
    QCOMPARE(received, qint64(kKeys * kRounds));
    watcher.stop();
    QCOMPARE(watcher.state(), streams::StreamWatcher::State::Stopped);
}

void TestStreamConsumer::modifyAndRemoveCarryTheirImages()
{
    const QString table = createTable(QStringLiteral("StreamImages"), true);
    QVERIFY(!table.isEmpty());
    streams::StreamWatcher watcher;
    report(&watcher);
    streams::StreamRecordList seen;
    connect(&watcher, &streams::StreamWatcher::recordsArrived, this,
            [&](const streams::StreamRecordList &records) { seen.append(records); });
    QSignalSpy found(&watcher, &streams::StreamWatcher::streamFound);
    watcher.start(m_session.client(), options(table, streams::StartPosition::TrimHorizon));
    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, 20000);

    const QJsonObject key{{QStringLiteral("pk"), stringValue(QStringLiteral("order#1"))}};
    auto put =
        call(QStringLiteral("PutItem"),
             {{QStringLiteral("TableName"), table},
              {QStringLiteral("Item"),
               QJsonObject{
                   {QStringLiteral("pk"), stringValue(QStringLiteral("order#1"))},
                   {QStringLiteral("price"),
                    QJsonObject{{QStringLiteral("N"), QStringLiteral("12345678901234567890.5")}}},
                   {QStringLiteral("status"), stringValue(QStringLiteral("new"))}}}});
    QVERIFY(put && !put->error().isError());
    auto update =
        call(QStringLiteral("UpdateItem"),
             {{QStringLiteral("TableName"), table},
              {QStringLiteral("Key"), key},
              {QStringLiteral("UpdateExpression"), QStringLiteral("SET #s = :s")},
              {QStringLiteral("ExpressionAttributeNames"),
               QJsonObject{{QStringLiteral("#s"), QStringLiteral("status")}}},
              {QStringLiteral("ExpressionAttributeValues"),
               QJsonObject{{QStringLiteral(":s"), stringValue(QStringLiteral("shipped"))}}}});
    QVERIFY(update && !update->error().isError());
    auto remove = call(QStringLiteral("DeleteItem"),
                       {{QStringLiteral("TableName"), table}, {QStringLiteral("Key"), key}});
    QVERIFY(remove && !remove->error().isError());

    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 3, 20000);
    QCOMPARE(seen.at(0).type, streams::StreamEventType::Insert);
    QVERIFY(seen.at(0).oldImage.isEmpty());
    QCOMPARE(seen.at(0).newImage.value(QLatin1String("price")).toObject().value(QLatin1String("N")),
             QStringLiteral("12345678901234567890.5"));

    QCOMPARE(seen.at(1).type, streams::StreamEventType::Modify);
    QCOMPARE(seen.at(1).keys, key);
    QCOMPARE(seen.at(1).oldImage.value(QLatin1String("status")).toObject(),
             stringValue(QStringLiteral("new")));
    QCOMPARE(seen.at(1).newImage.value(QLatin1String("status")).toObject(),
             stringValue(QStringLiteral("shipped")));
    QCOMPARE(seen.at(1).changedAttributes(), QStringList{QStringLiteral("status")});

    QCOMPARE(seen.at(2).type, streams::StreamEventType::Remove);
    QVERIFY(seen.at(2).newImage.isEmpty());
    QCOMPARE(seen.at(2).oldImage.value(QLatin1String("status")).toObject(),
             stringValue(QStringLiteral("shipped")));
    QVERIFY(streams::compareSequenceNumbers(seen.at(0).sequenceNumber, seen.at(1).sequenceNumber) <
            0);
    QVERIFY(streams::compareSequenceNumbers(seen.at(1).sequenceNumber, seen.at(2).sequenceNumber) <
            0);
    const QJsonObject payload = seen.at(1).toEventPayload();
    QCOMPARE(payload.value(QLatin1String("eventName")).toString(), QStringLiteral("MODIFY"));
    QCOMPARE(payload.value(QLatin1String("tableName")).toString(), table);
}

void TestStreamConsumer::restartResumesAfterTheCheckpoint()
{
    const QString table = createTable(QStringLiteral("StreamResume"), true);
    QVERIFY(!table.isEmpty());
    constexpr int kKeys = 25;
    putRounds(table, kKeys, 0, 20); // 500 records
    streams::ConsumerOptions first = options(table, streams::StartPosition::TrimHorizon);
    first.maxRecordsPerCall = 40; // many small batches, so the stop lands midway
    QHash<QString, int> count;    // sequence number -> times delivered
    qint64 maxBatch = 0;
    const auto collect = [&](const streams::StreamRecordList &records) {
        maxBatch = std::max<qint64>(maxBatch, records.size());
        for (const streams::StreamRecord &record : records)
            ++count[record.sequenceNumber];
    };
    {
        streams::StreamWatcher watcher;
        report(&watcher);
        report(&watcher);
        connect(&watcher, &streams::StreamWatcher::recordsArrived, this, collect);
        watcher.start(m_session.client(), first);
        QTRY_VERIFY_WITH_TIMEOUT(count.size() >= 120, 30000);
        watcher.stop();
    }
    const int beforeRestart = int(count.size());
    QVERIFY2(beforeRestart < 500, "the stop should land midway");

    putRounds(table, kKeys, 20, 20); // 500 more while nobody reads

    streams::CheckpointStore store(first.checkpointPath);
    QString error;
    QVERIFY2(store.load(&error), qPrintable(error));

    streams::ConsumerOptions resume = first;
    resume.start = streams::StartPosition::LastCheckpoint;
    streams::StreamWatcher watcher;
    report(&watcher);
    connect(&watcher, &streams::StreamWatcher::recordsArrived, this, collect);
    watcher.start(m_session.client(), resume);
    QTRY_COMPARE_WITH_TIMEOUT(count.size(), 1000, 60000);
    QTest::qWait(300);
    int duplicates = 0;
    for (int times : std::as_const(count))
        duplicates += times - 1;
    QVERIFY2(
        duplicates <= maxBatch,
        qPrintable(
            QStringLiteral("%1 duplicates, batches of up to %2").arg(duplicates).arg(maxBatch)));
}

void TestStreamConsumer::latestSkipsEarlierChanges()
{
    const QString table = createTable(QStringLiteral("StreamLatest"), true);
    QVERIFY(!table.isEmpty());
    putRounds(table, 5, 0, 2);
    streams::StreamWatcher watcher;
    report(&watcher);
    streams::StreamRecordList seen;
    connect(&watcher, &streams::StreamWatcher::recordsArrived, this,
            [&](const streams::StreamRecordList &records) { seen.append(records); });
    QSignalSpy shards(&watcher, &streams::StreamWatcher::shardsChanged);
    watcher.start(m_session.client(), options(table, streams::StartPosition::Latest));
    // Once a shard reports it is caught up, anything written is new.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (shards.isEmpty())
                return false;
            const auto list = shards.constLast().at(0).value<streams::ShardStatusList>();
            return !list.isEmpty() && list.constFirst().lagMs == 0;
        }(),
        20000);
    putRounds(table, 5, 7, 1);
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 5, 20000);
    for (const streams::StreamRecord &record : std::as_const(seen))
        QCOMPARE(record.newImage.value(QLatin1String("round")).toObject(), numberValue(7));
}

void TestStreamConsumer::tableWithoutStreamIsExplained()
{
    const QString table = createTable(QStringLiteral("NoStream"), false);
    QVERIFY(!table.isEmpty());
    streams::StreamWatcher watcher;
    report(&watcher);
    QSignalSpy failed(&watcher, &streams::StreamWatcher::failed);
    watcher.start(m_session.client(), options(table, streams::StartPosition::LastCheckpoint));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    const auto error = failed.at(0).at(0).value<aws::AwsError>();
    QVERIFY2(error.userMessage().contains(table), qPrintable(error.userMessage()));
    QVERIFY2(error.userMessage().contains(QStringLiteral("no stream")),
             qPrintable(error.userMessage()));
    QCOMPARE(watcher.state(), streams::StreamWatcher::State::Stopped);
}

QTEST_GUILESS_MAIN(TestStreamConsumer)
#include "tst_streamconsumer.moc"
