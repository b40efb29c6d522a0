#pragma once

#include <QDialog>

class QTreeWidget;

namespace dyna::views {

// Help > Keyboard Shortcuts (F1 or Ctrl+/): every shortcut the window's menus, panels and
// buttons really have, read from them when the sheet opens, grouped by where they work.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace dyna::views
