#pragma once

#include <QMainWindow>

class QSettings;
class QTabWidget;

namespace dyna::profiles {
class ProfileStore;
} // namespace dyna::profiles

namespace dyna::session {
class Preferences;
class Session;
class StatementHistory;
} // namespace dyna::session

namespace dyna::views {
class AboutDialog;
class ItemsPanel;
class NavigationPanel;
class OperationsPanel;
class PreferencesDialog;
class ProductionMarker;
class ShortcutsDialog;
class WriteConfirmation;
class PartiqlPanel;
class StreamInspectorPanel;
class TransactionPanel;
class TriggersPanel;
class TableOverviewPanel;
class WorkspaceState;
} // namespace dyna::views

namespace dyna::app {

// Thin on purpose: it lays out the panels, menus and the status bar; the panels do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `history` keeps the PartiQL statements run and saved (a file the caller chooses).
    MainWindow(session::Session *session, profiles::ProfileStore *profiles, QSettings *settings,
               session::StatementHistory *history, QWidget *parent = nullptr);

    views::NavigationPanel *navigation() const { return m_navigation; }
    views::TableOverviewPanel *overview() const { return m_overview; }
    views::ItemsPanel *items() const { return m_items; }
    views::PartiqlPanel *partiql() const { return m_partiql; }
    views::TransactionPanel *transactions() const { return m_transactions; }
    views::StreamInspectorPanel *streams() const { return m_streams; }
    views::TriggersPanel *triggers() const { return m_triggers; }
    views::OperationsPanel *operations() const { return m_operations; }
    QTabWidget *tabs() const { return m_tabs; }
    void showProgress(const QString &text);
    // Help > About: versions and licences (DynamoDB Local's too when connected to one).
    views::AboutDialog *showAbout();
    views::PreferencesDialog *showPreferences();
    views::ShortcutsDialog *showShortcuts();
    session::Preferences *preferences() const { return m_preferences; }
    views::WriteConfirmation *writeConfirmation() const { return m_writeConfirmation; }
    views::ProductionMarker *productionMarker() const { return m_productionMarker; }
    // Saves and restores the layout and what is typed, per connection.
    views::WorkspaceState *workspace() const { return m_workspace; }

    void createTable();
    void updateTable();
    void deleteTable();

private:
    void showConnectionManager();
    void connectToProfile(const QUuid &profileId);
    void showTable(const QString &tableName);
    void afterTableChange(const QString &tableName);
    // The Add Trigger dialog starts from the table shown, with its keys and size.
    void offerTableToTriggers(const QString &tableName);
    void applyPreferences();

    session::Session *m_session;
    profiles::ProfileStore *m_profiles;
    views::NavigationPanel *m_navigation;
    views::TableOverviewPanel *m_overview;
    views::ItemsPanel *m_items;
    views::PartiqlPanel *m_partiql;
    views::TransactionPanel *m_transactions;
    views::StreamInspectorPanel *m_streams;
    views::TriggersPanel *m_triggers;
    views::OperationsPanel *m_operations;
    QTabWidget *m_tabs;
    session::Preferences *m_preferences;
    views::WriteConfirmation *m_writeConfirmation;
    views::ProductionMarker *m_productionMarker = nullptr;
    views::WorkspaceState *m_workspace = nullptr;
};

} // namespace dyna::app
