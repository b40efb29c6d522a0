// Renders the main window, the item grid, the query builder and the item editor with real
// data from DynamoDB Local. With DYNA_SCREENSHOT_DIR set the PNG files land there (for the
// README and for review); without it they go to a temporary folder and are only checked.
#include "demowindow.h"

#include "createtabledialog.h"
#include "itemeditor.h"
#include "itemspanel.h"
#include "itemtablemodel.h"
#include "navigationmodel.h"
#include "navigationpanel.h"
#include "querybuilder.h"
#include "tableoverviewpanel.h"
#include "theme.h"

#include "aws/requestjob.h"
#include "dynamo/demodataset.h"
#include "profiles/profilestore.h"
#include "session/session.h"
#include "session/statementhistory.h"

#include <QDialog>
#include <QDir>
#include <QImage>
#include <QScopeGuard>
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
    void rendersTheDarkAppearance();

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
    test::DemoWindow demo;
    test::openDemoOrders(demo);
    if (QTest::currentTestFailed())
        return;
    app::MainWindow &window = demo.window;

    save(&window, QStringLiteral("main-window.png"));
    save(window.items()->grid(), QStringLiteral("item-grid.png"));
    save(window.items()->queryBuilder(), QStringLiteral("query-builder.png"));

    QDialog *dialog = test::openItemEditor(window);
    QVERIFY(dialog);
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

// The grid, its highlighted row and the JSON editor after switching to Dark at runtime. Runs after
// rendersTheExplorer, which seeds the demo dataset when it is missing.
void TestScreenshots::rendersTheDarkAppearance()
{
    test::DemoWindow demo;
    test::openDemoOrders(demo);
    if (QTest::currentTestFailed())
        return;
    app::MainWindow &window = demo.window;

    const auto restore = qScopeGuard([] { views::applyAppearance(views::Appearance::System); });
    views::applyAppearance(views::Appearance::Dark);
    QTRY_VERIFY(views::isDark(window.items()->grid()->palette()));
    QTest::qWait(100);
    save(&window, QStringLiteral("main-window-dark.png"));

    QDialog *dialog = test::openItemEditor(window);
    QVERIFY(dialog);
    QTRY_VERIFY(views::isDark(dialog->palette()));
    save(dialog, QStringLiteral("item-editor-dark.png"));
    dialog->close();
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
