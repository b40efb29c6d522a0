// Renders the main window, the item grid, the query builder and the item editor with real
// data from DynamoDB Local. With DYNA_SCREENSHOT_DIR set the PNG files land there (for the
// README and for review); without it they go to a temporary folder and are only checked.
#include "localendpoint.h"
#include "mainwindow.h"

#include "createtabledialog.h"
#include "itemeditor.h"
#include "itemspanel.h"
#include "itemtablemodel.h"
#include "navigationmodel.h"
#include "navigationpanel.h"
#include "querybuilder.h"
#include "tableoverviewpanel.h"

#include "aws/requestjob.h"
#include "dynamo/demodataset.h"
#include "profiles/profilestore.h"
#include "session/session.h"
#include "session/statementhistory.h"

#include <QDialog>
#include <QDir>
#include <QImage>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dyna;

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rendersTheExplorer();

private:
    void save(QWidget *widget, const QString &name);

    QTemporaryDir m_temporary;
    QString m_folder;
};

void TestScreenshots::initTestCase()
{
    m_folder = qEnvironmentVariable("DYNA_SCREENSHOT_DIR");
    if (m_folder.isEmpty())
        m_folder = m_temporary.path();
    QVERIFY(QDir().mkpath(m_folder));
}

void TestScreenshots::save(QWidget *widget, const QString &name)
{
    const QImage image = widget->grab().toImage();
    const QString path = QDir(m_folder).filePath(name);
    QVERIFY2(image.save(path), qPrintable(path));
    // Not a blank rectangle: text and frames give many distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 8, qPrintable(name + QStringLiteral(" looks blank")));
    QVERIFY(QImage(path).size() == image.size());
}

void TestScreenshots::rendersTheExplorer()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("dyna.ini")), QSettings::IniFormat);
    profiles::ProfileStore store(&settings);
    session::Session session;
    session::StatementHistory history(dir.filePath(QStringLiteral("history.jsonl")));
    app::MainWindow window(&session, &store, &settings, &history);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The demo dataset, as the demo command shows it. CTest runs this after the demo dataset
    // test (which seeds it); run alone, the test seeds it itself.
    session.connectToLocalEndpoint(endpoint);
    std::unique_ptr<aws::RequestJob> orders(
        test::callAndWait(session.client(), QStringLiteral("DescribeTable"),
                          {{QStringLiteral("TableName"), QStringLiteral("Orders")}}));
    QVERIFY(orders);
    if (orders->error().isError()) {
        dynamo::DemoDataset seeder(session.client());
        seeder.setOnlyIfEmpty(false);
        QSignalSpy seeded(&seeder, &aws::Job::finished);
        seeder.start();
        QVERIFY(seeded.wait(120000));
        QVERIFY2(!seeder.error().isError(), qPrintable(seeder.error().details()));
    }

    QSignalSpy loaded(window.navigation(), &views::NavigationPanel::loaded);
    window.navigation()->refresh();
    QVERIFY(loaded.wait(20000));
    QSignalSpy ready(window.items(), &views::ItemsPanel::tableReady);
    QVERIFY(window.navigation()->selectTable(QStringLiteral("Orders")));
    QVERIFY(ready.wait(10000));
    QTRY_VERIFY(window.items()->model()->rowCount() > 0 && !window.items()->model()->isLoading());
    window.items()->grid()->selectRow(1);
    QTest::qWait(100);

    save(&window, QStringLiteral("main-window.png"));
    save(window.items()->grid(), QStringLiteral("item-grid.png"));
    save(window.items()->queryBuilder(), QStringLiteral("query-builder.png"));

    window.items()->grid()->setFocus();
    window.items()->editSelected();
    QDialog *dialog = nullptr;
    QTRY_VERIFY(
        (dialog = window.items()->findChild<QDialog *>(QStringLiteral("itemEditorDialog"))));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::qWait(300); // validation runs debounced
    save(dialog, QStringLiteral("item-editor.png"));
    dialog->close();

    QTabBar *tabs = window.tabs()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
    QCOMPARE(window.tabs()->currentWidget(), window.overview());
    QTRY_VERIFY(!window.overview()->fieldText(QStringLiteral("ttl")).isEmpty() &&
                window.overview()->fieldText(QStringLiteral("ttl")) != QStringLiteral("Reading…"));
    save(&window, QStringLiteral("table-overview.png"));

    window.createTable();
    auto *create = window.findChild<views::CreateTableDialog *>();
    QVERIFY(create);
    QVERIFY(QTest::qWaitForWindowExposed(create));
    save(create, QStringLiteral("create-table.png"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
