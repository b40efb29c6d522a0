#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace dyna::streams {

enum class StreamEventType { Insert, Modify, Remove };

// "INSERT", "MODIFY", "REMOVE": the eventName DynamoDB Streams writes.
QString eventTypeName(StreamEventType type);
std::optional<StreamEventType> eventTypeFromName(const QString &name);

// Sequence numbers are decimal strings of up to 40 digits: compared as numbers, not as text.
// Negative when a comes first.
int compareSequenceNumbers(const QString &a, const QString &b);

// One change record of a DynamoDB stream, as GetRecords returns it, with the shard and stream it
// was read from. Keys and images stay in the wire format ({"S": ...}, {"N": "..."}), so numbers
// keep every digit.
struct StreamRecord
{
    QString eventId;
    StreamEventType type = StreamEventType::Insert;
    QString streamArn;
    QString shardId;
    QString sequenceNumber;
    QDateTime approximateCreation; // UTC; DynamoDB rounds it (to the second, or the minute)
    qint64 sizeBytes = 0;
    QString streamViewType; // KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES
    QJsonObject keys;
    QJsonObject oldImage; // empty when the view type or the event has none
    QJsonObject newImage;
    qint64 receivedMsecs = 0; // when the consumer read it, ms since the epoch (UTC)

    // Reads one element of GetRecords' Records. nullopt (and `error` set) when it is not a
    // DynamoDB change record.
    static std::optional<StreamRecord> fromWire(const QJsonObject &record, const QString &streamArn,
                                                const QString &shardId, QString *error = nullptr);

    // The event payload the triggers hand out, after the seed's stream event schemas:
    // eventName, eventId, tableName, streamArn, shardId, sequenceNumber,
    // approximateCreationDateTime (ISO 8601 UTC), sizeBytes, keys, and newImage / oldImage when
    // the record has them.
    QJsonObject toEventPayload() const;
    // The table name inside the stream ARN ("arn:...:table/<name>/stream/<label>").
    QString tableName() const;
    // Attribute names whose value differs between the old and the new image (added, removed or
    // changed), sorted.
    QStringList changedAttributes() const;
};

using StreamRecordList = QList<StreamRecord>;

// The table name in a stream ARN; empty when it is not one.
QString tableNameFromStreamArn(const QString &streamArn);

} // namespace dyna::streams

Q_DECLARE_METATYPE(dyna::streams::StreamRecord)
Q_DECLARE_METATYPE(dyna::streams::StreamRecordList)
