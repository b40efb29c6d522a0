#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <random>

class QTcpServer;
class QTcpSocket;

namespace dyna::test {

struct HttpRequest;

// What the proxy does to one request.
enum class Fault {
    None,
    InternalError,      // 500 InternalServerError, not forwarded
    ServiceUnavailable, // 503 ServiceUnavailable, not forwarded
    Throttling,         // 400 ThrottlingException, not forwarded
    ThroughputExceeded, // 400 ProvisionedThroughputExceededException, not forwarded
    ResetBeforeForward, // connection reset before the server saw the request
    ResetAfterForward,  // the server applied the request, then the connection reset
    Delay,              // answered correctly, late
    TruncatedBody,      // the answer is cut in half and the connection closed
    CorruptCrc32,       // the answer's X-Amz-Crc32 does not match its body
};

struct FaultSchedule
{
    quint32 seed = 1;
    double rate = 0.0; // share of eligible requests that get a fault
    // The faults drawn from, uniformly; empty means every fault.
    QList<Fault> faults;
    // Only requests for these operations (X-Amz-Target's suffix) are eligible; empty means all.
    QStringList operations;
    int delayMs = 400;
};

// One request as the proxy saw it.
struct ProxiedRequest
{
    QString operation; // "Scan", "GetRecords", ...
    QByteArray body;
    Fault fault = Fault::None;
    bool forwarded = false; // DynamoDB Local received it
};

// A loopback HTTP proxy between the console's client and DynamoDB Local that injects faults on
// a seeded schedule: the same seed and the same order of requests give the same faults. Each
// request is forwarded on its own upstream connection; answers keep the client's connection
// alive unless the fault breaks it. Runs on the thread that created it.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    explicit FaultProxy(QUrl upstream, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen();
    QUrl url() const;

    void setSchedule(const FaultSchedule &schedule);
    // The next `count` eligible requests get `fault`, before the schedule is consulted again.
    void forceNext(Fault fault, int count = 1);

    const QList<ProxiedRequest> &requests() const { return m_requests; }
    QList<ProxiedRequest> requests(const QString &operation) const;
    int injected() const;
    int injected(Fault fault) const { return m_injected.value(fault); }
    void clearRecords();

    static QString name(Fault fault);
    static QList<Fault> allFaults();

private:
    struct Connection;

    void onNewConnection();
    void onReadyRead(Connection *connection);
    void process(Connection *connection);
    Fault draw(const QString &operation);
    void forward(Connection *connection, const HttpRequest &request, Fault fault, int index);
    void answer(Connection *connection, QByteArray response, Fault fault);
    void finishExchange(Connection *connection);
    void drop(Connection *connection);

    QUrl m_upstream;
    QTcpServer *m_server;
    FaultSchedule m_schedule;
    std::mt19937 m_random;
    QList<std::pair<Fault, int>> m_forced;
    QList<ProxiedRequest> m_requests;
    QHash<Fault, int> m_injected;
    QList<Connection *> m_connections;
};

} // namespace dyna::test
