#include "aws/awserror.h"
#include "aws/retrypolicy.h"

#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>
#include <vector>

using namespace dyna::aws;

namespace {

AwsError serviceError(int status, const QByteArray &code)
{
    return AwsError::fromResponse(QStringLiteral("Query"), status,
                                  "{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + code +
                                      "\",\"message\":\"m\"}",
                                  "request-id");
}

AwsError transientError()
{
    return serviceError(500, "InternalServerError");
}

AwsError throttlingError()
{
    return serviceError(400, "ProvisionedThroughputExceededException");
}

AwsError timeoutError()
{
    return AwsError::timedOut(QStringLiteral("Query"), 30000);
}

std::function<double()> fixedRandom(double value)
{
    return [value] { return value; };
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void fullJitterDelays_data();
    void fullJitterDelays();
    void delayIsCappedAtMaxDelay();
    void nonRetryableErrorsNeverRetry_data();
    void nonRetryableErrorsNeverRetry();
    void maxAttemptsRespected();
    void singleAttemptNeverRetries();
    void quotaDrainsUnderFailingEndpoint();
    void timeoutsCostMore();
    void quotaRefillsOnSuccess();
    void successAfterRetryReturnsTheRetryCost();
    void worksWithoutQuota();
    void quotaIsSafeAcrossThreads();
};

void TestRetryPolicy::defaults()
{
    const RetryPolicy policy({}, std::make_shared<RetryQuota>(), fixedRandom(0.5));
    QCOMPARE(policy.config().maxAttempts, 8);
    QCOMPARE(policy.config().baseDelayMs, 50);
    QCOMPARE(policy.config().throttlingBaseDelayMs, 500);
    QCOMPARE(policy.config().maxDelayMs, 10000);
    QCOMPARE(policy.config().perAttemptTimeoutMs, 30000);
    const RetryQuota quota;
    QCOMPARE(quota.available(), 500);
    QCOMPARE(quota.costOf(transientError()), 5);
    QCOMPARE(quota.costOf(timeoutError()), 10);
}

void TestRetryPolicy::fullJitterDelays_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("attemptsMade");
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("expectedDelayMs");

    // delay = random * min(10000, base * 2^(attemptsMade - 1)); base 50, throttling base 500.
    QTest::newRow("transient, first retry")
        << QByteArray("InternalServerError") << 500 << 1 << 0.5 << 25;
    QTest::newRow("transient, second retry")
        << QByteArray("InternalServerError") << 500 << 2 << 0.5 << 50;
    QTest::newRow("transient, fourth retry")
        << QByteArray("InternalServerError") << 500 << 4 << 0.999 << 399;
    QTest::newRow("transient, seventh retry")
        << QByteArray("InternalServerError") << 500 << 7 << 0.25 << 800;
    QTest::newRow("transient, random zero")
        << QByteArray("InternalServerError") << 500 << 3 << 0.0 << 0;
    QTest::newRow("throttling, first retry")
        << QByteArray("ProvisionedThroughputExceededException") << 400 << 1 << 0.5 << 250;
    QTest::newRow("throttling, third retry")
        << QByteArray("ProvisionedThroughputExceededException") << 400 << 3 << 0.5 << 1000;
    QTest::newRow("throttling, capped")
        << QByteArray("ThrottlingException") << 400 << 6 << 0.5 << 5000;
    QTest::newRow("limit exceeded backs off like throttling")
        << QByteArray("LimitExceededException") << 400 << 1 << 0.5 << 250;
    QTest::newRow("transaction in progress backs off like throttling")
        << QByteArray("TransactionInProgressException") << 400 << 2 << 0.5 << 500;
}

void TestRetryPolicy::fullJitterDelays()
{
    QFETCH(QByteArray, code);
    QFETCH(int, status);
    QFETCH(int, attemptsMade);
    QFETCH(double, random);

    RetryPolicy policy({}, std::make_shared<RetryQuota>(), fixedRandom(random));
    const RetryDecision decision = policy.onFailure(attemptsMade, serviceError(status, code));
    QVERIFY(decision.retry);
    QTEST(decision.delayMs, "expectedDelayMs");
}

void TestRetryPolicy::delayIsCappedAtMaxDelay()
{
    RetryConfig config;
    config.maxAttempts = 40;
    RetryPolicy policy(config, std::make_shared<RetryQuota>(), fixedRandom(0.3));
    // 50 * 2^14 is far above the 10 s cap.
    QCOMPARE(policy.onFailure(15, transientError()).delayMs, 3000);
    // Very late retries must not overflow.
    QCOMPARE(policy.onFailure(39, transientError()).delayMs, 3000);

    config.maxDelayMs = 120;
    RetryPolicy small(config, std::make_shared<RetryQuota>(), fixedRandom(1.0));
    QCOMPARE(small.onFailure(1, transientError()).delayMs, 50);
    QCOMPARE(small.onFailure(2, transientError()).delayMs, 100);
    QCOMPARE(small.onFailure(3, transientError()).delayMs, 120);
}

void TestRetryPolicy::nonRetryableErrorsNeverRetry_data()
{
    QTest::addColumn<AwsError>("error");
    QTest::newRow("validation") << serviceError(400, "ValidationException");
    QTest::newRow("conditional check") << serviceError(400, "ConditionalCheckFailedException");
    QTest::newRow("transaction cancelled") << serviceError(400, "TransactionCanceledException");
    QTest::newRow("expired token") << serviceError(400, "ExpiredTokenException");
    QTest::newRow("not found") << serviceError(400, "ResourceNotFoundException");
    QTest::newRow("unsupported") << serviceError(400, "UnknownOperationException");
    QTest::newRow("cancelled by user") << AwsError::cancelled(QStringLiteral("Query"));
    QTest::newRow("client validation") << AwsError::invalidRequest(
        QStringLiteral("Query"), QStringLiteral("TableName"), QStringLiteral("required"));
}

void TestRetryPolicy::nonRetryableErrorsNeverRetry()
{
    QFETCH(AwsError, error);
    auto quota = std::make_shared<RetryQuota>();
    RetryPolicy policy({}, quota, fixedRandom(0.5));
    const RetryDecision decision = policy.onFailure(1, error);
    QVERIFY(!decision.retry);
    QCOMPARE(decision.delayMs, 0);
    QCOMPARE(decision.reason, QStringLiteral("not retryable"));
    QCOMPARE(quota->available(), 500);
}

void TestRetryPolicy::maxAttemptsRespected()
{
    RetryConfig config;
    config.maxAttempts = 3;
    RetryPolicy policy(config, std::make_shared<RetryQuota>(), fixedRandom(0.5));

    int attempts = 0;
    RetryDecision decision;
    do {
        ++attempts; // the attempt fails with a throttling error
        decision = policy.onFailure(attempts, throttlingError());
    } while (decision.retry && attempts < 100);
    QCOMPARE(attempts, 3);
    QCOMPARE(decision.reason, QStringLiteral("attempts exhausted"));
}

void TestRetryPolicy::singleAttemptNeverRetries()
{
    RetryConfig config;
    config.maxAttempts = 1;
    RetryPolicy policy(config, std::make_shared<RetryQuota>(), fixedRandom(0.5));
    const RetryDecision decision = policy.onFailure(1, transientError());
    QVERIFY(!decision.retry);
    QCOMPARE(decision.reason, QStringLiteral("attempts exhausted"));
}

void TestRetryPolicy::quotaDrainsUnderFailingEndpoint()
{
    // Many jobs against an endpoint that answers 500 to everything: 500 tokens pay for
    // exactly 100 retries, after which nobody retries until something succeeds.
    auto quota = std::make_shared<RetryQuota>();
    int retries = 0;
    RetryDecision last;
    for (int job = 0; job < 200; ++job) {
        RetryPolicy policy({}, quota, fixedRandom(0.5));
        for (int attempt = 1;; ++attempt) {
            last = policy.onFailure(attempt, transientError());
            if (!last.retry)
                break;
            ++retries;
        }
    }
    QCOMPARE(retries, 100);
    QCOMPARE(quota->available(), 0);
    QCOMPARE(last.reason, QStringLiteral("retry quota exhausted"));
    QCOMPARE(last.delayMs, 0);
}

void TestRetryPolicy::timeoutsCostMore()
{
    auto quota = std::make_shared<RetryQuota>(100, 5, 10);
    RetryPolicy policy({}, quota, fixedRandom(0.5));
    QVERIFY(policy.onFailure(1, timeoutError()).retry);
    QCOMPARE(quota->available(), 90);
    QVERIFY(policy.onFailure(2, transientError()).retry);
    QCOMPARE(quota->available(), 85);

    auto nearlyEmpty = std::make_shared<RetryQuota>(100, 5, 10);
    for (int i = 0; i < 19; ++i)
        QVERIFY(nearlyEmpty->tryAcquire(transientError()));
    QCOMPARE(nearlyEmpty->available(), 5);
    RetryPolicy starved({}, nearlyEmpty, fixedRandom(0.5));
    QCOMPARE(starved.onFailure(1, timeoutError()).reason, QStringLiteral("retry quota exhausted"));
    QCOMPARE(nearlyEmpty->available(), 5); // a refused retry takes nothing
    QVERIFY(starved.onFailure(1, transientError()).retry);
    QCOMPARE(nearlyEmpty->available(), 0);
}

void TestRetryPolicy::quotaRefillsOnSuccess()
{
    auto quota = std::make_shared<RetryQuota>();
    while (quota->tryAcquire(transientError())) {
    }
    QCOMPARE(quota->available(), 0);

    // Four first-try successes give 4 tokens: not enough for a retry costing 5.
    for (int i = 0; i < 4; ++i)
        RetryPolicy({}, quota, fixedRandom(0.5)).onSuccess(1);
    QCOMPARE(quota->available(), 4);
    RetryPolicy blocked({}, quota, fixedRandom(0.5));
    QVERIFY(!blocked.onFailure(1, transientError()).retry);

    RetryPolicy({}, quota, fixedRandom(0.5)).onSuccess(1);
    QCOMPARE(quota->available(), 5);
    RetryPolicy allowed({}, quota, fixedRandom(0.5));
    QVERIFY(allowed.onFailure(1, transientError()).retry);

    // The bucket never grows past its capacity.
    auto full = std::make_shared<RetryQuota>(20);
    for (int i = 0; i < 50; ++i)
        full->releaseOnSuccess(false);
    full->releaseOnSuccess(true);
    full->release(1000);
    QCOMPARE(full->available(), 20);
}

void TestRetryPolicy::successAfterRetryReturnsTheRetryCost()
{
    auto quota = std::make_shared<RetryQuota>();
    {
        RetryPolicy policy({}, quota, fixedRandom(0.5));
        QVERIFY(policy.onFailure(1, transientError()).retry);
        QCOMPARE(quota->available(), 495);
        policy.onSuccess(2);
        QCOMPARE(quota->available(), 500);
    }
    {
        RetryPolicy policy({}, quota, fixedRandom(0.5));
        QVERIFY(policy.onFailure(1, transientError()).retry);
        QVERIFY(policy.onFailure(2, timeoutError()).retry);
        QCOMPARE(quota->available(), 485);
        policy.onSuccess(3); // gives back the last retry's cost only
        QCOMPARE(quota->available(), 495);
    }
    quota->releaseOnSuccess(true);
    QCOMPARE(quota->available(), 500);
}

void TestRetryPolicy::worksWithoutQuota()
{
    RetryPolicy policy({}, nullptr, fixedRandom(0.5));
    for (int attempt = 1; attempt < 8; ++attempt)
        QVERIFY(policy.onFailure(attempt, throttlingError()).retry);
    QVERIFY(!policy.onFailure(8, throttlingError()).retry);
    policy.onSuccess(8);
}

void TestRetryPolicy::quotaIsSafeAcrossThreads()
{
    constexpr int threadCount = 8;
    constexpr int tries = 5000;
    auto quota = std::make_shared<RetryQuota>(1000, 5, 10);
    std::atomic<int> granted = 0;
    const AwsError error = transientError();

    const auto runThreads = [](const std::function<void()> &work) {
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < threadCount; ++i)
            threads.emplace_back(QThread::create(work));
        for (auto &thread : threads)
            thread->start();
        for (auto &thread : threads)
            QVERIFY(thread->wait(30000));
    };

    // Drain concurrently: exactly capacity / cost acquisitions may succeed.
    runThreads([&] {
        for (int i = 0; i < tries; ++i) {
            if (quota->tryAcquire(error))
                ++granted;
        }
    });
    QCOMPARE(granted.load(), 200);
    QCOMPARE(quota->available(), 0);

    // Refill concurrently past capacity: capped, never lost or overshot.
    runThreads([&] {
        for (int i = 0; i < tries; ++i)
            quota->releaseOnSuccess(false);
    });
    QCOMPARE(quota->available(), 1000);

    // Jobs that each retry once and then succeed leave the bucket as it was.
    std::atomic<int> negativeSeen = 0;
    runThreads([&] {
        for (int i = 0; i < tries; ++i) {
            RetryPolicy policy({}, quota, [] { return 0.5; });
            if (policy.onFailure(1, error).retry)
                policy.onSuccess(2);
            if (quota->available() < 0)
                ++negativeSeen;
        }
    });
    QCOMPARE(negativeSeen.load(), 0);
    QCOMPARE(quota->available(), 1000);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
