#include "privateddblocal.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <cerrno>
#include <signal.h>

namespace dyna::test {

namespace {

// DynamoDB Local takes a few seconds to start; the script itself gives up after 30 s.
constexpr int kScriptTimeoutMs = 120000;
constexpr int kKillTimeoutMs = 20000;

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll().trimmed());
}

// A killed process may linger as a zombie until its new parent reaps it; it holds no socket.
bool isGone(qint64 pid)
{
    const QString stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.isEmpty())
        return true;
    const qsizetype close = stat.lastIndexOf(QLatin1Char(')'));
    return close >= 0 && stat.mid(close + 2, 1) == QLatin1String("Z");
}

} // namespace

PrivateDynamoDbLocal::PrivateDynamoDbLocal() = default;

PrivateDynamoDbLocal::~PrivateDynamoDbLocal()
{
    stop();
}

QString PrivateDynamoDbLocal::statePath() const
{
    return m_dir.filePath(QStringLiteral("state"));
}

bool PrivateDynamoDbLocal::runScript(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(DYNA_SOURCE_DIR "/scripts/ddblocal.sh"), arguments);
    if (!process.waitForFinished(kScriptTimeoutMs)) {
        m_error = QStringLiteral("ddblocal.sh %1 did not finish: %2")
                      .arg(arguments.join(QLatin1Char(' ')), process.errorString());
        process.kill();
        process.waitForFinished();
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("ddblocal.sh %1 failed (exit code %2): %3")
                      .arg(arguments.join(QLatin1Char(' ')))
                      .arg(process.exitCode())
                      .arg(QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool PrivateDynamoDbLocal::start(int port)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    QStringList arguments{QStringLiteral("start"), QStringLiteral("--state"), statePath(),
                          QStringLiteral("--data"), m_dir.filePath(QStringLiteral("db"))};
    if (port > 0)
        arguments << QStringLiteral("--port") << QString::number(port);
    if (!runScript(arguments))
        return false;
    m_port = readFile(QDir(statePath()).filePath(QStringLiteral("port"))).toInt();
    m_url = QUrl(readFile(QDir(statePath()).filePath(QStringLiteral("endpoint"))));
    if (m_port <= 0 || !m_url.isValid()) {
        m_error = QStringLiteral("ddblocal.sh left no port or endpoint in %1").arg(statePath());
        return false;
    }
    return true;
}

bool PrivateDynamoDbLocal::kill()
{
    const qint64 pid = readFile(QDir(statePath()).filePath(QStringLiteral("pid"))).toLongLong();
    if (pid <= 0 || isGone(pid)) {
        m_error = QStringLiteral("no running DynamoDB Local to kill in %1").arg(statePath());
        return false;
    }
    if (::kill(pid_t(pid), SIGKILL) != 0) {
        m_error = QStringLiteral("kill -9 %1 failed: %2").arg(pid).arg(qt_error_string(errno));
        return false;
    }
    // Waits for the kernel to tear the process down, which closes its sockets.
    const QDeadlineTimer deadline(kKillTimeoutMs);
    while (!isGone(pid)) {
        if (deadline.hasExpired()) {
            m_error = QStringLiteral("DynamoDB Local (pid %1) survived kill -9").arg(pid);
            return false;
        }
        QThread::msleep(20);
    }
    return true;
}

bool PrivateDynamoDbLocal::restart()
{
    if (m_port <= 0) {
        m_error = QStringLiteral("restart() before start()");
        return false;
    }
    return start(m_port);
}

bool PrivateDynamoDbLocal::stop()
{
    if (!m_dir.isValid() || !QFile::exists(QDir(statePath()).filePath(QStringLiteral("pid"))))
        return true;
    return runScript({QStringLiteral("stop"), QStringLiteral("--state"), statePath()});
}

} // namespace dyna::test
