#pragma once

#include "aws/job.h"
#include "batchwritejob.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>

namespace dyna::aws {
class AwsClient;
class RequestJob;
} // namespace dyna::aws

namespace dyna::dynamo {

// The demo dataset behind `run-demo.sh`: a small shop with customers, orders (a GSI and a
// stream), products (binary, sets, nested lists) and sessions (TTL). Deterministic, so
// screenshots and tests see the same data on every machine.
class DemoDataset : public aws::Job
{
    Q_OBJECT
public:
    static constexpr int kCustomers = 400;
    static constexpr int kOrders = 2800;
    static constexpr int kProducts = 250;
    static constexpr int kSessions = 150;

    explicit DemoDataset(aws::AwsClient *client, QObject *parent = nullptr);

    static QStringList tableNames();
    static QList<QJsonObject> createTableRequests();
    static QList<BatchWriteJob::WriteRequest> items();

    // Seeds only when the endpoint has no tables at all, so a user's own data is never touched.
    void setOnlyIfEmpty(bool onlyIfEmpty) { m_onlyIfEmpty = onlyIfEmpty; }
    void start() override;
    void cancel() override;

    bool seeded() const { return m_seeded; }

Q_SIGNALS:
    void progress(const QString &stage, int done, int total);

private:
    void createTables();
    void waitUntilActive();
    void enableTimeToLive();
    void writeItems();
    // Chains one request; `next` runs only on success.
    void call(const QString &operation, const QJsonObject &input,
              std::function<void(const QJsonObject &)> next);

    QPointer<aws::AwsClient> m_client;
    QPointer<BatchWriteJob> m_writer;
    int m_tablesCreated = 0;
    bool m_onlyIfEmpty = true;
    bool m_seeded = false;
};

} // namespace dyna::dynamo
