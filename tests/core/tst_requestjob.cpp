#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "dynamo/preflight.h"
#include "loopbackserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

using namespace dyna::aws;
using dyna::test::LoopbackReply;
using dyna::test::LoopbackRequest;
using dyna::test::LoopbackServer;

namespace {

const QString kRegion = QStringLiteral("eu-west-1");
const QDateTime kNow(QDate(2024, 3, 15), QTime(12, 34, 56), Qt::UTC);
constexpr double kRandom = 0.5;
// How long to keep listening after `finished` for a second one or a stray request.
constexpr int kSettleMs = 100;

RetryConfig fastRetries()
{
    RetryConfig config;
    config.maxAttempts = 3;
    config.baseDelayMs = 4;
    config.throttlingBaseDelayMs = 40;
    config.maxDelayMs = 100;
    config.perAttemptTimeoutMs = 5000;
    return config;
}

// What the policy documents: full jitter over min(maxDelay, base * 2^retryIndex).
int expectedDelay(const RetryConfig &config, int retryIndex, bool throttling)
{
    const int base = throttling ? config.throttlingBaseDelayMs : config.baseDelayMs;
    return int(
        std::floor(kRandom * std::min<double>(config.maxDelayMs, base * std::pow(2, retryIndex))));
}

QJsonObject scanInput()
{
    return {{QStringLiteral("TableName"), QStringLiteral("Music")}};
}

QJsonObject putInput()
{
    return {{QStringLiteral("TableName"), QStringLiteral("Music")},
            {QStringLiteral("Item"),
             QJsonObject{
                 {QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), QStringLiteral("a")}}}}},
            {QStringLiteral("ConditionExpression"), QStringLiteral("attribute_not_exists(pk)")}};
}

QJsonObject scanPage()
{
    return {{QStringLiteral("Items"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), QStringLiteral("a")}}},
                 {QStringLiteral("plays"),
                  QJsonObject{{QStringLiteral("N"), QStringLiteral("12345678901234567890")}}}}}},
            {QStringLiteral("Count"), 1},
            {QStringLiteral("ScannedCount"), 1}};
}

struct RetryEvent
{
    SignedRequestJob *job;
    int attempt;
    int delayMs;
    AwsError error;
};

// Waits for the end of a job, then a little longer so that a second `finished` would be seen.
void settle(QSignalSpy &finished, int timeoutMs = 5000)
{
    if (finished.isEmpty())
        finished.wait(timeoutMs);
    QTest::qWait(kSettleMs);
}

} // namespace

Q_DECLARE_METATYPE(dyna::aws::Credentials)

class TestRequestJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void success_data();
    void success();
    void streamsCallIsSignedForDynamoDb();
    void retriedThenSucceeds_data();
    void retriedThenSucceeds();
    void serviceErrorIsNotRetried_data();
    void serviceErrorIsNotRetried();
    void failsAfterMaxAttempts_data();
    void failsAfterMaxAttempts();
    void droppedConnectionIsRetried();
    void droppedEveryTimeFailsAsNetworkError();
    void timesOutEveryAttempt();
    void cancelWhileInFlight();
    void approvalDecidesWhetherItIsSent_data();
    void approvalDecidesWhetherItIsSent();
    void cancelWhileAwaitingApproval();
    void cancelDuringRetryWait_data();
    void cancelDuringRetryWait();
    void invalidRequestIsNeverSent_data();
    void invalidRequestIsNeverSent();
    void serverRefusalIsNotRetried_data();
    void serverRefusalIsNotRetried();
    void idempotencyTokenSurvivesRetry();
    void retryQuotaStopsRetries();

private:
    // A client like the console's (dynamo::createClient), or a bare one without the preflight
    // checks so that the server sees what the preflight would have stopped.
    AwsClient *makeClient(const RetryConfig &retry = fastRetries(),
                          const Credentials &credentials = LoopbackServer::testCredentials(),
                          bool preflight = true);
    // A started job whose `retrying` signals are collected in `events`.
    std::unique_ptr<RequestJob> startJob(AwsClient *client, Service service,
                                         const QString &operation, const QJsonObject &input,
                                         std::vector<RetryEvent> *events = nullptr);

    LoopbackServer *m_server = nullptr;
    int m_expectedInvalid = 0; // requests the server must refuse in this test
};

void TestRequestJob::init()
{
    m_server = new LoopbackServer(this);
    m_expectedInvalid = 0;
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
}

void TestRequestJob::cleanup()
{
    const QStringList problems = m_server->problems();
    delete m_server;
    m_server = nullptr;
    QVERIFY2(problems.size() == m_expectedInvalid, qPrintable(problems.join(QLatin1Char('\n'))));
}

AwsClient *TestRequestJob::makeClient(const RetryConfig &retry, const Credentials &credentials,
                                      bool preflight)
{
    ClientConfig config = m_server->clientConfig(kRegion);
    config.retry = retry;
    auto provider = std::make_shared<StaticCredentialsProvider>(credentials);
    AwsClient *client = preflight ? dyna::dynamo::createClient(config, provider, m_server)
                                  : new AwsClient(config, provider, m_server);
    Clock clock;
    clock.now = [] { return kNow; };
    clock.random = [] { return kRandom; };
    client->setClock(clock);
    return client;
}

std::unique_ptr<RequestJob> TestRequestJob::startJob(AwsClient *client, Service service,
                                                     const QString &operation,
                                                     const QJsonObject &input,
                                                     std::vector<RetryEvent> *events)
{
    std::unique_ptr<RequestJob> job(client->call(service, operation, input));
    job->setAutoDelete(false);
    if (events) {
        connect(
            job.get(), &RequestJob::retrying, this,
            [events](SignedRequestJob *retried, int attempt, int delayMs, const AwsError &error) {
                events->push_back({retried, attempt, delayMs, error});
            });
    }
    job->start();
    return job;
}

void TestRequestJob::success_data()
{
    QTest::addColumn<bool>("sessionToken");
    QTest::newRow("long-term keys") << false;
    QTest::newRow("session credentials") << true;
}

void TestRequestJob::success()
{
    QFETCH(bool, sessionToken);
    const Credentials credentials =
        sessionToken ? LoopbackServer::testSessionCredentials() : LoopbackServer::testCredentials();
    AwsClient *client = makeClient(fastRetries(), credentials);
    m_server->enqueue(QStringLiteral("Scan"),
                      LoopbackReply::json(scanPage()).withRequestId("REQ-SCAN-0001"));

    std::vector<RetryEvent> retries;
    auto job = startJob(client, Service::DynamoDb, QStringLiteral("Scan"), scanInput(), &retries);
    QSignalSpy finished(job.get(), &RequestJob::finished);
    settle(finished);

    QCOMPARE(finished.count(), 1);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().details()));
    QCOMPARE(job->attempts(), 1);
    QVERIFY(retries.empty());
    QCOMPARE(job->requestId(), QStringLiteral("REQ-SCAN-0001"));
    QCOMPARE(job->response(), scanPage());

    QCOMPARE(m_server->requestCount(), 1);
    const LoopbackRequest &request = m_server->requests().constFirst();
    QCOMPARE(request.json, scanInput());
    QCOMPARE(request.header("X-Amz-Target"), QByteArray("DynamoDB_20120810.Scan"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/x-amz-json-1.0"));
    QCOMPARE(request.header("X-Amz-Date"),
             kNow.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1());
    QCOMPARE(request.accessKeyId, credentials.accessKeyId);
    QCOMPARE(request.scopeDate, kNow.toString(QStringLiteral("yyyyMMdd")));
    QCOMPARE(request.region, kRegion);
    QCOMPARE(request.service, QStringLiteral("dynamodb"));
    QVERIFY2(request.signatureVerified, qPrintable(request.problem));
    QVERIFY(request.header("User-Agent").startsWith("DynaConsole/"));
    QCOMPARE(request.header("Accept-Encoding"), QByteArray("identity"));
    if (sessionToken) {
        QCOMPARE(request.header("X-Amz-Security-Token"), credentials.sessionToken.toLatin1());
        QVERIFY(request.signedHeaders.contains("x-amz-security-token"));
    } else {
        QVERIFY(!request.hasHeader("X-Amz-Security-Token"));
    }
}

void TestRequestJob::streamsCallIsSignedForDynamoDb()
{
    AwsClient *client = makeClient();
    const QString arn = QStringLiteral(
        "arn:aws:dynamodb:eu-west-1:123456789012:table/Music/stream/2024-03-15T12:00:00.000");
    const QJsonObject description{
        {QStringLiteral("StreamDescription"),
         QJsonObject{{QStringLiteral("StreamArn"), arn},
                     {QStringLiteral("StreamStatus"), QStringLiteral("ENABLED")},
                     {QStringLiteral("Shards"), QJsonArray{}}}}};
    m_server->enqueue(QStringLiteral("DescribeStream"), LoopbackReply::json(description));

    auto job = startJob(client, Service::Streams, QStringLiteral("DescribeStream"),
                        {{QStringLiteral("StreamArn"), arn}});
    QSignalSpy finished(job.get(), &RequestJob::finished);
    settle(finished);

    QCOMPARE(finished.count(), 1);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().details()));
    QCOMPARE(job->response(), description);
    QCOMPARE(m_server->requestCount(), 1);
    const LoopbackRequest &request = m_server->requests().constFirst();
    QCOMPARE(request.targetPrefix, QStringLiteral("DynamoDBStreams_20120810"));
    QCOMPARE(request.operation, QStringLiteral("DescribeStream"));
    QCOMPARE(request.region, kRegion);
    QCOMPARE(request.service, QStringLiteral("dynamodb"));
    QVERIFY(request.signatureVerified);
}

void TestRequestJob::retriedThenSucceeds_data()
{
    QTest::addColumn<LoopbackReply>("failure");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("code");

    QTest::newRow("500 InternalServerError")
        << LoopbackReply::error(500, QStringLiteral("InternalServerError"),
                                QStringLiteral("Internal server error"))
        << ErrorKind::Transient << QStringLiteral("InternalServerError");
    QTest::newRow("503 without an error code")
        << LoopbackReply::json({}, 503) << ErrorKind::Transient << QString();
    QTest::newRow("throttled")
        << LoopbackReply::error(400, QStringLiteral("ProvisionedThroughputExceededException"),
                                QStringLiteral("The level of configured provisioned throughput "
                                               "for the table was exceeded."))
        << ErrorKind::Throttling << QStringLiteral("ProvisionedThroughputExceededException");
    QTest::newRow("wrong x-amz-crc32")
        << LoopbackReply::json(scanPage()).withCrc32("12345") << ErrorKind::Transient
        << QStringLiteral("CRC32CheckFailed");
}

void TestRequestJob::retriedThenSucceeds()
{
    QFETCH(LoopbackReply, failure);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, code);
    const RetryConfig config = fastRetries();
    AwsClient *client = makeClient(config);
    m_server->enqueue(failure);
    m_server->enqueue(LoopbackReply::json(scanPage()).withRequestId("REQ-SECOND"));

    std::vector<RetryEvent> retries;
    auto job = startJob(client, Service::DynamoDb, QStringLiteral("Scan"), scanInput(), &retries);
    QSignalSpy finished(job.get(), &RequestJob::finished);
    settle(finished);

    QCOMPARE(finished.count(), 1);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().details()));
    QCOMPARE(job->response(), scanPage());
    QCOMPARE(job->requestId(), QStringLiteral("REQ-SECOND"));
    QCOMPARE(job->attempts(), 2);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().at(1).body, m_server->requests().at(0).body);
    QCOMPARE(m_server->queuedReplies(), 0);

    QCOMPARE(retries.size(), size_t(1));
    const RetryEvent &retry = retries.front();
    QCOMPARE(retry.job, job.get());
    QCOMPARE(retry.attempt, 2);
    QCOMPARE(retry.error.kind, kind);
    if (!code.isEmpty())
        QCOMPARE(retry.error.code, code);
    QVERIFY(retry.error.retryable);
    QCOMPARE(retry.delayMs, expectedDelay(config, 0, kind == ErrorKind::Throttling));
}

void TestRequestJob::serviceErrorIsNotRetried_data()
{
    QTest::addColumn<QString>("messageKey");
    QTest::newRow("DynamoDB spelling") << QStringLiteral("message");
    QTest::newRow("DynamoDB Local spelling") << QStringLiteral("Message");
}

void TestRequestJob::serviceErrorIsNotRetried()
{
    QFETCH(QString, messageKey);
    AwsClient *client = makeClient();
    const QString message = QStringLiteral("The conditional request failed");
    m_server->enqueue(LoopbackReply::error(400, QStringLiteral("ConditionalCheckFailedException"),
                                           message, messageKey)
                          .withRequestId("REQ-CONFLICT"));

    std::vector<RetryEvent> retries;
    auto job = startJob(client, Service::DynamoDb, QStringLiteral("PutItem"), putInput(), &retries);
    QSignalSpy finished(job.get(), &RequestJob::finished);
    settle(finished);

    QCOMPARE(finished.count(), 1);
    QCOMPARE(job->attempts(), 1);
    QVERIFY(retries.empty());
    QCOMPARE(m_server->requestCount(), 1);
    const AwsError &error = job->error();
    QCOMPARE(error.kind, ErrorKind::Conflict);
    QCOMPARE(error.code, QStringLiteral("ConditionalCheckFailedException"));
    QCOMPARE(error.message, message);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.requestId, QStringLiteral("REQ-CONFLICT"));
    QCOMPARE(error.operation, QStringLiteral("PutItem"));
    QVERIFY(!error.retryable);
}

void TestRequestJob::failsAfterMaxAttempts_data()
{
    QTest::addColumn<LoopbackReply>("failure");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("code");

    QTest::newRow("wrong x-amz-crc32")
        << LoopbackReply::json(scanPage()).withCrc32("4294967295") << ErrorKind::Transient
        << QStringLiteral("CRC32CheckFailed");
    QTest::newRow("500 InternalServerError")
        << LoopbackReply::error(500, QStringLiteral("InternalServerError"),
                                QStringLiteral("Internal server error"))
        << ErrorKind::Transient << QStringLiteral("InternalServerError");
}

void TestRequestJob::failsAfterMaxAttempts()
{
    QFETCH(LoopbackReply, failure);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, code);
    const RetryConfig config = fastRetries();
    AwsClient *client = makeClient(config);
    m_server->setHandler([failure](const LoopbackRequest &) { return failure; });

    std::vector<RetryEvent> retries;
    auto job = startJob(client, Service::DynamoDb, QStringLiteral("Scan"), scanInput(), &retries);
    QSignalSpy finished(job.get(), &RequestJob::finished);
    settle(finished);

    QCOMPARE(finished.count(), 1);
    QCOMPARE(job->attempts(), config.maxAttempts);
    QCOMPARE(m_server->requestCount(), config.maxAttempts);
    QCOMPARE(int(retries.size()), config.maxAttempts - 1);
    for (size_t i = 0; i < retries.size(); ++i) {
        QCOMPARE(retries[i].attempt, int(i) + 2);
        QCOMPARE(retries[i].delayMs, expectedDelay(config, int(i), false));
    }
    const AwsError &error = job->error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.code, code);
    QVERIFY(error.retryable);
    QVERIFY(job->response().isEmpty());
}

// Qt itself sends a POST again, once, on a fresh connection when the server closes the
// connection before answering, so the server may see one request more than the job's attempts.
void TestRequestJob::droppedConnectionIsRetried()
{
    AwsClient *client = makeClient();
    m_server->enqueue(LoopbackReply::dropConnection());
    m_server->enqueue(LoopbackReply::json(scanPage()));

    std::vector<RetryEvent> retries;
    auto job = startJob(client, Service::DynamoDb, QStringLiteral("Scan"), scanInput(), &retries);
    QSignalSpy finished(job.get(), &RequestJob::finished);
    settle(finished);

    QCOMPARE(finished.count(), 1);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().details()));
    QCOMPARE(job->response(), scanPage());
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().at(1).body, m_server->requests().at(0).body);
    QVERIFY(m_server->requests().at(1).connection != m_server->requests().at(0).connection);
    QCOMPARE(int(retries.size()), job->attempts() - 1);
    for (const auto &retry : retries)
        QCOMPARE(retry.error.kind, ErrorKind::Network);
}

void TestRequestJob::droppedEveryTimeFailsAsNetworkError()
{
    const RetryConfig config = fastRetries();
    AwsClient *client = makeClient(config);
    m_server->setHandler([](const LoopbackRequest &) { return LoopbackReply::dropConnection(); });

    std::vector<RetryEvent> retries;
    auto job = startJob(client, Service::DynamoDb, QStringLiteral("Scan"), scanInput(), &retries);
    QSignalSpy finished(job.get(), &RequestJob::finished);
    settle(finished);

    QCOMPARE(finished.count(), 1);
    QCOMPARE(job->attempts(), config.maxAttempts);
    QCOMPARE(int(retries.size()), config.maxAttempts - 1);
    QVERIFY(m_server->requestCount() >= config.maxAttempts);
    QVERIFY(m_server->requestCount() <= 2 * config.maxAttempts);
    const AwsError &error = job->error();
    QCOMPARE(error.kind, ErrorKind::Network);
    QCOMPARE(error.code, QStringLiteral("RemoteHostClosedError"));
    QVERIFY(error.retryable);
}

void TestRequestJob::timesOutEveryAttempt()
{
    RetryConfig config = fastRetries();
    config.perAttemptTimeoutMs = 300;
    AwsClient *client = makeClient(config);
    m_server->setHandler([](const LoopbackRequest &) { return LoopbackReply::noAnswer(); });

    std::vector<RetryEvent> retries;
    QElapsedTimer elapsed;
    elapsed.start();
    auto job = startJob(client, Service::DynamoDb, QStringLiteral("Scan"), scanInput(), &retries);
    QSignalSpy finished(job.get(), &RequestJob::finished);
    settle(finished, 5000);

    QCOMPARE(finished.count(), 1);
    QVERIFY(elapsed.elapsed() >= config.maxAttempts * config.perAttemptTimeoutMs);
    const AwsError &error = job->error();
    QCOMPARE(error.kind, ErrorKind::Network);
    QVERIFY(error.isTimeout());
    QVERIFY(error.retryable);
    QCOMPARE(job->attempts(), config.maxAttempts);
    QCOMPARE(int(retries.size()), config.maxAttempts - 1);
    QCOMPARE(m_server->requestCount(), config.maxAttempts);
}

void TestRequestJob::cancelWhileInFlight()
{
    AwsClient *client = makeClient();
    m_server->setHandler([](const LoopbackRequest &) { return LoopbackReply::noAnswer(); });
    QSignalSpy received(m_server, &LoopbackServer::requestReceived);

    std::vector<RetryEvent> retries;
    auto job = startJob(client, Service::DynamoDb, QStringLiteral("Scan"), scanInput(), &retries);
    QSignalSpy finished(job.get(), &RequestJob::finished);
    QVERIFY(received.wait(5000));
    QCOMPARE(finished.count(), 0);
    job->cancel();
    job->cancel(); // a second click changes nothing
    settle(finished);

    QCOMPARE(finished.count(), 1);
    QCOMPARE(job->error().kind, ErrorKind::Cancelled);
    QVERIFY(retries.empty());
    QCOMPARE(job->attempts(), 1);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestRequestJob::approvalDecidesWhetherItIsSent_data()
{
    QTest::addColumn<bool>("approved");
    QTest::newRow("approved") << true;
    QTest::newRow("refused") << false;
}

void TestRequestJob::approvalDecidesWhetherItIsSent()
{
    QFETCH(bool, approved);
    AwsClient *client = makeClient();
    m_server->enqueue(QStringLiteral("Scan"), LoopbackReply::json(scanPage()));
    std::function<void(bool)> decide;
    QString askedFor;
    client->setApproval([&](Service, const QString &operation, const QJsonObject &,
                            std::function<void(bool)> decision) {
        askedFor = operation;
        decide = std::move(decision);
    });
    auto job = startJob(client, Service::DynamoDb, QStringLiteral("Scan"), scanInput());
    QSignalSpy finished(job.get(), &RequestJob::finished);
    QTRY_VERIFY(decide);
    QCOMPARE(askedFor, QStringLiteral("Scan"));
    // Nothing leaves the machine while the answer is pending.
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(finished.count(), 0);
    decide(approved);
    settle(finished);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_server->requestCount(), approved ? 1 : 0);
    QCOMPARE(job->error().isError(), !approved);
    if (!approved) {
        QCOMPARE(job->error().code, QStringLiteral("WriteNotConfirmed"));
        QVERIFY(job->error().userMessage().contains(QStringLiteral("Scan was not sent")));
    }
}

void TestRequestJob::cancelWhileAwaitingApproval()
{
    AwsClient *client = makeClient();
    std::function<void(bool)> decide;
    client->setApproval([&](Service, const QString &, const QJsonObject &,
                            std::function<void(bool)> decision) { decide = std::move(decision); });
    auto job = startJob(client, Service::DynamoDb, QStringLiteral("Scan"), scanInput());
    QSignalSpy finished(job.get(), &RequestJob::finished);
    QTRY_VERIFY(decide);
    job->cancel();
    settle(finished);
    QCOMPARE(job->error().kind, ErrorKind::Cancelled);
    // A late yes after the cancel sends nothing and finishes nothing twice.
    decide(true);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestRequestJob::cancelDuringRetryWait_data()
{
    QTest::addColumn<bool>("fromRetryingSignal");
    QTest::newRow("while waiting") << false;
    QTest::newRow("from the retrying signal") << true;
}

void TestRequestJob::cancelDuringRetryWait()
{
    QFETCH(bool, fromRetryingSignal);
    RetryConfig config = fastRetries();
    config.baseDelayMs = 400; // a wait long enough to cancel in
    config.maxDelayMs = 1000;
    AwsClient *client = makeClient(config);
    m_server->enqueue(LoopbackReply::error(500, QStringLiteral("InternalServerError"), {}));
    m_server->enqueue(LoopbackReply::json(scanPage()));

    std::vector<RetryEvent> retries;
    auto job = startJob(client, Service::DynamoDb, QStringLiteral("Scan"), scanInput(), &retries);
    QSignalSpy finished(job.get(), &RequestJob::finished);
    QSignalSpy retrying(job.get(), &RequestJob::retrying);
    if (fromRetryingSignal)
        connect(job.get(), &RequestJob::retrying, job.get(), &RequestJob::cancel);
    QVERIFY(retrying.wait(5000));
    if (!fromRetryingSignal) {
        QCOMPARE(finished.count(), 0);
        job->cancel();
    }
    QCOMPARE(finished.count(), 1);
    // Past the moment the retry would have been sent.
    QTest::qWait(expectedDelay(config, 0, false) + kSettleMs);

    QCOMPARE(finished.count(), 1);
    QCOMPARE(job->error().kind, ErrorKind::Cancelled);
    QCOMPARE(retries.size(), size_t(1));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(job->attempts(), 1);
    QVERIFY(job->response().isEmpty());
}

void TestRequestJob::invalidRequestIsNeverSent_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QString>("member");

    QTest::newRow("Scan with Limit 0")
        << QStringLiteral("Scan")
        << QJsonObject{{QStringLiteral("TableName"), QStringLiteral("Music")},
                       {QStringLiteral("Limit"), 0}}
        << QStringLiteral("Limit");
    QTest::newRow("PutItem without TableName")
        << QStringLiteral("PutItem") << QJsonObject{{QStringLiteral("Item"), QJsonObject{}}}
        << QStringLiteral("TableName");
    QTest::newRow("unknown ReturnValues")
        << QStringLiteral("DeleteItem")
        << QJsonObject{{QStringLiteral("TableName"), QStringLiteral("Music")},
                       {QStringLiteral("Key"),
                        QJsonObject{{QStringLiteral("pk"),
                                     QJsonObject{{QStringLiteral("S"), QStringLiteral("a")}}}}},
                       {QStringLiteral("ReturnValues"), QStringLiteral("EVERYTHING")}}
        << QStringLiteral("ReturnValues");
}

void TestRequestJob::invalidRequestIsNeverSent()
{
    QFETCH(QString, operation);
    QFETCH(QJsonObject, input);
    QFETCH(QString, member);
    AwsClient *client = makeClient();

    auto job = startJob(client, Service::DynamoDb, operation, input);
    QSignalSpy finished(job.get(), &RequestJob::finished);
    settle(finished);

    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_server->connectionCount(), 0);
    const AwsError &error = job->error();
    QCOMPARE(error.kind, ErrorKind::Validation);
    QCOMPARE(error.memberPath, member);
    QVERIFY2(error.message.contains(member), qPrintable(error.message));
    QVERIFY2(error.userMessage().contains(member), qPrintable(error.userMessage()));
    QVERIFY(!error.retryable);
}

void TestRequestJob::serverRefusalIsNotRetried_data()
{
    QTest::addColumn<Credentials>("credentials");
    QTest::addColumn<bool>("preflight");
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("code");

    Credentials wrongSecret = LoopbackServer::testCredentials();
    wrongSecret.secretAccessKey = QStringLiteral("not-the-secret-the-server-knows");
    Credentials unknownKey = LoopbackServer::testCredentials();
    unknownKey.accessKeyId = QStringLiteral("AKIDUNKNOWN000000000");
    QJsonObject limitZero = scanInput();
    limitZero.insert(QStringLiteral("Limit"), 0);

    QTest::newRow("wrong secret") << wrongSecret << true << scanInput() << ErrorKind::Auth
                                  << QStringLiteral("InvalidSignatureException");
    QTest::newRow("unknown access key") << unknownKey << true << scanInput() << ErrorKind::Auth
                                        << QStringLiteral("UnrecognizedClientException");
    QTest::newRow("invalid input without preflight")
        << LoopbackServer::testCredentials() << false << limitZero << ErrorKind::Validation
        << QStringLiteral("ValidationException");
}

void TestRequestJob::serverRefusalIsNotRetried()
{
    QFETCH(Credentials, credentials);
    QFETCH(bool, preflight);
    QFETCH(QJsonObject, input);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, code);
    AwsClient *client = makeClient(fastRetries(), credentials, preflight);
    m_expectedInvalid = 1;

    auto job = startJob(client, Service::DynamoDb, QStringLiteral("Scan"), input);
    QSignalSpy finished(job.get(), &RequestJob::finished);
    settle(finished);

    QCOMPARE(finished.count(), 1);
    QCOMPARE(job->attempts(), 1);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->invalidRequests(), 1);
    const AwsError &error = job->error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.code, code);
    QCOMPARE(error.httpStatus, 400);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.retryable);
}

void TestRequestJob::idempotencyTokenSurvivesRetry()
{
    AwsClient *client = makeClient();
    const QJsonObject input{
        {QStringLiteral("TransactItems"),
         QJsonArray{QJsonObject{
             {QStringLiteral("Put"),
              QJsonObject{
                  {QStringLiteral("TableName"), QStringLiteral("Music")},
                  {QStringLiteral("Item"),
                   QJsonObject{{QStringLiteral("pk"),
                                QJsonObject{{QStringLiteral("S"), QStringLiteral("a")}}}}}}}}}}};
    m_server->enqueue(LoopbackReply::error(500, QStringLiteral("InternalServerError"), {}));
    m_server->enqueue(LoopbackReply::json({}));
    m_server->enqueue(LoopbackReply::json({}));

    auto job = startJob(client, Service::DynamoDb, QStringLiteral("TransactWriteItems"), input);
    QSignalSpy finished(job.get(), &RequestJob::finished);
    settle(finished);
    QCOMPARE(finished.count(), 1);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().details()));
    QCOMPARE(job->attempts(), 2);

    const QString tokenKey = QStringLiteral("ClientRequestToken");
    QCOMPARE(m_server->requestCount(), 2);
    const QString first = m_server->requests().at(0).json.value(tokenKey).toString();
    const QString second = m_server->requests().at(1).json.value(tokenKey).toString();
    QVERIFY(!QUuid::fromString(first).isNull());
    QCOMPARE(second, first);
    QCOMPARE(job->input().value(tokenKey).toString(), first);
    QVERIFY(!input.contains(tokenKey));

    // Another call of the same input is another transaction: it gets its own token.
    auto again = startJob(client, Service::DynamoDb, QStringLiteral("TransactWriteItems"), input);
    QSignalSpy againFinished(again.get(), &RequestJob::finished);
    settle(againFinished);
    QCOMPARE(againFinished.count(), 1);
    QCOMPARE(m_server->requestCount(), 3);
    const QString third = m_server->requests().at(2).json.value(tokenKey).toString();
    QVERIFY(!QUuid::fromString(third).isNull());
    QVERIFY(third != first);
}

void TestRequestJob::retryQuotaStopsRetries()
{
    RetryConfig config = fastRetries();
    config.maxAttempts = 4;
    config.baseDelayMs = 1;
    AwsClient *client = makeClient(config);
    m_server->setHandler([](const LoopbackRequest &) {
        return LoopbackReply::error(500, QStringLiteral("InternalServerError"), {});
    });

    constexpr int jobCount = 50;
    std::vector<std::unique_ptr<RequestJob>> jobs;
    QHash<Job *, int> finishedCount;
    int done = 0;
    for (int i = 0; i < jobCount; ++i) {
        jobs.push_back(startJob(client, Service::DynamoDb, QStringLiteral("Scan"), scanInput()));
        connect(jobs.back().get(), &RequestJob::finished, this, [&finishedCount, &done](Job *job) {
            ++finishedCount[job];
            ++done;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, jobCount, 8000);
    QTest::qWait(kSettleMs);
    QCOMPARE(done, jobCount);

    int cutShort = 0;
    for (const auto &job : jobs) {
        QCOMPARE(finishedCount.value(job.get()), 1);
        QCOMPARE(job->error().kind, ErrorKind::Transient);
        if (job->attempts() < config.maxAttempts)
            ++cutShort;
    }
    // The endpoint was retried at first, then the shared quota stopped every job's retries.
    QVERIFY(m_server->requestCount() > jobCount);
    QVERIFY2(m_server->requestCount() < jobCount * config.maxAttempts,
             qPrintable(QString::number(m_server->requestCount())));
    QVERIFY(cutShort > 0);
    const RetryDecision next = client->retryPolicy().onFailure(1, jobs.front()->error());
    QVERIFY(!next.retry);
    QCOMPARE(next.reason, QStringLiteral("retry quota exhausted"));
}

QTEST_GUILESS_MAIN(TestRequestJob)
#include "tst_requestjob.moc"
