#include "aws/credentialsprovider.h"
#include "aws/sts.h"
#include "stsloopbackserver.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace dyna::aws;
using dyna::test::StsLoopbackServer;
using dyna::test::StsReply;
using dyna::test::StsRequest;

Q_DECLARE_METATYPE(dyna::test::StsReply)
Q_DECLARE_METATYPE(dyna::aws::AssumeRoleParams)

namespace {

const QString kRegion = QStringLiteral("eu-west-1");
const QString kRoleArn = QStringLiteral("arn:aws:iam::123456789012:role/dba-readonly");
const QDateTime kNow(QDate(2024, 3, 15), QTime(12, 34, 56), Qt::UTC);

RetryConfig fastRetries()
{
    RetryConfig config;
    config.maxAttempts = 3;
    config.baseDelayMs = 4;
    config.throttlingBaseDelayMs = 8;
    config.maxDelayMs = 20;
    config.perAttemptTimeoutMs = 5000;
    return config;
}

Credentials sessionCredentials()
{
    Credentials credentials;
    credentials.accessKeyId = QStringLiteral("ASIASOURCESESSION001");
    credentials.secretAccessKey = QStringLiteral("source/session/secret/0001");
    credentials.sessionToken = QStringLiteral("FwoGZXIvYXdzEsource+session/token==");
    return credentials;
}

AssumeRoleParams roleParams()
{
    AssumeRoleParams params;
    params.roleArn = kRoleArn;
    params.roleSessionName = QStringLiteral("alice@example.com");
    params.externalId = QStringLiteral("ext-42:team/a");
    params.durationSeconds = 1800;
    return params;
}

} // namespace

class TestSts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void requestShape_data();
    void requestShape();
    void defaultSessionNameAndDuration();
    void parsesAnswer();
    void parsesDocumentedExample();
    void getCallerIdentity();
    void wrongSecret();
    void serviceErrors_data();
    void serviceErrors();
    void malformedAnswer();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void retriesServerErrors_data();
    void retriesServerErrors();

private:
    StsConfig config() const;
    std::unique_ptr<StsJob> run(StsJob *job);

    std::unique_ptr<StsLoopbackServer> m_server;
    QDateTime m_serverNow;
};

void TestSts::init()
{
    m_server = std::make_unique<StsLoopbackServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_serverNow = kNow;
    m_server->setNow([this] { return m_serverNow; });
}

void TestSts::cleanup()
{
    m_server.reset();
}

StsConfig TestSts::config() const
{
    StsConfig config;
    config.endpoint = m_server->endpointOptions(kRegion);
    config.retry = fastRetries();
    config.clock.now = [] { return kNow; };
    config.clock.random = [] { return 0.5; };
    return config;
}

std::unique_ptr<StsJob> TestSts::run(StsJob *job)
{
    std::unique_ptr<StsJob> owned(job);
    job->setAutoDelete(false);
    QSignalSpy finished(job, &Job::finished);
    job->start();
    if (!finished.wait(10000))
        return nullptr;
    return owned;
}

void TestSts::requestShape_data()
{
    QTest::addColumn<bool>("withToken");
    QTest::newRow("long-term keys") << false;
    QTest::newRow("session credentials") << true;
}

void TestSts::requestShape()
{
    QFETCH(bool, withToken);
    const Credentials source =
        withToken ? sessionCredentials() : StsLoopbackServer::sourceCredentials();
    m_server->addCredentials(source);

    const auto job = run(new AssumeRoleJob(std::make_shared<StaticCredentialsProvider>(source),
                                           roleParams(), config()));
    QVERIFY(job);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().details()));
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY2(m_server->invalidRequests() == 0, qPrintable(m_server->problems().join('\n')));

    const StsRequest &request = m_server->requests().first();
    QCOMPARE(request.header("Content-Type"),
             QByteArray("application/x-www-form-urlencoded; charset=utf-8"));
    QVERIFY(request.signatureVerified);
    QCOMPARE(request.service, QStringLiteral("sts"));
    QCOMPARE(request.region, kRegion);
    QCOMPARE(request.scopeDate, QStringLiteral("20240315"));
    QCOMPARE(request.accessKeyId, source.accessKeyId);
    QVERIFY(request.header("Authorization")
                .contains("/20240315/eu-west-1/sts/aws4_request, SignedHeaders="));
    QVERIFY(request.signedHeaders.contains("host"));
    QVERIFY(request.signedHeaders.contains("content-type"));
    QVERIFY(request.signedHeaders.contains("x-amz-date"));
    QCOMPARE(request.signedHeaders.contains("x-amz-security-token"), withToken);
    QCOMPARE(QString::fromLatin1(request.header("X-Amz-Security-Token")), source.sessionToken);
    // The parameters travel in the body only.
    QCOMPARE(request.path, QByteArray("/"));

    const QMap<QString, QString> expected{
        {QStringLiteral("Action"), QStringLiteral("AssumeRole")},
        {QStringLiteral("Version"), QStringLiteral("2011-06-15")},
        {QStringLiteral("RoleArn"), kRoleArn},
        {QStringLiteral("RoleSessionName"), QStringLiteral("alice@example.com")},
        {QStringLiteral("ExternalId"), QStringLiteral("ext-42:team/a")},
        {QStringLiteral("DurationSeconds"), QStringLiteral("1800")},
    };
    QCOMPARE(request.form, expected);
    QVERIFY(request.body.startsWith("Action=AssumeRole&Version=2011-06-15&"));
    // Reserved characters are percent-encoded, as the SDKs do.
    QVERIFY(
        request.body.contains("RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fdba-readonly"));
}

void TestSts::defaultSessionNameAndDuration()
{
    AssumeRoleParams params;
    params.roleArn = kRoleArn;
    auto *job = new AssumeRoleJob(
        std::make_shared<StaticCredentialsProvider>(StsLoopbackServer::sourceCredentials()), params,
        config());
    const QString expectedName = QStringLiteral("dynaconsole-%1").arg(kNow.toSecsSinceEpoch());
    QCOMPARE(job->params().roleSessionName, expectedName);
    const auto finished = run(job);
    QVERIFY(finished);
    QVERIFY2(!finished->error().isError(), qPrintable(finished->error().details()));
    const StsRequest &request = m_server->requests().first();
    QCOMPARE(request.form.value(QStringLiteral("RoleSessionName")), expectedName);
    QCOMPARE(request.form.value(QStringLiteral("DurationSeconds")), QStringLiteral("3600"));
    QVERIFY(!request.form.contains(QStringLiteral("ExternalId")));
    QVERIFY(!request.form.contains(QStringLiteral("SerialNumber")));
    const auto *assumed = static_cast<AssumeRoleJob *>(finished.get());
    QCOMPARE(assumed->result().credentials.expiration, kNow.addSecs(3600));
}

void TestSts::parsesAnswer()
{
    m_serverNow = kNow.addSecs(7);
    const auto job = run(new AssumeRoleJob(
        std::make_shared<StaticCredentialsProvider>(StsLoopbackServer::sourceCredentials()),
        roleParams(), config()));
    QVERIFY(job);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().details()));
    const AssumedRole &role = static_cast<AssumeRoleJob *>(job.get())->result();
    QCOMPARE(m_server->minted().size(), 1);
    const Credentials &minted = m_server->minted().first();
    QCOMPARE(role.credentials.accessKeyId, minted.accessKeyId);
    QCOMPARE(role.credentials.secretAccessKey, minted.secretAccessKey);
    QCOMPARE(role.credentials.sessionToken, minted.sessionToken);
    QVERIFY(role.credentials.isTemporary());
    QCOMPARE(role.credentials.expiration, kNow.addSecs(7 + 1800));
    QCOMPARE(role.credentials.expiration.timeSpec(), Qt::UTC);
    QCOMPARE(
        role.arn,
        QStringLiteral("arn:aws:sts::123456789012:assumed-role/dba-readonly/alice@example.com"));
    QCOMPARE(role.assumedRoleId, QStringLiteral("AROASTSLOOPBACK:alice@example.com"));
    QVERIFY(!role.requestId.isEmpty());
    QCOMPARE(role.requestId, job->requestId());
}

void TestSts::parsesDocumentedExample()
{
    QFile file(dyna::test::sharedPath(QStringLiteral("aws-examples/sts/AssumeRole-response.xml")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray xml = file.readAll();
    QString error;
    const auto role = parseAssumeRoleResponse(xml, &error);
    QVERIFY2(role, qPrintable(error));
    QCOMPARE(role->credentials.accessKeyId, QStringLiteral("AKIAIOSFODNN7EXAMPLE"));
    QCOMPARE(role->credentials.secretAccessKey,
             QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY"));
    QVERIFY(role->credentials.sessionToken.startsWith(QLatin1String("AQoDYXdzEPT//")));
    QVERIFY(role->credentials.sessionToken.endsWith(QLatin1String("CCR/oLxBA==")));
    QVERIFY(!role->credentials.sessionToken.contains(QLatin1Char(' ')));
    QVERIFY(!role->credentials.sessionToken.contains(QLatin1Char('\n')));
    QCOMPARE(role->credentials.expiration,
             QDateTime(QDate(2019, 7, 15), QTime(23, 28, 33, 359), Qt::UTC));
    QCOMPARE(role->arn, QStringLiteral("arn:aws:sts::123456789012:assumed-role/demo/John"));
    QCOMPARE(role->assumedRoleId, QStringLiteral("ARO123EXAMPLE123:John"));
    QCOMPARE(role->requestId, QStringLiteral("c6104cbe-af31-11e0-8154-cbc7ccf896c7"));

    // The same answer without the STS namespace, or cut short, is not an AssumeRole answer.
    QVERIFY(!parseAssumeRoleResponse(QByteArray(xml).replace("xmlns=", "xmlns:other="), &error));
    QVERIFY(!parseAssumeRoleResponse(xml.left(xml.indexOf("<AccessKeyId>")), &error));
    QVERIFY(!error.isEmpty());
}

void TestSts::getCallerIdentity()
{
    const auto job = run(new GetCallerIdentityJob(
        std::make_shared<StaticCredentialsProvider>(StsLoopbackServer::sourceCredentials()),
        config()));
    QVERIFY(job);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().details()));
    const CallerIdentity &identity = static_cast<GetCallerIdentityJob *>(job.get())->result();
    QCOMPARE(identity.account, QStringLiteral("123456789012"));
    QCOMPARE(identity.arn, QStringLiteral("arn:aws:iam::123456789012:user/loopback"));
    QVERIFY(!identity.userId.isEmpty());
    QCOMPARE(
        m_server->requests().first().form,
        (QMap<QString, QString>{{QStringLiteral("Action"), QStringLiteral("GetCallerIdentity")},
                                {QStringLiteral("Version"), QStringLiteral("2011-06-15")}}));
    QCOMPARE(m_server->invalidRequests(), 0);
}

void TestSts::wrongSecret()
{
    Credentials wrong = StsLoopbackServer::sourceCredentials();
    wrong.secretAccessKey = QStringLiteral("not/the/right/secret");
    const auto job = run(new AssumeRoleJob(std::make_shared<StaticCredentialsProvider>(wrong),
                                           roleParams(), config()));
    QVERIFY(job);
    QCOMPARE(job->error().kind, ErrorKind::Auth);
    QCOMPARE(job->error().code, QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(job->error().httpStatus, 403);
    QVERIFY(job->errorString().contains(QLatin1String("secret access key")));
    // Not worth retrying: the same secret signs the same way.
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->invalidRequests(), 1);
}

void TestSts::serviceErrors_data()
{
    QTest::addColumn<StsReply>("reply");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("expired session") << StsReply::expiredToken() << QStringLiteral("ExpiredToken")
                                     << QStringLiteral("assume the role again");
    QTest::newRow("access denied") << StsReply::accessDenied() << QStringLiteral("AccessDenied")
                                   << QStringLiteral("not allowed to run AssumeRole");
    QTest::newRow("MFA required") << StsReply::mfaFailed()
                                  << QStringLiteral("MultiFactorAuthenticationFailed")
                                  << QStringLiteral("did not accept the MFA code");
}

void TestSts::serviceErrors()
{
    QFETCH(StsReply, reply);
    QFETCH(QString, code);
    QFETCH(QString, sentence);
    m_server->enqueue(reply);
    const auto job = run(new AssumeRoleJob(
        std::make_shared<StaticCredentialsProvider>(StsLoopbackServer::sourceCredentials()),
        roleParams(), config()));
    QVERIFY(job);
    QCOMPARE(job->error().kind, ErrorKind::Auth);
    QCOMPARE(job->error().code, code);
    QCOMPARE(job->error().httpStatus, reply.status);
    QCOMPARE(job->error().operation, QStringLiteral("AssumeRole"));
    QVERIFY(!job->error().requestId.isEmpty());
    QVERIFY2(job->errorString().contains(sentence), qPrintable(job->errorString()));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestSts::malformedAnswer()
{
    for (int i = 0; i < fastRetries().maxAttempts; ++i)
        m_server->enqueue(StsReply::malformed());
    const auto job = run(new AssumeRoleJob(
        std::make_shared<StaticCredentialsProvider>(StsLoopbackServer::sourceCredentials()),
        roleParams(), config()));
    QVERIFY(job);
    QCOMPARE(job->error().kind, ErrorKind::Transient);
    QCOMPARE(job->error().code, QStringLiteral("MalformedResponse"));
    QCOMPARE(job->error().httpStatus, 200);
    QVERIFY2(job->error().message.startsWith(QLatin1String("The STS answer could not be read")),
             qPrintable(job->error().message));
    // A body cut short in transit is worth another attempt, up to the limit.
    QCOMPARE(job->attempts(), fastRetries().maxAttempts);
    QCOMPARE(m_server->requestCount(), fastRetries().maxAttempts);
}

void TestSts::refusedBeforeSending_data()
{
    QTest::addColumn<AssumeRoleParams>("params");
    QTest::addColumn<QString>("member");

    AssumeRoleParams shortDuration = roleParams();
    shortDuration.durationSeconds = 899;
    QTest::newRow("DurationSeconds 899") << shortDuration << QStringLiteral("DurationSeconds");
    AssumeRoleParams longDuration = roleParams();
    longDuration.durationSeconds = 43201;
    QTest::newRow("DurationSeconds 43201") << longDuration << QStringLiteral("DurationSeconds");
    AssumeRoleParams badName = roleParams();
    badName.roleSessionName = QStringLiteral("bad name!");
    QTest::newRow("RoleSessionName") << badName << QStringLiteral("RoleSessionName");
    AssumeRoleParams badExternalId = roleParams();
    badExternalId.externalId = QStringLiteral("has space");
    QTest::newRow("ExternalId") << badExternalId << QStringLiteral("ExternalId");
    AssumeRoleParams shortCode = roleParams();
    shortCode.mfaSerial = QStringLiteral("arn:aws:iam::123456789012:mfa/alice");
    shortCode.tokenCode = QStringLiteral("12345");
    QTest::newRow("TokenCode") << shortCode << QStringLiteral("TokenCode");
    AssumeRoleParams noRole = roleParams();
    noRole.roleArn.clear();
    QTest::newRow("RoleArn") << noRole << QStringLiteral("RoleArn");
}

void TestSts::refusedBeforeSending()
{
    QFETCH(AssumeRoleParams, params);
    QFETCH(QString, member);
    const auto job = run(new AssumeRoleJob(
        std::make_shared<StaticCredentialsProvider>(StsLoopbackServer::sourceCredentials()), params,
        config()));
    QVERIFY(job);
    QCOMPARE(job->error().kind, ErrorKind::Validation);
    QCOMPARE(job->error().memberPath, member);
    QVERIFY2(job->errorString().contains(member), qPrintable(job->errorString()));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestSts::retriesServerErrors_data()
{
    QTest::addColumn<StsReply>("failure");
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("attempts");
    QTest::newRow("HTTP 500") << StsReply::error(500, QStringLiteral("InternalFailure"),
                                                 QStringLiteral("Internal failure."))
                              << 1 << 2;
    QTest::newRow("throttled") << StsReply::error(400, QStringLiteral("Throttling"),
                                                  QStringLiteral("Rate exceeded"))
                               << 1 << 2;
    // Qt itself sends a request again once when the connection closes before any answer.
    QTest::newRow("dropped connections") << StsReply::dropConnection() << 2 << 2;
}

void TestSts::retriesServerErrors()
{
    QFETCH(StsReply, failure);
    QFETCH(int, failures);
    QFETCH(int, attempts);
    for (int i = 0; i < failures; ++i)
        m_server->enqueue(failure);
    const auto job = run(new AssumeRoleJob(
        std::make_shared<StaticCredentialsProvider>(StsLoopbackServer::sourceCredentials()),
        roleParams(), config()));
    QVERIFY(job);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().details()));
    QCOMPARE(job->attempts(), attempts);
    QCOMPARE(m_server->requestCount(), failures + 1);
    QCOMPARE(m_server->queuedReplies(), 0);
    QCOMPARE(m_server->minted().size(), 1);
    QCOMPARE(static_cast<AssumeRoleJob *>(job.get())->result().credentials.accessKeyId,
             m_server->minted().first().accessKeyId);
}

QTEST_GUILESS_MAIN(TestSts)
#include "tst_sts.moc"
