#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace dyna::streams {

// One shard as DescribeStream lists it.
struct ShardInfo
{
    QString shardId;
    QString parentShardId;          // empty for a root shard
    QString startingSequenceNumber; // of its SequenceNumberRange
    QString endingSequenceNumber;   // empty while the shard is open

    bool isClosed() const { return !endingSequenceNumber.isEmpty(); }
    static std::optional<ShardInfo> fromWire(const QJsonObject &shard);
    // The payload of a "shard opened" event (the seed's streamShardOpened): eventName
    // "SHARD_OPENED", streamArn, shardId, parentShardId, startingSequenceNumber.
    QJsonObject toEventPayload(const QString &streamArn) const;
};

// What the consumer knows of one shard right now, for the inspector's lag and lineage views.
struct ShardStatus
{
    enum class State {
        Waiting, // its parent is still being read
        Reading, // an iterator is open
        Drained, // closed and read to its end
        Failed,  // the last call failed; the consumer retries later
    };

    ShardInfo shard;
    State state = State::Waiting;
    QString lastSequenceNumber; // the last record delivered (the checkpoint), empty before any
    qint64 recordsDelivered = 0;
    // now minus the ApproximateCreationDateTime of the newest record delivered; 0 once the shard
    // was read up to its tip (an empty GetRecords), -1 before anything was read.
    qint64 lagMs = -1;
    double recordsPerSecond = 0; // over the last few seconds
    QString problem;             // why the last call failed, for State::Failed
};

using ShardStatusList = QList<ShardStatus>;

} // namespace dyna::streams

Q_DECLARE_METATYPE(dyna::streams::ShardInfo)
Q_DECLARE_METATYPE(dyna::streams::ShardStatus)
Q_DECLARE_METATYPE(dyna::streams::ShardStatusList)
