#pragma once

#include "endpointresolver.h"
#include "job.h"
#include "retrypolicy.h"
#include "sigv4signer.h"

#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace dyna::aws {

class CredentialsProvider;
struct Credentials;

// The life of one signed AWS call, whatever its protocol: the request is prepared once, then
// each attempt fetches credentials, signs with SigV4, sends, reads the answer and, on a
// retryable failure, waits as the standard retry mode says. A cancel, a timeout or the loss of
// the network manager ends it cleanly, in exactly one `finished`. Subclasses say how the
// request is built and how the answer is read. Auto-deletes by default.
class SignedRequestJob : public Job
{
    Q_OBJECT
public:
    ~SignedRequestJob() override;

    void start() override;
    void cancel() override;

    const QString &operation() const { return m_operation; }
    int attempts() const { return m_attempts; }
    const QString &requestId() const { return m_requestId; }

Q_SIGNALS:
    // Emitted before waiting `delayMs` to try again after a retryable failure.
    void retrying(dyna::aws::SignedRequestJob *job, int attempt, int delayMs,
                  const dyna::aws::AwsError &error);

protected:
    struct Request
    {
        ResolvedEndpoint endpoint;
        HeaderList headers; // besides Host and the signature's own
        QByteArray body;
    };

    explicit SignedRequestJob(QString operation, QObject *parent = nullptr);

    // Once, before the first attempt. An error ends the job; nothing is sent.
    virtual AwsError prepare(Request *request) = 0;
    // Once, after prepare(): `done` gets no error to go on, or the error that ends the job
    // unsent. It may be called later (a user confirming a write); the default goes on at once.
    virtual void awaitApproval(std::function<void(const AwsError &refusal)> done) { done({}); }
    // What each attempt uses. A null network or credentials provider ends the job as cancelled.
    virtual QNetworkAccessManager *network() const = 0;
    virtual CredentialsProvider *credentialsProvider() const = 0;
    virtual QDateTime now() const = 0;
    virtual const SigV4Signer &signer() const = 0;
    virtual RetryPolicy retryPolicy() const = 0;
    // Reads an HTTP answer of any status. No error: the job succeeded.
    virtual AwsError readAnswer(int status, const QByteArray &body, const QNetworkReply &reply) = 0;

    // Ends the job once, stopping any retry wait; later calls are ignored.
    void complete(const AwsError &error);

private:
    void run();
    void sendAttempt();
    void sendSigned(const Credentials &credentials);
    void onReplyFinished(QNetworkReply *reply);
    void handleFailure(const AwsError &error);

    QString m_operation;
    Request m_request;
    std::optional<RetryPolicy> m_policy;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    QString m_requestId;
    int m_attempts = 0;
    bool m_started = false;
    bool m_cancelling = false;
};

} // namespace dyna::aws
