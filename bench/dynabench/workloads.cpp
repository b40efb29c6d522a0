#include "workloads.h"

#include "benchitem.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "dynamo/attributevalue.h"
#include "dynamo/pagination.h"
#include "dynamo/parallelscanjob.h"
#include "dynamo/scanplan.h"

#include <QCoreApplication>

#include <algorithm>

namespace dyna::bench {

namespace {

QString milliseconds(double value)
{
    return QString::number(value, 'f', 3);
}

// The peers' percentile: the smallest sample with at least p% of the samples at or below it.
double percentile(const std::vector<double> &sorted, double p)
{
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size()))) - 1;
    return sorted.at(std::clamp<qsizetype>(rank, 0, qsizetype(sorted.size()) - 1));
}

} // namespace

Workload *Workload::create(const BenchOptions &options, aws::AwsClient *client, QObject *parent)
{
    if (options.workload == QLatin1String("w1"))
        return new ScanWorkload(options, client, parent);
    if (options.workload == QLatin1String("w2"))
        return new QueryWorkload(options, client, parent);
    if (options.workload == QLatin1String("w3"))
        return new ColdStartWorkload(options, client, parent);
    return new PutWorkload(options, client, parent);
}

Workload::Workload(const BenchOptions &options, aws::AwsClient *client, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(client)
{
    m_clock.start();
}

dynamo::WirePage::Items Workload::itemsForm() const
{
    return m_options.fullDecode ? dynamo::WirePage::Items::Decoded : dynamo::WirePage::Items::Json;
}

void Workload::countItems(const dynamo::WirePage &page)
{
    for (const dynamo::Item &item : page.items)
        m_attributes += item.size();
    for (const QStringList &names : page.itemNames) {
        m_attributes += names.size();
        for (const QString &name : names)
            m_columns.insert(name);
    }
    m_items += page.size();
}

bool Workload::failed(const aws::Job *job)
{
    if (!job->error().isError())
        return false;
    if (!m_done) {
        m_done = true;
        Q_EMIT done({}, job->error().userMessage());
    }
    return true;
}

void Workload::succeed(const QString &result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT done(result, {});
}

void ScanWorkload::start()
{
    auto *describe = m_client->call(aws::Service::DynamoDb, QStringLiteral("DescribeTable"),
                                    {{QStringLiteral("TableName"), m_options.table}});
    connect(describe, &aws::Job::finished, this, [this, describe] {
        if (failed(describe))
            return;
        const dynamo::ScanPlan plan = dynamo::withOverrides(
            dynamo::planFullScan(describe->response().value(QLatin1String("Table")).toObject(),
                                 m_client->isLocalEndpoint()),
            m_options.pageSize, m_options.segments);
        scan(plan.pageSize, plan.segments);
    });
    describe->start();
}

void ScanWorkload::scan(int pageSize, int segments)
{
    auto *job = new dynamo::ParallelScanJob(
        m_client,
        {{QStringLiteral("TableName"), m_options.table}, {QStringLiteral("Limit"), pageSize}},
        segments, itemsForm(), this);
    connect(job, &dynamo::ParallelScanJob::page, this,
            [this](int, const dynamo::WirePage &page) { countItems(page); });
    connect(job, &aws::Job::finished, this, [this, job, pageSize, segments] {
        if (failed(job))
            return;
        succeed(QStringLiteral("RESULT workload=w1 items=%1 pages=%2 t_ms=%3 attributes=%4 "
                               "segments=%5 page_size=%6")
                    .arg(m_items)
                    .arg(job->pages())
                    .arg(milliseconds(m_clock.nsecsElapsed() / 1e6))
                    .arg(m_attributes)
                    .arg(segments)
                    .arg(pageSize));
    });
    job->start();
}

void QueryWorkload::start()
{
    auto *job = new dynamo::PaginatedJob(
        m_client, aws::Service::DynamoDb, QStringLiteral("Query"),
        {{QStringLiteral("TableName"), m_options.table},
         {QStringLiteral("KeyConditionExpression"), QStringLiteral("#pk = :pk")},
         {QStringLiteral("ExpressionAttributeNames"),
          QJsonObject{{QStringLiteral("#pk"), QStringLiteral("pk")}}},
         {QStringLiteral("ExpressionAttributeValues"),
          QJsonObject{{QStringLiteral(":pk"),
                       QJsonObject{{QStringLiteral("S"), m_options.partitionKey}}}}}},
        this);
    job->setItems(itemsForm());
    connect(job, &dynamo::PaginatedJob::wirePage, this,
            [this](dynamo::PaginatedJob *, const dynamo::WirePage &page) { countItems(page); });
    connect(job, &aws::Job::finished, this, [this, job] {
        if (failed(job))
            return;
        succeed(QStringLiteral("RESULT workload=w2 items=%1 pages=%2 t_ms=%3 attributes=%4")
                    .arg(m_items)
                    .arg(job->pages())
                    .arg(milliseconds(m_clock.nsecsElapsed() / 1e6))
                    .arg(m_attributes));
    });
    job->start();
}

void ColdStartWorkload::start()
{
    auto *list = m_client->call(aws::Service::DynamoDb, QStringLiteral("ListTables"));
    connect(list, &aws::Job::finished, this, [this, list] {
        if (failed(list))
            return;
        const int tables =
            int(list->response().value(QLatin1String("TableNames")).toArray().size());
        auto *describe = m_client->call(aws::Service::DynamoDb, QStringLiteral("DescribeTable"),
                                        {{QStringLiteral("TableName"), m_options.table}});
        connect(describe, &aws::Job::finished, this, [this, describe, tables] {
            if (failed(describe))
                return;
            const dynamo::TableSize size = dynamo::TableSize::fromDescription(
                describe->response().value(QLatin1String("Table")).toObject());
            succeed(QStringLiteral("RESULT workload=w3 tables=%1 item_count=%2 t_ms=%3")
                        .arg(tables)
                        .arg(size.itemCount)
                        .arg(milliseconds(m_clock.nsecsElapsed() / 1e6)));
        });
        describe->start();
    });
    list->start();
}

void PutWorkload::start()
{
    // Items are built before timing starts, as the other peers do: W4 times the round trip.
    const QString pk = QStringLiteral("w4-cpp-%1").arg(QCoreApplication::applicationPid());
    for (int i = 0; i < m_options.puts; ++i) {
        const QString sk = QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'));
        m_bodies.append(QJsonObject{{QStringLiteral("TableName"), QStringLiteral("BenchW4")},
                                    {QStringLiteral("Item"), makeWireItem(i, pk, sk)}});
    }
    m_latenciesMs.reserve(m_bodies.size());
    m_clock.restart();
    putNext();
}

void PutWorkload::putNext()
{
    if (qsizetype(m_latenciesMs.size()) == m_bodies.size()) {
        std::vector<double> sorted = m_latenciesMs;
        std::sort(sorted.begin(), sorted.end());
        succeed(QStringLiteral("RESULT workload=w4 items=%1 p50_ms=%2 p99_ms=%3 max_ms=%4 t_ms=%5")
                    .arg(sorted.size())
                    .arg(milliseconds(percentile(sorted, 50)), milliseconds(percentile(sorted, 99)),
                         milliseconds(sorted.back()), milliseconds(m_clock.nsecsElapsed() / 1e6)));
        return;
    }
    auto *job = m_client->call(aws::Service::DynamoDb, QStringLiteral("PutItem"),
                               m_bodies.at(qsizetype(m_latenciesMs.size())).toObject());
    connect(job, &aws::Job::finished, this, [this, job] {
        m_latenciesMs.push_back(m_putClock.nsecsElapsed() / 1e6);
        if (failed(job))
            return;
        putNext();
    });
    m_putClock.start();
    job->start();
}

} // namespace dyna::bench
