// A parallel scan through the item grid: every segment read to its end, every item exactly
// once, one grid page per round of segment pages.
#include "localendpoint.h"

#include "itemtablemodel.h"
#include "segmentedpagesource.h"

#include "aws/requestjob.h"
#include "dynamo/queryspec.h"
#include "session/session.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <memory>

using namespace dyna;

class TestParallelScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everySegmentReadToItsEnd();
    void failedSegmentStopsTheScan();

private:
    std::unique_ptr<aws::RequestJob> call(const QString &operation, const QJsonObject &input)
    {
        return std::unique_ptr<aws::RequestJob>(
            test::callAndWait(m_session.client(), operation, input));
    }

    session::Session m_session;
    QString m_table;
    static constexpr int kItems = 90;
};

void TestParallelScan::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    m_session.connectToLocalEndpoint(endpoint);
    m_table = test::uniqueTableName(QStringLiteral("Parallel"));
    auto created =
        call(QStringLiteral("CreateTable"),
             {{QStringLiteral("TableName"), m_table},
              {QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")},
              {QStringLiteral("AttributeDefinitions"),
               QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("id")},
                                      {QStringLiteral("AttributeType"), QStringLiteral("S")}}}},
              {QStringLiteral("KeySchema"),
               QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("id")},
                                      {QStringLiteral("KeyType"), QStringLiteral("HASH")}}}}});
    QVERIFY(created && !created->error().isError());
    for (int i = 0; i < kItems; ++i) {
        auto put =
            call(QStringLiteral("PutItem"),
                 {{QStringLiteral("TableName"), m_table},
                  {QStringLiteral("Item"),
                   QJsonObject{
                       {QStringLiteral("id"),
                        QJsonObject{{QStringLiteral("S"), QStringLiteral("item-%1").arg(i)}}}}}});
        QVERIFY(put && !put->error().isError());
    }
}

void TestParallelScan::cleanupTestCase()
{
    call(QStringLiteral("DeleteTable"), {{QStringLiteral("TableName"), m_table}});
}

void TestParallelScan::everySegmentReadToItsEnd()
{
    dynamo::QuerySpec spec;
    spec.table = m_table;
    spec.scan = true;
    spec.pageSize = 10;
    spec.totalSegments = 3;
    QString error;
    const QList<QJsonObject> inputs = dynamo::buildSegmentRequests(spec, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(inputs.size(), 3);

    models::SegmentedPageSource source(m_session.client(), inputs);
    models::ItemTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(&source, {QStringLiteral("id")});
    // The model tester may already have asked for the first page.
    model.fetchMore();
    for (;;) {
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        QVERIFY2(!model.lastError().isError(), qPrintable(model.lastError().details()));
        // Each round asks every unfinished segment for one page of at most 10 items.
        QVERIFY(model.lastPageCount() <= 30);
        if (!model.canFetchMore())
            break;
        model.fetchMore();
    }
    const int rounds = model.pageCount();
    QVERIFY(model.isComplete());
    QCOMPARE(model.rowCount(), kItems);
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data().toString());
    QCOMPARE(ids.size(), kItems);
    // At least three rounds: 90 items at 10 per segment page need 30 segment pages.
    QVERIFY2(rounds >= 3, qPrintable(QString::number(rounds)));
    QVERIFY(model.consumedCapacity() > 0);
}

void TestParallelScan::failedSegmentStopsTheScan()
{
    dynamo::QuerySpec spec;
    spec.table = test::uniqueTableName(QStringLiteral("Missing"));
    spec.scan = true;
    spec.totalSegments = 2;
    QString error;
    const QList<QJsonObject> inputs = dynamo::buildSegmentRequests(spec, &error);
    QVERIFY(error.isEmpty());
    models::SegmentedPageSource source(m_session.client(), inputs);
    models::ItemTableModel model;
    model.setSource(&source, {QStringLiteral("id")});
    model.fetchMore();
    QTRY_VERIFY_WITH_TIMEOUT(model.lastError().isError(), 10000);
    QCOMPARE(model.lastError().kind, aws::ErrorKind::NotFound);
    QVERIFY(!model.canFetchMore());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestParallelScan)
#include "tst_parallelscan.moc"
