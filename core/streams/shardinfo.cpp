#include "shardinfo.h"

namespace dyna::streams {

std::optional<ShardInfo> ShardInfo::fromWire(const QJsonObject &shard)
{
    ShardInfo info;
    info.shardId = shard.value(QLatin1String("ShardId")).toString();
    if (info.shardId.isEmpty())
        return std::nullopt;
    info.parentShardId = shard.value(QLatin1String("ParentShardId")).toString();
    const QJsonObject range = shard.value(QLatin1String("SequenceNumberRange")).toObject();
    info.startingSequenceNumber = range.value(QLatin1String("StartingSequenceNumber")).toString();
    info.endingSequenceNumber = range.value(QLatin1String("EndingSequenceNumber")).toString();
    return info;
}

QJsonObject ShardInfo::toEventPayload(const QString &streamArn) const
{
    QJsonObject payload{
        {QStringLiteral("eventName"), QStringLiteral("SHARD_OPENED")},
        {QStringLiteral("streamArn"), streamArn},
        {QStringLiteral("shardId"), shardId},
        {QStringLiteral("startingSequenceNumber"), startingSequenceNumber},
    };
    if (!parentShardId.isEmpty())
        payload.insert(QStringLiteral("parentShardId"), parentShardId);
    return payload;
}

} // namespace dyna::streams
