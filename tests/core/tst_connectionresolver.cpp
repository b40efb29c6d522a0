#include "aws/credentialsprovider.h"
#include "profiles/connectionresolver.h"
#include "profiles/profilestore.h"
#include "stsloopbackserver.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace dyna::profiles;
using dyna::aws::AwsError;
using dyna::aws::CredentialsProvider;
using dyna::aws::ErrorKind;
using dyna::test::StsLoopbackServer;
using dyna::test::StsRequest;

namespace {

constexpr int kWaitMs = 20000;
const QString kRoleArn = QStringLiteral("arn:aws:iam::123456789012:role/");

// What one fetch answered.
struct Answer
{
    bool called = false;
    dyna::aws::Credentials credentials;
    AwsError error;
};

Answer fetchAndWait(CredentialsProvider &provider)
{
    auto answer = std::make_shared<Answer>();
    QObject context;
    provider.fetch(&context,
                   [answer](const dyna::aws::Credentials &credentials, const AwsError &error) {
                       QVERIFY(!answer->called); // exactly once
                       answer->called = true;
                       answer->credentials = credentials;
                       answer->error = error;
                   });
    if (!QTest::qWaitFor([&answer] { return answer->called; }, kWaitMs)) {
        // Shows up in every check of the answer.
        answer->error.kind = ErrorKind::Cancelled;
        answer->error.code = QStringLiteral("NoAnswerWithinTestTimeout");
    }
    return *answer;
}

// Starts the resolver and answers how often it finished, including a short while after the
// first time: anything but 1 breaks the Job contract.
int runToEnd(ConnectionResolver &resolver)
{
    QSignalSpy finished(&resolver, &dyna::aws::Job::finished);
    resolver.start();
    if (!finished.wait(kWaitMs))
        return int(finished.size());
    QTest::qWait(50);
    return int(finished.size());
}

// Unique per call, so a leftover can never make a check pass.
ProfileSecrets uniqueSecrets()
{
    const QString unique = QUuid::createUuid().toString(QUuid::Id128);
    return {QStringLiteral("SECRET") + unique, QStringLiteral("TOKEN") + unique};
}

Profile keysProfile(const QString &name, const QString &accessKeyId)
{
    Profile profile;
    profile.name = name;
    profile.region = QStringLiteral("eu-central-1");
    profile.accessKeyId = accessKeyId;
    return profile;
}

Profile roleProfile(const QString &name, const QString &role, const QUuid &sourceId)
{
    Profile profile;
    profile.name = name;
    profile.region = QStringLiteral("eu-west-1");
    profile.source = CredentialSource::AssumeRole;
    profile.assumeRole.roleArn = kRoleArn + role;
    profile.assumeRole.sourceProfileId = sourceId;
    return profile;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

class tst_ConnectionResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void accessKeysFromKeychain();
    void accessKeysInMemory();
    void unsavedSecretsWin();
    void assumeRoleOnOwnKeys();
    void assumeRoleThroughSourceChain();
    void missingSourceProfile();
    void sourceProfileCycle();
    void sharedConfig_data();
    void sharedConfig();
    void sharedConfigFailures_data();
    void sharedConfigFailures();
    void environment_data();
    void environment();
    void cancelBeforeSecretsArrive();

private:
    Profile save(const Profile &profile, const std::optional<ProfileSecrets> &secrets);
    bool remove(const QUuid &id);
    void writeSharedConfig();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<StsLoopbackServer> m_sts;
};

void tst_ConnectionResolver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    m_store->setInMemorySecrets(true);
    m_sts = std::make_unique<StsLoopbackServer>();
    QVERIFY2(m_sts->listen(), qPrintable(m_sts->errorString()));
}

void tst_ConnectionResolver::cleanup()
{
    QVERIFY2(m_sts->invalidRequests() == 0, qPrintable(m_sts->problems().join(QLatin1Char('\n'))));
    m_sts.reset();
    m_store.reset();
    m_dir.reset();
}

// Saves through the store as the profile editor does; a null profile when saving failed.
Profile tst_ConnectionResolver::save(const Profile &profile,
                                     const std::optional<ProfileSecrets> &secrets)
{
    bool called = false;
    Profile saved;
    m_store->save(profile, secrets, nullptr,
                  [&](const Profile &result, const ProfileStore::Outcome &outcome) {
                      called = true;
                      if (outcome.ok())
                          saved = result;
                      else
                          qWarning("save failed: %s", qPrintable(outcome.error));
                  });
    if (!QTest::qWaitFor([&called] { return called; }, kWaitMs))
        qWarning("no answer from save");
    return saved;
}

bool tst_ConnectionResolver::remove(const QUuid &id)
{
    bool called = false;
    bool ok = false;
    m_store->remove(id, nullptr, [&](const ProfileStore::Outcome &outcome) {
        called = true;
        ok = outcome.ok();
    });
    return QTest::qWaitFor([&called] { return called; }, kWaitMs) && ok;
}

void tst_ConnectionResolver::accessKeysFromKeychain()
{
    m_store->setInMemorySecrets(false);
    const ProfileSecrets secrets = uniqueSecrets();
    Profile profile = keysProfile(QStringLiteral("Keychain"), QStringLiteral("AKIDKEYCHAIN000001"));
    profile.endpoint = QUrl(QStringLiteral("https://dynamodb.example.com"));
    const Profile saved = save(profile, secrets);
    QVERIFY(!saved.id.isNull());

    // A new store on the same file: the secrets can only come from the keychain.
    ProfileStore reopened(m_dir->filePath(QStringLiteral("profiles.ini")));
    const std::optional<Profile> stored = reopened.profile(saved.id);
    QVERIFY(stored);
    ConnectionResolver resolver(&reopened, *stored);
    QCOMPARE(runToEnd(resolver), 1);
    const bool removed = remove(saved.id);
    QVERIFY2(!resolver.error().isError(), qPrintable(resolver.errorString()));
    QVERIFY(removed);

    QCOMPARE(resolver.clientConfig().endpoint.region, QStringLiteral("eu-central-1"));
    QCOMPARE(resolver.clientConfig().endpoint.overrideUrl, profile.endpoint);
    QVERIFY(!resolver.clientConfig().endpoint.allowPlainHttp);
    QVERIFY(resolver.credentials());
    const Answer answer = fetchAndWait(*resolver.credentials());
    QVERIFY2(!answer.error.isError(), qPrintable(answer.error.details()));
    QCOMPARE(answer.credentials.accessKeyId, profile.accessKeyId);
    QCOMPARE(answer.credentials.secretAccessKey, secrets.secretAccessKey);
    QCOMPARE(answer.credentials.sessionToken, secrets.sessionToken);
    QCOMPARE(m_sts->requestCount(), 0);
}

void tst_ConnectionResolver::accessKeysInMemory()
{
    const ProfileSecrets secrets = uniqueSecrets();
    Profile profile = keysProfile(QStringLiteral("Local"), QStringLiteral("AKIDINMEMORY000001"));
    profile.region = QStringLiteral("ap-northeast-1");
    profile.endpoint = QUrl(QStringLiteral("http://localhost:8000"));
    profile.allowPlainHttp = true;
    const Profile saved = save(profile, secrets);
    QVERIFY(!saved.id.isNull());

    ConnectionResolver resolver(m_store.get(), saved);
    QCOMPARE(runToEnd(resolver), 1);
    QVERIFY2(!resolver.error().isError(), qPrintable(resolver.errorString()));
    QCOMPARE(resolver.clientConfig().endpoint.region, QStringLiteral("ap-northeast-1"));
    QCOMPARE(resolver.clientConfig().endpoint.overrideUrl, profile.endpoint);
    QVERIFY(resolver.clientConfig().endpoint.allowPlainHttp);
    const Answer answer = fetchAndWait(*resolver.credentials());
    QVERIFY2(!answer.error.isError(), qPrintable(answer.error.details()));
    QCOMPARE(answer.credentials.accessKeyId, profile.accessKeyId);
    QCOMPARE(answer.credentials.secretAccessKey, secrets.secretAccessKey);
    QCOMPARE(answer.credentials.sessionToken, secrets.sessionToken);
}

void tst_ConnectionResolver::unsavedSecretsWin()
{
    const Profile saved =
        save(keysProfile(QStringLiteral("Edited"), QStringLiteral("AKIDSTORED")), uniqueSecrets());
    QVERIFY(!saved.id.isNull());

    // The form shows a new key pair without a session token, not saved yet.
    Profile edited = saved;
    edited.accessKeyId = QStringLiteral("AKIDTYPEDINFORM");
    const ProfileSecrets typed{uniqueSecrets().secretAccessKey, QString()};
    ConnectionResolver resolver(m_store.get(), edited, typed);
    QCOMPARE(runToEnd(resolver), 1);
    QVERIFY2(!resolver.error().isError(), qPrintable(resolver.errorString()));
    const Answer answer = fetchAndWait(*resolver.credentials());
    QVERIFY2(!answer.error.isError(), qPrintable(answer.error.details()));
    QCOMPARE(answer.credentials.accessKeyId, QStringLiteral("AKIDTYPEDINFORM"));
    QCOMPARE(answer.credentials.secretAccessKey, typed.secretAccessKey);
    QVERIFY(answer.credentials.sessionToken.isEmpty());
}

void tst_ConnectionResolver::assumeRoleOnOwnKeys()
{
    const dyna::aws::Credentials own = StsLoopbackServer::sourceCredentials();
    Profile profile = roleProfile(QStringLiteral("Role"), QStringLiteral("dba"), {});
    profile.accessKeyId = own.accessKeyId;
    profile.assumeRole.externalId = QStringLiteral("ext-42");
    profile.assumeRole.durationSeconds = 1800;
    profile.endpoint = QUrl(QStringLiteral("https://dynamodb.example.com"));
    const Profile saved = save(profile, ProfileSecrets{own.secretAccessKey, QString()});
    QVERIFY(!saved.id.isNull());

    ConnectionResolver resolver(m_store.get(), saved);
    resolver.setStsEndpointOverride(m_sts->url());
    QCOMPARE(runToEnd(resolver), 1);
    QVERIFY2(!resolver.error().isError(), qPrintable(resolver.errorString()));
    // Resolving only prepares: the role is assumed on the first fetch.
    QCOMPARE(m_sts->requestCount(), 0);
    QCOMPARE(resolver.clientConfig().endpoint.overrideUrl, profile.endpoint);

    const Answer answer = fetchAndWait(*resolver.credentials());
    QVERIFY2(!answer.error.isError(), qPrintable(answer.error.details()));
    QCOMPARE(m_sts->requestCount(), 1);
    QCOMPARE(m_sts->minted().size(), 1);
    QCOMPARE(answer.credentials.accessKeyId, m_sts->minted().first().accessKeyId);
    QCOMPARE(answer.credentials.secretAccessKey, m_sts->minted().first().secretAccessKey);
    QCOMPARE(answer.credentials.sessionToken, m_sts->minted().first().sessionToken);

    const StsRequest &request = m_sts->requests().first();
    QCOMPARE(request.action, QStringLiteral("AssumeRole"));
    QCOMPARE(request.accessKeyId, own.accessKeyId);
    QVERIFY(request.signatureVerified);
    QCOMPARE(request.region, QStringLiteral("eu-west-1"));
    QCOMPARE(request.form.value(QStringLiteral("RoleArn")), kRoleArn + QStringLiteral("dba"));
    QCOMPARE(request.form.value(QStringLiteral("ExternalId")), QStringLiteral("ext-42"));
    QCOMPARE(request.form.value(QStringLiteral("DurationSeconds")), QStringLiteral("1800"));
    QVERIFY(request.form.value(QStringLiteral("RoleSessionName"))
                .startsWith(QLatin1String("dynaconsole-")));
}

void tst_ConnectionResolver::assumeRoleThroughSourceChain()
{
    const dyna::aws::Credentials keys = StsLoopbackServer::sourceCredentials();
    const Profile a = save(keysProfile(QStringLiteral("A"), keys.accessKeyId),
                           ProfileSecrets{keys.secretAccessKey, QString()});
    QVERIFY(!a.id.isNull());
    const Profile b =
        save(roleProfile(QStringLiteral("B"), QStringLiteral("jump"), a.id), std::nullopt);
    QVERIFY(!b.id.isNull());
    const Profile c =
        save(roleProfile(QStringLiteral("C"), QStringLiteral("dba"), b.id), std::nullopt);
    QVERIFY(!c.id.isNull());

    ConnectionResolver resolver(m_store.get(), c);
    resolver.setStsEndpointOverride(m_sts->url());
    QCOMPARE(runToEnd(resolver), 1);
    QVERIFY2(!resolver.error().isError(), qPrintable(resolver.errorString()));

    const Answer answer = fetchAndWait(*resolver.credentials());
    QVERIFY2(!answer.error.isError(), qPrintable(answer.error.details()));
    QCOMPARE(m_sts->requestCount(), 2);
    QCOMPARE(m_sts->minted().size(), 2);
    const dyna::aws::Credentials &jump = m_sts->minted().at(0);
    QCOMPARE(answer.credentials.accessKeyId, m_sts->minted().at(1).accessKeyId);
    QCOMPARE(answer.credentials.sessionToken, m_sts->minted().at(1).sessionToken);

    const StsRequest &assumeJump = m_sts->requests().at(0);
    QCOMPARE(assumeJump.accessKeyId, keys.accessKeyId);
    QCOMPARE(assumeJump.form.value(QStringLiteral("RoleArn")), kRoleArn + QStringLiteral("jump"));
    const StsRequest &assumeDba = m_sts->requests().at(1);
    QCOMPARE(assumeDba.accessKeyId, jump.accessKeyId);
    QCOMPARE(QString::fromLatin1(assumeDba.header("X-Amz-Security-Token")), jump.sessionToken);
    QVERIFY(assumeDba.signatureVerified);
    QCOMPARE(assumeDba.form.value(QStringLiteral("RoleArn")), kRoleArn + QStringLiteral("dba"));
}

void tst_ConnectionResolver::missingSourceProfile()
{
    const Profile a =
        save(keysProfile(QStringLiteral("Base"), QStringLiteral("AKIDBASE")), uniqueSecrets());
    QVERIFY(!a.id.isNull());
    const Profile role =
        save(roleProfile(QStringLiteral("Orphan role"), QStringLiteral("dba"), a.id), std::nullopt);
    QVERIFY(!role.id.isNull());
    QVERIFY(remove(a.id));

    ConnectionResolver resolver(m_store.get(), role);
    resolver.setStsEndpointOverride(m_sts->url());
    QCOMPARE(runToEnd(resolver), 1);
    QCOMPARE(resolver.error().kind, ErrorKind::Auth);
    QCOMPARE(resolver.errorString(),
             QStringLiteral("The source profile of \"Orphan role\" no longer exists."));
    QVERIFY(!resolver.credentials());
    QCOMPARE(m_sts->requestCount(), 0);
}

void tst_ConnectionResolver::sourceProfileCycle()
{
    const Profile a =
        save(keysProfile(QStringLiteral("Base"), QStringLiteral("AKIDBASE")), uniqueSecrets());
    QVERIFY(!a.id.isNull());
    Profile b = save(roleProfile(QStringLiteral("B"), QStringLiteral("b"), a.id), std::nullopt);
    QVERIFY(!b.id.isNull());
    const Profile c =
        save(roleProfile(QStringLiteral("C"), QStringLiteral("c"), b.id), std::nullopt);
    QVERIFY(!c.id.isNull());
    // Each edit is valid on its own; together they make a loop.
    b.assumeRole.sourceProfileId = c.id;
    QVERIFY(!save(b, std::nullopt).id.isNull());

    ConnectionResolver resolver(m_store.get(), b);
    resolver.setStsEndpointOverride(m_sts->url());
    QCOMPARE(runToEnd(resolver), 1);
    QCOMPARE(resolver.error().kind, ErrorKind::Auth);
    QCOMPARE(resolver.errorString(),
             QStringLiteral("The profile \"B\" assumes a role from itself through its source "
                            "profiles."));
    QVERIFY(!resolver.credentials());
    QCOMPARE(m_sts->requestCount(), 0);
}

// ~/.aws under the temporary home; the credential_process script prints fixed keys.
void tst_ConnectionResolver::writeSharedConfig()
{
    const QString aws = m_dir->filePath(QStringLiteral(".aws"));
    QVERIFY(QDir().mkpath(aws));
    const QString script = m_dir->filePath(QStringLiteral("creds.sh"));
    QVERIFY(writeFile(script, "#!/bin/sh\n"
                              "printf '%s\\n' '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROCESS\", "
                              "\"SecretAccessKey\": \"process-secret\", "
                              "\"SessionToken\": \"process-token\"}'\n"));
    QVERIFY(QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const dyna::aws::Credentials keys = StsLoopbackServer::sourceCredentials();
    QVERIFY(writeFile(aws + QStringLiteral("/config"),
                      "[profile static]\n"
                      "region = ap-southeast-2\n"
                      "[profile process]\n"
                      "region = ca-central-1\n"
                      "credential_process = " +
                          script.toUtf8() +
                          "\n"
                          "[profile role]\n"
                          "region = eu-west-3\n"
                          "role_arn = arn:aws:iam::123456789012:role/cli\n"
                          "source_profile = static\n"
                          "[profile sso]\n"
                          "sso_start_url = https://example.awsapps.com/start\n"
                          "sso_region = us-east-1\n"
                          "sso_account_id = 123456789012\n"
                          "sso_role_name = ReadOnly\n"));
    QVERIFY(writeFile(aws + QStringLiteral("/credentials"), "[static]\n"
                                                            "aws_access_key_id = " +
                                                                keys.accessKeyId.toUtf8() +
                                                                "\n"
                                                                "aws_secret_access_key = " +
                                                                keys.secretAccessKey.toUtf8() +
                                                                "\n"));
}

void tst_ConnectionResolver::sharedConfig_data()
{
    const dyna::aws::Credentials keys = StsLoopbackServer::sourceCredentials();
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("profileRegion");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("accessKeyId");
    QTest::addColumn<QString>("secretAccessKey");
    QTest::addColumn<QString>("sessionToken");
    QTest::addColumn<int>("stsRequests");

    QTest::newRow("static keys, region from config")
        << QStringLiteral("static") << QString() << QStringLiteral("ap-southeast-2")
        << keys.accessKeyId << keys.secretAccessKey << QString() << 0;
    QTest::newRow("static keys, profile region wins")
        << QStringLiteral("static") << QStringLiteral("us-east-2") << QStringLiteral("us-east-2")
        << keys.accessKeyId << keys.secretAccessKey << QString() << 0;
    QTest::newRow("credential_process")
        << QStringLiteral("process") << QString() << QStringLiteral("ca-central-1")
        << QStringLiteral("AKIDPROCESS") << QStringLiteral("process-secret")
        << QStringLiteral("process-token") << 0;
    // Empty expectations: the role's minted keys.
    QTest::newRow("role on source_profile")
        << QStringLiteral("role") << QString() << QStringLiteral("eu-west-3") << QString()
        << QString() << QString() << 1;
}

void tst_ConnectionResolver::sharedConfig()
{
    QFETCH(QString, name);
    QFETCH(QString, profileRegion);
    QFETCH(QString, region);
    QFETCH(QString, accessKeyId);
    QFETCH(QString, secretAccessKey);
    QFETCH(QString, sessionToken);
    QFETCH(int, stsRequests);
    writeSharedConfig();

    Profile profile;
    profile.name = QStringLiteral("From the CLI");
    profile.region = profileRegion;
    profile.source = CredentialSource::SharedConfig;
    profile.sharedConfigProfile = name;
    ConnectionResolver resolver(m_store.get(), profile);
    resolver.setEnvironment(QProcessEnvironment(), m_dir->path());
    resolver.setStsEndpointOverride(m_sts->url());
    QCOMPARE(runToEnd(resolver), 1);
    QVERIFY2(!resolver.error().isError(), qPrintable(resolver.errorString()));
    QCOMPARE(resolver.clientConfig().endpoint.region, region);

    const Answer answer = fetchAndWait(*resolver.credentials());
    QVERIFY2(!answer.error.isError(), qPrintable(answer.error.details()));
    QCOMPARE(m_sts->requestCount(), stsRequests);
    if (stsRequests > 0) {
        QCOMPARE(answer.credentials.accessKeyId, m_sts->minted().constLast().accessKeyId);
        QCOMPARE(answer.credentials.sessionToken, m_sts->minted().constLast().sessionToken);
        const StsRequest &request = m_sts->requests().constFirst();
        QCOMPARE(request.accessKeyId, StsLoopbackServer::sourceCredentials().accessKeyId);
        QCOMPARE(request.region, region);
        QCOMPARE(request.form.value(QStringLiteral("RoleArn")), kRoleArn + QStringLiteral("cli"));
        return;
    }
    QCOMPARE(answer.credentials.accessKeyId, accessKeyId);
    QCOMPARE(answer.credentials.secretAccessKey, secretAccessKey);
    QCOMPARE(answer.credentials.sessionToken, sessionToken);
}

void tst_ConnectionResolver::sharedConfigFailures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("sso") << QStringLiteral("sso")
                         << QStringLiteral(
                                "Sign in with the AWS CLI first: aws sso login --profile sso.");
    QTest::newRow("unknown")
        << QStringLiteral("nosuch")
        << QStringLiteral("Profile 'nosuch' does not exist in the AWS config or credentials file.");
}

void tst_ConnectionResolver::sharedConfigFailures()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    writeSharedConfig();

    Profile profile;
    profile.name = QStringLiteral("From the CLI");
    profile.source = CredentialSource::SharedConfig;
    profile.sharedConfigProfile = name;
    ConnectionResolver resolver(m_store.get(), profile);
    resolver.setEnvironment(QProcessEnvironment(), m_dir->path());
    QCOMPARE(runToEnd(resolver), 1);
    QCOMPARE(resolver.error().kind, ErrorKind::Auth);
    QCOMPARE(resolver.errorString(), message);
    QVERIFY(!resolver.credentials());
}

void tst_ConnectionResolver::environment_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QString>("profileRegion");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("resolves");

    const QStringList all{QStringLiteral("AWS_ACCESS_KEY_ID=AKIDENVIRONMENT"),
                          QStringLiteral("AWS_SECRET_ACCESS_KEY=env-secret"),
                          QStringLiteral("AWS_SESSION_TOKEN=env-token"),
                          QStringLiteral("AWS_REGION=sa-east-1")};
    QTest::newRow("all set") << all << QString() << QStringLiteral("sa-east-1") << true;
    QTest::newRow("profile region wins")
        << all << QStringLiteral("eu-north-1") << QStringLiteral("eu-north-1") << true;
    QTest::newRow("secret missing")
        << QStringList{all.at(0), all.at(3)} << QString() << QString() << false;
    QTest::newRow("key id missing")
        << QStringList{all.at(1), all.at(3)} << QString() << QString() << false;
    QTest::newRow("nothing set") << QStringList() << QString() << QString() << false;
}

void tst_ConnectionResolver::environment()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, profileRegion);
    QFETCH(QString, region);
    QFETCH(bool, resolves);

    QProcessEnvironment environment;
    for (const QString &variable : std::as_const(variables))
        environment.insert(variable.section(QLatin1Char('='), 0, 0),
                           variable.section(QLatin1Char('='), 1));
    Profile profile;
    profile.name = QStringLiteral("Shell");
    profile.region = profileRegion;
    profile.source = CredentialSource::Environment;
    ConnectionResolver resolver(m_store.get(), profile);
    resolver.setEnvironment(environment, m_dir->path());
    QCOMPARE(runToEnd(resolver), 1);

    if (!resolves) {
        QCOMPARE(resolver.error().kind, ErrorKind::Auth);
        QCOMPARE(resolver.errorString(),
                 QStringLiteral("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set in "
                                "the environment DynaConsole was started from."));
        QVERIFY(!resolver.credentials());
        return;
    }
    QVERIFY2(!resolver.error().isError(), qPrintable(resolver.errorString()));
    QCOMPARE(resolver.clientConfig().endpoint.region, region);
    const Answer answer = fetchAndWait(*resolver.credentials());
    QVERIFY2(!answer.error.isError(), qPrintable(answer.error.details()));
    QCOMPARE(answer.credentials.accessKeyId, QStringLiteral("AKIDENVIRONMENT"));
    QCOMPARE(answer.credentials.secretAccessKey, QStringLiteral("env-secret"));
    QCOMPARE(answer.credentials.sessionToken, QStringLiteral("env-token"));
}

void tst_ConnectionResolver::cancelBeforeSecretsArrive()
{
    const Profile saved =
        save(keysProfile(QStringLiteral("Slow"), QStringLiteral("AKIDSLOW")), uniqueSecrets());
    QVERIFY(!saved.id.isNull());

    ConnectionResolver resolver(m_store.get(), saved);
    QSignalSpy finished(&resolver, &dyna::aws::Job::finished);
    resolver.start();
    // Queued behind the resolver's first step, so it lands after the secrets were asked for
    // and before the store answers.
    QMetaObject::invokeMethod(&resolver, &ConnectionResolver::cancel, Qt::QueuedConnection);
    QVERIFY(finished.wait(kWaitMs));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(resolver.error().kind, ErrorKind::Cancelled);
    // The secrets that arrive afterwards are not used.
    QVERIFY(!resolver.credentials());
}

QTEST_GUILESS_MAIN(tst_ConnectionResolver)
#include "tst_connectionresolver.moc"
