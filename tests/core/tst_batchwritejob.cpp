#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "dynamo/batchwritejob.h"
#include "dynamo/preflight.h"
#include "loopbackserver.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace dyna::aws;
using dyna::dynamo::BatchWriteJob;
using dyna::test::LoopbackReply;
using dyna::test::LoopbackRequest;
using dyna::test::LoopbackServer;

namespace {

const QString kTable = QStringLiteral("Music");
constexpr int kSettleMs = 100;

QString keyOf(int index)
{
    return QStringLiteral("song-%1").arg(index, 3, 10, QLatin1Char('0'));
}

QList<BatchWriteJob::WriteRequest> puts(int count)
{
    QList<BatchWriteJob::WriteRequest> requests;
    for (int i = 0; i < count; ++i) {
        requests.append(BatchWriteJob::put(
            kTable, {{QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), keyOf(i)}}},
                     {QStringLiteral("plays"),
                      QJsonObject{{QStringLiteral("N"), QString::number(i * 7)}}}}));
    }
    return requests;
}

QJsonArray requestsIn(const LoopbackRequest &request)
{
    return request.json[QStringLiteral("RequestItems")][kTable].toArray();
}

QString keyOfRequest(const QJsonValue &writeRequest)
{
    return writeRequest[QStringLiteral("PutRequest")][QStringLiteral("Item")][QStringLiteral("pk")]
                       [QStringLiteral("S")]
                           .toString();
}

// A table that takes every put, except that it hands some of them back as UnprocessedItems the
// first time it sees them, as DynamoDB does when a partition is busy.
struct FakeTable
{
    std::function<bool(const QString &key)> holdBackOnFirstSight;
    QHash<QString, int> writes; // key -> times written
    QSet<QString> seen;
    int handedBack = 0;

    LoopbackReply operator()(const LoopbackRequest &request)
    {
        QJsonArray unprocessed;
        for (const QJsonValue &writeRequest : requestsIn(request)) {
            const QString key = keyOfRequest(writeRequest);
            const bool firstSight = !seen.contains(key);
            seen.insert(key);
            if (firstSight && holdBackOnFirstSight(key)) {
                unprocessed.append(writeRequest);
                ++handedBack;
            } else {
                ++writes[key];
            }
        }
        QJsonObject unprocessedItems;
        if (!unprocessed.isEmpty())
            unprocessedItems.insert(kTable, unprocessed);
        return LoopbackReply::json({{QStringLiteral("UnprocessedItems"), unprocessedItems}});
    }
};

void settle(QSignalSpy &finished, int timeoutMs = 5000)
{
    if (finished.isEmpty())
        finished.wait(timeoutMs);
    QTest::qWait(kSettleMs);
}

} // namespace

class TestBatchWriteJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void unprocessedItemsAreResentOnce();
    void alwaysUnprocessedEndsAsThrottling();
    void serverValidationErrorEndsTheJob();
    void cancelEndsTheJob();

private:
    AwsClient *m_client = nullptr;
    LoopbackServer *m_server = nullptr;
};

void TestBatchWriteJob::init()
{
    m_server = new LoopbackServer(this);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    ClientConfig config = m_server->clientConfig();
    config.retry.maxAttempts = 2;
    config.retry.baseDelayMs = 2;
    config.retry.perAttemptTimeoutMs = 5000;
    m_client = dyna::dynamo::createClient(
        config, std::make_shared<StaticCredentialsProvider>(LoopbackServer::testCredentials()),
        m_server);
    Clock clock = Clock::system();
    clock.random = [] { return 0.5; };
    m_client->setClock(clock);
}

void TestBatchWriteJob::cleanup()
{
    const QStringList problems = m_server->problems();
    delete m_server; // and the client with it
    m_server = nullptr;
    m_client = nullptr;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestBatchWriteJob::unprocessedItemsAreResentOnce()
{
    constexpr int count = 60;
    auto table = std::make_shared<FakeTable>();
    table->holdBackOnFirstSight = [](const QString &key) { return key.endsWith(QLatin1Char('3')); };
    m_server->setHandler([table](const LoopbackRequest &request) { return (*table)(request); });

    BatchWriteJob job(m_client, puts(count));
    QSignalSpy finished(&job, &BatchWriteJob::finished);
    QSignalSpy progress(&job, &BatchWriteJob::progress);
    job.start();
    settle(finished);

    QCOMPARE(finished.count(), 1);
    QVERIFY2(!job.error().isError(), qPrintable(job.error().details()));
    QVERIFY(table->handedBack > 0);

    // Every item written exactly once, none lost, none twice.
    QCOMPARE(table->writes.size(), count);
    for (int i = 0; i < count; ++i)
        QCOMPARE(table->writes.value(keyOf(i)), 1);

    const QList<LoopbackRequest> calls = m_server->requests(QStringLiteral("BatchWriteItem"));
    QCOMPARE(job.calls(), int(calls.size()));
    QList<int> firstSizes;
    for (int i = 0; i < 3; ++i)
        firstSizes.append(int(requestsIn(calls.at(i)).size()));
    std::sort(firstSizes.begin(), firstSizes.end());
    QCOMPARE(firstSizes, (QList<int>{10, 25, 25}));
    int sent = 0;
    for (const auto &call : calls)
        sent += int(requestsIn(call).size());
    QCOMPARE(sent, count + table->handedBack);
    QCOMPARE(job.resent(), table->handedBack);

    QCOMPARE(job.total(), count);
    QCOMPARE(job.written(), count);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toInt(), count);
    QCOMPARE(progress.constLast().at(1).toInt(), count);
    int previous = 0;
    for (const auto &arguments : std::as_const(progress)) {
        QVERIFY(arguments.at(0).toInt() >= previous);
        previous = arguments.at(0).toInt();
    }
}

void TestBatchWriteJob::alwaysUnprocessedEndsAsThrottling()
{
    m_server->setHandler([](const LoopbackRequest &request) {
        return LoopbackReply::json(
            {{QStringLiteral("UnprocessedItems"), QJsonObject{{kTable, requestsIn(request)}}}});
    });

    BatchWriteJob job(m_client, puts(30));
    job.setMaxRounds(3);
    QSignalSpy finished(&job, &BatchWriteJob::finished);
    job.start();
    settle(finished, 8000);

    QCOMPARE(finished.count(), 1);
    QCOMPARE(job.error().kind, ErrorKind::Throttling);
    QVERIFY(!job.error().userMessage().isEmpty());
    QCOMPARE(job.written(), 0);
    // Each item went out once and came back maxRounds times before the job gave up, and
    // nothing is sent after it ended.
    const int requestsAtEnd = m_server->requestCount();
    int sentOfFirst = 0;
    for (const auto &call : m_server->requests(QStringLiteral("BatchWriteItem"))) {
        for (const QJsonValue &writeRequest : requestsIn(call))
            sentOfFirst += keyOfRequest(writeRequest) == keyOf(0) ? 1 : 0;
    }
    QCOMPARE(sentOfFirst, 1 + 3);
    QTest::qWait(300);
    QCOMPARE(m_server->requestCount(), requestsAtEnd);
}

void TestBatchWriteJob::serverValidationErrorEndsTheJob()
{
    const QString message =
        QStringLiteral("One or more parameter values were invalid: Type mismatch for key pk");
    m_server->setHandler([message](const LoopbackRequest &) {
        return LoopbackReply::error(400, QStringLiteral("ValidationException"), message);
    });

    BatchWriteJob job(m_client, puts(40));
    QSignalSpy finished(&job, &BatchWriteJob::finished);
    job.start();
    settle(finished);

    QCOMPARE(finished.count(), 1);
    QCOMPARE(job.error().kind, ErrorKind::Validation);
    QCOMPARE(job.error().code, QStringLiteral("ValidationException"));
    QCOMPARE(job.error().message, message);
    QCOMPARE(job.error().httpStatus, 400);
    QCOMPARE(job.written(), 0);
}

void TestBatchWriteJob::cancelEndsTheJob()
{
    m_server->setHandler([](const LoopbackRequest &) { return LoopbackReply::noAnswer(); });
    BatchWriteJob job(m_client, puts(60));
    QSignalSpy finished(&job, &BatchWriteJob::finished);
    job.start();
    // All three calls reached the server and wait for their answers.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 3, 5000);
    QCOMPARE(finished.count(), 0);
    job.cancel();
    QCOMPARE(finished.count(), 1);
    const int requestsAtCancel = m_server->requestCount();
    QTest::qWait(300);

    QCOMPARE(finished.count(), 1);
    QCOMPARE(job.error().kind, ErrorKind::Cancelled);
    QCOMPARE(job.written(), 0);
    QCOMPARE(m_server->requestCount(), requestsAtCancel);
}

QTEST_GUILESS_MAIN(TestBatchWriteJob)
#include "tst_batchwritejob.moc"
