#pragma once

#include "awserror.h"
#include "endpointresolver.h"
#include "retrypolicy.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkReply;
class QTimer;

namespace dyna::aws {

class AwsClient;
struct Credentials;

// One call of one operation: preflight, sign, send, verify, retry. Ends in exactly one
// `finished`, whether it succeeded, failed, timed out or was cancelled.
class RequestJob : public QObject
{
    Q_OBJECT
public:
    RequestJob(AwsClient *client, Service service, QString operation, QJsonObject input);
    ~RequestJob() override;

    void start();
    // Ends the job with a `cancelled` error, unless it already finished.
    void cancel();

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

    Service service() const { return m_service; }
    const QString &operation() const { return m_operation; }
    // The request as sent, with idempotency tokens filled in.
    const QJsonObject &input() const { return m_input; }
    const QJsonObject &response() const { return m_response; }
    qsizetype responseBytes() const { return m_responseBytes; }
    const AwsError &error() const { return m_error; }
    QString errorString() const { return m_error.userMessage(); }
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; }
    const QString &requestId() const { return m_requestId; }

Q_SIGNALS:
    void finished(dyna::aws::RequestJob *job);
    // Emitted before waiting `delayMs` to try again after a retryable failure.
    void retrying(dyna::aws::RequestJob *job, int attempt, int delayMs,
                  const dyna::aws::AwsError &error);

private:
    void run();
    void sendAttempt();
    void sendSigned(const Credentials &credentials);
    void onReplyFinished(QNetworkReply *reply);
    void handleFailure(const AwsError &error);
    void finish(const AwsError &error);

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
    AwsError m_error;
    QString m_requestId;
    int m_attempts = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelling = false;
    bool m_autoDelete = true;
};

} // namespace dyna::aws
