#pragma once

#include "checkpointstore.h"
#include "consumeroptions.h"
#include "shardinfo.h"
#include "streamrecord.h"

#include "aws/awsclient.h"
#include "aws/awserror.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <deque>
#include <memory>

class QTimer;

namespace dyna::aws {
class RequestJob;
class ThreadBridgeCredentials;
} // namespace dyna::aws

namespace dyna::streams {

// Reads one table's DynamoDB stream: a worker object that makes its own client (and network
// manager) on the thread it was moved to. It lists the shards (DescribeStream, paged), reads a
// child shard only once its parent is drained, so changes to one key stay in order, and drains
// each readable shard with GetRecords at most every minPollIntervalMs, backing off while it is
// empty. Every batch goes out with the generation it was started for; the checkpoint of a batch
// is written once the receiver acknowledges it, so a crash or a stop replays at most the batches
// not yet acknowledged (at-least-once).
//
// Everything but the constructor runs on the worker thread (queued calls from StreamWatcher).
class StreamConsumer : public QObject
{
    Q_OBJECT
public:
    // `credentials` hands this thread's requests to the provider on the main thread.
    StreamConsumer(aws::ClientConfig config,
                   std::shared_ptr<aws::ThreadBridgeCredentials> credentials,
                   ConsumerOptions options, quint64 generation);
    ~StreamConsumer() override;

    void start();
    // Cancels the calls in flight and saves the checkpoints.
    void stop();
    // The receiver has the records of `shardId` up to `sequenceNumber`: checkpoint them.
    void acknowledge(const QString &shardId, const QString &sequenceNumber);

    quint64 generation() const { return m_generation; }

Q_SIGNALS:
    void streamFound(quint64 generation, const QString &streamArn, const QString &viewType);
    void recordsReceived(quint64 generation, const dyna::streams::StreamRecordList &records);
    void shardsChanged(quint64 generation, const dyna::streams::ShardStatusList &shards);
    void shardOpened(quint64 generation, const dyna::streams::ShardInfo &shard);
    void gapDetected(quint64 generation, const QString &shardId, const QString &message);
    void problem(quint64 generation, const dyna::aws::AwsError &error);
    void failed(quint64 generation, const dyna::aws::AwsError &error);

private:
    enum class Position { TrimHorizon, Latest, AfterCheckpoint };

    struct Cursor
    {
        ShardInfo info;
        ShardStatus::State state = ShardStatus::State::Waiting;
        QString iterator;
        QString checkpoint; // last record delivered (acknowledged or not)
        bool startAtLatest = false;
        QPointer<aws::RequestJob> job;
        QElapsedTimer lastCall;
        quint64 wakeToken = 0; // a scheduled wake-up runs only if it still matches
        int emptyPolls = 0;
        int failures = 0;
        int unacknowledged = 0; // batches delivered but not acknowledged yet
        qint64 delivered = 0;
        qint64 lagMs = -1;
        QString problem;
        std::deque<std::pair<qint64, qint64>> recent; // (ms since start, records) for the rate
    };

    void listStreams();
    void describe();
    void onDescribed(const QList<ShardInfo> &shards, const QString &viewType);
    void pump();
    bool isReadable(const Cursor &cursor) const;
    void openIterator(const QString &shardId);
    void getRecords(const QString &shardId);
    void onRecords(const QString &shardId, const QJsonObject &response);
    // After TrimmedDataAccessException: reports the gap and reads on from the oldest record.
    void restartAtTrimHorizon(const QString &shardId);
    void schedule(const QString &shardId, int delayMs, bool reopen);
    void handleFailure(const QString &shardId, const aws::AwsError &error, bool reopen);
    void markDrained(Cursor &cursor);
    void requestDescribe(int delayMs);
    void fail(const aws::AwsError &error);
    void saveCheckpoints();
    void emitStatus();
    ShardStatusList statusList();

    aws::ClientConfig m_config;
    std::shared_ptr<aws::ThreadBridgeCredentials> m_credentials;
    ConsumerOptions m_options;
    quint64 m_generation;
    aws::AwsClient *m_client = nullptr;
    CheckpointStore m_checkpoints;
    QString m_streamArn;
    QString m_viewType;
    QHash<QString, Cursor> m_cursors;
    QStringList m_order; // shard ids in the order DescribeStream listed them
    QPointer<aws::RequestJob> m_describeJob;
    QList<ShardInfo> m_describing; // shards of the pages read so far
    QString m_describeNext;        // ExclusiveStartShardId of the next page
    bool m_described = false;
    bool m_stopping = false;
    bool m_statusDirty = false;
    QTimer *m_describeTimer;
    QTimer *m_statusTimer;
    QElapsedTimer m_clock;
};

} // namespace dyna::streams
