// dynabench as ../shared/peers-bench runs it: one process per workload against DynamoDB Local,
// judged by its last stdout line. A table shaped like the harness's Bench stands in, smaller.
#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "localendpoint.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace dyna;

namespace {

constexpr int kPartitions = 3;
constexpr int kItemsPerPartition = 250;

QJsonObject benchTableInput(const QString &name)
{
    const auto attribute = [](const char *attributeName) {
        return QJsonObject{{QStringLiteral("AttributeName"), QLatin1String(attributeName)},
                           {QStringLiteral("AttributeType"), QStringLiteral("S")}};
    };
    const auto key = [](const char *attributeName, const char *type) {
        return QJsonObject{{QStringLiteral("AttributeName"), QLatin1String(attributeName)},
                           {QStringLiteral("KeyType"), QLatin1String(type)}};
    };
    return {{QStringLiteral("TableName"), name},
            {QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")},
            {QStringLiteral("AttributeDefinitions"), QJsonArray{attribute("pk"), attribute("sk")}},
            {QStringLiteral("KeySchema"), QJsonArray{key("pk", "HASH"), key("sk", "RANGE")}}};
}

// The fields of the RESULT line, or an empty map when the last line is not one.
QHash<QString, QString> result(const QByteArray &stdoutText)
{
    const QList<QByteArray> lines = stdoutText.trimmed().split('\n');
    QHash<QString, QString> fields;
    const QString last = QString::fromUtf8(lines.value(lines.size() - 1));
    if (!last.startsWith(QLatin1String("RESULT ")))
        return fields;
    for (const QString &pair : last.mid(7).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        fields.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    return fields;
}

} // namespace

class TestDynabench : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void workloads_data();
    void workloads();
    void refusesOtherHosts();
    void missingTableFails();

private:
    QHash<QString, QString> run(const QStringList &arguments, int expectedExit,
                                QByteArray *errorText = nullptr);

    std::unique_ptr<QObject> m_owner;
    aws::AwsClient *m_client = nullptr;
    QString m_table;
    QString m_putTable = QStringLiteral("BenchW4");
};

void TestDynabench::initTestCase()
{
    m_owner = std::make_unique<QObject>();
    m_client = test::localClient(m_owner.get());
    if (!m_client)
        QSKIP("DynamoDB Local is not running (the DDBLOCAL fixture starts it)");
    m_table = test::uniqueTableName(QStringLiteral("Bench"));
    for (const QString &table : {m_table, m_putTable}) {
        std::unique_ptr<aws::RequestJob> job(
            test::callAndWait(m_client, QStringLiteral("CreateTable"), benchTableInput(table)));
        QVERIFY(job);
        QVERIFY2(!job->error().isError() ||
                     job->error().code == QLatin1String("ResourceInUseException"),
                 qPrintable(job->error().userMessage()));
    }
    QList<QJsonObject> items;
    for (int p = 0; p < kPartitions; ++p) {
        for (int i = 0; i < kItemsPerPartition; ++i) {
            items.append(
                {{QStringLiteral("pk"),
                  QJsonObject{{QStringLiteral("S"),
                               QStringLiteral("p%1").arg(p, 4, 10, QLatin1Char('0'))}}},
                 {QStringLiteral("sk"),
                  QJsonObject{{QStringLiteral("S"),
                               QStringLiteral("s%1").arg(i, 6, 10, QLatin1Char('0'))}}},
                 {QStringLiteral("n"), QJsonObject{{QStringLiteral("N"), QString::number(i)}}},
                 {QStringLiteral("m"),
                  QJsonObject{
                      {QStringLiteral("M"),
                       QJsonObject{{QStringLiteral("x"),
                                    QJsonObject{{QStringLiteral("S"), QStringLiteral("y")}}}}}}}});
        }
    }
    QVERIFY(test::putItems(m_client, m_table, items));
}

void TestDynabench::cleanupTestCase()
{
    if (m_client && !m_table.isEmpty())
        delete test::callAndWait(m_client, QStringLiteral("DeleteTable"),
                                 {{QStringLiteral("TableName"), m_table}});
}

QHash<QString, QString> TestDynabench::run(const QStringList &arguments, int expectedExit,
                                           QByteArray *errorText)
{
    QProcess process;
    process.start(QStringLiteral(DYNA_DYNABENCH), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        return {};
    }
    if (errorText)
        *errorText = process.readAllStandardError();
    if (process.exitCode() != expectedExit)
        qWarning() << "exit" << process.exitCode() << process.readAllStandardError();
    return process.exitCode() == expectedExit
               ? result(process.readAllStandardOutput())
               : QHash<QString, QString>{
                     {QStringLiteral("exit"), QString::number(process.exitCode())}};
}

void TestDynabench::workloads_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("workload");
    QTest::addColumn<QString>("items");
    const QString all = QString::number(kPartitions * kItemsPerPartition);
    QTest::newRow("w1, planned") << QStringList{QStringLiteral("w1")} << "w1" << all;
    QTest::newRow("w1, 3 segments of 40")
        << QStringList{QStringLiteral("w1"), QStringLiteral("--segments"), QStringLiteral("3"),
                       QStringLiteral("--page-size"), QStringLiteral("40")}
        << "w1" << all;
    QTest::newRow("w1, decoded") << QStringList{QStringLiteral("w1"), QStringLiteral("--decode"),
                                                QStringLiteral("full")}
                                 << "w1" << all;
    QTest::newRow("w2") << QStringList{QStringLiteral("w2"), QStringLiteral("--pk"),
                                       QStringLiteral("p0001")}
                        << "w2" << QString::number(kItemsPerPartition);
    QTest::newRow("w3") << QStringList{QStringLiteral("w3")} << "w3" << QString();
    QTest::newRow("w4") << QStringList{QStringLiteral("w4"), QStringLiteral("--puts"),
                                       QStringLiteral("30")}
                        << "w4" << QStringLiteral("30");
}

void TestDynabench::workloads()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, workload);
    QFETCH(QString, items);
    const auto fields =
        run(QStringList{QStringLiteral("--endpoint"), test::localEndpoint().toString(),
                        QStringLiteral("--table"), m_table} +
                arguments,
            0);
    QCOMPARE(fields.value(QStringLiteral("workload")), workload);
    if (workload == QLatin1String("w3")) {
        QVERIFY(fields.value(QStringLiteral("tables")).toInt() >= 2);
        QCOMPARE(fields.value(QStringLiteral("item_count")).toInt(),
                 kPartitions * kItemsPerPartition);
        return;
    }
    QCOMPARE(fields.value(QStringLiteral("items")), items);
    if (workload == QLatin1String("w4")) {
        const double p50 = fields.value(QStringLiteral("p50_ms")).toDouble();
        const double p99 = fields.value(QStringLiteral("p99_ms")).toDouble();
        QVERIFY(p50 > 0);
        QVERIFY(p50 <= p99);
        QVERIFY(p99 <= fields.value(QStringLiteral("max_ms")).toDouble());
        return;
    }
    // Every item's attributes were read: pk, sk, n and m.
    QCOMPARE(fields.value(QStringLiteral("attributes")).toInt(), 4 * items.toInt());
    if (arguments.contains(QLatin1String("--segments"))) {
        QCOMPARE(fields.value(QStringLiteral("segments")), QStringLiteral("3"));
        // 750 items in 3 segments of at most 40 per page: at least 19 pages.
        QVERIFY(fields.value(QStringLiteral("pages")).toInt() >= 19);
    }
}

void TestDynabench::refusesOtherHosts()
{
    QByteArray error;
    const auto fields =
        run({QStringLiteral("--endpoint"),
             QStringLiteral("https://dynamodb.us-east-1.amazonaws.com"), QStringLiteral("w1")},
            2, &error);
    QVERIFY(fields.isEmpty());
    QVERIFY2(error.contains("only 127.0.0.1 or localhost"), error.constData());
}

void TestDynabench::missingTableFails()
{
    QByteArray error;
    const auto fields =
        run({QStringLiteral("--endpoint"), test::localEndpoint().toString(),
             QStringLiteral("--table"), QStringLiteral("NoSuchBenchTable"), QStringLiteral("w1")},
            1, &error);
    QVERIFY(fields.isEmpty());
    QVERIFY2(error.contains("NoSuchBenchTable") || error.contains("not found") ||
                 error.contains("non-existent"),
             error.constData());
}

QTEST_GUILESS_MAIN(TestDynabench)
#include "tst_dynabench.moc"
