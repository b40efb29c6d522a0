#include "stsloopbackserver.h"

#include "httpexchange.h"

#include "aws/sigv4signer.h"
#include "dynamo/apimodel.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

namespace dyna::test {

namespace {

constexpr qsizetype kMaxBodyBytes = 1024 * 1024;
const QByteArray kNamespace = QByteArrayLiteral("https://sts.amazonaws.com/doc/2011-06-15/");

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QMap<QString, QString> parseForm(const QByteArray &body)
{
    QMap<QString, QString> form;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const auto decode = [](QByteArray text) {
            return QUrl::fromPercentEncoding(text.replace('+', ' '));
        };
        form.insert(decode(pair.left(equals)),
                    equals < 0 ? QString() : decode(pair.mid(equals + 1)));
    }
    return form;
}

QByteArray newRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace

QByteArray StsRequest::header(QByteArrayView name) const
{
    return httpHeader(headers, name);
}

bool StsRequest::hasHeader(QByteArrayView name) const
{
    return hasHttpHeader(headers, name);
}

StsReply StsReply::error(int status, const QString &code, const QString &message)
{
    StsReply reply;
    reply.status = status;
    reply.code = code;
    reply.message = message;
    return reply;
}

StsReply StsReply::expiredToken()
{
    return error(400, QStringLiteral("ExpiredToken"),
                 QStringLiteral("The security token included in the request is expired"));
}

StsReply StsReply::accessDenied()
{
    return error(403, QStringLiteral("AccessDenied"),
                 QStringLiteral("User: arn:aws:iam::123456789012:user/loopback is not authorized "
                                "to perform: sts:AssumeRole"));
}

StsReply StsReply::mfaFailed()
{
    return error(403, QStringLiteral("AccessDenied"),
                 QStringLiteral("MultiFactorAuthentication failed with invalid MFA one time pass "
                                "code."));
}

StsReply StsReply::malformed()
{
    StsReply reply;
    reply.action = Action::Malformed;
    return reply;
}

StsReply StsReply::dropConnection()
{
    StsReply reply;
    reply.action = Action::DropConnection;
    return reply;
}

StsLoopbackServer::StsLoopbackServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    addCredentials(sourceCredentials());
    m_arns.insert(sourceCredentials().accessKeyId,
                  QStringLiteral("arn:aws:iam::%1:user/loopback").arg(account()));
    connect(m_server, &QTcpServer::newConnection, this, &StsLoopbackServer::onNewConnection);
}

StsLoopbackServer::~StsLoopbackServer()
{
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
}

aws::Credentials StsLoopbackServer::sourceCredentials()
{
    aws::Credentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDSTSLOOPBACK00001");
    credentials.secretAccessKey = QStringLiteral("sts/Loopback+Secret/For/Tests/Only/000001");
    return credentials;
}

bool StsLoopbackServer::listen()
{
    return m_server->isListening() || m_server->listen(QHostAddress::LocalHost, 0);
}

QString StsLoopbackServer::errorString() const
{
    return m_server->errorString();
}

quint16 StsLoopbackServer::port() const
{
    return m_server->serverPort();
}

QUrl StsLoopbackServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port()));
}

aws::EndpointOptions StsLoopbackServer::endpointOptions(const QString &region) const
{
    aws::EndpointOptions options;
    options.region = region;
    options.overrideUrl = url();
    return options;
}

void StsLoopbackServer::addCredentials(const aws::Credentials &credentials)
{
    m_known.insert(credentials.accessKeyId, credentials);
}

void StsLoopbackServer::enqueue(const StsReply &reply)
{
    m_script.push_back(reply);
}

int StsLoopbackServer::invalidRequests() const
{
    return int(problems().size());
}

QStringList StsLoopbackServer::problems() const
{
    QStringList found;
    for (const StsRequest &request : m_requests) {
        if (!request.problem.isEmpty())
            found.append(request.problem);
    }
    return found;
}

void StsLoopbackServer::onNewConnection()
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

void StsLoopbackServer::processBuffer(QTcpSocket *socket)
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
        StsRequest request;
        request.method = std::move(http.method);
        request.path = std::move(http.target);
        request.headers = std::move(http.headers);
        request.body = std::move(http.body);
        handleRequest(socket, std::move(request));
    }
}

void StsLoopbackServer::handleRequest(QTcpSocket *socket, StsRequest request)
{
    const std::optional<StsReply> refusal = validate(request);
    m_requests.append(request);
    Q_EMIT requestReceived(int(m_requests.size() - 1));

    StsReply reply;
    if (refusal) {
        reply = *refusal;
    } else if (!m_script.empty()) {
        reply = m_script.front();
        m_script.pop_front();
    }
    const QByteArray requestId = newRequestId();
    switch (reply.action) {
    case StsReply::Action::DropConnection:
        socket->close();
        return;
    case StsReply::Action::Malformed:
        answer(socket, 200, resultFor(m_requests.constLast(), requestId).left(60), requestId);
        return;
    case StsReply::Action::Answer:
        break;
    }
    if (reply.status == 200) {
        answer(socket, 200, resultFor(m_requests.constLast(), requestId), requestId);
        return;
    }
    const QByteArray type = reply.status >= 500 ? "Receiver" : "Sender";
    const QByteArray body = "<ErrorResponse xmlns=\"" + kNamespace + "\">\n  <Error>\n    <Type>" +
                            type + "</Type>\n    <Code>" + escaped(reply.code) +
                            "</Code>\n    <Message>" + escaped(reply.message) +
                            "</Message>\n  </Error>\n  <RequestId>" + requestId +
                            "</RequestId>\n</ErrorResponse>\n";
    answer(socket, reply.status, body, requestId);
}

std::optional<StsReply> StsLoopbackServer::validate(StsRequest &request) const
{
    const auto refuse = [&request](const StsReply &reply, const QString &problem) {
        request.problem = problem;
        return std::optional<StsReply>(reply);
    };
    const auto invalid = [](const QString &code, const QString &message) {
        return StsReply::error(400, code, message);
    };
    const auto signatureError = [](const QString &message) {
        return StsReply::error(403, QStringLiteral("SignatureDoesNotMatch"), message);
    };

    if (request.method != "POST" || request.path != "/")
        return refuse(
            invalid(QStringLiteral("InvalidAction"), QStringLiteral("POST / only.")),
            QStringLiteral("%1 %2 instead of POST /")
                .arg(QString::fromLatin1(request.method), QString::fromLatin1(request.path)));
    const QByteArray expectedHost = "127.0.0.1:" + QByteArray::number(port());
    if (request.header("Host") != expectedHost)
        return refuse(
            invalid(QStringLiteral("InvalidParameterValue"), QStringLiteral("Wrong Host header.")),
            QStringLiteral("Host is \"%1\"").arg(QString::fromLatin1(request.header("Host"))));
    if (request.header("Content-Type") != "application/x-www-form-urlencoded; charset=utf-8")
        return refuse(invalid(QStringLiteral("InvalidParameterValue"),
                              QStringLiteral("Unsupported Content-Type.")),
                      QStringLiteral("Content-Type is \"%1\"")
                          .arg(QString::fromLatin1(request.header("Content-Type"))));

    const QString authorization = QString::fromLatin1(request.header("Authorization"));
    static const QRegularExpression pattern(QStringLiteral(
        "^AWS4-HMAC-SHA256 Credential=([^/, ]+)/(\\d{8})/([a-z0-9-]+)/([a-z0-9-]+)/aws4_request, "
        "SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$"));
    const QRegularExpressionMatch match = pattern.match(authorization);
    if (!match.hasMatch())
        return refuse(
            StsReply::error(403, QStringLiteral("MissingAuthenticationToken"),
                            QStringLiteral("Request is missing Authentication Token")),
            QStringLiteral("missing or malformed Authorization \"%1\"").arg(authorization));
    request.accessKeyId = match.captured(1);
    request.scopeDate = match.captured(2);
    request.region = match.captured(3);
    request.service = match.captured(4);
    request.signedHeaders = match.captured(5).toLatin1().split(';');
    if (request.service != QLatin1String("sts"))
        return refuse(signatureError(
                          QStringLiteral("Credential should be scoped to correct service: 'sts'.")),
                      QStringLiteral("credential scope service \"%1\"").arg(request.service));
    QByteArrayList mustSign{"host", "x-amz-date"};
    if (request.hasHeader("X-Amz-Security-Token"))
        mustSign.append("x-amz-security-token");
    for (const QByteArray &name : std::as_const(mustSign)) {
        if (!request.signedHeaders.contains(name))
            return refuse(signatureError(QStringLiteral("'%1' must be a 'SignedHeader'.")
                                             .arg(QString::fromLatin1(name))),
                          QStringLiteral("%1 not signed").arg(QString::fromLatin1(name)));
    }
    const QString amzDate = QString::fromLatin1(request.header("X-Amz-Date"));
    const QDateTime signedAt =
        QDateTime::fromString(amzDate, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!signedAt.isValid() || amzDate.left(8) != request.scopeDate)
        return refuse(
            signatureError(QStringLiteral("Date in Credential scope does not match "
                                          "X-Amz-Date.")),
            QStringLiteral("X-Amz-Date \"%1\" vs scope %2").arg(amzDate, request.scopeDate));

    const auto known = m_known.constFind(request.accessKeyId);
    const QString token = QString::fromLatin1(request.header("X-Amz-Security-Token"));
    if (known == m_known.cend() || known->sessionToken != token)
        return refuse(
            StsReply::error(403, QStringLiteral("InvalidClientTokenId"),
                            QStringLiteral("The security token included in the request "
                                           "is invalid.")),
            QStringLiteral("unknown access key %1 or session token").arg(request.accessKeyId));
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
    params.time = QDateTime(signedAt.date(), signedAt.time(), Qt::UTC);
    params.credentials = *known;
    const aws::SigningResult expected = aws::SigV4Signer().signHeaders(parts, params);
    if (expected.addedHeaders.constLast().second != authorization.toLatin1())
        return refuse(signatureError(QStringLiteral(
                          "The request signature we calculated does not match the signature you "
                          "provided. Check your AWS Secret Access Key and signing method.")),
                      QStringLiteral("signature mismatch: canonical request\n%1")
                          .arg(QString::fromLatin1(expected.canonicalRequest)));
    request.signatureVerified = true;

    request.form = parseForm(request.body);
    request.action = request.form.value(QStringLiteral("Action"));
    if (request.form.value(QStringLiteral("Version")) != QLatin1String("2011-06-15"))
        return refuse(
            invalid(QStringLiteral("InvalidAction"),
                    QStringLiteral("Could not find operation for version.")),
            QStringLiteral("Version is \"%1\"").arg(request.form.value(QStringLiteral("Version"))));
    if (request.action != QLatin1String("AssumeRole") &&
        request.action != QLatin1String("GetCallerIdentity"))
        return refuse(invalid(QStringLiteral("InvalidAction"),
                              QStringLiteral("Could not find operation %1.").arg(request.action)),
                      QStringLiteral("action \"%1\"").arg(request.action));
    QJsonObject input;
    for (auto it = request.form.cbegin(); it != request.form.cend(); ++it) {
        if (it.key() == QLatin1String("Action") || it.key() == QLatin1String("Version"))
            continue;
        bool isNumber = false;
        const qint64 number = it.value().toLongLong(&isNumber);
        if (it.key() == QLatin1String("DurationSeconds") && isNumber)
            input.insert(it.key(), number);
        else
            input.insert(it.key(), it.value());
    }
    if (const auto problem = dynamo::ApiModel::sts()->validateInput(request.action, input))
        return refuse(invalid(QStringLiteral("ValidationError"), problem->message),
                      QStringLiteral("%1: %2").arg(request.action, problem->message));
    return std::nullopt;
}

QByteArray StsLoopbackServer::resultFor(const StsRequest &request, const QByteArray &requestId)
{
    QByteArray result;
    if (request.action == QLatin1String("GetCallerIdentity")) {
        result = "  <GetCallerIdentityResult>\n    <Arn>" +
                 escaped(m_arns.value(request.accessKeyId)) + "</Arn>\n    <UserId>" +
                 escaped(request.accessKeyId.mid(4) + QStringLiteral(":loopback")) +
                 "</UserId>\n    <Account>" + escaped(account()) +
                 "</Account>\n  </GetCallerIdentityResult>\n";
    } else {
        const QString session = request.form.value(QStringLiteral("RoleSessionName"));
        const QString roleName =
            request.form.value(QStringLiteral("RoleArn")).section(QLatin1Char('/'), -1);
        const QString arn =
            QStringLiteral("arn:aws:sts::%1:assumed-role/%2/%3").arg(account(), roleName, session);
        const qint64 duration =
            request.form.value(QStringLiteral("DurationSeconds"), QStringLiteral("3600"))
                .toLongLong();
        aws::Credentials minted;
        minted.accessKeyId =
            QStringLiteral("ASIASTSLOOPBACK%1").arg(m_minted.size() + 1, 5, 10, QLatin1Char('0'));
        minted.secretAccessKey = QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral("/s");
        minted.sessionToken = QStringLiteral("FwoGZXIvYXdzE") +
                              QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64());
        minted.expiration = m_now().toUTC().addSecs(duration);
        m_minted.append(minted);
        addCredentials(minted);
        m_arns.insert(minted.accessKeyId, arn);
        // Shaped like STS's own answer, pretty-printed token included.
        result = "  <AssumeRoleResult>\n    <Credentials>\n      <SessionToken>\n       " +
                 escaped(minted.sessionToken) + "\n      </SessionToken>\n" +
                 "      <SecretAccessKey>\n       " + escaped(minted.secretAccessKey) +
                 "\n      </SecretAccessKey>\n      <Expiration>" +
                 minted.expiration.toString(Qt::ISODateWithMs).toUtf8() +
                 "</Expiration>\n      <AccessKeyId>" + escaped(minted.accessKeyId) +
                 "</AccessKeyId>\n    </Credentials>\n    <AssumedRoleUser>\n      <Arn>" +
                 escaped(arn) + "</Arn>\n      <AssumedRoleId>AROASTSLOOPBACK:" + escaped(session) +
                 "</AssumedRoleId>\n    </AssumedRoleUser>\n" +
                 "    <PackedPolicySize>6</PackedPolicySize>\n  </AssumeRoleResult>\n";
    }
    const QByteArray root = request.action.toUtf8() + "Response";
    return "<" + root + " xmlns=\"" + kNamespace + "\">\n" + result +
           "  <ResponseMetadata>\n    <RequestId>" + requestId +
           "</RequestId>\n  </ResponseMetadata>\n</" + root + ">\n";
}

void StsLoopbackServer::answer(QTcpSocket *socket, int status, const QByteArray &body,
                               const QByteArray &requestId)
{
    socket->write(httpResponse(
        status, {{"x-amzn-RequestId", requestId}, {"Content-Type", "text/xml"}}, body));
}

} // namespace dyna::test
