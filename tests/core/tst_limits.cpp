// DescribeLimits beside a table's provisioned capacity: the GSIs count towards the per-table
// quota, on-demand tables have nothing to compare.
#include "dynamo/limits.h"

#include <QJsonArray>
#include <QTest>

using namespace dyna;

class TestLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesDescribeLimits();
    void sumsTableAndGlobalIndexes_data();
    void sumsTableAndGlobalIndexes();
    void comparesProvisionedTable();
    void onDemandTableSaysSo();
};

namespace {

QJsonObject throughput(int read, int write)
{
    return {{QStringLiteral("ReadCapacityUnits"), read},
            {QStringLiteral("WriteCapacityUnits"), write}};
}

QJsonObject gsi(int read, int write)
{
    return {{QStringLiteral("IndexName"), QStringLiteral("G")},
            {QStringLiteral("ProvisionedThroughput"), throughput(read, write)}};
}

QJsonObject limitsAnswer()
{
    return {{QStringLiteral("AccountMaxReadCapacityUnits"), 80000},
            {QStringLiteral("AccountMaxWriteCapacityUnits"), 80000},
            {QStringLiteral("TableMaxReadCapacityUnits"), 40000},
            {QStringLiteral("TableMaxWriteCapacityUnits"), 20000}};
}

} // namespace

void TestLimits::parsesDescribeLimits()
{
    const auto limits = dynamo::parseDescribeLimits(limitsAnswer());
    QCOMPARE(limits.accountMaxRead, 80000);
    QCOMPARE(limits.accountMaxWrite, 80000);
    QCOMPARE(limits.tableMaxRead, 40000);
    QCOMPARE(limits.tableMaxWrite, 20000);
}

void TestLimits::sumsTableAndGlobalIndexes_data()
{
    QTest::addColumn<QJsonObject>("table");
    QTest::addColumn<qint64>("read");
    QTest::addColumn<qint64>("write");
    QTest::newRow("table only") << QJsonObject{{QStringLiteral("ProvisionedThroughput"),
                                                throughput(7, 3)}}
                                << qint64(7) << qint64(3);
    QTest::newRow("two gsis")
        << QJsonObject{{QStringLiteral("ProvisionedThroughput"), throughput(7, 3)},
                       {QStringLiteral("GlobalSecondaryIndexes"), QJsonArray{gsi(2, 1), gsi(5, 5)}}}
        << qint64(14) << qint64(9);
    // Local secondary indexes use the table's capacity and carry none of their own.
    QTest::newRow("lsi ignored")
        << QJsonObject{{QStringLiteral("ProvisionedThroughput"), throughput(10, 10)},
                       {QStringLiteral("LocalSecondaryIndexes"), QJsonArray{gsi(99, 99)}}}
        << qint64(10) << qint64(10);
}

void TestLimits::sumsTableAndGlobalIndexes()
{
    QFETCH(QJsonObject, table);
    QFETCH(qint64, read);
    QFETCH(qint64, write);
    const auto capacity = dynamo::provisionedCapacity(table);
    QVERIFY(!capacity.onDemand);
    QCOMPARE(capacity.read, read);
    QCOMPARE(capacity.write, write);
}

void TestLimits::comparesProvisionedTable()
{
    const QJsonObject table{
        {QStringLiteral("BillingModeSummary"),
         QJsonObject{{QStringLiteral("BillingMode"), QStringLiteral("PROVISIONED")}}},
        {QStringLiteral("ProvisionedThroughput"), throughput(300, 100)},
        {QStringLiteral("GlobalSecondaryIndexes"), QJsonArray{gsi(100, 100)}}};
    const auto comparison =
        dynamo::compareWithLimits(dynamo::parseDescribeLimits(limitsAnswer()), table);
    QVERIFY(!comparison.onDemand);
    QVERIFY(comparison.note.isEmpty());
    QCOMPARE(comparison.rows.size(), 4);
    // Per-table read: 400 of 40000.
    QCOMPARE(comparison.rows.at(0).tableValue.value_or(-1), 400);
    QCOMPARE(comparison.rows.at(0).maximum, 40000);
    QCOMPARE(comparison.rows.at(0).percent.value_or(-1), 1.0);
    QVERIFY(comparison.rows.at(0).what.contains(QLatin1String("Read")));
    // Per-table write: 200 of 20000.
    QCOMPARE(comparison.rows.at(1).percent.value_or(-1), 1.0);
    // Account read: 400 of 80000.
    QCOMPARE(comparison.rows.at(2).maximum, 80000);
    QCOMPARE(comparison.rows.at(2).percent.value_or(-1), 0.5);
    QVERIFY(comparison.rows.at(3).what.contains(QLatin1String("account")));
}

void TestLimits::onDemandTableSaysSo()
{
    const QJsonObject table{
        {QStringLiteral("BillingModeSummary"),
         QJsonObject{{QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")}}},
        {QStringLiteral("ProvisionedThroughput"), throughput(0, 0)}};
    const auto comparison =
        dynamo::compareWithLimits(dynamo::parseDescribeLimits(limitsAnswer()), table);
    QVERIFY(comparison.onDemand);
    QVERIFY(comparison.note.contains(QLatin1String("on-demand")));
    QCOMPARE(comparison.rows.size(), 4);
    for (const auto &row : comparison.rows) {
        QVERIFY(!row.tableValue);
        QVERIFY(!row.percent);
        QVERIFY(row.maximum > 0);
    }
}

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
