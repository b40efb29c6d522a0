#include "aws/assumeroleprovider.h"
#include "aws/credentialsprovider.h"
#include "stsloopbackserver.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>
#include <optional>

using namespace dyna::aws;
using dyna::test::StsLoopbackServer;
using dyna::test::StsReply;
using dyna::test::StsRequest;

namespace {

const QString kRegion = QStringLiteral("us-west-2");
const QString kMfaSerial = QStringLiteral("arn:aws:iam::123456789012:mfa/alice");
const QDateTime kStart(QDate(2024, 6, 1), QTime(8, 0), Qt::UTC);
constexpr int kDuration = 3600;
constexpr int kWaitMs = 10000;

// What one fetch answered.
struct Answer
{
    bool called = false;
    Credentials credentials;
    AwsError error;
};

AssumeRoleParams roleParams(const QString &role = QStringLiteral("dba"))
{
    AssumeRoleParams params;
    params.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/") + role;
    params.roleSessionName = QStringLiteral("console-test");
    params.durationSeconds = kDuration;
    return params;
}

} // namespace

class TestAssumeRoleProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void reusesCachedCredentials();
    void refreshesNearExpiry_data();
    void refreshesNearExpiry();
    void singleFlight();
    void backgroundRefresh();
    void mfaCodeAskedOncePerRefresh();
    void mfaCancelled();
    void roleChaining();
    void recoversAfterError();
    void skipsDestroyedContext();

private:
    StsConfig config() const;
    std::shared_ptr<CredentialsProvider> sourceProvider() const;
    std::shared_ptr<AssumeRoleProvider> makeProvider(std::shared_ptr<CredentialsProvider> source,
                                                     AssumeRoleParams params = roleParams());
    std::shared_ptr<Answer> fetch(CredentialsProvider &provider, QObject *context = nullptr);
    Answer fetchAndWait(CredentialsProvider &provider);

    std::unique_ptr<StsLoopbackServer> m_server;
    QDateTime m_now;
};

void TestAssumeRoleProvider::init()
{
    m_server = std::make_unique<StsLoopbackServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_now = kStart;
    m_server->setNow([this] { return m_now; });
}

void TestAssumeRoleProvider::cleanup()
{
    QVERIFY2(m_server->invalidRequests() == 0, qPrintable(m_server->problems().join('\n')));
    m_server.reset();
}

StsConfig TestAssumeRoleProvider::config() const
{
    StsConfig config;
    config.endpoint = m_server->endpointOptions(kRegion);
    config.retry.baseDelayMs = 2;
    config.retry.maxDelayMs = 10;
    config.retry.perAttemptTimeoutMs = 5000;
    config.clock.now = [this] { return m_now; };
    config.clock.random = [] { return 0.5; };
    return config;
}

std::shared_ptr<CredentialsProvider> TestAssumeRoleProvider::sourceProvider() const
{
    return std::make_shared<StaticCredentialsProvider>(StsLoopbackServer::sourceCredentials());
}

std::shared_ptr<AssumeRoleProvider>
TestAssumeRoleProvider::makeProvider(std::shared_ptr<CredentialsProvider> source,
                                     AssumeRoleParams params)
{
    return std::make_shared<AssumeRoleProvider>(std::move(source), std::move(params), config());
}

std::shared_ptr<Answer> TestAssumeRoleProvider::fetch(CredentialsProvider &provider,
                                                      QObject *context)
{
    auto answer = std::make_shared<Answer>();
    provider.fetch(context, [answer](const Credentials &credentials, const AwsError &error) {
        QVERIFY(!answer->called); // exactly once
        answer->called = true;
        answer->credentials = credentials;
        answer->error = error;
    });
    return answer;
}

Answer TestAssumeRoleProvider::fetchAndWait(CredentialsProvider &provider)
{
    const auto answer = fetch(provider);
    if (!QTest::qWaitFor([&answer] { return answer->called; }, kWaitMs)) {
        // Shows up in every check of the answer.
        answer->error.kind = ErrorKind::Cancelled;
        answer->error.code = QStringLiteral("NoAnswerWithinTestTimeout");
    }
    return *answer;
}

void TestAssumeRoleProvider::reusesCachedCredentials()
{
    const auto provider = makeProvider(sourceProvider());
    const Answer first = fetchAndWait(*provider);
    QVERIFY2(!first.error.isError(), qPrintable(first.error.details()));
    QCOMPARE(m_server->minted().size(), 1);
    QCOMPARE(first.credentials.accessKeyId, m_server->minted().first().accessKeyId);
    QCOMPARE(first.credentials.expiration, kStart.addSecs(kDuration));
    QCOMPARE(provider->assumedRole().arn,
             QStringLiteral("arn:aws:sts::123456789012:assumed-role/dba/console-test"));

    for (int i = 0; i < 4; ++i) {
        m_now = m_now.addSecs(600);
        // Valid for more than five minutes: answered at once, without a request.
        const auto answer = fetch(*provider);
        QVERIFY(answer->called);
        QCOMPARE(answer->credentials.accessKeyId, first.credentials.accessKeyId);
        QCOMPARE(answer->credentials.sessionToken, first.credentials.sessionToken);
    }
    QCOMPARE(m_server->requestCount(), 1);
}

void TestAssumeRoleProvider::refreshesNearExpiry_data()
{
    QTest::addColumn<int>("elapsed");
    QTest::addColumn<bool>("refreshes");
    QTest::newRow("301 s left") << kDuration - 301 << false;
    QTest::newRow("300 s left") << kDuration - 300 << true;
    QTest::newRow("60 s left") << kDuration - 60 << true;
    QTest::newRow("expired") << kDuration + 60 << true;
}

void TestAssumeRoleProvider::refreshesNearExpiry()
{
    QFETCH(int, elapsed);
    QFETCH(bool, refreshes);
    const auto provider = makeProvider(sourceProvider());
    const Answer first = fetchAndWait(*provider);
    QVERIFY(!first.error.isError());

    m_now = kStart.addSecs(elapsed);
    const Answer second = fetchAndWait(*provider);
    QVERIFY2(!second.error.isError(), qPrintable(second.error.details()));
    QCOMPARE(m_server->requestCount(), refreshes ? 2 : 1);
    QCOMPARE(second.credentials.accessKeyId, m_server->minted().constLast().accessKeyId);
    QCOMPARE(second.credentials.accessKeyId != first.credentials.accessKeyId, refreshes);
    if (refreshes)
        QCOMPARE(second.credentials.expiration, m_now.addSecs(kDuration));
}

void TestAssumeRoleProvider::singleFlight()
{
    const auto provider = makeProvider(sourceProvider());
    QList<std::shared_ptr<Answer>> answers;
    for (int i = 0; i < 10; ++i)
        answers.append(fetch(*provider));
    QVERIFY(provider->isRefreshing());
    for (const auto &answer : std::as_const(answers)) {
        QTRY_VERIFY_WITH_TIMEOUT(answer->called, kWaitMs);
        QVERIFY(!answer->error.isError());
        QCOMPARE(answer->credentials.accessKeyId, m_server->minted().first().accessKeyId);
        QCOMPARE(answer->credentials.secretAccessKey, m_server->minted().first().secretAccessKey);
    }
    QCOMPARE(m_server->requestCount(), 1);
}

void TestAssumeRoleProvider::backgroundRefresh()
{
    const auto provider = makeProvider(sourceProvider());
    QSignalSpy refreshed(provider.get(), &AssumeRoleProvider::refreshed);
    QVERIFY(!fetchAndWait(*provider).error.isError());
    QCOMPARE(refreshed.size(), 1);

    // Not due yet: nothing happens.
    m_now = kStart.addSecs(kDuration - 400);
    provider->refreshIfDue();
    QVERIFY(!provider->isRefreshing());
    QCOMPARE(m_server->requestCount(), 1);

    m_now = kStart.addSecs(kDuration - 200);
    provider->refreshIfDue();
    QVERIFY(provider->isRefreshing());
    QVERIFY(refreshed.wait(kWaitMs));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(provider->expiration(), m_now.addSecs(kDuration));

    // The renewed credentials are served at once.
    const auto answer = fetch(*provider);
    QVERIFY(answer->called);
    QCOMPARE(answer->credentials.accessKeyId, m_server->minted().at(1).accessKeyId);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestAssumeRoleProvider::mfaCodeAskedOncePerRefresh()
{
    AssumeRoleParams params = roleParams();
    params.mfaSerial = kMfaSerial;
    const auto provider = makeProvider(sourceProvider(), params);
    QStringList askedFor;
    int codes = 0;
    provider->setMfaPrompt(
        [&](const QString &serial, std::function<void(std::optional<QString>)> answer) {
            askedFor.append(serial);
            // The UI answers later, from its dialog.
            QTimer::singleShot(0, provider.get(), [answer, code = ++codes] {
                answer(QStringLiteral("%1").arg(123450 + code));
            });
        });

    QList<std::shared_ptr<Answer>> answers;
    for (int i = 0; i < 3; ++i)
        answers.append(fetch(*provider));
    for (const auto &answer : std::as_const(answers)) {
        QTRY_VERIFY_WITH_TIMEOUT(answer->called, kWaitMs);
        QVERIFY2(!answer->error.isError(), qPrintable(answer->error.details()));
    }
    QCOMPARE(askedFor, QStringList{kMfaSerial});
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().first().form.value(QStringLiteral("SerialNumber")), kMfaSerial);
    QCOMPARE(m_server->requests().first().form.value(QStringLiteral("TokenCode")),
             QStringLiteral("123451"));

    m_now = kStart.addSecs(kDuration - 100);
    provider->refreshIfDue();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 2, kWaitMs);
    QCOMPARE(askedFor.size(), 2);
    QCOMPARE(m_server->requests().at(1).form.value(QStringLiteral("TokenCode")),
             QStringLiteral("123452"));
}

void TestAssumeRoleProvider::mfaCancelled()
{
    AssumeRoleParams params = roleParams();
    params.mfaSerial = kMfaSerial;
    const auto provider = makeProvider(sourceProvider(), params);
    int asked = 0;
    std::optional<QString> code; // the user cancels the first prompt
    provider->setMfaPrompt(
        [&](const QString &, std::function<void(std::optional<QString>)> answer) {
            ++asked;
            answer(code);
        });

    const Answer cancelled = fetchAndWait(*provider);
    QCOMPARE(cancelled.error.kind, ErrorKind::Auth);
    QCOMPARE(cancelled.error.code, QStringLiteral("MfaCodeRequired"));
    QVERIFY2(cancelled.error.userMessage().contains(
                 QLatin1String("none was entered, so nothing was sent")),
             qPrintable(cancelled.error.userMessage()));
    QVERIFY(!cancelled.credentials.isValid());
    QCOMPARE(m_server->requestCount(), 0);

    // The next fetch asks again; a wrong code is STS's MFA failure.
    m_server->enqueue(StsReply::mfaFailed());
    code = QStringLiteral("000000");
    const Answer rejected = fetchAndWait(*provider);
    QCOMPARE(rejected.error.kind, ErrorKind::Auth);
    QCOMPARE(rejected.error.code, QStringLiteral("MultiFactorAuthenticationFailed"));
    QCOMPARE(asked, 2);

    code = QStringLiteral("246810");
    const Answer accepted = fetchAndWait(*provider);
    QVERIFY2(!accepted.error.isError(), qPrintable(accepted.error.details()));
    QCOMPARE(asked, 3);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestAssumeRoleProvider::roleChaining()
{
    const auto first = makeProvider(sourceProvider(), roleParams(QStringLiteral("jump")));
    const auto second = makeProvider(first, roleParams(QStringLiteral("dba")));

    const Answer answer = fetchAndWait(*second);
    QVERIFY2(!answer.error.isError(), qPrintable(answer.error.details()));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->minted().size(), 2);
    const Credentials &jump = m_server->minted().at(0);
    QCOMPARE(answer.credentials.accessKeyId, m_server->minted().at(1).accessKeyId);

    const StsRequest &assumeJump = m_server->requests().at(0);
    const StsRequest &assumeDba = m_server->requests().at(1);
    QCOMPARE(assumeJump.accessKeyId, StsLoopbackServer::sourceCredentials().accessKeyId);
    QVERIFY(assumeJump.form.value(QStringLiteral("RoleArn")).endsWith(QLatin1String("/jump")));
    QVERIFY(
        assumeDba.header("Authorization").contains("Credential=" + jump.accessKeyId.toLatin1()));
    QCOMPARE(QString::fromLatin1(assumeDba.header("X-Amz-Security-Token")), jump.sessionToken);
    QVERIFY(assumeDba.signatureVerified);
    QVERIFY(assumeDba.form.value(QStringLiteral("RoleArn")).endsWith(QLatin1String("/dba")));

    // Both layers cache: another fetch sends nothing.
    QVERIFY(fetch(*second)->called);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestAssumeRoleProvider::recoversAfterError()
{
    const auto provider = makeProvider(sourceProvider());
    QSignalSpy failed(provider.get(), &AssumeRoleProvider::refreshFailed);
    m_server->enqueue(StsReply::expiredToken());

    const Answer expired = fetchAndWait(*provider);
    QCOMPARE(expired.error.kind, ErrorKind::Auth);
    QCOMPARE(expired.error.code, QStringLiteral("ExpiredToken"));
    QVERIFY2(expired.error.userMessage().contains(QLatin1String("assume the role again")),
             qPrintable(expired.error.userMessage()));
    QCOMPARE(failed.size(), 1);

    // The user fixed the source credentials: the next fetch tries again.
    const Answer fixed = fetchAndWait(*provider);
    QVERIFY2(!fixed.error.isError(), qPrintable(fixed.error.details()));
    QCOMPARE(fixed.credentials.accessKeyId, m_server->minted().first().accessKeyId);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestAssumeRoleProvider::skipsDestroyedContext()
{
    const auto provider = makeProvider(sourceProvider());
    auto *context = new QObject;
    const auto dropped = fetch(*provider, context);
    QObject keeper;
    const auto kept = fetch(*provider, &keeper);
    delete context;
    QTRY_VERIFY_WITH_TIMEOUT(kept->called, kWaitMs);
    QVERIFY(!kept->error.isError());
    QVERIFY(!dropped->called);
}

QTEST_GUILESS_MAIN(TestAssumeRoleProvider)
#include "tst_assumeroleprovider.moc"
