// The Operations tab in the main window. Against DynamoDB Local, which lacks these operations,
// every page says so plainly and nothing else breaks; against the loopback test server every
// page reads without an error and every request it sends is valid for the official model.
// With DYNA_SCREENSHOT_DIR set, operations.png lands there.
#include "controlplaneserver.h"
#include "fakebackups.h"
#include "fakecontributorinsights.h"
#include "fakeexports.h"
#include "fakeglobaltables.h"
#include "fakekinesis.h"
#include "faketagsandpolicies.h"
#include "localendpoint.h"
#include "mainwindow.h"
#include "widgetdriver.h"

#include "backuplistmodel.h"
#include "backupspanel.h"
#include "errorpane.h"
#include "itemspanel.h"
#include "itemtablemodel.h"
#include "limitspanel.h"
#include "navigationpanel.h"
#include "operationspage.h"
#include "operationspanel.h"
#include "restoretabledialog.h"
#include "tableoverviewpanel.h"
#include "timetolivedialog.h"

#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "profiles/profilestore.h"
#include "session/session.h"
#include "session/statementhistory.h"

#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dyna;

namespace {

// What the page's error panes say, joined; empty when it shows no error. Notices (an empty
// state such as "no Kinesis destination") carry no AWS details and do not count.
QString errorsOf(views::OperationsPage *page)
{
    QStringList texts;
    for (const views::ErrorPane *pane : page->findChildren<views::ErrorPane *>()) {
        if (!pane->detailsText().isEmpty())
            texts.append(pane->summaryText());
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestOperationsTab : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<aws::RequestJob> call(session::Session &session, const QString &operation,
                                          const QJsonObject &input)
    {
        return std::unique_ptr<aws::RequestJob>(
            test::callAndWait(session.client(), operation, input));
    }
    // The window on the table, with the Operations tab clicked.
    void openOperations(app::MainWindow &window, const QString &table)
    {
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(window.navigation(), &views::NavigationPanel::loaded);
        window.navigation()->refresh();
        QVERIFY(loaded.wait(20000));
        QVERIFY(window.navigation()->selectTable(table));
        QTabBar *tabs = window.tabs()->tabBar();
        const int operationsTab = window.tabs()->indexOf(window.operations());
        QVERIFY(operationsTab >= 0);
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(operationsTab).center());
        QCOMPARE(window.tabs()->currentWidget(), window.operations());
        QTRY_COMPARE(window.operations()->tableName(), table);
    }
    void clickPage(views::OperationsPanel *operations, int row)
    {
        auto *list = operations->findChild<QListWidget *>(QStringLiteral("operationsPages"));
        QVERIFY(list);
        const QRect rect = list->visualItemRect(list->item(row));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(operations->currentPage(), operations->pages().at(row));
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void everyPageSaysWhatDynamoDbLocalLacks()
    {
        session::Session session;
        session.connectToLocalEndpoint(test::localEndpoint());
        const QString table = test::uniqueTableName(QStringLiteral("Ops"));
        auto created = call(session, QStringLiteral("CreateTable"),
                            test::simpleTableInput(table, QStringLiteral("pk")));
        QVERIFY(created && !created->error().isError());

        QSettings settings(m_dir.filePath(QStringLiteral("local.ini")), QSettings::IniFormat);
        profiles::ProfileStore store(&settings);
        session::StatementHistory history(m_dir.filePath(QStringLiteral("local.jsonl")));
        app::MainWindow window(&session, &store, &settings, &history);
        openOperations(window, table);
        views::OperationsPanel *operations = window.operations();
        QCOMPARE(operations->pages().size(), 10);

        for (int row = 0; row < operations->pages().size(); ++row) {
            clickPage(operations, row);
            views::OperationsPage *page = operations->pages().at(row);
            if (page == operations->page<views::LimitsPanel>()) {
                // DescribeLimits is the one DynamoDB Local implements.
                QTest::qWait(500);
                QVERIFY2(errorsOf(page).isEmpty(), qPrintable(errorsOf(page)));
                continue;
            }
            QTRY_VERIFY2_WITH_TIMEOUT(
                errorsOf(page).contains(QLatin1String("This endpoint does not support")),
                qPrintable(QStringLiteral("page %1: %2").arg(row).arg(errorsOf(page))), 10000);
        }

        // The rest of the window still works: the overview describes the table, and the time
        // to live button leads there.
        auto *ttl = operations->findChild<QPushButton *>(QStringLiteral("openTimeToLive"));
        QVERIFY(ttl && ttl->isEnabled());
        QTest::mouseClick(ttl, Qt::LeftButton);
        QCOMPARE(window.tabs()->currentWidget(), window.overview());
        auto *dialog = window.overview()->findChild<views::TimeToLiveDialog *>();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->statusText(), QStringLiteral("Off"), 10000);
        dialog->close();
        QTRY_VERIFY_WITH_TIMEOUT(!window.overview()->fieldText(QStringLiteral("keys")).isEmpty(),
                                 10000);
    }

    void everyPageReadsFromTheTestServer()
    {
        test::ControlPlaneServer server(test::localEndpoint());
        QVERIFY(server.listen());
        server.setTransitionMs(100);
        new test::FakeBackups(&server);
        new test::FakeExports(&server);
        new test::FakeTagsAndPolicies(&server);
        new test::FakeGlobalTables(&server);
        new test::FakeKinesis(&server);
        new test::FakeContributorInsights(&server);

        session::Session session;
        session.connectWith(server.clientConfig(),
                            std::make_shared<aws::StaticCredentialsProvider>(
                                test::ControlPlaneServer::credentials()),
                            QStringLiteral("test server"), false);
        const QString table = test::uniqueTableName(QStringLiteral("Orders"));
        auto created = call(session, QStringLiteral("CreateTable"),
                            test::simpleTableInput(table, QStringLiteral("orderId"),
                                                   QStringLiteral("NEW_AND_OLD_IMAGES")));
        QVERIFY(created && !created->error().isError());
        for (const QString &id : {QStringLiteral("o-1001"), QStringLiteral("o-1002")}) {
            auto put = call(
                session, QStringLiteral("PutItem"),
                {{QStringLiteral("TableName"), table},
                 {QStringLiteral("Item"),
                  QJsonObject{{QStringLiteral("orderId"), QJsonObject{{QStringLiteral("S"), id}}},
                              {QStringLiteral("total"),
                               QJsonObject{{QStringLiteral("N"), QStringLiteral("129.90")}}}}}});
            QVERIFY(put && !put->error().isError());
        }
        auto backup = call(session, QStringLiteral("CreateBackup"),
                           {{QStringLiteral("TableName"), table},
                            {QStringLiteral("BackupName"), QStringLiteral("before-migration")}});
        QVERIFY2(backup && !backup->error().isError(),
                 backup ? qPrintable(backup->error().details()) : "timeout");

        QSettings settings(m_dir.filePath(QStringLiteral("server.ini")), QSettings::IniFormat);
        profiles::ProfileStore store(&settings);
        session::StatementHistory history(m_dir.filePath(QStringLiteral("server.jsonl")));
        app::MainWindow window(&session, &store, &settings, &history);
        openOperations(window, table);
        views::OperationsPanel *operations = window.operations();

        for (int row = operations->pages().size() - 1; row >= 0; --row) {
            clickPage(operations, row);
            QTest::qWait(400);
            views::OperationsPage *page = operations->pages().at(row);
            QVERIFY2(errorsOf(page).isEmpty(),
                     qPrintable(QStringLiteral("page %1: %2").arg(row).arg(errorsOf(page))));
        }
        QVERIFY2(server.loopback()->invalidRequests() == 0,
                 qPrintable(server.loopback()->problems().join(QLatin1Char('\n'))));

        const QString folder = qEnvironmentVariable("DYNA_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            clickPage(operations, 0);
            QTest::qWait(1000);
            QVERIFY(window.grab().save(QDir(folder).filePath(QStringLiteral("operations.png"))));
        }
    }
    // The path as a user walks it: back up a table from the Backups page, restore the
    // backup into a new table, and find the backed-up items in the explorer's grid.
    void restoredBackupShowsInTheExplorer()
    {
        test::ControlPlaneServer server(test::localEndpoint());
        QVERIFY(server.listen());
        server.setTransitionMs(100);
        new test::FakeBackups(&server);
        session::Session session;
        session.connectWith(server.clientConfig(),
                            std::make_shared<aws::StaticCredentialsProvider>(
                                test::ControlPlaneServer::credentials()),
                            QStringLiteral("test server"), false);
        const QString table = test::uniqueTableName(QStringLiteral("Ledger"));
        auto created = call(session, QStringLiteral("CreateTable"),
                            test::simpleTableInput(table, QStringLiteral("pk")));
        QVERIFY(created && !created->error().isError());
        for (int i = 1; i <= 3; ++i) {
            auto put = call(session, QStringLiteral("PutItem"),
                            {{QStringLiteral("TableName"), table},
                             {QStringLiteral("Item"),
                              QJsonObject{{QStringLiteral("pk"),
                                           QJsonObject{{QStringLiteral("S"),
                                                        QStringLiteral("entry-%1").arg(i)}}}}}});
            QVERIFY(put && !put->error().isError());
        }

        QSettings settings(m_dir.filePath(QStringLiteral("restore.ini")), QSettings::IniFormat);
        profiles::ProfileStore store(&settings);
        session::StatementHistory history(m_dir.filePath(QStringLiteral("restore.jsonl")));
        app::MainWindow window(&session, &store, &settings, &history);
        openOperations(window, table);
        auto *backups = window.operations()->page<views::BackupsPanel>();
        QVERIFY(backups);
        clickPage(window.operations(), int(window.operations()->pages().indexOf(backups)));
        backups->setPollInterval(100);

        test::typeInto(test::child<QLineEdit>(backups, "backupName"), QStringLiteral("nightly"));
        auto *create = test::child<QPushButton>(backups, "createButton");
        QTRY_VERIFY(create->isEnabled());
        test::click(create);
        models::BackupListModel *model = backups->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            model->data(model->index(0, models::BackupListModel::Status)).toString(),
            QStringLiteral("AVAILABLE"), 10000);
        auto *view = test::child<QTableView>(backups, "backupsView");
        QTest::mouseClick(
            view->viewport(), Qt::LeftButton, {},
            view->visualRect(model->index(0, models::BackupListModel::Name)).center());
        auto *restore = test::child<QPushButton>(backups, "restoreButton");
        QTRY_VERIFY(restore->isEnabled());
        test::click(restore);
        auto *dialog = backups->findChild<views::RestoreTableDialog *>();
        QVERIFY(dialog);
        dialog->setPollInterval(100);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 10000);
        const QString restored = table + QStringLiteral("-restored");
        QCOMPARE(test::child<QLineEdit>(dialog, "targetName")->text(), restored);
        QSignalSpy listed(window.navigation(), &views::NavigationPanel::loaded);
        test::click(test::child<QPushButton>(dialog, "restoreButton"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->progressText(),
                                  QStringLiteral("Table %1 is ACTIVE.").arg(restored), 10000);
        // The tree lists the new table by itself.
        QVERIFY(listed.count() > 0 || listed.wait(10000));
        dialog->close();

        QVERIFY(window.navigation()->selectTable(restored));
        QTabBar *tabs = window.tabs()->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {},
                          tabs->tabRect(window.tabs()->indexOf(window.items())).center());
        QTRY_COMPARE_WITH_TIMEOUT(window.items()->model()->rowCount(), 3, 10000);
        QStringList keys;
        for (int row = 0; row < 3; ++row)
            keys.append(window.items()->model()->index(row, 0).data().toString());
        keys.sort();
        QCOMPARE(keys, QStringList({QStringLiteral("entry-1"), QStringLiteral("entry-2"),
                                    QStringLiteral("entry-3")}));
        QVERIFY2(server.loopback()->invalidRequests() == 0,
                 qPrintable(server.loopback()->problems().join(QLatin1Char('\n'))));
    }
    // A read-only connection refuses the Operations tab's writes before sending them: the
    // page says so and the server never sees the request.
    void readOnlyConnectionRefusesOperationsWrites()
    {
        test::ControlPlaneServer server(test::localEndpoint());
        QVERIFY(server.listen());
        new test::FakeBackups(&server);
        session::Session writer;
        writer.connectWith(server.clientConfig(),
                           std::make_shared<aws::StaticCredentialsProvider>(
                               test::ControlPlaneServer::credentials()),
                           QStringLiteral("writer"), false);
        const QString table = test::uniqueTableName(QStringLiteral("Guarded"));
        auto created = call(writer, QStringLiteral("CreateTable"),
                            test::simpleTableInput(table, QStringLiteral("pk")));
        QVERIFY(created && !created->error().isError());

        session::Session session;
        session.connectWith(server.clientConfig(),
                            std::make_shared<aws::StaticCredentialsProvider>(
                                test::ControlPlaneServer::credentials()),
                            QStringLiteral("read-only"), true);
        QSettings settings(m_dir.filePath(QStringLiteral("readonly.ini")), QSettings::IniFormat);
        profiles::ProfileStore store(&settings);
        session::StatementHistory history(m_dir.filePath(QStringLiteral("readonly.jsonl")));
        app::MainWindow window(&session, &store, &settings, &history);
        openOperations(window, table);
        auto *backups = window.operations()->page<views::BackupsPanel>();
        clickPage(window.operations(), int(window.operations()->pages().indexOf(backups)));
        test::typeInto(test::child<QLineEdit>(backups, "backupName"), QStringLiteral("nightly"));
        auto *create = test::child<QPushButton>(backups, "createButton");
        QTRY_VERIFY(create->isEnabled());
        test::click(create);
        QTRY_VERIFY2(errorsOf(backups).contains(QLatin1String("read-only")),
                     qPrintable(errorsOf(backups)));
        QVERIFY(server.loopback()->requests(QStringLiteral("CreateBackup")).isEmpty());
        QCOMPARE(test::child<QLineEdit>(backups, "backupName")->text(), QStringLiteral("nightly"));
        // Reading still works on the same connection.
        QTRY_VERIFY(!server.loopback()->requests(QStringLiteral("ListBackups")).isEmpty());
        QVERIFY(server.loopback()->requests(QStringLiteral("CreateBackup")).isEmpty());
    }
};

QTEST_MAIN(TestOperationsTab)
#include "tst_operationstab.moc"
