#include "ssoportalserver.h"

#include "httpexchange.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QUuid>

namespace dyna::test {

namespace {

// GET requests carry no body.
constexpr qsizetype kMaxBodyBytes = 0;

QByteArray errorBody(const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("message"), message}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray SsoPortalRequest::header(QByteArrayView name) const
{
    return httpHeader(headers, name);
}

SsoPortalServer::SsoPortalServer(QString accessToken, QString accountId, QString roleName,
                                 QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_accessToken(std::move(accessToken))
    , m_accountId(std::move(accountId))
    , m_roleName(std::move(roleName))
    , m_expiration(QDateTime::currentDateTimeUtc().addSecs(3600))
{
    connect(m_server, &QTcpServer::newConnection, this, &SsoPortalServer::onNewConnection);
}

SsoPortalServer::~SsoPortalServer()
{
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
}

bool SsoPortalServer::listen()
{
    return m_server->isListening() || m_server->listen(QHostAddress::LocalHost, 0);
}

QString SsoPortalServer::errorString() const
{
    return m_server->errorString();
}

QUrl SsoPortalServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

QStringList SsoPortalServer::problems() const
{
    QStringList found;
    for (const SsoPortalRequest &request : m_requests) {
        if (!request.problem.isEmpty())
            found.append(request.problem);
    }
    return found;
}

void SsoPortalServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { processBuffer(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void SsoPortalServer::processBuffer(QTcpSocket *socket)
{
    while (m_buffers.contains(socket)) {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        HttpRequest http;
        const HttpRead read = takeHttpRequest(buffer, kMaxBodyBytes, &http);
        if (read == HttpRead::Broken)
            socket->abort();
        if (read != HttpRead::Request)
            return;
        SsoPortalRequest request;
        request.method = std::move(http.method);
        const QByteArray target = http.target;
        const qsizetype question = target.indexOf('?');
        request.path = target.left(question);
        const QUrlQuery query(
            QString::fromLatin1(question < 0 ? QByteArray() : target.mid(question + 1)));
        request.accountId = query.queryItemValue(QStringLiteral("account_id"), QUrl::FullyDecoded);
        request.roleName = query.queryItemValue(QStringLiteral("role_name"), QUrl::FullyDecoded);
        request.headers = std::move(http.headers);
        handle(socket, std::move(request));
    }
}

void SsoPortalServer::handle(QTcpSocket *socket, SsoPortalRequest request)
{
    if (request.method != "GET" || request.path != "/federation/credentials") {
        request.problem =
            QStringLiteral("%1 %2 instead of GET /federation/credentials")
                .arg(QString::fromLatin1(request.method), QString::fromLatin1(request.path));
        m_requests.append(request);
        answer(socket, 404, "ResourceNotFoundException", errorBody(request.problem));
        return;
    }
    if (request.header("x-amz-sso_bearer_token") != m_accessToken.toUtf8()) {
        request.problem = QStringLiteral("wrong or missing x-amz-sso_bearer_token");
        m_requests.append(request);
        answer(socket, 401, "UnauthorizedException",
               errorBody(QStringLiteral("Session token not found or invalid")));
        return;
    }
    if (request.accountId != m_accountId || request.roleName != m_roleName) {
        request.problem = QStringLiteral("account_id \"%1\", role_name \"%2\"")
                              .arg(request.accountId, request.roleName);
        m_requests.append(request);
        answer(socket, 403, "ForbiddenException", errorBody(QStringLiteral("No access")));
        return;
    }
    m_requests.append(request);

    Reply reply = Reply::Credentials;
    if (!m_script.empty()) {
        reply = m_script.front();
        m_script.pop_front();
    }
    switch (reply) {
    case Reply::Unauthorized:
        answer(socket, 401, "UnauthorizedException",
               errorBody(QStringLiteral("Session token not found or invalid")));
        return;
    case Reply::ServerError:
        answer(socket, 500, "InternalServerException",
               errorBody(QStringLiteral("An internal error occurred")));
        return;
    case Reply::Malformed:
        answer(socket, 200, {}, QByteArrayLiteral("{\"roleCredentials\": {\"accessKeyId\""));
        return;
    case Reply::Credentials:
        break;
    }
    const QString unique = QUuid::createUuid().toString(QUuid::Id128).toUpper();
    aws::Credentials minted;
    minted.accessKeyId = QStringLiteral("ASIASSO") + unique.left(13);
    minted.secretAccessKey = QStringLiteral("sso/secret/") + unique;
    minted.sessionToken = QStringLiteral("sso-session-token-") + unique;
    minted.expiration = m_expiration;
    m_minted.append(minted);
    const QJsonObject role{{QStringLiteral("accessKeyId"), minted.accessKeyId},
                           {QStringLiteral("secretAccessKey"), minted.secretAccessKey},
                           {QStringLiteral("sessionToken"), minted.sessionToken},
                           {QStringLiteral("expiration"), m_expiration.toMSecsSinceEpoch()}};
    answer(socket, 200, {},
           QJsonDocument(QJsonObject{{QStringLiteral("roleCredentials"), role}})
               .toJson(QJsonDocument::Compact));
}

void SsoPortalServer::answer(QTcpSocket *socket, int status, const QByteArray &errorType,
                             const QByteArray &body)
{
    HttpHeaders headers{
        {"Content-Type", "application/json"},
        {"x-amzn-RequestId", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}};
    if (!errorType.isEmpty())
        headers.emplaceBack("x-amzn-ErrorType", errorType);
    socket->write(httpResponse(status, headers, body));
}

} // namespace dyna::test
