#include "shortcutsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dyna::views {

namespace {

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    return text;
}

// The tab page a widget lives in, as the user knows it.
QString placeOf(QWidget *widget, const QWidget *window)
{
    for (QWidget *child = widget; child && child != window; child = child->parentWidget()) {
        QWidget *parent = child->parentWidget();
        const auto *tabs =
            parent ? qobject_cast<const QTabWidget *>(parent->parentWidget()) : nullptr;
        const int index = tabs ? tabs->indexOf(child) : -1;
        if (index >= 0)
            return plain(tabs->tabText(index));
    }
    return ShortcutsDialog::tr("Window");
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(true);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));

    // Group -> (action -> shortcut); QMap keeps both sorted.
    QMap<QString, QMap<QString, QString>> groups;
    const auto add = [&groups](const QString &group, const QString &action,
                               const QKeySequence &keys) {
        if (keys.isEmpty() || action.isEmpty())
            return;
        QString &shown = groups[group][plain(action)];
        const QString text = keys.toString(QKeySequence::NativeText);
        if (!shown.split(QStringLiteral(", ")).contains(text))
            shown = shown.isEmpty() ? text : shown + QStringLiteral(", ") + text;
    };
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->menu() || action->isSeparator())
            continue;
        QString group = tr("Window");
        const QList<QObject *> users = action->associatedObjects();
        for (QObject *user : users) {
            if (auto *menu = qobject_cast<QMenu *>(user)) {
                group = tr("%1 menu").arg(plain(menu->title()));
                break;
            }
            if (auto *widget = qobject_cast<QWidget *>(user)) {
                group = placeOf(widget, window);
                break;
            }
        }
        for (const QKeySequence &keys : action->shortcuts())
            add(group, action->text(), keys);
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        const QString name = button->text().isEmpty()
                                 ? button->toolTip().section(QLatin1Char('('), 0, 0).trimmed()
                                 : button->text();
        add(placeOf(button, window), name, button->shortcut());
    }
    for (auto group = groups.begin(); group != groups.end(); ++group) {
        auto *header = new QTreeWidgetItem(m_list, {group.key()});
        header->setFirstColumnSpanned(true);
        for (auto entry = group->begin(); entry != group->end(); ++entry)
            new QTreeWidgetItem(header, {entry.key(), entry.value()});
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Shortcuts work where the named tab has the focus; menu and "
                                    "window shortcuts work everywhere."),
                                 this));
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 620);
}

} // namespace dyna::views
