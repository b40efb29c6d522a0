#include "triggerdispatcher.h"

#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <utility>

namespace dyna::streams {

struct TriggerDispatcher::Entry
{
    TriggerSpec spec;
    QTimer *timer = nullptr; // a child of the dispatcher
    QList<QJsonObject> queue;
    TriggerStats stats;
};

TriggerDispatcher::TriggerDispatcher(QObject *parent)
    : QObject(parent)
{}

TriggerDispatcher::~TriggerDispatcher() = default;

QString TriggerDispatcher::addTrigger(TriggerSpec spec)
{
    if (spec.kind == TriggerKind::ItemPolled || spec.scheduleMs <= 0 ||
        spec.scheduleMs > maxScheduleMs)
        return {};
    if (spec.id.isEmpty())
        spec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    else if (find(spec.id))
        return {};

    auto entry = std::make_unique<Entry>();
    entry->spec = spec;
    entry->timer = new QTimer(this);
    entry->timer->setInterval(int(spec.scheduleMs));
    Entry *raw = entry.get();
    connect(entry->timer, &QTimer::timeout, this, [this, raw] { fire(*raw); });
    entry->timer->start();
    m_entries.push_back(std::move(entry));
    return spec.id;
}

bool TriggerDispatcher::removeTrigger(const QString &id)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&id](const auto &entry) { return entry->spec.id == id; });
    if (it == m_entries.end())
        return false;
    // Later, because a slot connected to `fired` may remove the trigger while its timer is
    // still emitting timeout.
    QTimer *timer = (*it)->timer;
    timer->stop();
    disconnect(timer, nullptr, this, nullptr);
    timer->deleteLater();
    m_entries.erase(it);
    return true;
}

QList<TriggerSpec> TriggerDispatcher::triggers() const
{
    QList<TriggerSpec> specs;
    specs.reserve(qsizetype(m_entries.size()));
    for (const auto &entry : m_entries)
        specs.append(entry->spec);
    return specs;
}

TriggerStats TriggerDispatcher::stats(const QString &id) const
{
    const Entry *entry = find(id);
    return entry ? entry->stats : TriggerStats{};
}

bool TriggerDispatcher::flush(const QString &id)
{
    Entry *entry = find(id);
    return entry && fire(*entry);
}

void TriggerDispatcher::deliver(const StreamRecordList &records)
{
    for (const StreamRecord &record : records) {
        TriggerKind kind = TriggerKind::RecordInserted;
        switch (record.type) {
        case StreamEventType::Insert:
            kind = TriggerKind::RecordInserted;
            break;
        case StreamEventType::Modify:
            kind = TriggerKind::RecordModified;
            break;
        case StreamEventType::Remove:
            kind = TriggerKind::RecordRemoved;
            break;
        }
        enqueue(kind, record.tableName(), record.toEventPayload());
    }
}

void TriggerDispatcher::deliverShardOpened(const ShardInfo &shard, const QString &streamArn)
{
    enqueue(TriggerKind::ShardOpened, tableNameFromStreamArn(streamArn),
            shard.toEventPayload(streamArn));
}

TriggerDispatcher::Entry *TriggerDispatcher::find(const QString &id) const
{
    for (const auto &entry : m_entries) {
        if (entry->spec.id == id)
            return entry.get();
    }
    return nullptr;
}

void TriggerDispatcher::enqueue(TriggerKind kind, const QString &tableName,
                                const QJsonObject &payload)
{
    // DynamoDB table names are case-sensitive.
    for (const auto &entry : m_entries) {
        if (entry->spec.kind == kind && entry->spec.tableName == tableName) {
            entry->queue.append(payload);
            entry->stats.pending = entry->queue.size();
        }
    }
}

bool TriggerDispatcher::fire(Entry &entry)
{
    if (entry.queue.isEmpty())
        return false;
    // Taken out first: a slot connected to `fired` may deliver more records or remove the
    // trigger (which deletes `entry`).
    const QList<QJsonObject> payloads = std::exchange(entry.queue, {});
    const QString id = entry.spec.id;
    entry.stats.firings += 1;
    entry.stats.events += payloads.size();
    entry.stats.lastFired = QDateTime::currentDateTimeUtc();
    entry.stats.pending = 0;
    Q_EMIT fired(id, payloads);
    return true;
}

} // namespace dyna::streams
