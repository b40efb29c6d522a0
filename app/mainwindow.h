#pragma once

#include <QMainWindow>

namespace dyna::profiles {
class ProfileStore;
} // namespace dyna::profiles

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
    MainWindow(session::Session *session, profiles::ProfileStore *profiles,
               QWidget *parent = nullptr);

    views::TableListPanel *tableList() const { return m_tableList; }
    void showProgress(const QString &text);

private:
    void showConnectionManager();
    void connectToProfile(const QUuid &profileId);

    session::Session *m_session;
    profiles::ProfileStore *m_profiles;
    views::TableListPanel *m_tableList;
    views::TableOverviewPanel *m_overview;
};

} // namespace dyna::app
