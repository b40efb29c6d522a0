// The item grid's model paging through a real DynamoDB Local with RequestPageSource.
#include "localendpoint.h"

#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "dynamo/batchwritejob.h"
#include "dynamo/preflight.h"
#include "itempagesource.h"
#include "itemtablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dyna;
using models::ItemTableModel;

namespace {

constexpr int kItemCount = 250;
constexpr int kPageSize = 60;

QJsonObject attribute(const char *type, const QString &value)
{
    return {{QLatin1String(type), value}};
}

// 23 significant digits, more than a double holds; canonical (no trailing zero).
QString exactPrice(int i)
{
    return QStringLiteral("12345678901234567890.%1").arg(i) + QLatin1Char('1');
}

} // namespace

class TestItemGridLocal : public QObject
{
    Q_OBJECT

private:
    aws::AwsClient *m_client = nullptr;
    QString m_table; // pk (S) + sk (N)

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pagesUntilDone_data();
    void pagesUntilDone();
    void missingTableReportsAnError();
};

void TestItemGridLocal::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running: run the tests through ctest, "
                                 "whose fixture starts it");
    m_client = test::localClient(this);
    m_table = test::uniqueTableName(QStringLiteral("ItemGrid"));
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
        QJsonObject item{{QStringLiteral("pk"), attribute("S", QStringLiteral("grid"))},
                         {QStringLiteral("sk"), attribute("N", QString::number(i))}};
        // Some items only: the grid's columns are the union of what it saw.
        if (i % 3 == 0)
            item.insert(QStringLiteral("price"), attribute("N", exactPrice(i)));
        if (i % 7 == 0)
            item.insert(QStringLiteral("blob"), attribute("B", QStringLiteral("aGVsbG8=")));
        requests.append(dynamo::BatchWriteJob::put(m_table, item));
    }
    dynamo::BatchWriteJob writer(m_client, requests);
    QSignalSpy finished(&writer, &dynamo::BatchWriteJob::finished);
    writer.start();
    QVERIFY(finished.wait(30000));
    QVERIFY2(!writer.error().isError(), qPrintable(writer.error().details()));
    QCOMPARE(writer.written(), kItemCount);
}

void TestItemGridLocal::cleanupTestCase()
{
    if (m_client && !m_table.isEmpty())
        delete test::callAndWait(m_client, QStringLiteral("DeleteTable"),
                                 {{QStringLiteral("TableName"), m_table}});
}

void TestItemGridLocal::pagesUntilDone_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("Scan") << QStringLiteral("Scan");
    QTest::newRow("Query") << QStringLiteral("Query");
}

void TestItemGridLocal::pagesUntilDone()
{
    QFETCH(QString, operation);
    QJsonObject input{{QStringLiteral("TableName"), m_table}, {QStringLiteral("Limit"), kPageSize}};
    if (operation == QLatin1String("Query")) {
        input.insert(QStringLiteral("KeyConditionExpression"), QStringLiteral("pk = :p"));
        input.insert(QStringLiteral("ExpressionAttributeValues"),
                     QJsonObject{{QStringLiteral(":p"), attribute("S", QStringLiteral("grid"))}});
    }
    models::RequestPageSource source(m_client, operation, input);
    ItemTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(&source, {QStringLiteral("pk"), QStringLiteral("sk")});
    QSignalSpy inserted(&model, &ItemTableModel::rowsInserted);
    QSignalSpy errors(&model, &ItemTableModel::errorOccurred);
    QSignalSpy status(&model, &ItemTableModel::statusChanged);

    while (!model.isComplete()) {
        if (model.canFetchMore())
            model.fetchMore();
        QVERIFY(model.isLoading());
        QVERIFY(status.wait(20000));
        QVERIFY2(errors.isEmpty(), qPrintable(model.lastError().details()));
    }

    QVERIFY(!model.canFetchMore());
    QCOMPARE(model.rowCount(), kItemCount);
    QCOMPARE(model.pageCount(), 5);
    QCOMPARE(inserted.size(), 5);
    QCOMPARE(model.lastPageCount(), kItemCount - 4 * kPageSize);
    QCOMPARE(model.totalCount(), kItemCount);
    QCOMPARE(model.totalScannedCount(), kItemCount);
    QVERIFY(model.consumedCapacity() > 0);

    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row)
        seen.insert(model.index(row, 1).data().toString());
    QCOMPARE(seen.size(), kItemCount);
    for (int i = 0; i < kItemCount; ++i)
        QVERIFY2(seen.contains(QString::number(i)), qPrintable(QString::number(i)));

    QCOMPARE(model.attributeNames().mid(0, 2),
             (QStringList{QStringLiteral("pk"), QStringLiteral("sk")}));
    QVERIFY(model.attributeNames().contains(QStringLiteral("price")));
    QVERIFY(model.attributeNames().contains(QStringLiteral("blob")));
    const int price = int(model.attributeNames().indexOf(QStringLiteral("price")));
    const int blob = int(model.attributeNames().indexOf(QStringLiteral("blob")));
    for (int row = 0; row < model.rowCount(); ++row) {
        const int sk = model.index(row, 1).data().toInt();
        QCOMPARE(model.index(row, price).data().toString(),
                 sk % 3 == 0 ? exactPrice(sk) : QString());
        QCOMPARE(model.index(row, blob).data().toString(),
                 sk % 7 == 0 ? QStringLiteral("aGVsbG8= (5 bytes)") : QString());
    }
}

void TestItemGridLocal::missingTableReportsAnError()
{
    models::RequestPageSource source(
        m_client, QStringLiteral("Scan"),
        {{QStringLiteral("TableName"), test::uniqueTableName(QStringLiteral("Missing"))}});
    ItemTableModel model;
    model.setSource(&source, {QStringLiteral("pk")});
    QSignalSpy errors(&model, &ItemTableModel::errorOccurred);
    model.fetchMore();
    QVERIFY(errors.wait(20000));
    QCOMPARE(model.lastError().kind, aws::ErrorKind::NotFound);
    QVERIFY(!model.canFetchMore());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestItemGridLocal)
#include "tst_itemgridlocal.moc"
