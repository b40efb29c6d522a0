// PartiQL statements, batches and transactions against a real DynamoDB Local.
#include "localendpoint.h"

#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "dynamo/batchwritejob.h"
#include "dynamo/preflight.h"
#include "dynamo/statementjobs.h"
#include "itemtablemodel.h"
#include "statementpagesource.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace dyna;
using dynamo::Statement;

namespace {

constexpr int kItemCount = 250;
constexpr int kPageSize = 100;

QJsonObject attribute(const char *type, const QString &value)
{
    return {{QLatin1String(type), value}};
}

QJsonObject s(const QString &value)
{
    return attribute("S", value);
}

QJsonObject n(const QString &value)
{
    return attribute("N", value);
}

} // namespace

class TestPartiqlLocal : public QObject
{
    Q_OBJECT

private:
    QJsonObject getItem(const QString &pk, int sk);
    bool runJob(aws::Job *job);

    aws::AwsClient *m_client = nullptr;
    QString m_table; // pk (S) + sk (N); seeded items "p0".."p4" with sk 0..249, seed = 1

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pagesWithNextToken();
    void parametersAreBound();
    void syntaxErrorComesFromDynamoDb();
    void batchReportsEachStatement();
    void tooManyStatementsAreRefused();
    void cancelledTransactionNamesTheStatement_data();
    void cancelledTransactionNamesTheStatement();
    void transactionRetryWithTheSameTokenWritesOnce();
};

void TestPartiqlLocal::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running: run the tests through ctest, "
                                 "whose fixture starts it");
    m_client = test::localClient(this);
    m_table = test::uniqueTableName(QStringLiteral("Partiql"));
    const QJsonObject create{
        {QStringLiteral("TableName"), m_table},
        {QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")},
        {QStringLiteral("AttributeDefinitions"),
         QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                {QStringLiteral("AttributeType"), QStringLiteral("S")}},
                    QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("sk")},
                                {QStringLiteral("AttributeType"), QStringLiteral("N")}}}},
        {QStringLiteral("KeySchema"),
         QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                {QStringLiteral("KeyType"), QStringLiteral("HASH")}},
                    QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("sk")},
                                {QStringLiteral("KeyType"), QStringLiteral("RANGE")}}}},
    };
    const std::unique_ptr<aws::RequestJob> created(
        test::callAndWait(m_client, QStringLiteral("CreateTable"), create));
    QVERIFY(created);
    QVERIFY2(!created->error().isError(), qPrintable(created->error().details()));

    QList<dynamo::BatchWriteJob::WriteRequest> requests;
    for (int i = 0; i < kItemCount; ++i) {
        requests.append(dynamo::BatchWriteJob::put(
            m_table, {{QStringLiteral("pk"), s(QStringLiteral("p%1").arg(i % 5))},
                      {QStringLiteral("sk"), n(QString::number(i))},
                      {QStringLiteral("seed"), n(QStringLiteral("1"))}}));
    }
    dynamo::BatchWriteJob writer(m_client, requests);
    QVERIFY(runJob(&writer));
    QVERIFY2(!writer.error().isError(), qPrintable(writer.error().details()));
}

void TestPartiqlLocal::cleanupTestCase()
{
    if (m_client && !m_table.isEmpty())
        delete test::callAndWait(m_client, QStringLiteral("DeleteTable"),
                                 {{QStringLiteral("TableName"), m_table}});
}

bool TestPartiqlLocal::runJob(aws::Job *job)
{
    QSignalSpy finished(job, &aws::Job::finished);
    job->start();
    return finished.size() == 1 || finished.wait(20000);
}

QJsonObject TestPartiqlLocal::getItem(const QString &pk, int sk)
{
    const std::unique_ptr<aws::RequestJob> job(test::callAndWait(
        m_client, QStringLiteral("GetItem"),
        {{QStringLiteral("TableName"), m_table},
         {QStringLiteral("ConsistentRead"), true},
         {QStringLiteral("Key"), QJsonObject{{QStringLiteral("pk"), s(pk)},
                                             {QStringLiteral("sk"), n(QString::number(sk))}}}}));
    if (!job || job->error().isError())
        return {};
    return job->response().value(QLatin1String("Item")).toObject();
}

void TestPartiqlLocal::pagesWithNextToken()
{
    models::StatementPageSource source(
        m_client, QStringLiteral("SELECT * FROM \"%1\" WHERE seed = 1").arg(m_table), {}, false,
        kPageSize);
    models::ItemTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(&source, {QStringLiteral("pk"), QStringLiteral("sk")});
    QSignalSpy errors(&model, &models::ItemTableModel::errorOccurred);
    QSignalSpy status(&model, &models::ItemTableModel::statusChanged);

    while (!model.isComplete()) {
        if (model.canFetchMore())
            model.fetchMore();
        QVERIFY(status.wait(20000));
        QVERIFY2(errors.isEmpty(), qPrintable(model.lastError().details()));
    }

    QVERIFY2(model.pageCount() >= 3, qPrintable(QString::number(model.pageCount())));
    QCOMPARE(model.rowCount(), kItemCount);
    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int sk = model.index(row, 1).data().toInt();
        QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("p%1").arg(sk % 5));
        seen.insert(QString::number(sk));
    }
    QCOMPARE(seen.size(), kItemCount);
}

void TestPartiqlLocal::parametersAreBound()
{
    // 26 significant digits: more than a double holds, within DynamoDB's 38.
    const QString big = QStringLiteral("12345678901234567890.123456");
    const QString name = QStringLiteral("O'Brien \"quoted\"; ?");
    const std::unique_ptr<aws::RequestJob> insert(test::callAndWait(
        m_client, QStringLiteral("ExecuteStatement"),
        {{QStringLiteral("Statement"),
          QStringLiteral("INSERT INTO \"%1\" VALUE {'pk': ?, 'sk': ?, 'big': ?, 'name': ?}")
              .arg(m_table)},
         {QStringLiteral("Parameters"),
          QJsonArray{s(QStringLiteral("params")), n(QStringLiteral("1")), n(big), s(name)}}}));
    QVERIFY(insert);
    QVERIFY2(!insert->error().isError(), qPrintable(insert->error().details()));

    models::StatementPageSource source(
        m_client,
        QStringLiteral("SELECT big, name FROM \"%1\" WHERE pk = ? AND sk = ?").arg(m_table),
        QJsonArray{s(QStringLiteral("params")), n(QStringLiteral("1"))}, true);
    QSignalSpy arrived(&source, &models::ItemPageSource::pageArrived);
    QSignalSpy failed(&source, &models::ItemPageSource::pageFailed);
    source.requestPage({});
    QVERIFY(arrived.wait(20000));
    QVERIFY(failed.isEmpty());
    const auto page = arrived.first().at(0).value<dynamo::WirePage>();
    QCOMPARE(page.itemJson.size(), 1);
    const QJsonObject item = QJsonDocument::fromJson(page.itemJson.first()).object();
    QCOMPARE(item.value(QLatin1String("big")).toObject().value(QLatin1String("N")).toString(), big);
    QCOMPARE(item.value(QLatin1String("name")).toObject().value(QLatin1String("S")).toString(),
             name);
    QVERIFY(arrived.first().at(1).toJsonObject().isEmpty());
}

void TestPartiqlLocal::syntaxErrorComesFromDynamoDb()
{
    models::StatementPageSource source(m_client, QStringLiteral("SELEC * FROM \"%1\"").arg(m_table),
                                       {}, false);
    QSignalSpy failed(&source, &models::ItemPageSource::pageFailed);
    source.requestPage({});
    QVERIFY(failed.wait(20000));
    const auto error = failed.first().at(0).value<aws::AwsError>();
    QCOMPARE(error.kind, aws::ErrorKind::Validation);
    QCOMPARE(error.code, QStringLiteral("ValidationException"));
    QVERIFY(!error.local);
    QVERIFY2(!error.message.isEmpty(), qPrintable(error.details()));
    QVERIFY2(error.userMessage().contains(error.message), qPrintable(error.userMessage()));
}

void TestPartiqlLocal::batchReportsEachStatement()
{
    const QString insert =
        QStringLiteral("INSERT INTO \"%1\" VALUE {'pk': ?, 'sk': ?}").arg(m_table);
    const QList<Statement> statements{
        {insert, QJsonArray{s(QStringLiteral("batch")), n(QStringLiteral("1"))}},
        {insert, QJsonArray{s(QStringLiteral("p0")), n(QStringLiteral("0"))}}, // exists
        {QStringLiteral("UPDATE \"%1\" SET tag = 'b' WHERE pk = 'p1' AND sk = 1").arg(m_table), {}},
    };
    dynamo::BatchStatementJob job(m_client, statements);
    QVERIFY(runJob(&job));
    QVERIFY2(!job.error().isError(), qPrintable(job.error().details()));
    QCOMPARE(job.results().size(), 3);
    QVERIFY(job.results().at(0).ok);
    QVERIFY(!job.results().at(1).ok);
    QCOMPARE(job.results().at(1).errorCode, QStringLiteral("DuplicateItem"));
    QVERIFY(!job.results().at(1).errorMessage.isEmpty());
    QVERIFY(job.results().at(2).ok);

    QVERIFY(!getItem(QStringLiteral("batch"), 1).isEmpty());
    QCOMPARE(getItem(QStringLiteral("p1"), 1).value(QLatin1String("tag")).toObject(),
             s(QStringLiteral("b")));
}

void TestPartiqlLocal::tooManyStatementsAreRefused()
{
    const QString insert =
        QStringLiteral("INSERT INTO \"%1\" VALUE {'pk': ?, 'sk': ?}").arg(m_table);
    QList<Statement> statements;
    for (int i = 0; i < 101; ++i)
        statements.append({insert, QJsonArray{s(QStringLiteral("many")), n(QString::number(i))}});

    dynamo::BatchStatementJob batch(m_client, statements.mid(0, 26));
    QVERIFY(runJob(&batch));
    QCOMPARE(batch.error().kind, aws::ErrorKind::Validation);
    QVERIFY2(batch.errorString().contains(QLatin1String("25")), qPrintable(batch.errorString()));

    dynamo::TransactionStatementJob transaction(m_client, statements);
    QVERIFY(runJob(&transaction));
    QCOMPARE(transaction.error().kind, aws::ErrorKind::Validation);
    QVERIFY2(transaction.errorString().contains(QLatin1String("100")),
             qPrintable(transaction.errorString()));

    QVERIFY(getItem(QStringLiteral("many"), 0).isEmpty());
}

void TestPartiqlLocal::cancelledTransactionNamesTheStatement_data()
{
    QTest::addColumn<QString>("failing");
    QTest::addColumn<QStringList>("codes");
    // DynamoDB says DuplicateItem; DynamoDB Local (2.9) says ValidationError with the message
    // "Duplicate primary key exists in table".
    QTest::newRow("insert of an existing key")
        << QStringLiteral("INSERT INTO \"%1\" VALUE {'pk': 'p2', 'sk': 2}")
        << QStringList{QStringLiteral("DuplicateItem"), QStringLiteral("ValidationError")};
    QTest::newRow("update of a missing item")
        << QStringLiteral("UPDATE \"%1\" SET tag = 'x' WHERE pk = 'missing' AND sk = 7 AND "
                          "attribute_exists(pk)")
        << QStringList{QStringLiteral("ConditionalCheckFailed")};
}

void TestPartiqlLocal::cancelledTransactionNamesTheStatement()
{
    QFETCH(QString, failing);
    QFETCH(QStringList, codes);
    const QList<Statement> statements{
        {QStringLiteral("UPDATE \"%1\" SET tx = 'yes' WHERE pk = 'p3' AND sk = 3").arg(m_table),
         {}},
        {failing.arg(m_table), {}},
    };
    dynamo::TransactionStatementJob job(m_client, statements);
    QVERIFY(runJob(&job));
    QCOMPARE(job.error().code, QStringLiteral("TransactionCanceledException"));
    QCOMPARE(job.reasons().size(), 2);
    QCOMPARE(job.reasons().at(0).code, QStringLiteral("None"));
    QVERIFY2(codes.contains(job.reasons().at(1).code), qPrintable(job.reasons().at(1).code));
    QVERIFY(!job.reasons().at(1).message.isEmpty());
    // Nothing of a cancelled transaction is written.
    QVERIFY(!getItem(QStringLiteral("p3"), 3).contains(QLatin1String("tx")));
}

void TestPartiqlLocal::transactionRetryWithTheSameTokenWritesOnce()
{
    const QJsonObject counter{{QStringLiteral("pk"), s(QStringLiteral("counter"))},
                              {QStringLiteral("sk"), n(QStringLiteral("0"))},
                              {QStringLiteral("c"), n(QStringLiteral("0"))}};
    delete test::callAndWait(
        m_client, QStringLiteral("PutItem"),
        {{QStringLiteral("TableName"), m_table}, {QStringLiteral("Item"), counter}});
    const QList<Statement> increment{
        {QStringLiteral("UPDATE \"%1\" SET c = c + 1 WHERE pk = 'counter' AND sk = 0").arg(m_table),
         {}}};

    dynamo::TransactionStatementJob first(m_client, increment);
    QVERIFY(runJob(&first));
    QVERIFY2(!first.error().isError(), qPrintable(first.error().details()));
    // Left empty, the token is a fresh UUID.
    QVERIFY(!QUuid::fromString(first.clientRequestToken()).isNull());

    dynamo::TransactionStatementJob retry(m_client, increment, first.clientRequestToken());
    QVERIFY(runJob(&retry));
    QVERIFY2(!retry.error().isError(), qPrintable(retry.error().details()));
    QCOMPARE(retry.clientRequestToken(), first.clientRequestToken());
    QCOMPARE(getItem(QStringLiteral("counter"), 0).value(QLatin1String("c")).toObject(),
             n(QStringLiteral("1")));

    dynamo::TransactionStatementJob fresh(m_client, increment);
    QVERIFY(runJob(&fresh));
    QVERIFY(fresh.clientRequestToken() != first.clientRequestToken());
    QCOMPARE(getItem(QStringLiteral("counter"), 0).value(QLatin1String("c")).toObject(),
             n(QStringLiteral("2")));
}

QTEST_GUILESS_MAIN(TestPartiqlLocal)
#include "tst_partiqllocal.moc"
