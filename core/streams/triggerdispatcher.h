#pragma once

#include "shardinfo.h"
#include "streamrecord.h"
#include "triggerspec.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <memory>
#include <vector>

class QTimer;

namespace dyna::streams {

struct TriggerStats
{
    qint64 firings = 0;  // `fired` signals so far
    qint64 events = 0;   // payloads handed out by them
    QDateTime lastFired; // invalid before the first firing
    qint64 pending = 0;  // payloads queued for the next firing
};

// Hands what a StreamWatcher reads to the stream-backed triggers (main thread). Each trigger
// queues the payloads of the records it matches and hands them on as one batch at its own
// schedule, so a burst of writes makes one firing, not one per record.
class TriggerDispatcher : public QObject
{
    Q_OBJECT
public:
    explicit TriggerDispatcher(QObject *parent = nullptr);
    ~TriggerDispatcher() override;

    // Starts the trigger's schedule and returns its id (a new UUID when spec.id is empty).
    // Returns an empty string for ItemPolled (ItemPoller runs those), a schedule out of range
    // or an id already in use.
    QString addTrigger(TriggerSpec spec);
    // Drops the trigger and whatever it had queued; false when there is no such trigger.
    bool removeTrigger(const QString &id);
    // In the order they were added.
    QList<TriggerSpec> triggers() const;
    // Zeros for an unknown id.
    TriggerStats stats(const QString &id) const;
    // "Run now": fires at once when something is queued (the schedule keeps its pace).
    // Returns whether it fired.
    bool flush(const QString &id);

public Q_SLOTS:
    // For StreamWatcher::recordsArrived: RecordInserted / Modified / Removed triggers of the
    // record's table queue its toEventPayload().
    void deliver(const dyna::streams::StreamRecordList &records);
    // For StreamWatcher::shardOpened: ShardOpened triggers of the stream's table queue the
    // shard's payload.
    void deliverShardOpened(const dyna::streams::ShardInfo &shard, const QString &streamArn);

Q_SIGNALS:
    // The payloads queued since the last firing, in arrival order; never empty.
    void fired(const QString &triggerId, const QList<QJsonObject> &payloads);

private:
    struct Entry;
    Entry *find(const QString &id) const;
    void enqueue(TriggerKind kind, const QString &tableName, const QJsonObject &payload);
    bool fire(Entry &entry);

    std::vector<std::unique_ptr<Entry>> m_entries;
};

} // namespace dyna::streams
