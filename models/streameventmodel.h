#pragma once

#include "streams/streamrecord.h"

#include <QAbstractTableModel>

#include <deque>

class QIODevice;

namespace dyna::models {

// The live feed of the Streams inspector: one row per stream record, oldest first.
//
// append() only queues records; one flush per event-loop turn inserts everything queued with a
// single beginInsertRows, so a busy stream costs one view update per turn, not one per batch.
// The rows are bounded by capacity(): the oldest go first, and every record dropped that way is
// counted (droppedCount()), never lost silently. Texts are built in data(), rows stay as the
// records themselves.
class StreamEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        EventColumn,
        KeysColumn,
        SizeColumn,
        ShardColumn,
        SequenceColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        EventTypeRole = Qt::UserRole + 1, // int of streams::StreamEventType
        KeysTextRole,                     // "pk=order#1, sk=42"
        SearchTextRole,                   // keys, old and new image as compact JSON
        SequenceRole,                     // the sequence number
    };
    Q_ENUM(Role)

    static constexpr int DefaultCapacity = 100000;

    explicit StreamEventModel(QObject *parent = nullptr);
    ~StreamEventModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Queues records; they become rows on the next flush (once per event-loop turn).
    void append(const streams::StreamRecordList &records);

    void setCapacity(int capacity); // at least 1; lowering it drops the oldest rows at once
    int capacity() const { return m_capacity; }

    // While paused, rows stay as they are and appended records wait (bounded by capacity).
    // Resuming inserts them at once.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    int pendingCount() const { return int(m_pending.size()); }
    qint64 droppedCount() const { return m_dropped; }
    qint64 totalReceived() const { return m_received; }
    // Removes every row and pending record and sets the counters to 0.
    void clear();

    const streams::StreamRecord &record(int row) const { return m_rows.at(std::size_t(row)); }

    // One compact JSON object (StreamRecord::toEventPayload()) per line, for the given rows in
    // that order, or every row when rows is empty; rows out of range are skipped. Returns the
    // lines written, -1 on a write error.
    qint64 writeJsonLines(QIODevice *device, const QList<int> &rows = {}) const;

    // The keys as "name=value" pairs sorted by name: numbers as written, binary as base64.
    // One wire attribute value ({"S": "x"}, {"N": "1.50"}, {"M": {...}}…) as one readable line:
    // scalars plain (numbers keep their exact text), sets, maps and lists as compact JSON.
    static QString valueText(const QJsonValue &wire);
    static QString keysText(const streams::StreamRecord &record);
    // Keys, old image and new image as compact DynamoDB JSON, for free-text search.
    static QString searchText(const streams::StreamRecord &record);
    static QString sizeText(qint64 bytes);

Q_SIGNALS:
    void droppedChanged(qint64 total);
    // After each flush, drop and clear: row, pending, dropped or received counts changed.
    void countsChanged();

private:
    void scheduleFlush();
    void flush();
    void dropOldestRows(std::size_t count);
    void trimPending();
    void reportCounts();

    std::deque<streams::StreamRecord> m_rows;
    std::deque<streams::StreamRecord> m_pending;
    int m_capacity = DefaultCapacity;
    bool m_paused = false;
    bool m_flushScheduled = false;
    qint64 m_dropped = 0;
    qint64 m_droppedReported = 0;
    qint64 m_received = 0;
};

} // namespace dyna::models
