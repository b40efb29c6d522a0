#include "streamconsumer.h"

#include "aws/requestjob.h"
#include "aws/threadbridgecredentials.h"
#include "dynamo/preflight.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace dyna::streams {

namespace {

const QString kListStreams = QStringLiteral("ListStreams");
const QString kDescribeStream = QStringLiteral("DescribeStream");
const QString kGetShardIterator = QStringLiteral("GetShardIterator");
const QString kGetRecords = QStringLiteral("GetRecords");

constexpr qint64 kRateWindowMs = 5000;
constexpr int kStatusIntervalMs = 500;
constexpr int kShardClosedDescribeDelayMs = 200;

} // namespace

StreamConsumer::StreamConsumer(aws::ClientConfig config,
                               std::shared_ptr<aws::ThreadBridgeCredentials> credentials,
                               ConsumerOptions options, quint64 generation)
    : m_config(std::move(config))
    , m_credentials(std::move(credentials))
    , m_options(std::move(options))
    , m_generation(generation)
    , m_checkpoints(m_options.checkpointPath.isEmpty() ? CheckpointStore::defaultPath()
                                                       : m_options.checkpointPath)
    , m_describeTimer(new QTimer(this))
    , m_statusTimer(new QTimer(this))
{
    m_describeTimer->setSingleShot(true);
    connect(m_describeTimer, &QTimer::timeout, this, &StreamConsumer::describe);
    m_statusTimer->setInterval(kStatusIntervalMs);
    connect(m_statusTimer, &QTimer::timeout, this, [this] {
        if (m_statusDirty)
            emitStatus();
    });
}

StreamConsumer::~StreamConsumer()
{
    m_credentials->detachAnchor();
}

void StreamConsumer::start()
{
    m_credentials->attachAnchor(this);
    m_clock.start();
    m_client = dynamo::createClient(m_config, m_credentials, this);
    QString error;
    if (!m_checkpoints.load(&error))
        Q_EMIT problem(m_generation,
                       aws::AwsError::localFailure(aws::ErrorKind::Validation, kGetShardIterator,
                                                   QStringLiteral("CheckpointsUnreadable"), error));
    m_statusTimer->start();
    m_streamArn = m_options.streamArn;
    if (m_streamArn.isEmpty())
        listStreams();
    else
        describe();
}

void StreamConsumer::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_describeTimer->stop();
    m_statusTimer->stop();
    if (m_describeJob)
        m_describeJob->cancel();
    for (Cursor &cursor : m_cursors) {
        ++cursor.wakeToken;
        if (cursor.job)
            cursor.job->cancel();
    }
    saveCheckpoints();
}

void StreamConsumer::listStreams()
{
    auto *job = m_client->call(aws::Service::Streams, kListStreams,
                               {{QStringLiteral("TableName"), m_options.tableName}});
    m_describeJob = job;
    connect(job, &aws::Job::finished, this, [this, job] {
        m_describeJob.clear();
        if (m_stopping)
            return;
        if (job->error().isError()) {
            fail(job->error());
            return;
        }
        // The newest stream: labels are creation timestamps, so they sort by time.
        QString newestLabel;
        const QJsonArray streams = job->response().value(QLatin1String("Streams")).toArray();
        for (const QJsonValue &value : streams) {
            const QJsonObject stream = value.toObject();
            const QString label = stream.value(QLatin1String("StreamLabel")).toString();
            if (m_streamArn.isEmpty() || label > newestLabel) {
                newestLabel = label;
                m_streamArn = stream.value(QLatin1String("StreamArn")).toString();
            }
        }
        if (m_streamArn.isEmpty()) {
            fail(aws::AwsError::localFailure(
                aws::ErrorKind::NotFound, kListStreams, QStringLiteral("NoStream"),
                tr("Table %1 has no stream. Turn on DynamoDB Streams for it (Table > Update "
                   "Table…) to watch its changes.")
                    .arg(m_options.tableName)));
            return;
        }
        describe();
    });
    job->start();
}

void StreamConsumer::describe()
{
    if (m_stopping || m_describeJob)
        return;
    QJsonObject input{{QStringLiteral("StreamArn"), m_streamArn}};
    if (!m_describeNext.isEmpty())
        input.insert(QStringLiteral("ExclusiveStartShardId"), m_describeNext);
    auto *job = m_client->call(aws::Service::Streams, kDescribeStream, input);
    m_describeJob = job;
    connect(job, &aws::Job::finished, this, [this, job] {
        m_describeJob.clear();
        if (m_stopping)
            return;
        if (job->error().isError()) {
            m_describing.clear();
            m_describeNext.clear();
            if (job->error().kind == aws::ErrorKind::Auth ||
                job->error().kind == aws::ErrorKind::NotFound) {
                fail(job->error());
                return;
            }
            Q_EMIT problem(m_generation, job->error());
            requestDescribe(m_options.backoffMs);
            return;
        }
        const QJsonObject description =
            job->response().value(QLatin1String("StreamDescription")).toObject();
        const QJsonArray shards = description.value(QLatin1String("Shards")).toArray();
        for (const QJsonValue &value : shards) {
            if (const std::optional<ShardInfo> shard = ShardInfo::fromWire(value.toObject()))
                m_describing.append(*shard);
        }
        m_describeNext = description.value(QLatin1String("LastEvaluatedShardId")).toString();
        if (!m_describeNext.isEmpty() && !shards.isEmpty()) {
            describe();
            return;
        }
        m_describeNext.clear();
        const QList<ShardInfo> all = std::exchange(m_describing, {});
        onDescribed(all, description.value(QLatin1String("StreamViewType")).toString());
    });
    job->start();
}

void StreamConsumer::onDescribed(const QList<ShardInfo> &shards, const QString &viewType)
{
    const bool first = !m_described;
    if (first) {
        m_described = true;
        m_viewType = viewType;
        if (m_options.start != StartPosition::LastCheckpoint) {
            m_checkpoints.forget(m_streamArn);
            saveCheckpoints();
        }
        Q_EMIT streamFound(m_generation, m_streamArn, m_viewType);
    }
    for (const ShardInfo &shard : shards) {
        auto it = m_cursors.find(shard.shardId);
        if (it != m_cursors.end()) {
            it->info = shard;
            continue;
        }
        Cursor cursor;
        cursor.info = shard;
        if (const std::optional<QString> sequence =
                m_checkpoints.sequenceNumber(m_streamArn, shard.shardId))
            cursor.checkpoint = *sequence;
        if (m_checkpoints.isDrained(m_streamArn, shard.shardId)) {
            cursor.state = ShardStatus::State::Drained;
        } else if (first && m_options.start == StartPosition::Latest) {
            // "From now": what a closed shard holds is history; open shards start at their tip.
            if (shard.isClosed())
                cursor.state = ShardStatus::State::Drained;
            else
                cursor.startAtLatest = true;
        }
        m_cursors.insert(shard.shardId, cursor);
        m_order.append(shard.shardId);
        if (!first)
            Q_EMIT shardOpened(m_generation, shard);
    }
    requestDescribe(m_options.describeIntervalMs);
    pump();
    emitStatus();
}

bool StreamConsumer::isReadable(const Cursor &cursor) const
{
    const QString &parent = cursor.info.parentShardId;
    if (parent.isEmpty())
        return true;
    // A parent no longer listed was trimmed away with its records: nothing to wait for.
    const auto it = m_cursors.constFind(parent);
    return it == m_cursors.cend() || it->state == ShardStatus::State::Drained;
}

void StreamConsumer::pump()
{
    if (m_stopping)
        return;
    for (const QString &shardId : std::as_const(m_order)) {
        Cursor &cursor = m_cursors[shardId];
        if (cursor.state == ShardStatus::State::Waiting && !cursor.job && isReadable(cursor)) {
            cursor.state = ShardStatus::State::Reading;
            m_statusDirty = true;
            openIterator(shardId);
        }
    }
}

void StreamConsumer::openIterator(const QString &shardId)
{
    Cursor &shard = m_cursors[shardId];
    QJsonObject input{{QStringLiteral("StreamArn"), m_streamArn},
                      {QStringLiteral("ShardId"), shardId}};
    QString type = QStringLiteral("TRIM_HORIZON");
    if (!shard.checkpoint.isEmpty()) {
        type = QStringLiteral("AFTER_SEQUENCE_NUMBER");
        input.insert(QStringLiteral("SequenceNumber"), shard.checkpoint);
    } else if (shard.startAtLatest) {
        type = QStringLiteral("LATEST");
    }
    input.insert(QStringLiteral("ShardIteratorType"), type);
    auto *job = m_client->call(aws::Service::Streams, kGetShardIterator, input);
    shard.job = job;
    connect(job, &aws::Job::finished, this, [this, job, shardId] {
        if (m_stopping)
            return;
        Cursor &cursor = m_cursors[shardId];
        cursor.job.clear();
        const aws::AwsError &error = job->error();
        if (error.code == QLatin1String("TrimmedDataAccessException")) {
            restartAtTrimHorizon(shardId);
            return;
        }
        if (error.kind == aws::ErrorKind::NotFound) {
            Q_EMIT gapDetected(m_generation, shardId,
                               tr("Shard %1 is no longer in the stream (it keeps 24 hours): "
                                  "its records from sequence number %2 on were lost.")
                                   .arg(shardId, cursor.checkpoint));
            markDrained(cursor);
            pump();
            return;
        }
        if (error.isError()) {
            handleFailure(shardId, error, true);
            return;
        }
        cursor.iterator = job->response().value(QLatin1String("ShardIterator")).toString();
        getRecords(shardId);
    });
    job->start();
}

void StreamConsumer::getRecords(const QString &shardId)
{
    Cursor &shard = m_cursors[shardId];
    // At most one GetRecords per minPollIntervalMs on a shard, whatever asked for it.
    if (shard.lastCall.isValid() && shard.lastCall.elapsed() < m_options.minPollIntervalMs) {
        schedule(shardId, int(m_options.minPollIntervalMs - shard.lastCall.elapsed()), false);
        return;
    }
    shard.lastCall.start();
    auto *job = m_client->call(aws::Service::Streams, kGetRecords,
                               {{QStringLiteral("ShardIterator"), shard.iterator},
                                {QStringLiteral("Limit"), m_options.maxRecordsPerCall}});
    shard.job = job;
    connect(job, &aws::Job::finished, this, [this, job, shardId] {
        if (m_stopping)
            return;
        Cursor &cursor = m_cursors[shardId];
        cursor.job.clear();
        const aws::AwsError &error = job->error();
        if (error.code == QLatin1String("ExpiredIteratorException")) {
            // Iterators live 15 minutes: open a new one after the checkpoint.
            openIterator(shardId);
            return;
        }
        if (error.code == QLatin1String("TrimmedDataAccessException")) {
            restartAtTrimHorizon(shardId);
            return;
        }
        if (error.isError()) {
            handleFailure(shardId, error, false);
            return;
        }
        onRecords(shardId, job->response());
    });
    job->start();
}

void StreamConsumer::onRecords(const QString &shardId, const QJsonObject &response)
{
    Cursor &cursor = m_cursors[shardId];
    if (cursor.failures > 0) {
        cursor.failures = 0;
        cursor.problem.clear();
        cursor.state = ShardStatus::State::Reading;
    }
    const QJsonArray records = response.value(QLatin1String("Records")).toArray();
    StreamRecordList batch;
    batch.reserve(records.size());
    QStringList unreadable;
    for (const QJsonValue &value : records) {
        QString error;
        if (std::optional<StreamRecord> record =
                StreamRecord::fromWire(value.toObject(), m_streamArn, shardId, &error))
            batch.append(std::move(*record));
        else
            unreadable.append(error);
    }
    if (!unreadable.isEmpty())
        Q_EMIT problem(m_generation,
                       aws::AwsError::localFailure(
                           aws::ErrorKind::Validation, kGetRecords,
                           QStringLiteral("UnreadableRecord"),
                           tr("%n record(s) of shard %1 could not be read and were skipped: %2",
                              nullptr, int(unreadable.size()))
                               .arg(shardId, unreadable.constFirst())));
    if (!batch.isEmpty()) {
        const StreamRecord &last = batch.constLast();
        cursor.checkpoint = last.sequenceNumber;
        cursor.delivered += batch.size();
        cursor.recent.emplace_back(m_clock.elapsed(), batch.size());
        if (last.approximateCreation.isValid())
            cursor.lagMs = std::max<qint64>(0, last.receivedMsecs -
                                                   last.approximateCreation.toMSecsSinceEpoch());
        cursor.emptyPolls = 0;
        ++cursor.unacknowledged;
        Q_EMIT recordsReceived(m_generation, batch);
    } else {
        ++cursor.emptyPolls;
    }
    m_statusDirty = true;

    const QString next = response.value(QLatin1String("NextShardIterator")).toString();
    if (next.isEmpty()) {
        // A closed shard read to its end: its children may be read now.
        markDrained(cursor);
        requestDescribe(kShardClosedDescribeDelayMs);
        pump();
        return;
    }
    if (batch.isEmpty())
        cursor.lagMs = 0; // read up to the tip
    cursor.iterator = next;
    int delay = m_options.minPollIntervalMs;
    if (batch.isEmpty()) {
        const int doublings = std::min(cursor.emptyPolls - 1, 16);
        delay = int(std::min<qint64>(m_options.idlePollIntervalMs,
                                     qint64(m_options.minPollIntervalMs) << doublings));
    }
    schedule(shardId, delay, false);
}

void StreamConsumer::restartAtTrimHorizon(const QString &shardId)
{
    Cursor &cursor = m_cursors[shardId];
    Q_EMIT gapDetected(m_generation, shardId,
                       tr("Records of shard %1 after sequence number %2 are no longer in the "
                          "stream (it keeps 24 hours): reading went on from the oldest record "
                          "left.")
                           .arg(shardId, cursor.checkpoint));
    cursor.checkpoint.clear();
    cursor.startAtLatest = false;
    openIterator(shardId);
}

void StreamConsumer::schedule(const QString &shardId, int delayMs, bool reopen)
{
    Cursor &shard = m_cursors[shardId];
    const quint64 token = ++shard.wakeToken;
    QTimer::singleShot(std::max(0, delayMs), this, [this, shardId, token, reopen] {
        if (m_stopping)
            return;
        Cursor &cursor = m_cursors[shardId];
        if (cursor.wakeToken != token || cursor.job || cursor.state == ShardStatus::State::Drained)
            return;
        if (reopen || cursor.iterator.isEmpty())
            openIterator(shardId);
        else
            getRecords(shardId);
    });
}

void StreamConsumer::handleFailure(const QString &shardId, const aws::AwsError &error, bool reopen)
{
    if (error.kind == aws::ErrorKind::Auth) {
        fail(error);
        return;
    }
    Cursor &cursor = m_cursors[shardId];
    ++cursor.failures;
    cursor.state = ShardStatus::State::Failed;
    cursor.problem = error.userMessage();
    emitStatus(); // at once: a short failure must still show in the shard view
    Q_EMIT problem(m_generation, error);
    const int doublings = std::min(cursor.failures - 1, 16);
    const int delay =
        int(std::min<qint64>(m_options.maxBackoffMs, qint64(m_options.backoffMs) << doublings));
    schedule(shardId, delay, reopen);
}

void StreamConsumer::markDrained(Cursor &cursor)
{
    cursor.state = ShardStatus::State::Drained;
    cursor.iterator.clear();
    cursor.lagMs = 0;
    ++cursor.wakeToken;
    m_statusDirty = true;
    // Only once every batch of the shard is acknowledged, or a restart would skip the rest.
    if (cursor.unacknowledged == 0) {
        m_checkpoints.markDrained(m_streamArn, cursor.info.shardId);
        saveCheckpoints();
    }
}

void StreamConsumer::acknowledge(const QString &shardId, const QString &sequenceNumber)
{
    const auto it = m_cursors.find(shardId);
    if (it == m_cursors.end())
        return;
    it->unacknowledged = std::max(0, it->unacknowledged - 1);
    m_checkpoints.record(m_streamArn, shardId, sequenceNumber);
    if (it->state == ShardStatus::State::Drained && it->unacknowledged == 0)
        m_checkpoints.markDrained(m_streamArn, shardId);
    saveCheckpoints();
}

void StreamConsumer::requestDescribe(int delayMs)
{
    if (m_stopping)
        return;
    if (!m_describeTimer->isActive() || m_describeTimer->remainingTime() > delayMs)
        m_describeTimer->start(delayMs);
}

void StreamConsumer::fail(const aws::AwsError &error)
{
    Q_EMIT failed(m_generation, error);
    stop();
}

void StreamConsumer::saveCheckpoints()
{
    QString error;
    if (!m_checkpoints.save(&error))
        Q_EMIT problem(m_generation,
                       aws::AwsError::localFailure(aws::ErrorKind::Unsupported, kGetRecords,
                                                   QStringLiteral("CheckpointsNotSaved"), error));
}

ShardStatusList StreamConsumer::statusList()
{
    const qint64 now = m_clock.elapsed();
    ShardStatusList list;
    list.reserve(m_order.size());
    for (const QString &shardId : std::as_const(m_order)) {
        Cursor &cursor = m_cursors[shardId];
        while (!cursor.recent.empty() && now - cursor.recent.front().first > kRateWindowMs)
            cursor.recent.pop_front();
        qint64 recent = 0;
        for (const auto &sample : cursor.recent)
            recent += sample.second;
        ShardStatus status;
        status.shard = cursor.info;
        status.state = cursor.state;
        status.lastSequenceNumber = cursor.checkpoint;
        status.recordsDelivered = cursor.delivered;
        status.lagMs = cursor.lagMs;
        status.recordsPerSecond = double(recent) * 1000.0 / double(kRateWindowMs);
        status.problem = cursor.problem;
        list.append(status);
    }
    return list;
}

void StreamConsumer::emitStatus()
{
    m_statusDirty = false;
    Q_EMIT shardsChanged(m_generation, statusList());
}

} // namespace dyna::streams
