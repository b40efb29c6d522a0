#pragma once

#include "signedrequestjob.h"

#include <QJsonObject>
#include <QPointer>

#include <functional>

namespace dyna::aws {

class AwsClient;

// One call of one DynamoDB or DynamoDB Streams operation (JSON 1.0): the client's preflight,
// then signed attempts through the client's network manager, each answer checked against its
// X-Amz-Crc32 before it is parsed.
class RequestJob : public SignedRequestJob
{
    Q_OBJECT
public:
    RequestJob(AwsClient *client, Service service, QString operation, QJsonObject input);

    Service service() const { return m_service; }
    // The request as sent, with idempotency tokens filled in.
    const QJsonObject &input() const { return m_input; }
    const QJsonObject &response() const { return m_response; }
    qsizetype responseBytes() const { return m_responseBytes; }

    // Reads a 2xx body in place of QJsonDocument, filling response() with what the reader keeps
    // (reads with many items parse them faster and keep them elsewhere: dynamo::WirePage).
    // Returning false treats the answer as damaged, which is retried.
    using BodyReader = std::function<bool(const QByteArray &body, QJsonObject *response)>;
    void setBodyReader(BodyReader reader) { m_bodyReader = std::move(reader); }

protected:
    AwsError prepare(Request *request) override;
    void awaitApproval(std::function<void(const AwsError &refusal)> done) override;
    QNetworkAccessManager *network() const override;
    CredentialsProvider *credentialsProvider() const override;
    QDateTime now() const override;
    const SigV4Signer &signer() const override;
    RetryPolicy retryPolicy() const override;
    AwsError readAnswer(int status, const QByteArray &body, const QNetworkReply &reply) override;

private:
    QPointer<AwsClient> m_client;
    Service m_service;
    QJsonObject m_input;
    QJsonObject m_response;
    BodyReader m_bodyReader;
    qsizetype m_responseBytes = 0;
};

} // namespace dyna::aws
