// The empty-state text, offscreen: it follows a QStandardItemModel behind a list and a tree
// (inserted, removed, reset, a new model), changes its text, stays below the tree's rows, and
// the texts the navigation tree and the items grid choose from their situation.
#include "emptystate.h"

#include <QLabel>
#include <QListView>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace dyna;
using views::EmptyState;
using views::ItemsSituation;
using views::TablesSituation;

class TestEmptyState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheModel();
    void followsANewModel();
    void textChanges();
    void conditionDecides();
    void staysBelowTheTreeRows();
    void tablesText_data();
    void tablesText();
    void itemsText_data();
    void itemsText();
};

void TestEmptyState::followsTheModel()
{
    QStandardItemModel model;
    QListView view;
    view.setModel(&model);
    auto *empty = new EmptyState(&view, QStringLiteral("Nothing here yet."));
    view.resize(300, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QLabel *label = empty->label();
    QVERIFY(empty->isActive());
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Nothing here yet."));
    QCOMPARE(label->parentWidget(), view.viewport());
    QVERIFY(label->wordWrap());
    QCOMPARE(label->foregroundRole(), QPalette::PlaceholderText);
    QVERIFY(!label->accessibleName().isEmpty());
    QCOMPARE(label->accessibleDescription(), QStringLiteral("Nothing here yet."));

    model.appendRow(new QStandardItem(QStringLiteral("first")));
    QVERIFY(!empty->isActive());
    QVERIFY(!label->isVisible());

    model.removeRow(0);
    QVERIFY(label->isVisible());

    model.appendRow(new QStandardItem(QStringLiteral("again")));
    QVERIFY(!label->isVisible());
    model.clear();
    QVERIFY(label->isVisible());
}

void TestEmptyState::followsANewModel()
{
    QStandardItemModel first;
    QStandardItemModel second;
    second.appendRow(new QStandardItem(QStringLiteral("row")));
    QListView view;
    view.setModel(&first);
    auto *empty = new EmptyState(&view, QStringLiteral("Empty."));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(empty->label()->isVisible());

    // setModel() has no signal; the text notices the new model when the viewport repaints.
    view.setModel(&second);
    QTRY_VERIFY(!empty->label()->isVisible());

    // The old model no longer decides.
    first.appendRow(new QStandardItem(QStringLiteral("elsewhere")));
    second.removeRow(0);
    QVERIFY(empty->label()->isVisible());
}

void TestEmptyState::textChanges()
{
    QStandardItemModel model;
    QListView view;
    view.setModel(&model);
    auto *empty = new EmptyState(&view, QStringLiteral("Not started."));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    empty->setText(QStringLiteral("Waiting for changes…"));
    QCOMPARE(empty->text(), QStringLiteral("Waiting for changes…"));
    QCOMPARE(empty->label()->text(), QStringLiteral("Waiting for changes…"));
    QCOMPARE(empty->label()->accessibleDescription(), QStringLiteral("Waiting for changes…"));
    QVERIFY(empty->label()->isVisible());
}

void TestEmptyState::conditionDecides()
{
    QStandardItemModel model;
    model.appendRow(new QStandardItem(QStringLiteral("row")));
    QListView view;
    view.setModel(&model);
    auto *empty = new EmptyState(&view, QStringLiteral("Filtered away."));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!empty->label()->isVisible());

    bool show = true;
    empty->setCondition([&show] { return show; });
    QVERIFY(empty->label()->isVisible());
    show = false;
    model.appendRow(new QStandardItem(QStringLiteral("another")));
    QVERIFY(!empty->label()->isVisible());
}

void TestEmptyState::staysBelowTheTreeRows()
{
    QStandardItemModel model;
    auto *region = new QStandardItem(QStringLiteral("us-east-1"));
    model.appendRow(region);
    QTreeView view;
    view.setModel(&model);
    view.resize(300, 300);
    auto *empty = new EmptyState(&view, QStringLiteral("No tables."));
    empty->setCondition([&model] { return !model.item(0)->hasChildren(); });
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QLabel *label = empty->label();
    QVERIFY(label->isVisible());
    const QRect row = view.visualRect(model.index(0, 0));
    QVERIFY(row.isValid());
    QVERIFY(label->geometry().top() > row.top());
    QVERIFY(!label->geometry().intersects(row));
}

void TestEmptyState::tablesText_data()
{
    QTest::addColumn<bool>("connected");
    QTest::addColumn<int>("tableCount");
    QTest::addColumn<bool>("isLocal");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("matchCount");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");

    const QStringList none;
    QTest::newRow("not connected")
        << false << 0 << false << QString() << 0
        << QStringList{"Connection > Connections…", "Ctrl+Shift+O"} << none;
    QTest::newRow("local, no tables")
        << true << 0 << true << QString() << 0
        << QStringList{"No tables in eu-west-3", "Table > New Table…", "Ctrl+Shift+N", "-sharedDb"}
        << none;
    QTest::newRow("account, no tables")
        << true << 0 << false << QString() << 0
        << QStringList{"No tables in eu-west-3", "Table > New Table…"} << QStringList{"-sharedDb"};
    QTest::newRow("filter without match")
        << true << 4 << true << "ordrs" << 0 << QStringList{"No table matches “ordrs”."}
        << QStringList{"-sharedDb", "New Table"};
}

void TestEmptyState::tablesText()
{
    QFETCH(bool, connected);
    QFETCH(int, tableCount);
    QFETCH(bool, isLocal);
    QFETCH(QString, filter);
    QFETCH(int, matchCount);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);

    TablesSituation situation;
    situation.connected = connected;
    situation.loaded = connected;
    situation.region = QStringLiteral("eu-west-3");
    situation.tableCount = tableCount;
    situation.isLocal = isLocal;
    situation.filter = filter;
    situation.matchCount = matchCount;
    const QString text = EmptyState::tablesText(situation);
    for (const QString &part : expected)
        QVERIFY2(text.contains(part), qPrintable(text));
    for (const QString &part : absent)
        QVERIFY2(!text.contains(part), qPrintable(text));
}

void TestEmptyState::itemsText_data()
{
    QTest::addColumn<bool>("tableChosen");
    QTest::addColumn<bool>("loaded");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<bool>("filtered");
    QTest::addColumn<QString>("find");
    QTest::addColumn<int>("loadedRows");
    QTest::addColumn<QString>("expected"); // empty: no text

    QTest::newRow("no table") << false << false << false << false << QString() << 0
                              << "Choose a table";
    QTest::newRow("still reading")
        << true << false << false << false << QString() << 0 << QString();
    QTest::newRow("more pages to read")
        << true << true << false << true << QString() << 0 << QString();
    QTest::newRow("empty table") << true << true << true << false << QString() << 0
                                 << "New Item (Ctrl+N)";
    QTest::newRow("query matched nothing")
        << true << true << true << true << QString() << 0 << "filter only applies after";
    QTest::newRow("rows shown") << true << true << false << false << QString() << 12 << QString();
    QTest::newRow("find without match")
        << true << true << true << false << "zeta" << 12 << "No loaded item contains “zeta”";
}

void TestEmptyState::itemsText()
{
    QFETCH(bool, tableChosen);
    QFETCH(bool, loaded);
    QFETCH(bool, complete);
    QFETCH(bool, filtered);
    QFETCH(QString, find);
    QFETCH(int, loadedRows);
    QFETCH(QString, expected);

    const QString text =
        EmptyState::itemsText({tableChosen, loaded, complete, filtered, find, loadedRows});
    if (expected.isEmpty())
        QVERIFY2(text.isEmpty(), qPrintable(text));
    else
        QVERIFY2(text.contains(expected), qPrintable(text));
}

QTEST_MAIN(TestEmptyState)
#include "tst_emptystate.moc"
