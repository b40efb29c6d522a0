// The core client against a real DynamoDB Local: every data-plane path a panel relies on.
#include "localendpoint.h"

#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "dynamo/batchwritejob.h"
#include "dynamo/decimalnumber.h"
#include "dynamo/pagination.h"
#include "dynamo/preflight.h"

#include <QJsonArray>
#include <QSet>
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
QJsonObject n(const QString &value)
{
    return {{QStringLiteral("N"), value}};
}

QJsonObject keyDefinition(const QString &name, const QString &type, const QString &keyType)
{
    Q_UNUSED(type)
    return {{QStringLiteral("AttributeName"), name}, {QStringLiteral("KeyType"), keyType}};
}

} // namespace

class TestDynamoDbLocal : public QObject
{
    Q_OBJECT

private:
    JobPtr call(const QString &operation, const QJsonObject &input,
                aws::Service service = aws::Service::DynamoDb)
    {
        return JobPtr(test::callAndWait(m_client, operation, input, service));
    }
    void createTable(const QString &name, bool withStream);
    void putItems(const QString &table, const QString &pk, int count);

    aws::AwsClient *m_client = nullptr;
    QString m_table; // pk (S) + sk (N), stream NEW_AND_OLD_IMAGES

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createDescribeDeleteTable();
    void putGetUpdateDeleteWithConditions();
    void failingConditionIsConflict();
    void numbersStayExact();
    void queryAndScanAcrossThreePages();
    void batchWriteSplitsIntoCallsOf25();
    void transactionCommits();
    void transactionCancelledWithReasons();
    void partiqlSelectInsertUpdate();
    void timeToLiveDescribeAndUpdate();
    void streamsSeeAnInsert();
    void createBackupIsUnsupported();
    void invalidRequestNeverLeavesTheMachine();
    void oversizedItemIsRefusedBeforeSending();
    void missingTableIsNotFound();
};

void TestDynamoDbLocal::createTable(const QString &name, bool withStream)
{
    QJsonObject input{
        {QStringLiteral("TableName"), name},
        {QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")},
        {QStringLiteral("AttributeDefinitions"),
         QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                {QStringLiteral("AttributeType"), QStringLiteral("S")}},
                    QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("sk")},
                                {QStringLiteral("AttributeType"), QStringLiteral("N")}}}},
        {QStringLiteral("KeySchema"),
         QJsonArray{
             keyDefinition(QStringLiteral("pk"), QStringLiteral("S"), QStringLiteral("HASH")),
             keyDefinition(QStringLiteral("sk"), QStringLiteral("N"), QStringLiteral("RANGE"))}},
    };
    if (withStream) {
        input.insert(
            QStringLiteral("StreamSpecification"),
            QJsonObject{{QStringLiteral("StreamEnabled"), true},
                        {QStringLiteral("StreamViewType"), QStringLiteral("NEW_AND_OLD_IMAGES")}});
    }
    const JobPtr job = call(QStringLiteral("CreateTable"), input);
    QVERIFY(job);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().details()));
}

void TestDynamoDbLocal::putItems(const QString &table, const QString &pk, int count)
{
    QList<dynamo::BatchWriteJob::WriteRequest> requests;
    for (int i = 0; i < count; ++i) {
        requests.append(dynamo::BatchWriteJob::put(
            table, {{QStringLiteral("pk"), s(pk)},
                    {QStringLiteral("sk"), n(QString::number(i))},
                    {QStringLiteral("payload"), s(QString(200, QLatin1Char('x')))}}));
    }
    dynamo::BatchWriteJob writer(m_client, requests);
    QSignalSpy finished(&writer, &dynamo::BatchWriteJob::finished);
    writer.start();
    QVERIFY(finished.wait(30000));
    QVERIFY2(!writer.error().isError(), qPrintable(writer.error().details()));
    QCOMPARE(writer.written(), count);
}

void TestDynamoDbLocal::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running: run the tests through ctest, "
                                 "whose fixture starts it");
    m_client = test::localClient(this);
    m_table = test::uniqueTableName(QStringLiteral("Core"));
    createTable(m_table, true);
}

void TestDynamoDbLocal::cleanupTestCase()
{
    if (m_client && !m_table.isEmpty())
        call(QStringLiteral("DeleteTable"), {{QStringLiteral("TableName"), m_table}});
}

void TestDynamoDbLocal::createDescribeDeleteTable()
{
    const QString name = test::uniqueTableName(QStringLiteral("Lifecycle"));
    createTable(name, false);

    const JobPtr described =
        call(QStringLiteral("DescribeTable"), {{QStringLiteral("TableName"), name}});
    QVERIFY(described && !described->error().isError());
    const QJsonObject table = described->response().value(QStringLiteral("Table")).toObject();
    QCOMPARE(table.value(QStringLiteral("TableName")).toString(), name);
    QCOMPARE(table.value(QStringLiteral("TableStatus")).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(table.value(QStringLiteral("KeySchema")).toArray().size(), 2);
    QVERIFY(!described->requestId().isEmpty());

    const JobPtr deleted =
        call(QStringLiteral("DeleteTable"), {{QStringLiteral("TableName"), name}});
    QVERIFY(deleted && !deleted->error().isError());
    const JobPtr gone =
        call(QStringLiteral("DescribeTable"), {{QStringLiteral("TableName"), name}});
    QVERIFY(gone);
    QCOMPARE(gone->error().kind, aws::ErrorKind::NotFound);
}

void TestDynamoDbLocal::putGetUpdateDeleteWithConditions()
{
    const QJsonObject key{{QStringLiteral("pk"), s(QStringLiteral("crud"))},
                          {QStringLiteral("sk"), n(QStringLiteral("1"))}};
    QJsonObject item = key;
    item.insert(QStringLiteral("status"), s(QStringLiteral("new")));
    item.insert(QStringLiteral("count"), n(QStringLiteral("1")));

    const JobPtr put =
        call(QStringLiteral("PutItem"),
             {{QStringLiteral("TableName"), m_table},
              {QStringLiteral("Item"), item},
              {QStringLiteral("ConditionExpression"), QStringLiteral("attribute_not_exists(pk)")}});
    QVERIFY(put);
    QVERIFY2(!put->error().isError(), qPrintable(put->error().details()));

    const JobPtr updated = call(
        QStringLiteral("UpdateItem"),
        {{QStringLiteral("TableName"), m_table},
         {QStringLiteral("Key"), key},
         {QStringLiteral("UpdateExpression"), QStringLiteral("SET #c = #c + :one, #s = :shipped")},
         {QStringLiteral("ConditionExpression"), QStringLiteral("#s = :new")},
         {QStringLiteral("ExpressionAttributeNames"),
          QJsonObject{{QStringLiteral("#c"), QStringLiteral("count")},
                      {QStringLiteral("#s"), QStringLiteral("status")}}},
         {QStringLiteral("ExpressionAttributeValues"),
          QJsonObject{{QStringLiteral(":one"), n(QStringLiteral("1"))},
                      {QStringLiteral(":new"), s(QStringLiteral("new"))},
                      {QStringLiteral(":shipped"), s(QStringLiteral("shipped"))}}},
         {QStringLiteral("ReturnValues"), QStringLiteral("ALL_NEW")}});
    QVERIFY(updated);
    QVERIFY2(!updated->error().isError(), qPrintable(updated->error().details()));
    const QJsonObject attributes =
        updated->response().value(QStringLiteral("Attributes")).toObject();
    QCOMPARE(attributes.value(QStringLiteral("count")).toObject(), n(QStringLiteral("2")));

    const JobPtr got = call(QStringLiteral("GetItem"), {{QStringLiteral("TableName"), m_table},
                                                        {QStringLiteral("Key"), key},
                                                        {QStringLiteral("ConsistentRead"), true}});
    QVERIFY(got && !got->error().isError());
    QCOMPARE(got->response()
                 .value(QStringLiteral("Item"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toObject(),
             s(QStringLiteral("shipped")));

    const JobPtr removed =
        call(QStringLiteral("DeleteItem"),
             {{QStringLiteral("TableName"), m_table},
              {QStringLiteral("Key"), key},
              {QStringLiteral("ConditionExpression"), QStringLiteral("#s = :shipped")},
              {QStringLiteral("ExpressionAttributeNames"),
               QJsonObject{{QStringLiteral("#s"), QStringLiteral("status")}}},
              {QStringLiteral("ExpressionAttributeValues"),
               QJsonObject{{QStringLiteral(":shipped"), s(QStringLiteral("shipped"))}}}});
    QVERIFY(removed);
    QVERIFY2(!removed->error().isError(), qPrintable(removed->error().details()));
    const JobPtr after = call(QStringLiteral("GetItem"), {{QStringLiteral("TableName"), m_table},
                                                          {QStringLiteral("Key"), key}});
    QVERIFY(after && !after->error().isError());
    QVERIFY(!after->response().contains(QStringLiteral("Item")));
}

void TestDynamoDbLocal::failingConditionIsConflict()
{
    const QJsonObject item{{QStringLiteral("pk"), s(QStringLiteral("cond"))},
                           {QStringLiteral("sk"), n(QStringLiteral("1"))},
                           {QStringLiteral("v"), s(QStringLiteral("original"))}};
    QVERIFY(call(QStringLiteral("PutItem"),
                 {{QStringLiteral("TableName"), m_table}, {QStringLiteral("Item"), item}}));
    QJsonObject replacement = item;
    replacement.insert(QStringLiteral("v"), s(QStringLiteral("overwritten")));
    const JobPtr put =
        call(QStringLiteral("PutItem"),
             {{QStringLiteral("TableName"), m_table},
              {QStringLiteral("Item"), replacement},
              {QStringLiteral("ConditionExpression"), QStringLiteral("attribute_not_exists(pk)")}});
    QVERIFY(put);
    QCOMPARE(put->error().kind, aws::ErrorKind::Conflict);
    QCOMPARE(put->error().code, QStringLiteral("ConditionalCheckFailedException"));
    QCOMPARE(put->error().httpStatus, 400);
    QVERIFY(!put->error().retryable);
    QCOMPARE(put->attempts(), 1);

    const JobPtr got = call(
        QStringLiteral("GetItem"),
        {{QStringLiteral("TableName"), m_table},
         {QStringLiteral("Key"), QJsonObject{{QStringLiteral("pk"), s(QStringLiteral("cond"))},
                                             {QStringLiteral("sk"), n(QStringLiteral("1"))}}}});
    QVERIFY(got);
    QCOMPARE(got->response()
                 .value(QStringLiteral("Item"))
                 .toObject()
                 .value(QStringLiteral("v"))
                 .toObject(),
             s(QStringLiteral("original")));
}

void TestDynamoDbLocal::numbersStayExact()
{
    const QString big = QStringLiteral("12345678901234567890123456789012345678");
    const QString tiny = QStringLiteral("-1E-130");
    const QJsonObject key{{QStringLiteral("pk"), s(QStringLiteral("numbers"))},
                          {QStringLiteral("sk"), n(big)}};
    QJsonObject item = key;
    item.insert(QStringLiteral("tiny"), n(tiny));
    const JobPtr put = call(QStringLiteral("PutItem"), {{QStringLiteral("TableName"), m_table},
                                                        {QStringLiteral("Item"), item}});
    QVERIFY(put);
    QVERIFY2(!put->error().isError(), qPrintable(put->error().details()));
    const JobPtr got = call(QStringLiteral("GetItem"),
                            {{QStringLiteral("TableName"), m_table}, {QStringLiteral("Key"), key}});
    QVERIFY(got && !got->error().isError());
    const QJsonObject stored = got->response().value(QStringLiteral("Item")).toObject();
    QCOMPARE(stored.value(QStringLiteral("sk")).toObject().value(QStringLiteral("N")).toString(),
             big);
    // DynamoDB Local writes the smallest magnitude out in full; the value must be the same.
    const QString storedTiny =
        stored.value(QStringLiteral("tiny")).toObject().value(QStringLiteral("N")).toString();
    QCOMPARE(dynamo::compareNumbers(storedTiny, tiny), 0);
    QCOMPARE(dynamo::normalizeNumber(storedTiny), dynamo::normalizeNumber(tiny));
    QVERIFY(dynamo::compareNumbers(storedTiny, QStringLiteral("-1E-129")) > 0);
}

void TestDynamoDbLocal::queryAndScanAcrossThreePages()
{
    const QString table = test::uniqueTableName(QStringLiteral("Pages"));
    createTable(table, false);
    putItems(table, QStringLiteral("paged"), 70);

    for (const QString &operation : {QStringLiteral("Query"), QStringLiteral("Scan")}) {
        QJsonObject input{{QStringLiteral("TableName"), table}, {QStringLiteral("Limit"), 25}};
        if (operation == QLatin1String("Query")) {
            input.insert(QStringLiteral("KeyConditionExpression"), QStringLiteral("pk = :pk"));
            input.insert(QStringLiteral("ExpressionAttributeValues"),
                         QJsonObject{{QStringLiteral(":pk"), s(QStringLiteral("paged"))}});
        }
        dynamo::PaginatedJob pager(m_client, aws::Service::DynamoDb, operation, input);
        QSet<QString> seen;
        connect(&pager, &dynamo::PaginatedJob::page, this,
                [&seen](dynamo::PaginatedJob *, const QJsonObject &response) {
                    for (const auto &value : response.value(QStringLiteral("Items")).toArray())
                        seen.insert(value.toObject()
                                        .value(QStringLiteral("sk"))
                                        .toObject()
                                        .value(QStringLiteral("N"))
                                        .toString());
                });
        QSignalSpy finished(&pager, &dynamo::PaginatedJob::finished);
        pager.start();
        QVERIFY(finished.wait(30000));
        QVERIFY2(!pager.error().isError(), qPrintable(pager.error().details()));
        QVERIFY2(pager.pages() >= 3, qPrintable(QString::number(pager.pages())));
        QVERIFY(pager.isComplete());
        QCOMPARE(seen.size(), 70);
    }

    // Stopping after two pages leaves a token to continue from.
    dynamo::PaginatedJob partial(
        m_client, aws::Service::DynamoDb, QStringLiteral("Scan"),
        {{QStringLiteral("TableName"), table}, {QStringLiteral("Limit"), 10}});
    partial.setMaxPages(2);
    QSignalSpy finished(&partial, &dynamo::PaginatedJob::finished);
    partial.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(partial.pages(), 2);
    QVERIFY(!partial.isComplete());
    QVERIFY(partial.nextToken().isObject());
    call(QStringLiteral("DeleteTable"), {{QStringLiteral("TableName"), table}});
}

void TestDynamoDbLocal::batchWriteSplitsIntoCallsOf25()
{
    const QString table = test::uniqueTableName(QStringLiteral("Batch"));
    createTable(table, false);
    QList<dynamo::BatchWriteJob::WriteRequest> requests;
    for (int i = 0; i < 60; ++i)
        requests.append(
            dynamo::BatchWriteJob::put(table, {{QStringLiteral("pk"), s(QStringLiteral("b"))},
                                               {QStringLiteral("sk"), n(QString::number(i))}}));
    dynamo::BatchWriteJob writer(m_client, requests);
    QSignalSpy progress(&writer, &dynamo::BatchWriteJob::progress);
    QSignalSpy finished(&writer, &dynamo::BatchWriteJob::finished);
    writer.start();
    QVERIFY(finished.wait(30000));
    QVERIFY2(!writer.error().isError(), qPrintable(writer.error().details()));
    QCOMPARE(writer.calls(), 3); // 25 + 25 + 10
    QCOMPARE(writer.written(), 60);
    QCOMPARE(progress.last().at(0).toInt(), 60);

    const JobPtr count =
        call(QStringLiteral("Scan"), {{QStringLiteral("TableName"), table},
                                      {QStringLiteral("Select"), QStringLiteral("COUNT")}});
    QVERIFY(count && !count->error().isError());
    QCOMPARE(count->response().value(QStringLiteral("Count")).toInt(), 60);

    // And deletes through the same path leave nothing behind.
    QList<dynamo::BatchWriteJob::WriteRequest> deletes;
    for (int i = 0; i < 60; ++i)
        deletes.append(
            dynamo::BatchWriteJob::remove(table, {{QStringLiteral("pk"), s(QStringLiteral("b"))},
                                                  {QStringLiteral("sk"), n(QString::number(i))}}));
    dynamo::BatchWriteJob deleter(m_client, deletes);
    QSignalSpy deleted(&deleter, &dynamo::BatchWriteJob::finished);
    deleter.start();
    QVERIFY(deleted.wait(30000));
    QVERIFY(!deleter.error().isError());
    const JobPtr empty =
        call(QStringLiteral("Scan"), {{QStringLiteral("TableName"), table},
                                      {QStringLiteral("Select"), QStringLiteral("COUNT")}});
    QVERIFY(empty);
    QCOMPARE(empty->response().value(QStringLiteral("Count")).toInt(), 0);
    call(QStringLiteral("DeleteTable"), {{QStringLiteral("TableName"), table}});
}

void TestDynamoDbLocal::transactionCommits()
{
    const QJsonArray items{
        QJsonObject{{QStringLiteral("Put"),
                     QJsonObject{{QStringLiteral("TableName"), m_table},
                                 {QStringLiteral("Item"),
                                  QJsonObject{{QStringLiteral("pk"), s(QStringLiteral("tx"))},
                                              {QStringLiteral("sk"), n(QStringLiteral("1"))}}}}}},
        QJsonObject{{QStringLiteral("Put"),
                     QJsonObject{{QStringLiteral("TableName"), m_table},
                                 {QStringLiteral("Item"),
                                  QJsonObject{{QStringLiteral("pk"), s(QStringLiteral("tx"))},
                                              {QStringLiteral("sk"), n(QStringLiteral("2"))}}}}}}};
    const JobPtr job =
        call(QStringLiteral("TransactWriteItems"), {{QStringLiteral("TransactItems"), items}});
    QVERIFY(job);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().details()));
    // The idempotency token was filled in for us, so a retry of this job is safe.
    QCOMPARE(job->input().value(QStringLiteral("ClientRequestToken")).toString().size(), 36);

    const JobPtr read =
        call(QStringLiteral("Query"),
             {{QStringLiteral("TableName"), m_table},
              {QStringLiteral("KeyConditionExpression"), QStringLiteral("pk = :pk")},
              {QStringLiteral("ExpressionAttributeValues"),
               QJsonObject{{QStringLiteral(":pk"), s(QStringLiteral("tx"))}}}});
    QVERIFY(read);
    QCOMPARE(read->response().value(QStringLiteral("Count")).toInt(), 2);
}

void TestDynamoDbLocal::transactionCancelledWithReasons()
{
    QVERIFY(call(
        QStringLiteral("PutItem"),
        {{QStringLiteral("TableName"), m_table},
         {QStringLiteral("Item"), QJsonObject{{QStringLiteral("pk"), s(QStringLiteral("txc"))},
                                              {QStringLiteral("sk"), n(QStringLiteral("1"))}}}}));
    const QJsonArray items{
        QJsonObject{{QStringLiteral("Put"),
                     QJsonObject{{QStringLiteral("TableName"), m_table},
                                 {QStringLiteral("Item"),
                                  QJsonObject{{QStringLiteral("pk"), s(QStringLiteral("txc"))},
                                              {QStringLiteral("sk"), n(QStringLiteral("2"))}}}}}},
        QJsonObject{{QStringLiteral("ConditionCheck"),
                     QJsonObject{{QStringLiteral("TableName"), m_table},
                                 {QStringLiteral("Key"),
                                  QJsonObject{{QStringLiteral("pk"), s(QStringLiteral("txc"))},
                                              {QStringLiteral("sk"), n(QStringLiteral("1"))}}},
                                 {QStringLiteral("ConditionExpression"),
                                  QStringLiteral("attribute_not_exists(pk)")}}}}};
    const JobPtr job =
        call(QStringLiteral("TransactWriteItems"), {{QStringLiteral("TransactItems"), items}});
    QVERIFY(job);
    QCOMPARE(job->error().kind, aws::ErrorKind::Conflict);
    QCOMPARE(job->error().code, QStringLiteral("TransactionCanceledException"));
    const auto &reasons = job->error().cancellationReasons;
    QCOMPARE(reasons.size(), 2);
    QCOMPARE(reasons.at(0).code, QStringLiteral("None"));
    QCOMPARE(reasons.at(1).code, QStringLiteral("ConditionalCheckFailed"));

    // Nothing of the cancelled transaction was written.
    const JobPtr got = call(
        QStringLiteral("GetItem"),
        {{QStringLiteral("TableName"), m_table},
         {QStringLiteral("Key"), QJsonObject{{QStringLiteral("pk"), s(QStringLiteral("txc"))},
                                             {QStringLiteral("sk"), n(QStringLiteral("2"))}}}});
    QVERIFY(got);
    QVERIFY(!got->response().contains(QStringLiteral("Item")));
}

void TestDynamoDbLocal::partiqlSelectInsertUpdate()
{
    const QString quoted = QLatin1Char('"') + m_table + QLatin1Char('"');
    const JobPtr inserted = call(
        QStringLiteral("ExecuteStatement"),
        {{QStringLiteral("Statement"),
          QStringLiteral("INSERT INTO %1 VALUE {'pk': ?, 'sk': ?, 'colour': 'red'}").arg(quoted)},
         {QStringLiteral("Parameters"),
          QJsonArray{s(QStringLiteral("partiql")), n(QStringLiteral("7"))}}});
    QVERIFY(inserted);
    QVERIFY2(!inserted->error().isError(), qPrintable(inserted->error().details()));

    const JobPtr updated =
        call(QStringLiteral("ExecuteStatement"),
             {{QStringLiteral("Statement"),
               QStringLiteral("UPDATE %1 SET colour = 'blue' WHERE pk = 'partiql' AND sk = 7")
                   .arg(quoted)}});
    QVERIFY(updated);
    QVERIFY2(!updated->error().isError(), qPrintable(updated->error().details()));

    const JobPtr selected = call(
        QStringLiteral("ExecuteStatement"),
        {{QStringLiteral("Statement"), QStringLiteral("SELECT * FROM %1 WHERE pk = ?").arg(quoted)},
         {QStringLiteral("Parameters"), QJsonArray{s(QStringLiteral("partiql"))}}});
    QVERIFY(selected);
    QVERIFY2(!selected->error().isError(), qPrintable(selected->error().details()));
    const QJsonArray rows = selected->response().value(QStringLiteral("Items")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("colour")).toObject(),
             s(QStringLiteral("blue")));

    const JobPtr invalid =
        call(QStringLiteral("ExecuteStatement"),
             {{QStringLiteral("Statement"), QStringLiteral("SELEC * FROM %1").arg(quoted)}});
    QVERIFY(invalid);
    QCOMPARE(invalid->error().kind, aws::ErrorKind::Validation);
}

void TestDynamoDbLocal::timeToLiveDescribeAndUpdate()
{
    const JobPtr before =
        call(QStringLiteral("DescribeTimeToLive"), {{QStringLiteral("TableName"), m_table}});
    QVERIFY(before && !before->error().isError());
    QCOMPARE(before->response()
                 .value(QStringLiteral("TimeToLiveDescription"))
                 .toObject()
                 .value(QStringLiteral("TimeToLiveStatus"))
                 .toString(),
             QStringLiteral("DISABLED"));

    const JobPtr update =
        call(QStringLiteral("UpdateTimeToLive"),
             {{QStringLiteral("TableName"), m_table},
              {QStringLiteral("TimeToLiveSpecification"),
               QJsonObject{{QStringLiteral("Enabled"), true},
                           {QStringLiteral("AttributeName"), QStringLiteral("expiresAt")}}}});
    QVERIFY(update);
    QVERIFY2(!update->error().isError(), qPrintable(update->error().details()));

    const JobPtr after =
        call(QStringLiteral("DescribeTimeToLive"), {{QStringLiteral("TableName"), m_table}});
    QVERIFY(after && !after->error().isError());
    const QJsonObject description =
        after->response().value(QStringLiteral("TimeToLiveDescription")).toObject();
    QCOMPARE(description.value(QStringLiteral("TimeToLiveStatus")).toString(),
             QStringLiteral("ENABLED"));
    QCOMPARE(description.value(QStringLiteral("AttributeName")).toString(),
             QStringLiteral("expiresAt"));
}

void TestDynamoDbLocal::streamsSeeAnInsert()
{
    const QJsonObject key{{QStringLiteral("pk"), s(QStringLiteral("streamed"))},
                          {QStringLiteral("sk"), n(QStringLiteral("42"))}};
    QVERIFY(call(QStringLiteral("PutItem"),
                 {{QStringLiteral("TableName"), m_table}, {QStringLiteral("Item"), key}}));

    const JobPtr streams = call(QStringLiteral("ListStreams"),
                                {{QStringLiteral("TableName"), m_table}}, aws::Service::Streams);
    QVERIFY(streams);
    QVERIFY2(!streams->error().isError(), qPrintable(streams->error().details()));
    const QJsonArray list = streams->response().value(QStringLiteral("Streams")).toArray();
    QCOMPARE(list.size(), 1);
    const QString streamArn = list.at(0).toObject().value(QStringLiteral("StreamArn")).toString();

    const JobPtr described =
        call(QStringLiteral("DescribeStream"), {{QStringLiteral("StreamArn"), streamArn}},
             aws::Service::Streams);
    QVERIFY(described && !described->error().isError());
    const QJsonArray shards = described->response()
                                  .value(QStringLiteral("StreamDescription"))
                                  .toObject()
                                  .value(QStringLiteral("Shards"))
                                  .toArray();
    QVERIFY(!shards.isEmpty());

    bool found = false;
    for (const auto &shard : shards) {
        const JobPtr iterator =
            call(QStringLiteral("GetShardIterator"),
                 {{QStringLiteral("StreamArn"), streamArn},
                  {QStringLiteral("ShardId"),
                   shard.toObject().value(QStringLiteral("ShardId")).toString()},
                  {QStringLiteral("ShardIteratorType"), QStringLiteral("TRIM_HORIZON")}},
                 aws::Service::Streams);
        QVERIFY(iterator && !iterator->error().isError());
        const JobPtr records =
            call(QStringLiteral("GetRecords"),
                 {{QStringLiteral("ShardIterator"),
                   iterator->response().value(QStringLiteral("ShardIterator")).toString()}},
                 aws::Service::Streams);
        QVERIFY(records);
        QVERIFY2(!records->error().isError(), qPrintable(records->error().details()));
        for (const auto &record : records->response().value(QStringLiteral("Records")).toArray()) {
            const QJsonObject object = record.toObject();
            const QJsonObject keys = object.value(QStringLiteral("dynamodb"))
                                         .toObject()
                                         .value(QStringLiteral("Keys"))
                                         .toObject();
            if (object.value(QStringLiteral("eventName")).toString() == QLatin1String("INSERT") &&
                keys == key)
                found = true;
        }
    }
    QVERIFY(found);
}

void TestDynamoDbLocal::createBackupIsUnsupported()
{
    const JobPtr job = call(QStringLiteral("CreateBackup"),
                            {{QStringLiteral("TableName"), m_table},
                             {QStringLiteral("BackupName"), QStringLiteral("nightly")}});
    QVERIFY(job);
    QCOMPARE(job->error().kind, aws::ErrorKind::Unsupported);
    QVERIFY(!job->error().retryable);
    QCOMPARE(job->attempts(), 1);
    QVERIFY2(job->error().userMessage().contains(QStringLiteral("CreateBackup")),
             qPrintable(job->error().userMessage()));
}

void TestDynamoDbLocal::invalidRequestNeverLeavesTheMachine()
{
    const JobPtr job =
        call(QStringLiteral("PutItem"),
             {{QStringLiteral("TableName"), m_table},
              {QStringLiteral("Item"),
               QJsonObject{{QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), 5}}}}},
              {QStringLiteral("ReturnValues"), QStringLiteral("EVERYTHING")}});
    QVERIFY(job);
    QCOMPARE(job->error().kind, aws::ErrorKind::Validation);
    QCOMPARE(job->attempts(), 0); // never sent
    QVERIFY(job->requestId().isEmpty());
    QVERIFY2(job->error().userMessage().contains(QStringLiteral("Item")) ||
                 job->error().userMessage().contains(QStringLiteral("ReturnValues")),
             qPrintable(job->error().userMessage()));
}

void TestDynamoDbLocal::oversizedItemIsRefusedBeforeSending()
{
    const QJsonObject item{{QStringLiteral("pk"), s(QStringLiteral("big"))},
                           {QStringLiteral("sk"), n(QStringLiteral("1"))},
                           {QStringLiteral("blob"), s(QString(410 * 1024, QLatin1Char('z')))}};
    const JobPtr job = call(QStringLiteral("PutItem"), {{QStringLiteral("TableName"), m_table},
                                                        {QStringLiteral("Item"), item}});
    QVERIFY(job);
    QCOMPARE(job->error().kind, aws::ErrorKind::Validation);
    QCOMPARE(job->attempts(), 0);
    QVERIFY2(job->error().userMessage().contains(QStringLiteral("400 KB")),
             qPrintable(job->error().userMessage()));
    const JobPtr got = call(
        QStringLiteral("GetItem"),
        {{QStringLiteral("TableName"), m_table},
         {QStringLiteral("Key"), QJsonObject{{QStringLiteral("pk"), s(QStringLiteral("big"))},
                                             {QStringLiteral("sk"), n(QStringLiteral("1"))}}}});
    QVERIFY(got);
    QVERIFY(!got->response().contains(QStringLiteral("Item")));
}

void TestDynamoDbLocal::missingTableIsNotFound()
{
    const JobPtr job = call(
        QStringLiteral("GetItem"),
        {{QStringLiteral("TableName"), QStringLiteral("NoSuchTable-dyna")},
         {QStringLiteral("Key"), QJsonObject{{QStringLiteral("pk"), s(QStringLiteral("x"))}}}});
    QVERIFY(job);
    QCOMPARE(job->error().kind, aws::ErrorKind::NotFound);
    QCOMPARE(job->error().code, QStringLiteral("ResourceNotFoundException"));
    QVERIFY(!job->error().requestId.isEmpty());
}

QTEST_GUILESS_MAIN(TestDynamoDbLocal)
#include "tst_dynamodb_local.moc"
