#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace dyna::test {

// A DynamoDB Local of one test alone (scripts/ddblocal.sh), so that the test may kill it
// without disturbing the shared fixture server. Its tables live in a folder (-dbPath), so they
// survive a kill and a restart on the same port. The destructor stops it.
//
// Every call returns false on failure and errorString() then says why (the script's output),
// so a test writes QVERIFY2(server.start(), qPrintable(server.errorString())).
class PrivateDynamoDbLocal
{
public:
    PrivateDynamoDbLocal();
    ~PrivateDynamoDbLocal();
    PrivateDynamoDbLocal(const PrivateDynamoDbLocal &) = delete;
    PrivateDynamoDbLocal &operator=(const PrivateDynamoDbLocal &) = delete;

    // Starts the server on `port` (0: a free one the script picks) and waits until it answers.
    bool start(int port = 0);
    // kill -9 of the server, as a crash would; returns once the process is gone.
    bool kill();
    // Starts it again on the same port with the same tables.
    bool restart();
    // A graceful stop; nothing happens when it is not running.
    bool stop();

    QUrl url() const { return m_url; }
    int port() const { return m_port; }
    QString errorString() const { return m_error; }

private:
    bool runScript(const QStringList &arguments);
    QString statePath() const;

    QTemporaryDir m_dir;
    QUrl m_url;
    int m_port = 0;
    QString m_error;
};

} // namespace dyna::test
