#include "streamwatcher.h"

#include "streamconsumer.h"

#include "aws/awsclient.h"
#include "aws/threadbridgecredentials.h"

#include <QThread>

namespace dyna::streams {

StreamWatcher::StreamWatcher(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<StreamRecordList>();
    qRegisterMetaType<ShardStatusList>();
    qRegisterMetaType<ShardInfo>();
    qRegisterMetaType<aws::AwsError>();
}

StreamWatcher::~StreamWatcher()
{
    stopThread();
}

void StreamWatcher::start(aws::AwsClient *client, const ConsumerOptions &options)
{
    start(client->config(), client->sharedCredentials(), options);
}

void StreamWatcher::start(const aws::ClientConfig &config,
                          std::shared_ptr<aws::CredentialsProvider> credentials,
                          const ConsumerOptions &options)
{
    stopThread();
    m_options = options;
    m_streamArn.clear();
    m_viewType.clear();
    const quint64 generation = ++m_generation;

    auto bridge = std::make_shared<aws::ThreadBridgeCredentials>(std::move(credentials), this);
    auto *consumer = new StreamConsumer(config, bridge, options, generation);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("stream-consumer"));
    consumer->moveToThread(m_thread);
    m_consumer = consumer;
    connect(m_thread, &QThread::finished, consumer, &QObject::deleteLater);

    const auto current = [this](quint64 batchGeneration) {
        return batchGeneration == m_generation && isRunning();
    };
    connect(consumer, &StreamConsumer::streamFound, this,
            [this, current](quint64 g, const QString &arn, const QString &viewType) {
                if (!current(g))
                    return;
                m_streamArn = arn;
                m_viewType = viewType;
                setState(State::Running);
                Q_EMIT streamFound(arn, viewType);
            });
    connect(consumer, &StreamConsumer::recordsReceived, this,
            [this, current](quint64 g, const StreamRecordList &records) {
                // A batch of an earlier run is not acknowledged: it will be read again.
                if (!current(g) || records.isEmpty())
                    return;
                // Acknowledged before the signal: a slot that stops the watcher must not
                // keep this batch from its checkpoint.
                if (StreamConsumer *target = m_consumer) {
                    const QString shardId = records.constLast().shardId;
                    const QString sequence = records.constLast().sequenceNumber;
                    QMetaObject::invokeMethod(
                        target,
                        [target, shardId, sequence] { target->acknowledge(shardId, sequence); },
                        Qt::QueuedConnection);
                }
                Q_EMIT recordsArrived(records);
            });
    connect(consumer, &StreamConsumer::shardsChanged, this,
            [this, current](quint64 g, const ShardStatusList &shards) {
                if (current(g))
                    Q_EMIT shardsChanged(shards);
            });
    connect(consumer, &StreamConsumer::shardOpened, this,
            [this, current](quint64 g, const ShardInfo &shard) {
                if (current(g))
                    Q_EMIT shardOpened(shard);
            });
    connect(consumer, &StreamConsumer::gapDetected, this,
            [this, current](quint64 g, const QString &shardId, const QString &message) {
                if (current(g))
                    Q_EMIT gapDetected(shardId, message);
            });
    connect(consumer, &StreamConsumer::problem, this,
            [this, current](quint64 g, const aws::AwsError &error) {
                if (current(g))
                    Q_EMIT problem(error);
            });
    connect(consumer, &StreamConsumer::failed, this,
            [this, current](quint64 g, const aws::AwsError &error) {
                if (!current(g))
                    return;
                stopThread();
                Q_EMIT failed(error);
            });

    setState(State::Starting);
    m_thread->start();
    QMetaObject::invokeMethod(consumer, &StreamConsumer::start, Qt::QueuedConnection);
}

void StreamWatcher::stop()
{
    stopThread();
}

void StreamWatcher::stopThread()
{
    if (!m_thread)
        return;
    setState(State::Stopping);
    // Blocking: the consumer only cancels its calls and saves its checkpoints, and it never
    // waits for this thread, so this cannot deadlock. Acknowledgements posted earlier run first.
    if (StreamConsumer *consumer = m_consumer)
        QMetaObject::invokeMethod(consumer, &StreamConsumer::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_consumer.clear();
    setState(State::Stopped);
}

void StreamWatcher::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace dyna::streams
