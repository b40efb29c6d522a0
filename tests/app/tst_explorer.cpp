// The explorer as a user drives it, against DynamoDB Local: open a table from the tree, page
// through it, query with BETWEEN, edit an item someone else changes, import a file with bad
// lines, export the table and import it again elsewhere.
#include "localendpoint.h"
#include "mainwindow.h"
#include "widgetdriver.h"

#include "itemeditor.h"
#include "itemspanel.h"
#include "itemtablemodel.h"
#include "navigationmodel.h"
#include "navigationpanel.h"
#include "querybuilder.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "dynamo/attributevalue.h"
#include "profiles/profilestore.h"
#include "session/session.h"
#include "session/statementhistory.h"

#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace dyna;
using namespace dyna::test;

namespace {

QJsonObject keyTable(const QString &name)
{
    return {{QStringLiteral("TableName"), name},
            {QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")},
            {QStringLiteral("AttributeDefinitions"),
             QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                    {QStringLiteral("AttributeType"), QStringLiteral("S")}},
                        QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("n")},
                                    {QStringLiteral("AttributeType"), QStringLiteral("N")}}}},
            {QStringLiteral("KeySchema"),
             QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                    {QStringLiteral("KeyType"), QStringLiteral("HASH")}},
                        QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("n")},
                                    {QStringLiteral("KeyType"), QStringLiteral("RANGE")}}}}};
}

// The sort key of item i: 24-digit numbers a double cannot tell apart, written canonically
// (no trailing zero) so they read back exactly as typed.
QString numberFor(int i)
{
    return QStringLiteral("12345678901234567890.%1").arg(i, 3, 10, QLatin1Char('0')) +
           QLatin1Char('1');
}

} // namespace

class TestExplorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void pagesThroughThreePages();
    void queryWithBetweenKeepsEveryDigit();
    void editConflictIsShownAndNothingIsLost();
    void importReportsBadLinesAndWritesGoodOnes();
    void exportAndReimportGiveTheSameItems();

private:
    void openTable(const QString &name);
    std::unique_ptr<aws::RequestJob> call(const QString &operation, const QJsonObject &input);
    int itemCount(const QString &table);

    QString m_table;
    QStringList m_tables;
    QTemporaryDir m_dir;
    session::Session m_writerSession; // "another writer", with a connection of its own
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<profiles::ProfileStore> m_store;
    std::unique_ptr<session::Session> m_session;
    std::unique_ptr<session::StatementHistory> m_history;
    std::unique_ptr<app::MainWindow> m_window;
};

std::unique_ptr<aws::RequestJob> TestExplorer::call(const QString &operation,
                                                    const QJsonObject &input)
{
    return std::unique_ptr<aws::RequestJob>(
        test::callAndWait(m_writerSession.client(), operation, input));
}

void TestExplorer::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    m_writerSession.connectToLocalEndpoint(endpoint);
    m_table = test::uniqueTableName(QStringLiteral("Explorer"));
    auto created = call(QStringLiteral("CreateTable"), keyTable(m_table));
    QVERIFY(created && !created->error().isError());
    m_tables.append(m_table);
    QJsonArray puts;
    for (int i = 0; i < 250; ++i) {
        puts.append(QJsonObject{
            {QStringLiteral("PutRequest"),
             QJsonObject{{QStringLiteral("Item"),
                          QJsonObject{{QStringLiteral("pk"), QJsonObject{{"S", "p"}}},
                                      {QStringLiteral("n"), QJsonObject{{"N", numberFor(i)}}},
                                      {QStringLiteral("label"),
                                       QJsonObject{{"S", QStringLiteral("item %1").arg(i)}}}}}}}});
        if (puts.size() == 25) {
            auto job = call(QStringLiteral("BatchWriteItem"),
                            {{QStringLiteral("RequestItems"), QJsonObject{{m_table, puts}}}});
            QVERIFY(job && !job->error().isError());
            puts = {};
        }
    }
}

void TestExplorer::cleanupTestCase()
{
    for (const QString &table : std::as_const(m_tables))
        call(QStringLiteral("DeleteTable"), {{QStringLiteral("TableName"), table}});
}

void TestExplorer::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("dyna.ini")),
                                             QSettings::IniFormat);
    m_store = std::make_unique<profiles::ProfileStore>(m_settings.get());
    m_session = std::make_unique<session::Session>();
    m_history = std::make_unique<session::StatementHistory>(
        m_dir.filePath(QStringLiteral("history.jsonl")));
    m_window = std::make_unique<app::MainWindow>(m_session.get(), m_store.get(), m_settings.get(),
                                                 m_history.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestExplorer::cleanup()
{
    m_window.reset();
    m_history.reset();
    m_session.reset();
    m_store.reset();
    m_settings.reset();
}

void TestExplorer::openTable(const QString &name)
{
    views::NavigationPanel *navigation = m_window->navigation();
    QSignalSpy loaded(navigation, &views::NavigationPanel::loaded);
    m_session->connectToLocalEndpoint(test::localEndpoint());
    QVERIFY(loaded.wait(20000));
    QTest::keyClicks(navigation->findChild<QLineEdit *>(), name);
    const QModelIndex source =
        navigation->model()->tableIndex(m_session->profileId(), m_session->region(), name);
    QVERIFY(source.isValid());
    QTreeView *tree = navigation->tree();
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(tree->model());
    const QModelIndex index = proxy->mapFromSource(source);
    tree->scrollTo(index);
    QSignalSpy ready(m_window->items(), &views::ItemsPanel::tableReady);
    QSignalSpy page(m_window->items(), &views::ItemsPanel::pageLoaded);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    QVERIFY(ready.wait(10000));
    QTRY_VERIFY(!m_window->items()->model()->isLoading());
    QVERIFY(m_window->items()->model()->pageCount() >= 1);
}

int TestExplorer::itemCount(const QString &table)
{
    auto job = call(QStringLiteral("Scan"),
                    {{QStringLiteral("TableName"), table}, {QStringLiteral("Select"), "COUNT"}});
    return job && !job->error().isError() ? job->response().value("Count").toInt() : -1;
}

void TestExplorer::pagesThroughThreePages()
{
    openTable(m_table);
    views::ItemsPanel *items = m_window->items();
    models::ItemTableModel *model = items->model();
    QCOMPARE(model->rowCount(), 100);
    QVERIFY(!model->isComplete());
    QVERIFY(items->statusText().contains(QStringLiteral("Ctrl+PgDown")));
    // Key columns first.
    QCOMPARE(model->attributeNames().mid(0, 2), (QStringList{"pk", "n"}));

    items->grid()->setFocus();
    QTest::keyClick(items->grid(), Qt::Key_PageDown, Qt::ControlModifier);
    QTRY_COMPARE(model->rowCount(), 200);
    QTest::keyClick(items->grid(), Qt::Key_PageDown, Qt::ControlModifier);
    QTRY_COMPARE(model->rowCount(), 250);
    QTRY_VERIFY(model->isComplete());
    QCOMPARE(model->pageCount(), 3);
    QVERIFY2(items->statusText().contains(QStringLiteral("end of results")),
             qPrintable(items->statusText()));
    QVERIFY(model->consumedCapacity() > 0);
    // The session sums what every request cost; the status bar shows it.
    QVERIFY(m_session->consumedCapacity().read >= model->consumedCapacity());
    auto *sessionCapacity = m_window->findChild<QLabel *>(QStringLiteral("sessionCapacity"));
    QVERIFY(sessionCapacity);
    QVERIFY2(sessionCapacity->text().contains(QStringLiteral("RCU")),
             qPrintable(sessionCapacity->text()));

    // Selecting a row shows the item in the detail tree.
    items->grid()->selectRow(0);
    QTRY_VERIFY(items->detailView()->model()->rowCount() >= 3);
}

void TestExplorer::queryWithBetweenKeepsEveryDigit()
{
    openTable(m_table);
    views::QueryBuilder *builder = m_window->items()->queryBuilder();
    QVERIFY(chooseWithKeys(child<QComboBox>(builder, "modeCombo"), QStringLiteral("Query")));
    typeInto(child<QLineEdit>(builder, "partitionValue"), QStringLiteral("p"));
    QVERIFY(chooseWithKeys(child<QComboBox>(builder, "sortOperator"), QStringLiteral("BETWEEN")));
    typeInto(child<QLineEdit>(builder, "sortValue"), numberFor(10));
    typeInto(child<QLineEdit>(builder, "sortValue2"), numberFor(19));
    QSignalSpy page(m_window->items(), &views::ItemsPanel::pageLoaded);
    QTest::keyClick(child<QLineEdit>(builder, "sortValue2"), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_window->items()->model()->isComplete() &&
                !m_window->items()->model()->isLoading());
    models::ItemTableModel *model = m_window->items()->model();
    QCOMPARE(model->rowCount(), 10);
    const int column = int(model->attributeNames().indexOf(QStringLiteral("n")));
    QStringList numbers;
    for (int row = 0; row < model->rowCount(); ++row)
        numbers.append(model->index(row, column).data().toString());
    QStringList expected;
    for (int i = 10; i <= 19; ++i)
        expected.append(numberFor(i));
    QCOMPARE(numbers, expected);

    // Bounds the wrong way round: refused before sending, the fields stay as typed.
    typeInto(child<QLineEdit>(builder, "sortValue"), numberFor(30));
    QTest::keyClick(child<QLineEdit>(builder, "sortValue"), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!builder->errorText().isEmpty());
    QCOMPARE(child<QLineEdit>(builder, "sortValue")->text(), numberFor(30));
    QCOMPARE(model->rowCount(), 10);
}

void TestExplorer::editConflictIsShownAndNothingIsLost()
{
    openTable(m_table);
    views::ItemsPanel *items = m_window->items();
    items->grid()->setFocus();
    items->grid()->selectRow(0);
    const dynamo::Item original = items->model()->item(0);
    QTest::keyClick(items->grid(), Qt::Key_F2);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = items->findChild<QDialog *>(QStringLiteral("itemEditorDialog"))));
    auto *editor = dialog->findChild<views::ItemEditor *>();
    QVERIFY(editor);

    // Another writer changes the item after the editor opened it.
    auto changed = call(
        QStringLiteral("UpdateItem"),
        {{QStringLiteral("TableName"), m_table},
         {QStringLiteral("Key"), dynamo::itemToWire({{QStringLiteral("pk"), original.value("pk")},
                                                     {QStringLiteral("n"), original.value("n")}})},
         {QStringLiteral("UpdateExpression"), QStringLiteral("SET label = :v")},
         {QStringLiteral("ExpressionAttributeValues"),
          QJsonObject{{":v", QJsonObject{{"S", "changed by someone else"}}}}}});
    QVERIFY(changed && !changed->error().isError());

    auto *text = editor->findChild<QPlainTextEdit *>(QStringLiteral("itemText"));
    QVERIFY(text);
    text->setFocus();
    QVERIFY(text->find(QStringLiteral("item 0")));
    QTest::keyClicks(text, QStringLiteral("my edit"));
    const QString mine = editor->text();
    QVERIFY(mine.contains(QStringLiteral("my edit")));
    QTest::keyClick(text, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(editor->isConflictShown());
    QCOMPARE(editor->text(), mine);
    QVERIFY(editor->conflictItem().has_value());
    QCOMPARE(editor->conflictItem()->value(QStringLiteral("label")).string(),
             QStringLiteral("changed by someone else"));
    auto stored = call(QStringLiteral("GetItem"),
                       {{QStringLiteral("TableName"), m_table},
                        {QStringLiteral("Key"),
                         dynamo::itemToWire({{QStringLiteral("pk"), original.value("pk")},
                                             {QStringLiteral("n"), original.value("n")}})}});
    QCOMPARE(stored->response().value("Item").toObject().value("label").toObject().value("S"),
             QJsonValue(QStringLiteral("changed by someone else")));
}

void TestExplorer::importReportsBadLinesAndWritesGoodOnes()
{
    const QString table = test::uniqueTableName(QStringLiteral("Import"));
    auto created = call(QStringLiteral("CreateTable"), keyTable(table));
    QVERIFY(created && !created->error().isError());
    m_tables.append(table);
    const QString path = m_dir.filePath(QStringLiteral("import.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QList<int> bad;
    for (int line = 1; line <= 20; ++line) {
        if (line == 4) {
            file.write("{\"pk\": \"a\", \"n\": 4,\n"); // malformed JSON
        } else if (line == 9) {
            file.write("{\"pk\": \"a\"}\n"); // no sort key
        } else if (line == 15) {
            file.write("{\"pk\": \"a\", \"n\": \"not a number\"}\n"); // wrong key type
        } else {
            file.write(QStringLiteral("{\"pk\": \"a\", \"n\": %1, \"v\": \"line %1\"}\n")
                           .arg(line)
                           .toUtf8());
            continue;
        }
        bad.append(line);
    }
    file.close();

    openTable(table);
    QSignalSpy finished(m_window->items(), &views::ItemsPanel::transferFinished);
    m_window->items()->importFrom(path);
    QVERIFY(finished.wait(30000));
    const QString report = m_window->items()->lastTransferReport();
    QVERIFY2(report.contains(QStringLiteral("17 of 20")), qPrintable(report));
    for (int line : bad)
        QVERIFY2(report.contains(QStringLiteral("Line %1:").arg(line)), qPrintable(report));
    QCOMPARE(itemCount(table), 17);
    auto *box = m_window->items()->findChild<QWidget *>(QStringLiteral("importReport"));
    QVERIFY(box && box->isVisible());
}

void TestExplorer::exportAndReimportGiveTheSameItems()
{
    openTable(m_table);
    const QString path = m_dir.filePath(QStringLiteral("export.json"));
    QSignalSpy finished(m_window->items(), &views::ItemsPanel::transferFinished);
    m_window->items()->exportTo(path, true);
    QVERIFY(finished.wait(30000));
    QVERIFY2(m_window->items()->lastTransferReport().contains(QStringLiteral("250")),
             qPrintable(m_window->items()->lastTransferReport()));

    const QString copy = test::uniqueTableName(QStringLiteral("Copy"));
    auto created = call(QStringLiteral("CreateTable"), keyTable(copy));
    QVERIFY(created && !created->error().isError());
    m_tables.append(copy);
    cleanup();
    init();
    openTable(copy);
    QSignalSpy imported(m_window->items(), &views::ItemsPanel::transferFinished);
    m_window->items()->importFrom(path);
    QVERIFY(imported.wait(60000));
    QVERIFY2(m_window->items()->lastTransferReport().startsWith(QStringLiteral("250 of 250")),
             qPrintable(m_window->items()->lastTransferReport()));

    // Every item came back with every digit.
    auto original = call(QStringLiteral("Scan"), {{QStringLiteral("TableName"), m_table}});
    auto reimported = call(QStringLiteral("Scan"), {{QStringLiteral("TableName"), copy}});
    QVERIFY(original && reimported);
    const auto byKey = [](const QJsonArray &items) {
        QMap<QString, QJsonObject> map;
        for (const QJsonValue &item : items)
            map.insert(item["n"]["N"].toString(), item.toObject());
        return map;
    };
    const auto before = byKey(original->response().value("Items").toArray());
    const auto after = byKey(reimported->response().value("Items").toArray());
    QCOMPARE(after.size(), 250);
    QCOMPARE(after, before);
}

QTEST_MAIN(TestExplorer)
#include "tst_explorer.moc"
