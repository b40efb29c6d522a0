// The session a panel subscribes to, against DynamoDB Local.
#include "localendpoint.h"

#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "profiles/profilestore.h"
#include "session/session.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dyna;

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reconnectingAnnouncesAndCancelsOldWork();
    void readOnlyConnectionRefusesWritesBeforeSending();
    void connectsToASavedProfile();
    void aProfileThatCannotConnectLeavesTheCurrentConnection();
};

void TestSession::reconnectingAnnouncesAndCancelsOldWork()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    session::Session session;
    QSignalSpy changed(&session, &session::Session::connectionChanged);
    session.connectToLocalEndpoint(endpoint);
    QCOMPARE(changed.count(), 1);
    const quint64 first = session.generation();
    QVERIFY(session.isLocal());
    QVERIFY(!session.isReadOnly());

    auto *pending = session.client()->call(aws::Service::DynamoDb, QStringLiteral("ListTables"));
    pending->setAutoDelete(false);
    std::unique_ptr<aws::RequestJob> owner(pending);
    QSignalSpy finished(pending, &aws::Job::finished);
    pending->start();
    session.connectToLocalEndpoint(endpoint, QStringLiteral("eu-west-1"));
    QCOMPARE(changed.count(), 2);
    QVERIFY(session.generation() > first);
    // The old client went away with its connection: its job ends, once, as cancelled.
    QCOMPARE(finished.count(), 1);
    QCOMPARE(pending->error().kind, aws::ErrorKind::Cancelled);
}

void TestSession::readOnlyConnectionRefusesWritesBeforeSending()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY(endpoint.isValid());
    session::Session session;
    aws::ClientConfig config;
    config.endpoint.overrideUrl = endpoint;
    config.endpoint.region = QStringLiteral("us-east-1");
    session.connectWith(config,
                        std::make_shared<aws::StaticCredentialsProvider>(
                            aws::Credentials{QStringLiteral("ro"), QStringLiteral("ro"), {}, {}}),
                        QStringLiteral("Production (read-only)"), true);
    QVERIFY(session.isReadOnly());
    QCOMPARE(session.displayName(), QStringLiteral("Production (read-only)"));

    const QString table = test::uniqueTableName(QStringLiteral("ReadOnly"));
    std::unique_ptr<aws::RequestJob> create(test::callAndWait(
        session.client(), QStringLiteral("CreateTable"),
        {{QStringLiteral("TableName"), table},
         {QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")},
         {QStringLiteral("AttributeDefinitions"),
          QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("id")},
                                 {QStringLiteral("AttributeType"), QStringLiteral("S")}}}},
         {QStringLiteral("KeySchema"),
          QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("id")},
                                 {QStringLiteral("KeyType"), QStringLiteral("HASH")}}}}}));
    QVERIFY(create);
    QCOMPARE(create->error().kind, aws::ErrorKind::Validation);
    QCOMPARE(create->error().code, QStringLiteral("ReadOnlyProfile"));
    QCOMPARE(create->attempts(), 0);
    QCOMPARE(create->error().userMessage(),
             QStringLiteral("This connection is read-only: CreateTable was not sent."));

    // Reads go through, and the table was never created.
    std::unique_ptr<aws::RequestJob> describe(test::callAndWait(
        session.client(), QStringLiteral("DescribeTable"), {{QStringLiteral("TableName"), table}}));
    QVERIFY(describe);
    QCOMPARE(describe->attempts(), 1);
    QCOMPARE(describe->error().kind, aws::ErrorKind::NotFound);
}

void TestSession::connectsToASavedProfile()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY(endpoint.isValid());
    QTemporaryDir dir;
    profiles::ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    store.setInMemorySecrets(true);
    profiles::Profile profile;
    profile.name = QStringLiteral("Local read-only");
    profile.region = QStringLiteral("eu-central-1");
    profile.endpoint = endpoint;
    profile.readOnly = true;
    profile.accessKeyId = QStringLiteral("AKIDLOCAL");
    profiles::Profile saved;
    bool done = false;
    store.save(
        profile, profiles::ProfileSecrets{QStringLiteral("local-secret"), {}}, this,
        [&](const profiles::Profile &result, const profiles::ProfileStore::Outcome &outcome) {
            QVERIFY2(outcome.ok(), qPrintable(outcome.error));
            saved = result;
            done = true;
        });
    QTRY_VERIFY(done);

    session::Session session;
    QSignalSpy changed(&session, &session::Session::connectionChanged);
    session.connectToProfile(&store, saved.id);
    QVERIFY(changed.wait(10000));
    QCOMPARE(session.displayName(), QStringLiteral("Local read-only"));
    QCOMPARE(session.profileId(), saved.id);
    QVERIFY(session.isReadOnly());
    QCOMPARE(session.client()->config().endpoint.region, QStringLiteral("eu-central-1"));

    std::unique_ptr<aws::RequestJob> list(
        test::callAndWait(session.client(), QStringLiteral("ListTables"), {}));
    QVERIFY(list);
    QVERIFY2(!list->error().isError(), qPrintable(list->error().details()));
}

void TestSession::aProfileThatCannotConnectLeavesTheCurrentConnection()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY(endpoint.isValid());
    QTemporaryDir dir;
    profiles::ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    store.setInMemorySecrets(true);
    profiles::Profile profile;
    profile.name = QStringLiteral("From the environment");
    profile.region = QStringLiteral("us-east-1");
    profile.source = profiles::CredentialSource::Environment;
    profiles::Profile saved;
    store.save(profile, std::nullopt, this,
               [&](const profiles::Profile &result, const profiles::ProfileStore::Outcome &) {
                   saved = result;
               });
    QTRY_VERIFY(!saved.id.isNull());

    session::Session session;
    session.connectToLocalEndpoint(endpoint);
    const quint64 generation = session.generation();
    QSignalSpy failed(&session, &session::Session::connectionFailed);
    // The test environment has no AWS keys (ctest does not pass any).
    qunsetenv("AWS_ACCESS_KEY_ID");
    qunsetenv("AWS_SECRET_ACCESS_KEY");
    session.connectToProfile(&store, saved.id);
    QVERIFY(failed.wait(10000));
    const auto error = failed.first().first().value<aws::AwsError>();
    QCOMPARE(error.kind, aws::ErrorKind::Auth);
    QVERIFY2(error.userMessage().contains(QStringLiteral("AWS_ACCESS_KEY_ID")),
             qPrintable(error.userMessage()));
    QCOMPARE(session.generation(), generation);
    QVERIFY(session.isLocal());
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
