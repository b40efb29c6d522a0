#include "countjob.h"

#include "consumedcapacity.h"
#include "parallelscanjob.h"
#include "wirepage.h"

#include "aws/awsclient.h"

namespace dyna::dynamo {

CountJob::CountJob(aws::AwsClient *client, QString tableName, ScanPlan plan, QObject *parent)
    : aws::Job(parent)
    , m_client(client)
    , m_tableName(std::move(tableName))
    , m_plan(plan)
{}

void CountJob::start()
{
    if (m_scan || isFinished())
        return;
    m_scan =
        new ParallelScanJob(m_client,
                            {{QStringLiteral("TableName"), m_tableName},
                             {QStringLiteral("Select"), QStringLiteral("COUNT")},
                             {QStringLiteral("Limit"), m_plan.pageSize},
                             {QStringLiteral("ReturnConsumedCapacity"), QStringLiteral("TOTAL")}},
                            m_plan.segments, WirePage::Items::Json, this);
    connect(m_scan, &ParallelScanJob::page, this,
            [this](int, const WirePage &page) { onPage(page); });
    connect(m_scan, &aws::Job::finished, this, [this] { finish(m_scan->error()); });
    m_scan->start();
}

void CountJob::cancel()
{
    if (m_scan)
        m_scan->cancel();
    else
        finish(aws::AwsError::cancelled(QStringLiteral("Scan")));
}

void CountJob::onPage(const WirePage &page)
{
    m_count += qint64(page.envelope.value(QLatin1String("Count")).toDouble());
    m_capacity += dynamo::consumedCapacity(QStringLiteral("Scan"), page.envelope).total;
    Q_EMIT progress(m_count);
}

} // namespace dyna::dynamo
