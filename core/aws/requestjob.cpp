#include "requestjob.h"

#include "awsclient.h"
#include "crc32.h"
#include "credentialsprovider.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>

namespace dyna::aws {

namespace {

QByteArray targetPrefix(Service service)
{
    return service == Service::Streams ? QByteArrayLiteral("DynamoDBStreams_20120810")
                                       : QByteArrayLiteral("DynamoDB_20120810");
}

} // namespace

RequestJob::RequestJob(AwsClient *client, Service service, QString operation, QJsonObject input)
    : SignedRequestJob(std::move(operation))
    , m_client(client)
    , m_service(service)
    , m_input(std::move(input))
{
    // The client owns the network manager: without it no reply can arrive any more.
    connect(client, &QObject::destroyed, this,
            [this] { complete(AwsError::cancelled(this->operation())); });
    connect(
        this, &SignedRequestJob::retrying, client,
        [client, service](SignedRequestJob *job, int attempt, int delayMs, const AwsError &error) {
            Q_EMIT client->retrying(service, job->operation(), attempt,
                                    client->config().retry.maxAttempts, delayMs, error);
        });
}

AwsError RequestJob::prepare(Request *request)
{
    if (!m_client)
        return AwsError::cancelled(operation());
    QString endpointError;
    const auto endpoint = m_client->endpoint(m_service, &endpointError);
    if (!endpoint)
        return AwsError::invalidRequest(operation(), QStringLiteral("endpoint"), endpointError);
    if (const auto &preflight = m_client->preflight()) {
        const AwsError error = preflight(m_service, operation(), m_input);
        if (error.isError())
            return error;
    }
    request->endpoint = *endpoint;
    request->headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-amz-json-1.0")},
        {QByteArrayLiteral("X-Amz-Target"), targetPrefix(m_service) + '.' + operation().toLatin1()},
    };
    request->body = QJsonDocument(m_input).toJson(QJsonDocument::Compact);
    return {};
}

void RequestJob::awaitApproval(std::function<void(const AwsError &refusal)> done)
{
    const AwsClient::Approval &approval = m_client ? m_client->approval() : AwsClient::Approval();
    if (!approval) {
        done({});
        return;
    }
    // The job may be cancelled or deleted while the user decides.
    approval(m_service, operation(), m_input,
             [job = QPointer<RequestJob>(this), done = std::move(done)](bool approved) {
                 if (!job)
                     return;
                 if (approved) {
                     done({});
                     return;
                 }
                 done(AwsError::localFailure(
                     ErrorKind::Validation, job->operation(), QStringLiteral("WriteNotConfirmed"),
                     QCoreApplication::translate("RequestJob",
                                                 "%1 was not sent: the write was not confirmed.")
                         .arg(job->operation())));
             });
}

QNetworkAccessManager *RequestJob::network() const
{
    return m_client ? m_client->network() : nullptr;
}

CredentialsProvider *RequestJob::credentialsProvider() const
{
    return m_client ? &m_client->credentials() : nullptr;
}

QDateTime RequestJob::now() const
{
    return m_client->clock().now();
}

const SigV4Signer &RequestJob::signer() const
{
    return m_client->signer();
}

RetryPolicy RequestJob::retryPolicy() const
{
    return m_client->retryPolicy();
}

AwsError RequestJob::readAnswer(int status, const QByteArray &body, const QNetworkReply &reply)
{
    const QByteArray checksum = reply.rawHeader("x-amz-crc32");
    if (!checksum.isEmpty()) {
        bool ok = false;
        const quint32 expected = checksum.toUInt(&ok);
        const quint32 actual = crc32(body);
        if (!ok || expected != actual)
            return AwsError::checksumMismatch(operation(), expected, actual, requestId());
    }
    if (status < 200 || status >= 300) {
        return AwsError::fromResponse(operation(), status, body,
                                      reply.rawHeader("x-amzn-RequestId"),
                                      reply.rawHeader("x-amzn-ErrorType"));
    }
    bool readable = false;
    QJsonParseError parseError{};
    if (m_bodyReader) {
        readable = m_bodyReader(body, &m_response);
    } else {
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        readable = document.isObject();
        m_response = document.object();
    }
    if (!readable) {
        // A 2xx answer we cannot read: treat it as a damaged response and try again, but say
        // what was wrong with it rather than blame AWS.
        AwsError error =
            AwsError::fromResponse(operation(), 500, body, reply.rawHeader("x-amzn-RequestId"));
        error.code = QStringLiteral("UnreadableResponse");
        error.message = parseError.error == QJsonParseError::NoError
                            ? QString()
                            : QStringLiteral("%1 at byte %2")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset);
        return error;
    }
    m_responseBytes = body.size();
    if (m_client)
        Q_EMIT m_client->responseReceived(m_service, operation(), m_response);
    return {};
}

} // namespace dyna::aws
