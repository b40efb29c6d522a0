#include "profiles/connectionresolver.h"
#include "profiles/sharedconfig.h"
#include "profiles/ssocredentialsprovider.h"
#include "ssoportalserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dyna::profiles;
using dyna::aws::AwsError;
using dyna::aws::Credentials;
using dyna::aws::CredentialsProvider;
using dyna::aws::ErrorKind;
using dyna::test::SsoPortalServer;

namespace {

constexpr int kWaitMs = 20000;
const QString kToken = QStringLiteral("aoaAAAAAGTestBearerToken");
const QString kAccount = QStringLiteral("111122223333");
// '+' and '@' are legal in IAM role names and must survive the query string.
const QString kRole = QStringLiteral("Read+Only@Team");
const QDateTime kStart = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

struct Answer
{
    bool called = false;
    Credentials credentials;
    AwsError error;
};

// Starts a fetch; the answer fills in once the callback ran.
std::shared_ptr<Answer> startFetch(CredentialsProvider &provider, QObject *context)
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

Answer fetchAndWait(CredentialsProvider &provider)
{
    QObject context;
    const auto answer = startFetch(provider, &context);
    if (!QTest::qWaitFor([&answer] { return answer->called; }, kWaitMs)) {
        answer->error.kind = ErrorKind::Cancelled;
        answer->error.code = QStringLiteral("NoAnswerWithinTestTimeout");
    }
    return *answer;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QByteArray tokenJson(const QString &accessToken, const QString &expiresAt)
{
    return "{\"startUrl\": \"https://corp.awsapps.com/start\", \"region\": \"eu-west-1\", "
           "\"accessToken\": \"" +
           accessToken.toUtf8() + "\", \"expiresAt\": \"" + expiresAt.toUtf8() + "\"}";
}

QString isoZ(const QDateTime &time)
{
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace

class tst_SsoCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void validToken_data();
    void validToken();
    void reusedUntilRefreshMargin();
    void concurrentFetchesShareOneRequest();
    void noUsableToken_data();
    void noUsableToken();
    void portalFailures_data();
    void portalFailures();
    void defaultPortalFollowsSsoRegion();
    void resolverUsesCachedToken();

private:
    ResolvedProfile profile() const;
    std::unique_ptr<SsoCredentialsProvider> provider();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SsoPortalServer> m_portal;
    std::shared_ptr<QDateTime> m_now;
    QString m_tokenPath;
};

void tst_SsoCredentials::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_portal = std::make_unique<SsoPortalServer>(kToken, kAccount, kRole);
    QVERIFY2(m_portal->listen(), qPrintable(m_portal->errorString()));
    m_portal->setExpiration(kStart.addSecs(3600).addMSecs(250));
    m_now = std::make_shared<QDateTime>(kStart);
    m_tokenPath = m_dir->filePath(QStringLiteral("token.json"));
    QVERIFY(writeFile(m_tokenPath, tokenJson(kToken, isoZ(kStart.addSecs(8 * 3600)))));
}

void tst_SsoCredentials::cleanup()
{
    m_portal.reset();
    m_dir.reset();
}

ResolvedProfile tst_SsoCredentials::profile() const
{
    ResolvedProfile resolved;
    resolved.name = QStringLiteral("dev");
    resolved.kind = ResolvedProfile::Kind::Sso;
    resolved.ssoRegion = QStringLiteral("eu-west-1");
    resolved.ssoAccountId = kAccount;
    resolved.ssoRoleName = kRole;
    resolved.ssoCachedTokenPath = m_tokenPath;
    return resolved;
}

std::unique_ptr<SsoCredentialsProvider> tst_SsoCredentials::provider()
{
    dyna::aws::Clock clock;
    clock.now = [now = m_now] { return *now; };
    return std::make_unique<SsoCredentialsProvider>(profile(), clock, m_portal->url());
}

void tst_SsoCredentials::validToken_data()
{
    QTest::addColumn<QString>("expiresAt");
    QTest::newRow("current CLI format") << isoZ(kStart.addSecs(8 * 3600));
    QTest::newRow("older CLI format")
        << kStart.addSecs(8 * 3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'UTC'"));
}

void tst_SsoCredentials::validToken()
{
    QFETCH(QString, expiresAt);
    QVERIFY(writeFile(m_tokenPath, tokenJson(kToken, expiresAt)));

    const auto sso = provider();
    const Answer answer = fetchAndWait(*sso);
    QVERIFY2(!answer.error.isError(), qPrintable(answer.error.details()));
    QVERIFY2(m_portal->problems().isEmpty(), qPrintable(m_portal->problems().join(u'\n')));
    QCOMPARE(m_portal->requestCount(), 1);
    const auto &request = m_portal->requests().constFirst();
    QCOMPARE(request.header("x-amz-sso_bearer_token"), kToken.toUtf8());
    QVERIFY(request.header("Authorization").isEmpty()); // a bearer token, not SigV4
    QCOMPARE(request.accountId, kAccount);
    QCOMPARE(request.roleName, kRole);

    const Credentials &minted = m_portal->minted().constFirst();
    QCOMPARE(answer.credentials.accessKeyId, minted.accessKeyId);
    QCOMPARE(answer.credentials.secretAccessKey, minted.secretAccessKey);
    QCOMPARE(answer.credentials.sessionToken, minted.sessionToken);
    QCOMPARE(answer.credentials.expiration, kStart.addSecs(3600).addMSecs(250));
}

void tst_SsoCredentials::reusedUntilRefreshMargin()
{
    const auto sso = provider();
    const Answer first = fetchAndWait(*sso);
    QVERIFY2(!first.error.isError(), qPrintable(first.error.details()));

    const QDateTime expiry = first.credentials.expiration;
    *m_now = expiry.addSecs(-SsoCredentialsProvider::RefreshMarginSeconds - 1);
    const Answer reused = fetchAndWait(*sso);
    QCOMPARE(m_portal->requestCount(), 1);
    QCOMPARE(reused.credentials.accessKeyId, first.credentials.accessKeyId);

    *m_now = expiry.addSecs(-SsoCredentialsProvider::RefreshMarginSeconds);
    m_portal->setExpiration(expiry.addSecs(3600));
    const Answer refreshed = fetchAndWait(*sso);
    QVERIFY2(!refreshed.error.isError(), qPrintable(refreshed.error.details()));
    QCOMPARE(m_portal->requestCount(), 2);
    QVERIFY(refreshed.credentials.accessKeyId != first.credentials.accessKeyId);
    QCOMPARE(refreshed.credentials.expiration, expiry.addSecs(3600));
}

void tst_SsoCredentials::concurrentFetchesShareOneRequest()
{
    const auto sso = provider();
    QObject context;
    QList<std::shared_ptr<Answer>> answers;
    for (int i = 0; i < 5; ++i)
        answers.append(startFetch(*sso, &context));
    QVERIFY(QTest::qWaitFor(
        [&answers] {
            return std::all_of(answers.cbegin(), answers.cend(),
                               [](const auto &answer) { return answer->called; });
        },
        kWaitMs));
    QTest::qWait(50);
    QCOMPARE(m_portal->requestCount(), 1);
    for (const auto &answer : std::as_const(answers)) {
        QVERIFY2(!answer->error.isError(), qPrintable(answer->error.details()));
        QCOMPARE(answer->credentials.accessKeyId, m_portal->minted().constFirst().accessKeyId);
    }
}

void tst_SsoCredentials::noUsableToken_data()
{
    QTest::addColumn<QByteArray>("file"); // empty: no token file at all
    QTest::addColumn<QString>("ending");
    const QString again =
        QStringLiteral("Sign in again with the AWS CLI: aws sso login --profile dev.");
    const QString first =
        QStringLiteral("Sign in with the AWS CLI first: aws sso login --profile dev.");
    QTest::newRow("expired") << tokenJson(kToken, isoZ(kStart.addSecs(-60))) << again;
    QTest::newRow("expires right now") << tokenJson(kToken, isoZ(kStart)) << again;
    QTest::newRow("expired, older CLI format")
        << tokenJson(kToken,
                     kStart.addSecs(-60).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'UTC'")))
        << again;
    QTest::newRow("missing file") << QByteArray() << first;
    QTest::newRow("no access token") << tokenJson(QString(), isoZ(kStart.addSecs(3600))) << first;
    QTest::newRow("not JSON") << QByteArrayLiteral("accessToken=") << first;
}

void tst_SsoCredentials::noUsableToken()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, ending);
    QVERIFY(QFile::remove(m_tokenPath));
    if (!file.isEmpty())
        QVERIFY(writeFile(m_tokenPath, file));

    const auto sso = provider();
    const Answer answer = fetchAndWait(*sso);
    QVERIFY(answer.called);
    QCOMPARE(answer.error.kind, ErrorKind::Auth);
    QCOMPARE(answer.error.code, QStringLiteral("SsoTokenExpired"));
    QVERIFY2(answer.error.message.endsWith(ending), qPrintable(answer.error.message));
    // The user sees the sign-in instruction itself, not a generic refusal.
    QCOMPARE(answer.error.userMessage(), answer.error.message);
    QVERIFY(!answer.credentials.isValid());
    QCOMPARE(m_portal->requestCount(), 0);
}

void tst_SsoCredentials::portalFailures_data()
{
    QTest::addColumn<int>("reply"); // SsoPortalServer::Reply
    QTest::addColumn<QString>("cachedToken");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("httpStatus");

    const int unauthorized = int(SsoPortalServer::Reply::Unauthorized);
    QTest::newRow("401 from the portal") << unauthorized << kToken << ErrorKind::Auth
                                         << QStringLiteral("UnauthorizedException") << 401;
    QTest::newRow("token the portal does not know")
        << int(SsoPortalServer::Reply::Credentials) << QStringLiteral("revokedToken")
        << ErrorKind::Auth << QStringLiteral("UnauthorizedException") << 401;
    QTest::newRow("500") << int(SsoPortalServer::Reply::ServerError) << kToken
                         << ErrorKind::Transient << QStringLiteral("InternalServerException")
                         << 500;
    QTest::newRow("malformed JSON")
        << int(SsoPortalServer::Reply::Malformed) << kToken << ErrorKind::Transient
        << QStringLiteral("SsoInvalidResponse") << 0;
}

void tst_SsoCredentials::portalFailures()
{
    QFETCH(int, reply);
    QFETCH(QString, cachedToken);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, code);
    QFETCH(int, httpStatus);
    QVERIFY(writeFile(m_tokenPath, tokenJson(cachedToken, isoZ(kStart.addSecs(3600)))));
    m_portal->enqueue(SsoPortalServer::Reply(reply));

    const auto sso = provider();
    const Answer answer = fetchAndWait(*sso);
    QCOMPARE(m_portal->requestCount(), 1);
    QCOMPARE(answer.error.kind, kind);
    QCOMPARE(answer.error.code, code);
    QCOMPARE(answer.error.httpStatus, httpStatus);
    QVERIFY(!answer.credentials.isValid());
    if (kind == ErrorKind::Auth)
        QCOMPARE(answer.error.message,
                 QStringLiteral("AWS IAM Identity Center no longer accepts the sign-in of profile "
                                "\"dev\". Sign in again with the AWS CLI: aws sso login --profile "
                                "dev."));
    // A failure is not cached: the next fetch asks again.
    const Answer retry = fetchAndWait(*sso);
    QCOMPARE(m_portal->requestCount(), 2);
    QCOMPARE(retry.error.isError(), cachedToken != kToken);
}

void tst_SsoCredentials::defaultPortalFollowsSsoRegion()
{
    ResolvedProfile resolved = profile();
    resolved.ssoRegion = QStringLiteral("ap-southeast-2");
    const SsoCredentialsProvider sso(resolved);
    QCOMPARE(sso.portalUrl(),
             QUrl(QStringLiteral("https://portal.sso.ap-southeast-2.amazonaws.com")));
}

void tst_SsoCredentials::resolverUsesCachedToken()
{
    const QString home = m_dir->filePath(QStringLiteral("home"));
    const QString cache = home + QStringLiteral("/.aws/sso/cache");
    QVERIFY(QDir().mkpath(cache));
    QVERIFY(writeFile(home + QStringLiteral("/.aws/config"),
                      "[profile dev]\n"
                      "region = eu-north-1\n"
                      "sso_session = corp\n"
                      "sso_account_id = " +
                          kAccount.toUtf8() +
                          "\n"
                          "sso_role_name = " +
                          kRole.toUtf8() +
                          "\n"
                          "[sso-session corp]\n"
                          "sso_start_url = https://corp.awsapps.com/start\n"
                          "sso_region = eu-west-1\n"));
    const QByteArray cacheName =
        QCryptographicHash::hash("corp", QCryptographicHash::Sha1).toHex() + ".json";
    // The real clock decides here: a token valid for an hour from now.
    QVERIFY(writeFile(cache + u'/' + QString::fromLatin1(cacheName),
                      tokenJson(kToken, isoZ(QDateTime::currentDateTimeUtc().addSecs(3600)))));
    m_portal->setExpiration(QDateTime::currentDateTimeUtc().addSecs(3600));

    Profile configProfile;
    configProfile.name = QStringLiteral("From the CLI");
    configProfile.source = CredentialSource::SharedConfig;
    configProfile.sharedConfigProfile = QStringLiteral("dev");
    ConnectionResolver resolver(nullptr, configProfile);
    resolver.setEnvironment(QProcessEnvironment(), home);
    resolver.setSsoPortalOverride(m_portal->url());
    QSignalSpy finished(&resolver, &dyna::aws::Job::finished);
    resolver.start();
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(!resolver.error().isError(), qPrintable(resolver.errorString()));
    QCOMPARE(resolver.clientConfig().endpoint.region, QStringLiteral("eu-north-1"));
    QVERIFY(resolver.credentials());

    const Answer answer = fetchAndWait(*resolver.credentials());
    QVERIFY2(!answer.error.isError(), qPrintable(answer.error.details()));
    QCOMPARE(m_portal->requestCount(), 1);
    QVERIFY2(m_portal->problems().isEmpty(), qPrintable(m_portal->problems().join(u'\n')));
    QCOMPARE(answer.credentials.accessKeyId, m_portal->minted().constFirst().accessKeyId);
}

QTEST_GUILESS_MAIN(tst_SsoCredentials)
#include "tst_ssocredentials.moc"
