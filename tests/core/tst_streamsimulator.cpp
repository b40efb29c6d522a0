#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "dynamo/preflight.h"
#include "localendpoint.h"
#include "loopbackserver.h"
#include "streams/streamrecord.h"
#include "streamsimulator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QtTest>

#include <memory>

using dyna::aws::ErrorKind;
using dyna::aws::RequestJob;
using dyna::test::LoopbackServer;
using dyna::test::StreamSimulator;

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

// The pk of every record in a GetRecords answer.
QStringList recordKeys(const QJsonObject &response)
{
    QStringList keys;
    const QJsonArray records = response.value(QStringLiteral("Records")).toArray();
    for (const QJsonValue &record : records)
        keys.append(record[QStringLiteral("dynamodb")][QStringLiteral("Keys")][QStringLiteral("pk")]
                          [QStringLiteral("S")]
                              .toString());
    return keys;
}

} // namespace

class TestStreamSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listStreamsFiltersByTable_data();
    void listStreamsFiltersByTable();
    void unknownStreamIsNotFound();
    void describeStreamPages_data();
    void describeStreamPages();
    void splitClosesParentAndLinksChildren();
    void iteratorTypes_data();
    void iteratorTypes();
    void latestSeesOnlyNewRecords();
    void getRecordsHonoursLimit();
    void invalidSequenceNumber_data();
    void invalidSequenceNumber();
    void recordHasTheServiceShape();
    void closedShardEndsWithoutNextIterator();
    void trimmedIteratorFails();
    void trimmedSequenceNumberFails();
    void trimHorizonSkipsTrimmedRecords();
    void expiredIteratorFails();
    void failNextAnswersBeforeNormalHandling_data();
    void failNextAnswersBeforeNormalHandling();
    void droppedConnectionFailsTheCall();
    void failuresAreRetriedByTheClient();
    void observesCallsPerShard();
    void latencyDelaysAnswers();
    void answersThroughAGivenServer();

private:
    // One call with a client that does not retry unless asked, so that each request is seen.
    std::unique_ptr<RequestJob> call(const QString &operation, const QJsonObject &input,
                                     int maxAttempts = 1);
    QJsonObject ok(const QString &operation, const QJsonObject &input);
    QString iterator(const QString &shardId, const QString &type,
                     const QString &sequenceNumber = {});

    StreamSimulator *m_sim = nullptr;
};

void TestStreamSimulator::init()
{
    m_sim = new StreamSimulator(QStringLiteral("Orders"), this);
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->server()->errorString()));
}

void TestStreamSimulator::cleanup()
{
    // Every request the client sent must have been one the real service accepts.
    QCOMPARE(m_sim->server()->problems(), QStringList());
    QCOMPARE(m_sim->server()->invalidRequests(), 0);
    delete m_sim;
    m_sim = nullptr;
}

std::unique_ptr<RequestJob> TestStreamSimulator::call(const QString &operation,
                                                      const QJsonObject &input, int maxAttempts)
{
    dyna::aws::ClientConfig config = m_sim->clientConfig();
    config.retry.maxAttempts = maxAttempts;
    // Short backoff: these tests count requests, not the retry policy's delays.
    config.retry.baseDelayMs = 5;
    config.retry.throttlingBaseDelayMs = 5;
    config.retry.maxDelayMs = 50;
    auto *client = dyna::dynamo::createClient(
        config,
        std::make_shared<dyna::aws::StaticCredentialsProvider>(LoopbackServer::testCredentials()),
        m_sim);
    std::unique_ptr<RequestJob> job(
        dyna::test::callAndWait(client, operation, input, dyna::aws::Service::Streams));
    return job;
}

QJsonObject TestStreamSimulator::ok(const QString &operation, const QJsonObject &input)
{
    const auto job = call(operation, input);
    if (!job) {
        qWarning("%s did not finish", qPrintable(operation));
        return {};
    }
    if (job->error().isError())
        qWarning("%s failed: %s", qPrintable(operation), qPrintable(job->error().details()));
    return job->response();
}

QString TestStreamSimulator::iterator(const QString &shardId, const QString &type,
                                      const QString &sequenceNumber)
{
    QJsonObject input{{QStringLiteral("StreamArn"), m_sim->streamArn()},
                      {QStringLiteral("ShardId"), shardId},
                      {QStringLiteral("ShardIteratorType"), type}};
    if (!sequenceNumber.isEmpty())
        input.insert(QStringLiteral("SequenceNumber"), sequenceNumber);
    return ok(QStringLiteral("GetShardIterator"), input)
        .value(QStringLiteral("ShardIterator"))
        .toString();
}

void TestStreamSimulator::listStreamsFiltersByTable_data()
{
    QTest::addColumn<QString>("tableName");
    QTest::addColumn<int>("streams");
    QTest::newRow("no filter") << QString() << 1;
    QTest::newRow("its table") << QStringLiteral("Orders") << 1;
    QTest::newRow("another table") << QStringLiteral("Customers") << 0;
}

void TestStreamSimulator::listStreamsFiltersByTable()
{
    QFETCH(QString, tableName);
    QFETCH(int, streams);
    QJsonObject input;
    if (!tableName.isEmpty())
        input.insert(QStringLiteral("TableName"), tableName);
    const QJsonArray list =
        ok(QStringLiteral("ListStreams"), input).value(QStringLiteral("Streams")).toArray();
    QCOMPARE(list.size(), streams);
    if (streams == 1) {
        QCOMPARE(list.at(0)[QStringLiteral("StreamArn")].toString(), m_sim->streamArn());
        QCOMPARE(list.at(0)[QStringLiteral("TableName")].toString(), QStringLiteral("Orders"));
        QVERIFY(m_sim->streamArn().startsWith(
            QStringLiteral("arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/")));
    }
}

void TestStreamSimulator::unknownStreamIsNotFound()
{
    const auto job = call(QStringLiteral("DescribeStream"),
                          {{QStringLiteral("StreamArn"),
                            QStringLiteral("arn:aws:dynamodb:us-east-1:123456789012:table/Other/"
                                           "stream/2026-11-30T00:00:00.000")}});
    QVERIFY(job);
    QCOMPARE(job->error().code, QStringLiteral("ResourceNotFoundException"));
    QCOMPARE(job->error().kind, ErrorKind::NotFound);
}

void TestStreamSimulator::describeStreamPages_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QList<int>>("pages");
    QTest::newRow("one page") << 0 << 0 << QList<int>{5};
    QTest::newRow("page size 2") << 2 << 0 << QList<int>{2, 2, 1};
    QTest::newRow("limit 3") << 0 << 3 << QList<int>{3, 2};
    QTest::newRow("limit below page size") << 4 << 1 << QList<int>{1, 1, 1, 1, 1};
}

void TestStreamSimulator::describeStreamPages()
{
    QFETCH(int, pageSize);
    QFETCH(int, limit);
    QFETCH(QList<int>, pages);
    for (int i = 0; i < 5; ++i)
        m_sim->addShard(shardName(i));
    m_sim->setDescribePageSize(pageSize);

    QList<int> seenPages;
    QStringList seenShards;
    QString startAfter;
    do {
        QJsonObject input{{QStringLiteral("StreamArn"), m_sim->streamArn()}};
        if (limit > 0)
            input.insert(QStringLiteral("Limit"), limit);
        if (!startAfter.isEmpty())
            input.insert(QStringLiteral("ExclusiveStartShardId"), startAfter);
        const QJsonObject description = ok(QStringLiteral("DescribeStream"), input)
                                            .value(QStringLiteral("StreamDescription"))
                                            .toObject();
        QCOMPARE(description.value(QStringLiteral("StreamStatus")).toString(),
                 QStringLiteral("ENABLED"));
        QCOMPARE(description.value(QStringLiteral("StreamViewType")).toString(),
                 QStringLiteral("NEW_AND_OLD_IMAGES"));
        const QJsonArray shards = description.value(QStringLiteral("Shards")).toArray();
        seenPages.append(int(shards.size()));
        for (const QJsonValue &shard : shards)
            seenShards.append(shard[QStringLiteral("ShardId")].toString());
        startAfter = description.value(QStringLiteral("LastEvaluatedShardId")).toString();
        if (!startAfter.isEmpty())
            QCOMPARE(startAfter, seenShards.last());
    } while (!startAfter.isEmpty() && seenPages.size() < 10);

    QCOMPARE(seenPages, pages);
    QCOMPARE(seenShards, m_sim->shardIds());
    QCOMPARE(m_sim->callCount(QStringLiteral("DescribeStream")), pages.size());
}

void TestStreamSimulator::splitClosesParentAndLinksChildren()
{
    const QString parent = shardName(1);
    m_sim->addShard(parent);
    m_sim->appendRecord(parent, QStringLiteral("INSERT"), key(QStringLiteral("a")),
                        image(QStringLiteral("a"), 1));
    const QString last = m_sim->appendRecord(
        parent, QStringLiteral("INSERT"), key(QStringLiteral("b")), image(QStringLiteral("b"), 1));
    m_sim->split(parent, shardName(2), shardName(3));
    QTest::ignoreMessage(QtWarningMsg,
                         qPrintable(QStringLiteral("StreamSimulator: cannot append to unknown or "
                                                   "closed shard %1")
                                        .arg(parent)));
    QVERIFY(
        m_sim->appendRecord(parent, QStringLiteral("INSERT"), key(QStringLiteral("c"))).isEmpty());
    const QString child =
        m_sim->appendRecord(shardName(2), QStringLiteral("INSERT"), key(QStringLiteral("c")),
                            image(QStringLiteral("c"), 1));
    QVERIFY(dyna::streams::compareSequenceNumbers(child, last) > 0);

    const QJsonArray shards =
        ok(QStringLiteral("DescribeStream"), {{QStringLiteral("StreamArn"), m_sim->streamArn()}})
            .value(QStringLiteral("StreamDescription"))
            .toObject()
            .value(QStringLiteral("Shards"))
            .toArray();
    QCOMPARE(shards.size(), 3);
    const QJsonObject parentRange = shards.at(0)[QStringLiteral("SequenceNumberRange")].toObject();
    QCOMPARE(parentRange.value(QStringLiteral("EndingSequenceNumber")).toString(), last);
    QVERIFY(!shards.at(0).toObject().contains(QStringLiteral("ParentShardId")));
    for (int i : {1, 2}) {
        QCOMPARE(shards.at(i)[QStringLiteral("ParentShardId")].toString(), parent);
        const QJsonObject range = shards.at(i)[QStringLiteral("SequenceNumberRange")].toObject();
        QVERIFY(!range.contains(QStringLiteral("EndingSequenceNumber")));
        QVERIFY(dyna::streams::compareSequenceNumbers(
                    range.value(QStringLiteral("StartingSequenceNumber")).toString(), last) > 0);
    }
}

void TestStreamSimulator::iteratorTypes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("sequenceIndex"); // which record's sequence number is sent; -1: none
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("TRIM_HORIZON") << QStringLiteral("TRIM_HORIZON") << -1
                                  << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                                 QStringLiteral("c")};
    QTest::newRow("LATEST") << QStringLiteral("LATEST") << -1 << QStringList();
    QTest::newRow("AT_SEQUENCE_NUMBER") << QStringLiteral("AT_SEQUENCE_NUMBER") << 1
                                        << QStringList{QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("AFTER_SEQUENCE_NUMBER")
        << QStringLiteral("AFTER_SEQUENCE_NUMBER") << 1 << QStringList{QStringLiteral("c")};
    QTest::newRow("AFTER last") << QStringLiteral("AFTER_SEQUENCE_NUMBER") << 2 << QStringList();
}

void TestStreamSimulator::iteratorTypes()
{
    QFETCH(QString, type);
    QFETCH(int, sequenceIndex);
    QFETCH(QStringList, expected);
    const QString shard = shardName(1);
    m_sim->addShard(shard);
    m_sim->addShard(shardName(2));
    QStringList sequences;
    for (const QString &pk : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
        sequences.append(
            m_sim->appendRecord(shard, QStringLiteral("INSERT"), key(pk), image(pk, 1)));
        // Records of another shard interleave, as they do in a real stream.
        m_sim->appendRecord(shardName(2), QStringLiteral("INSERT"), key(pk + pk), image(pk, 2));
    }

    const QString it =
        iterator(shard, type, sequenceIndex < 0 ? QString() : sequences.at(sequenceIndex));
    QVERIFY(!it.isEmpty());
    const QJsonObject response =
        ok(QStringLiteral("GetRecords"), {{QStringLiteral("ShardIterator"), it}});
    QCOMPARE(recordKeys(response), expected);
    QVERIFY(response.contains(QStringLiteral("NextShardIterator")));

    const auto &requests = m_sim->iteratorRequests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0).shardId, shard);
    QCOMPARE(requests.at(0).type, type);
    QCOMPARE(requests.at(0).sequenceNumber,
             sequenceIndex < 0 ? QString() : sequences.at(sequenceIndex));
}

void TestStreamSimulator::latestSeesOnlyNewRecords()
{
    const QString shard = shardName(1);
    m_sim->addShard(shard);
    m_sim->appendRecord(shard, QStringLiteral("INSERT"), key(QStringLiteral("old")),
                        image(QStringLiteral("old"), 1));
    const QString it = iterator(shard, QStringLiteral("LATEST"));
    QJsonObject response =
        ok(QStringLiteral("GetRecords"), {{QStringLiteral("ShardIterator"), it}});
    QCOMPARE(recordKeys(response), QStringList());
    m_sim->appendRecord(shard, QStringLiteral("INSERT"), key(QStringLiteral("new")),
                        image(QStringLiteral("new"), 1));
    response = ok(QStringLiteral("GetRecords"),
                  {{QStringLiteral("ShardIterator"),
                    response.value(QStringLiteral("NextShardIterator")).toString()}});
    QCOMPARE(recordKeys(response), QStringList{QStringLiteral("new")});
}

void TestStreamSimulator::getRecordsHonoursLimit()
{
    const QString shard = shardName(1);
    m_sim->addShard(shard);
    QStringList all;
    for (int i = 0; i < 5; ++i) {
        all.append(QString::number(i));
        m_sim->appendRecord(shard, QStringLiteral("INSERT"), key(all.last()), image(all.last(), i));
    }
    QString it = iterator(shard, QStringLiteral("TRIM_HORIZON"));
    QStringList read;
    QList<qsizetype> batches;
    while (read.size() < all.size() && batches.size() < 10) {
        const QJsonObject response =
            ok(QStringLiteral("GetRecords"),
               {{QStringLiteral("ShardIterator"), it}, {QStringLiteral("Limit"), 2}});
        const QStringList keys = recordKeys(response);
        batches.append(keys.size());
        read += keys;
        it = response.value(QStringLiteral("NextShardIterator")).toString();
    }
    QCOMPARE(read, all);
    QCOMPARE(batches, (QList<qsizetype>{2, 2, 1}));

    const auto tooMany = call(QStringLiteral("GetRecords"), {{QStringLiteral("ShardIterator"), it},
                                                             {QStringLiteral("Limit"), 1001}});
    QVERIFY(tooMany);
    QCOMPARE(tooMany->error().code, QStringLiteral("ValidationException"));
}

void TestStreamSimulator::invalidSequenceNumber_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("sequenceNumber");
    QTest::addColumn<QString>("code");
    QTest::newRow("beyond the last record")
        << QStringLiteral("AT_SEQUENCE_NUMBER") << QStringLiteral("000000000000000009999")
        << QStringLiteral("ValidationException");
    QTest::newRow("not a number") << QStringLiteral("AFTER_SEQUENCE_NUMBER")
                                  << QStringLiteral("00000000000000000000x")
                                  << QStringLiteral("ValidationException");
    QTest::newRow("missing") << QStringLiteral("AT_SEQUENCE_NUMBER") << QString()
                             << QStringLiteral("ValidationException");
    QTest::newRow("other shard's range")
        << QStringLiteral("AT_SEQUENCE_NUMBER") << QStringLiteral("first of shard 1")
        << QStringLiteral("ValidationException");
}

void TestStreamSimulator::invalidSequenceNumber()
{
    QFETCH(QString, type);
    QFETCH(QString, sequenceNumber);
    QFETCH(QString, code);
    m_sim->addShard(shardName(1));
    const QString first =
        m_sim->appendRecord(shardName(1), QStringLiteral("INSERT"), key(QStringLiteral("a")));
    m_sim->addShard(shardName(2));
    m_sim->appendRecord(shardName(2), QStringLiteral("INSERT"), key(QStringLiteral("b")));
    if (sequenceNumber == QLatin1String("first of shard 1"))
        sequenceNumber = first;

    QJsonObject input{{QStringLiteral("StreamArn"), m_sim->streamArn()},
                      {QStringLiteral("ShardId"), shardName(2)},
                      {QStringLiteral("ShardIteratorType"), type}};
    if (!sequenceNumber.isEmpty())
        input.insert(QStringLiteral("SequenceNumber"), sequenceNumber);
    const auto job = call(QStringLiteral("GetShardIterator"), input);
    QVERIFY(job);
    QCOMPARE(job->error().code, code);
    QCOMPARE(job->error().httpStatus, 400);
}

void TestStreamSimulator::recordHasTheServiceShape()
{
    const QString shard = shardName(1);
    m_sim->addShard(shard);
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const QString inserted = m_sim->appendRecord(
        shard, QStringLiteral("INSERT"), key(QStringLiteral("a")), image(QStringLiteral("a"), 1));
    const QString modified =
        m_sim->appendRecord(shard, QStringLiteral("MODIFY"), key(QStringLiteral("a")),
                            image(QStringLiteral("a"), 2), image(QStringLiteral("a"), 1));
    const QString removed =
        m_sim->appendRecord(shard, QStringLiteral("REMOVE"), key(QStringLiteral("a")), {},
                            image(QStringLiteral("a"), 2));
    for (const QString &sequence : {inserted, modified, removed}) {
        QCOMPARE(sequence.size(), 21);
        QVERIFY(
            std::all_of(sequence.cbegin(), sequence.cend(), [](QChar c) { return c.isDigit(); }));
    }
    QVERIFY(dyna::streams::compareSequenceNumbers(inserted, modified) < 0);
    QVERIFY(dyna::streams::compareSequenceNumbers(modified, removed) < 0);

    const QJsonArray records =
        ok(QStringLiteral("GetRecords"),
           {{QStringLiteral("ShardIterator"), iterator(shard, QStringLiteral("TRIM_HORIZON"))}})
            .value(QStringLiteral("Records"))
            .toArray();
    QCOMPARE(records.size(), 3);
    const QStringList names{QStringLiteral("INSERT"), QStringLiteral("MODIFY"),
                            QStringLiteral("REMOVE")};
    QSet<QString> eventIds;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject record = records.at(i).toObject();
        QCOMPARE(record.value(QStringLiteral("eventName")).toString(), names.at(i));
        QCOMPARE(record.value(QStringLiteral("eventSource")).toString(),
                 QStringLiteral("aws:dynamodb"));
        QCOMPARE(record.value(QStringLiteral("awsRegion")).toString(), QStringLiteral("us-east-1"));
        QVERIFY(!record.value(QStringLiteral("eventVersion")).toString().isEmpty());
        eventIds.insert(record.value(QStringLiteral("eventID")).toString());
        const QJsonObject dynamodb = record.value(QStringLiteral("dynamodb")).toObject();
        const double created =
            dynamodb.value(QStringLiteral("ApproximateCreationDateTime")).toDouble();
        QVERIFY(created >= double(before) && created <= double(QDateTime::currentSecsSinceEpoch()));
        QVERIFY(dynamodb.value(QStringLiteral("SizeBytes")).toDouble() > 0);
        QCOMPARE(dynamodb.contains(QStringLiteral("NewImage")), i != 2);
        QCOMPARE(dynamodb.contains(QStringLiteral("OldImage")), i != 0);

        // The project's own reader accepts it as a change record.
        QString error;
        const auto parsed =
            dyna::streams::StreamRecord::fromWire(record, m_sim->streamArn(), shard, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->keys, key(QStringLiteral("a")));
        QCOMPARE(parsed->streamViewType, QStringLiteral("NEW_AND_OLD_IMAGES"));
    }
    QCOMPARE(eventIds.size(), 3);
    QCOMPARE(records.at(1)[QStringLiteral("dynamodb")][QStringLiteral("SequenceNumber")].toString(),
             modified);
    QCOMPARE(records.at(1)[QStringLiteral("dynamodb")][QStringLiteral("OldImage")].toObject(),
             image(QStringLiteral("a"), 1));
}

void TestStreamSimulator::closedShardEndsWithoutNextIterator()
{
    const QString shard = shardName(1);
    m_sim->addShard(shard);
    for (const QString &pk : {QStringLiteral("a"), QStringLiteral("b")})
        m_sim->appendRecord(shard, QStringLiteral("INSERT"), key(pk), image(pk, 1));
    const QString it = iterator(shard, QStringLiteral("TRIM_HORIZON"));
    m_sim->closeShard(shard);

    QJsonObject response = ok(QStringLiteral("GetRecords"), {{QStringLiteral("ShardIterator"), it},
                                                             {QStringLiteral("Limit"), 1}});
    QCOMPARE(recordKeys(response), QStringList{QStringLiteral("a")});
    QVERIFY(response.contains(QStringLiteral("NextShardIterator")));
    response = ok(QStringLiteral("GetRecords"),
                  {{QStringLiteral("ShardIterator"),
                    response.value(QStringLiteral("NextShardIterator")).toString()}});
    QCOMPARE(recordKeys(response), QStringList{QStringLiteral("b")});
    QVERIFY(!response.contains(QStringLiteral("NextShardIterator")));

    // LATEST on a closed shard is already at its end.
    response = ok(QStringLiteral("GetRecords"),
                  {{QStringLiteral("ShardIterator"), iterator(shard, QStringLiteral("LATEST"))}});
    QCOMPARE(recordKeys(response), QStringList());
    QVERIFY(!response.contains(QStringLiteral("NextShardIterator")));
}

void TestStreamSimulator::trimmedIteratorFails()
{
    const QString shard = shardName(1);
    m_sim->addShard(shard);
    m_sim->appendRecord(shard, QStringLiteral("INSERT"), key(QStringLiteral("a")));
    const QString second =
        m_sim->appendRecord(shard, QStringLiteral("INSERT"), key(QStringLiteral("b")));
    m_sim->appendRecord(shard, QStringLiteral("INSERT"), key(QStringLiteral("c")));
    const QString it = iterator(shard, QStringLiteral("TRIM_HORIZON"));
    m_sim->trimBefore(second);

    const auto job = call(QStringLiteral("GetRecords"), {{QStringLiteral("ShardIterator"), it}});
    QVERIFY(job);
    QCOMPARE(job->error().code, QStringLiteral("TrimmedDataAccessException"));
    QCOMPARE(job->error().httpStatus, 400);
    QVERIFY(!job->error().retryable);
}

void TestStreamSimulator::trimmedSequenceNumberFails()
{
    const QString shard = shardName(1);
    m_sim->addShard(shard);
    const QString first =
        m_sim->appendRecord(shard, QStringLiteral("INSERT"), key(QStringLiteral("a")));
    const QString second =
        m_sim->appendRecord(shard, QStringLiteral("INSERT"), key(QStringLiteral("b")));
    m_sim->appendRecord(shard, QStringLiteral("INSERT"), key(QStringLiteral("c")));
    m_sim->trimBefore(second);

    const QJsonObject input{
        {QStringLiteral("StreamArn"), m_sim->streamArn()},
        {QStringLiteral("ShardId"), shard},
        {QStringLiteral("ShardIteratorType"), QStringLiteral("AFTER_SEQUENCE_NUMBER")},
        {QStringLiteral("SequenceNumber"), first}};
    const auto job = call(QStringLiteral("GetShardIterator"), input);
    QVERIFY(job);
    QCOMPARE(job->error().code, QStringLiteral("TrimmedDataAccessException"));

    // Right after the last trimmed record nothing is missing.
    const QString it = iterator(shard, QStringLiteral("AFTER_SEQUENCE_NUMBER"), second);
    QCOMPARE(recordKeys(ok(QStringLiteral("GetRecords"), {{QStringLiteral("ShardIterator"), it}})),
             QStringList{QStringLiteral("c")});
}

void TestStreamSimulator::trimHorizonSkipsTrimmedRecords()
{
    const QString shard = shardName(1);
    m_sim->addShard(shard);
    const QString first =
        m_sim->appendRecord(shard, QStringLiteral("INSERT"), key(QStringLiteral("a")));
    m_sim->appendRecord(shard, QStringLiteral("INSERT"), key(QStringLiteral("b")));
    m_sim->trimBefore(first);
    const QString it = iterator(shard, QStringLiteral("TRIM_HORIZON"));
    QCOMPARE(recordKeys(ok(QStringLiteral("GetRecords"), {{QStringLiteral("ShardIterator"), it}})),
             QStringList{QStringLiteral("b")});
}

void TestStreamSimulator::expiredIteratorFails()
{
    const QString shard = shardName(1);
    m_sim->addShard(shard);
    m_sim->appendRecord(shard, QStringLiteral("INSERT"), key(QStringLiteral("a")));
    const QString old = iterator(shard, QStringLiteral("TRIM_HORIZON"));
    m_sim->expireIterators();

    const auto job = call(QStringLiteral("GetRecords"), {{QStringLiteral("ShardIterator"), old}});
    QVERIFY(job);
    QCOMPARE(job->error().code, QStringLiteral("ExpiredIteratorException"));
    QCOMPARE(job->error().httpStatus, 400);

    // A fresh iterator reads again.
    const QString fresh = iterator(shard, QStringLiteral("TRIM_HORIZON"));
    QCOMPARE(
        recordKeys(ok(QStringLiteral("GetRecords"), {{QStringLiteral("ShardIterator"), fresh}})),
        QStringList{QStringLiteral("a")});
}

void TestStreamSimulator::failNextAnswersBeforeNormalHandling_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("throttled") << 400 << QStringLiteral("LimitExceededException")
                               << ErrorKind::Limit;
    QTest::newRow("server error") << 500 << QStringLiteral("InternalServerError")
                                  << ErrorKind::Transient;
}

void TestStreamSimulator::failNextAnswersBeforeNormalHandling()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(ErrorKind, kind);
    const QString shard = shardName(1);
    m_sim->addShard(shard);
    m_sim->appendRecord(shard, QStringLiteral("INSERT"), key(QStringLiteral("a")));
    const QString it = iterator(shard, QStringLiteral("TRIM_HORIZON"));
    m_sim->failNext(QStringLiteral("GetRecords"), status, code, 2);

    for (int i = 0; i < 2; ++i) {
        const auto job =
            call(QStringLiteral("GetRecords"), {{QStringLiteral("ShardIterator"), it}});
        QVERIFY(job);
        QCOMPARE(job->error().kind, kind);
        QCOMPARE(job->error().code, code);
        QCOMPARE(job->error().httpStatus, status);
    }
    // Other operations were not affected, and the fault is used up.
    QVERIFY(!iterator(shard, QStringLiteral("LATEST")).isEmpty());
    QCOMPARE(recordKeys(ok(QStringLiteral("GetRecords"), {{QStringLiteral("ShardIterator"), it}})),
             QStringList{QStringLiteral("a")});
    QCOMPARE(m_sim->callCount(QStringLiteral("GetRecords")), 3);
}

void TestStreamSimulator::droppedConnectionFailsTheCall()
{
    // Qt resends a request once on its own when the connection closes before any answer, so
    // the call only fails when every resend is dropped too.
    m_sim->failNext(QStringLiteral("ListStreams"), 0, StreamSimulator::dropConnectionCode(), 10);
    const auto job = call(QStringLiteral("ListStreams"), {});
    QVERIFY(job);
    QCOMPARE(job->error().kind, ErrorKind::Network);
    const int dropped = m_sim->callCount(QStringLiteral("ListStreams"));
    QVERIFY(dropped >= 1 && dropped < 10);

    // The remaining drops are used up by later requests, then answers come back.
    const auto retried = call(QStringLiteral("ListStreams"), {}, 20);
    QVERIFY(retried);
    QVERIFY2(!retried->error().isError(), qPrintable(retried->error().details()));
    QCOMPARE(m_sim->callCount(QStringLiteral("ListStreams")), 11);
}

void TestStreamSimulator::failuresAreRetriedByTheClient()
{
    m_sim->failNext(QStringLiteral("ListStreams"), 500, QStringLiteral("InternalServerError"), 2);
    const auto job = call(QStringLiteral("ListStreams"), {}, 3);
    QVERIFY(job);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().details()));
    QCOMPARE(job->response().value(QStringLiteral("Streams")).toArray().size(), 1);
    QCOMPARE(m_sim->callCount(QStringLiteral("ListStreams")), 3);
}

void TestStreamSimulator::observesCallsPerShard()
{
    m_sim->addShard(shardName(1));
    m_sim->addShard(shardName(2));
    QString first = iterator(shardName(1), QStringLiteral("TRIM_HORIZON"));
    const QString second = iterator(shardName(2), QStringLiteral("LATEST"));
    m_sim->failNext(QStringLiteral("GetRecords"), 400, QStringLiteral("LimitExceededException"));
    QVERIFY(call(QStringLiteral("GetRecords"), {{QStringLiteral("ShardIterator"), first}}));
    for (int i = 0; i < 2; ++i)
        first = ok(QStringLiteral("GetRecords"), {{QStringLiteral("ShardIterator"), first}})
                    .value(QStringLiteral("NextShardIterator"))
                    .toString();
    ok(QStringLiteral("GetRecords"), {{QStringLiteral("ShardIterator"), second}});

    const QList<qint64> calls = m_sim->getRecordsCalls(shardName(1));
    QCOMPARE(calls.size(), 3); // the throttled call counts against the shard too
    QVERIFY(std::is_sorted(calls.cbegin(), calls.cend()));
    const auto requests = m_sim->server()->requests(QStringLiteral("GetRecords"));
    QCOMPARE(calls.last(), requests.at(2).receivedMs);
    QCOMPARE(m_sim->getRecordsCalls(shardName(2)).size(), 1);
    QCOMPARE(m_sim->callCount(QStringLiteral("GetShardIterator")), 2);
    QCOMPARE(m_sim->iteratorRequests().at(1).type, QStringLiteral("LATEST"));
}

void TestStreamSimulator::latencyDelaysAnswers()
{
    m_sim->setLatencyMs(300);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(call(QStringLiteral("ListStreams"), {}));
    QVERIFY(timer.elapsed() >= 300);
}

void TestStreamSimulator::answersThroughAGivenServer()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    auto *client = dyna::dynamo::createClient(
        server.clientConfig(),
        std::make_shared<dyna::aws::StaticCredentialsProvider>(LoopbackServer::testCredentials()),
        &server);
    const QJsonObject filter{{QStringLiteral("TableName"), QStringLiteral("Invoices")}};
    {
        StreamSimulator sim(&server, QStringLiteral("Invoices"));
        QCOMPARE(sim.server(), &server);
        const std::unique_ptr<RequestJob> job(dyna::test::callAndWait(
            client, QStringLiteral("ListStreams"), filter, dyna::aws::Service::Streams));
        QVERIFY(job);
        QCOMPARE(job->response().value(QStringLiteral("Streams")).toArray().size(), 1);
        QCOMPARE(sim.callCount(QStringLiteral("ListStreams")), 1);
    }
    // Once the simulator is gone the server falls back to its empty answer.
    const std::unique_ptr<RequestJob> job(dyna::test::callAndWait(
        client, QStringLiteral("ListStreams"), filter, dyna::aws::Service::Streams));
    QVERIFY(job);
    QVERIFY(!job->response().contains(QStringLiteral("Streams")));
    QCOMPARE(server.invalidRequests(), 0);
}

QTEST_GUILESS_MAIN(TestStreamSimulator)
#include "tst_streamsimulator.moc"
