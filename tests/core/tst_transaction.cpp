// The transaction builder's core: requests DynamoDB accepts, refusals that name the row, the
// automatic ClientRequestToken, and cancellation reasons put back on the row that caused them.
#include "loopbackserver.h"

#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "dynamo/apimodel.h"
#include "dynamo/itemsize.h"
#include "dynamo/preflight.h"
#include "dynamo/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace dyna;
using dynamo::AttributeValue;
using dynamo::Item;
using dynamo::TransactionJob;
using dynamo::TransactionRow;
using test::LoopbackReply;
using test::LoopbackServer;

Q_DECLARE_METATYPE(QList<dyna::dynamo::TransactionRow>)

namespace {

Item key(const QString &pk)
{
    return {{QStringLiteral("pk"), AttributeValue::fromString(pk)}};
}

TransactionRow put(const QString &table, const QString &pk)
{
    TransactionRow row;
    row.kind = TransactionRow::Put;
    row.table = table;
    row.item = key(pk);
    row.item.insert(QStringLiteral("n"), AttributeValue::fromNumber(QStringLiteral("1")));
    return row;
}

TransactionRow keyed(TransactionRow::Kind kind, const QString &table, const QString &pk)
{
    TransactionRow row;
    row.kind = kind;
    row.table = table;
    row.key = key(pk);
    return row;
}

TransactionRow update(const QString &table, const QString &pk)
{
    TransactionRow row = keyed(TransactionRow::Update, table, pk);
    row.updateExpression = QStringLiteral("SET #c = #c + :one");
    row.conditionExpression = QStringLiteral("attribute_exists(pk)");
    row.names = {{QStringLiteral("#c"), QStringLiteral("c")}};
    row.values = {
        {QStringLiteral(":one"), QJsonObject{{QStringLiteral("N"), QStringLiteral("1")}}}};
    return row;
}

TransactionRow check(const QString &table, const QString &pk)
{
    TransactionRow row = keyed(TransactionRow::ConditionCheck, table, pk);
    row.conditionExpression = QStringLiteral("#s = :open");
    row.names = {{QStringLiteral("#s"), QStringLiteral("status")}};
    row.values = {
        {QStringLiteral(":open"), QJsonObject{{QStringLiteral("S"), QStringLiteral("open")}}}};
    return row;
}

TransactionRow get(const QString &table, const QString &pk)
{
    TransactionRow row = keyed(TransactionRow::Get, table, pk);
    row.projection = QStringLiteral("pk, #c");
    row.names = {{QStringLiteral("#c"), QStringLiteral("c")}};
    return row;
}

// What DynamoDB Local answered to a transaction whose second action's condition failed.
const QByteArray kRecordedCancellation =
    R"({"__type":"com.amazonaws.dynamodb.v20120810#TransactionCanceledException","CancellationReasons":[{"Code":"None"},{"Code":"ConditionalCheckFailed","Item":{"pk":{"S":"B"},"c":{"N":"7"}},"Message":"The conditional request failed"},{"Code":"None"}],"Message":"Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed, None]"})";

} // namespace

class TestTransaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void writeRequestMatchesTheApiModel_data();
    void writeRequestMatchesTheApiModel();
    void getRequestMatchesTheApiModel();
    void rowProblemsNameTheRow_data();
    void rowProblemsNameTheRow();
    void emptyTokenIsFilledWithAFreshUuid();
    void givenTokenIsSentAsItIs();
    void invalidRowSendsNothing();
    void reasonsLandOnTheirRows();
    void getReturnsOneItemPerRow();

private:
    void runJob(TransactionJob &job);

    aws::AwsClient *m_client = nullptr;
    LoopbackServer *m_server = nullptr;
};

void TestTransaction::init()
{
    m_server = new LoopbackServer(this);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    aws::ClientConfig config = m_server->clientConfig();
    config.retry.maxAttempts = 1;
    m_client = dynamo::createClient(
        config, std::make_shared<aws::StaticCredentialsProvider>(LoopbackServer::testCredentials()),
        m_server);
}

void TestTransaction::cleanup()
{
    const QStringList problems = m_server->problems();
    delete m_server; // and the client with it
    m_server = nullptr;
    m_client = nullptr;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTransaction::runJob(TransactionJob &job)
{
    QSignalSpy finished(&job, &aws::Job::finished);
    job.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
}

void TestTransaction::writeRequestMatchesTheApiModel_data()
{
    QTest::addColumn<QList<TransactionRow>>("rows");
    QTest::addColumn<QString>("token");
    QTest::newRow("one put") << QList<TransactionRow>{put(QStringLiteral("A"), QStringLiteral("1"))}
                             << QString();
    QTest::newRow("every kind, two tables, token")
        << QList<TransactionRow>{put(QStringLiteral("A"), QStringLiteral("1")),
                                 update(QStringLiteral("A"), QStringLiteral("2")),
                                 keyed(TransactionRow::Delete, QStringLiteral("B"),
                                       QStringLiteral("1")),
                                 check(QStringLiteral("B"), QStringLiteral("2"))}
        << QStringLiteral("my-token-1");
    QList<TransactionRow> hundred;
    for (int i = 0; i < dynamo::kMaxTransactionRows; ++i)
        hundred.append(keyed(TransactionRow::Delete, QStringLiteral("A"), QString::number(i)));
    QTest::newRow("100 rows") << hundred << QString();
}

void TestTransaction::writeRequestMatchesTheApiModel()
{
    QFETCH(QList<TransactionRow>, rows);
    QFETCH(QString, token);
    QString error;
    const QJsonObject input = dynamo::transactWriteRequest(rows, token, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto invalid =
        dynamo::ApiModel::dynamoDb()->validateInput(QStringLiteral("TransactWriteItems"), input);
    QVERIFY2(!invalid, invalid ? qPrintable(invalid->message) : "");
    const QJsonArray actions = input.value(QStringLiteral("TransactItems")).toArray();
    QCOMPARE(actions.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject action = actions.at(i).toObject();
        QCOMPARE(action.keys(), QStringList{dynamo::transactionKindName(rows.at(i).kind)});
        QCOMPARE(action.begin()->toObject().value(QStringLiteral("TableName")).toString(),
                 rows.at(i).table);
    }
    QCOMPARE(input.value(QStringLiteral("ClientRequestToken")).toString(), token);
}

void TestTransaction::getRequestMatchesTheApiModel()
{
    const QList<TransactionRow> rows{
        get(QStringLiteral("A"), QStringLiteral("1")),
        keyed(TransactionRow::Get, QStringLiteral("B"), QStringLiteral("1"))};
    QString error;
    const QJsonObject input = dynamo::transactGetRequest(rows, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto invalid =
        dynamo::ApiModel::dynamoDb()->validateInput(QStringLiteral("TransactGetItems"), input);
    QVERIFY2(!invalid, invalid ? qPrintable(invalid->message) : "");
    const QJsonObject first = input.value(QStringLiteral("TransactItems"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("Get"))
                                  .toObject();
    QCOMPARE(first.value(QStringLiteral("ProjectionExpression")).toString(),
             QStringLiteral("pk, #c"));
}

void TestTransaction::rowProblemsNameTheRow_data()
{
    QTest::addColumn<QList<TransactionRow>>("rows");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("sentence");

    const TransactionRow a = put(QStringLiteral("T"), QStringLiteral("a"));
    QTest::newRow("no rows") << QList<TransactionRow>{} << -1
                             << QStringLiteral("A transaction needs at least one row.");
    QList<TransactionRow> tooMany;
    for (int i = 0; i <= dynamo::kMaxTransactionRows; ++i)
        tooMany.append(keyed(TransactionRow::Delete, QStringLiteral("T"), QString::number(i)));
    QTest::newRow("101 rows") << tooMany << -1
                              << QStringLiteral(
                                     "A transaction holds at most 100 rows; this one has 101.");

    TransactionRow noTable = keyed(TransactionRow::Delete, QString(), QStringLiteral("b"));
    QTest::newRow("no table") << QList<TransactionRow>{a, noTable} << 1
                              << QStringLiteral("Row 2 (Delete): choose a table.");
    TransactionRow noKey = keyed(TransactionRow::Delete, QStringLiteral("T"), QStringLiteral("b"));
    noKey.key.clear();
    QTest::newRow("no key") << QList<TransactionRow>{a, noKey} << 1
                            << QStringLiteral(
                                   "Row 2 (Delete): the key is empty; give the item's key "
                                   "attributes.");
    TransactionRow noUpdate = update(QStringLiteral("T"), QStringLiteral("b"));
    noUpdate.updateExpression.clear();
    noUpdate.names = QJsonObject();
    noUpdate.values = QJsonObject();
    QTest::newRow("update without expression")
        << QList<TransactionRow>{noUpdate} << 0
        << QStringLiteral("Row 1 (Update): an update needs an update expression, such as SET "
                          "#n = :v.");
    TransactionRow bareCheck = check(QStringLiteral("T"), QStringLiteral("b"));
    bareCheck.conditionExpression.clear();
    bareCheck.names = QJsonObject();
    bareCheck.values = QJsonObject();
    QTest::newRow("check without condition")
        << QList<TransactionRow>{a, bareCheck} << 1
        << QStringLiteral("Row 2 (ConditionCheck): a condition check needs a condition "
                          "expression.");
    TransactionRow undefinedValue = update(QStringLiteral("T"), QStringLiteral("b"));
    undefinedValue.values.remove(QStringLiteral(":one"));
    QTest::newRow("undefined value")
        << QList<TransactionRow>{a, undefinedValue} << 1
        << QStringLiteral("Row 2 (Update): the placeholder :one is used in an expression but "
                          "not defined.");
    TransactionRow unusedName = check(QStringLiteral("T"), QStringLiteral("b"));
    unusedName.names.insert(QStringLiteral("#x"), QStringLiteral("x"));
    QTest::newRow("unused name")
        << QList<TransactionRow>{unusedName} << 0
        << QStringLiteral("Row 1 (ConditionCheck): the name placeholder #x is defined but no "
                          "expression uses it.");
    TransactionRow badValue = check(QStringLiteral("T"), QStringLiteral("b"));
    badValue.values.insert(QStringLiteral(":open"), QJsonObject{{QStringLiteral("Q"), 1}});
    QTest::newRow("value not in wire form") << QList<TransactionRow>{badValue} << 0 << QString();
    QTest::newRow("same item twice")
        << QList<TransactionRow>{a, update(QStringLiteral("U"), QStringLiteral("a")),
                                 check(QStringLiteral("T"), QStringLiteral("a"))}
        << 2
        << QStringLiteral("Row 3 (ConditionCheck): it touches the same item as row 1; DynamoDB "
                          "allows one action per item in a transaction.");
    TransactionRow big = put(QStringLiteral("T"), QStringLiteral("big"));
    big.item.insert(QStringLiteral("payload"),
                    AttributeValue::fromString(QString(dynamo::kMaxItemBytes, QLatin1Char('x'))));
    QTest::newRow("item over 400 KB") << QList<TransactionRow>{a, big} << 1 << QString();
    QTest::newRow("read in a write")
        << QList<TransactionRow>{get(QStringLiteral("T"), QStringLiteral("a"))} << 0
        << QStringLiteral("Row 1 (Get): a read belongs in a Get transaction.");
}

void TestTransaction::rowProblemsNameTheRow()
{
    QFETCH(QList<TransactionRow>, rows);
    QFETCH(int, row);
    QFETCH(QString, sentence);
    QString error;
    int errorRow = -2;
    const QJsonObject input =
        dynamo::transactWriteRequest(rows, QStringLiteral("token"), &error, &errorRow);
    QVERIFY(input.isEmpty());
    QCOMPARE(errorRow, row);
    if (sentence.isEmpty()) {
        // Sentences made by other checks: the row is named, the rest is theirs.
        QVERIFY2(error.startsWith(QStringLiteral("Row %1 (").arg(row + 1)), qPrintable(error));
    } else {
        QCOMPARE(error, sentence);
    }
}

void TestTransaction::emptyTokenIsFilledWithAFreshUuid()
{
    const QList<TransactionRow> rows{put(QStringLiteral("A"), QStringLiteral("1"))};
    TransactionJob first(m_client, TransactionJob::Mode::Write, rows);
    TransactionJob second(m_client, TransactionJob::Mode::Write, rows, QStringLiteral("  "));
    QVERIFY(!QUuid::fromString(first.token()).isNull());
    QVERIFY(!QUuid::fromString(second.token()).isNull());
    QVERIFY(first.token() != second.token());

    runJob(first);
    QVERIFY2(!first.error().isError(), qPrintable(first.error().details()));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().at(0).json.value(QStringLiteral("ClientRequestToken")).toString(),
             first.token());
}

void TestTransaction::givenTokenIsSentAsItIs()
{
    const QList<TransactionRow> rows{put(QStringLiteral("A"), QStringLiteral("1"))};
    const QString token = QStringLiteral("retry-me-42");
    for (int run = 0; run < 2; ++run) {
        TransactionJob job(m_client, TransactionJob::Mode::Write, rows, token);
        QCOMPARE(job.token(), token);
        runJob(job);
    }
    QCOMPARE(m_server->requestCount(), 2);
    for (const auto &request : m_server->requests())
        QCOMPARE(request.json.value(QStringLiteral("ClientRequestToken")).toString(), token);
}

void TestTransaction::invalidRowSendsNothing()
{
    TransactionRow noKey = keyed(TransactionRow::Delete, QStringLiteral("A"), QStringLiteral("1"));
    noKey.key.clear();
    TransactionJob job(m_client, TransactionJob::Mode::Write,
                       {put(QStringLiteral("A"), QStringLiteral("1")), noKey});
    runJob(job);
    QCOMPARE(job.error().kind, aws::ErrorKind::Validation);
    QCOMPARE(job.errorRow(), 1);
    QVERIFY2(job.errorString().startsWith(QStringLiteral("Row 2 (Delete)")),
             qPrintable(job.errorString()));
    QVERIFY(!job.isCancelledTransaction());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestTransaction::reasonsLandOnTheirRows()
{
    LoopbackReply reply;
    reply.status = 400;
    reply.body = kRecordedCancellation;
    m_server->enqueue(QStringLiteral("TransactWriteItems"), reply);
    TransactionRow failing = update(QStringLiteral("B"), QStringLiteral("B"));
    TransactionJob job(m_client, TransactionJob::Mode::Write,
                       {put(QStringLiteral("A"), QStringLiteral("A")), failing,
                        keyed(TransactionRow::Delete, QStringLiteral("C"), QStringLiteral("C"))});
    runJob(job);
    QVERIFY(job.isCancelledTransaction());
    const QList<aws::CancellationReason> reasons = job.cancellationReasons();
    QCOMPARE(reasons.size(), 3);
    QCOMPARE(reasons.at(0).code, QStringLiteral("None"));
    QCOMPARE(reasons.at(1).code, QStringLiteral("ConditionalCheckFailed"));
    QCOMPARE(reasons.at(1).message, QStringLiteral("The conditional request failed"));
    QCOMPARE(dynamo::itemFromWire(reasons.at(1).item).value(QStringLiteral("c")),
             AttributeValue::fromNumber(QStringLiteral("7")));
    QCOMPARE(reasons.at(2).code, QStringLiteral("None"));
    // The condition's old image was asked for, so the reason can show it.
    const QJsonObject sent = m_server->requests().at(0).json;
    QCOMPARE(sent.value(QStringLiteral("TransactItems"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("Update"))
                 .toObject()
                 .value(QStringLiteral("ReturnValuesOnConditionCheckFailure"))
                 .toString(),
             QStringLiteral("ALL_OLD"));
}

void TestTransaction::getReturnsOneItemPerRow()
{
    const QJsonObject stored{
        {QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), QStringLiteral("1")}}},
        {QStringLiteral("c"),
         QJsonObject{{QStringLiteral("N"), QStringLiteral("12345678901234567890")}}}};
    m_server->enqueue(
        QStringLiteral("TransactGetItems"),
        LoopbackReply::json(
            {{QStringLiteral("Responses"),
              QJsonArray{QJsonObject{{QStringLiteral("Item"), stored}}, QJsonObject{}}},
             {QStringLiteral("ConsumedCapacity"),
              QJsonArray{QJsonObject{{QStringLiteral("TableName"), QStringLiteral("A")},
                                     {QStringLiteral("CapacityUnits"), 4.0},
                                     {QStringLiteral("ReadCapacityUnits"), 4.0}}}}}));
    TransactionJob job(m_client, TransactionJob::Mode::Get,
                       {get(QStringLiteral("A"), QStringLiteral("1")),
                        keyed(TransactionRow::Get, QStringLiteral("A"), QStringLiteral("2"))});
    QVERIFY(job.token().isEmpty());
    runJob(job);
    QVERIFY2(!job.error().isError(), qPrintable(job.error().details()));
    QCOMPARE(job.items().size(), 2);
    QVERIFY(job.items().at(0).has_value());
    QCOMPARE(job.items().at(0)->value(QStringLiteral("c")).numberText(),
             QStringLiteral("12345678901234567890"));
    QVERIFY(!job.items().at(1).has_value());
    QCOMPARE(job.consumedCapacity().read, 4.0);
    QVERIFY(!m_server->requests().at(0).json.contains(QStringLiteral("ClientRequestToken")));
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
