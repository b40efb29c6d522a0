#pragma once

#include "streams/triggerdispatcher.h"
#include "streams/triggerspec.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace dyna::aws {
class AwsError;
} // namespace dyna::aws

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::streams {
class ItemPoller;
class StreamWatcher;
} // namespace dyna::streams

namespace dyna::views {

class TriggerDialog;

// The stream triggers of the console: stream-backed triggers fed by the Streams inspector's
// watcher, and itemPolled triggers that scan their table on their own connection. A table lists
// them with their counters; a log below has one line per event handed on, its JSON shown when
// the line is selected.
class TriggersPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        TriggerColumn,
        TableColumn,
        ScheduleColumn,
        PendingColumn,
        EventsColumn,
        FiringsColumn,
        LastFiredColumn,
        ColumnCount
    };

    // The log keeps this many lines, dropping the oldest.
    static constexpr int kMaxLogLines = 1000;

    TriggersPanel(session::Session *session, streams::StreamWatcher *watcher,
                  QWidget *parent = nullptr);
    ~TriggersPanel() override;

    // Starts the trigger (an itemPolled one scans for its baseline at once when connected) and
    // returns its id, empty when it is refused (invalid, or its id is in use). A given id names
    // the trigger in the table and the log.
    QString addTrigger(const streams::TriggerSpec &spec);
    bool removeTrigger(const QString &id);
    // Stream triggers fire what they queued; itemPolled triggers poll now (restarting on the
    // current connection when a connection change stopped them).
    void runNow(const QString &id);
    // In the order they were added.
    QStringList triggerIds() const;

    // The table selected in the navigation tree: what the Add dialog is prefilled with.
    void setTable(const QString &tableName, const QStringList &keyAttributes,
                  qint64 tableSizeBytes);

    streams::TriggerDispatcher *dispatcher() const { return m_dispatcher; }
    // The open Add dialog, if any.
    TriggerDialog *dialog() const;

private:
    struct Trigger
    {
        streams::TriggerSpec spec;
        QString label;                         // the given id, or the trigger's name
        streams::ItemPoller *poller = nullptr; // itemPolled only
        streams::TriggerStats pollStats;       // itemPolled only; the dispatcher counts the others
        bool baselineLogged = false;
    };

    Trigger *find(const QString &id);
    int selectedRow() const;
    void openDialog();
    void startPoller(Trigger &trigger);
    void stopPollers();
    void logPayloads(const QString &label, const QList<QJsonObject> &payloads);
    void logLine(const QString &text, const QString &detail = {});
    void showSelectedLogLine();
    void refreshTable();
    void updateButtons();

    session::Session *m_session;
    QPointer<streams::StreamWatcher> m_watcher;
    streams::TriggerDispatcher *m_dispatcher;
    QList<Trigger> m_triggers;
    QStringList m_logDetails; // one per log line: the JSON shown when it is selected

    QString m_tableName;
    QStringList m_keyAttributes;
    qint64 m_tableSizeBytes = -1;

    QLabel *m_note;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_runButton;
    QPlainTextEdit *m_log;
    QPlainTextEdit *m_detail;
    QTimer *m_refreshTimer;
    QPointer<TriggerDialog> m_dialog;
};

} // namespace dyna::views
