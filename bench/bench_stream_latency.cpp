// Measures the Streams inspector's path against a running DynamoDB Local: a StreamWatcher feeding
// a StreamEventModel shown in a table view. Phase 1 writes `rate` items/s for `seconds` s with
// a paced PutItem writer and reports how long each change takes from its write to its row in
// the model. Phase 2 writes `burst` items first, then reads them from TRIM_HORIZON and reports
// records/s into the model, with minPollIntervalMs 0 (what the consumer can do) and 200 (the
// default, held to DynamoDB's 5 GetRecords/s per shard). A 10 ms timer's largest gap throughout
// gives the longest main-thread stall.
#include "streameventmodel.h"

#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "dynamo/batchwritejob.h"
#include "dynamo/preflight.h"
#include "dynamo/tablewaiter.h"
#include "streams/streamwatcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

using namespace dyna;

namespace {

constexpr int kMaxInFlight = 200;     // PutItem calls of the paced writer
constexpr int kWriterTickMs = 5;      // the writer sends what is due every tick
constexpr int kTailTimeoutMs = 30000; // after the last write, how long to wait for its record
constexpr int kThroughputTimeoutMs = 300000;
constexpr int kBurstConcurrency = 4; // BatchWriteItem calls in flight
constexpr qint64 kGetRecordsPerSecond = 5;
constexpr qint64 kRecordsPerCall = 1000;

const char *minPollSection(int minPollIntervalMs)
{
    return minPollIntervalMs == 0 ? "throughput, minPollIntervalMs 0"
                                  : "throughput, minPollIntervalMs default";
}

int defaultPollIntervalMs()
{
    return streams::ConsumerOptions{}.minPollIntervalMs;
}

struct Options
{
    QUrl endpoint;
    int rate = 200;
    int seconds = 60;
    int burst = 20000;
};

QJsonObject s(const QString &value)
{
    return {{QStringLiteral("S"), value}};
}

QJsonObject n(qint64 value)
{
    return {{QStringLiteral("N"), QString::number(value)}};
}

void print(const char *name, const QString &value)
{
    std::printf("%-34s %s\n", name, qPrintable(value));
    std::fflush(stdout);
}

QString ms(qint64 nanoseconds)
{
    return QString::number(double(nanoseconds) / 1e6, 'f', 1);
}

// Nearest rank, on sorted values.
qint64 percentile(const std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto rank = std::size_t(std::ceil(p * double(sorted.size())));
    return sorted.at(std::clamp<std::size_t>(rank, 1, sorted.size()) - 1);
}

struct Stalls
{
    qint64 longest = 0;
    int over50 = 0;
};

// The largest gap between ticks of a 10 ms timer: how long the window could not repaint. Kept
// per section of the run, so a stall can be traced to what the bench was doing.
class StallMeter : public QObject
{
    Q_OBJECT
public:
    explicit StallMeter(const QElapsedTimer &clock)
        : m_clock(clock)
    {
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(10);
        connect(&m_ticker, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 gap = now - m_lastTick;
            for (Stalls *stalls : {&m_total, &m_section}) {
                stalls->longest = std::max(stalls->longest, gap);
                if (gap > 50 * 1000000LL)
                    ++stalls->over50;
            }
            m_lastTick = now;
        });
    }

    void start()
    {
        m_lastTick = m_clock.nsecsElapsed();
        m_ticker.start();
    }
    void stop() { m_ticker.stop(); }
    // Ends the current section under `name` and begins the next one.
    void endSection(const char *name)
    {
        m_sections.emplace_back(name, m_section);
        m_section = {};
    }
    const std::vector<std::pair<const char *, Stalls>> &sections() const { return m_sections; }
    const Stalls &total() const { return m_total; }

private:
    const QElapsedTimer &m_clock;
    QTimer m_ticker;
    qint64 m_lastTick = 0;
    Stalls m_total;
    Stalls m_section;
    std::vector<std::pair<const char *, Stalls>> m_sections;
};

struct ThroughputRun
{
    int minPollIntervalMs = 0;
    int rows = 0;
    qint64 totalNs = 0;    // start() to the last row in the model
    qint64 firstRowNs = 0; // start() to the first row
    bool complete = false;
    bool ended = false;
};

class StreamBench : public QObject
{
    Q_OBJECT
public:
    explicit StreamBench(const Options &options)
        : m_options(options)
        , m_stalls(m_clock)
    {
        aws::ClientConfig config;
        config.endpoint.overrideUrl = options.endpoint;
        config.endpoint.region = QStringLiteral("us-east-1");
        // DynamoDB Local accepts any key; these are placeholders, not secrets.
        m_client =
            dynamo::createClient(config,
                                 std::make_shared<aws::StaticCredentialsProvider>(aws::Credentials{
                                     QStringLiteral("bench"), QStringLiteral("bench"), {}, {}}),
                                 this);
        m_view.resize(1200, 800);
        m_view.show();
        const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
        m_latencyTable = QStringLiteral("StreamBench-Latency-") + stamp;
        m_burstTable = QStringLiteral("StreamBench-Burst-") + stamp;
    }

    void run()
    {
        m_clock.start();
        createTable(m_latencyTable, [this] { startLatencyPhase(); });
    }

private:
    void createTable(const QString &name, const std::function<void()> &next)
    {
        const QJsonObject input{
            {QStringLiteral("TableName"), name},
            {QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")},
            {QStringLiteral("AttributeDefinitions"),
             QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                    {QStringLiteral("AttributeType"), QStringLiteral("S")}},
                        QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("sk")},
                                    {QStringLiteral("AttributeType"), QStringLiteral("N")}}}},
            {QStringLiteral("KeySchema"),
             QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                    {QStringLiteral("KeyType"), QStringLiteral("HASH")}},
                        QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("sk")},
                                    {QStringLiteral("KeyType"), QStringLiteral("RANGE")}}}},
            {QStringLiteral("StreamSpecification"),
             QJsonObject{{QStringLiteral("StreamEnabled"), true},
                         {QStringLiteral("StreamViewType"), QStringLiteral("NEW_AND_OLD_IMAGES")}}},
        };
        aws::RequestJob *job =
            m_client->call(aws::Service::DynamoDb, QStringLiteral("CreateTable"), input);
        connect(job, &aws::Job::finished, this, [this, name, next](aws::Job *created) {
            if (created->error().isError()) {
                fail(QStringLiteral("CreateTable %1: %2").arg(name, created->error().details()));
                return;
            }
            m_tables.append(name);
            auto *waiter = new dynamo::TableWaiter(m_client, name,
                                                   dynamo::TableWaiter::Condition::Exists, this);
            waiter->setDelay(std::chrono::milliseconds(200));
            connect(waiter, &aws::Job::finished, this, [this, name, next, waiter] {
                waiter->deleteLater();
                if (waiter->error().isError())
                    fail(QStringLiteral("Table %1 did not become active: %2")
                             .arg(name, waiter->error().details()));
                else
                    next();
            });
            waiter->start();
        });
        job->start();
    }

    // A new watcher and model for one phase; the previous ones are stopped and dropped.
    void newWatcher(const QString &table, streams::StartPosition start, int minPollIntervalMs,
                    const QString &checkpointName)
    {
        m_watcher.reset();
        m_model = std::make_unique<models::StreamEventModel>();
        m_model->setCapacity(std::max(m_options.burst, m_options.rate * m_options.seconds) + 1000);
        m_view.setModel(m_model.get());
        m_watcher = std::make_unique<streams::StreamWatcher>();
        connect(m_watcher.get(), &streams::StreamWatcher::recordsArrived, m_model.get(),
                &models::StreamEventModel::append);
        connect(m_watcher.get(), &streams::StreamWatcher::failed, this,
                [this](const aws::AwsError &error) {
                    fail(QStringLiteral("The stream watcher gave up: ") + error.details());
                });
        connect(m_watcher.get(), &streams::StreamWatcher::problem, this,
                [](const aws::AwsError &error) {
                    std::fprintf(stderr, "watcher problem: %s\n", qPrintable(error.details()));
                });
        connect(m_watcher.get(), &streams::StreamWatcher::shardsChanged, this,
                [this](const streams::ShardStatusList &shards) {
                    m_shards = std::max(m_shards, int(shards.size()));
                });
        connect(m_model.get(), &models::StreamEventModel::rowsInserted, this,
                [this] { QTimer::singleShot(0, &m_view, [this] { m_view.scrollToBottom(); }); });

        streams::ConsumerOptions options;
        options.tableName = table;
        options.start = start;
        options.minPollIntervalMs = minPollIntervalMs;
        options.checkpointPath = m_checkpoints.filePath(checkpointName);
        m_watcherStartNs = m_clock.nsecsElapsed();
        m_watcher->start(m_client, options);
    }

    // ---- Phase 1: latency

    void startLatencyPhase()
    {
        m_stalls.start();
        newWatcher(m_latencyTable, streams::StartPosition::Latest, defaultPollIntervalMs(),
                   QStringLiteral("latency.json"));
        // Writing starts once every open shard has its LATEST iterator and answered one
        // GetRecords (lag 0): writes made earlier would not be in the stream from "now".
        connect(m_watcher.get(), &streams::StreamWatcher::shardsChanged, this,
                [this](const streams::ShardStatusList &shards) {
                    if (m_writerStartNs >= 0 || shards.isEmpty())
                        return;
                    const bool ready =
                        std::all_of(shards.cbegin(), shards.cend(), [](const auto &shard) {
                            return shard.state == streams::ShardStatus::State::Drained ||
                                   shard.lagMs >= 0;
                        });
                    if (ready)
                        startWriter();
                });
        connect(m_model.get(), &models::StreamEventModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    const qint64 now = m_clock.nsecsElapsed();
                    for (int row = first; row <= last; ++row) {
                        const QString sent = m_model->record(row)
                                                 .newImage.value(QLatin1String("sentNs"))
                                                 .toObject()
                                                 .value(QLatin1String("N"))
                                                 .toString();
                        m_latencies.push_back(now - sent.toLongLong());
                    }
                    m_tailTimer.start(); // restarts the wait for stragglers
                    checkLatencyDone();
                });
        m_tailTimer.setSingleShot(true);
        m_tailTimer.setInterval(kTailTimeoutMs);
        connect(&m_tailTimer, &QTimer::timeout, this, [this] {
            if (writerDone())
                finishLatencyPhase();
        });
    }

    void startWriter()
    {
        m_writerStartNs = m_clock.nsecsElapsed();
        m_writerTimer.setTimerType(Qt::PreciseTimer);
        m_writerTimer.setInterval(kWriterTickMs);
        connect(&m_writerTimer, &QTimer::timeout, this, [this] {
            const qint64 total = qint64(m_options.rate) * m_options.seconds;
            const qint64 elapsed = m_clock.nsecsElapsed() - m_writerStartNs;
            const qint64 due = std::min(total, elapsed * m_options.rate / 1000000000LL + 1);
            while (m_sent < due && m_inFlight < kMaxInFlight)
                put(m_sent++);
            if (m_sent == total)
                m_writerTimer.stop();
        });
        m_writerTimer.start();
    }

    void put(qint64 index)
    {
        const QJsonObject item{
            {QStringLiteral("pk"), s(QStringLiteral("latency"))},
            {QStringLiteral("sk"), n(index)},
            {QStringLiteral("sentNs"), n(m_clock.nsecsElapsed())},
            {QStringLiteral("payload"), s(QString(100, QLatin1Char('x')))},
        };
        aws::RequestJob *job = m_client->call(
            aws::Service::DynamoDb, QStringLiteral("PutItem"),
            {{QStringLiteral("TableName"), m_latencyTable}, {QStringLiteral("Item"), item}});
        ++m_inFlight;
        connect(job, &aws::Job::finished, this, [this](aws::Job *done) {
            --m_inFlight;
            if (done->error().isError()) {
                if (m_writeErrors++ == 0)
                    std::fprintf(stderr, "PutItem failed: %s\n",
                                 qPrintable(done->error().details()));
            } else {
                ++m_written;
            }
            if (writerDone()) {
                m_writerEndNs = m_clock.nsecsElapsed();
                m_tailTimer.start();
                checkLatencyDone();
            }
        });
        job->start();
    }

    bool writerDone() const
    {
        return m_written + m_writeErrors == qint64(m_options.rate) * m_options.seconds;
    }

    void checkLatencyDone()
    {
        if (writerDone() && qint64(m_latencies.size()) >= m_written)
            finishLatencyPhase();
    }

    void finishLatencyPhase()
    {
        if (m_latencyDone)
            return;
        m_latencyDone = true;
        m_tailTimer.stop();
        m_watcher->stop();
        m_stalls.endSection("latency phase");
        createTable(m_burstTable, [this] { writeBurst(); });
    }

    // ---- Phase 2: throughput

    void writeBurst()
    {
        QList<dynamo::BatchWriteJob::WriteRequest> requests;
        requests.reserve(m_options.burst);
        for (int i = 0; i < m_options.burst; ++i) {
            requests.append(dynamo::BatchWriteJob::put(
                m_burstTable, {{QStringLiteral("pk"), s(QStringLiteral("burst"))},
                               {QStringLiteral("sk"), n(i)},
                               {QStringLiteral("payload"), s(QString(100, QLatin1Char('x')))}}));
        }
        auto *writer = new dynamo::BatchWriteJob(m_client, requests, this);
        writer->setConcurrency(kBurstConcurrency);
        const qint64 startNs = m_clock.nsecsElapsed();
        connect(writer, &aws::Job::finished, this, [this, writer, startNs] {
            writer->deleteLater();
            m_burstWriteNs = m_clock.nsecsElapsed() - startNs;
            m_burstWritten = writer->written();
            m_stalls.endSection("burst write");
            if (writer->error().isError()) {
                fail(QStringLiteral("BatchWriteItem: ") + writer->error().details());
                return;
            }
            runThroughput(0,
                          [this] { runThroughput(defaultPollIntervalMs(), [this] { finish(); }); });
        });
        writer->start();
    }

    void runThroughput(int minPollIntervalMs, const std::function<void()> &next)
    {
        m_runs.push_back({});
        m_runs.back().minPollIntervalMs = minPollIntervalMs;
        newWatcher(m_burstTable, streams::StartPosition::TrimHorizon, minPollIntervalMs,
                   QStringLiteral("burst-%1.json").arg(minPollIntervalMs));
        // Completion and the timeout may both fire: only the first ends the run. Queued, so the
        // next run never replaces the model or the watcher inside one of their signals.
        const std::size_t index = m_runs.size() - 1;
        const auto done = [this, index, next] {
            QTimer::singleShot(0, this, [this, index, next] {
                if (m_runs.at(index).ended)
                    return;
                m_runs.at(index).ended = true;
                m_runTimeout.stop();
                m_watcher->stop();
                m_stalls.endSection(minPollSection(m_runs.at(index).minPollIntervalMs));
                next();
            });
        };
        connect(m_model.get(), &models::StreamEventModel::rowsInserted, this, [this, done] {
            ThroughputRun &run = m_runs.back();
            const qint64 now = m_clock.nsecsElapsed() - m_watcherStartNs;
            if (run.rows == 0)
                run.firstRowNs = now;
            run.rows = m_model->rowCount();
            run.totalNs = now;
            if (run.rows >= m_options.burst) {
                run.complete = true;
                done();
            }
        });
        disconnect(&m_runTimeout, nullptr, this, nullptr);
        connect(&m_runTimeout, &QTimer::timeout, this, done);
        m_runTimeout.setSingleShot(true);
        m_runTimeout.start(kThroughputTimeoutMs);
    }

    // ---- The end

    void fail(const QString &message)
    {
        std::fprintf(stderr, "bench_stream_latency: %s\n", qPrintable(message));
        m_exitCode = 1;
        // Queued: this may run inside a signal of the watcher that finish() deletes.
        QTimer::singleShot(0, this, &StreamBench::finish);
    }

    void finish()
    {
        if (m_finishing)
            return;
        m_finishing = true;
        m_stalls.stop();
        m_writerTimer.stop();
        m_tailTimer.stop();
        m_runTimeout.stop();
        m_watcher.reset();
        report();
        deleteNextTable();
    }

    void deleteNextTable()
    {
        if (m_tables.isEmpty()) {
            QCoreApplication::exit(m_exitCode);
            return;
        }
        const QString name = m_tables.takeFirst();
        aws::RequestJob *job = m_client->call(aws::Service::DynamoDb, QStringLiteral("DeleteTable"),
                                              {{QStringLiteral("TableName"), name}});
        connect(job, &aws::Job::finished, this, [this, name](aws::Job *deleted) {
            if (deleted->error().isError())
                std::fprintf(stderr, "DeleteTable %s: %s\n", qPrintable(name),
                             qPrintable(deleted->error().details()));
            deleteNextTable();
        });
        job->start();
    }

    void report()
    {
        const qint64 planned = qint64(m_options.rate) * m_options.seconds;
        std::vector<qint64> sorted = m_latencies;
        std::sort(sorted.begin(), sorted.end());
        const qint64 writeNs =
            (m_writerEndNs > 0 ? m_writerEndNs : m_clock.nsecsElapsed()) - m_writerStartNs;

        std::printf("\n");
        print("command", QCoreApplication::arguments().join(QLatin1Char(' ')));
        print("shards (most seen at once)", QString::number(m_shards));
        std::printf("\nLatency: PutItem to row in the model (StartPosition::Latest, default "
                    "polling)\n");
        print("items planned", QString::number(planned));
        print("items written / failed",
              QStringLiteral("%1 / %2").arg(m_written).arg(m_writeErrors));
        print("records seen", QString::number(sorted.size()));
        if (m_writerStartNs >= 0 && writeNs > 0)
            print("achieved write rate /s",
                  QString::number(double(m_written) * 1e9 / double(writeNs), 'f', 1));
        print("latency p50 ms", ms(percentile(sorted, 0.50)));
        print("latency p90 ms", ms(percentile(sorted, 0.90)));
        print("latency p99 ms", ms(percentile(sorted, 0.99)));
        print("latency max ms", ms(sorted.empty() ? 0 : sorted.back()));
        if (qint64(sorted.size()) != m_written || m_written != planned) {
            std::printf("!!! MISMATCH: %lld records seen for %lld items written (%lld planned)"
                        " !!!\n",
                        static_cast<long long>(sorted.size()), static_cast<long long>(m_written),
                        static_cast<long long>(planned));
            m_exitCode = 1;
        }

        std::printf("\nThroughput: %d items written before start(), read from TRIM_HORIZON\n",
                    m_options.burst);
        if (m_burstWriteNs > 0)
            print("burst write (BatchWriteItem) /s",
                  QString::number(double(m_burstWritten) * 1e9 / double(m_burstWriteNs), 'f', 0));
        std::printf("%-18s %8s %10s %12s %14s %12s\n", "minPollIntervalMs", "rows", "total ms",
                    "records/s", "sustained /s", "cap /s");
        const qint64 cap = kGetRecordsPerSecond * kRecordsPerCall * std::max(m_shards, 1);
        for (const ThroughputRun &run : m_runs) {
            const double total = double(std::max<qint64>(run.totalNs, 1));
            const double sustained = double(std::max<qint64>(run.totalNs - run.firstRowNs, 1));
            // DynamoDB holds a shard to 5 GetRecords/s; the consumer honours it only at 200 ms.
            const QString capText = run.minPollIntervalMs >= 1000 / kGetRecordsPerSecond
                                        ? QString::number(cap)
                                        : QStringLiteral("none (local)");
            std::printf("%-18d %8d %10s %12.0f %14.0f %12s\n", run.minPollIntervalMs, run.rows,
                        qPrintable(ms(run.totalNs)), double(run.rows) * 1e9 / total,
                        double(std::max(run.rows - 1, 0)) * 1e9 / sustained, qPrintable(capText));
            if (!run.complete) {
                std::printf("!!! INCOMPLETE: %d of %d records reached the model !!!\n", run.rows,
                            m_options.burst);
                m_exitCode = 1;
            }
        }
        std::printf("(records/s: from start() to the last row; sustained: first row to last. "
                    "Cap: 5 GetRecords/s x 1000 records per shard = 5000/s per shard.)\n");

        std::printf("\nMain thread stalls (gaps of a 10 ms timer)\n");
        std::printf("%-40s %12s %12s\n", "section", "longest ms", "over 50 ms");
        for (const auto &[name, stalls] : m_stalls.sections())
            std::printf("%-40s %12s %12d\n", name, qPrintable(ms(stalls.longest)), stalls.over50);
        std::printf("%-40s %12s %12d\n", "both phases", qPrintable(ms(m_stalls.total().longest)),
                    m_stalls.total().over50);
        std::fflush(stdout);
    }

    Options m_options;
    QElapsedTimer m_clock;
    StallMeter m_stalls;
    aws::AwsClient *m_client = nullptr;
    QTemporaryDir m_checkpoints;
    QTableView m_view;
    std::unique_ptr<models::StreamEventModel> m_model;
    std::unique_ptr<streams::StreamWatcher> m_watcher; // declared after the model: goes first
    QString m_latencyTable;
    QString m_burstTable;
    QStringList m_tables; // created and not yet deleted
    qint64 m_watcherStartNs = 0;
    int m_shards = 0;
    int m_exitCode = 0;
    bool m_finishing = false;

    QTimer m_runTimeout;
    QTimer m_writerTimer;
    QTimer m_tailTimer;
    qint64 m_writerStartNs = -1;
    qint64 m_writerEndNs = 0;
    qint64 m_sent = 0;
    qint64 m_written = 0;
    qint64 m_writeErrors = 0;
    int m_inFlight = 0;
    std::vector<qint64> m_latencies;
    bool m_latencyDone = false;

    qint64 m_burstWriteNs = 0;
    int m_burstWritten = 0;
    std::vector<ThroughputRun> m_runs;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Streams latency and throughput against a running DynamoDB Local."));
    parser.addHelpOption();
    const QCommandLineOption endpoint(QStringLiteral("endpoint"),
                                      QStringLiteral("DynamoDB Local URL (required)."),
                                      QStringLiteral("url"));
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Items per second."),
                                  QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Length of the latency phase."),
                                     QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption burst(QStringLiteral("burst"),
                                   QStringLiteral("Items of the throughput phase."),
                                   QStringLiteral("n"), QStringLiteral("20000"));
    parser.addOptions({endpoint, rate, seconds, burst});
    parser.process(app);

    Options options;
    options.endpoint = QUrl(parser.value(endpoint));
    options.rate = parser.value(rate).toInt();
    options.seconds = parser.value(seconds).toInt();
    options.burst = parser.value(burst).toInt();
    if (!options.endpoint.isValid() || options.endpoint.scheme().isEmpty() || options.rate <= 0 ||
        options.seconds <= 0 || options.burst <= 0) {
        std::fprintf(stderr, "usage: bench_stream_latency --endpoint URL [--rate 200] "
                             "[--seconds 60] [--burst 20000]\n");
        return 2;
    }

    StreamBench bench(options);
    QTimer::singleShot(0, &bench, &StreamBench::run);
    return app.exec();
}

#include "bench_stream_latency.moc"
