// The loopback test server for control-plane operations: it must check every request like
// DynamoDB, run its handlers, and forward the rest to the real DynamoDB Local behind it.
#include "controlplaneserver.h"
#include "localendpoint.h"

#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dyna;
using JobPtr = std::unique_ptr<aws::RequestJob>;

namespace {

QJsonObject s(const QString &value)
{
    return {{QStringLiteral("S"), value}};
}

} // namespace

class TestControlPlaneServer : public QObject
{
    Q_OBJECT

private:
    JobPtr call(const QString &operation, const QJsonObject &input,
                aws::AwsClient *client = nullptr)
    {
        return JobPtr(test::callAndWait(client ? client : m_client, operation, input));
    }
    // A client without the console's preflight, so that invalid requests reach the server.
    aws::AwsClient *clientFor(const aws::Credentials &credentials)
    {
        return new aws::AwsClient(m_server->clientConfig(),
                                  std::make_shared<aws::StaticCredentialsProvider>(credentials),
                                  m_server.get());
    }
    test::BackendResult
    waitFor(const std::function<void(test::ControlPlaneServer::BackendDone)> &run)
    {
        bool done = false;
        test::BackendResult result;
        run([&](const test::BackendResult &answer) {
            result = answer;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
        return result;
    }
    void createTable(const QString &name)
    {
        const JobPtr job =
            call(QStringLiteral("CreateTable"), test::simpleTableInput(name, QStringLiteral("pk")));
        QVERIFY(job);
        QVERIFY2(!job->error().isError(), qPrintable(job->error().message));
    }

    std::unique_ptr<test::ControlPlaneServer> m_server;
    aws::AwsClient *m_client = nullptr;

private Q_SLOTS:
    void init()
    {
        QVERIFY2(!test::localEndpoint().isEmpty(), "needs the DynamoDB Local fixture");
        m_server = std::make_unique<test::ControlPlaneServer>(test::localEndpoint());
        QVERIFY(m_server->listen());
        m_client = clientFor(test::ControlPlaneServer::credentials());
    }

    void cleanup()
    {
        m_server.reset();
        m_client = nullptr;
    }

    void forwardsDataPlaneToDynamoDbLocal()
    {
        const QString table = test::uniqueTableName(QStringLiteral("cps"));
        createTable(table);
        const QJsonObject item{{QStringLiteral("pk"), s(QStringLiteral("a"))},
                               {QStringLiteral("note"), s(QStringLiteral("kept"))}};
        JobPtr put = call(QStringLiteral("PutItem"),
                          {{QStringLiteral("TableName"), table}, {QStringLiteral("Item"), item}});
        QVERIFY(put && !put->error().isError());

        // Read straight from DynamoDB Local: the item is really there.
        std::unique_ptr<aws::AwsClient> direct(test::localClient(nullptr));
        JobPtr get(
            test::callAndWait(direct.get(), QStringLiteral("GetItem"),
                              {{QStringLiteral("TableName"), table},
                               {QStringLiteral("Key"),
                                QJsonObject{{QStringLiteral("pk"), s(QStringLiteral("a"))}}}}));
        QVERIFY(get && !get->error().isError());
        QCOMPARE(get->response().value(QStringLiteral("Item")).toObject(), item);
        QCOMPARE(m_server->forwardedOperations(),
                 QStringList({QStringLiteral("CreateTable"), QStringLiteral("PutItem")}));
        QCOMPARE(m_server->loopback()->invalidRequests(), 0);
    }

    void checksAgainstTheOfficialModel()
    {
        // The server checks with the bundled model, which must be the official one as shipped.
        for (const char *name :
             {"dynamodb-2012-08-10.normal.json", "streams.dynamodb-2012-08-10.normal.json"}) {
            QFile bundled(QStringLiteral(":/aws-models/") + QLatin1String(name));
            QFile official(QStringLiteral(DYNA_SHARED_DIR "/aws-models/") + QLatin1String(name));
            QVERIFY(bundled.open(QIODevice::ReadOnly));
            QVERIFY2(official.open(QIODevice::ReadOnly), qPrintable(official.fileName()));
            QVERIFY2(bundled.readAll() == official.readAll(), name);
        }
    }

    void rejectsRequestsTheModelRefuses()
    {
        // BackupName is required and TableName has a minimum length of 3.
        JobPtr job = call(QStringLiteral("CreateBackup"),
                          {{QStringLiteral("TableName"), QStringLiteral("ab")}});
        QVERIFY(job);
        QCOMPARE(job->error().code, QStringLiteral("ValidationException"));
        QCOMPARE(m_server->loopback()->invalidRequests(), 1);
        QVERIFY(m_server->forwardedOperations().isEmpty());
    }

    void rejectsWrongSignatures()
    {
        aws::Credentials wrong = test::ControlPlaneServer::credentials();
        wrong.secretAccessKey = QStringLiteral("not-the-secret");
        JobPtr job = call(QStringLiteral("ListTables"), {}, clientFor(wrong));
        QVERIFY(job);
        QCOMPARE(job->error().code, QStringLiteral("InvalidSignatureException"));
        QVERIFY(m_server->forwardedOperations().isEmpty());
    }

    void handlersTakeTheirOperations()
    {
        m_server->setTransitionMs(50);
        m_server->handle(QStringLiteral("DescribeLimits"),
                         [this](const test::LoopbackRequest &,
                                const test::ControlPlaneServer::Respond &respond) {
                             m_server->afterTransition([respond] {
                                 respond(test::ControlPlaneServer::ok(
                                     {{QStringLiteral("AccountMaxReadCapacityUnits"), 7}}));
                             });
                         });
        JobPtr job = call(QStringLiteral("DescribeLimits"), {});
        QVERIFY(job && !job->error().isError());
        QCOMPARE(job->response().value(QStringLiteral("AccountMaxReadCapacityUnits")).toInt(), 7);
        QVERIFY(m_server->forwardedOperations().isEmpty());

        m_server->handle(
            QStringLiteral("ListBackups"),
            [](const test::LoopbackRequest &, const test::ControlPlaneServer::Respond &respond) {
                respond(test::ControlPlaneServer::error(QStringLiteral("BackupNotFoundException"),
                                                        QStringLiteral("Backup not found.")));
            });
        job = call(QStringLiteral("ListBackups"), {});
        QVERIFY(job);
        QCOMPARE(job->error().code, QStringLiteral("BackupNotFoundException"));
        QCOMPARE(job->error().message, QStringLiteral("Backup not found."));
    }

    void decoratorsChangeForwardedAnswers()
    {
        const QString table = test::uniqueTableName(QStringLiteral("cps"));
        createTable(table);
        m_server->decorate(QStringLiteral("DescribeTable"), [](const test::LoopbackRequest &,
                                                               QJsonObject &response) {
            QJsonObject described = response.value(QStringLiteral("Table")).toObject();
            described.insert(QStringLiteral("GlobalTableVersion"), QStringLiteral("2019.11.21"));
            response.insert(QStringLiteral("Table"), described);
        });
        JobPtr job = call(QStringLiteral("DescribeTable"), {{QStringLiteral("TableName"), table}});
        QVERIFY(job && !job->error().isError());
        const QJsonObject described = job->response().value(QStringLiteral("Table")).toObject();
        QCOMPARE(described.value(QStringLiteral("TableName")).toString(), table);
        QCOMPARE(described.value(QStringLiteral("GlobalTableVersion")).toString(),
                 QStringLiteral("2019.11.21"));
        QCOMPARE(described.value(QStringLiteral("TableArn")).toString(),
                 test::ControlPlaneServer::tableArn(table));
        QCOMPARE(test::ControlPlaneServer::tableNameFromArn(
                     described.value(QStringLiteral("TableArn")).toString()),
                 table);
    }

    void unhandledControlPlaneIsUnknownToDynamoDbLocal()
    {
        JobPtr job = call(QStringLiteral("ListBackups"), {});
        QVERIFY(job);
        QCOMPARE(job->error().code, QStringLiteral("UnknownOperationException"));
        QCOMPARE(job->error().kind, aws::ErrorKind::Unsupported);
        QCOMPARE(m_server->loopback()->invalidRequests(), 0);
    }

    void scanAllAndPutItemsCopyATable()
    {
        const QString source = test::uniqueTableName(QStringLiteral("cps"));
        const QString copy = test::uniqueTableName(QStringLiteral("cps"));
        createTable(source);
        createTable(copy);
        QJsonArray items;
        for (int i = 0; i < 1234; ++i)
            items.append(QJsonObject{{QStringLiteral("pk"), s(QStringLiteral("k%1").arg(i))}});
        test::BackendResult written =
            waitFor([&](auto done) { m_server->putItems(source, items, done); });
        QVERIFY2(written.ok(), qPrintable(written.message));

        const test::BackendResult scanned =
            waitFor([&](auto done) { m_server->scanAll(source, done); });
        QVERIFY2(scanned.ok(), qPrintable(scanned.message));
        QCOMPARE(scanned.response.value(QStringLiteral("Count")).toInt(), 1234);
        written = waitFor([&](auto done) {
            m_server->putItems(copy, scanned.response.value(QStringLiteral("Items")).toArray(),
                               done);
        });
        QVERIFY(written.ok());
        const test::BackendResult copied =
            waitFor([&](auto done) { m_server->scanAll(copy, done); });
        QCOMPARE(copied.response.value(QStringLiteral("Count")).toInt(), 1234);

        const test::BackendResult missing = waitFor([&](auto done) {
            m_server->describeTable(QStringLiteral("no-such-table-here"), done);
        });
        QCOMPARE(missing.code, QStringLiteral("ResourceNotFoundException"));
        QCOMPARE(missing.reply().status, 400);
    }
};

QTEST_GUILESS_MAIN(TestControlPlaneServer)
#include "tst_controlplaneserver.moc"
