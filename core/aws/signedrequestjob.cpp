#include "signedrequestjob.h"

#include "awsclient.h"
#include "credentials.h"
#include "credentialsprovider.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace dyna::aws {

namespace {

// No DynamoDB, Streams or STS answer comes near this (BatchGetItem, the largest, returns at most
// 16 MB of items); a bigger body is a broken or hostile endpoint and is not read into memory.
constexpr qint64 kMaxResponseBytes = 64 * 1024 * 1024;

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

SignedRequestJob::SignedRequestJob(QString operation, QObject *parent)
    : Job(parent)
    , m_operation(std::move(operation))
{
    setAutoDelete(true);
}

SignedRequestJob::~SignedRequestJob()
{
    if (m_reply)
        m_reply->abort();
}

void SignedRequestJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // Never finish inside start(): callers may connect to `finished` right after it.
    QMetaObject::invokeMethod(this, &SignedRequestJob::run, Qt::QueuedConnection);
}

void SignedRequestJob::cancel()
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

void SignedRequestJob::run()
{
    if (isFinished())
        return;
    const AwsError invalid = prepare(&m_request);
    if (invalid.isError()) {
        complete(invalid);
        return;
    }
    awaitApproval([this](const AwsError &refusal) {
        if (isFinished())
            return;
        if (refusal.isError()) {
            complete(refusal);
            return;
        }
        m_policy = retryPolicy();
        sendAttempt();
    });
}

void SignedRequestJob::sendAttempt()
{
    CredentialsProvider *credentials = credentialsProvider();
    if (!credentials || !network()) {
        complete(AwsError::cancelled(m_operation));
        return;
    }
    ++m_attempts;
    credentials->fetch(this, [this](const Credentials &fetched, const AwsError &error) {
        if (isFinished())
            return;
        if (error.isError()) {
            AwsError failure = error;
            failure.operation = m_operation;
            complete(failure);
            return;
        }
        sendSigned(fetched);
    });
}

void SignedRequestJob::sendSigned(const Credentials &credentials)
{
    QNetworkAccessManager *manager = network();
    if (!manager) {
        complete(AwsError::cancelled(m_operation));
        return;
    }
    const QUrl url = m_request.endpoint.url;
    HttpRequestParts parts;
    parts.method = QByteArrayLiteral("POST");
    parts.path = url.path(QUrl::FullyDecoded).toUtf8();
    if (parts.path.isEmpty())
        parts.path = QByteArrayLiteral("/");
    parts.headers = {{QByteArrayLiteral("Host"), hostHeader(url)}};
    parts.headers.append(m_request.headers);
    parts.body = m_request.body;

    SigningParams params;
    params.region = m_request.endpoint.signingRegion;
    params.service = m_request.endpoint.signingName;
    params.time = now();
    params.credentials = credentials;
    const SigningResult signature = signer().signHeaders(parts, params);

    QNetworkRequest request(url);
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);
    for (const auto &[name, value] : signature.addedHeaders)
        request.setRawHeader(name, value);
    request.setRawHeader("User-Agent", AwsClient::userAgent());
    // Checksums such as X-Amz-Crc32 cover the body as sent; ask for it uncompressed.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setTransferTimeout(m_policy->config().perAttemptTimeoutMs);

    m_reply = manager->post(request, m_request.body);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received) {
        if (received <= kMaxResponseBytes || isFinished())
            return;
        complete(AwsError::localFailure(
            ErrorKind::Network, m_operation, QStringLiteral("ResponseTooLarge"),
            QCoreApplication::translate("AwsError",
                                        "The response to %1 is larger than %2 MB, far more than "
                                        "AWS sends; it was not read.")
                .arg(m_operation)
                .arg(kMaxResponseBytes / (1024 * 1024))));
        reply->abort();
    });
}

void SignedRequestJob::onReplyFinished(QNetworkReply *reply)
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
    m_requestId = QString::fromLatin1(reply->rawHeader("x-amzn-RequestId"));
    const AwsError error = readAnswer(status, reply->readAll(), *reply);
    if (error.isError()) {
        handleFailure(error);
        return;
    }
    m_policy->onSuccess(m_attempts);
    complete({});
}

void SignedRequestJob::handleFailure(const AwsError &error)
{
    const RetryDecision decision = m_policy->onFailure(m_attempts, error);
    if (!decision.retry) {
        complete(error);
        return;
    }
    Q_EMIT retrying(this, m_attempts + 1, decision.delayMs, error);
    if (isFinished()) // cancelled from a `retrying` handler
        return;
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &SignedRequestJob::sendAttempt);
    }
    m_retryTimer->start(decision.delayMs);
}

void SignedRequestJob::complete(const AwsError &error)
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
