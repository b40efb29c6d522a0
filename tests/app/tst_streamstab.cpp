// The Streams tab against DynamoDB Local, driven as a user would: pick a table in the tree,
// open the tab, start from the trim horizon, and watch puts, updates and deletes arrive; a
// click on an update shows its old and new images with the changed attribute marked. With
// DYNA_SCREENSHOT_DIR set, streams-inspector.png lands there.
#include "localendpoint.h"
#include "mainwindow.h"
#include "widgetdriver.h"

#include "navigationpanel.h"
#include "shardstatusmodel.h"
#include "streameventmodel.h"
#include "streaminspectorpanel.h"
#include "streamrecorddetail.h"
#include "triggerspanel.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "profiles/profilestore.h"
#include "session/session.h"
#include "session/statementhistory.h"
#include "streams/streamwatcher.h"
#include "streams/triggerspec.h"

#include <QDir>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dyna;

namespace {

QJsonObject attribute(const QString &type, const QString &value)
{
    return {{type, value}};
}

} // namespace

class TestStreamsTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void watchesChangesLive();

private:
    std::unique_ptr<aws::RequestJob> call(const QString &operation, const QJsonObject &input)
    {
        return std::unique_ptr<aws::RequestJob>(
            test::callAndWait(m_session.client(), operation, input));
    }

    session::Session m_session;
};

void TestStreamsTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // checkpoints go to a test folder
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    m_session.connectToLocalEndpoint(endpoint);
}

void TestStreamsTab::watchesChangesLive()
{
    const QString table = test::uniqueTableName(QStringLiteral("Inventory"));
    auto created = call(
        QStringLiteral("CreateTable"),
        test::simpleTableInput(table, QStringLiteral("sku"), QStringLiteral("NEW_AND_OLD_IMAGES")));
    QVERIFY(created && !created->error().isError());

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("dyna.ini")), QSettings::IniFormat);
    profiles::ProfileStore store(&settings);
    session::StatementHistory history(dir.filePath(QStringLiteral("history.jsonl")));
    app::MainWindow window(&m_session, &store, &settings, &history);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QSignalSpy loaded(window.navigation(), &views::NavigationPanel::loaded);
    window.navigation()->refresh();
    QVERIFY(loaded.wait(20000));
    QVERIFY(window.navigation()->selectTable(table));

    QTabBar *tabs = window.tabs()->tabBar();
    const int streamsTab = window.tabs()->indexOf(window.streams());
    QVERIFY(streamsTab >= 0);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(streamsTab).center());
    QCOMPARE(window.tabs()->currentWidget(), window.streams());

    // Triggers on the stream about to be watched: only modifications, and only removals.
    const auto addTrigger = [&](const QString &kind) {
        QString error;
        const std::optional<streams::TriggerSpec> spec = streams::TriggerSpec::fromJson(
            {{QStringLiteral("trigger"), kind},
             {QStringLiteral("target"), QJsonObject{{QStringLiteral("tableName"), table}}},
             {QStringLiteral("schedule"), QStringLiteral("500ms")}},
            &error);
        return spec ? window.triggers()->addTrigger(*spec) : error;
    };
    QVERIFY(!addTrigger(QStringLiteral("streamRecordModified")).isEmpty());
    QVERIFY(!addTrigger(QStringLiteral("streamRecordRemoved")).isEmpty());

    views::StreamInspectorPanel *panel = window.streams();
    QVERIFY(test::chooseWithKeys(test::child<QComboBox>(panel, "startPosition"),
                                 QStringLiteral("Trim horizon (24 h)")));
    auto *start = test::child<QPushButton>(panel, "startButton");
    QTRY_VERIFY(start->isEnabled());
    QSignalSpy found(panel->watcher(), &streams::StreamWatcher::streamFound);
    test::click(start);
    QVERIFY(found.wait(20000));

    constexpr int kItems = 30;
    for (int i = 0; i < kItems; ++i) {
        auto put = call(
            QStringLiteral("PutItem"),
            {{QStringLiteral("TableName"), table},
             {QStringLiteral("Item"),
              QJsonObject{{QStringLiteral("sku"),
                           attribute(QStringLiteral("S"), QStringLiteral("SKU-%1").arg(1000 + i))},
                          {QStringLiteral("stock"),
                           attribute(QStringLiteral("N"), QString::number(10 + i))},
                          {QStringLiteral("warehouse"),
                           attribute(QStringLiteral("S"), QStringLiteral("DUB-1"))}}}});
        QVERIFY(put && !put->error().isError());
    }
    const QJsonObject key{
        {QStringLiteral("sku"), attribute(QStringLiteral("S"), QStringLiteral("SKU-1003"))}};
    auto update = call(QStringLiteral("UpdateItem"),
                       {{QStringLiteral("TableName"), table},
                        {QStringLiteral("Key"), key},
                        {QStringLiteral("UpdateExpression"), QStringLiteral("SET stock = :s")},
                        {QStringLiteral("ExpressionAttributeValues"),
                         QJsonObject{{QStringLiteral(":s"),
                                      attribute(QStringLiteral("N"), QStringLiteral("7"))}}}});
    QVERIFY(update && !update->error().isError());
    auto remove =
        call(QStringLiteral("DeleteItem"),
             {{QStringLiteral("TableName"), table},
              {QStringLiteral("Key"),
               QJsonObject{{QStringLiteral("sku"),
                            attribute(QStringLiteral("S"), QStringLiteral("SKU-1010"))}}}});
    QVERIFY(remove && !remove->error().isError());

    auto *events = test::child<QTableView>(panel, "eventTable");
    QTRY_COMPARE_WITH_TIMEOUT(events->model()->rowCount(), kItems + 2, 20000);
    const int modifyRow = kItems;
    QCOMPARE(
        events->model()->index(modifyRow, models::StreamEventModel::EventColumn).data().toString(),
        QStringLiteral("MODIFY"));
    QCOMPARE(
        events->model()->index(kItems + 1, models::StreamEventModel::EventColumn).data().toString(),
        QStringLiteral("REMOVE"));

    events->scrollTo(events->model()->index(modifyRow, 0));
    const QRect cell = events->visualRect(events->model()->index(modifyRow, 1));
    QTest::mouseClick(events->viewport(), Qt::LeftButton, {}, cell.center());
    views::StreamRecordDetail *detail = panel->detail();
    QTRY_COMPARE(detail->changedRows().size(), 1);
    QTableWidget *attributes = detail->attributeTable();
    const int changed = detail->changedRows().constFirst();
    QCOMPARE(attributes->item(changed, views::StreamRecordDetail::AttributeColumn)->text(),
             QStringLiteral("stock"));
    QCOMPARE(attributes->item(changed, views::StreamRecordDetail::OldImageColumn)->text(),
             QStringLiteral("13"));
    QCOMPARE(attributes->item(changed, views::StreamRecordDetail::NewImageColumn)->text(),
             QStringLiteral("7"));

    QTRY_VERIFY(panel->shardModel()->shardCount() >= 1);
    const QString folder = qEnvironmentVariable("DYNA_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QTest::qWait(600); // the status line and the shard view refresh twice a second
        QVERIFY(window.grab().save(QDir(folder).filePath(QStringLiteral("streams-inspector.png"))));
    }

    // The triggers handed on the one modification and the one removal, nothing else.
    auto *log = test::child<QPlainTextEdit>(window.triggers(), "log");
    QTRY_COMPARE_WITH_TIMEOUT(log->document()->blockCount(), 2, 10000);
    QVERIFY2(log->toPlainText().contains(QStringLiteral("MODIFY sku=SKU-1003")),
             qPrintable(log->toPlainText()));
    QVERIFY2(log->toPlainText().contains(QStringLiteral("REMOVE sku=SKU-1010")),
             qPrintable(log->toPlainText()));
    QVERIFY(!log->toPlainText().contains(QStringLiteral("INSERT")));
    if (!folder.isEmpty()) {
        const int triggersTab = window.tabs()->indexOf(window.triggers());
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(triggersTab).center());
        QTest::qWait(1100); // the counters refresh every second
        QVERIFY(window.grab().save(QDir(folder).filePath(QStringLiteral("triggers.png"))));
    }

    test::click(test::child<QPushButton>(panel, "stopButton"));
    QCOMPARE(panel->watcher()->state(), streams::StreamWatcher::State::Stopped);
    call(QStringLiteral("DeleteTable"), {{QStringLiteral("TableName"), table}});
}

QTEST_MAIN(TestStreamsTab)
#include "tst_streamstab.moc"
