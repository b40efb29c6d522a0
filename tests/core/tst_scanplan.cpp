// How a whole-table read is planned: page sizes that stay under 1 MB and keep DynamoDB Local's
// Scan fast, and segments that follow the table's size and the machine.
#include "dynamo/scanplan.h"

#include <QJsonObject>
#include <QTest>

using namespace dyna::dynamo;

class TestScanPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plans_data();
    void plans();
    void pagesStayUnderOneMegabyte_data();
    void pagesStayUnderOneMegabyte();
    void userChoicesWin();
    void sizeComesFromDescribeTable();
};

void TestScanPlan::plans_data()
{
    QTest::addColumn<qint64>("items");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<bool>("local");
    QTest::addColumn<int>("cores");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("segments");

    // The peers benchmark's table: 100,000 items of 367 bytes on DynamoDB Local, two cores.
    QTest::newRow("bench table, local")
        << qint64(100000) << qint64(36700000) << true << 2 << 2511 << 2;
    QTest::newRow("bench table, local, 8 cores")
        << qint64(100000) << qint64(36700000) << true << 8 << 2511 << 5;
    QTest::newRow("unknown size") << qint64(0) << qint64(0) << true << 2 << 1000 << 1;
    QTest::newRow("a few pages") << qint64(500) << qint64(500 * 400) << false << 8 << 2304 << 1;
    // A remote table waits on the network: up to four segments per core.
    QTest::newRow("10 GB remote") << qint64(10000000) << qint64(10000000000) << false << 4 << 921
                                  << 16;
    QTest::newRow("remote never over 64")
        << qint64(100000000) << qint64(100000000000) << false << 64 << 921 << 64;
    QTest::newRow("tiny items are capped")
        << qint64(1000000) << qint64(10000000) << true << 2 << 10000 << 2;
    QTest::newRow("no cores reported")
        << qint64(100000) << qint64(36700000) << true << 0 << 2511 << 1;
}

void TestScanPlan::plans()
{
    QFETCH(qint64, items);
    QFETCH(qint64, bytes);
    QFETCH(bool, local);
    QFETCH(int, cores);
    const ScanPlan plan = planFullScan({items, bytes}, local, cores);
    QTEST(plan.pageSize, "pageSize");
    QTEST(plan.segments, "segments");
}

void TestScanPlan::pagesStayUnderOneMegabyte_data()
{
    QTest::addColumn<qint64>("averageItemBytes");
    for (qint64 size : {1, 90, 367, 1000, 4000, 9000, 400 * 1024})
        QTest::addRow("%lld bytes", size) << size;
}

void TestScanPlan::pagesStayUnderOneMegabyte()
{
    QFETCH(qint64, averageItemBytes);
    const ScanPlan plan = planFullScan({100000, 100000 * averageItemBytes}, true, 2);
    QVERIFY(plan.pageSize >= 100);
    // Large items end pages at 1 MB by themselves; the planned Limit must not be the reason a
    // page of small items comes back over it.
    if (averageItemBytes * 100 < 1024 * 1024)
        QVERIFY2(qint64(plan.pageSize) * averageItemBytes < 1024 * 1024,
                 qPrintable(QString::number(plan.pageSize)));
}

void TestScanPlan::userChoicesWin()
{
    const ScanPlan planned = planFullScan({100000, 36700000}, true, 2);
    const ScanPlan chosen = withOverrides(planned, 50, 7);
    QCOMPARE(chosen.pageSize, 50);
    QCOMPARE(chosen.segments, 7);
    const ScanPlan automatic = withOverrides(planned, 0, 0);
    QCOMPARE(automatic.pageSize, planned.pageSize);
    QCOMPARE(automatic.segments, planned.segments);
}

void TestScanPlan::sizeComesFromDescribeTable()
{
    const TableSize size = TableSize::fromDescription(
        {{QStringLiteral("ItemCount"), 1234}, {QStringLiteral("TableSizeBytes"), 56789}});
    QCOMPARE(size.itemCount, 1234);
    QCOMPARE(size.bytes, 56789);
    QVERIFY(size.isKnown());
    QVERIFY(!TableSize::fromDescription({}).isKnown());
    QVERIFY(!TableSize::fromDescription(
                 {{QStringLiteral("ItemCount"), 0}, {QStringLiteral("TableSizeBytes"), 0}})
                 .isKnown());
}

QTEST_GUILESS_MAIN(TestScanPlan)
#include "tst_scanplan.moc"
