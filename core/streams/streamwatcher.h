#pragma once

#include "consumeroptions.h"
#include "shardinfo.h"
#include "streamrecord.h"

#include "aws/awserror.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QThread;

namespace dyna::aws {
class AwsClient;
struct ClientConfig;
class CredentialsProvider;
} // namespace dyna::aws

namespace dyna::streams {

class StreamConsumer;

// The main thread's handle on one stream consumer: it runs the consumer (a worker object with
// its own client and network manager) on its own QThread, passes on what the consumer reports
// as queued signals, and acknowledges each delivered batch so that the consumer checkpoints only
// what reached this thread. Each start() begins a new generation; batches of an earlier one are
// dropped, so a restarted or retargeted watcher never mixes two runs.
class StreamWatcher : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Stopping };
    Q_ENUM(State)

    explicit StreamWatcher(QObject *parent = nullptr);
    ~StreamWatcher() override; // stops the consumer and joins its thread

    // Reads the stream of options.tableName through a client made like `client` (same
    // configuration, its credentials fetched on this thread). Stops a running consumer first.
    void start(aws::AwsClient *client, const ConsumerOptions &options);
    void start(const aws::ClientConfig &config,
               std::shared_ptr<aws::CredentialsProvider> credentials,
               const ConsumerOptions &options);
    // Stops reading; checkpoints of every acknowledged batch are on disk when `stateChanged`
    // reports Stopped.
    void stop();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Starting || m_state == State::Running; }
    quint64 generation() const { return m_generation; }
    const ConsumerOptions &options() const { return m_options; }
    QString streamArn() const { return m_streamArn; }
    QString streamViewType() const { return m_viewType; }

Q_SIGNALS:
    void stateChanged(dyna::streams::StreamWatcher::State state);
    // The stream being read was found (ListStreams / DescribeStream).
    void streamFound(const QString &streamArn, const QString &streamViewType);
    // One batch of one shard, in sequence order. Records of one key arrive in order across
    // batches: a child shard is read only after its parent is drained.
    void recordsArrived(const dyna::streams::StreamRecordList &records);
    void shardsChanged(const dyna::streams::ShardStatusList &shards);
    // A shard appeared after the first description of the stream (a split or a rollover).
    void shardOpened(const dyna::streams::ShardInfo &shard);
    // Records were lost to the stream's 24-hour retention: reading went on at TRIM_HORIZON.
    void gapDetected(const QString &shardId, const QString &message);
    // A call failed and the consumer is backing off before trying again.
    void problem(const dyna::aws::AwsError &error);
    // The consumer gave up (no stream on the table, rejected credentials…) and stopped.
    void failed(const dyna::aws::AwsError &error);

private:
    void setState(State state);
    void stopThread();

    QThread *m_thread = nullptr;
    QPointer<StreamConsumer> m_consumer;
    ConsumerOptions m_options;
    QString m_streamArn;
    QString m_viewType;
    quint64 m_generation = 0;
    State m_state = State::Stopped;
};

} // namespace dyna::streams
