#pragma once

#include <QMainWindow>

class QSettings;

namespace dyna::profiles {
class ProfileStore;
} // namespace dyna::profiles

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {
class NavigationPanel;
class TableOverviewPanel;
} // namespace dyna::views

namespace dyna::app {

// Thin on purpose: it lays out the panels and the status bar; the panels do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(session::Session *session, profiles::ProfileStore *profiles, QSettings *settings,
               QWidget *parent = nullptr);

    views::NavigationPanel *navigation() const { return m_navigation; }
    void showProgress(const QString &text);

private:
    void showConnectionManager();
    void connectToProfile(const QUuid &profileId);

    session::Session *m_session;
    profiles::ProfileStore *m_profiles;
    views::NavigationPanel *m_navigation;
    views::TableOverviewPanel *m_overview;
};

} // namespace dyna::app
