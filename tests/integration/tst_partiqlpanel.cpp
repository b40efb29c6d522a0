// The PartiQL workbench against DynamoDB Local: parameters, paging, errors, batches,
// transactions, the full-scan check and the history.
#include "localendpoint.h"
#include "widgetdriver.h"

#include "errorpane.h"
#include "itemtablemodel.h"
#include "partiqleditor.h"
#include "partiqlpanel.h"

#include "aws/requestjob.h"
#include "dynamo/batchwritejob.h"
#include "dynamo/queryspec.h"
#include "session/session.h"
#include "session/statementhistory.h"

#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dyna;
using views::PartiqlPanel;

namespace {

constexpr int kItemCount = 250;
constexpr int kGroups = 5;

QJsonObject attribute(const char *type, const QString &value)
{
    return {{QLatin1String(type), value}};
}

// More digits than a double holds: the grid must show them all.
QString exactPrice(int i)
{
    return QStringLiteral("98765432109876543210.%1").arg(i) + QLatin1Char('1');
}

} // namespace

class TestPartiqlPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void parameterGivesExactResults();
    void invalidParameterIsRefused();
    void fullScanNeedsConfirmation();
    void pagesThroughEveryItem();
    void syntaxErrorShownInline();
    void batchShowsFailingStatement();
    void transactionTokenIsIdempotent();
    void historySurvivesRestart();
    void screenshot();

private:
    bool runAndWait(bool *success = nullptr);
    void setStatement(const QString &text);
    std::unique_ptr<aws::RequestJob> call(const QString &operation, const QJsonObject &input)
    {
        return std::unique_ptr<aws::RequestJob>(
            test::callAndWait(m_session.client(), operation, input));
    }

    session::Session m_session;
    QTemporaryDir m_folder;
    std::unique_ptr<session::StatementHistory> m_history;
    std::unique_ptr<PartiqlPanel> m_panel;
    QString m_table;
    QStringList m_confirmations;
    bool m_confirmAnswer = true;
    int m_runs = 0;
};

void TestPartiqlPanel::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    QVERIFY(m_folder.isValid());
    m_session.connectToLocalEndpoint(endpoint);
    m_table = test::uniqueTableName(QStringLiteral("Partiql"));
    const auto definition = [](const char *name, const char *type) {
        return QJsonObject{{QStringLiteral("AttributeName"), QLatin1String(name)},
                           {QStringLiteral("AttributeType"), QLatin1String(type)}};
    };
    const auto key = [](const char *name, const char *type) {
        return QJsonObject{{QStringLiteral("AttributeName"), QLatin1String(name)},
                           {QStringLiteral("KeyType"), QLatin1String(type)}};
    };
    auto created = call(
        QStringLiteral("CreateTable"),
        {{QStringLiteral("TableName"), m_table},
         {QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")},
         {QStringLiteral("AttributeDefinitions"),
          QJsonArray{definition("pk", "S"), definition("sk", "N"), definition("price", "N")}},
         {QStringLiteral("KeySchema"), QJsonArray{key("pk", "HASH"), key("sk", "RANGE")}},
         {QStringLiteral("GlobalSecondaryIndexes"),
          QJsonArray{QJsonObject{
              {QStringLiteral("IndexName"), QStringLiteral("ByPrice")},
              {QStringLiteral("KeySchema"), QJsonArray{key("price", "HASH")}},
              {QStringLiteral("Projection"),
               QJsonObject{{QStringLiteral("ProjectionType"), QStringLiteral("KEYS_ONLY")}}}}}}});
    QVERIFY(created);
    QVERIFY2(!created->error().isError(), qPrintable(created->error().details()));

    QList<dynamo::BatchWriteJob::WriteRequest> requests;
    for (int i = 0; i < kItemCount; ++i) {
        requests.append(dynamo::BatchWriteJob::put(
            m_table,
            {{QStringLiteral("pk"), attribute("S", QStringLiteral("g%1").arg(i % kGroups))},
             {QStringLiteral("sk"), attribute("N", QString::number(i))},
             {QStringLiteral("price"), attribute("N", exactPrice(i))}}));
    }
    dynamo::BatchWriteJob writer(m_session.client(), requests);
    QSignalSpy finished(&writer, &dynamo::BatchWriteJob::finished);
    writer.start();
    QVERIFY(finished.wait(30000));
    QVERIFY2(!writer.error().isError(), qPrintable(writer.error().details()));

    m_history = std::make_unique<session::StatementHistory>(
        m_folder.filePath(QStringLiteral("history.jsonl")));
    m_panel = std::make_unique<PartiqlPanel>(&m_session, m_history.get());
    m_panel->setScanConfirmer([this](const QString &text) {
        m_confirmations.append(text);
        return m_confirmAnswer;
    });
    m_panel->resize(1200, 800);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
}

void TestPartiqlPanel::cleanupTestCase()
{
    m_panel.reset();
    if (m_session.client() && !m_table.isEmpty())
        call(QStringLiteral("DeleteTable"), {{QStringLiteral("TableName"), m_table}});
}

void TestPartiqlPanel::init()
{
    QVERIFY(test::chooseWithKeys(test::child<QComboBox>(m_panel.get(), "mode"),
                                 QStringLiteral("Statement")));
}

void TestPartiqlPanel::setStatement(const QString &text)
{
    views::PartiqlEditor *editor = m_panel->editor();
    editor->setPlainText(text);
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
}

// Runs with Ctrl+Return in the editor, as a user would.
bool TestPartiqlPanel::runAndWait(bool *success)
{
    QSignalSpy finished(m_panel.get(), &PartiqlPanel::runFinished);
    QTest::keyClick(m_panel->editor(), Qt::Key_Return, Qt::ControlModifier);
    if (finished.isEmpty() && !finished.wait(20000))
        return false;
    ++m_runs;
    if (success)
        *success = finished.first().first().toBool();
    return true;
}

void TestPartiqlPanel::parameterGivesExactResults()
{
    setStatement(QStringLiteral("SELECT * FROM \"%1\" WHERE pk = ? AND sk >= ?").arg(m_table));
    auto *parameters = test::child<QTableWidget>(m_panel.get(), "parameters");
    QCOMPARE(parameters->rowCount(), 2);
    test::typeInto(test::child<QLineEdit>(m_panel.get(), "parameterValue0"), QStringLiteral("g3"));
    QVERIFY(test::chooseWithKeys(test::child<QComboBox>(m_panel.get(), "parameterType1"),
                                 QStringLiteral("N")));
    test::typeInto(test::child<QLineEdit>(m_panel.get(), "parameterValue1"), QStringLiteral("200"));
    const int asked = int(m_confirmations.size());

    bool success = false;
    QVERIFY(runAndWait(&success));
    QVERIFY2(success, qPrintable(m_panel->errorPane()->detailsText()));
    models::ItemTableModel *model = m_panel->model();
    QTRY_VERIFY(model->isComplete());
    // g3 holds sk 3, 8, 13, ...: from 200 on that is 203, 208, ..., 248.
    QCOMPARE(model->rowCount(), 10);
    const int sk = int(model->attributeNames().indexOf(QStringLiteral("sk")));
    const int price = int(model->attributeNames().indexOf(QStringLiteral("price")));
    QSet<int> seen;
    for (int row = 0; row < model->rowCount(); ++row) {
        const int value = model->index(row, sk).data().toInt();
        QCOMPARE(value % kGroups, 3);
        QVERIFY(value >= 200);
        QCOMPARE(model->index(row, price).data().toString(), exactPrice(value));
        seen.insert(value);
    }
    QCOMPARE(seen.size(), 10);
    // An equality on the partition key is no full scan: nothing asked, nothing flagged.
    QCOMPARE(m_confirmations.size(), asked);
    QVERIFY2(!m_panel->statusText().contains(QStringLiteral("full table scan")),
             qPrintable(m_panel->statusText()));
    // Attribute names seen in the results are offered by completion.
    QVERIFY(m_panel->editor()->completionWords().contains(QStringLiteral("price")));
    QVERIFY(m_panel->editor()->completionWords().contains(m_table));
    // The described table offers its index names too, for "Table"."Index".
    QVERIFY(m_panel->editor()->completionWords().contains(QStringLiteral("ByPrice")));
}

void TestPartiqlPanel::invalidParameterIsRefused()
{
    setStatement(QStringLiteral("SELECT * FROM \"%1\" WHERE pk = ?").arg(m_table));
    QVERIFY(test::chooseWithKeys(test::child<QComboBox>(m_panel.get(), "parameterType0"),
                                 QStringLiteral("N")));
    test::typeInto(test::child<QLineEdit>(m_panel.get(), "parameterValue0"),
                   QStringLiteral("12abc"));
    QSignalSpy finished(m_panel.get(), &PartiqlPanel::runFinished);
    QTest::keyClick(m_panel->editor(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_panel->errorPane()->summaryText().contains(QStringLiteral("Parameter 1")));
    QVERIFY(!m_panel->isRunning());
    QVERIFY(finished.isEmpty());
    QVERIFY(test::chooseWithKeys(test::child<QComboBox>(m_panel.get(), "parameterType0"),
                                 QStringLiteral("S")));
}

void TestPartiqlPanel::fullScanNeedsConfirmation()
{
    // DynamoDB Local's tables are small: count every one as large for this test.
    m_panel->setLargeTableReadUnits(0);
    m_confirmAnswer = false;
    setStatement(QStringLiteral("SELECT * FROM \"%1\" WHERE sk = 7").arg(m_table));
    m_panel->model()->setSource(nullptr, {});
    bool success = true;
    QVERIFY(runAndWait(&success));
    --m_runs; // refused before it ran: not in the history
    QVERIFY(!success);
    QCOMPARE(m_confirmations.size(), 1);
    QVERIFY2(m_confirmations.first().contains(m_table), qPrintable(m_confirmations.first()));
    QVERIFY2(m_panel->statusText().contains(QStringLiteral("full table scan")),
             qPrintable(m_panel->statusText()));
    QCOMPARE(m_panel->model()->pageCount(), 0);
    QVERIFY(!m_panel->isRunning());

    m_confirmAnswer = true;
    QVERIFY(runAndWait(&success));
    QVERIFY2(success, qPrintable(m_panel->errorPane()->detailsText()));
    QCOMPARE(m_confirmations.size(), 2);
    QTRY_VERIFY(m_panel->model()->isComplete());
    QCOMPARE(m_panel->model()->rowCount(), 1);
    m_panel->setLargeTableReadUnits(dynamo::kScanWarningReadUnits);
}

void TestPartiqlPanel::pagesThroughEveryItem()
{
    setStatement(QStringLiteral("SELECT pk, sk FROM \"%1\"").arg(m_table));
    auto *limit = test::child<QSpinBox>(m_panel.get(), "limit");
    limit->setValue(100);
    const int asked = int(m_confirmations.size());
    bool success = false;
    QVERIFY(runAndWait(&success));
    QVERIFY2(success, qPrintable(m_panel->errorPane()->detailsText()));
    // No key condition: flagged, but a small table runs without asking.
    QVERIFY2(m_panel->statusText().contains(QStringLiteral("full table scan")),
             qPrintable(m_panel->statusText()));
    QCOMPARE(m_confirmations.size(), asked);

    models::ItemTableModel *model = m_panel->model();
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->rowCount(), 100);
    QVERIFY(!model->isComplete());
    QVERIFY2(m_panel->statusText().contains(QStringLiteral("Ctrl+PgDown")),
             qPrintable(m_panel->statusText()));
    QSignalSpy pages(m_panel.get(), &PartiqlPanel::pageLoaded);
    for (int press = 0; press < 10 && !model->isComplete(); ++press) {
        QTest::keyClick(m_panel->grid(), Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 20000);
    }
    QVERIFY(model->isComplete());
    QVERIFY(model->pageCount() >= 3);
    QCOMPARE(model->rowCount(), kItemCount);
    const int sk = int(model->attributeNames().indexOf(QStringLiteral("sk")));
    QSet<int> seen;
    for (int row = 0; row < model->rowCount(); ++row)
        seen.insert(model->index(row, sk).data().toInt());
    QCOMPARE(seen.size(), kItemCount);
    QVERIFY2(m_panel->statusText().startsWith(QStringLiteral("%1 item").arg(kItemCount)),
             qPrintable(m_panel->statusText()));
    limit->setValue(0);
}

void TestPartiqlPanel::syntaxErrorShownInline()
{
    const QString typed = QStringLiteral("SELEC * FRM \"%1\" WHERE pk = 'g1'").arg(m_table);
    setStatement(typed);
    bool success = true;
    QVERIFY(runAndWait(&success));
    QVERIFY(!success);
    QVERIFY(m_panel->errorPane()->isVisible());
    QVERIFY(!m_panel->errorPane()->summaryText().isEmpty());
    QVERIFY2(m_panel->errorPane()->detailsText().contains(QStringLiteral("ValidationException")),
             qPrintable(m_panel->errorPane()->detailsText()));
    QCOMPARE(m_panel->editor()->toPlainText(), typed);
}

void TestPartiqlPanel::batchShowsFailingStatement()
{
    QVERIFY(test::chooseWithKeys(test::child<QComboBox>(m_panel.get(), "mode"),
                                 QStringLiteral("Batch (up to 25 statements)")));
    // The second one inserts a key that exists already.
    setStatement(QStringLiteral("INSERT INTO \"%1\" VALUE {'pk': 'batch', 'sk': 1};\n"
                                "INSERT INTO \"%1\" VALUE {'pk': 'g0', 'sk': 0};\n"
                                "INSERT INTO \"%1\" VALUE {'pk': 'batch', 'sk': ?}")
                     .arg(m_table));
    QVERIFY(test::chooseWithKeys(test::child<QComboBox>(m_panel.get(), "parameterType0"),
                                 QStringLiteral("N")));
    test::typeInto(test::child<QLineEdit>(m_panel.get(), "parameterValue0"), QStringLiteral("3"));
    bool success = true;
    QVERIFY(runAndWait(&success));
    QVERIFY(!success);
    QTableWidget *results = m_panel->statementResults();
    QVERIFY(results->isVisible());
    QCOMPARE(results->rowCount(), 3);
    QCOMPARE(results->item(0, 2)->text(), QStringLiteral("OK"));
    QVERIFY2(results->item(1, 2)->text().contains(QStringLiteral("Duplicate")),
             qPrintable(results->item(1, 2)->text()));
    QCOMPARE(results->item(2, 2)->text(), QStringLiteral("OK"));
    QVERIFY(results->item(1, 1)->text().contains(QStringLiteral("'g0'")));

    auto written =
        call(QStringLiteral("GetItem"),
             {{QStringLiteral("TableName"), m_table},
              {QStringLiteral("Key"),
               QJsonObject{{QStringLiteral("pk"), attribute("S", QStringLiteral("batch"))},
                           {QStringLiteral("sk"), attribute("N", QStringLiteral("3"))}}}});
    QVERIFY(written);
    QVERIFY(written->response().contains(QStringLiteral("Item")));
}

void TestPartiqlPanel::transactionTokenIsIdempotent()
{
    auto put = call(QStringLiteral("PutItem"),
                    {{QStringLiteral("TableName"), m_table},
                     {QStringLiteral("Item"),
                      QJsonObject{{QStringLiteral("pk"), attribute("S", QStringLiteral("tx"))},
                                  {QStringLiteral("sk"), attribute("N", QStringLiteral("1"))},
                                  {QStringLiteral("n"), attribute("N", QStringLiteral("0"))}}}});
    QVERIFY(put && !put->error().isError());
    QVERIFY(test::chooseWithKeys(test::child<QComboBox>(m_panel.get(), "mode"),
                                 QStringLiteral("Transaction (up to 100 statements)")));
    setStatement(QStringLiteral("UPDATE \"%1\" SET n = n + 1 WHERE pk = 'tx' AND sk = 1;\n"
                                "UPDATE \"%1\" SET touched = true WHERE pk = 'g1' AND sk = 1")
                     .arg(m_table));
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    test::typeInto(test::child<QLineEdit>(m_panel.get(), "clientRequestToken"), token);
    for (int attempt = 0; attempt < 2; ++attempt) {
        bool success = false;
        QVERIFY(runAndWait(&success));
        QVERIFY2(success, qPrintable(m_panel->errorPane()->detailsText()));
        QCOMPARE(m_panel->lastClientRequestToken(), token);
        QVERIFY(test::child<QLabel>(m_panel.get(), "tokenUsed")->text().contains(token));
        QCOMPARE(m_panel->statementResults()->rowCount(), 2);
    }
    auto read = call(QStringLiteral("GetItem"),
                     {{QStringLiteral("TableName"), m_table},
                      {QStringLiteral("Key"),
                       QJsonObject{{QStringLiteral("pk"), attribute("S", QStringLiteral("tx"))},
                                   {QStringLiteral("sk"), attribute("N", QStringLiteral("1"))}}}});
    QVERIFY(read);
    const QJsonObject item = read->response().value(QStringLiteral("Item")).toObject();
    QCOMPARE(item.value(QStringLiteral("n")).toObject().value(QStringLiteral("N")).toString(),
             QStringLiteral("1"));

    // Left empty, a fresh token is used and shown.
    test::typeInto(test::child<QLineEdit>(m_panel.get(), "clientRequestToken"), QString());
    bool success = false;
    QVERIFY(runAndWait(&success));
    QVERIFY2(success, qPrintable(m_panel->errorPane()->detailsText()));
    QVERIFY(!QUuid::fromString(m_panel->lastClientRequestToken()).isNull());
    QVERIFY(m_panel->lastClientRequestToken() != token);
}

void TestPartiqlPanel::historySurvivesRestart()
{
    const QList<session::HistoryEntry> entries = m_history->entries();
    QCOMPARE(entries.size(), m_runs);
    const int failures =
        int(std::count_if(entries.cbegin(), entries.cend(),
                          [](const session::HistoryEntry &entry) { return !entry.success; }));
    QCOMPARE(failures, 2); // the syntax error and the batch
    // Every statement that names its table is filed under it (the misspelt one names none).
    for (const session::HistoryEntry &entry : entries) {
        if (!entry.statement.startsWith(QLatin1String("SELEC *")))
            QCOMPARE(entry.table, m_table);
    }
    auto *list = test::child<QListWidget>(m_panel.get(), "historyList");
    QCOMPARE(list->count(), m_runs);
    // Newest first; searching narrows the list.
    QVERIFY(list->item(0)->text().contains(QStringLiteral("✓")));
    test::typeInto(test::child<QLineEdit>(m_panel.get(), "historySearch"),
                   QStringLiteral("SELEC *"));
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("✗")));
    list->setCurrentRow(0);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(m_panel->editor()->toPlainText().startsWith(QStringLiteral("SELEC * FRM")));
    test::typeInto(test::child<QLineEdit>(m_panel.get(), "historySearch"), QString());

    m_panel->saveStatementAs(QStringLiteral("broken select"));
    session::StatementHistory reopened(m_folder.filePath(QStringLiteral("history.jsonl")));
    QCOMPARE(reopened.entries().size(), entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        QCOMPARE(reopened.entries().at(i).statement, entries.at(i).statement);
        QCOMPARE(reopened.entries().at(i).success, entries.at(i).success);
    }
    QVERIFY(reopened.named()
                .value(QStringLiteral("broken select"))
                .startsWith(QStringLiteral("SELEC")));
    QCOMPARE(test::child<QListWidget>(m_panel.get(), "savedList")->count(), 1);
}

void TestPartiqlPanel::screenshot()
{
    const QString directory = qEnvironmentVariable("DYNA_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("DYNA_SCREENSHOT_DIR is not set");
    setStatement(QStringLiteral("-- orders of one customer\nSELECT * FROM \"%1\"\n"
                                "WHERE pk = ? AND sk >= ?")
                     .arg(m_table));
    test::typeInto(test::child<QLineEdit>(m_panel.get(), "parameterValue0"), QStringLiteral("g2"));
    QVERIFY(test::chooseWithKeys(test::child<QComboBox>(m_panel.get(), "parameterType1"),
                                 QStringLiteral("N")));
    test::typeInto(test::child<QLineEdit>(m_panel.get(), "parameterValue1"), QStringLiteral("100"));
    QVERIFY(runAndWait());
    QTRY_VERIFY(m_panel->model()->isComplete());
    QVERIFY(QDir().mkpath(directory));
    QVERIFY(m_panel->grab().save(QDir(directory).filePath(QStringLiteral("partiql.png"))));
}

QTEST_MAIN(TestPartiqlPanel)
#include "tst_partiqlpanel.moc"
