#include "streamsimulator.h"

#include "loopbackserver.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace dyna::test {

namespace {

const QString kStreamsPrefix = QStringLiteral("DynamoDBStreams_20120810");
const QString kStreamLabel = QStringLiteral("2026-11-30T00:00:00.000");
const QString kViewType = QStringLiteral("NEW_AND_OLD_IMAGES");
const QString kRegion = QStringLiteral("us-east-1");
constexpr int kMaxDescribeLimit = 100;
constexpr int kMaxGetRecordsLimit = 1000;

QString sequenceString(qint64 sequence)
{
    return QStringLiteral("%1").arg(sequence, 21, 10, QLatin1Char('0'));
}

// Digits only, and small enough to be one this simulator could have issued.
std::optional<qint64> parseSequence(const QString &text)
{
    if (text.isEmpty() ||
        !std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

LoopbackReply validation(const QString &message)
{
    return LoopbackReply::error(400, QStringLiteral("ValidationException"), message);
}

LoopbackReply notFound(const QString &message)
{
    return LoopbackReply::error(400, QStringLiteral("ResourceNotFoundException"), message);
}

LoopbackReply limitTooHigh(int value, int max)
{
    return validation(QStringLiteral("1 validation error detected: Value '%1' at 'limit' failed "
                                     "to satisfy constraint: Member must have value less than "
                                     "or equal to %2")
                          .arg(value)
                          .arg(max));
}

} // namespace

StreamSimulator::StreamSimulator(const QString &tableName, QObject *parent)
    : QObject(parent)
    , m_server(new LoopbackServer(this))
{
    init(tableName);
}

StreamSimulator::StreamSimulator(LoopbackServer *server, const QString &tableName, QObject *parent)
    : QObject(parent)
    , m_server(server)
{
    init(tableName);
}

StreamSimulator::~StreamSimulator()
{
    // A server given to us may outlive us: it must not call into a dead simulator.
    if (m_server)
        m_server->setHandler({});
}

void StreamSimulator::init(const QString &tableName)
{
    m_tableName = tableName;
    m_streamArn = QStringLiteral("arn:aws:dynamodb:%1:123456789012:table/%2/stream/%3")
                      .arg(kRegion, tableName, kStreamLabel);
    m_keySchema = QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                         {QStringLiteral("KeyType"), QStringLiteral("HASH")}}};
    m_server->setHandler([this](const LoopbackRequest &request) { return handle(request); });
}

bool StreamSimulator::listen()
{
    return m_server->listen();
}

aws::ClientConfig StreamSimulator::clientConfig() const
{
    return m_server->clientConfig(kRegion);
}

void StreamSimulator::setKeySchema(const QJsonArray &keySchema)
{
    m_keySchema = keySchema;
}

void StreamSimulator::addShard(const QString &shardId, const QString &parentShardId)
{
    Shard shard;
    shard.id = shardId;
    shard.parentId = parentShardId;
    shard.startingSequence = m_lastSequence + 1;
    m_shards.append(shard);
}

void StreamSimulator::closeShard(const QString &shardId)
{
    Shard *shard = findShard(shardId);
    if (!shard || shard->closed)
        return;
    shard->closed = true;
    shard->endingSequence =
        shard->records.isEmpty() ? shard->startingSequence : shard->records.last().first;
}

void StreamSimulator::split(const QString &parentId, const QString &childA, const QString &childB)
{
    closeShard(parentId);
    addShard(childA, parentId);
    addShard(childB, parentId);
}

QString StreamSimulator::appendRecord(const QString &shardId, const QString &eventName,
                                      const QJsonObject &keys, const QJsonObject &newImage,
                                      const QJsonObject &oldImage)
{
    Shard *shard = findShard(shardId);
    if (!shard || shard->closed) {
        qWarning("StreamSimulator: cannot append to unknown or closed shard %s",
                 qPrintable(shardId));
        return {};
    }
    const qint64 sequence = ++m_lastSequence;
    QJsonObject dynamodb{
        {QStringLiteral("ApproximateCreationDateTime"), double(QDateTime::currentSecsSinceEpoch())},
        {QStringLiteral("Keys"), keys},
        {QStringLiteral("SequenceNumber"), sequenceString(sequence)},
        {QStringLiteral("StreamViewType"), kViewType},
    };
    if (!newImage.isEmpty())
        dynamodb.insert(QStringLiteral("NewImage"), newImage);
    if (!oldImage.isEmpty())
        dynamodb.insert(QStringLiteral("OldImage"), oldImage);
    // An approximation of DynamoDB's figure: the size of what the record carries.
    const qint64 size = QJsonDocument(keys).toJson(QJsonDocument::Compact).size() +
                        QJsonDocument(newImage).toJson(QJsonDocument::Compact).size() +
                        QJsonDocument(oldImage).toJson(QJsonDocument::Compact).size();
    dynamodb.insert(QStringLiteral("SizeBytes"), double(size));
    const QJsonObject record{
        {QStringLiteral("eventID"), QUuid::createUuid().toString(QUuid::Id128)},
        {QStringLiteral("eventName"), eventName},
        {QStringLiteral("eventVersion"), QStringLiteral("1.1")},
        {QStringLiteral("eventSource"), QStringLiteral("aws:dynamodb")},
        {QStringLiteral("awsRegion"), kRegion},
        {QStringLiteral("dynamodb"), dynamodb},
    };
    shard->records.append({sequence, record});
    return sequenceString(sequence);
}

QStringList StreamSimulator::shardIds() const
{
    QStringList ids;
    for (const Shard &shard : m_shards)
        ids.append(shard.id);
    return ids;
}

void StreamSimulator::trimBefore(const QString &sequenceNumber)
{
    const qint64 through = parseSequence(sequenceNumber).value_or(0);
    for (Shard &shard : m_shards) {
        while (!shard.records.isEmpty() && shard.records.first().first <= through) {
            shard.trimmedThrough = shard.records.first().first;
            shard.records.removeFirst();
        }
    }
}

void StreamSimulator::expireIterators()
{
    for (Iterator &iterator : m_iterators)
        iterator.expired = true;
}

void StreamSimulator::failNext(const QString &operation, int status, const QString &code, int count)
{
    for (int i = 0; i < count; ++i)
        m_faults[operation].push_back({status, code});
}

QList<qint64> StreamSimulator::getRecordsCalls(const QString &shardId) const
{
    return m_getRecordsCalls.value(shardId);
}

int StreamSimulator::callCount(const QString &operation) const
{
    return m_callCounts.value(operation);
}

LoopbackReply StreamSimulator::handle(const LoopbackRequest &request)
{
    if (request.targetPrefix != kStreamsPrefix)
        return LoopbackReply::error(400, QStringLiteral("UnknownOperationException"), {})
            .withDelay(m_latencyMs);

    ++m_callCounts[request.operation];
    const QJsonObject &input = request.json;
    // Observed before any fault, so that tests also see the calls that failed.
    if (request.operation == QLatin1String("GetRecords")) {
        const auto iterator =
            m_iterators.constFind(input.value(QStringLiteral("ShardIterator")).toString());
        if (iterator != m_iterators.cend())
            m_getRecordsCalls[iterator->shardId].append(request.receivedMs);
    } else if (request.operation == QLatin1String("GetShardIterator")) {
        m_iteratorRequests.append({input.value(QStringLiteral("ShardId")).toString(),
                                   input.value(QStringLiteral("ShardIteratorType")).toString(),
                                   input.value(QStringLiteral("SequenceNumber")).toString()});
    }

    std::deque<Fault> &faults = m_faults[request.operation];
    if (!faults.empty()) {
        const Fault fault = faults.front();
        faults.pop_front();
        if (fault.code == dropConnectionCode())
            return LoopbackReply::dropConnection().withDelay(m_latencyMs);
        return LoopbackReply::error(fault.status, fault.code,
                                    QStringLiteral("Injected by the stream simulator."))
            .withDelay(m_latencyMs);
    }

    LoopbackReply reply;
    if (request.operation == QLatin1String("ListStreams"))
        reply = listStreams(input);
    else if (request.operation == QLatin1String("DescribeStream"))
        reply = describeStream(input);
    else if (request.operation == QLatin1String("GetShardIterator"))
        reply = getShardIterator(input);
    else
        reply = getRecords(input);
    return reply.withDelay(m_latencyMs);
}

LoopbackReply StreamSimulator::listStreams(const QJsonObject &input) const
{
    const int limit = input.value(QStringLiteral("Limit")).toInt(kMaxDescribeLimit);
    if (limit > kMaxDescribeLimit)
        return limitTooHigh(limit, kMaxDescribeLimit);
    const QString table = input.value(QStringLiteral("TableName")).toString();
    const bool listed =
        (table.isEmpty() || table == m_tableName) &&
        input.value(QStringLiteral("ExclusiveStartStreamArn")).toString() != m_streamArn;
    QJsonArray streams;
    if (listed)
        streams.append(QJsonObject{{QStringLiteral("StreamArn"), m_streamArn},
                                   {QStringLiteral("TableName"), m_tableName},
                                   {QStringLiteral("StreamLabel"), kStreamLabel}});
    return LoopbackReply::json(QJsonObject{{QStringLiteral("Streams"), streams}});
}

LoopbackReply StreamSimulator::describeStream(const QJsonObject &input) const
{
    if (input.value(QStringLiteral("StreamArn")).toString() != m_streamArn)
        return notFound(QStringLiteral("Requested resource not found: Stream: %1 not found")
                            .arg(input.value(QStringLiteral("StreamArn")).toString()));
    int limit = input.value(QStringLiteral("Limit")).toInt(kMaxDescribeLimit);
    if (limit > kMaxDescribeLimit)
        return limitTooHigh(limit, kMaxDescribeLimit);
    if (m_describePageSize > 0)
        limit = std::min(limit, m_describePageSize);

    qsizetype first = 0;
    const QString startAfter = input.value(QStringLiteral("ExclusiveStartShardId")).toString();
    if (!startAfter.isEmpty()) {
        const auto it = std::find_if(m_shards.cbegin(), m_shards.cend(),
                                     [&](const Shard &shard) { return shard.id == startAfter; });
        if (it == m_shards.cend())
            return validation(
                QStringLiteral("ExclusiveStartShardId %1 is not a shard of this stream.")
                    .arg(startAfter));
        first = std::distance(m_shards.cbegin(), it) + 1;
    }
    QJsonArray shards;
    qsizetype index = first;
    for (; index < m_shards.size() && shards.size() < limit; ++index)
        shards.append(shardDescription(m_shards.at(index)));

    QJsonObject description{
        {QStringLiteral("StreamArn"), m_streamArn},
        {QStringLiteral("StreamLabel"), kStreamLabel},
        {QStringLiteral("StreamStatus"), QStringLiteral("ENABLED")},
        {QStringLiteral("StreamViewType"), kViewType},
        {QStringLiteral("CreationRequestDateTime"),
         double(QDateTime(QDate(2026, 11, 30), QTime(0, 0), Qt::UTC).toSecsSinceEpoch())},
        {QStringLiteral("TableName"), m_tableName},
        {QStringLiteral("KeySchema"), m_keySchema},
        {QStringLiteral("Shards"), shards},
    };
    if (index < m_shards.size())
        description.insert(QStringLiteral("LastEvaluatedShardId"), m_shards.at(index - 1).id);
    return LoopbackReply::json(QJsonObject{{QStringLiteral("StreamDescription"), description}});
}

LoopbackReply StreamSimulator::getShardIterator(const QJsonObject &input)
{
    if (input.value(QStringLiteral("StreamArn")).toString() != m_streamArn)
        return notFound(QStringLiteral("Requested resource not found: Stream: %1 not found")
                            .arg(input.value(QStringLiteral("StreamArn")).toString()));
    const QString shardId = input.value(QStringLiteral("ShardId")).toString();
    const Shard *shard = findShard(shardId);
    if (!shard)
        return notFound(
            QStringLiteral("Requested resource not found: Shard does not exist: %1").arg(shardId));

    const QString type = input.value(QStringLiteral("ShardIteratorType")).toString();
    if (type == QLatin1String("TRIM_HORIZON"))
        return LoopbackReply::json(QJsonObject{
            {QStringLiteral("ShardIterator"),
             newIterator(shardId, std::max(shard->startingSequence - 1, shard->trimmedThrough))}});
    if (type == QLatin1String("LATEST"))
        return LoopbackReply::json(QJsonObject{
            {QStringLiteral("ShardIterator"),
             newIterator(shardId, shard->closed ? shard->endingSequence : m_lastSequence)}});

    const QString text = input.value(QStringLiteral("SequenceNumber")).toString();
    if (text.isEmpty())
        return validation(
            QStringLiteral("A SequenceNumber is required for ShardIteratorType %1.").arg(type));
    const std::optional<qint64> sequence = parseSequence(text);
    const qint64 last = shard->closed ? shard->endingSequence : m_lastSequence;
    if (!sequence || *sequence < shard->startingSequence || *sequence > last)
        return validation(
            QStringLiteral("Invalid SequenceNumber %1 for shard %2.").arg(text, shardId));
    const qint64 after = type == QLatin1String("AT_SEQUENCE_NUMBER") ? *sequence - 1 : *sequence;
    if (after < shard->trimmedThrough)
        return LoopbackReply::error(
            400, QStringLiteral("TrimmedDataAccessException"),
            QStringLiteral("The sequence number %1 is beyond the trim horizon of shard %2.")
                .arg(text, shardId));
    return LoopbackReply::json(
        QJsonObject{{QStringLiteral("ShardIterator"), newIterator(shardId, after)}});
}

LoopbackReply StreamSimulator::getRecords(const QJsonObject &input)
{
    const int limit = input.value(QStringLiteral("Limit")).toInt(kMaxGetRecordsLimit);
    if (limit > kMaxGetRecordsLimit)
        return limitTooHigh(limit, kMaxGetRecordsLimit);
    const auto found =
        m_iterators.constFind(input.value(QStringLiteral("ShardIterator")).toString());
    if (found == m_iterators.cend())
        return validation(QStringLiteral("Invalid ShardIterator."));
    const Iterator iterator = *found;
    if (iterator.expired)
        return LoopbackReply::error(400, QStringLiteral("ExpiredIteratorException"),
                                    QStringLiteral("Iterator expired."));
    const Shard *shard = findShard(iterator.shardId);
    if (iterator.after < shard->trimmedThrough)
        return LoopbackReply::error(
            400, QStringLiteral("TrimmedDataAccessException"),
            QStringLiteral("The iterator points to records of shard %1 that have been trimmed.")
                .arg(iterator.shardId));

    QJsonArray records;
    qint64 after = iterator.after;
    for (const auto &[sequence, record] : shard->records) {
        if (records.size() >= limit)
            break;
        if (sequence > after) {
            records.append(record);
            after = sequence;
        }
    }
    QJsonObject output{{QStringLiteral("Records"), records}};
    const bool fullyRead =
        shard->closed && (shard->records.isEmpty() || after >= shard->records.last().first);
    if (!fullyRead)
        output.insert(QStringLiteral("NextShardIterator"), newIterator(iterator.shardId, after));
    return LoopbackReply::json(output);
}

QString StreamSimulator::newIterator(const QString &shardId, qint64 after)
{
    const QString token = QStringLiteral("arn:aws:dynamodb:%1:123456789012:iterator/%2")
                              .arg(kRegion, QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_iterators.insert(token, {shardId, after, false});
    return token;
}

StreamSimulator::Shard *StreamSimulator::findShard(const QString &shardId)
{
    const auto it = std::find_if(m_shards.begin(), m_shards.end(),
                                 [&](const Shard &shard) { return shard.id == shardId; });
    return it == m_shards.end() ? nullptr : &*it;
}

const StreamSimulator::Shard *StreamSimulator::findShard(const QString &shardId) const
{
    const auto it = std::find_if(m_shards.cbegin(), m_shards.cend(),
                                 [&](const Shard &shard) { return shard.id == shardId; });
    return it == m_shards.cend() ? nullptr : &*it;
}

QJsonObject StreamSimulator::shardDescription(const Shard &shard) const
{
    QJsonObject range{
        {QStringLiteral("StartingSequenceNumber"), sequenceString(shard.startingSequence)}};
    if (shard.closed)
        range.insert(QStringLiteral("EndingSequenceNumber"), sequenceString(shard.endingSequence));
    QJsonObject description{{QStringLiteral("ShardId"), shard.id},
                            {QStringLiteral("SequenceNumberRange"), range}};
    if (!shard.parentId.isEmpty())
        description.insert(QStringLiteral("ParentShardId"), shard.parentId);
    return description;
}

} // namespace dyna::test
