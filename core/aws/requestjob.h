#pragma once

#include "endpointresolver.h"
#include "job.h"
#include "retrypolicy.h"

#include <QByteArray>
#include <QJsonObject>
#include <QPointer>

#include <optional>

class QNetworkReply;
class QTimer;

namespace dyna::aws {

class AwsClient;
struct Credentials;

// One call of one operation: preflight, sign, send, verify, retry. Ends in exactly one
// `finished`, whether it succeeded, failed, timed out or was cancelled. Auto-deletes by default.
class RequestJob : public Job
{
    Q_OBJECT
public:
    RequestJob(AwsClient *client, Service service, QString operation, QJsonObject input);
    ~RequestJob() override;

    void start() override;
    void cancel() override;

    Service service() const { return m_service; }
    const QString &operation() const { return m_operation; }
    // The request as sent, with idempotency tokens filled in.
    const QJsonObject &input() const { return m_input; }
    const QJsonObject &response() const { return m_response; }
    qsizetype responseBytes() const { return m_responseBytes; }
    int attempts() const { return m_attempts; }
    const QString &requestId() const { return m_requestId; }

Q_SIGNALS:
    // Emitted before waiting `delayMs` to try again after a retryable failure.
    void retrying(dyna::aws::RequestJob *job, int attempt, int delayMs,
                  const dyna::aws::AwsError &error);

private:
    void run();
    void sendAttempt();
    void sendSigned(const Credentials &credentials);
    void onReplyFinished(QNetworkReply *reply);
    void handleFailure(const AwsError &error);
    void complete(const AwsError &error);

    QPointer<AwsClient> m_client;
    Service m_service;
    QString m_operation;
    QJsonObject m_input;
    QByteArray m_body;
    std::optional<ResolvedEndpoint> m_endpoint;
    std::optional<RetryPolicy> m_policy;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    QJsonObject m_response;
    qsizetype m_responseBytes = 0;
    QString m_requestId;
    int m_attempts = 0;
    bool m_started = false;
    bool m_cancelling = false;
};

} // namespace dyna::aws
