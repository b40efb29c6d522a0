// The Streams consumer against the stream simulator, for what DynamoDB Local cannot do: shard
// splits, paged descriptions, expired iterators, trimmed records, throttling, the per-shard call
// rate, closed shards and rejected credentials. Each test checks what a user of StreamWatcher
// would notice: which records arrive, in which order, once, and what the watcher reports.
#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "loopbackserver.h"
#include "streams/checkpointstore.h"
#include "streams/streamwatcher.h"
#include "streamsimulator.h"

#include <QHash>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace dyna;
using streams::ShardStatus;
using streams::StreamWatcher;
using test::StreamSimulator;

namespace {

// Shard ids as long as the model requires (28 to 65 characters).
QString shardName(int n)
{
    return QStringLiteral("shardId-00000001764460800000-%1").arg(n, 8, 16, QLatin1Char('0'));
}

QJsonObject key(const QString &pk)
{
    return {{QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), pk}}}};
}

QJsonObject image(const QString &pk, int n)
{
    QJsonObject item = key(pk);
    item.insert(QStringLiteral("n"), QJsonObject{{QStringLiteral("N"), QString::number(n)}});
    return item;
}

QString pkOf(const streams::StreamRecord &record)
{
    return record.keys.value(QLatin1String("pk")).toObject().value(QLatin1String("S")).toString();
}

// Everything one watcher reported, in arrival order.
struct Observer
{
    explicit Observer(StreamWatcher *watcher)
    {
        QObject::connect(watcher, &StreamWatcher::recordsArrived, watcher,
                         [this](const streams::StreamRecordList &batch) { records.append(batch); });
        QObject::connect(watcher, &StreamWatcher::shardsChanged, watcher,
                         [this](const streams::ShardStatusList &list) { statuses.append(list); });
        QObject::connect(watcher, &StreamWatcher::shardOpened, watcher,
                         [this](const streams::ShardInfo &shard) { opened.append(shard.shardId); });
        QObject::connect(watcher, &StreamWatcher::gapDetected, watcher,
                         [this](const QString &shardId, const QString &message) {
                             gaps.append({shardId, message});
                         });
        QObject::connect(watcher, &StreamWatcher::problem, watcher,
                         [this](const aws::AwsError &error) { problems.append(error); });
        QObject::connect(watcher, &StreamWatcher::failed, watcher,
                         [this](const aws::AwsError &error) { failures.append(error); });
    }

    QStringList sequenceNumbers() const
    {
        QStringList list;
        for (const streams::StreamRecord &record : records)
            list.append(record.sequenceNumber);
        return list;
    }
    QString lastSequenceNumber() const
    {
        return records.isEmpty() ? QString() : records.constLast().sequenceNumber;
    }
    // Whether some shardsChanged reported the shard in `state` (with a problem text if asked).
    bool sawState(const QString &shardId, ShardStatus::State state, bool withProblem = false) const
    {
        for (const ShardStatus &status : statuses) {
            if (status.shard.shardId == shardId && status.state == state &&
                (!withProblem || !status.problem.isEmpty()))
                return true;
        }
        return false;
    }

    streams::StreamRecordList records;
    QList<ShardStatus> statuses;
    QStringList opened;
    QList<std::pair<QString, QString>> gaps;
    QList<aws::AwsError> problems;
    QList<aws::AwsError> failures;
};

} // namespace

class TestStreamConsumerFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void splitChildrenReadAfterParent_data();
    void splitChildrenReadAfterParent();
    void pagedDescriptionReadsEveryShard();
    void expiredIteratorResumesAfterLastRecord();
    void trimmedCheckpointIsReportedAsGap();
    void throttlingBacksOffAndRecovers();
    void pollRateStaysWithinShardLimit();
    void drainedShardIsNotReadAgain();
    void restartResumesAfterLastDelivered_data();
    void restartResumesAfterLastDelivered();
    void rejectedCredentialsStop_data();
    void rejectedCredentialsStop();

private:
    streams::ConsumerOptions options() const
    {
        streams::ConsumerOptions o;
        o.tableName = m_sim->tableName();
        o.start = streams::StartPosition::LastCheckpoint;
        o.checkpointPath = m_dir->filePath(QStringLiteral("checkpoints.json"));
        o.minPollIntervalMs = 50;
        o.idlePollIntervalMs = 100;
        o.backoffMs = 50;
        o.describeIntervalMs = 200;
        return o;
    }
    void start(StreamWatcher &watcher, const streams::ConsumerOptions &o,
               const aws::ClientConfig &config)
    {
        watcher.start(config,
                      std::make_shared<aws::StaticCredentialsProvider>(
                          test::LoopbackServer::testCredentials()),
                      o);
    }
    void start(StreamWatcher &watcher, const streams::ConsumerOptions &o)
    {
        start(watcher, o, m_sim->clientConfig());
    }
    // Appends `count` records of key `pk` with n = first, first + 1, ...; their sequence numbers.
    QStringList append(const QString &shardId, const QString &pk, int first, int count)
    {
        QStringList sequences;
        for (int n = first; n < first + count; ++n)
            sequences.append(m_sim->appendRecord(shardId, QStringLiteral("MODIFY"), key(pk),
                                                 image(pk, n), image(pk, n - 1)));
        return sequences;
    }
    QList<StreamSimulator::IteratorRequest> iteratorRequestsFor(const QString &shardId) const
    {
        QList<StreamSimulator::IteratorRequest> list;
        for (const StreamSimulator::IteratorRequest &request : m_sim->iteratorRequests()) {
            if (request.shardId == shardId)
                list.append(request);
        }
        return list;
    }

    StreamSimulator *m_sim = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStreamConsumerFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sim = new StreamSimulator(QStringLiteral("Orders"), this);
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->server()->errorString()));
}

void TestStreamConsumerFaults::cleanup()
{
    // Every request the consumer sent must have been one the real service accepts.
    QCOMPARE(m_sim->server()->problems(), QStringList());
    QCOMPARE(m_sim->server()->invalidRequests(), 0);
    delete m_sim;
    m_sim = nullptr;
    m_dir.reset();
}

void TestStreamConsumerFaults::splitChildrenReadAfterParent_data()
{
    QTest::addColumn<bool>("splitWhileReading");
    QTest::newRow("split while reading") << true;
    QTest::newRow("split before the first description") << false;
}

void TestStreamConsumerFaults::splitChildrenReadAfterParent()
{
    QFETCH(bool, splitWhileReading);
    const QString parent = shardName(1);
    const QString childA = shardName(2);
    const QString childB = shardName(3);
    m_sim->addShard(parent);
    QStringList expected = append(parent, QStringLiteral("a"), 1, 3);
    expected += append(parent, QStringLiteral("b"), 1, 3);

    if (!splitWhileReading) {
        m_sim->split(parent, childA, childB);
        expected += append(childA, QStringLiteral("a"), 4, 3);
        expected += append(childB, QStringLiteral("b"), 4, 3);
    }
    StreamWatcher watcher;
    Observer seen(&watcher);
    start(watcher, options());
    if (splitWhileReading) {
        QTRY_COMPARE_WITH_TIMEOUT(seen.records.size(), 6, 10000);
        expected += append(parent, QStringLiteral("a"), 4, 2);
        m_sim->split(parent, childA, childB);
        // Same keys as on the parent: their order must survive the split.
        expected += append(childA, QStringLiteral("a"), 6, 3);
        expected += append(childB, QStringLiteral("b"), 4, 3);
        expected += append(childA, QStringLiteral("c"), 1, 2);
    }
    QTRY_COMPARE_WITH_TIMEOUT(seen.records.size(), expected.size(), 10000);
    QTest::qWait(300); // nothing more comes: no record was delivered twice
    QStringList received = seen.sequenceNumbers();
    QCOMPARE(received.size(), expected.size());
    std::sort(received.begin(), received.end());
    QCOMPARE(received, expected); // zero-padded: text order is sequence order

    QHash<QString, QStringList> perKey;
    qsizetype lastParentRecord = -1;
    qsizetype firstChildRecord = seen.records.size();
    for (qsizetype i = 0; i < seen.records.size(); ++i) {
        const streams::StreamRecord &record = seen.records.at(i);
        perKey[pkOf(record)].append(record.sequenceNumber);
        if (record.shardId == parent)
            lastParentRecord = i;
        else
            firstChildRecord = std::min(firstChildRecord, i);
    }
    for (auto it = perKey.cbegin(); it != perKey.cend(); ++it) {
        QStringList sorted = it.value();
        std::sort(sorted.begin(), sorted.end());
        QVERIFY2(
            it.value() == sorted,
            qPrintable(
                QStringLiteral("key %1 out of order: %2").arg(it.key(), it.value().join(u' '))));
    }
    QVERIFY(lastParentRecord < firstChildRecord);

    const QList<qint64> parentCalls = m_sim->getRecordsCalls(parent);
    QVERIFY(!parentCalls.isEmpty());
    for (const QString &child : {childA, childB}) {
        const QList<test::LoopbackRequest> requests =
            m_sim->server()->requests(QStringLiteral("GetShardIterator"));
        const auto first =
            std::find_if(requests.cbegin(), requests.cend(), [&](const test::LoopbackRequest &r) {
                return r.json.value(QLatin1String("ShardId")).toString() == child;
            });
        QVERIFY(first != requests.cend());
        QVERIFY2(first->receivedMs >= parentCalls.constLast(),
                 "a child was opened before its parent was read to its end");
        QCOMPARE(iteratorRequestsFor(child).constFirst().type, QStringLiteral("TRIM_HORIZON"));
    }
    QCOMPARE(m_sim->getRecordsCalls(parent).size(), parentCalls.size()); // drained: not polled

    if (splitWhileReading) {
        QTRY_COMPARE_WITH_TIMEOUT(seen.opened.size(), 2, 5000);
        QCOMPARE(seen.opened, QStringList({childA, childB}));
    } else {
        QCOMPARE(seen.opened, QStringList());
    }
    QTRY_VERIFY_WITH_TIMEOUT(seen.sawState(parent, ShardStatus::State::Drained), 5000);
    QVERIFY(seen.problems.isEmpty());
    QVERIFY(seen.gaps.isEmpty());
}

void TestStreamConsumerFaults::pagedDescriptionReadsEveryShard()
{
    m_sim->setDescribePageSize(1);
    QStringList expected;
    for (int i = 1; i <= 3; ++i) {
        m_sim->addShard(shardName(i));
        expected += append(shardName(i), QStringLiteral("k%1").arg(i), 1, 2);
    }
    StreamWatcher watcher;
    Observer seen(&watcher);
    start(watcher, options());
    QTRY_COMPARE_WITH_TIMEOUT(seen.records.size(), expected.size(), 10000);
    QStringList received = seen.sequenceNumbers();
    std::sort(received.begin(), received.end());
    QCOMPARE(received, expected);
    for (int i = 1; i <= 3; ++i)
        QVERIFY(!iteratorRequestsFor(shardName(i)).isEmpty());
    QVERIFY(m_sim->callCount(QStringLiteral("DescribeStream")) >= 3);
    // Shards of later pages are part of the first description, not "opened" later.
    QCOMPARE(seen.opened, QStringList());
}

void TestStreamConsumerFaults::expiredIteratorResumesAfterLastRecord()
{
    const QString shard = shardName(1);
    m_sim->addShard(shard);
    QStringList expected = append(shard, QStringLiteral("a"), 1, 4);
    StreamWatcher watcher;
    Observer seen(&watcher);
    start(watcher, options());
    QTRY_COMPARE_WITH_TIMEOUT(seen.records.size(), expected.size(), 10000);
    const QString lastBefore = seen.lastSequenceNumber();
    QCOMPARE(lastBefore, expected.constLast());
    const qsizetype openedBefore = iteratorRequestsFor(shard).size();

    m_sim->expireIterators();
    expected += append(shard, QStringLiteral("a"), 5, 3);
    QTRY_COMPARE_WITH_TIMEOUT(seen.records.size(), expected.size(), 10000);
    QTest::qWait(300);
    QCOMPARE(seen.sequenceNumbers(), expected); // one shard: in order, once

    const QList<StreamSimulator::IteratorRequest> requests = iteratorRequestsFor(shard);
    QVERIFY(requests.size() > openedBefore);
    QCOMPARE(requests.at(openedBefore).type, QStringLiteral("AFTER_SEQUENCE_NUMBER"));
    QCOMPARE(requests.at(openedBefore).sequenceNumber, lastBefore);
    QVERIFY(seen.gaps.isEmpty());
}

void TestStreamConsumerFaults::trimmedCheckpointIsReportedAsGap()
{
    const QString shard = shardName(1);
    m_sim->addShard(shard);
    const QStringList written = append(shard, QStringLiteral("a"), 1, 6);
    {
        streams::CheckpointStore store(options().checkpointPath);
        store.record(m_sim->streamArn(), shard, written.at(1));
        QString error;
        QVERIFY2(store.save(&error), qPrintable(error));
    }
    m_sim->trimBefore(written.at(3)); // the records after the checkpoint are partly gone

    StreamWatcher watcher;
    Observer seen(&watcher);
    start(watcher, options());
    QTRY_COMPARE_WITH_TIMEOUT(seen.records.size(), 2, 10000);
    QTest::qWait(300);
    QCOMPARE(seen.sequenceNumbers(), written.mid(4));
    QCOMPARE(seen.gaps.size(), 1);
    QCOMPARE(seen.gaps.constFirst().first, shard);
    QVERIFY(seen.gaps.constFirst().second.contains(shard));

    const QList<StreamSimulator::IteratorRequest> requests = iteratorRequestsFor(shard);
    QVERIFY(requests.size() >= 2);
    QCOMPARE(requests.at(0).type, QStringLiteral("AFTER_SEQUENCE_NUMBER"));
    QCOMPARE(requests.at(0).sequenceNumber, written.at(1));
    QCOMPARE(requests.at(1).type, QStringLiteral("TRIM_HORIZON"));
}

void TestStreamConsumerFaults::throttlingBacksOffAndRecovers()
{
    aws::ClientConfig config = m_sim->clientConfig();
    config.retry.maxAttempts = 2;
    config.retry.baseDelayMs = 5;
    config.retry.throttlingBaseDelayMs = 5;
    config.retry.maxDelayMs = 20;
    // Four calls fail after their retry, the fifth succeeds on its retry: about 0.75 s of
    // backoff (50, 100, 200, 400 ms), long enough for a status report to show the failure.
    constexpr int kFaults = 9;

    const QString shard = shardName(1);
    m_sim->addShard(shard);
    const QStringList expected = append(shard, QStringLiteral("a"), 1, 5);
    m_sim->failNext(QStringLiteral("GetRecords"), 400, QStringLiteral("LimitExceededException"),
                    kFaults);
    StreamWatcher watcher;
    Observer seen(&watcher);
    streams::ConsumerOptions o = options();
    o.maxBackoffMs = 400;
    start(watcher, o, config);

    QTRY_COMPARE_WITH_TIMEOUT(seen.records.size(), expected.size(), 10000);
    QCOMPARE(seen.sequenceNumbers(), expected);
    QVERIFY(m_sim->getRecordsCalls(shard).size() >= kFaults + 1);
    QVERIFY(!seen.problems.isEmpty());
    QCOMPARE(seen.problems.constFirst().code, QStringLiteral("LimitExceededException"));
    QVERIFY(seen.sawState(shard, ShardStatus::State::Failed, true));
    QVERIFY(seen.failures.isEmpty());
    // Once records flow again the shard is back to Reading with its problem cleared.
    QTRY_VERIFY_WITH_TIMEOUT(seen.statuses.constLast().state == ShardStatus::State::Reading &&
                                 seen.statuses.constLast().problem.isEmpty(),
                             5000);
    QCOMPARE(watcher.state(), StreamWatcher::State::Running);
}

void TestStreamConsumerFaults::pollRateStaysWithinShardLimit()
{
    const QString idle = shardName(1);
    const QString busy = shardName(2);
    m_sim->addShard(idle);
    m_sim->addShard(busy);
    int n = 0;
    QTimer writer;
    connect(&writer, &QTimer::timeout, this, [&] {
        m_sim->appendRecord(busy, QStringLiteral("INSERT"), key(QStringLiteral("b")),
                            image(QStringLiteral("b"), ++n));
    });
    writer.start(40);

    streams::ConsumerOptions o = options();
    o.minPollIntervalMs = streams::ConsumerOptions().minPollIntervalMs;
    o.idlePollIntervalMs = 800;
    StreamWatcher watcher;
    Observer seen(&watcher);
    start(watcher, o);
    QTest::qWait(3500);
    watcher.stop();
    writer.stop();

    QVERIFY(!seen.records.isEmpty());
    for (const QString &shard : {idle, busy}) {
        const QList<qint64> calls = m_sim->getRecordsCalls(shard);
        QVERIFY2(calls.size() >= 4, qPrintable(shard));
        const qint64 span = calls.constLast() - calls.constFirst();
        QVERIFY2(calls.size() - 1 <= 5 * span / 1000 + 1,
                 qPrintable(QStringLiteral("%1 calls in %2 ms").arg(calls.size()).arg(span)));
        for (qsizetype i = 1; i < calls.size(); ++i)
            QVERIFY2(calls.at(i) - calls.at(i - 1) >= 190,
                     qPrintable(QStringLiteral("%1: calls %2 ms apart")
                                    .arg(shard)
                                    .arg(calls.at(i) - calls.at(i - 1))));
    }
    // The idle shard backs off (200, 400, 800 ms...) while the busy one keeps the minimum.
    const QList<qint64> idleCalls = m_sim->getRecordsCalls(idle);
    const QList<qint64> busyCalls = m_sim->getRecordsCalls(busy);
    QVERIFY(idleCalls.constLast() - idleCalls.at(idleCalls.size() - 2) >= 700);
    QVERIFY(busyCalls.size() > idleCalls.size());
}

void TestStreamConsumerFaults::drainedShardIsNotReadAgain()
{
    const QString closed = shardName(1);
    const QString open = shardName(2);
    m_sim->addShard(closed);
    m_sim->addShard(open);
    const QStringList onClosed = append(closed, QStringLiteral("a"), 1, 3);
    const QStringList onOpen = append(open, QStringLiteral("b"), 1, 2);
    m_sim->closeShard(closed);

    streams::ConsumerOptions o = options();
    {
        StreamWatcher watcher;
        Observer seen(&watcher);
        start(watcher, o);
        QTRY_COMPARE_WITH_TIMEOUT(seen.records.size(), onClosed.size() + onOpen.size(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(seen.sawState(closed, ShardStatus::State::Drained), 5000);
        QVERIFY(!seen.sawState(open, ShardStatus::State::Drained));
        watcher.stop();
        QCOMPARE(watcher.state(), StreamWatcher::State::Stopped);
    }
    streams::CheckpointStore store(o.checkpointPath);
    QString error;
    QVERIFY2(store.load(&error), qPrintable(error));
    QVERIFY(store.isDrained(m_sim->streamArn(), closed));
    QVERIFY(!store.isDrained(m_sim->streamArn(), open));
    QCOMPARE(store.sequenceNumber(m_sim->streamArn(), closed), onClosed.constLast());

    const qsizetype closedOpens = iteratorRequestsFor(closed).size();
    const qsizetype openOpens = iteratorRequestsFor(open).size();
    StreamWatcher watcher;
    Observer seen(&watcher);
    start(watcher, o);
    // The open shard is opened again; the drained one is not, and shows Drained.
    QTRY_VERIFY_WITH_TIMEOUT(iteratorRequestsFor(open).size() > openOpens, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(seen.sawState(closed, ShardStatus::State::Drained), 5000);
    QTest::qWait(500);
    QCOMPARE(iteratorRequestsFor(closed).size(), closedOpens);
    QVERIFY(seen.records.isEmpty());
}

void TestStreamConsumerFaults::restartResumesAfterLastDelivered_data()
{
    QTest::addColumn<bool>("stopFromSlot");
    QTest::newRow("stop after the batch") << false;
    // A user stopping on a record they were waiting for.
    QTest::newRow("stop inside recordsArrived") << true;
}

void TestStreamConsumerFaults::restartResumesAfterLastDelivered()
{
    QFETCH(bool, stopFromSlot);
    const QString shard = shardName(1);
    m_sim->addShard(shard);
    const QStringList written = append(shard, QStringLiteral("a"), 1, 10);
    streams::ConsumerOptions o = options();
    o.maxRecordsPerCall = 2;
    o.minPollIntervalMs = 200; // slow enough to stop in the middle

    QStringList firstRun;
    {
        StreamWatcher watcher;
        Observer seen(&watcher);
        if (stopFromSlot)
            connect(&watcher, &StreamWatcher::recordsArrived, &watcher, &StreamWatcher::stop);
        start(watcher, o);
        QTRY_VERIFY_WITH_TIMEOUT(!seen.records.isEmpty(), 10000);
        watcher.stop();
        firstRun = seen.sequenceNumbers();
    }
    QVERIFY(firstRun.size() < written.size());
    const qsizetype opensBefore = iteratorRequestsFor(shard).size();

    StreamWatcher watcher;
    Observer seen(&watcher);
    start(watcher, o);
    QTRY_COMPARE_WITH_TIMEOUT(seen.records.size(), written.size() - firstRun.size(), 10000);
    const QList<StreamSimulator::IteratorRequest> requests = iteratorRequestsFor(shard);
    QVERIFY(requests.size() > opensBefore);
    QCOMPARE(requests.at(opensBefore).type, QStringLiteral("AFTER_SEQUENCE_NUMBER"));
    QCOMPARE(requests.at(opensBefore).sequenceNumber, firstRun.constLast());
    QCOMPARE(firstRun + seen.sequenceNumbers(), written);
}

void TestStreamConsumerFaults::rejectedCredentialsStop_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("ListStreams") << QStringLiteral("ListStreams");
    QTest::newRow("DescribeStream") << QStringLiteral("DescribeStream");
    QTest::newRow("GetRecords") << QStringLiteral("GetRecords");
}

void TestStreamConsumerFaults::rejectedCredentialsStop()
{
    QFETCH(QString, operation);
    m_sim->addShard(shardName(1));
    append(shardName(1), QStringLiteral("a"), 1, 2);
    m_sim->failNext(operation, 400, QStringLiteral("UnrecognizedClientException"));

    StreamWatcher watcher;
    Observer seen(&watcher);
    QSignalSpy states(&watcher, &StreamWatcher::stateChanged);
    start(watcher, options());
    QTRY_COMPARE_WITH_TIMEOUT(seen.failures.size(), 1, 10000);
    QCOMPARE(watcher.state(), StreamWatcher::State::Stopped);
    QCOMPARE(states.constLast().at(0).value<StreamWatcher::State>(), StreamWatcher::State::Stopped);
    const aws::AwsError &error = seen.failures.constFirst();
    QCOMPARE(error.kind, aws::ErrorKind::Auth);
    QCOMPARE(error.code, QStringLiteral("UnrecognizedClientException"));
    QVERIFY(error.userMessage().contains(QLatin1String("access key")));
    QVERIFY(seen.records.isEmpty());
    // Stopped for good: no call after the rejected one.
    const int calls = m_sim->server()->requestCount();
    QTest::qWait(400);
    QCOMPARE(m_sim->server()->requestCount(), calls);
}

QTEST_GUILESS_MAIN(TestStreamConsumerFaults)
#include "tst_streamconsumerfaults.moc"
