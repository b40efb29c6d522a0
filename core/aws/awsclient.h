#pragma once

#include "awserror.h"
#include "clock.h"
#include "endpointresolver.h"
#include "retrypolicy.h"
#include "sigv4signer.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace dyna::aws {

class CredentialsProvider;
class RequestJob;

struct ClientConfig
{
    EndpointOptions endpoint;
    RetryConfig retry;
};

// One connection to one account and region (or a local endpoint): owns the network access
// manager, the signer's key cache and the retry quota that all its jobs share. Lives on one
// thread; a worker thread makes its own client.
class AwsClient : public QObject
{
    Q_OBJECT
public:
    // Checks and completes a request before it is signed (validation against the API model,
    // idempotency tokens, item size). An error here means the request never leaves the machine.
    using Preflight =
        std::function<AwsError(Service, const QString &operation, QJsonObject &input)>;

    AwsClient(ClientConfig config, std::shared_ptr<CredentialsProvider> credentials,
              QObject *parent = nullptr);
    ~AwsClient() override;

    // A new job for one operation, not yet started. It deletes itself after `finished`
    // unless autoDelete is turned off.
    RequestJob *call(Service service, const QString &operation, const QJsonObject &input = {});

    const ClientConfig &config() const { return m_config; }
    std::optional<ResolvedEndpoint> endpoint(Service service, QString *error) const;
    // True when the endpoint is an override on this machine (DynamoDB Local and the like).
    bool isLocalEndpoint() const;

    void setPreflight(Preflight preflight) { m_preflight = std::move(preflight); }
    const Preflight &preflight() const { return m_preflight; }
    // Asked after the preflight, before the first attempt of each request: `decide(true)` sends
    // it, `decide(false)` ends it unsent. The decision may come later (a confirmation dialog).
    using Approval = std::function<void(Service, const QString &operation, const QJsonObject &input,
                                        std::function<void(bool approved)> decide)>;
    void setApproval(Approval approval) { m_approval = std::move(approval); }
    const Approval &approval() const { return m_approval; }
    void setClock(Clock clock);
    const Clock &clock() const { return m_clock; }

    QNetworkAccessManager *network() const { return m_network; }
    CredentialsProvider &credentials() const { return *m_credentials; }
    // For a client made on another thread from the same connection (see ThreadBridgeCredentials).
    std::shared_ptr<CredentialsProvider> sharedCredentials() const { return m_credentials; }
    const SigV4Signer &signer() const { return m_signer; }
    RetryPolicy retryPolicy() const;

    static QByteArray userAgent();

Q_SIGNALS:
    // Every successful answer of any job of this client, so the session can sum what the
    // requests cost (consumed capacity) without each panel reporting it.
    void responseReceived(dyna::aws::Service service, const QString &operation,
                          const QJsonObject &response);
    // A job of this client failed an attempt and tries again after delayMs, so the window can
    // say why a request is taking long instead of looking frozen.
    void retrying(dyna::aws::Service service, const QString &operation, int attempt,
                  int maxAttempts, int delayMs, const dyna::aws::AwsError &error);

private:
    ClientConfig m_config;
    std::shared_ptr<CredentialsProvider> m_credentials;
    std::shared_ptr<RetryQuota> m_quota;
    QNetworkAccessManager *m_network;
    SigV4Signer m_signer;
    Clock m_clock;
    Preflight m_preflight;
    Approval m_approval;
};

} // namespace dyna::aws
