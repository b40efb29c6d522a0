#pragma once

#include <QMainWindow>

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {
class TableListPanel;
class TableOverviewPanel;
} // namespace dyna::views

namespace dyna::app {

// Thin on purpose: it lays out the panels and the status bar; the panels do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(session::Session *session, QWidget *parent = nullptr);

    views::TableListPanel *tableList() const { return m_tableList; }
    void showProgress(const QString &text);

private:
    session::Session *m_session;
    views::TableListPanel *m_tableList;
    views::TableOverviewPanel *m_overview;
};

} // namespace dyna::app
