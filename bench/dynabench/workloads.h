#pragma once

#include "benchoptions.h"

#include "dynamo/wirepage.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QSet>

#include <vector>

namespace dyna::aws {
class AwsClient;
class Job;
} // namespace dyna::aws

namespace dyna::bench {

// One workload of ../shared/peers-bench run through the console's own client. It ends in one
// `done`: the RESULT line on success, or a sentence saying what failed.
class Workload : public QObject
{
    Q_OBJECT
public:
    static Workload *create(const BenchOptions &options, aws::AwsClient *client,
                            QObject *parent = nullptr);

    virtual void start() = 0;

Q_SIGNALS:
    void done(const QString &result, const QString &error);

protected:
    Workload(const BenchOptions &options, aws::AwsClient *client, QObject *parent);

    // Decodes every item the way the console does before showing it; false on a bad item.
    dynamo::WirePage::Items itemsForm() const;
    void countItems(const dynamo::WirePage &page);
    // Ends with `error` when job failed; true when it did.
    bool failed(const aws::Job *job);
    void succeed(const QString &result);

    BenchOptions m_options;
    aws::AwsClient *m_client;
    QElapsedTimer m_clock;
    qint64 m_items = 0;
    qint64 m_attributes = 0;
    // Attribute names seen, as the grid collects its columns.
    QSet<QString> m_columns;
    bool m_done = false;
};

// W1: the whole table as the console reads it: DescribeTable, then a parallel Scan planned
// from the table's size (or --segments / --page-size).
class ScanWorkload : public Workload
{
    Q_OBJECT
public:
    using Workload::Workload;
    void start() override;

private:
    void scan(int pageSize, int segments);
};

// W2: one partition (--pk), every page.
class QueryWorkload : public Workload
{
    Q_OBJECT
public:
    using Workload::Workload;
    void start() override;
};

// W3: ListTables then DescribeTable, as the console's first screen.
class ColdStartWorkload : public Workload
{
    Q_OBJECT
public:
    using Workload::Workload;
    void start() override;
};

// W4: sequential PutItem calls, each timed from call to answer.
class PutWorkload : public Workload
{
    Q_OBJECT
public:
    using Workload::Workload;
    void start() override;

private:
    void putNext();

    QJsonArray m_bodies;
    std::vector<double> m_latenciesMs;
    QElapsedTimer m_putClock;
};

} // namespace dyna::bench
