#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

class QMainWindow;
class QSettings;
class QSplitter;
class QTabWidget;
class QTimer;

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {

class ItemsPanel;
class NavigationPanel;
class OperationsPanel;
class PartiqlPanel;
class StreamInspectorPanel;
class TransactionPanel;

// Remembers the user's work across starts: the window's geometry (for every connection) and,
// per connection, the tab in front, the selected table, what is typed in the query builder, the
// PartiQL editor, the transaction rows and the stream filters, and each table's grid column
// widths and sort order. Changes are written to the settings at most a second after they
// happen (a crash loses at most that second), and at once when the window closes or the
// connection changes.
class WorkspaceState : public QObject
{
    Q_OBJECT
public:
    struct Panels
    {
        QTabWidget *tabs = nullptr;
        QSplitter *splitter = nullptr;
        NavigationPanel *navigation = nullptr;
        ItemsPanel *items = nullptr;
        PartiqlPanel *partiql = nullptr;
        TransactionPanel *transactions = nullptr;
        StreamInspectorPanel *streams = nullptr;
        OperationsPanel *operations = nullptr;
    };

    // Restores the window's geometry and, when connected, that connection's work at once.
    WorkspaceState(QMainWindow *window, session::Session *session, QSettings *settings,
                   const Panels &panels);
    ~WorkspaceState() override;

    // The settings group under "workspace/" that holds a connection's work: "profile-<id>"
    // for a saved profile, "local-<endpoint URL, percent-encoded>" otherwise; empty when not
    // connected.
    static QString connectionKey(const session::Session *session);
    QString currentKey() const { return m_key; }

    // Writes everything now.
    void save();
    // The longest wait between a change and its write (1000 ms by default).
    void setSaveDelay(int ms);

Q_SIGNALS:
    // After each write to the settings.
    void saved();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleSave();
    void onConnectionChanged();
    void restoreConnection();
    void saveConnection();
    void selectPendingTable();
    void onTableSelected(const QString &tableName);
    void onTableReady(const QString &tableName);
    void applyGrid();
    void onSectionResized(int section, int newSize);
    void onSectionClicked();
    void watchTransactionRows();
    QJsonObject transactionState() const;
    void restoreTransactions(const QJsonObject &state);
    QString groupOf(const QString &key) const;
    bool isCurrent() const;

    QMainWindow *m_window;
    session::Session *m_session;
    QSettings *m_settings;
    Panels m_panels;
    QTimer *m_timer;
    QString m_key;
    quint64 m_generation = 0;
    QString m_table;
    QString m_pendingTable;
    QString m_pendingIndex;
    // The grid layout of the table the items panel shows: {"widths": {column: px},
    // "sortColumn", "descending"}.
    QString m_gridTable;
    QJsonObject m_grid;
    bool m_sortApplied = false;
    bool m_restoring = false;
};

} // namespace dyna::views
