#include "itempoller.h"

#include "aws/awsclient.h"
#include "dynamo/consumedcapacity.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace dyna::streams {

namespace {

QByteArray compact(const QJsonObject &object)
{
    // QJsonObject keeps its keys sorted, so equal items give equal text.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// At most two decimals, no trailing zeros: "6", "0.5", "0.25".
QString figure(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

ItemPoller::ItemPoller(aws::AwsClient *client, TriggerSpec spec, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_spec(std::move(spec))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(int(std::clamp<qint64>(m_spec.scheduleMs, 1, maxScheduleMs)));
    connect(m_timer, &QTimer::timeout, this, &ItemPoller::pollNow);
}

ItemPoller::~ItemPoller()
{
    stop();
}

void ItemPoller::start()
{
    m_timer->start();
    pollNow();
}

void ItemPoller::stop()
{
    m_timer->stop();
    abandonScan();
}

void ItemPoller::abandonScan()
{
    if (!m_job)
        return;
    // Its `finished` (cancelled) is of no interest any more.
    disconnect(m_job, nullptr, this, nullptr);
    m_job->cancel();
    m_job->deleteLater();
    m_job = nullptr;
}

bool ItemPoller::isRunning() const
{
    return m_timer->isActive();
}

void ItemPoller::pollNow()
{
    if (m_job)
        return;
    if (!m_client) {
        Q_EMIT failed(aws::AwsError::localFailure(
            aws::ErrorKind::Network, QStringLiteral("Scan"), QStringLiteral("NoConnection"),
            QCoreApplication::translate("ItemPoller",
                                        "The connection to %1 was closed; reconnect to poll it.")
                .arg(m_spec.tableName)));
        return;
    }
    if (m_spec.keyAttributes.isEmpty()) {
        Q_EMIT failed(aws::AwsError::localFailure(
            aws::ErrorKind::Validation, QStringLiteral("Scan"),
            QStringLiteral("MissingKeyAttributes"),
            QCoreApplication::translate("ItemPoller",
                                        "The itemPolled trigger on %1 names no key attributes, so "
                                        "it cannot tell the table's items apart.")
                .arg(m_spec.tableName)));
        return;
    }
    m_seen.clear();
    m_found.clear();
    m_items = 0;
    m_consumed = 0;
    QJsonObject input{
        {QStringLiteral("TableName"), m_spec.tableName},
        {QStringLiteral("ReturnConsumedCapacity"), QStringLiteral("TOTAL")},
    };
    if (m_pageLimit > 0)
        input.insert(QStringLiteral("Limit"), m_pageLimit);
    auto *job = new dynamo::PaginatedJob(m_client, aws::Service::DynamoDb, QStringLiteral("Scan"),
                                         input, this);
    m_job = job;
    connect(job, &dynamo::PaginatedJob::page, this,
            [this](dynamo::PaginatedJob *, const QJsonObject &response) { readPage(response); });
    connect(job, &aws::Job::finished, this, &ItemPoller::scanFinished);
    job->start();
}

void ItemPoller::readPage(const QJsonObject &response)
{
    m_consumed += dynamo::consumedCapacity(QStringLiteral("Scan"), response).total;
    const QJsonArray items = response.value(QLatin1String("Items")).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        QJsonObject keys;
        for (const QString &attribute : std::as_const(m_spec.keyAttributes)) {
            if (!item.contains(attribute)) {
                Q_EMIT failed(aws::AwsError::localFailure(
                    aws::ErrorKind::Validation, QStringLiteral("Scan"),
                    QStringLiteral("MissingKeyAttribute"),
                    QCoreApplication::translate("ItemPoller",
                                                "An item of %1 has no attribute \"%2\": check "
                                                "the key attributes of the itemPolled trigger.")
                        .arg(m_spec.tableName, attribute)));
                abandonScan();
                return;
            }
            keys.insert(attribute, item.value(attribute));
        }
        const QByteArray key = compact(keys);
        const QByteArray digest =
            QCryptographicHash::hash(compact(item), QCryptographicHash::Sha256);
        m_seen.insert(key, digest);
        ++m_items;
        if (!m_baselineDone)
            continue;
        const auto known = m_known.constFind(key);
        if (known != m_known.constEnd() && known.value() == digest)
            continue;
        const bool isNew = known == m_known.constEnd();
        m_found.append(QJsonObject{
            {QStringLiteral("eventName"),
             isNew ? QStringLiteral("INSERT") : QStringLiteral("MODIFY")},
            {QStringLiteral("tableName"), m_spec.tableName},
            {QStringLiteral("keys"), keys},
            {QStringLiteral("newImage"), item},
        });
    }
}

void ItemPoller::scanFinished(aws::Job *job)
{
    m_job = nullptr;
    job->deleteLater();
    if (job->error().isError()) {
        Q_EMIT failed(job->error());
        return;
    }
    finishPoll();
}

void ItemPoller::finishPoll()
{
    m_missing = 0;
    for (auto it = m_known.constBegin(); it != m_known.constEnd(); ++it) {
        if (!m_seen.contains(it.key()))
            ++m_missing;
    }
    m_known = std::exchange(m_seen, {});
    m_baselineDone = true;
    const QList<QJsonObject> found = std::exchange(m_found, {});
    if (!found.isEmpty())
        Q_EMIT changes(found);
    Q_EMIT polled(m_items, m_consumed);
}

ItemPoller::PollCost ItemPoller::estimateCost(qint64 tableSizeBytes, qint64 scheduleMs)
{
    PollCost cost;
    // Even an empty table costs the minimum read, one 4 KB unit.
    const qint64 units = std::max<qint64>(1, (std::max<qint64>(0, tableSizeBytes) + 4095) / 4096);
    cost.rcuPerPoll = double(units) / 2.0;
    cost.pollsPerHour = scheduleMs > 0 ? 3600000.0 / double(scheduleMs) : 0;
    cost.rcuPerHour = cost.rcuPerPoll * cost.pollsPerHour;
    return cost;
}

QString ItemPoller::warningText(const PollCost &cost)
{
    return QCoreApplication::translate(
               "ItemPoller",
               "Each poll scans the whole table: about %1 read capacity units per poll, %2 polls "
               "an hour, about %3 read capacity units an hour. A scan cannot tell a removed item "
               "from one it missed, so removals are not reported reliably: prefer a "
               "stream-backed trigger when the table can have a stream.")
        .arg(figure(cost.rcuPerPoll), figure(cost.pollsPerHour), figure(cost.rcuPerHour));
}

} // namespace dyna::streams
