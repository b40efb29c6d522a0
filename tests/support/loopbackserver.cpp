#include "loopbackserver.h"

#include "httpexchange.h"

#include "aws/crc32.h"
#include "aws/sigv4signer.h"
#include "dynamo/apimodel.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace dyna::test {

namespace {

const QString kDynamoPrefix = QStringLiteral("DynamoDB_20120810");
const QString kStreamsPrefix = QStringLiteral("DynamoDBStreams_20120810");
// Requests are small; anything bigger than this is a broken client, not a test scenario.
constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;

// The error DynamoDB answers a request it rejects with, `__type` as the service spells it.
LoopbackReply rejection(const QString &type, const QString &message)
{
    return LoopbackReply::json(
        QJsonObject{{QStringLiteral("__type"), type}, {QStringLiteral("message"), message}}, 400);
}

LoopbackReply validationError(const QString &message)
{
    return rejection(QStringLiteral("com.amazon.coral.validate#ValidationException"), message);
}

LoopbackReply signatureError(const QString &message)
{
    return rejection(QStringLiteral("com.amazon.coral.service#InvalidSignatureException"), message);
}

} // namespace

QByteArray LoopbackRequest::header(QByteArrayView name) const
{
    return httpHeader(headers, name);
}

bool LoopbackRequest::hasHeader(QByteArrayView name) const
{
    return hasHttpHeader(headers, name);
}

LoopbackReply LoopbackReply::json(const QJsonObject &body, int status)
{
    LoopbackReply reply;
    reply.status = status;
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

LoopbackReply LoopbackReply::error(int status, const QString &code, const QString &message,
                                   const QString &messageKey)
{
    return json(QJsonObject{{QStringLiteral("__type"),
                             QStringLiteral("com.amazonaws.dynamodb.v20120810#") + code},
                            {messageKey, message}},
                status);
}

LoopbackReply LoopbackReply::dropConnection()
{
    LoopbackReply reply;
    reply.action = Action::DropConnection;
    return reply;
}

LoopbackReply LoopbackReply::noAnswer()
{
    LoopbackReply reply;
    reply.action = Action::NoAnswer;
    return reply;
}

LoopbackReply LoopbackReply::withDelay(int ms) const
{
    LoopbackReply reply = *this;
    reply.delayMs = ms;
    return reply;
}

LoopbackReply LoopbackReply::withRequestId(const QByteArray &id) const
{
    LoopbackReply reply = *this;
    reply.requestId = id;
    return reply;
}

LoopbackReply LoopbackReply::withCrc32(const QByteArray &value) const
{
    LoopbackReply reply = *this;
    reply.crc32 = value;
    return reply;
}

struct LoopbackServer::Connection
{
    QTcpSocket *socket = nullptr;
    int id = 0;
    QByteArray buffer;
    // A reply is still to come (delayed or never): HTTP/1.1 answers in order, so later requests
    // on this connection wait.
    bool waiting = false;
};

LoopbackServer::LoopbackServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_clock.start();
    const aws::Credentials known = testCredentials();
    addCredentials(known.accessKeyId, known.secretAccessKey);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackServer::onNewConnection);
}

LoopbackServer::~LoopbackServer()
{
    for (const auto &connection : std::as_const(m_connections)) {
        connection->socket->disconnect(this);
        connection->socket->abort();
    }
}

aws::Credentials LoopbackServer::testCredentials()
{
    aws::Credentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDLOOPBACKTEST0001");
    credentials.secretAccessKey = QStringLiteral("loopback/Secret+Key/For/Tests/Only/0123456");
    return credentials;
}

aws::Credentials LoopbackServer::testSessionCredentials()
{
    aws::Credentials credentials = testCredentials();
    credentials.sessionToken = QStringLiteral("FwoGZXIvYXdzEJr//////////loopback+session/token==");
    return credentials;
}

bool LoopbackServer::listen()
{
    return m_server->isListening() || m_server->listen(QHostAddress::LocalHost, 0);
}

QString LoopbackServer::errorString() const
{
    return m_server->errorString();
}

quint16 LoopbackServer::port() const
{
    return m_server->serverPort();
}

QUrl LoopbackServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

aws::ClientConfig LoopbackServer::clientConfig(const QString &region) const
{
    aws::ClientConfig config;
    config.endpoint.overrideUrl = url();
    config.endpoint.region = region;
    return config;
}

void LoopbackServer::addCredentials(const QString &accessKeyId, const QString &secretAccessKey)
{
    m_secrets.insert(accessKeyId, secretAccessKey);
}

void LoopbackServer::enqueue(const LoopbackReply &reply)
{
    m_inOrder.push_back(reply);
}

void LoopbackServer::enqueue(const QString &operation, const LoopbackReply &reply)
{
    m_byOperation[operation].push_back(reply);
}

void LoopbackServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void LoopbackServer::setAsyncHandler(AsyncHandler handler)
{
    m_asyncHandler = std::move(handler);
}

int LoopbackServer::queuedReplies() const
{
    qsizetype count = qsizetype(m_inOrder.size());
    for (const auto &queue : m_byOperation)
        count += qsizetype(queue.size());
    return int(count);
}

QList<LoopbackRequest> LoopbackServer::requests(const QString &operation) const
{
    QList<LoopbackRequest> matching;
    for (const auto &request : m_requests) {
        if (request.operation == operation)
            matching.append(request);
    }
    return matching;
}

int LoopbackServer::invalidRequests() const
{
    return int(problems().size());
}

QStringList LoopbackServer::problems() const
{
    QStringList found;
    for (const auto &request : m_requests) {
        if (!request.problem.isEmpty())
            found.append(request.problem);
    }
    return found;
}

void LoopbackServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto connection = std::make_shared<Connection>();
        connection->socket = socket;
        connection->id = ++m_connectionCount;
        m_connections.insert(socket, connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { processBuffer(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackServer::processBuffer(QTcpSocket *socket)
{
    for (;;) {
        // Answering may close the connection, so look it up again for every request.
        const std::shared_ptr<Connection> connection = m_connections.value(socket);
        if (!connection)
            return;
        connection->buffer += socket->readAll();
        if (connection->waiting)
            return;
        HttpRequest http;
        const HttpRead read = takeHttpRequest(connection->buffer, kMaxBodyBytes, &http);
        if (read == HttpRead::Broken)
            socket->abort();
        if (read != HttpRead::Request)
            return;
        LoopbackRequest request;
        request.method = std::move(http.method);
        request.path = std::move(http.target);
        request.headers = std::move(http.headers);
        request.body = std::move(http.body);
        request.connection = connection->id;
        request.receivedMs = m_clock.elapsed();
        handleRequest(connection, std::move(request));
    }
}

void LoopbackServer::handleRequest(const std::shared_ptr<Connection> &connection,
                                   LoopbackRequest request)
{
    const std::optional<LoopbackReply> rejected = validate(request);
    const bool closeAfter = request.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
    m_requests.append(request);
    Q_EMIT requestReceived(int(m_requests.size() - 1));
    if (rejected) {
        answer(connection, *rejected, closeAfter);
        return;
    }
    const LoopbackRequest &recorded = m_requests.constLast();
    if (std::optional<LoopbackReply> scripted = scriptedReply(recorded)) {
        perform(connection, *scripted, closeAfter);
        return;
    }
    if (m_asyncHandler) {
        connection->waiting = true;
        QTcpSocket *socket = connection->socket;
        QPointer<LoopbackServer> self(this);
        m_asyncHandler(recorded, [self, socket, closeAfter](const LoopbackReply &reply) {
            if (!self)
                return;
            const std::shared_ptr<Connection> current = self->m_connections.value(socket);
            if (!current)
                return;
            current->waiting = false;
            self->perform(current, reply, closeAfter);
            if (!current->waiting)
                self->processBuffer(socket);
        });
        return;
    }
    perform(connection, m_handler ? m_handler(recorded) : LoopbackReply{}, closeAfter);
}

std::optional<LoopbackReply> LoopbackServer::scriptedReply(const LoopbackRequest &request)
{
    const auto byOperation = m_byOperation.find(request.operation);
    if (byOperation != m_byOperation.end() && !byOperation->empty()) {
        LoopbackReply reply = byOperation->front();
        byOperation->pop_front();
        return reply;
    }
    if (!m_inOrder.empty()) {
        LoopbackReply reply = m_inOrder.front();
        m_inOrder.pop_front();
        return reply;
    }
    return std::nullopt;
}

void LoopbackServer::perform(const std::shared_ptr<Connection> &connection,
                             const LoopbackReply &reply, bool closeAfter)
{
    if (reply.action == LoopbackReply::Action::NoAnswer) {
        connection->waiting = true;
        return;
    }
    if (reply.delayMs <= 0) {
        answer(connection, reply, closeAfter);
        return;
    }
    connection->waiting = true;
    QTcpSocket *socket = connection->socket;
    QTimer::singleShot(reply.delayMs, socket, [this, socket, reply, closeAfter] {
        const std::shared_ptr<Connection> current = m_connections.value(socket);
        if (!current)
            return;
        current->waiting = false;
        answer(current, reply, closeAfter);
        processBuffer(socket);
    });
}

void LoopbackServer::answer(const std::shared_ptr<Connection> &connection,
                            const LoopbackReply &reply, bool closeAfter)
{
    QTcpSocket *socket = connection->socket;
    if (reply.action == LoopbackReply::Action::DropConnection) {
        socket->close();
        return;
    }
    HttpHeaders headers;
    const QByteArray requestId =
        reply.requestId.value_or(QUuid::createUuid().toByteArray(QUuid::Id128).toUpper());
    if (!requestId.isEmpty())
        headers.emplaceBack("x-amzn-RequestId", requestId);
    const QByteArray crc32 = reply.crc32.value_or(QByteArray::number(aws::crc32(reply.body)));
    if (!crc32.isEmpty())
        headers.emplaceBack("x-amz-crc32", crc32);
    headers += reply.extraHeaders;
    headers.emplaceBack("Content-Type", "application/x-amz-json-1.0");
    if (closeAfter)
        headers.emplaceBack("Connection", "close");
    socket->write(httpResponse(reply.status, headers, reply.body));
    if (closeAfter)
        socket->disconnectFromHost();
}

std::optional<LoopbackReply> LoopbackServer::validate(LoopbackRequest &request) const
{
    const auto reject = [&request](const LoopbackReply &reply, const QString &problem) {
        request.problem = problem;
        return std::optional<LoopbackReply>(reply);
    };

    if (request.method != "POST" || request.path != "/")
        return reject(
            validationError(QStringLiteral("Only POST / is served.")),
            QStringLiteral("%1 %2 instead of POST /")
                .arg(QString::fromLatin1(request.method), QString::fromLatin1(request.path)));
    const QByteArray expectedHost = "127.0.0.1:" + QByteArray::number(port());
    if (request.header("Host") != expectedHost)
        return reject(validationError(QStringLiteral("Wrong Host header.")),
                      QStringLiteral("Host is \"%1\", expected \"%2\"")
                          .arg(QString::fromLatin1(request.header("Host")),
                               QString::fromLatin1(expectedHost)));

    const QString target = QString::fromLatin1(request.header("X-Amz-Target"));
    const qsizetype dot = target.indexOf(QLatin1Char('.'));
    request.targetPrefix = dot < 0 ? QString() : target.left(dot);
    request.operation = dot < 0 ? QString() : target.mid(dot + 1);
    const auto model = request.targetPrefix == kDynamoPrefix    ? dynamo::ApiModel::dynamoDb()
                       : request.targetPrefix == kStreamsPrefix ? dynamo::ApiModel::streams()
                                                                : nullptr;
    if (!model || !model->hasOperation(request.operation))
        return reject(
            rejection(QStringLiteral("com.amazon.coral.service#UnknownOperationException"), {}),
            QStringLiteral("unknown X-Amz-Target \"%1\"").arg(target));

    if (request.header("Content-Type") != "application/x-amz-json-1.0")
        return reject(validationError(QStringLiteral("Unsupported Content-Type.")),
                      QStringLiteral("Content-Type is \"%1\"")
                          .arg(QString::fromLatin1(request.header("Content-Type"))));

    const QString authorization = QString::fromLatin1(request.header("Authorization"));
    if (authorization.isEmpty())
        return reject(rejection(QStringLiteral(
                                    "com.amazon.coral.service#MissingAuthenticationTokenException"),
                                QStringLiteral("Request is missing Authentication Token")),
                      QStringLiteral("no Authorization header"));
    static const QRegularExpression pattern(QStringLiteral(
        "^AWS4-HMAC-SHA256 Credential=([^/, ]+)/(\\d{8})/([a-z0-9-]+)/([a-z0-9-]+)/aws4_request, "
        "SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$"));
    const QRegularExpressionMatch match = pattern.match(authorization);
    if (!match.hasMatch())
        return reject(
            rejection(QStringLiteral("com.amazon.coral.service#IncompleteSignatureException"),
                      QStringLiteral("Authorization header is malformed.")),
            QStringLiteral("malformed Authorization \"%1\"").arg(authorization));
    request.accessKeyId = match.captured(1);
    request.scopeDate = match.captured(2);
    request.region = match.captured(3);
    request.service = match.captured(4);
    request.signedHeaders = match.captured(5).toLatin1().split(';');
    if (request.service != QLatin1String("dynamodb"))
        return reject(signatureError(QStringLiteral(
                          "Credential should be scoped to correct service: 'dynamodb'.")),
                      QStringLiteral("credential scope service \"%1\"").arg(request.service));
    QByteArrayList mustSign{"host", "x-amz-date", "x-amz-target"};
    if (request.hasHeader("X-Amz-Security-Token"))
        mustSign.append("x-amz-security-token");
    for (const QByteArray &name : std::as_const(mustSign)) {
        if (!request.signedHeaders.contains(name))
            return reject(signatureError(QStringLiteral("'%1' must be a 'SignedHeader' in the AWS "
                                                        "Authorization.")
                                             .arg(QString::fromLatin1(name))),
                          QStringLiteral("%1 not signed").arg(QString::fromLatin1(name)));
    }
    const QString amzDate = QString::fromLatin1(request.header("X-Amz-Date"));
    const QDate date = QDate::fromString(amzDate.left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(amzDate.mid(9, 6), QStringLiteral("HHmmss"));
    if (amzDate.size() != 16 || amzDate.at(8) != QLatin1Char('T') ||
        amzDate.at(15) != QLatin1Char('Z') || !date.isValid() || !time.isValid() ||
        amzDate.left(8) != request.scopeDate)
        return reject(
            signatureError(
                QStringLiteral("Date in Credential scope does not match YYYYMMDD from ISO-8601 "
                               "version of date from HTTP.")),
            QStringLiteral("X-Amz-Date \"%1\" vs scope date %2").arg(amzDate, request.scopeDate));

    const auto secret = m_secrets.constFind(request.accessKeyId);
    if (secret == m_secrets.cend())
        return reject(
            rejection(QStringLiteral("com.amazon.coral.service#UnrecognizedClientException"),
                      QStringLiteral("The security token included in the request is "
                                     "invalid.")),
            QStringLiteral("unknown access key %1").arg(request.accessKeyId));
    // Sign what arrived with the secret we know: equal only if the client signed exactly this.
    aws::HttpRequestParts parts;
    parts.method = request.method;
    parts.path = QByteArray::fromPercentEncoding(request.path);
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (request.signedHeaders.contains(lower) && lower != "x-amz-date" &&
            lower != "x-amz-security-token")
            parts.headers.append({name, value});
    }
    parts.body = request.body;
    aws::SigningParams params;
    params.region = request.region;
    params.service = request.service;
    params.time = QDateTime(date, time, Qt::UTC);
    params.credentials.accessKeyId = request.accessKeyId;
    params.credentials.secretAccessKey = *secret;
    params.credentials.sessionToken = QString::fromLatin1(request.header("X-Amz-Security-Token"));
    const aws::SigningResult expected = aws::SigV4Signer().signHeaders(parts, params);
    const QByteArray expectedAuthorization = expected.addedHeaders.constLast().second;
    if (expectedAuthorization != authorization.toLatin1())
        return reject(signatureError(QStringLiteral(
                          "The request signature we calculated does not match the signature you "
                          "provided. Check your AWS Secret Access Key and signing method.")),
                      QStringLiteral("signature mismatch: canonical request\n%1")
                          .arg(QString::fromLatin1(expected.canonicalRequest)));
    request.signatureVerified = true;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject())
        return reject(rejection(QStringLiteral("com.amazon.coral.service#SerializationException"),
                                QStringLiteral("Start of structure or map found where not "
                                               "expected.")),
                      QStringLiteral("body is not a JSON object"));
    request.json = document.object();
    if (const auto invalid = model->validateInput(request.operation, request.json))
        return reject(validationError(invalid->message),
                      QStringLiteral("%1: %2").arg(request.operation, invalid->message));
    return std::nullopt;
}

} // namespace dyna::test
