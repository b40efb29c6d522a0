// Consumed capacity as the status bar sums it: every shape DynamoDB answers with.
#include "dynamo/consumedcapacity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dyna::dynamo;

class TestConsumedCapacity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAndWrites_data();
    void readsAndWrites();
};

void TestConsumedCapacity::readsAndWrites_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<double>("read");
    QTest::addColumn<double>("write");
    QTest::addColumn<double>("total");
    QTest::newRow("query") << QStringLiteral("Query")
                           << QByteArray(
                                  R"({"ConsumedCapacity":{"TableName":"T","CapacityUnits":2.5}})")
                           << 2.5 << 0.0 << 2.5;
    QTest::newRow("put") << QStringLiteral("PutItem")
                         << QByteArray(
                                R"({"ConsumedCapacity":{"TableName":"T","CapacityUnits":1}})")
                         << 0.0 << 1.0 << 1.0;
    QTest::newRow("batch write, two tables")
        << QStringLiteral("BatchWriteItem")
        << QByteArray(R"({"ConsumedCapacity":[{"TableName":"A","CapacityUnits":3},)"
                      R"({"TableName":"B","CapacityUnits":4}]})")
        << 0.0 << 7.0 << 7.0;
    QTest::newRow("partiql split by DynamoDB")
        << QStringLiteral("ExecuteStatement")
        << QByteArray(R"({"ConsumedCapacity":{"TableName":"T","CapacityUnits":3,)"
                      R"("ReadCapacityUnits":1,"WriteCapacityUnits":2}})")
        << 1.0 << 2.0 << 3.0;
    QTest::newRow("partiql unsplit")
        << QStringLiteral("ExecuteStatement")
        << QByteArray(R"({"ConsumedCapacity":{"TableName":"T","CapacityUnits":0.5}})") << 0.0 << 0.0
        << 0.5;
    QTest::newRow("not asked for")
        << QStringLiteral("Scan") << QByteArray(R"({"Items":[]})") << 0.0 << 0.0 << 0.0;
}

void TestConsumedCapacity::readsAndWrites()
{
    QFETCH(QString, operation);
    QFETCH(QByteArray, response);
    QFETCH(double, read);
    QFETCH(double, write);
    QFETCH(double, total);
    const CapacityUsage usage =
        consumedCapacity(operation, QJsonDocument::fromJson(response).object());
    QCOMPARE(usage.read, read);
    QCOMPARE(usage.write, write);
    QCOMPARE(usage.total, total);
}

QTEST_GUILESS_MAIN(TestConsumedCapacity)
#include "tst_consumedcapacity.moc"
