// The bundled icon set: every SVG renders visibly on light and dark backgrounds, the desktop
// theme wins where it has the icon, every name the code asks for is shipped, and the navigation
// tree shows an icon per node kind.
#include "actionicons.h"
#include "navigationmodel.h"
#include "navigationpanel.h"
#include "navigationtreemodel.h"

#include "session/session.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cstdlib>

using namespace dyna;
using models::NavigationModel;

namespace {

const QString kIconDir = QStringLiteral(":/icons/actions");

QStringList bundledNames()
{
    QStringList names;
    const QFileInfoList files =
        QDir(kIconDir).entryInfoList({QStringLiteral("*.svg")}, QDir::Files);
    for (const QFileInfo &file : files)
        names.append(file.completeBaseName());
    return names;
}

QImage render(const QIcon &icon, int size)
{
    return icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
}

// Pixels that differ clearly from `background` once the icon is drawn over it.
int pixelsStandingOut(const QImage &icon, const QColor &background)
{
    QImage canvas(icon.size(), QImage::Format_ARGB32);
    canvas.fill(background);
    QPainter(&canvas).drawImage(0, 0, icon);
    int count = 0;
    for (int y = 0; y < canvas.height(); ++y) {
        for (int x = 0; x < canvas.width(); ++x) {
            const QColor c = canvas.pixelColor(x, y);
            const int diff = std::max({std::abs(c.red() - background.red()),
                                       std::abs(c.green() - background.green()),
                                       std::abs(c.blue() - background.blue())});
            if (diff >= 64)
                ++count;
        }
    }
    return count;
}

// Restores the icon theme a test changed, so the tests do not depend on their order.
class ThemeGuard
{
public:
    ThemeGuard()
        : m_name(QIcon::themeName())
        , m_paths(QIcon::themeSearchPaths())
    {}
    ~ThemeGuard()
    {
        QIcon::setThemeSearchPaths(m_paths);
        QIcon::setThemeName(m_name);
    }

private:
    QString m_name;
    QStringList m_paths;
};

NavigationModel::Connection sampleConnection(const QUuid &id)
{
    return {id, QStringLiteral("Staging"), {}, false, {QStringLiteral("eu-west-1")}};
}

} // namespace

class TestActionIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bundledIconRendersVisibly_data();
    void bundledIconRendersVisibly();
    void fallsBackToBundledIconWhenThemeLacksIt();
    void prefersTheDesktopThemesIcon();
    void everyNameTheCodeUsesIsShipped_data();
    void everyNameTheCodeUsesIsShipped();
    void everyShippedIconIsNamedInCode();
    void unknownNameHasNoFallback();
    void treeModelDecoratesEachNodeKind();
    void navigationPanelTreeShowsTableIcons();
    void contactSheet();
};

void TestActionIcons::initTestCase()
{
    QVERIFY2(bundledNames().size() >= 20, "the icon resource folder is missing or nearly empty");
}

void TestActionIcons::bundledIconRendersVisibly_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("size");
    for (const QString &name : bundledNames()) {
        for (const int size : {16, 32})
            QTest::addRow("%s@%d", qPrintable(name), size) << name << size;
    }
}

void TestActionIcons::bundledIconRendersVisibly()
{
    QFETCH(QString, name);
    QFETCH(int, size);
    const QIcon icon(QStringLiteral("%1/%2.svg").arg(kIconDir, name));
    QVERIFY(!icon.isNull());
    const QImage image = render(icon, size);
    QCOMPARE(image.size(), QSize(size, size));
    // A 16 px icon of 2 px strokes covers far more than this; an empty or broken SVG none.
    const int minimum = size * size / 16;
    const int onLight = pixelsStandingOut(image, QColor(0xff, 0xff, 0xff));
    const int onDark = pixelsStandingOut(image, QColor(0x1e, 0x1e, 0x1e));
    QVERIFY2(onLight >= minimum,
             qPrintable(QStringLiteral("%1 visible pixels on light").arg(onLight)));
    QVERIFY2(onDark >= minimum,
             qPrintable(QStringLiteral("%1 visible pixels on dark").arg(onDark)));
}

void TestActionIcons::fallsBackToBundledIconWhenThemeLacksIt()
{
    ThemeGuard guard;
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    QIcon::setThemeSearchPaths({empty.path()});
    QIcon::setThemeName(QStringLiteral("dyna-test-empty"));
    QVERIFY(QIcon::fromTheme(QString::fromLatin1(views::icons::New)).availableSizes().isEmpty());

    const QImage shown = render(views::actionIcon(views::icons::New), 32);
    const QImage bundled = render(views::fallbackIcon(views::icons::New), 32);
    QVERIFY(pixelsStandingOut(shown, Qt::white) > 0);
    QCOMPARE(shown, bundled);
}

void TestActionIcons::prefersTheDesktopThemesIcon()
{
    ThemeGuard guard;
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QDir themeDir(root.filePath(QStringLiteral("dyna-test-theme")));
    QVERIFY(themeDir.mkpath(QStringLiteral("16x16/actions")));
    QFile index(themeDir.filePath(QStringLiteral("index.theme")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=Dyna Test\nDirectories=16x16/actions\n\n"
                "[16x16/actions]\nSize=16\nType=Fixed\n");
    index.close();
    QImage red(16, 16, QImage::Format_ARGB32);
    red.fill(Qt::red);
    QVERIFY(red.save(themeDir.filePath(
        QStringLiteral("16x16/actions/%1.png").arg(QLatin1String(views::icons::New)))));
    QIcon::setThemeSearchPaths({root.path()});
    QIcon::setThemeName(QStringLiteral("dyna-test-theme"));

    QCOMPARE(render(views::actionIcon(views::icons::New), 16).pixelColor(8, 8), QColor(Qt::red));
    // A name the theme lacks still gets ours.
    QCOMPARE(render(views::actionIcon(views::icons::Run), 16),
             render(views::fallbackIcon(views::icons::Run), 16));
}

void TestActionIcons::everyNameTheCodeUsesIsShipped_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = views::iconNames();
    QVERIFY(!names.isEmpty());
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestActionIcons::everyNameTheCodeUsesIsShipped()
{
    QFETCH(QString, name);
    const QIcon icon = views::fallbackIcon(name.toLatin1().constData());
    QVERIFY(!icon.isNull());
    QVERIFY(pixelsStandingOut(render(icon, 16), Qt::white) > 0);
}

void TestActionIcons::everyShippedIconIsNamedInCode()
{
    const QStringList named = views::iconNames();
    QCOMPARE(named.size(), QSet<QString>(named.begin(), named.end()).size());
    for (const QString &name : bundledNames())
        QVERIFY2(named.contains(name), qPrintable(name + QStringLiteral(" has no name in icons")));
}

void TestActionIcons::unknownNameHasNoFallback()
{
    QVERIFY(views::fallbackIcon("dyna-no-such-icon").isNull());
}

void TestActionIcons::treeModelDecoratesEachNodeKind()
{
    NavigationModel model;
    views::NavigationTreeModel tree;
    tree.setSourceModel(&model);
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QUuid id = QUuid::createUuid();
    const QString region = QStringLiteral("eu-west-1");
    model.setConnections({sampleConnection(id)});
    model.appendTables(id, region, {QStringLiteral("Orders"), QStringLiteral("Users")});

    const QModelIndex connection = tree.mapFromSource(model.connectionIndex(id));
    const QModelIndex regionIndex = tree.mapFromSource(model.regionIndex(id, region));
    const QModelIndex table =
        tree.mapFromSource(model.tableIndex(id, region, QStringLiteral("Orders")));
    QVERIFY(table.isValid());
    QCOMPARE(table.data().toString(), QStringLiteral("Orders"));
    const QImage tableIcon = render(table.data(Qt::DecorationRole).value<QIcon>(), 16);
    const QImage regionIcon = render(regionIndex.data(Qt::DecorationRole).value<QIcon>(), 16);
    const QImage connectionIcon = render(connection.data(Qt::DecorationRole).value<QIcon>(), 16);
    QVERIFY(pixelsStandingOut(tableIcon, Qt::white) > 0);
    QVERIFY(pixelsStandingOut(regionIcon, Qt::white) > 0);
    QVERIFY(pixelsStandingOut(connectionIcon, Qt::white) > 0);
    // Each kind is recognisable by its icon alone.
    QVERIFY(tableIcon != regionIcon);
    QVERIFY(tableIcon != connectionIcon);
    QVERIFY(regionIcon != connectionIcon);

    // Filtering keeps the decoration of the tables it shows.
    tree.setFilterFixedString(QStringLiteral("Use"));
    QCOMPARE(tree.rowCount(tree.mapFromSource(model.regionIndex(id, region))), 1);
    const QModelIndex users =
        tree.mapFromSource(model.tableIndex(id, region, QStringLiteral("Users")));
    QCOMPARE(render(users.data(Qt::DecorationRole).value<QIcon>(), 16), tableIcon);
}

void TestActionIcons::navigationPanelTreeShowsTableIcons()
{
    session::Session session;
    views::NavigationPanel panel(&session, nullptr, nullptr);
    const QUuid id = QUuid::createUuid();
    const QString region = QStringLiteral("eu-west-1");
    panel.model()->setConnections({sampleConnection(id)});
    panel.model()->appendTables(id, region, {QStringLiteral("Orders")});

    const QAbstractItemModel *shown = panel.tree()->model();
    const QModelIndex regionIndex = shown->index(0, 0, shown->index(0, 0));
    const QModelIndex table = shown->index(0, 0, regionIndex);
    QCOMPARE(table.data().toString(), QStringLiteral("Orders"));
    const QIcon icon = table.data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    QCOMPARE(render(icon, 16), render(views::actionIcon(views::icons::Table), 16));
}

// Set DYNA_ICON_SHEET=<file.png> to render every icon at 16 and 32 px on light and dark
// backgrounds, for a designer to look at.
void TestActionIcons::contactSheet()
{
    const QString target = qEnvironmentVariable("DYNA_ICON_SHEET");
    if (target.isEmpty())
        QSKIP("DYNA_ICON_SHEET is not set");
    const QStringList names = bundledNames();
    const int columns = 4;
    const QSize cell(260, 44);
    const int rows = int((names.size() + columns - 1) / columns);
    QImage sheet(cell.width() * columns, cell.height() * rows * 2, QImage::Format_ARGB32);
    QPainter painter(&sheet);
    for (const bool dark : {false, true}) {
        const int top = dark ? cell.height() * rows : 0;
        painter.fillRect(0, top, sheet.width(), cell.height() * rows,
                         dark ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white));
        painter.setPen(dark ? QColor(0xdd, 0xdd, 0xdd) : QColor(0x22, 0x22, 0x22));
        for (int i = 0; i < names.size(); ++i) {
            const QPoint origin(i % columns * cell.width(), top + i / columns * cell.height());
            const QIcon icon = views::fallbackIcon(names.at(i).toLatin1().constData());
            painter.drawPixmap(origin + QPoint(6, 6), icon.pixmap(32));
            painter.drawPixmap(origin + QPoint(44, 14), icon.pixmap(16));
            painter.drawText(QRect(origin + QPoint(66, 0), QSize(cell.width() - 66, cell.height())),
                             Qt::AlignVCenter, names.at(i));
        }
    }
    painter.end();
    QVERIFY(sheet.save(target));
}

QTEST_MAIN(TestActionIcons)
#include "tst_actionicons.moc"
