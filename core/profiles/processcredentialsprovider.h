#pragma once

#include "cachingcredentialsprovider.h"

#include <QStringList>

class QProcess;

namespace dyna::profiles {

// Splits a credential_process command line as botocore does (POSIX shlex.split): whitespace
// separates words, single quotes are literal, double quotes allow \" and \\, a backslash outside
// quotes escapes the next character. No shell runs the command. On an unclosed quote or a
// trailing backslash it returns nothing and sets `error`.
QStringList splitCommandLine(const QString &commandLine, QString *error);

// Credentials from an external command (the profile's credential_process): it prints
// {"Version": 1, "AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"} on stdout.
// Credentials are reused until five minutes before Expiration (for ever without one); concurrent
// fetches share one run of the command. Call fetch() on the provider's thread (it owns the
// QProcess); callbacks run on their context's thread.
class ProcessCredentialsProvider : public CachingCredentialsProvider
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 60 * 1000;

    explicit ProcessCredentialsProvider(QString commandLine,
                                        aws::Clock clock = aws::Clock::system(),
                                        QObject *parent = nullptr);
    ~ProcessCredentialsProvider() override;

    // How long the command may run before it is killed and the fetch fails.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

protected:
    void refresh() override;

private:
    void processFinished(QProcess *process, int exitCode, bool crashed);
    void complete(QProcess *process, const aws::Credentials &credentials,
                  const aws::AwsError &error);
    aws::Credentials parseOutput(const QByteArray &output, aws::AwsError *error) const;

    QString m_commandLine;
    QString m_program; // for messages: never the arguments, which may carry secrets
    int m_timeoutMs = DefaultTimeoutMs;
    QProcess *m_process = nullptr;
};

} // namespace dyna::profiles
