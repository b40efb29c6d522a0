// The user's work comes back at the next start, per connection, against DynamoDB Local: typed
// text, the tab in front, the selected table, a grid column's width and the sort order; typed
// text reaches the settings file within a second, before any close.
#include "localendpoint.h"
#include "mainwindow.h"
#include "widgetdriver.h"

#include "itemspanel.h"
#include "itemtablemodel.h"
#include "navigationmodel.h"
#include "navigationpanel.h"
#include "partiqleditor.h"
#include "partiqlpanel.h"
#include "querybuilder.h"
#include "transactionpanel.h"
#include "workspacestate.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "profiles/profilestore.h"
#include "session/session.h"
#include "session/statementhistory.h"

#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace dyna;
using namespace dyna::test;

namespace {

constexpr int kItems = 6;

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void everythingComesBackAfterClose();
    void typedTextReachesTheFileBeforeAnyClose();
    void connectionsKeepSeparateStates();

private:
    void openWindow();
    void closeWindow();
    void connectTo(const QUrl &endpoint);
    void clickTab(const QString &title);
    void clickTable(const QString &name);
    int column(const QString &name) const;
    // The settings as written to disk: a copy is read, since QSettings instances on one path
    // share what is not yet written.
    QVariant onDisk(const QString &key) const;
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("dyna.ini")); }

    QString m_table;
    QTemporaryDir m_dir;
    session::Session m_writer;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<profiles::ProfileStore> m_store;
    std::unique_ptr<session::Session> m_session;
    std::unique_ptr<session::StatementHistory> m_history;
    std::unique_ptr<app::MainWindow> m_window;
};

void TestWorkspace::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    m_writer.connectToLocalEndpoint(endpoint);
    m_table = test::uniqueTableName(QStringLiteral("Workspace"));
    std::unique_ptr<aws::RequestJob> created(
        test::callAndWait(m_writer.client(), QStringLiteral("CreateTable"),
                          test::simpleTableInput(m_table, QStringLiteral("pk"))));
    QVERIFY(created && !created->error().isError());
    QJsonArray puts;
    for (int i = 0; i < kItems; ++i) {
        const QJsonObject item{
            {QStringLiteral("pk"), QJsonObject{{"S", QStringLiteral("p-%1").arg(i)}}},
            {QStringLiteral("label"), QJsonObject{{"S", QStringLiteral("label %1").arg(i)}}}};
        puts.append(QJsonObject{{QStringLiteral("PutRequest"), QJsonObject{{"Item", item}}}});
    }
    std::unique_ptr<aws::RequestJob> written(
        test::callAndWait(m_writer.client(), QStringLiteral("BatchWriteItem"),
                          {{QStringLiteral("RequestItems"), QJsonObject{{m_table, puts}}}}));
    QVERIFY(written && !written->error().isError());
}

void TestWorkspace::cleanupTestCase()
{
    std::unique_ptr<aws::RequestJob> deleted(
        test::callAndWait(m_writer.client(), QStringLiteral("DeleteTable"),
                          {{QStringLiteral("TableName"), m_table}}));
    QVERIFY(deleted && !deleted->error().isError());
}

void TestWorkspace::init()
{
    QFile::remove(settingsPath());
    openWindow();
}

void TestWorkspace::cleanup()
{
    closeWindow();
}

void TestWorkspace::openWindow()
{
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    m_store = std::make_unique<profiles::ProfileStore>(m_settings.get());
    m_session = std::make_unique<session::Session>();
    m_history = std::make_unique<session::StatementHistory>(
        m_dir.filePath(QStringLiteral("history.jsonl")));
    m_window = std::make_unique<app::MainWindow>(m_session.get(), m_store.get(), m_settings.get(),
                                                 m_history.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWorkspace::closeWindow()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_history.reset();
    m_session.reset();
    m_store.reset();
    m_settings.reset();
}

void TestWorkspace::connectTo(const QUrl &endpoint)
{
    QSignalSpy loaded(m_window->navigation(), &views::NavigationPanel::loaded);
    m_session->connectToLocalEndpoint(endpoint);
    QVERIFY(loaded.wait(20000));
}

void TestWorkspace::clickTab(const QString &title)
{
    QTabBar *bar = m_window->tabs()->tabBar();
    for (int i = 0; i < bar->count(); ++i) {
        if (bar->tabText(i) == title) {
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
            QCOMPARE(m_window->tabs()->currentIndex(), i);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no tab %1").arg(title)));
}

void TestWorkspace::clickTable(const QString &name)
{
    views::NavigationPanel *navigation = m_window->navigation();
    const QModelIndex source =
        navigation->model()->tableIndex(m_session->profileId(), m_session->region(), name);
    QVERIFY(source.isValid());
    QTreeView *tree = navigation->tree();
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(tree->model());
    const QModelIndex index = proxy->mapFromSource(source);
    tree->scrollTo(index);
    QSignalSpy ready(m_window->items(), &views::ItemsPanel::tableReady);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    QVERIFY(ready.wait(10000));
    QTRY_COMPARE(m_window->items()->model()->rowCount(), kItems);
}

int TestWorkspace::column(const QString &name) const
{
    return int(m_window->items()->model()->attributeNames().indexOf(name));
}

QVariant TestWorkspace::onDisk(const QString &key) const
{
    const QString copy = m_dir.filePath(QStringLiteral("copy.ini"));
    QFile::remove(copy);
    if (!QFile::copy(settingsPath(), copy))
        return {};
    const QVariant value = QSettings(copy, QSettings::IniFormat).value(key);
    return value;
}

void TestWorkspace::everythingComesBackAfterClose()
{
    connectTo(test::localEndpoint());
    const QString statement = QStringLiteral("SELECT * FROM \"%1\" WHERE pk = 'p-3'").arg(m_table);
    clickTab(QStringLiteral("PartiQL"));
    views::PartiqlEditor *editor = m_window->partiql()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, statement);
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(editor->toPlainText(), statement);

    clickTab(QStringLiteral("Transactions"));
    auto *transactionKey = child<QLineEdit>(m_window->transactions(), "key_0");
    typeInto(transactionKey, QStringLiteral("{\"pk\": \"p-1\"}"));

    clickTab(QStringLiteral("Items"));
    clickTable(m_table);
    typeInto(child<QLineEdit>(m_window->items()->queryBuilder(), "partitionValue"),
             QStringLiteral("p-2"));

    // Drag the right edge of the "pk" column 60 pixels to the right.
    QHeaderView *header = m_window->items()->grid()->horizontalHeader();
    const int pk = column(QStringLiteral("pk"));
    QVERIFY(pk >= 0);
    const int before = header->sectionSize(pk);
    const int edge = header->sectionViewportPosition(pk) + before - 1;
    const int y = header->height() / 2;
    QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(edge, y));
    QTest::mouseMove(header->viewport(), QPoint(edge + 30, y));
    QTest::mouseMove(header->viewport(), QPoint(edge + 60, y));
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(edge + 60, y));
    const int width = header->sectionSize(pk);
    QVERIFY2(width > before + 30, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(width)));

    // Two clicks on "label": descending.
    const int label = column(QStringLiteral("label"));
    QVERIFY(label >= 0);
    const QPoint labelCenter(
        header->sectionViewportPosition(label) + header->sectionSize(label) / 2, y);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, labelCenter);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, labelCenter);
    QCOMPARE(header->sortIndicatorSection(), label);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(m_window->items()->grid()->model()->index(0, label).data().toString(),
             QStringLiteral("label %1").arg(kItems - 1));

    clickTab(QStringLiteral("Overview"));
    const int overview = m_window->tabs()->currentIndex();
    closeWindow();

    openWindow();
    QVERIFY(m_window->partiql()->editor()->toPlainText().isEmpty());
    QSignalSpy ready(m_window->items(), &views::ItemsPanel::tableReady);
    connectTo(test::localEndpoint());
    QCOMPARE(m_window->tabs()->currentIndex(), overview);
    QCOMPARE(m_window->partiql()->editor()->toPlainText(), statement);
    QCOMPARE(child<QLineEdit>(m_window->transactions(), "key_0")->text(),
             QStringLiteral("{\"pk\": \"p-1\"}"));
    QTRY_COMPARE(m_window->navigation()->currentTable(), m_table);
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(m_window->items()->tableName(), m_table);
    QCOMPARE(child<QLineEdit>(m_window->items()->queryBuilder(), "partitionValue")->text(),
             QStringLiteral("p-2"));
    QTRY_COMPARE(m_window->items()->model()->rowCount(), kItems);
    header = m_window->items()->grid()->horizontalHeader();
    QTRY_COMPARE(header->sectionSize(column(QStringLiteral("pk"))), width);
    QCOMPARE(header->sortIndicatorSection(), column(QStringLiteral("label")));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(m_window->items()
                 ->grid()
                 ->model()
                 ->index(0, column(QStringLiteral("label")))
                 .data()
                 .toString(),
             QStringLiteral("label %1").arg(kItems - 1));
}

void TestWorkspace::typedTextReachesTheFileBeforeAnyClose()
{
    connectTo(test::localEndpoint());
    const QString key = views::WorkspaceState::connectionKey(m_session.get());
    QVERIFY(!key.isEmpty());
    clickTab(QStringLiteral("PartiQL"));
    views::PartiqlEditor *editor = m_window->partiql()->editor();
    editor->setFocus();
    const QString statement = QStringLiteral("DELETE FROM \"%1\" WHERE pk = 'p-9'").arg(m_table);
    QTest::keyClicks(editor, statement);
    QTest::keyClick(editor, Qt::Key_Escape);
    // Within the second the workspace promises (with slack for a loaded machine).
    QTRY_COMPARE_WITH_TIMEOUT(onDisk(QStringLiteral("workspace/%1/partiql").arg(key)).toString(),
                              statement, 3000);
    QVERIFY(m_window->isVisible());
}

void TestWorkspace::connectionsKeepSeparateStates()
{
    const QUrl first = test::localEndpoint();
    // The same server under another spelling of its URL is another connection.
    QUrl second = first;
    second.setPath(QStringLiteral("/"));
    QVERIFY(second.toString() != first.toString());
    views::PartiqlEditor *editor = m_window->partiql()->editor();
    clickTab(QStringLiteral("PartiQL"));

    connectTo(first);
    const QString firstKey = m_window->workspace()->currentKey();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("SELECT * FROM first"));
    QTest::keyClick(editor, Qt::Key_Escape);

    connectTo(second);
    const QString secondKey = m_window->workspace()->currentKey();
    QVERIFY(secondKey != firstKey);
    QVERIFY(editor->toPlainText().isEmpty());
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("SELECT * FROM second"));
    QTest::keyClick(editor, Qt::Key_Escape);
    clickTab(QStringLiteral("Streams"));

    connectTo(first);
    QCOMPARE(editor->toPlainText(), QStringLiteral("SELECT * FROM first"));
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->currentIndex()),
             QStringLiteral("PartiQL"));
    connectTo(second);
    QCOMPARE(editor->toPlainText(), QStringLiteral("SELECT * FROM second"));
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->currentIndex()),
             QStringLiteral("Streams"));

    // Each switch wrote the connection left behind at once.
    QCOMPARE(onDisk(QStringLiteral("workspace/%1/partiql").arg(firstKey)).toString(),
             QStringLiteral("SELECT * FROM first"));
    QCOMPARE(onDisk(QStringLiteral("workspace/%1/partiql").arg(secondKey)).toString(),
             QStringLiteral("SELECT * FROM second"));
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
