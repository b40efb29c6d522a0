// `--bench-w5 TABLE` against DynamoDB Local: the whole window opens the table as the command
// line would, and the RESULT line says when the list, the table and its first items were shown.
#include "localendpoint.h"

#include "benchmode.h"
#include "commandline.h"
#include "mainwindow.h"

#include "itemspanel.h"
#include "navigationpanel.h"

#include "aws/requestjob.h"
#include "profiles/profilestore.h"
#include "session/session.h"
#include "session/statementhistory.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>
#include <optional>

using namespace dyna;

namespace {

constexpr int ItemCount = 60;

// Everything main() builds for a bench run.
struct BenchRun
{
    app::BenchSandbox sandbox;
    profiles::ProfileStore store{sandbox.settings()};
    session::Session session;
    session::StatementHistory history{sandbox.historyPath()};
    app::MainWindow window{&session, &store, sandbox.settings(), &history};
    QList<QByteArray> output;
    QList<QByteArray> errors;
    std::optional<int> exitCode;

    // Runs the bench on `table` to its end (or `waitMs`); `connect`: to DynamoDB Local.
    void run(const QString &table, bool connect = true, int timeoutMs = 60000, int waitMs = 40000)
    {
        auto *bench = new app::BenchW5(&window, &session, table, &window);
        bench->setOutput([this](const QByteArray &line) { output.append(line); });
        bench->setErrorOutput([this](const QByteArray &line) { errors.append(line); });
        bench->setTimeoutMs(timeoutMs);
        QObject::connect(bench, &app::BenchW5::finished, &window,
                         [this](int code) { exitCode = code; });
        bench->start();
        window.show();
        if (connect)
            session.connectToLocalEndpoint(test::localEndpoint());
        QTRY_VERIFY_WITH_TIMEOUT(exitCode.has_value(), waitMs);
    }
};

} // namespace

class TestBenchMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void parsesTheOption_data();
    void parsesTheOption();
    void reportsTheFirstPageOfTheTable();
    void failsForAMissingTable();
    void givesUpAfterTheTimeLimit();
    void timesCountFromTheProcessStart();

private:
    std::unique_ptr<aws::RequestJob> call(const QString &operation, const QJsonObject &input)
    {
        return std::unique_ptr<aws::RequestJob>(
            test::callAndWait(m_writer.client(), operation, input));
    }

    QElapsedTimer m_sinceInit;
    session::Session m_writer;
    QString m_table;
};

void TestBenchMode::initTestCase()
{
    m_sinceInit.start();
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    m_writer.connectToLocalEndpoint(endpoint);
    m_table = test::uniqueTableName(QStringLiteral("BenchW5"));
    auto created =
        call(QStringLiteral("CreateTable"), test::simpleTableInput(m_table, QStringLiteral("pk")));
    QVERIFY(created && !created->error().isError());
    QJsonArray puts;
    for (int i = 0; i < ItemCount; ++i) {
        const QJsonObject item{
            {QStringLiteral("pk"), QJsonObject{{"S", QStringLiteral("p%1").arg(i)}}},
            {QStringLiteral("n"), QJsonObject{{"N", QString::number(i)}}}};
        puts.append(QJsonObject{
            {QStringLiteral("PutRequest"), QJsonObject{{QStringLiteral("Item"), item}}}});
        if (puts.size() == 25 || i == ItemCount - 1) {
            auto job = call(QStringLiteral("BatchWriteItem"),
                            {{QStringLiteral("RequestItems"), QJsonObject{{m_table, puts}}}});
            QVERIFY(job && !job->error().isError());
            QVERIFY(job->response().value(QStringLiteral("UnprocessedItems")).toObject().isEmpty());
            puts = {};
        }
    }
}

void TestBenchMode::cleanupTestCase()
{
    if (!m_table.isEmpty())
        call(QStringLiteral("DeleteTable"), {{QStringLiteral("TableName"), m_table}});
}

void TestBenchMode::parsesTheOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("table");
    QTest::newRow("set") << QStringList{QStringLiteral("--endpoint"),
                                        QStringLiteral("http://127.0.0.1:8765"),
                                        QStringLiteral("--bench-w5"), QStringLiteral("Bench")}
                         << QStringLiteral("Bench");
    QTest::newRow("with equals") << QStringList{QStringLiteral("--bench-w5=Orders")}
                                 << QStringLiteral("Orders");
    QTest::newRow("absent") << QStringList{} << QString();
}

void TestBenchMode::parsesTheOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, table);
    int exitCode = -1;
    const auto options =
        app::parseCommandLine(QStringList{QStringLiteral("dynaconsole")} + arguments, &exitCode);
    QVERIFY(options);
    QCOMPARE(options->benchW5Table, table);
}

void TestBenchMode::reportsTheFirstPageOfTheTable()
{
    BenchRun bench;
    const QString userSettings = QSettings().fileName();
    bench.run(m_table);
    QVERIFY2(bench.errors.isEmpty(), bench.errors.value(0).constData());
    QCOMPARE(bench.exitCode.value_or(-1), 0);
    QCOMPARE(bench.output.size(), 1);

    const QRegularExpression format(QStringLiteral(
        "^RESULT workload=w5 tables_ms=(\\d+) page_ms=(\\d+) items_ms=(\\d+) items=(\\d+) "
        "rss_kb=(\\d+)$"));
    const QRegularExpressionMatch match = format.match(QString::fromUtf8(bench.output.first()));
    QVERIFY2(match.hasMatch(), bench.output.first().constData());
    const qint64 tablesMs = match.captured(1).toLongLong();
    const qint64 pageMs = match.captured(2).toLongLong();
    const qint64 itemsMs = match.captured(3).toLongLong();
    const int items = match.captured(4).toInt();
    QVERIFY(tablesMs <= pageMs);
    QVERIFY(pageMs <= itemsMs);
    QVERIFY(match.captured(5).toLongLong() > 0);

    // The table the user would see: opened, with the rows the line counts.
    QCOMPARE(bench.window.items()->tableName(), m_table);
    QCOMPARE(bench.window.navigation()->currentTable(), m_table);
    QCOMPARE(items, bench.window.items()->grid()->model()->rowCount());
    QCOMPARE(items, ItemCount);

    // Nothing of the run lands in the user's settings.
    QVERIFY(bench.sandbox.settings()->fileName() != userSettings);
}

void TestBenchMode::failsForAMissingTable()
{
    BenchRun bench;
    const QString missing = test::uniqueTableName(QStringLiteral("Missing"));
    bench.run(missing);
    QCOMPARE(bench.exitCode.value_or(-1), 1);
    QVERIFY(bench.output.isEmpty());
    QCOMPARE(bench.errors.size(), 1);
    const QString sentence = QString::fromUtf8(bench.errors.first());
    QVERIFY2(sentence.contains(missing) && sentence.endsWith(QLatin1Char('.')),
             qPrintable(sentence));
}

void TestBenchMode::givesUpAfterTheTimeLimit()
{
    // Never connected: the table list never arrives.
    BenchRun bench;
    bench.run(m_table, false, 50, 5000);
    QCOMPARE(bench.exitCode.value_or(-1), 1);
    QVERIFY(bench.output.isEmpty());
    QCOMPARE(bench.errors.size(), 1);
    QVERIFY2(bench.errors.first().contains(m_table.toUtf8()), bench.errors.first().constData());
}

void TestBenchMode::timesCountFromTheProcessStart()
{
    // The process started before initTestCase, so at least that much time has passed.
    const qint64 sinceInit = m_sinceInit.elapsed();
    const qint64 sinceStart = app::BenchW5::msSinceProcessStart();
    QVERIFY2(sinceStart >= sinceInit - 20, qPrintable(QString::number(sinceStart)));
    QVERIFY(app::BenchW5::residentKb() > 0);
}

QTEST_MAIN(TestBenchMode)
#include "tst_benchmode.moc"
