// Accessibility as a screen reader and a keyboard user meet it, against DynamoDB Local with a
// table open: every interactive widget of every panel and main dialog has a name, Tab walks
// through all of a panel or dialog before it leaves it, and every button Tab skips has a
// shortcut or a menu entry instead.
#include "localendpoint.h"
#include "mainwindow.h"

#include "aboutdialog.h"
#include "connectionmanagerdialog.h"
#include "createtabledialog.h"
#include "itemspanel.h"
#include "itemtablemodel.h"
#include "navigationpanel.h"
#include "operationspage.h"
#include "operationspanel.h"
#include "partiqlpanel.h"
#include "preferencesdialog.h"
#include "shortcutsdialog.h"
#include "streaminspectorpanel.h"
#include "tableoverviewpanel.h"
#include "transactionpanel.h"
#include "triggerspanel.h"
#include "updatetabledialog.h"

#include "aws/requestjob.h"
#include "profiles/profilestore.h"
#include "session/session.h"
#include "session/statementhistory.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

#include <memory>

using namespace dyna;

namespace {

// The focus a widget hands on: a combo box or spin box gives it to its own line edit.
QWidget *focusTarget(QWidget *widget)
{
    while (widget->focusProxy())
        widget = widget->focusProxy();
    return widget;
}

// Parts of a composite widget (a combo box's line edit, a line edit's clear button, a table's
// corner button) speak through the composite; only the composite counts.
bool isPartOfAnother(const QWidget *widget)
{
    for (const QObject *parent = widget->parent(); parent; parent = parent->parent()) {
        if (qobject_cast<const QComboBox *>(parent) ||
            qobject_cast<const QAbstractSpinBox *>(parent) ||
            qobject_cast<const QLineEdit *>(parent))
            return true;
        if (parent == widget->parent() && qobject_cast<const QAbstractScrollArea *>(parent) &&
            (qobject_cast<const QAbstractButton *>(widget) ||
             qobject_cast<const QHeaderView *>(widget)))
            return true;
        if (parent->isWidgetType() && static_cast<const QWidget *>(parent)->isWindow())
            break;
    }
    return false;
}

bool isInteractive(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QTextEdit *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QSlider *>(widget);
}

// Widgets of `root` a user sees and can use, in the root's own window (not a popup).
QList<QWidget *> usableWidgets(QWidget *root)
{
    QList<QWidget *> widgets;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (widget->window() == root->window() && widget->isVisible() && widget->isEnabled() &&
            !isPartOfAnother(widget))
            widgets.append(widget);
    }
    return widgets;
}

QString describe(const QWidget *widget)
{
    QString name = widget->objectName();
    if (name.isEmpty()) {
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            name = QLatin1Char('"') + button->text() + QLatin1Char('"');
    }
    return QStringLiteral("%1 %2 (in %3)")
        .arg(QLatin1String(widget->metaObject()->className()),
             name.isEmpty() ? QStringLiteral("<unnamed>") : name,
             widget->parentWidget()
                 ? QLatin1String(widget->parentWidget()->metaObject()->className())
                 : QLatin1String("-"));
}

bool inside(const QWidget *root, const QWidget *widget)
{
    return widget == root || root->isAncestorOf(widget);
}

// A button Tab skips is still there for the keyboard when it has a shortcut of its own or its
// action sits in a menu.
bool reachableWithoutTab(const QAbstractButton *button)
{
    if (!button->shortcut().isEmpty())
        return true;
    const auto *tool = qobject_cast<const QToolButton *>(button);
    const QAction *action = tool ? tool->defaultAction() : nullptr;
    if (!action)
        return false;
    if (!action->shortcut().isEmpty())
        return true;
    for (const QObject *object : action->associatedObjects()) {
        if (qobject_cast<const QMenu *>(object))
            return true;
    }
    return false;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void accessibleNames_data() { places(); }
    void accessibleNames();
    void tabWalkReachesEverything_data() { places(); }
    void tabWalkReachesEverything();
    void buttonsTabSkipsHaveAnotherWay_data() { places(); }
    void buttonsTabSkipsHaveAnotherWay();

private:
    void places();
    // Brings the place in front (opening a dialog if it is one) and gives its root widget.
    QWidget *open(const QString &place);

    QTemporaryDir m_dir;
    QString m_table;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<profiles::ProfileStore> m_store;
    std::unique_ptr<session::Session> m_session;
    std::unique_ptr<session::StatementHistory> m_history;
    std::unique_ptr<app::MainWindow> m_window;
    QPointer<QDialog> m_dialog;
};

void TestAccessibility::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("dyna.ini")),
                                             QSettings::IniFormat);
    m_store = std::make_unique<profiles::ProfileStore>(m_settings.get());
    m_session = std::make_unique<session::Session>();
    m_history = std::make_unique<session::StatementHistory>(
        m_dir.filePath(QStringLiteral("history.jsonl")));
    m_window = std::make_unique<app::MainWindow>(m_session.get(), m_store.get(), m_settings.get(),
                                                 m_history.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    QSignalSpy loaded(m_window->navigation(), &views::NavigationPanel::loaded);
    m_session->connectToLocalEndpoint(endpoint);
    QVERIFY(loaded.wait(20000));
    m_table = test::uniqueTableName(QStringLiteral("Accessibility"));
    std::unique_ptr<aws::RequestJob> created(
        test::callAndWait(m_session->client(), QStringLiteral("CreateTable"),
                          test::simpleTableInput(m_table, QStringLiteral("pk"))));
    QVERIFY(created && !created->error().isError());
    std::unique_ptr<aws::RequestJob> put(test::callAndWait(
        m_session->client(), QStringLiteral("PutItem"),
        {{QStringLiteral("TableName"), m_table},
         {QStringLiteral("Item"),
          QJsonObject{{QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), "a"}}},
                      {QStringLiteral("note"), QJsonObject{{QStringLiteral("S"), "b"}}}}}}));
    QVERIFY(put && !put->error().isError());

    QSignalSpy reloaded(m_window->navigation(), &views::NavigationPanel::loaded);
    m_window->navigation()->refresh();
    QVERIFY(reloaded.wait(20000));
    QSignalSpy ready(m_window->items(), &views::ItemsPanel::tableReady);
    QVERIFY(m_window->navigation()->selectTable(m_table));
    QVERIFY(ready.wait(10000));
    QTRY_COMPARE(m_window->items()->model()->rowCount(), 1);
}

void TestAccessibility::cleanupTestCase()
{
    if (m_session && m_session->client()) {
        std::unique_ptr<aws::RequestJob> deleted(
            test::callAndWait(m_session->client(), QStringLiteral("DeleteTable"),
                              {{QStringLiteral("TableName"), m_table}}));
    }
    m_window.reset();
}

void TestAccessibility::cleanup()
{
    if (m_dialog) {
        m_dialog->close();
        delete m_dialog;
    }
    QApplication::processEvents();
}

void TestAccessibility::places()
{
    QTest::addColumn<QString>("place");
    for (const char *tab :
         {"Items", "Overview", "PartiQL", "Transactions", "Streams", "Triggers", "Operations"})
        QTest::newRow(tab) << QString::fromLatin1(tab);
    const QList<views::OperationsPage *> pages = m_window->operations()->pages();
    for (int i = 0; i < pages.size(); ++i) {
        const QString name = QLatin1String(pages.at(i)->metaObject()->className());
        QTest::newRow(qPrintable(QStringLiteral("Operations/%1").arg(name)))
            << QStringLiteral("Operations/%1").arg(i);
    }
    for (const char *place : {"Navigation", "Connections manager", "New Table", "Update Table",
                              "Preferences", "Keyboard Shortcuts", "About", "Item editor"})
        QTest::newRow(place) << QString::fromLatin1(place);
}

QWidget *TestAccessibility::open(const QString &place)
{
    QTabWidget *tabs = m_window->tabs();
    const QHash<QString, QWidget *> tabPages = {
        {QStringLiteral("Items"), m_window->items()},
        {QStringLiteral("Overview"), m_window->overview()},
        {QStringLiteral("PartiQL"), m_window->partiql()},
        {QStringLiteral("Transactions"), m_window->transactions()},
        {QStringLiteral("Streams"), m_window->streams()},
        {QStringLiteral("Triggers"), m_window->triggers()},
        {QStringLiteral("Operations"), m_window->operations()}};
    QWidget *root = nullptr;
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    if (tabPages.contains(place)) {
        tabs->setCurrentWidget(tabPages.value(place));
        root = tabPages.value(place);
    } else if (place.startsWith(QLatin1String("Operations/"))) {
        tabs->setCurrentWidget(m_window->operations());
        views::OperationsPage *page =
            m_window->operations()->pages().at(place.section(QLatin1Char('/'), 1).toInt());
        m_window->operations()->setCurrentPage(page);
        root = page;
    } else if (place == QLatin1String("Navigation")) {
        root = m_window->navigation();
    } else if (place == QLatin1String("Connections manager")) {
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        m_dialog = m_window->findChild<views::ConnectionManagerDialog *>();
    } else if (place == QLatin1String("New Table")) {
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        m_dialog = m_window->findChild<views::CreateTableDialog *>();
    } else if (place == QLatin1String("Update Table")) {
        m_window->updateTable();
        m_dialog = m_window->findChild<views::UpdateTableDialog *>();
    } else if (place == QLatin1String("Preferences")) {
        m_dialog = m_window->showPreferences();
    } else if (place == QLatin1String("Keyboard Shortcuts")) {
        m_dialog = m_window->showShortcuts();
    } else if (place == QLatin1String("About")) {
        m_dialog = m_window->showAbout();
    } else if (place == QLatin1String("Item editor")) {
        // As a user does: wait until the row is there (an earlier place may have made the
        // panel read its page again), click it, press F2 and wait for the editor.
        views::ItemsPanel *items = m_window->items();
        tabs->setCurrentWidget(items);
        QTableView *grid = items->grid();
        if (!QTest::qWaitFor([items] {
                return items->model()->rowCount() == 1 && !items->model()->isLoading();
            }))
            return nullptr;
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {},
                          grid->visualRect(grid->model()->index(0, 0)).center());
        if (!QTest::qWaitFor([grid] {
                return grid->hasFocus() && grid->selectionModel()->selectedRows().size() == 1;
            }))
            return nullptr;
        QTest::keyClick(grid, Qt::Key_F2);
        if (!QTest::qWaitFor([this, items] {
                m_dialog = items->findChild<QDialog *>(QStringLiteral("itemEditorDialog"));
                return !m_dialog.isNull();
            }))
            return nullptr;
    }
    if (m_dialog) {
        root = m_dialog;
        m_dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(m_dialog))
            return nullptr;
    }
    // Let the page read what it shows (its error or empty state has buttons too).
    QTest::qWait(400);
    return root;
}

void TestAccessibility::accessibleNames()
{
    QFETCH(QString, place);
    QWidget *root = open(place);
    QVERIFY2(root, qPrintable(place));
    QStringList unnamed;
    for (QWidget *widget : usableWidgets(root)) {
        if (!isInteractive(widget))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(describe(widget));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1: no accessible name: %2")
                                               .arg(place, unnamed.join(QStringLiteral("; ")))));
}

void TestAccessibility::tabWalkReachesEverything()
{
    QFETCH(QString, place);
    QWidget *root = open(place);
    QVERIFY2(root, qPrintable(place));
    QList<QWidget *> expected;
    for (QWidget *widget : usableWidgets(root)) {
        if ((widget->focusPolicy() & Qt::TabFocus) && !expected.contains(focusTarget(widget)))
            expected.append(focusTarget(widget));
    }
    if (expected.isEmpty())
        return; // nothing on it takes focus, so there is nothing to walk

    // The first of them in the focus chain starts the walk.
    QWidget *start = nullptr;
    for (QWidget *widget = root->nextInFocusChain(); widget != root && !start;
         widget = widget->nextInFocusChain()) {
        if (expected.contains(widget))
            start = widget;
    }
    QVERIFY2(start, qPrintable(place));
    start->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), start);

    QList<QWidget *> missing = expected;
    missing.removeAll(start);
    QStringList leftTo;
    QString trappedIn;
    for (int presses = 0; presses < 3 * int(expected.size()) + 10 && !missing.isEmpty();
         ++presses) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (now && now == before) {
            trappedIn = describe(now);
            break;
        }
        if (!now || now == start)
            break;
        if (inside(root, now))
            missing.removeAll(now);
        else if (!leftTo.contains(describe(now)))
            leftTo.append(describe(now));
    }
    QStringList missed;
    for (const QWidget *widget : std::as_const(missing))
        missed.append(describe(widget));
    QVERIFY2(trappedIn.isEmpty(),
             qPrintable(QStringLiteral("%1: Tab stays in %2").arg(place, trappedIn)));
    QVERIFY2(missed.isEmpty() && leftTo.isEmpty(),
             qPrintable(QStringLiteral("%1: Tab never reaches: %2; Tab leaves for: %3")
                            .arg(place, missed.join(QStringLiteral("; ")),
                                 leftTo.join(QStringLiteral("; ")))));
}

void TestAccessibility::buttonsTabSkipsHaveAnotherWay()
{
    QFETCH(QString, place);
    QWidget *root = open(place);
    QVERIFY2(root, qPrintable(place));
    QStringList offenders;
    for (QWidget *widget : usableWidgets(root)) {
        const auto *button = qobject_cast<const QAbstractButton *>(widget);
        if (button && !(button->focusPolicy() & Qt::TabFocus) && !reachableWithoutTab(button))
            offenders.append(describe(button));
    }
    QVERIFY2(offenders.isEmpty(),
             qPrintable(QStringLiteral("%1: buttons only a mouse reaches: %2")
                            .arg(place, offenders.join(QStringLiteral("; ")))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
