#pragma once

#include "streams/consumeroptions.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
class QToolButton;
class QTreeView;

namespace dyna::session {
class Session;
}

namespace dyna::streams {
class StreamWatcher;
}

namespace dyna::models {
class ShardStatusModel;
class StreamEventFilter;
class StreamEventModel;
} // namespace dyna::models

namespace dyna::views {

class EmptyState;
class StreamRecordDetail;

// The live DynamoDB Streams inspector: watches one table's stream, lists its change records
// (bounded, filterable, pausable), shows the selected record's images side by side and the shard
// lineage with its lag. Drops, gaps and failures are shown in banners, never silently.
class StreamInspectorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StreamInspectorPanel(session::Session *session, QWidget *parent = nullptr);
    ~StreamInspectorPanel() override;

    // The table selected in the navigation tree. A running watcher keeps watching its table
    // until the user presses Start again.
    void showTable(const QString &tableName);
    QString selectedTable() const { return m_selectedTable; }
    // The table being (or last) watched; empty before the first Start.
    QString watchedTable() const { return m_watchedTable; }

    // Writes one JSON line per event (the rows the filter shows, or every row) through a
    // QSaveFile. False with *error set when the file cannot be written.
    bool exportTo(const QString &path, bool visibleOnly, QString *error);

    // Preferences: the records the list keeps, and the shortest wait between two GetRecords
    // calls on a shard (used from the next Start).
    void setBufferSize(int records);
    void setMinPollInterval(int ms) { m_minPollMs = ms; }

    streams::StreamWatcher *watcher() const { return m_watcher; }
    models::StreamEventModel *model() const { return m_model; }
    models::StreamEventFilter *filter() const { return m_filter; }
    models::ShardStatusModel *shardModel() const { return m_shards; }
    StreamRecordDetail *detail() const { return m_detail; }

private:
    void startWatching();
    void stopWatching();
    void exportWithDialog();
    void updateEventTypes();
    void updateControls();
    void updateTitle();
    void updateStatus();
    void sampleRate();
    void showCurrentRecord();
    void showDropped(qint64 total);

    session::Session *m_session;
    streams::StreamWatcher *m_watcher;
    models::StreamEventModel *m_model;
    models::StreamEventFilter *m_filter;
    models::ShardStatusModel *m_shards;

    QLabel *m_title = nullptr;
    QComboBox *m_startPosition = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QSpinBox *m_bufferSize = nullptr;
    QToolButton *m_insertFilter = nullptr;
    QToolButton *m_modifyFilter = nullptr;
    QToolButton *m_removeFilter = nullptr;
    QLineEdit *m_keyFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QLabel *m_droppedBanner = nullptr;
    QLabel *m_gapBanner = nullptr;
    QLabel *m_problemBanner = nullptr;
    QTableView *m_events = nullptr;
    EmptyState *m_eventsEmpty = nullptr;
    StreamRecordDetail *m_detail = nullptr;
    QTreeView *m_shardTree = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_note = nullptr;
    QTimer *m_rateTimer = nullptr;

    QString m_selectedTable;
    QString m_watchedTable;
    QList<qint64> m_receivedSamples; // totalReceived() once a second, the last 6 seconds
    bool m_followTail = true;
    int m_minPollMs = streams::ConsumerOptions().minPollIntervalMs;
};

} // namespace dyna::views
