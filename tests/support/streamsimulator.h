#pragma once

#include "aws/awsclient.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <deque>
#include <utility>

namespace dyna::test {

class LoopbackServer;
struct LoopbackReply;
struct LoopbackRequest;

// A scriptable DynamoDB Streams endpoint for one table and one stream (NEW_AND_OLD_IMAGES), for
// what DynamoDB Local cannot do: expired iterators, trimmed records, throttling, shard splits.
// It answers ListStreams, DescribeStream, GetShardIterator and GetRecords from memory through a
// LoopbackServer, which has already checked each request against the Streams model and its
// SigV4 signature.
//
// Sequence numbers are global and increasing across shards, 21-digit zero-padded decimal strings
// like DynamoDB Local's.
class StreamSimulator : public QObject
{
    Q_OBJECT
public:
    struct IteratorRequest
    {
        QString shardId;
        QString type;           // ShardIteratorType as sent
        QString sequenceNumber; // empty when none was sent
    };

    // The failNext() code that closes the connection instead of answering.
    static QString dropConnectionCode() { return QStringLiteral("DropConnection"); }

    // Owns a server; call listen() before use.
    explicit StreamSimulator(const QString &tableName, QObject *parent = nullptr);
    // Answers through `server` (its handler is replaced); the caller makes it listen.
    StreamSimulator(LoopbackServer *server, const QString &tableName, QObject *parent = nullptr);
    ~StreamSimulator() override;

    bool listen();
    LoopbackServer *server() const { return m_server.data(); }
    aws::ClientConfig clientConfig() const;

    QString tableName() const { return m_tableName; }
    QString streamArn() const { return m_streamArn; }
    // Shards per DescribeStream page when the request's Limit allows more (0: no extra limit).
    void setDescribePageSize(int shards) { m_describePageSize = shards; }
    // The KeySchema DescribeStream reports; [{"AttributeName": "pk", "KeyType": "HASH"}] by
    // default.
    void setKeySchema(const QJsonArray &keySchema);

    // Shard ids must be 28 to 65 characters, as the model requires.
    void addShard(const QString &shardId, const QString &parentShardId = {});
    // Sets EndingSequenceNumber to its last record's sequence number (to its
    // StartingSequenceNumber when it has none); no record can be appended afterwards.
    void closeShard(const QString &shardId);
    // Closes `parentId` and opens two children of it.
    void split(const QString &parentId, const QString &childA, const QString &childB);
    // The new record's sequence number; empty (and a warning) when the shard is unknown or
    // closed. Empty images are left out of the record, as DynamoDB does for INSERT and REMOVE.
    QString appendRecord(const QString &shardId, const QString &eventName, const QJsonObject &keys,
                         const QJsonObject &newImage = {}, const QJsonObject &oldImage = {});
    QStringList shardIds() const;

    // Removes every record with a sequence number up to `sequenceNumber`. An iterator or
    // AT/AFTER_SEQUENCE_NUMBER that would read a removed record then fails with
    // TrimmedDataAccessException; TRIM_HORIZON starts after them.
    void trimBefore(const QString &sequenceNumber);
    // Every iterator handed out so far fails its next GetRecords with ExpiredIteratorException.
    void expireIterators();
    // The next `count` valid requests of `operation` are answered with `status` and error `code`
    // (dropConnectionCode(): the connection is closed without an answer) before any normal
    // handling. They are still recorded by the observers below.
    void failNext(const QString &operation, int status, const QString &code, int count = 1);
    // Delay before every answer, faults included.
    void setLatencyMs(int ms) { m_latencyMs = ms; }

    // When each GetRecords on the shard arrived (LoopbackRequest::receivedMs), failed ones too.
    QList<qint64> getRecordsCalls(const QString &shardId) const;
    // Valid requests of `operation` the simulator received.
    int callCount(const QString &operation) const;
    // Every GetShardIterator call in order, failed ones too.
    const QList<IteratorRequest> &iteratorRequests() const { return m_iteratorRequests; }

private:
    struct Shard
    {
        QString id;
        QString parentId;
        qint64 startingSequence = 0;
        bool closed = false;
        qint64 endingSequence = 0; // when closed
        qint64 trimmedThrough = 0; // highest removed sequence number of this shard
        QList<std::pair<qint64, QJsonObject>> records;
    };
    struct Iterator
    {
        QString shardId;
        qint64 after = 0; // reads the records with a higher sequence number
        bool expired = false;
    };
    struct Fault
    {
        int status = 0;
        QString code;
    };

    void init(const QString &tableName);
    LoopbackReply handle(const LoopbackRequest &request);
    LoopbackReply listStreams(const QJsonObject &input) const;
    LoopbackReply describeStream(const QJsonObject &input) const;
    LoopbackReply getShardIterator(const QJsonObject &input);
    LoopbackReply getRecords(const QJsonObject &input);
    QString newIterator(const QString &shardId, qint64 after);
    Shard *findShard(const QString &shardId);
    const Shard *findShard(const QString &shardId) const;
    QJsonObject shardDescription(const Shard &shard) const;

    QPointer<LoopbackServer> m_server;
    QString m_tableName;
    QString m_streamArn;
    QJsonArray m_keySchema;
    QList<Shard> m_shards; // in creation order, the order DescribeStream lists them
    QHash<QString, Iterator> m_iterators;
    QHash<QString, std::deque<Fault>> m_faults;
    QHash<QString, int> m_callCounts;
    QHash<QString, QList<qint64>> m_getRecordsCalls;
    QList<IteratorRequest> m_iteratorRequests;
    qint64 m_lastSequence = 0;
    int m_describePageSize = 0;
    int m_latencyMs = 0;
};

} // namespace dyna::test
