#include "requestjob.h"

#include "awsclient.h"
#include "crc32.h"
#include "credentials.h"
#include "credentialsprovider.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace dyna::aws {

namespace {

QByteArray targetPrefix(Service service)
{
    return service == Service::Streams ? QByteArrayLiteral("DynamoDBStreams_20120810")
                                       : QByteArrayLiteral("DynamoDB_20120810");
}

// The Host header exactly as QNetworkAccessManager will send it, so that the signature matches.
QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

} // namespace

RequestJob::RequestJob(AwsClient *client, Service service, QString operation, QJsonObject input)
    : m_client(client)
    , m_service(service)
    , m_operation(std::move(operation))
    , m_input(std::move(input))
{
    setAutoDelete(true);
    // The client owns the network manager: without it no reply can arrive any more.
    connect(client, &QObject::destroyed, this,
            [this] { complete(AwsError::cancelled(m_operation)); });
}

RequestJob::~RequestJob()
{
    if (m_reply)
        m_reply->abort();
}

void RequestJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // Never finish inside start(): callers may connect to `finished` right after it.
    QMetaObject::invokeMethod(this, &RequestJob::run, Qt::QueuedConnection);
}

void RequestJob::cancel()
{
    if (isFinished())
        return;
    if (m_reply) {
        m_cancelling = true;
        m_reply->abort(); // onReplyFinished finishes the job with `cancelled`
        return;
    }
    complete(AwsError::cancelled(m_operation));
}

void RequestJob::run()
{
    if (isFinished())
        return;
    if (!m_client) {
        complete(AwsError::cancelled(m_operation));
        return;
    }
    QString endpointError;
    m_endpoint = m_client->endpoint(m_service, &endpointError);
    if (!m_endpoint) {
        complete(AwsError::invalidRequest(m_operation, QStringLiteral("endpoint"), endpointError));
        return;
    }
    if (const auto &preflight = m_client->preflight()) {
        const AwsError error = preflight(m_service, m_operation, m_input);
        if (error.isError()) {
            complete(error);
            return;
        }
    }
    m_body = QJsonDocument(m_input).toJson(QJsonDocument::Compact);
    m_policy = m_client->retryPolicy();
    sendAttempt();
}

void RequestJob::sendAttempt()
{
    if (!m_client) {
        complete(AwsError::cancelled(m_operation));
        return;
    }
    ++m_attempts;
    m_client->credentials().fetch(this,
                                  [this](const Credentials &credentials, const AwsError &error) {
                                      if (isFinished())
                                          return;
                                      if (error.isError()) {
                                          AwsError failure = error;
                                          failure.operation = m_operation;
                                          complete(failure);
                                          return;
                                      }
                                      sendSigned(credentials);
                                  });
}

void RequestJob::sendSigned(const Credentials &credentials)
{
    const QUrl url = m_endpoint->url;
    const QByteArray target = targetPrefix(m_service) + '.' + m_operation.toLatin1();

    HttpRequestParts parts;
    parts.method = QByteArrayLiteral("POST");
    parts.path = url.path(QUrl::FullyDecoded).toUtf8();
    if (parts.path.isEmpty())
        parts.path = QByteArrayLiteral("/");
    parts.headers = {
        {QByteArrayLiteral("Host"), hostHeader(url)},
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-amz-json-1.0")},
        {QByteArrayLiteral("X-Amz-Target"), target},
    };
    parts.body = m_body;

    SigningParams params;
    params.region = m_endpoint->signingRegion;
    params.service = m_endpoint->signingName;
    params.time = m_client->clock().now();
    params.credentials = credentials;
    const SigningResult signature = m_client->signer().signHeaders(parts, params);

    QNetworkRequest request(url);
    for (const auto &[name, value] : parts.headers) {
        if (name != "Host")
            request.setRawHeader(name, value);
    }
    for (const auto &[name, value] : signature.addedHeaders)
        request.setRawHeader(name, value);
    request.setRawHeader("User-Agent", AwsClient::userAgent());
    // The X-Amz-Crc32 checksum covers the body as sent; ask for it uncompressed.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setTransferTimeout(m_policy->config().perAttemptTimeoutMs);

    m_reply = m_client->network()->post(request, m_body);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void RequestJob::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    if (isFinished())
        return;
    if (m_cancelling) {
        complete(AwsError::cancelled(m_operation));
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (status == 0) {
        // No HTTP answer at all. Qt reports an expired transfer timeout as
        // OperationCanceledError; a cancel of ours was handled above.
        if (reply->error() == QNetworkReply::OperationCanceledError)
            handleFailure(AwsError::timedOut(m_operation, m_policy->config().perAttemptTimeoutMs));
        else
            handleFailure(
                AwsError::fromNetworkError(m_operation, reply->error(), reply->errorString()));
        return;
    }

    const QByteArray body = reply->readAll();
    m_requestId = QString::fromLatin1(reply->rawHeader("x-amzn-RequestId"));
    const QByteArray checksum = reply->rawHeader("x-amz-crc32");
    if (!checksum.isEmpty()) {
        bool ok = false;
        const quint32 expected = checksum.toUInt(&ok);
        const quint32 actual = crc32(body);
        if (!ok || expected != actual) {
            handleFailure(AwsError::checksumMismatch(m_operation, expected, actual, m_requestId));
            return;
        }
    }

    if (status < 200 || status >= 300) {
        handleFailure(AwsError::fromResponse(m_operation, status, body,
                                             reply->rawHeader("x-amzn-RequestId"),
                                             reply->rawHeader("x-amzn-ErrorType")));
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        // A 2xx answer we cannot read: treat it as a damaged response and try again.
        handleFailure(
            AwsError::fromResponse(m_operation, 500, body, reply->rawHeader("x-amzn-RequestId")));
        return;
    }
    m_response = document.object();
    m_responseBytes = body.size();
    m_policy->onSuccess(m_attempts);
    complete({});
}

void RequestJob::handleFailure(const AwsError &error)
{
    const RetryDecision decision = m_policy->onFailure(m_attempts, error);
    if (!decision.retry || !m_client) {
        complete(error);
        return;
    }
    Q_EMIT retrying(this, m_attempts + 1, decision.delayMs, error);
    if (isFinished()) // cancelled from a `retrying` handler
        return;
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &RequestJob::sendAttempt);
    }
    m_retryTimer->start(decision.delayMs);
}

void RequestJob::complete(const AwsError &error)
{
    if (isFinished())
        return;
    if (m_retryTimer)
        m_retryTimer->stop();
    AwsError final = error;
    if (final.isError() && final.requestId.isEmpty())
        final.requestId = m_requestId;
    finish(final);
}

} // namespace dyna::aws
