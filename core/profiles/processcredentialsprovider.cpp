#include "processcredentialsprovider.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

namespace dyna::profiles {

namespace {

// Looked up under the same context lupdate files the strings under (a free
// ProcessCredentialsProviderText::tr() would be filed under the namespace, and its translations
// never found).
struct ProcessCredentialsProviderText
{
    Q_DECLARE_TR_FUNCTIONS(ProcessCredentialsProvider)
};

const QString operationName = QStringLiteral("credential_process");

} // namespace

QStringList splitCommandLine(const QString &commandLine, QString *error)
{
    QStringList words;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < commandLine.size(); ++i) {
        const QChar c = commandLine.at(i);
        if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('\\')) {
            if (++i == commandLine.size()) {
                if (error)
                    *error = ProcessCredentialsProviderText::tr(
                        "The credential_process command line ends with a backslash.");
                return {};
            }
            word += commandLine.at(i);
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype start = i;
            for (++i; i < commandLine.size() && commandLine.at(i) != c; ++i) {
                const QChar d = commandLine.at(i);
                if (c == QLatin1Char('"') && d == QLatin1Char('\\') && i + 1 < commandLine.size() &&
                    (commandLine.at(i + 1) == QLatin1Char('"') ||
                     commandLine.at(i + 1) == QLatin1Char('\\')))
                    ++i;
                word += commandLine.at(i);
            }
            if (i == commandLine.size()) {
                if (error)
                    *error = ProcessCredentialsProviderText::tr(
                                 "The credential_process command line has a quote at position %1 "
                                 "that is never closed.")
                                 .arg(start + 1);
                return {};
            }
        } else {
            word += c;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

ProcessCredentialsProvider::ProcessCredentialsProvider(QString commandLine, aws::Clock clock,
                                                       QObject *parent)
    : CachingCredentialsProvider(operationName, std::move(clock), parent)
    , m_commandLine(std::move(commandLine))
{
    const QStringList words = splitCommandLine(m_commandLine, nullptr);
    m_program = words.isEmpty() ? m_commandLine : words.first();
}

ProcessCredentialsProvider::~ProcessCredentialsProvider()
{
    if (m_process) {
        // Never wait here (this may be the GUI thread): the killed process deletes itself once
        // the event loop has reaped it.
        m_process->disconnect(this);
        m_process->setParent(nullptr);
        QObject::connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
        m_process->kill();
    }
}

void ProcessCredentialsProvider::refresh()
{
    QString splitError;
    const QStringList words = splitCommandLine(m_commandLine, &splitError);
    if (words.isEmpty()) {
        complete(nullptr, {},
                 failure(QStringLiteral("CredentialProcessInvalidCommand"),
                         splitError.isEmpty() ? ProcessCredentialsProviderText::tr(
                                                    "The credential_process command line is empty.")
                                              : splitError));
        return;
    }
    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(words.first());
    process->setArguments(words.mid(1));
    process->setStandardInputFile(QProcess::nullDevice());
    // A killed process is deleted once it has really exited; QProcess warns otherwise.
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    connect(process, &QProcess::finished, this,
            [this, process](int exitCode, QProcess::ExitStatus status) {
                processFinished(process, exitCode, status == QProcess::CrashExit);
            });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        complete(process, {},
                 failure(QStringLiteral("CredentialProcessFailed"),
                         ProcessCredentialsProviderText::tr(
                             "The credential_process command '%1' could not be started: %2.")
                             .arg(m_program, process->errorString())));
    });
    QTimer::singleShot(m_timeoutMs, process, [this, process] {
        process->kill();
        complete(process, {},
                 failure(QStringLiteral("CredentialProcessTimeout"),
                         ProcessCredentialsProviderText::tr(
                             "The credential_process command '%1' did not finish within %2 "
                             "seconds and was stopped.")
                             .arg(m_program)
                             .arg(m_timeoutMs / 1000.0)));
    });
    process->start();
}

void ProcessCredentialsProvider::processFinished(QProcess *process, int exitCode, bool crashed)
{
    if (crashed || exitCode != 0) {
        // Only stderr is quoted: stdout may hold half-written secrets.
        const QList<QByteArray> lines = process->readAllStandardError().trimmed().split('\n');
        const QString lastLine = QString::fromUtf8(lines.constLast()).trimmed();
        QString message;
        if (crashed)
            message =
                ProcessCredentialsProviderText::tr("The credential_process command '%1' crashed.")
                    .arg(m_program);
        else if (lastLine.isEmpty())
            message = ProcessCredentialsProviderText::tr(
                          "The credential_process command '%1' failed with exit code %2.")
                          .arg(m_program)
                          .arg(exitCode);
        else
            message = ProcessCredentialsProviderText::tr(
                          "The credential_process command '%1' failed with exit code %2: %3")
                          .arg(m_program)
                          .arg(exitCode)
                          .arg(lastLine);
        complete(process, {}, failure(QStringLiteral("CredentialProcessFailed"), message));
        return;
    }
    aws::AwsError error;
    const aws::Credentials credentials = parseOutput(process->readAllStandardOutput(), &error);
    complete(process, credentials, error);
}

aws::Credentials ProcessCredentialsProvider::parseOutput(const QByteArray &output,
                                                         aws::AwsError *error) const
{
    const QString invalid = QStringLiteral("CredentialProcessInvalidOutput");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = failure(invalid, ProcessCredentialsProviderText::tr(
                                      "The credential_process command '%1' did not print a JSON "
                                      "object.")
                                      .arg(m_program));
        return {};
    }
    const QJsonObject json = document.object();
    const QJsonValue version = json.value(QLatin1String("Version"));
    if (!version.isDouble() || version.toDouble() != 1.0) {
        QString shown = ProcessCredentialsProviderText::tr("a Version that is not a number");
        if (version.isUndefined())
            shown = ProcessCredentialsProviderText::tr("no Version");
        else if (version.isDouble())
            shown = ProcessCredentialsProviderText::tr("Version %1").arg(version.toDouble());
        else if (version.isString())
            shown = ProcessCredentialsProviderText::tr("Version \"%1\"").arg(version.toString());
        *error = failure(invalid, ProcessCredentialsProviderText::tr(
                                      "The credential_process command '%1' printed %2; only "
                                      "Version 1 is supported.")
                                      .arg(m_program, shown));
        return {};
    }
    aws::Credentials credentials;
    credentials.accessKeyId = json.value(QLatin1String("AccessKeyId")).toString();
    credentials.secretAccessKey = json.value(QLatin1String("SecretAccessKey")).toString();
    credentials.sessionToken = json.value(QLatin1String("SessionToken")).toString();
    QStringList missing;
    if (credentials.accessKeyId.isEmpty())
        missing << QStringLiteral("AccessKeyId");
    if (credentials.secretAccessKey.isEmpty())
        missing << QStringLiteral("SecretAccessKey");
    if (!missing.isEmpty()) {
        *error = failure(
            invalid,
            ProcessCredentialsProviderText::tr("The credential_process command '%1' printed no %2.")
                .arg(m_program, missing.join(ProcessCredentialsProviderText::tr(" and "))));
        return {};
    }
    const QString expiration = json.value(QLatin1String("Expiration")).toString();
    if (!expiration.isEmpty()) {
        credentials.expiration = QDateTime::fromString(expiration, Qt::ISODateWithMs).toUTC();
        if (!credentials.expiration.isValid()) {
            *error = failure(invalid, ProcessCredentialsProviderText::tr(
                                          "The credential_process command '%1' printed an "
                                          "Expiration that is not an ISO 8601 time: %2.")
                                          .arg(m_program, expiration));
            return {};
        }
    }
    return credentials;
}

void ProcessCredentialsProvider::complete(QProcess *process, const aws::Credentials &credentials,
                                          const aws::AwsError &error)
{
    // A killed process still reports `finished`; only the first outcome of the current run counts.
    if (process != m_process)
        return;
    if (process) {
        process->disconnect(this);
        if (process->state() == QProcess::NotRunning)
            process->deleteLater();
        else // killed: it deletes itself once reaped, even if this provider goes first
            process->setParent(nullptr);
        m_process = nullptr;
    }
    settle(credentials, error);
}

} // namespace dyna::profiles
