#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "dynamo/pagination.h"
#include "dynamo/preflight.h"
#include "loopbackserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

#include <functional>
#include <memory>

using namespace dyna::aws;
using dyna::dynamo::PaginatedJob;
using dyna::test::LoopbackReply;
using dyna::test::LoopbackRequest;
using dyna::test::LoopbackServer;

namespace {

constexpr int kSettleMs = 100;
const QString kStreamArn = QStringLiteral(
    "arn:aws:dynamodb:us-east-1:123456789012:table/Music/stream/2024-03-15T12:00:00.000");

QJsonObject stringKey(const QString &value)
{
    return {{QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), value}}}};
}

// A listing that DynamoDB hands out page by page: `Limit` entries per page, and each request
// must start exactly where the previous page ended, or it is refused.
struct PagedListing
{
    QString inputToken;                                         // e.g. "ExclusiveStartTableName"
    QJsonArray entries;                                         // the whole listing
    std::function<QJsonValue(const QJsonValue &entry)> tokenOf; // names the last entry of a page
    std::function<QJsonObject(const QJsonArray &page, const QJsonValue &next)> response;

    QJsonValue expectedStart = QJsonValue(QJsonValue::Undefined);
    QList<QJsonValue> starts; // the start token of every request, in order
    int outOfOrder = 0;

    LoopbackReply operator()(const LoopbackRequest &request)
    {
        const QJsonValue start = request.json.value(inputToken);
        starts.append(start);
        if (start != expectedStart) {
            ++outOfOrder;
            return LoopbackReply::error(400, QStringLiteral("ValidationException"),
                                        QStringLiteral("The start token is not where the previous "
                                                       "page ended."));
        }
        qsizetype first = 0;
        if (!start.isUndefined()) {
            while (first < entries.size() && tokenOf(entries.at(first)) != start)
                ++first;
            ++first;
        }
        const qsizetype limit = request.json.value(QStringLiteral("Limit")).toInt(100);
        QJsonArray page;
        for (qsizetype i = first; i < qMin(first + limit, entries.size()); ++i)
            page.append(entries.at(i));
        expectedStart = first + limit < entries.size() ? tokenOf(page.last())
                                                       : QJsonValue(QJsonValue::Undefined);
        return LoopbackReply::json(response(page, expectedStart));
    }
};

std::shared_ptr<PagedListing> tableListing(const QStringList &names)
{
    auto listing = std::make_shared<PagedListing>();
    listing->inputToken = QStringLiteral("ExclusiveStartTableName");
    listing->entries = QJsonArray::fromStringList(names);
    listing->tokenOf = [](const QJsonValue &entry) { return entry; };
    listing->response = [](const QJsonArray &page, const QJsonValue &next) {
        QJsonObject response{{QStringLiteral("TableNames"), page}};
        if (!next.isUndefined())
            response.insert(QStringLiteral("LastEvaluatedTableName"), next);
        return response;
    };
    return listing;
}

const QStringList kTables{QStringLiteral("Albums"),   QStringLiteral("Artists"),
                          QStringLiteral("Concerts"), QStringLiteral("Genres"),
                          QStringLiteral("Labels"),   QStringLiteral("Playlists"),
                          QStringLiteral("Songs")};

QJsonObject listTablesInput(int limit)
{
    return {{QStringLiteral("Limit"), limit}};
}

// The values of `member` (a dotted path) of every page, concatenated.
QJsonArray collect(const QSignalSpy &pages, const QString &member)
{
    QJsonArray all;
    for (const auto &arguments : pages) {
        QJsonValue value = arguments.at(1).toJsonObject();
        for (const auto &part : member.split(QLatin1Char('.')))
            value = value.toObject().value(part);
        for (const QJsonValue &entry : value.toArray())
            all.append(entry);
    }
    return all;
}

void settle(QSignalSpy &finished)
{
    if (finished.isEmpty())
        finished.wait(5000);
    QTest::qWait(kSettleMs);
}

} // namespace

class TestPaginatedJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listTablesFollowsLastEvaluatedTableName();
    void scanFollowsLastEvaluatedKey();
    void describeStreamFollowsNestedShardId();
    void maxPagesStopsEarlyWithNextToken();
    void errorOnSecondPageEndsTheJob();
    void cancelFromPageHandler();
    void unpaginatedOperationIsRefused_data();
    void unpaginatedOperationIsRefused();

private:
    AwsClient *m_client = nullptr;
    LoopbackServer *m_server = nullptr;
};

void TestPaginatedJob::init()
{
    m_server = new LoopbackServer(this);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    ClientConfig config = m_server->clientConfig();
    config.retry.maxAttempts = 2;
    config.retry.baseDelayMs = 2;
    m_client = dyna::dynamo::createClient(
        config, std::make_shared<StaticCredentialsProvider>(LoopbackServer::testCredentials()),
        m_server);
}

void TestPaginatedJob::cleanup()
{
    const QStringList problems = m_server->problems();
    delete m_server; // and the client with it
    m_server = nullptr;
    m_client = nullptr;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestPaginatedJob::listTablesFollowsLastEvaluatedTableName()
{
    auto listing = tableListing(kTables);
    m_server->setHandler([listing](const LoopbackRequest &request) { return (*listing)(request); });

    PaginatedJob job(m_client, Service::DynamoDb, QStringLiteral("ListTables"), listTablesInput(3));
    QSignalSpy pages(&job, &PaginatedJob::page);
    QSignalSpy finished(&job, &PaginatedJob::finished);
    job.start();
    settle(finished);

    QCOMPARE(finished.count(), 1);
    QVERIFY2(!job.error().isError(), qPrintable(job.error().details()));
    QCOMPARE(listing->outOfOrder, 0);
    QCOMPARE(pages.count(), 3);
    QCOMPARE(job.pages(), 3);
    QVERIFY(job.isComplete());
    QCOMPARE(collect(pages, QStringLiteral("TableNames")), QJsonArray::fromStringList(kTables));
    QCOMPARE(listing->starts,
             (QList<QJsonValue>{QJsonValue(QJsonValue::Undefined), QStringLiteral("Concerts"),
                                QStringLiteral("Playlists")}));
    QCOMPARE(m_server->requestCount(), 3);
}

void TestPaginatedJob::scanFollowsLastEvaluatedKey()
{
    auto listing = std::make_shared<PagedListing>();
    listing->inputToken = QStringLiteral("ExclusiveStartKey");
    for (int i = 0; i < 5; ++i) {
        QJsonObject item = stringKey(QStringLiteral("song-%1").arg(i));
        item.insert(QStringLiteral("title"),
                    QJsonObject{{QStringLiteral("S"), QStringLiteral("Title %1").arg(i)}});
        listing->entries.append(item);
    }
    listing->tokenOf = [](const QJsonValue &item) {
        return QJsonValue(QJsonObject{{QStringLiteral("pk"), item[QStringLiteral("pk")]}});
    };
    listing->response = [](const QJsonArray &page, const QJsonValue &next) {
        QJsonObject response{{QStringLiteral("Items"), page},
                             {QStringLiteral("Count"), page.size()},
                             {QStringLiteral("ScannedCount"), page.size()}};
        if (!next.isUndefined())
            response.insert(QStringLiteral("LastEvaluatedKey"), next);
        return response;
    };
    m_server->setHandler([listing](const LoopbackRequest &request) { return (*listing)(request); });

    PaginatedJob job(
        m_client, Service::DynamoDb, QStringLiteral("Scan"),
        {{QStringLiteral("TableName"), QStringLiteral("Music")}, {QStringLiteral("Limit"), 2}});
    QSignalSpy pages(&job, &PaginatedJob::page);
    QSignalSpy finished(&job, &PaginatedJob::finished);
    job.start();
    settle(finished);

    QCOMPARE(finished.count(), 1);
    QVERIFY2(!job.error().isError(), qPrintable(job.error().details()));
    QCOMPARE(listing->outOfOrder, 0);
    QCOMPARE(job.pages(), 3);
    QVERIFY(job.isComplete());
    QCOMPARE(collect(pages, QStringLiteral("Items")), listing->entries);
    QCOMPARE(listing->starts, (QList<QJsonValue>{QJsonValue(QJsonValue::Undefined),
                                                 stringKey(QStringLiteral("song-1")),
                                                 stringKey(QStringLiteral("song-3"))}));
}

void TestPaginatedJob::describeStreamFollowsNestedShardId()
{
    auto listing = std::make_shared<PagedListing>();
    listing->inputToken = QStringLiteral("ExclusiveStartShardId");
    for (int i = 0; i < 5; ++i) {
        listing->entries.append(QJsonObject{
            {QStringLiteral("ShardId"),
             QStringLiteral("shardId-00000001710000000000-%1").arg(i, 8, 16, QLatin1Char('0'))},
            {QStringLiteral("SequenceNumberRange"),
             QJsonObject{
                 {QStringLiteral("StartingSequenceNumber"), QString::number(100000 + i * 1000)}}}});
    }
    listing->tokenOf = [](const QJsonValue &shard) { return shard[QStringLiteral("ShardId")]; };
    listing->response = [](const QJsonArray &page, const QJsonValue &next) {
        QJsonObject description{{QStringLiteral("StreamArn"), kStreamArn},
                                {QStringLiteral("StreamStatus"), QStringLiteral("ENABLED")},
                                {QStringLiteral("Shards"), page}};
        if (!next.isUndefined())
            description.insert(QStringLiteral("LastEvaluatedShardId"), next);
        return QJsonObject{{QStringLiteral("StreamDescription"), description}};
    };
    m_server->setHandler([listing](const LoopbackRequest &request) { return (*listing)(request); });

    PaginatedJob job(m_client, Service::Streams, QStringLiteral("DescribeStream"),
                     {{QStringLiteral("StreamArn"), kStreamArn}, {QStringLiteral("Limit"), 2}});
    QSignalSpy pages(&job, &PaginatedJob::page);
    QSignalSpy finished(&job, &PaginatedJob::finished);
    job.start();
    settle(finished);

    QCOMPARE(finished.count(), 1);
    QVERIFY2(!job.error().isError(), qPrintable(job.error().details()));
    QCOMPARE(listing->outOfOrder, 0);
    QCOMPARE(job.pages(), 3);
    QVERIFY(job.isComplete());
    QCOMPARE(collect(pages, QStringLiteral("StreamDescription.Shards")), listing->entries);
    QCOMPARE(listing->starts.size(), 3);
    QCOMPARE(listing->starts.at(1), listing->entries.at(1)[QStringLiteral("ShardId")]);
    QCOMPARE(listing->starts.at(2), listing->entries.at(3)[QStringLiteral("ShardId")]);
    for (const auto &request : m_server->requests())
        QCOMPARE(request.targetPrefix, QStringLiteral("DynamoDBStreams_20120810"));
}

void TestPaginatedJob::maxPagesStopsEarlyWithNextToken()
{
    auto listing = tableListing(kTables);
    m_server->setHandler([listing](const LoopbackRequest &request) { return (*listing)(request); });

    PaginatedJob job(m_client, Service::DynamoDb, QStringLiteral("ListTables"), listTablesInput(3));
    job.setMaxPages(2);
    QSignalSpy pages(&job, &PaginatedJob::page);
    QSignalSpy finished(&job, &PaginatedJob::finished);
    job.start();
    settle(finished);

    QCOMPARE(finished.count(), 1);
    QVERIFY2(!job.error().isError(), qPrintable(job.error().details()));
    QCOMPARE(job.pages(), 2);
    QCOMPARE(pages.count(), 2);
    QVERIFY(!job.isComplete());
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(collect(pages, QStringLiteral("TableNames")),
             QJsonArray::fromStringList(kTables.mid(0, 6)));

    // The token continues the listing where it stopped.
    QCOMPARE(job.nextToken(), QJsonValue(kTables.at(5)));
    QJsonObject rest = listTablesInput(3);
    rest.insert(QStringLiteral("ExclusiveStartTableName"), job.nextToken());
    PaginatedJob resumed(m_client, Service::DynamoDb, QStringLiteral("ListTables"), rest);
    QSignalSpy resumedPages(&resumed, &PaginatedJob::page);
    QSignalSpy resumedFinished(&resumed, &PaginatedJob::finished);
    resumed.start();
    settle(resumedFinished);
    QCOMPARE(resumedFinished.count(), 1);
    QVERIFY(!resumed.error().isError());
    QVERIFY(resumed.isComplete());
    QCOMPARE(collect(resumedPages, QStringLiteral("TableNames")),
             QJsonArray::fromStringList(kTables.mid(6)));
    QCOMPARE(listing->outOfOrder, 0);
}

void TestPaginatedJob::errorOnSecondPageEndsTheJob()
{
    const QString message = QStringLiteral("Requested resource not found");
    m_server->enqueue(LoopbackReply::json(
        {{QStringLiteral("Items"), QJsonArray{stringKey(QStringLiteral("a"))}},
         {QStringLiteral("Count"), 1},
         {QStringLiteral("ScannedCount"), 1},
         {QStringLiteral("LastEvaluatedKey"), stringKey(QStringLiteral("a"))}}));
    m_server->enqueue(
        LoopbackReply::error(400, QStringLiteral("ResourceNotFoundException"), message)
            .withRequestId("REQ-GONE"));

    PaginatedJob job(m_client, Service::DynamoDb, QStringLiteral("Scan"),
                     {{QStringLiteral("TableName"), QStringLiteral("Music")}});
    QSignalSpy pages(&job, &PaginatedJob::page);
    QSignalSpy finished(&job, &PaginatedJob::finished);
    job.start();
    settle(finished);

    QCOMPARE(finished.count(), 1);
    QCOMPARE(pages.count(), 1);
    QCOMPARE(job.pages(), 1);
    QVERIFY(!job.isComplete());
    QCOMPARE(job.error().kind, ErrorKind::NotFound);
    QCOMPARE(job.error().code, QStringLiteral("ResourceNotFoundException"));
    QCOMPARE(job.error().message, message);
    QCOMPARE(job.error().requestId, QStringLiteral("REQ-GONE"));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().at(1).json.value(QStringLiteral("ExclusiveStartKey")),
             QJsonValue(stringKey(QStringLiteral("a"))));
}

void TestPaginatedJob::cancelFromPageHandler()
{
    auto listing = tableListing(kTables);
    m_server->setHandler([listing](const LoopbackRequest &request) { return (*listing)(request); });

    PaginatedJob job(m_client, Service::DynamoDb, QStringLiteral("ListTables"), listTablesInput(3));
    QSignalSpy pages(&job, &PaginatedJob::page);
    QSignalSpy finished(&job, &PaginatedJob::finished);
    connect(&job, &PaginatedJob::page, &job, &PaginatedJob::cancel);
    job.start();
    settle(finished);
    QTest::qWait(kSettleMs);

    QCOMPARE(finished.count(), 1);
    QCOMPARE(pages.count(), 1);
    QCOMPARE(job.error().kind, ErrorKind::Cancelled);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestPaginatedJob::unpaginatedOperationIsRefused_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QJsonObject>("input");

    QTest::newRow("PutItem") << Service::DynamoDb << QStringLiteral("PutItem")
                             << QJsonObject{
                                    {QStringLiteral("TableName"), QStringLiteral("Music")},
                                    {QStringLiteral("Item"), stringKey(QStringLiteral("a"))}};
    QTest::newRow("DescribeStream sent to DynamoDB")
        << Service::DynamoDb << QStringLiteral("DescribeStream")
        << QJsonObject{{QStringLiteral("StreamArn"), kStreamArn}};
    QTest::newRow("ListTables sent to Streams")
        << Service::Streams << QStringLiteral("ListTables") << QJsonObject{};
}

void TestPaginatedJob::unpaginatedOperationIsRefused()
{
    QFETCH(Service, service);
    QFETCH(QString, operation);
    QFETCH(QJsonObject, input);

    PaginatedJob job(m_client, service, operation, input);
    QSignalSpy finished(&job, &PaginatedJob::finished);
    job.start();
    QCOMPARE(finished.count(), 0); // never inside start(): the caller may still connect
    settle(finished);

    QCOMPARE(finished.count(), 1);
    QCOMPARE(job.error().kind, ErrorKind::Validation);
    QVERIFY2(job.error().userMessage().contains(operation), qPrintable(job.error().userMessage()));
    QCOMPARE(job.pages(), 0);
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestPaginatedJob)
#include "tst_paginatedjob.moc"
