// The main screens in German, rendered with the demo dataset from DynamoDB Local and checked
// for text that does not fit: German words are longer than the English ones the layouts were
// drawn for. With DYNA_SCREENSHOT_DIR set the PNG files land in its "de" folder (for the
// README and for review); without it they go to a temporary folder and are only checked.
#include "demowindow.h"

#include "backupspanel.h"
#include "connectionmanagerdialog.h"
#include "createtabledialog.h"
#include "itemspanel.h"
#include "itemtablemodel.h"
#include "navigationpanel.h"
#include "operationspanel.h"
#include "partiqlpanel.h"
#include "preferencesdialog.h"
#include "streaminspectorpanel.h"
#include "tableoverviewpanel.h"
#include "transactionpanel.h"
#include "triggerspanel.h"

#include "aws/requestjob.h"
#include "dynamo/demodataset.h"
#include "profiles/profilestore.h"
#include "session/session.h"
#include "session/statementhistory.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFocusFrame>
#include <QFormLayout>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QRubberBand>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSizeGrip>
#include <QStackedLayout>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QTreeView>

using namespace dyna;

namespace {

// tabSizeHint() is what a tab needs to show its whole text; it is protected.
struct TabBarAccess : QTabBar
{
    using QTabBar::tabSizeHint;
};

// The option an item view paints its items with (font, icon size); it is protected.
struct ItemViewAccess : QAbstractItemView
{
    using QAbstractItemView::initViewItemOption;
};

QString describe(const QWidget *widget, const QString &text)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += QLatin1Char('#') + widget->objectName();
    return text.isEmpty() ? name : QStringLiteral("%1 \"%2\"").arg(name, text);
}

// The text as drawn: a single & marks the mnemonic and is not shown.
QString shownText(const QString &text)
{
    QString shown;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        shown.append(text.at(i));
    }
    return shown;
}

int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = qMax(widest, metrics.horizontalAdvance(line));
    return widest;
}

void checkLabel(const QLabel *label, QStringList &problems)
{
    const QString text = label->buddy() ? shownText(label->text()) : label->text();
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    if (label->wordWrap() || rich || text.isEmpty())
        return;
    int available = label->contentsRect().width() - 2 * label->margin();
    if (label->indent() > 0)
        available -= label->indent();
    else if (label->frameWidth() > 0)
        available -= label->fontMetrics().horizontalAdvance(QLatin1Char('x')) / 2;
    const int needed = widestLine(label->fontMetrics(), text);
    if (needed > available) {
        problems.append(QStringLiteral("%1 is clipped (%2 px for %3 px of text)")
                            .arg(describe(label, text))
                            .arg(available)
                            .arg(needed));
    }
}

void checkButton(const QAbstractButton *button, QStringList &problems)
{
    if (button->text().isEmpty())
        return;
    if (button->sizeHint().width() > button->width()) {
        problems.append(QStringLiteral("%1 is clipped (%2 px wide, needs %3 px)")
                            .arg(describe(button, shownText(button->text())))
                            .arg(button->width())
                            .arg(button->sizeHint().width()));
    }
}

void checkGroupBox(const QGroupBox *box, QStringList &problems)
{
    if (box->title().isEmpty())
        return;
    QStyleOptionGroupBox option;
    option.initFrom(box);
    option.text = box->title();
    option.lineWidth = 1;
    option.subControls = QStyle::SC_GroupBoxFrame | QStyle::SC_GroupBoxLabel;
    if (box->isCheckable())
        option.subControls |= QStyle::SC_GroupBoxCheckBox;
    const QRect label =
        box->style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, box);
    const int needed = box->fontMetrics().horizontalAdvance(shownText(box->title()));
    if (label.right() > box->rect().right() || needed > box->width()) {
        problems.append(QStringLiteral("%1: the title is wider than the box (%2 px for %3 px)")
                            .arg(describe(box, shownText(box->title())))
                            .arg(box->width())
                            .arg(needed));
    }
}

void checkTabBar(const QTabBar *bar, QStringList &problems)
{
    const auto sizeHint = &TabBarAccess::tabSizeHint;
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i))
            continue;
        const QRect rect = bar->tabRect(i);
        const int needed = (bar->*sizeHint)(i).width();
        if (rect.width() < needed || !bar->rect().contains(rect)) {
            problems.append(QStringLiteral("%1: tab %2 is elided or scrolled away (%3 px, needs "
                                           "%4 px)")
                                .arg(describe(bar, shownText(bar->tabText(i))))
                                .arg(i)
                                .arg(rect.width())
                                .arg(needed));
        }
    }
}

void checkComboBox(const QComboBox *combo, QStringList &problems)
{
    // An editable one scrolls its text like any line edit.
    if (combo->isEditable() || combo->currentText().isEmpty())
        return;
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = false;
    option.frame = combo->hasFrame();
    option.currentText = combo->currentText();
    option.currentIcon = combo->itemIcon(combo->currentIndex());
    option.iconSize = combo->iconSize();
    option.subControls = QStyle::SC_All;
    const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                       QStyle::SC_ComboBoxEditField, combo);
    int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
    if (!option.currentIcon.isNull())
        needed += option.iconSize.width() + 4;
    if (needed > field.width()) {
        problems.append(QStringLiteral("%1: the current text does not fit (%2 px for %3 px)")
                            .arg(describe(combo, combo->currentText()))
                            .arg(field.width())
                            .arg(needed));
    }
}

void checkFormLayout(const QWidget *owner, const QFormLayout *form, QStringList &problems)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        const QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole);
        const QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
        if (!label || !field || !label->widget() || !label->widget()->isVisible())
            continue;
        if (field->widget() && !field->widget()->isVisible())
            continue;
        const QRect labelRect = label->geometry();
        const QRect fieldRect = field->geometry();
        // A wrapped row puts the field under its label; only side by side can they collide.
        const bool sideBySide =
            labelRect.top() <= fieldRect.bottom() && fieldRect.top() <= labelRect.bottom();
        if (sideBySide && labelRect.right() >= fieldRect.left()) {
            const auto *text = qobject_cast<const QLabel *>(label->widget());
            problems.append(QStringLiteral("%1: form row %2 label overlaps its field")
                                .arg(describe(text ? static_cast<const QWidget *>(text) : owner,
                                              text ? shownText(text->text()) : QString()))
                                .arg(row));
        }
    }
}

// Lists and trees show names (pages, options); a name cut to "…" is clipped. Grids are left
// out: their cells hold values of any length and elide them on purpose. So is the navigation
// tree: it shows endpoints and table names, data of any length that other tests add too.
void checkItemView(const QAbstractItemView *view, QStringList &problems)
{
    if (!qobject_cast<const QTreeView *>(view) && !qobject_cast<const QListView *>(view))
        return;
    if (qobject_cast<const views::NavigationPanel *>(view->parentWidget()))
        return;
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    QStyleOptionViewItem option;
    const auto initOption = &ItemViewAccess::initViewItemOption;
    (view->*initOption)(&option);
    const QRect viewport = view->viewport()->rect();
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeFirst();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            const QRect rect = view->visualRect(index);
            if (rect.isEmpty() || !viewport.intersects(rect))
                continue;
            const auto *tree = qobject_cast<const QTreeView *>(view);
            if (tree && tree->isExpanded(index))
                pending.append(index);
            const int needed = view->itemDelegateForIndex(index)->sizeHint(option, index).width();
            const int shown = qMin(rect.right(), viewport.right()) - rect.left() + 1;
            if (shown < needed) {
                problems.append(QStringLiteral("%1: \"%2\" is cut (%3 px, needs %4 px)")
                                    .arg(describe(view, {}), index.data().toString())
                                    .arg(shown)
                                    .arg(needed));
            }
        }
    }
}

// A placeholder is the only explanation an empty field gives; cut, it explains nothing. Fields
// inside grids hold examples of values and are left out like the grids' cells.
void checkPlaceholder(const QLineEdit *edit, QStringList &problems)
{
    if (edit->placeholderText().isEmpty() || !edit->text().isEmpty())
        return;
    for (const QWidget *up = edit->parentWidget(); up; up = up->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(up))
            return;
    }
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth = edit->hasFrame()
                           ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
                           : 0;
    QRect text = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    text = text.marginsRemoved(edit->textMargins());
    // QLineEdit keeps 2 px on either side of its text; a clear button takes its room.
    int available = text.width() - 4;
    for (const QAction *action : edit->actions()) {
        if (action->isVisible() && !action->icon().isNull())
            available -= edit->style()->pixelMetric(QStyle::PM_SmallIconSize) + 4;
    }
    const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
    if (needed > available) {
        problems.append(QStringLiteral("%1: the placeholder is cut (%2 px for %3 px)")
                            .arg(describe(edit, edit->placeholderText()))
                            .arg(available)
                            .arg(needed));
    }
}

// Widgets drawn on top of others by design: focus frames, rubber bands, size grips, overlays
// that let the clicks through, and anything covering its whole parent.
bool isOverlay(const QWidget *widget)
{
    return qobject_cast<const QFocusFrame *>(widget) || qobject_cast<const QRubberBand *>(widget) ||
           qobject_cast<const QSizeGrip *>(widget) ||
           widget->testAttribute(Qt::WA_TransparentForMouseEvents) ||
           widget->geometry() == widget->parentWidget()->rect();
}

void checkSiblings(const QWidget *parent, QStringList &problems)
{
    if (qobject_cast<const QStackedWidget *>(parent) ||
        qobject_cast<const QStackedLayout *>(parent->layout()))
        return;
    QList<const QWidget *> shown;
    for (const QObject *object : parent->children()) {
        const auto *child = qobject_cast<const QWidget *>(object);
        if (child && child->isVisible() && !child->isWindow() && !isOverlay(child))
            shown.append(child);
    }
    for (qsizetype i = 0; i < shown.size(); ++i) {
        for (qsizetype j = i + 1; j < shown.size(); ++j) {
            if (shown.at(i)->geometry().intersects(shown.at(j)->geometry())) {
                problems.append(QStringLiteral("%1 overlaps %2 in %3")
                                    .arg(describe(shown.at(i), {}), describe(shown.at(j), {}),
                                         describe(parent, {})));
            }
        }
    }
}

// Every piece of text under `root` that the user cannot read whole, and every pair of
// widgets drawn on top of each other, one line each and prefixed with `page`.
QStringList clippedText(const QWidget *root, const QString &page)
{
    QStringList problems;
    QList<const QWidget *> widgets{root};
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        if (widget->isVisible() && !widget->isWindow())
            widgets.append(widget);
    }
    for (const QWidget *widget : widgets) {
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            checkLabel(label, problems);
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            checkButton(button, problems);
        else if (const auto *box = qobject_cast<const QGroupBox *>(widget))
            checkGroupBox(box, problems);
        else if (const auto *bar = qobject_cast<const QTabBar *>(widget))
            checkTabBar(bar, problems);
        else if (const auto *combo = qobject_cast<const QComboBox *>(widget))
            checkComboBox(combo, problems);
        else if (const auto *view = qobject_cast<const QAbstractItemView *>(widget))
            checkItemView(view, problems);
        else if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
            checkPlaceholder(edit, problems);
        if (const auto *form = qobject_cast<const QFormLayout *>(widget->layout()))
            checkFormLayout(widget, form, problems);
        for (const auto *form : widget->layout() ? widget->layout()->findChildren<QFormLayout *>()
                                                 : QList<QFormLayout *>())
            checkFormLayout(widget, form, problems);
        checkSiblings(widget, problems);
    }
    for (QString &problem : problems)
        problem.prepend(page + QStringLiteral(": "));
    return problems;
}

} // namespace

class TestScreenshotsDe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rendersTheMainScreensInGerman();

private:
    // Saves the widget as de/<name>.png and collects what does not fit on it.
    void render(QWidget *widget, const QString &name);
    void showTab(app::MainWindow &window, QWidget *tab, const QString &name);

    QTemporaryDir m_temporary;
    QString m_folder;
    QTranslator m_app;
    QTranslator m_qt;
    QStringList m_problems;
    // The size the main window is given: the English screenshots' size, a 1280 × 800 screen.
    const QSize m_windowSize{1280, 800};
};

void TestScreenshotsDe::initTestCase()
{
    QString base = qEnvironmentVariable("DYNA_SCREENSHOT_DIR");
    if (base.isEmpty())
        base = m_temporary.path();
    m_folder = QDir(base).filePath(QStringLiteral("de"));
    QVERIFY(QDir().mkpath(m_folder));
    // Before any window exists: widgets translate their texts once, when they are built.
    QVERIFY(m_app.load(QStringLiteral(":/i18n/dynaconsole_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&m_app));
    if (m_qt.load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void TestScreenshotsDe::render(QWidget *widget, const QString &name)
{
    const QImage image = widget->grab().toImage();
    const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
    QVERIFY2(image.save(path), qPrintable(path));
    // Not a blank rectangle: text and frames give many distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 8, qPrintable(name + QStringLiteral(" looks blank")));
    m_problems.append(clippedText(widget, name));
    // A longer language must not make the window grow past the size it was given.
    if (widget->isWindow() && widget->width() > m_windowSize.width()) {
        m_problems.append(QStringLiteral("%1: the window needs %2 px, more than the %3 px given")
                              .arg(name)
                              .arg(widget->width())
                              .arg(m_windowSize.width()));
    }
}

void TestScreenshotsDe::showTab(app::MainWindow &window, QWidget *tab, const QString &name)
{
    QTabBar *tabs = window.tabs()->tabBar();
    const int index = window.tabs()->indexOf(tab);
    QVERIFY(index >= 0);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(index).center());
    QCOMPARE(window.tabs()->currentWidget(), tab);
    QTest::qWait(300);
    render(&window, name);
}

void TestScreenshotsDe::rendersTheMainScreensInGerman()
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;

    // The words a German user sees first, as translations/dynaconsole_de.ts has them.
    QStringList menus;
    for (const QAction *menu : window.menuBar()->actions())
        menus.append(menu->text());
    QVERIFY2(menus.contains(QStringLiteral("&Verbindung")) &&
                 menus.contains(QStringLiteral("&Tabelle")),
             qPrintable(menus.join(QLatin1String(", "))));
    QCOMPARE(window.tabs()->tabText(window.tabs()->indexOf(window.items())),
             QStringLiteral("Elemente"));

    test::openDemoOrders(demo, m_windowSize);
    if (QTest::currentTestFailed())
        return;
    render(&window, QStringLiteral("main-window"));

    QDialog *editor = test::openItemEditor(window);
    QVERIFY(editor);
    render(editor, QStringLiteral("item-editor"));
    editor->close();

    showTab(window, window.overview(), QStringLiteral("table-overview"));
    showTab(window, window.partiql(), QStringLiteral("partiql"));
    showTab(window, window.transactions(), QStringLiteral("transactions"));
    showTab(window, window.streams(), QStringLiteral("streams"));
    showTab(window, window.triggers(), QStringLiteral("triggers"));
    auto *backups = window.operations()->page<views::BackupsPanel>();
    QVERIFY(backups);
    window.operations()->setCurrentPage(backups);
    showTab(window, window.operations(), QStringLiteral("operations-backups"));

    window.createTable();
    auto *create = window.findChild<views::CreateTableDialog *>();
    QVERIFY(create);
    QVERIFY(QTest::qWaitForWindowExposed(create));
    render(create, QStringLiteral("create-table"));
    create->close();

    views::PreferencesDialog *preferences = window.showPreferences();
    QVERIFY(QTest::qWaitForWindowExposed(preferences));
    render(preferences, QStringLiteral("preferences"));
    preferences->close();

    QAction *connections = nullptr;
    for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O))
            connections = action;
    }
    QVERIFY(connections);
    connections->trigger();
    auto *manager = window.findChild<views::ConnectionManagerDialog *>();
    QVERIFY(manager);
    QVERIFY(QTest::qWaitForWindowExposed(manager));
    render(manager, QStringLiteral("connections"));
    manager->close();

    QVERIFY2(m_problems.isEmpty(),
             qPrintable(QStringLiteral("%1 pieces of text do not fit:\n").arg(m_problems.size()) +
                        m_problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestScreenshotsDe)
#include "tst_screenshots_de.moc"
