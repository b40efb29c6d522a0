#pragma once

#include "aws/job.h"
#include "scanplan.h"

#include <QPointer>

namespace dyna::aws {
class AwsClient;
} // namespace dyna::aws

namespace dyna::dynamo {

class ParallelScanJob;
struct WirePage;

// Counts a table's items exactly: a parallel Scan with Select=COUNT, so no item travels, summing
// each page's Count. DescribeTable's ItemCount is only refreshed about every six hours.
class CountJob : public aws::Job
{
    Q_OBJECT
public:
    CountJob(aws::AwsClient *client, QString tableName, ScanPlan plan, QObject *parent = nullptr);

    void start() override;
    void cancel() override;

    const QString &tableName() const { return m_tableName; }
    const ScanPlan &plan() const { return m_plan; }
    qint64 count() const { return m_count; }
    double consumedCapacity() const { return m_capacity; }

Q_SIGNALS:
    // After each page: the items counted so far.
    void progress(qint64 counted);

private:
    void onPage(const WirePage &page);

    QPointer<aws::AwsClient> m_client;
    QString m_tableName;
    ScanPlan m_plan;
    QPointer<ParallelScanJob> m_scan;
    qint64 m_count = 0;
    double m_capacity = 0;
};

} // namespace dyna::dynamo
