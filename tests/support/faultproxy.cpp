#include "faultproxy.h"

#include "httpexchange.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace dyna::test {

struct FaultProxy::Connection
{
    QPointer<QTcpSocket> socket;
    QByteArray buffer;
    bool busy = false; // an exchange is under way; HTTP/1.1 clients wait for its answer
};

namespace {

constexpr qsizetype kMaxRequestBytes = 32 * 1024 * 1024;

QByteArray errorResponse(int status, const QByteArray &type, const QByteArray &message)
{
    const QByteArray body = "{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}";
    return httpResponse(
        status,
        {{"Content-Type", "application/x-amz-json-1.0"},
         {"x-amzn-RequestId", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}},
        body);
}

// The upstream answer with its framing made explicit, so the client's connection stays
// usable after the upstream one closed: Connection headers go, Content-Length is set.
QByteArray reframe(const QByteArray &raw, QByteArray *body, qsizetype *headLength)
{
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return {};
    const QList<QByteArray> lines = raw.left(headEnd).split('\n');
    QByteArray head = lines.first().trimmed() + "\r\n";
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
        if (name == "connection" || name == "content-length" || name == "keep-alive")
            continue;
        if (name == "transfer-encoding")
            chunked = true;
        head += line + "\r\n";
    }
    *body = raw.mid(headEnd + 4);
    if (!chunked)
        head += "Content-Length: " + QByteArray::number(body->size()) + "\r\n";
    head += "\r\n";
    *headLength = head.size();
    return head + *body;
}

QByteArray withWrongCrc(const QByteArray &response, qsizetype headLength)
{
    QList<QByteArray> lines = response.left(headLength - 4).split('\n');
    bool found = false;
    for (QByteArray &line : lines) {
        if (line.trimmed().toLower().startsWith("x-amz-crc32:")) {
            const quint32 crc = line.mid(line.indexOf(':') + 1).trimmed().toUInt();
            line = "x-amz-crc32: " + QByteArray::number(crc ^ 0x5a5a5a5aU) + "\r";
            found = true;
        }
    }
    if (!found)
        lines.append("x-amz-crc32: 12345\r");
    return lines.join('\n') + "\r\n\r\n" + response.mid(headLength);
}

} // namespace

FaultProxy::FaultProxy(QUrl upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(std::move(upstream))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    qDeleteAll(m_connections);
}

bool FaultProxy::listen()
{
    return m_server->listen(QHostAddress::LocalHost);
}

QUrl FaultProxy::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
}

void FaultProxy::setSchedule(const FaultSchedule &schedule)
{
    m_schedule = schedule;
    if (m_schedule.faults.isEmpty())
        m_schedule.faults = allFaults();
    m_random.seed(schedule.seed);
}

void FaultProxy::forceNext(Fault fault, int count)
{
    m_forced.append({fault, count});
}

QList<ProxiedRequest> FaultProxy::requests(const QString &operation) const
{
    QList<ProxiedRequest> matching;
    for (const ProxiedRequest &request : m_requests) {
        if (request.operation == operation)
            matching.append(request);
    }
    return matching;
}

int FaultProxy::injected() const
{
    int total = 0;
    for (auto it = m_injected.cbegin(); it != m_injected.cend(); ++it)
        total += it.value();
    return total;
}

void FaultProxy::clearRecords()
{
    m_requests.clear();
    m_injected.clear();
}

QString FaultProxy::name(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QStringLiteral("none");
    case Fault::InternalError:
        return QStringLiteral("500 InternalServerError");
    case Fault::ServiceUnavailable:
        return QStringLiteral("503 ServiceUnavailable");
    case Fault::Throttling:
        return QStringLiteral("ThrottlingException");
    case Fault::ThroughputExceeded:
        return QStringLiteral("ProvisionedThroughputExceededException");
    case Fault::ResetBeforeForward:
        return QStringLiteral("reset before forwarding");
    case Fault::ResetAfterForward:
        return QStringLiteral("reset after the server applied it");
    case Fault::Delay:
        return QStringLiteral("delay");
    case Fault::TruncatedBody:
        return QStringLiteral("truncated body");
    case Fault::CorruptCrc32:
        return QStringLiteral("corrupt X-Amz-Crc32");
    }
    return {};
}

QList<Fault> FaultProxy::allFaults()
{
    return {Fault::InternalError,
            Fault::ServiceUnavailable,
            Fault::Throttling,
            Fault::ThroughputExceeded,
            Fault::ResetBeforeForward,
            Fault::ResetAfterForward,
            Fault::Delay,
            Fault::TruncatedBody,
            Fault::CorruptCrc32};
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new Connection;
        connection->socket = socket;
        m_connections.append(connection);
        connect(socket, &QTcpSocket::readyRead, this,
                [this, connection] { onReadyRead(connection); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FaultProxy::onReadyRead(Connection *connection)
{
    if (!connection->socket)
        return;
    connection->buffer += connection->socket->readAll();
    process(connection);
}

void FaultProxy::process(Connection *connection)
{
    if (connection->busy || !connection->socket)
        return;
    HttpRequest request;
    switch (takeHttpRequest(connection->buffer, kMaxRequestBytes, &request)) {
    case HttpRead::NeedMore:
        return;
    case HttpRead::Broken:
        drop(connection);
        return;
    case HttpRead::Request:
        break;
    }
    connection->busy = true;
    const QByteArray target = httpHeader(request.headers, "X-Amz-Target");
    const QString operation = QString::fromLatin1(target.mid(target.indexOf('.') + 1));
    const Fault fault = draw(operation);
    if (fault != Fault::None)
        ++m_injected[fault];
    const auto index = int(m_requests.size());
    m_requests.append({operation, request.body, fault, false});

    switch (fault) {
    case Fault::InternalError:
        answer(connection,
               errorResponse(500, "com.amazonaws.dynamodb.v20120810#InternalServerError",
                             "Internal server error (injected)"),
               fault);
        return;
    case Fault::ServiceUnavailable:
        answer(connection,
               errorResponse(503, "com.amazonaws.dynamodb.v20120810#ServiceUnavailable",
                             "Service unavailable (injected)"),
               fault);
        return;
    case Fault::Throttling:
        answer(connection,
               errorResponse(400, "com.amazon.coral.availability#ThrottlingException",
                             "Rate of requests exceeds the allowed throughput (injected)"),
               fault);
        return;
    case Fault::ThroughputExceeded:
        answer(connection,
               errorResponse(
                   400, "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException",
                   "The level of configured provisioned throughput for the table was "
                   "exceeded (injected)"),
               fault);
        return;
    case Fault::ResetBeforeForward:
        drop(connection);
        return;
    default:
        forward(connection, request, fault, index);
    }
}

Fault FaultProxy::draw(const QString &operation)
{
    if (!m_schedule.operations.isEmpty() && !m_schedule.operations.contains(operation))
        return Fault::None;
    if (!m_forced.isEmpty()) {
        const Fault fault = m_forced.first().first;
        if (--m_forced.first().second <= 0)
            m_forced.removeFirst();
        return fault;
    }
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    if (m_schedule.rate <= 0.0 || chance(m_random) >= m_schedule.rate)
        return Fault::None;
    std::uniform_int_distribution<qsizetype> pick(0, m_schedule.faults.size() - 1);
    return m_schedule.faults.at(pick(m_random));
}

void FaultProxy::forward(Connection *connection, const HttpRequest &request, Fault fault, int index)
{
    QByteArray raw = request.method + ' ' + request.target + " HTTP/1.1\r\n";
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Connection", Qt::CaseInsensitive) != 0)
            raw += name + ": " + value + "\r\n";
    }
    raw += "Connection: close\r\n\r\n" + request.body;

    auto *upstream = new QTcpSocket(this);
    // Both `disconnected` and `errorOccurred` may report the end; only the first counts.
    auto exchange = std::make_shared<std::pair<QByteArray, bool>>();
    connect(upstream, &QTcpSocket::connected, upstream, [this, upstream, raw, index] {
        m_requests[index].forwarded = true;
        upstream->write(raw);
    });
    connect(upstream, &QTcpSocket::readyRead, upstream,
            [upstream, exchange] { exchange->first += upstream->readAll(); });
    // DynamoDB Local closes after answering a "Connection: close" request; a refused or dropped
    // upstream connection leaves the client with a reset, as a dead server would.
    const auto done = [this, connection, upstream, exchange, fault] {
        if (exchange->second)
            return;
        exchange->second = true;
        exchange->first += upstream->readAll();
        upstream->disconnect(this);
        upstream->deleteLater();
        QByteArray body;
        qsizetype headLength = 0;
        const QByteArray response = reframe(exchange->first, &body, &headLength);
        if (response.isEmpty()) {
            drop(connection);
            return;
        }
        switch (fault) {
        case Fault::ResetAfterForward:
            drop(connection);
            return;
        case Fault::TruncatedBody:
            connection->busy = false;
            connection->buffer.clear();
            if (connection->socket) {
                connection->socket->write(response.left(headLength + body.size() / 2));
                connection->socket->disconnectFromHost();
            }
            return;
        case Fault::CorruptCrc32:
            answer(connection, withWrongCrc(response, headLength), fault);
            return;
        default:
            answer(connection, response, fault);
        }
    };
    connect(upstream, &QTcpSocket::disconnected, this, done);
    connect(upstream, &QTcpSocket::errorOccurred, this,
            [upstream, done](QAbstractSocket::SocketError error) {
                if (error != QAbstractSocket::RemoteHostClosedError &&
                    upstream->state() != QAbstractSocket::ConnectedState)
                    done();
            });
    upstream->connectToHost(QHostAddress::LocalHost, quint16(m_upstream.port()));
}

void FaultProxy::answer(Connection *connection, QByteArray response, Fault fault)
{
    const auto send = [this, connection, response] {
        if (!connection->socket)
            return;
        connection->socket->write(response);
        finishExchange(connection);
    };
    if (fault == Fault::Delay)
        QTimer::singleShot(m_schedule.delayMs, this, send);
    else
        send();
}

void FaultProxy::finishExchange(Connection *connection)
{
    connection->busy = false;
    if (!connection->buffer.isEmpty())
        process(connection);
}

void FaultProxy::drop(Connection *connection)
{
    connection->busy = false;
    connection->buffer.clear();
    if (connection->socket)
        connection->socket->abort();
}

} // namespace dyna::test
