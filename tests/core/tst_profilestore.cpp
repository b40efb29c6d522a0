#include "profiles/keychainqueue.h"
#include "profiles/profilestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dyna::profiles;

namespace {

constexpr char childEnvironment[] = "DYNA_PROFILESTORE_CHILD";

// Everything any code logs during the test, to prove no secret reaches the log.
QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&logMutex);
        capturedLog.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QString capturedText()
{
    QMutexLocker locker(&logMutex);
    return capturedLog.join(QLatin1Char('\n'));
}

Profile makeProfile(const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.region = QStringLiteral("eu-central-1");
    profile.accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    profile.colour = QStringLiteral("#aa3300");
    return profile;
}

// Unique per call, so a leftover from another test can never make a check pass.
ProfileSecrets makeSecrets()
{
    const QString unique = QUuid::createUuid().toString(QUuid::Id128);
    return {QStringLiteral("SECRETKEY") + unique, QStringLiteral("SESSIONTOKEN") + unique};
}

struct SaveResult
{
    bool called = false;
    Profile profile;
    ProfileStore::Outcome outcome;
};

SaveResult saveAndWait(ProfileStore &store, const Profile &profile,
                       const std::optional<ProfileSecrets> &secrets)
{
    SaveResult result;
    store.save(profile, secrets, nullptr,
               [&result](const Profile &saved, const ProfileStore::Outcome &outcome) {
                   result = {true, saved, outcome};
               });
    if (!QTest::qWaitFor([&result] { return result.called; }, 20000))
        result.outcome.error = QStringLiteral("No answer from save.");
    return result;
}

std::pair<ProfileSecrets, ProfileStore::Outcome> loadAndWait(ProfileStore &store, const QUuid &id)
{
    bool called = false;
    std::pair<ProfileSecrets, ProfileStore::Outcome> result;
    store.loadSecrets(id, nullptr,
                      [&](const ProfileSecrets &secrets, const ProfileStore::Outcome &outcome) {
                          called = true;
                          result = {secrets, outcome};
                      });
    if (!QTest::qWaitFor([&called] { return called; }, 20000))
        result.second.error = QStringLiteral("No answer from loadSecrets.");
    return result;
}

ProfileStore::Outcome removeAndWait(ProfileStore &store, const QUuid &id)
{
    bool called = false;
    ProfileStore::Outcome result;
    store.remove(id, nullptr, [&](const ProfileStore::Outcome &outcome) {
        called = true;
        result = outcome;
    });
    if (!QTest::qWaitFor([&called] { return called; }, 20000))
        result.error = QStringLiteral("No answer from remove.");
    return result;
}

KeychainQueue::Result readKeychain(const QString &key)
{
    KeychainQueue queue;
    bool called = false;
    KeychainQueue::Result result;
    queue.read(key, nullptr, [&](const KeychainQueue::Result &read) {
        called = true;
        result = read;
    });
    if (!QTest::qWaitFor([&called] { return called; }, 20000))
        result.status = KeychainQueue::Status::Failed;
    return result;
}

} // namespace

class tst_ProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void saveListLoadRemoveRoundTrip();
    void plainHttpFlagRoundTrip_data();
    void plainHttpFlagRoundTrip();
    void editKeepsOrReplacesSecrets();
    void roleOnSourceProfileDropsStoredSecrets();
    void duplicateCopiesSecrets();
    void validationErrorsChangeNothing_data();
    void validationErrorsChangeNothing();
    void missingSecretIsExplained();
    void inMemorySecrets();
    void callbacksNeverComeFromInsideTheCall();
    void keychainFailureRollsBack();
    void keychainFailureRollsBackChild();

private:
    QByteArray fileBytes() const;
    void assertSecretNowhere(const ProfileSecrets &secrets);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    bool m_isChild = false;
};

void tst_ProfileStore::initTestCase()
{
    m_isChild = qEnvironmentVariableIsSet(childEnvironment);
    // Let every category speak, so "nothing in the log" covers debug output too.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    previousHandler = qInstallMessageHandler(captureMessage);
}

void tst_ProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("profiles.ini"));
}

void tst_ProfileStore::cleanup()
{
    m_dir.reset();
}

void tst_ProfileStore::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
}

QByteArray tst_ProfileStore::fileBytes() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void tst_ProfileStore::assertSecretNowhere(const ProfileSecrets &secrets)
{
    const QByteArray bytes = fileBytes();
    const QString log = capturedText();
    for (const QString &secret : {secrets.secretAccessKey, secrets.sessionToken}) {
        if (secret.isEmpty())
            continue;
        QVERIFY2(!bytes.contains(secret.toUtf8()), "a secret is in the settings file");
        // QSettings could also write it in another encoding: check the distinctive half too.
        QVERIFY2(!bytes.contains(secret.right(32).toUtf8()), "a secret is in the settings file");
        QVERIFY2(!log.contains(secret), "a secret is in the log");
    }
}

void tst_ProfileStore::saveListLoadRemoveRoundTrip()
{
    if (m_isChild)
        QSKIP("child process");
    ProfileStore store(m_path);
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    const ProfileSecrets secrets = makeSecrets();

    Profile profile = makeProfile(QStringLiteral("Production"));
    profile.readOnly = true;
    profile.production = true;
    profile.endpoint = QUrl(QStringLiteral("https://dynamodb.example.com"));
    const SaveResult saved = saveAndWait(store, profile, secrets);
    QVERIFY(saved.called);
    QVERIFY2(saved.outcome.ok(), qPrintable(saved.outcome.error));
    QVERIFY(!saved.profile.id.isNull());
    QCOMPARE(changed.size(), 1);

    // A second store on the same file sees it: the settings were written through.
    ProfileStore reopened(m_path);
    const QList<Profile> listed = reopened.profiles();
    QCOMPARE(listed.size(), 1);
    const Profile &back = listed.constFirst();
    QCOMPARE(back.id, saved.profile.id);
    QCOMPARE(back.name, QStringLiteral("Production"));
    QCOMPARE(back.region, QStringLiteral("eu-central-1"));
    QCOMPARE(back.endpoint, profile.endpoint);
    QCOMPARE(back.colour, QStringLiteral("#aa3300"));
    QVERIFY(back.readOnly);
    QVERIFY(back.production);
    QCOMPARE(back.source, CredentialSource::AccessKeys);
    QCOMPARE(back.accessKeyId, profile.accessKeyId);
    QVERIFY(fileBytes().contains(profile.accessKeyId.toUtf8()));
    assertSecretNowhere(secrets);

    const auto [loaded, loadOutcome] = loadAndWait(reopened, back.id);
    QVERIFY2(loadOutcome.ok(), qPrintable(loadOutcome.error));
    QCOMPARE(loaded, secrets);
    assertSecretNowhere(secrets);

    const ProfileStore::Outcome removed = removeAndWait(store, back.id);
    QVERIFY2(removed.ok(), qPrintable(removed.error));
    QCOMPARE(changed.size(), 2);
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(ProfileStore(m_path).profiles().isEmpty());
    QCOMPARE(readKeychain(ProfileStore::secretKeyName(back.id)).status,
             KeychainQueue::Status::NotFound);
    QCOMPARE(readKeychain(ProfileStore::sessionTokenKeyName(back.id)).status,
             KeychainQueue::Status::NotFound);
    assertSecretNowhere(secrets);
}

void tst_ProfileStore::plainHttpFlagRoundTrip_data()
{
    QTest::addColumn<bool>("allowPlainHttp");
    QTest::newRow("allowed") << true;
    QTest::newRow("refused") << false;
}

void tst_ProfileStore::plainHttpFlagRoundTrip()
{
    if (m_isChild)
        QSKIP("child process");
    QFETCH(bool, allowPlainHttp);
    ProfileStore store(m_path);
    store.setInMemorySecrets(true);
    Profile profile = makeProfile(QStringLiteral("Lab"));
    profile.endpoint = QUrl(QStringLiteral("http://db.example.com:8000"));
    profile.allowPlainHttp = allowPlainHttp;
    const SaveResult saved = saveAndWait(store, profile, makeSecrets());
    QVERIFY2(saved.outcome.ok(), qPrintable(saved.outcome.error));

    const auto back = ProfileStore(m_path).profile(saved.profile.id);
    QVERIFY(back);
    QCOMPARE(back->allowPlainHttp, allowPlainHttp);
    QCOMPARE(back->endpoint, profile.endpoint);

    // A profile stored before the flag existed has no such key: it loads as refused.
    {
        QSettings settings(m_path, QSettings::IniFormat);
        const QString key = QStringLiteral("profiles/%1/allowPlainHttp")
                                .arg(saved.profile.id.toString(QUuid::WithoutBraces));
        QCOMPARE(settings.contains(key), true);
        settings.remove(key);
    }
    const auto old = ProfileStore(m_path).profile(saved.profile.id);
    QVERIFY(old);
    QCOMPARE(old->name, QStringLiteral("Lab"));
    QVERIFY(!old->allowPlainHttp);
}

void tst_ProfileStore::editKeepsOrReplacesSecrets()
{
    if (m_isChild)
        QSKIP("child process");
    ProfileStore store(m_path);
    const ProfileSecrets first = makeSecrets();
    const SaveResult created = saveAndWait(store, makeProfile(QStringLiteral("Dev")), first);
    QVERIFY2(created.outcome.ok(), qPrintable(created.outcome.error));

    Profile edited = created.profile;
    edited.region = QStringLiteral("us-west-2");
    const SaveResult kept = saveAndWait(store, edited, std::nullopt);
    QVERIFY2(kept.outcome.ok(), qPrintable(kept.outcome.error));
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().constFirst().region, QStringLiteral("us-west-2"));
    QCOMPARE(loadAndWait(store, edited.id).first, first);

    // New long-term keys without a session token: the old token must not linger.
    const ProfileSecrets second{makeSecrets().secretAccessKey, QString()};
    QVERIFY(saveAndWait(store, edited, second).outcome.ok());
    QCOMPARE(loadAndWait(store, edited.id).first, second);
    QCOMPARE(readKeychain(ProfileStore::sessionTokenKeyName(edited.id)).status,
             KeychainQueue::Status::NotFound);

    QVERIFY(removeAndWait(store, edited.id).ok());
    assertSecretNowhere(first);
    assertSecretNowhere(second);
}

void tst_ProfileStore::roleOnSourceProfileDropsStoredSecrets()
{
    if (m_isChild)
        QSKIP("child process");
    ProfileStore store(m_path);
    const ProfileSecrets secrets = makeSecrets();
    const SaveResult base = saveAndWait(store, makeProfile(QStringLiteral("Base")), secrets);
    QVERIFY(base.outcome.ok());
    const SaveResult other = saveAndWait(store, makeProfile(QStringLiteral("Role")), makeSecrets());
    QVERIFY(other.outcome.ok());

    Profile role = other.profile;
    role.source = CredentialSource::AssumeRole;
    role.assumeRole.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/Reader");
    role.assumeRole.sourceProfileId = base.profile.id;
    role.assumeRole.mfaSerial = QStringLiteral("arn:aws:iam::123456789012:mfa/alice");
    role.assumeRole.durationSeconds = 1800;
    const SaveResult saved = saveAndWait(store, role, std::nullopt);
    QVERIFY2(saved.outcome.ok(), qPrintable(saved.outcome.error));

    const std::optional<Profile> back = ProfileStore(m_path).profile(role.id);
    QVERIFY(back);
    QCOMPARE(back->source, CredentialSource::AssumeRole);
    QCOMPARE(back->assumeRole.sourceProfileId, base.profile.id);
    QCOMPARE(back->assumeRole.roleArn, role.assumeRole.roleArn);
    QCOMPARE(back->assumeRole.mfaSerial, role.assumeRole.mfaSerial);
    QCOMPARE(back->assumeRole.durationSeconds, 1800);
    QVERIFY(back->accessKeyId.isEmpty());
    QCOMPARE(readKeychain(ProfileStore::secretKeyName(role.id)).status,
             KeychainQueue::Status::NotFound);
    const auto [none, outcome] = loadAndWait(store, role.id);
    QVERIFY(outcome.ok());
    QVERIFY(none.isEmpty());

    QVERIFY(removeAndWait(store, role.id).ok());
    QVERIFY(removeAndWait(store, base.profile.id).ok());
}

void tst_ProfileStore::duplicateCopiesSecrets()
{
    if (m_isChild)
        QSKIP("child process");
    ProfileStore store(m_path);
    const ProfileSecrets secrets = makeSecrets();
    const SaveResult original = saveAndWait(store, makeProfile(QStringLiteral("Prod")), secrets);
    QVERIFY(original.outcome.ok());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);

    bool called = false;
    Profile copy;
    ProfileStore::Outcome outcome;
    store.duplicate(original.profile.id, QStringLiteral("Prod (copy)"), nullptr,
                    [&](const Profile &profile, const ProfileStore::Outcome &result) {
                        called = true;
                        copy = profile;
                        outcome = result;
                    });
    QVERIFY(QTest::qWaitFor([&called] { return called; }, 20000));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QVERIFY(copy.id != original.profile.id);
    QCOMPARE(copy.name, QStringLiteral("Prod (copy)"));
    QCOMPARE(copy.region, original.profile.region);
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(loadAndWait(store, copy.id).first, secrets);

    // The copy is independent: removing the original leaves the copy's secrets.
    QVERIFY(removeAndWait(store, original.profile.id).ok());
    QCOMPARE(loadAndWait(store, copy.id).first, secrets);

    called = false;
    store.duplicate(copy.id, QStringLiteral("prod (COPY)"), nullptr,
                    [&](const Profile &, const ProfileStore::Outcome &result) {
                        called = true;
                        outcome = result;
                    });
    QVERIFY(QTest::qWaitFor([&called] { return called; }, 20000));
    QVERIFY2(outcome.error.contains(QStringLiteral("already named")), qPrintable(outcome.error));
    QCOMPARE(store.profiles().size(), 1);

    QVERIFY(removeAndWait(store, copy.id).ok());
    assertSecretNowhere(secrets);
}

void tst_ProfileStore::validationErrorsChangeNothing_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<int>("secretKind"); // 0: none given, 1: a fresh pair, 2: all empty
    QTest::addColumn<QString>("field");

    Profile p = makeProfile(QStringLiteral("Existing"));
    QTest::newRow("duplicate name") << p << 1 << "already named";
    p = makeProfile(QStringLiteral("New"));
    p.region = QStringLiteral("moon-1a");
    QTest::newRow("bad region") << p << 1 << "region";
    p = makeProfile(QStringLiteral("New"));
    p.colour = QStringLiteral("#xyzxyz");
    QTest::newRow("bad colour") << p << 1 << "colour";
    p = makeProfile(QStringLiteral("New"));
    QTest::newRow("no secret key") << p << 0 << "secret access key";
    p = makeProfile(QStringLiteral("New"));
    QTest::newRow("empty secret key") << p << 2 << "secret access key";
}

void tst_ProfileStore::validationErrorsChangeNothing()
{
    if (m_isChild)
        QSKIP("child process");
    QFETCH(Profile, profile);
    QFETCH(int, secretKind);
    QFETCH(QString, field);

    ProfileStore store(m_path);
    const SaveResult existing =
        saveAndWait(store, makeProfile(QStringLiteral("Existing")), makeSecrets());
    QVERIFY(existing.outcome.ok());
    const QByteArray before = fileBytes();
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);

    profile.id = QUuid::createUuid();
    const SaveResult refused = saveAndWait(
        store, profile,
        secretKind == 0 ? std::nullopt
                        : std::optional(secretKind == 1 ? makeSecrets() : ProfileSecrets()));
    QVERIFY(refused.called);
    QVERIFY2(refused.outcome.error.contains(field), qPrintable(refused.outcome.error));
    QVERIFY(!refused.outcome.keychainUnavailable);
    QCOMPARE(fileBytes(), before);
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(readKeychain(ProfileStore::secretKeyName(profile.id)).status,
             KeychainQueue::Status::NotFound);

    QVERIFY(removeAndWait(store, existing.profile.id).ok());
}

void tst_ProfileStore::missingSecretIsExplained()
{
    if (m_isChild)
        QSKIP("child process");
    ProfileStore store(m_path);
    const SaveResult saved = saveAndWait(store, makeProfile(QStringLiteral("Ops")), makeSecrets());
    QVERIFY(saved.outcome.ok());

    // What a locked collection looks like to QtKeychain 0.13.2: the entry is "not found".
    bool removed = false;
    store.keychain()->remove(ProfileStore::secretKeyName(saved.profile.id), nullptr,
                             [&removed](const KeychainQueue::Result &) { removed = true; });
    QVERIFY(QTest::qWaitFor([&removed] { return removed; }, 20000));

    const auto [secrets, outcome] = loadAndWait(store, saved.profile.id);
    QVERIFY(secrets.isEmpty());
    QVERIFY2(outcome.error.contains(QStringLiteral("\"Ops\"")), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(QStringLiteral("The keychain may be locked")),
             qPrintable(outcome.error));
    QVERIFY(removeAndWait(store, saved.profile.id).ok());
}

void tst_ProfileStore::inMemorySecrets()
{
    if (m_isChild)
        QSKIP("child process");
    ProfileStore store(m_path);
    store.setInMemorySecrets(true);
    QVERIFY(store.inMemorySecrets());
    const ProfileSecrets secrets = makeSecrets();
    const SaveResult saved = saveAndWait(store, makeProfile(QStringLiteral("Laptop")), secrets);
    QVERIFY2(saved.outcome.ok(), qPrintable(saved.outcome.error));
    QCOMPARE(store.profiles().size(), 1);

    QCOMPARE(loadAndWait(store, saved.profile.id).first, secrets);
    QCOMPARE(readKeychain(ProfileStore::secretKeyName(saved.profile.id)).status,
             KeychainQueue::Status::NotFound);
    QCOMPARE(readKeychain(ProfileStore::sessionTokenKeyName(saved.profile.id)).status,
             KeychainQueue::Status::NotFound);
    assertSecretNowhere(secrets);

    // Another session (a new store on the same file) has the profile but not its secrets.
    ProfileStore nextSession(m_path);
    nextSession.setInMemorySecrets(true);
    const auto [none, outcome] = loadAndWait(nextSession, saved.profile.id);
    QVERIFY(none.isEmpty());
    QVERIFY(!outcome.ok());

    QVERIFY(removeAndWait(store, saved.profile.id).ok());
    QVERIFY(store.profiles().isEmpty());
    const auto [gone, goneOutcome] = loadAndWait(store, saved.profile.id);
    QVERIFY(gone.isEmpty());
    QVERIFY(!goneOutcome.ok());
    assertSecretNowhere(secrets);
}

void tst_ProfileStore::callbacksNeverComeFromInsideTheCall()
{
    if (m_isChild)
        QSKIP("child process");
    ProfileStore store(m_path);
    store.setInMemorySecrets(true);
    bool called = false;
    store.save(makeProfile(QStringLiteral("Quick")), makeSecrets(), nullptr,
               [&called](const Profile &, const ProfileStore::Outcome &) { called = true; });
    QVERIFY(!called);
    QVERIFY(QTest::qWaitFor([&called] { return called; }, 5000));

    // A destroyed context cancels the callback, not the work.
    auto *context = new QObject;
    bool contextCalled = false;
    store.save(
        makeProfile(QStringLiteral("Quicker")), makeSecrets(), context,
        [&contextCalled](const Profile &, const ProfileStore::Outcome &) { contextCalled = true; });
    delete context;
    QVERIFY(QTest::qWaitFor([&store] { return store.profiles().size() == 2; }, 5000));
    QTest::qWait(50);
    QVERIFY(!contextCalled);
}

void tst_ProfileStore::keychainFailureRollsBack()
{
    if (m_isChild)
        QSKIP("child process");
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(childEnvironment), QStringLiteral("1"));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/dyna-no-bus"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("keychainFailureRollsBackChild")});
    QVERIFY(child.waitForFinished(60000));
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             qPrintable(output + QString::fromUtf8(child.readAllStandardError())));
    QVERIFY2(
        output.contains(QStringLiteral("PASS   : tst_ProfileStore::keychainFailureRollsBackChild")),
        qPrintable(output));
}

// Runs without a Secret Service (started by keychainFailureRollsBack).
void tst_ProfileStore::keychainFailureRollsBackChild()
{
    if (!m_isChild)
        QSKIP("runs in the child process started by keychainFailureRollsBack");
    ProfileStore store(m_path);
    const ProfileSecrets secrets = makeSecrets();

    // A new profile disappears again.
    const SaveResult failed = saveAndWait(store, makeProfile(QStringLiteral("New")), secrets);
    QVERIFY(failed.called);
    QVERIFY(failed.outcome.keychainUnavailable);
    QVERIFY2(failed.outcome.error.startsWith(QStringLiteral("No system keychain is available")),
             qPrintable(failed.outcome.error));
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!fileBytes().contains("New"));
    assertSecretNowhere(secrets);

    // An existing profile gets its old settings back.
    const QUuid id = QUuid::createUuid();
    {
        QSettings settings(m_path, QSettings::IniFormat);
        const QString group = QStringLiteral("profiles/") + id.toString(QUuid::WithoutBraces);
        settings.setValue(group + QStringLiteral("/name"), QStringLiteral("Old"));
        settings.setValue(group + QStringLiteral("/region"), QStringLiteral("us-east-1"));
        settings.setValue(group + QStringLiteral("/source"), QStringLiteral("AccessKeys"));
        settings.setValue(group + QStringLiteral("/accessKeyId"), QStringLiteral("AKIAOLD"));
    }
    ProfileStore reopened(m_path);
    Profile edited = makeProfile(QStringLiteral("Renamed"));
    edited.id = id;
    const SaveResult editFailed = saveAndWait(reopened, edited, secrets);
    QVERIFY(editFailed.outcome.keychainUnavailable);
    QCOMPARE(editFailed.profile.name, QStringLiteral("Old"));
    const std::optional<Profile> back = ProfileStore(m_path).profile(id);
    QVERIFY(back);
    QCOMPARE(back->name, QStringLiteral("Old"));
    QCOMPARE(back->region, QStringLiteral("us-east-1"));
    QCOMPARE(back->accessKeyId, QStringLiteral("AKIAOLD"));
    assertSecretNowhere(secrets);

    // The way out the user is offered: secrets in memory for this session.
    reopened.setInMemorySecrets(true);
    QVERIFY(saveAndWait(reopened, edited, secrets).outcome.ok());
    QCOMPARE(loadAndWait(reopened, id).first, secrets);
    assertSecretNowhere(secrets);
}

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
