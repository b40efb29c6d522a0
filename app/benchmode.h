#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QSettings;

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::app {

class MainWindow;

// Throwaway settings and PartiQL history for a bench run: the user's files are neither read
// (so the workspace restore opens nothing) nor written.
class BenchSandbox
{
public:
    BenchSandbox();
    ~BenchSandbox();

    QSettings *settings() const { return m_settings.get(); }
    QString historyPath() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

// `--bench-w5 TABLE`: the peers benchmark's W5 for the GUI. Once the navigation tree lists the
// tables it opens TABLE as a user would, and when the first page of items is in the grid and
// painted it writes
//   RESULT workload=w5 tables_ms=... page_ms=... items_ms=... items=... rss_kb=...
// (times since the process started) and finishes with 0; on any failure, or after the time
// limit, a sentence on the error output and 1.
class BenchW5 : public QObject
{
    Q_OBJECT
public:
    using Sink = std::function<void(const QByteArray &line)>;

    // Connect the session after start(): the table list is what it waits for first.
    BenchW5(MainWindow *window, session::Session *session, const QString &tableName,
            QObject *parent = nullptr);

    // Defaults: stdout and stderr, one line each, flushed.
    void setOutput(Sink output) { m_output = std::move(output); }
    void setErrorOutput(Sink errorOutput) { m_errorOutput = std::move(errorOutput); }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    void start();

    // Milliseconds since this process started (the kernel's start time; since static
    // initialisation when /proc cannot tell).
    static qint64 msSinceProcessStart();
    // VmRSS from /proc/self/status, 0 when unknown.
    static qint64 residentKb();

Q_SIGNALS:
    void finished(int exitCode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTablesListed();
    void onTableReady(const QString &tableName);
    void onPageLoaded();
    void report();
    void fail(const QString &sentence);

    MainWindow *m_window;
    session::Session *m_session;
    QString m_tableName;
    Sink m_output;
    Sink m_errorOutput;
    int m_timeoutMs = 60000;
    qint64 m_tablesMs = -1;
    qint64 m_pageMs = -1;
    bool m_reporting = false;
    bool m_done = false;
};

} // namespace dyna::app
