// DynamoDB Local killed (kill -9) and restarted on the same port while the console reads from
// it: a Scan typed in the items panel, a PartiQL statement and a stream consumer. The console
// must end the load with a clear error (or keep retrying and say so), keep what the user typed
// and the rows it has, and work again once the server is back. A private server: the shared
// fixture is not touched.
#include "localendpoint.h"
#include "privateddblocal.h"
#include "widgetdriver.h"

#include "errorpane.h"
#include "itemspanel.h"
#include "itemtablemodel.h"
#include "partiqleditor.h"
#include "partiqlpanel.h"
#include "querybuilder.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "aws/retrypolicy.h"
#include "session/session.h"
#include "session/statementhistory.h"
#include "streams/streamwatcher.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QHash>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace dyna;

namespace {

constexpr int kItems = 4000;
constexpr int kBuckets = 80; // the typed filter keeps one bucket: 50 items
constexpr int kWantedBucket = 7;
constexpr int kPayloadChars = 600; // 40 pages of 100 items: the scan is far from done at the kill

// The longest a call can keep retrying a refused connection (the client's RetryConfig, every
// backoff at its maximum) plus room for a slow machine: a load running longer than this hangs.
int retryBudgetMs()
{
    const aws::RetryConfig config;
    int total = 0;
    for (int retry = 0; retry < config.maxAttempts - 1; ++retry)
        total += std::min(config.maxDelayMs, config.baseDelayMs << std::min(retry, 20));
    return total + 30000;
}

QJsonObject stringValue(const QString &s)
{
    return {{QStringLiteral("S"), s}};
}

QString itemId(int i)
{
    return QStringLiteral("item-%1").arg(i, 5, 10, QLatin1Char('0'));
}

void replaceText(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

void typeIntoSpinBox(QSpinBox *spin, int value)
{
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(value));
}

} // namespace

class TestServerRestart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scanSurvivesAKilledServer();
    void statementSurvivesADeadServer();
    void streamConsumerResumesAfterRestart();

private:
    std::unique_ptr<aws::RequestJob> call(const QString &operation, const QJsonObject &input)
    {
        return std::unique_ptr<aws::RequestJob>(
            test::callAndWait(m_session.client(), operation, input));
    }
    bool restartServer();
    void putKeys(const QString &table, const QString &prefix, int count);

    test::PrivateDynamoDbLocal m_server;
    session::Session m_session;
    QTemporaryDir m_dir;
    QString m_table;
};

void TestServerRestart::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_session.connectToLocalEndpoint(m_server.url());
    m_table = test::uniqueTableName(QStringLiteral("Restart"));
    auto created =
        call(QStringLiteral("CreateTable"), test::simpleTableInput(m_table, QStringLiteral("id")));
    QVERIFY(created);
    QVERIFY2(!created->error().isError(), qPrintable(created->error().details()));
    const QString payload(kPayloadChars, QLatin1Char('x'));
    QList<QJsonObject> items;
    items.reserve(kItems);
    for (int i = 0; i < kItems; ++i)
        items.append({{QStringLiteral("id"), stringValue(itemId(i))},
                      {QStringLiteral("bucket"),
                       QJsonObject{{QStringLiteral("N"), QString::number(i % kBuckets)}}},
                      {QStringLiteral("payload"), stringValue(payload)}});
    QVERIFY(test::putItems(m_session.client(), m_table, items, 600000));
}

void TestServerRestart::cleanupTestCase()
{
    // The temporary folder holds the tables; stopping the server is enough.
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

bool TestServerRestart::restartServer()
{
    if (m_server.restart())
        return true;
    qWarning("restart failed: %s", qPrintable(m_server.errorString()));
    return false;
}

void TestServerRestart::scanSurvivesAKilledServer()
{
    views::ItemsPanel panel(&m_session);
    panel.queryBuilder()->setScanConfirmer({});
    panel.resize(1000, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy ready(&panel, &views::ItemsPanel::tableReady);
    panel.showTable(m_table);
    QVERIFY(ready.wait(20000));
    models::ItemTableModel *model = panel.model();
    // The first page showTable() loads by itself.
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 20000);

    // What the user types: a Scan with raw filter expressions, a small page, one segment.
    views::QueryBuilder *builder = panel.queryBuilder();
    QVERIFY(
        test::chooseWithKeys(test::child<QComboBox>(builder, "modeCombo"), QStringLiteral("Scan")));
    test::click(test::child<QCheckBox>(builder, "rawMode"));
    QVERIFY(test::child<QCheckBox>(builder, "rawMode")->isChecked());
    const QString filter = QStringLiteral("#b = :b");
    const QString names = QStringLiteral("{\"#b\": \"bucket\"}");
    const QString values = QStringLiteral("{\":b\": {\"N\": \"%1\"}}").arg(kWantedBucket);
    test::typeInto(test::child<QLineEdit>(builder, "rawFilter"), filter);
    auto *namesEdit = test::child<QPlainTextEdit>(builder, "rawNames");
    replaceText(namesEdit, names);
    auto *valuesEdit = test::child<QPlainTextEdit>(builder, "rawValues");
    replaceText(valuesEdit, values);
    typeIntoSpinBox(test::child<QSpinBox>(builder, "pageSize"), 100);
    typeIntoSpinBox(test::child<QSpinBox>(builder, "segments"), 1);
    QCOMPARE(builder->spec().pageSize, 100);
    const QJsonObject typed = builder->saveState();

    // Killed as soon as the first matching rows show, while the scan reads on.
    int rowsAtKill = -1;
    bool completeAtKill = true;
    bool killed = false;
    connect(model, &models::ItemTableModel::statusChanged, this, [&] {
        if (rowsAtKill >= 0 || model->rowCount() == 0 || model->pageCount() == 0)
            return;
        rowsAtKill = model->rowCount();
        completeAtKill = model->isComplete();
        killed = m_server.kill();
    });
    QSignalSpy errors(model, &models::ItemTableModel::errorOccurred);
    test::click(test::child<QPushButton>(builder, "run"));
    QTRY_VERIFY_WITH_TIMEOUT(rowsAtKill >= 0, 120000);
    QVERIFY2(killed, qPrintable(m_server.errorString()));
    QVERIFY2(!completeAtKill, "the scan ended before the server was killed");

    // The load ends with an error that names the problem, within the retry budget.
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), retryBudgetMs());
    QCOMPARE(errors.size(), 1);
    QVERIFY(!model->isLoading());
    QVERIFY(!model->isComplete());
    const QString summary = panel.errorPane()->summaryText();
    qInfo("error shown: %s | %s", qPrintable(summary),
          qPrintable(panel.errorPane()->detailsText()));
    QVERIFY2(summary.contains(QStringLiteral("refused the connection")) ||
                 summary.contains(QStringLiteral("closed the connection")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("endpoint")), qPrintable(summary));
    qInfo("status: %s", qPrintable(panel.statusText()));
    // No hang and no promise that cannot be kept: the status says how to go on.
    QVERIFY2(panel.statusText().contains(QStringLiteral("stopped by an error")),
             qPrintable(panel.statusText()));

    // What the user had stays: the rows read so far and every field as typed.
    QVERIFY(model->rowCount() >= rowsAtKill);
    QStringList rowsKept;
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->item(row).value(QStringLiteral("bucket")).numberText(),
                 QString::number(kWantedBucket));
        rowsKept.append(model->item(row).value(QStringLiteral("id")).string());
    }
    QCOMPARE(builder->saveState(), typed);
    QCOMPARE(test::child<QLineEdit>(builder, "rawFilter")->text(), filter);
    QCOMPARE(namesEdit->toPlainText(), names);
    QCOMPARE(valuesEdit->toPlainText(), values);

    QSet<QString> expected;
    for (int i = kWantedBucket; i < kItems; i += kBuckets)
        expected.insert(itemId(i));
    const auto loadedIds = [model] {
        QStringList ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->item(row).value(QStringLiteral("id")).string());
        return ids;
    };
    // Next Page (Ctrl+PgDown) until the end, as a user reads on.
    const auto readToTheEnd = [&panel, model] {
        if (!model->isLoading() && !model->isComplete()) {
            panel.grid()->setFocus();
            QTest::keyClick(panel.grid(), Qt::Key_PageDown, Qt::ControlModifier);
        }
        return model->isComplete() && !model->isLoading();
    };

    // Back up on the same port: Next Page reads on from where the error stopped.
    QVERIFY(restartServer());
    QTRY_VERIFY_WITH_TIMEOUT(readToTheEnd(), 300000);
    QCOMPARE(panel.errorPane()->summaryText(), QString());
    QStringList ids = loadedIds();
    QCOMPARE(ids.mid(0, rowsKept.size()), rowsKept);
    QCOMPARE(ids.size(), expected.size());
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), expected);

    // Running the same query again reads them all once more.
    test::click(test::child<QPushButton>(builder, "run"));
    QTRY_VERIFY_WITH_TIMEOUT(model->pageCount() > 0 && readToTheEnd(), 300000);
    ids = loadedIds();
    QCOMPARE(ids.size(), expected.size());
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), expected);
    QCOMPARE(builder->saveState(), typed);
}

void TestServerRestart::statementSurvivesADeadServer()
{
    session::StatementHistory history(m_dir.filePath(QStringLiteral("history.jsonl")));
    views::PartiqlPanel panel(&m_session, &history);
    panel.setScanConfirmer({});
    panel.resize(1000, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    views::PartiqlEditor *editor = panel.editor();
    editor->setFocus();
    const QString statement =
        QStringLiteral("SELECT id FROM \"%1\" WHERE id = '%2'").arg(m_table, itemId(kWantedBucket));
    QTest::keyClicks(editor, statement);
    editor->completer()->popup()->hide();
    const QString typed = editor->toPlainText();

    QVERIFY2(m_server.kill(), qPrintable(m_server.errorString()));
    QSignalSpy finished(&panel, &views::PartiqlPanel::runFinished);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), retryBudgetMs());
    QCOMPARE(finished.first().first().toBool(), false);
    const QString summary = panel.errorPane()->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("refused the connection")), qPrintable(summary));
    QCOMPARE(editor->toPlainText(), typed);

    QVERIFY(restartServer());
    finished.clear();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(panel.errorPane()->summaryText()));
    QCOMPARE(editor->toPlainText(), typed);
}

void TestServerRestart::putKeys(const QString &table, const QString &prefix, int count)
{
    for (int i = 0; i < count; ++i) {
        auto put = call(QStringLiteral("PutItem"),
                        {{QStringLiteral("TableName"), table},
                         {QStringLiteral("Item"),
                          QJsonObject{{QStringLiteral("pk"),
                                       stringValue(QStringLiteral("%1-%2").arg(prefix).arg(i))}}}});
        QVERIFY(put);
        QVERIFY2(!put->error().isError(), qPrintable(put->error().details()));
    }
}

void TestServerRestart::streamConsumerResumesAfterRestart()
{
    const QString table = test::uniqueTableName(QStringLiteral("RestartStream"));
    auto created = call(
        QStringLiteral("CreateTable"),
        test::simpleTableInput(table, QStringLiteral("pk"), QStringLiteral("NEW_AND_OLD_IMAGES")));
    QVERIFY(created);
    QVERIFY2(!created->error().isError(), qPrintable(created->error().details()));

    streams::ConsumerOptions options;
    options.tableName = table;
    options.start = streams::StartPosition::TrimHorizon;
    options.checkpointPath = m_dir.filePath(table + QStringLiteral(".json"));
    options.minPollIntervalMs = 50;
    options.idlePollIntervalMs = 200;
    // Short backoffs, so the consumer notices the server is back soon after the restart.
    options.backoffMs = 200;
    options.maxBackoffMs = 2000;
    streams::StreamWatcher watcher;
    QHash<QString, int> delivered; // key -> times delivered
    connect(&watcher, &streams::StreamWatcher::recordsArrived, this,
            [&](const streams::StreamRecordList &records) {
                for (const streams::StreamRecord &record : records)
                    ++delivered[record.keys.value(QLatin1String("pk"))
                                    .toObject()
                                    .value(QLatin1String("S"))
                                    .toString()];
            });
    QSignalSpy problems(&watcher, &streams::StreamWatcher::problem);
    QSignalSpy failures(&watcher, &streams::StreamWatcher::failed);
    QSignalSpy gaps(&watcher, &streams::StreamWatcher::gapDetected);
    QSignalSpy found(&watcher, &streams::StreamWatcher::streamFound);
    watcher.start(m_session.client(), options);
    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, 20000);
    putKeys(table, QStringLiteral("before"), 5);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 5, 20000);
    QVERIFY(problems.isEmpty());

    // Killed while it polls: it must say so, not go quiet.
    QVERIFY2(m_server.kill(), qPrintable(m_server.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty() || !failures.isEmpty(), retryBudgetMs());
    const auto error =
        (problems.isEmpty() ? failures : problems).constFirst().at(0).value<aws::AwsError>();
    qInfo("consumer reported: %s | %s", qPrintable(error.userMessage()),
          qPrintable(error.details()));
    QVERIFY2(error.userMessage().contains(QStringLiteral("endpoint")),
             qPrintable(error.userMessage()));

    QVERIFY(restartServer());
    putKeys(table, QStringLiteral("after"), 5);
    if (QTest::currentTestFailed())
        return;
    // Everything written after the restart arrives, each at least once.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int i = 0; i < 5; ++i) {
                if (!delivered.contains(QStringLiteral("after-%1").arg(i)))
                    return false;
            }
            return true;
        }(),
        120000);
    qInfo("after the restart: %lld problem(s), %lld gap(s), %lld failure(s)",
          qint64(problems.size()), qint64(gaps.size()), qint64(failures.size()));
    for (const QList<QVariant> &gap : std::as_const(gaps))
        qInfo("gap: %s", qPrintable(gap.at(1).toString()));
    QVERIFY(failures.isEmpty());
    QVERIFY(watcher.isRunning());
    QCOMPARE(delivered.size(), 10);
    watcher.stop();
}

QTEST_MAIN(TestServerRestart)
#include "tst_serverrestart.moc"
