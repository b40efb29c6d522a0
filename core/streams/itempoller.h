#pragma once

#include "triggerspec.h"

#include "aws/awserror.h"
#include "dynamo/pagination.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

class QTimer;

namespace dyna::aws {
class AwsClient;
class Job;
} // namespace dyna::aws

namespace dyna::streams {

// The seed's itemPolled fallback for a table without a stream: every scheduleMs it scans the
// whole table and compares each item with what the previous scan saw (by a digest, so only
// keys and hashes stay in memory). New keys are INSERT events and changed items MODIFY events,
// shaped like StreamRecord::toEventPayload (eventName, tableName, keys, newImage). Keys that
// disappeared are only counted: a scan cannot tell a removed item from one it missed.
class ItemPoller : public QObject
{
    Q_OBJECT
public:
    struct PollCost
    {
        double rcuPerPoll = 0;
        double pollsPerHour = 0;
        double rcuPerHour = 0;
    };

    ItemPoller(aws::AwsClient *client, TriggerSpec spec, QObject *parent = nullptr);
    ~ItemPoller() override;

    // Polls at once (the baseline, which reports nothing) and then every scheduleMs.
    void start();
    // Stops the schedule and abandons a scan in progress; what was seen is kept, so a later
    // start() compares with it.
    void stop();
    // Polls now unless a poll is already running (polls never overlap).
    void pollNow();

    bool isRunning() const;
    bool isPolling() const { return m_job != nullptr; }
    const TriggerSpec &spec() const { return m_spec; }
    // Items per Scan page (Scan's Limit); 0, the default, lets DynamoDB fill 1 MB pages.
    void setPageLimit(int limit) { m_pageLimit = limit; }
    // Keys the previous full scan saw that the last one did not.
    int missingSinceLastPoll() const { return m_missing; }
    // Items known from the last full scan.
    int knownItems() const { return int(m_known.size()); }

    // What polling costs: a Scan is charged for the data it reads, rounded up to 4 KB, one read
    // capacity unit per 4 KB, half of that for the eventually consistent reads the poller uses.
    static PollCost estimateCost(qint64 tableSizeBytes, qint64 scheduleMs);
    static QString warningText(const PollCost &cost);

Q_SIGNALS:
    // New and changed items found by a poll after the baseline; not emitted when there are none.
    void changes(const QList<QJsonObject> &payloads);
    // After each full scan, the items it read and the capacity it consumed (all pages).
    void polled(int items, double consumedCapacityUnits);
    // A Scan failed; the poll is abandoned and the next one runs on schedule.
    void failed(const dyna::aws::AwsError &error);

private:
    void readPage(const QJsonObject &response);
    // Cancels the scan in progress without reporting it.
    void abandonScan();
    void scanFinished(aws::Job *job);
    void finishPoll();

    QPointer<aws::AwsClient> m_client;
    TriggerSpec m_spec;
    QTimer *m_timer;
    QPointer<dynamo::PaginatedJob> m_job;
    int m_pageLimit = 0;
    bool m_baselineDone = false;
    int m_missing = 0;
    QHash<QByteArray, QByteArray> m_known; // compact JSON of the keys → digest of the item

    // The poll in progress.
    QHash<QByteArray, QByteArray> m_seen;
    QList<QJsonObject> m_found;
    int m_items = 0;
    double m_consumed = 0;
};

} // namespace dyna::streams
