#include "benchmode.h"

#include "mainwindow.h"

#include "errorpane.h"
#include "itemspanel.h"
#include "itemtablemodel.h"
#include "navigationpanel.h"
#include "session/session.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace dyna::app {

namespace {

// Started during static initialisation, before main(): the stand-in for the process start
// when /proc does not tell it.
const QElapsedTimer g_sinceStaticInit = [] {
    QElapsedTimer timer;
    timer.start();
    return timer;
}();

// Boot-relative milliseconds at which this process started, or -1. The kernel gives
// `starttime` (field 22 of /proc/self/stat) in clock ticks since boot, on CLOCK_BOOTTIME.
qint64 processStartBootMs()
{
    QFile file(QStringLiteral("/proc/self/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // The command name (field 2) may hold spaces and parentheses: count from its last ')'.
    const qsizetype end = stat.lastIndexOf(')');
    if (end < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(end + 2).split(' ');
    constexpr int startTimeIndex = 22 - 3; // fields after the name start at field 3
    bool ok = false;
    const qint64 ticks = fields.value(startTimeIndex).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    if (!ok || ticksPerSecond <= 0)
        return -1;
    return ticks * 1000 / ticksPerSecond;
}

qint64 bootTimeMs()
{
    timespec now{};
    if (clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

void writeLine(std::FILE *stream, const QByteArray &line)
{
    std::fprintf(stream, "%s\n", line.constData());
    std::fflush(stream);
}

} // namespace

BenchSandbox::BenchSandbox()
    : m_settings(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat))
{}

BenchSandbox::~BenchSandbox() = default;

QString BenchSandbox::historyPath() const
{
    return m_dir.filePath(QStringLiteral("history.jsonl"));
}

BenchW5::BenchW5(MainWindow *window, session::Session *session, const QString &tableName,
                 QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_tableName(tableName)
    , m_output([](const QByteArray &line) { writeLine(stdout, line); })
    , m_errorOutput([](const QByteArray &line) { writeLine(stderr, line); })
{}

void BenchW5::start()
{
    connect(m_window->navigation(), &views::NavigationPanel::loaded, this,
            &BenchW5::onTablesListed);
    connect(m_window->items(), &views::ItemsPanel::tableReady, this, &BenchW5::onTableReady);
    connect(m_window->items(), &views::ItemsPanel::pageLoaded, this, &BenchW5::onPageLoaded);
    connect(m_session, &session::Session::connectionFailed, this,
            [this](const aws::AwsError &error) {
                fail(QStringLiteral("Could not connect: %1").arg(error.userMessage()));
            });
    // The panel reports a failed DescribeTable only in its error pane.
    m_window->items()->errorPane()->installEventFilter(this);
    QTimer::singleShot(m_timeoutMs, this, [this] {
        fail(QStringLiteral("Gave up after %1 s: table %2 was not shown with its first page of "
                            "items in time.")
                 .arg(m_timeoutMs / 1000)
                 .arg(m_tableName));
    });
}

qint64 BenchW5::msSinceProcessStart()
{
    static const qint64 startMs = processStartBootMs();
    const qint64 nowMs = bootTimeMs();
    if (startMs < 0 || nowMs < startMs)
        return g_sinceStaticInit.elapsed();
    return nowMs - startMs;
}

qint64 BenchW5::residentKb()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    // readAll(), not atEnd(): /proc files report a size of 0.
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

bool BenchW5::eventFilter(QObject *watched, QEvent *event)
{
    // ShowToParent, not Show: the pane's tab may be hidden.
    if (event->type() == QEvent::ShowToParent && watched == m_window->items()->errorPane() &&
        m_tablesMs >= 0) {
        fail(QStringLiteral("Could not open table %1: %2")
                 .arg(m_tableName, m_window->items()->errorPane()->summaryText()));
    }
    return QObject::eventFilter(watched, event);
}

void BenchW5::onTablesListed()
{
    // A later refresh of the list is not the cold start.
    if (m_done || m_tablesMs >= 0)
        return;
    m_tablesMs = msSinceProcessStart();
    views::NavigationPanel *navigation = m_window->navigation();
    if (navigation->errorPane()->isVisibleTo(navigation)) {
        fail(QStringLiteral("Could not list the tables: %1")
                 .arg(navigation->errorPane()->summaryText()));
        return;
    }
    if (!navigation->selectTable(m_tableName))
        fail(QStringLiteral("Table %1 does not exist at this endpoint.").arg(m_tableName));
}

void BenchW5::onTableReady(const QString &tableName)
{
    if (m_done || m_tablesMs < 0 || m_pageMs >= 0 || tableName != m_tableName)
        return;
    m_pageMs = msSinceProcessStart();
}

void BenchW5::onPageLoaded()
{
    if (m_done || m_reporting || m_pageMs < 0)
        return;
    const models::ItemTableModel *model = m_window->items()->model();
    if (model->lastError().isError()) {
        fail(QStringLiteral("Could not read the items of table %1: %2")
                 .arg(m_tableName, model->lastError().userMessage()));
        return;
    }
    // An empty table counts once its scan has ended.
    const bool empty = model->pageCount() > 0 && model->isComplete();
    if (model->rowCount() == 0 && !empty)
        return;
    m_reporting = true;
    // The rows are in the model; one event-loop turn lets the grid lay them out, then it is
    // painted before the clock stops (no nested event loop).
    QTimer::singleShot(0, this, [this] {
        m_window->items()->grid()->viewport()->repaint();
        report();
    });
}

void BenchW5::report()
{
    if (m_done)
        return;
    const qint64 itemsMs = msSinceProcessStart();
    const int rows = m_window->items()->grid()->model()->rowCount();
    const QString line =
        QStringLiteral("RESULT workload=w5 tables_ms=%1 page_ms=%2 items_ms=%3 items=%4 rss_kb=%5")
            .arg(m_tablesMs)
            .arg(m_pageMs)
            .arg(itemsMs)
            .arg(rows)
            .arg(residentKb());
    m_done = true;
    m_output(line.toUtf8());
    Q_EMIT finished(0);
}

void BenchW5::fail(const QString &sentence)
{
    if (m_done)
        return;
    m_done = true;
    m_errorOutput(sentence.toUtf8());
    Q_EMIT finished(1);
}

} // namespace dyna::app
