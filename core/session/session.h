#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include "aws/assumeroleprovider.h"
#include "dynamo/consumedcapacity.h"

#include <QJsonObject>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <memory>

namespace dyna::aws {
class AwsClient;
class CredentialsProvider;
struct ClientConfig;
} // namespace dyna::aws

namespace dyna::profiles {
class ProfileStore;
class ConnectionResolver;
} // namespace dyna::profiles

namespace dyna::session {

// The one object that says what the console is connected to. Panels subscribe to
// `connectionChanged` instead of reaching into the main window; the generation number lets
// them drop results that belong to an earlier connection.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Connects to a DynamoDB Local style endpoint with placeholder credentials.
    void connectToLocalEndpoint(const QUrl &endpoint, const QString &region = {});
    // How a connection is marked: a production one shows `colour` and asks before each write.
    struct Marks
    {
        bool readOnly = false;
        bool production = false;
        QString colour; // "#rrggbb" or empty
    };
    // A write waiting for the user's answer on a production connection.
    struct WriteRequest
    {
        QString operation;
        QStringList tableNames; // the tables it writes to, when the input names them
        QJsonObject input;
    };
    using WriteConfirmer =
        std::function<void(const WriteRequest &request, std::function<void(bool approved)> decide)>;

    // Connects with a resolved profile. A read-only connection refuses every write before
    // sending it.
    void connectWith(const aws::ClientConfig &config,
                     std::shared_ptr<aws::CredentialsProvider> credentials,
                     const QString &displayName, bool readOnly);
    void connectWith(const aws::ClientConfig &config,
                     std::shared_ptr<aws::CredentialsProvider> credentials,
                     const QString &displayName, const Marks &marks);

    aws::AwsClient *client() const;
    quint64 generation() const { return m_generation; }
    QString displayName() const { return m_displayName; }
    // Resolves a saved profile (secrets from the keychain, assumed roles, AWS config) and
    // connects to it, in `region` when given instead of the profile's own. On failure
    // `connectionFailed` says why and the current connection stays.
    void connectToProfile(profiles::ProfileStore *store, const QUuid &profileId,
                          aws::AssumeRoleProvider::MfaPrompt mfaPrompt = {},
                          const QString &region = {});
    QUuid profileId() const { return m_profileId; }
    // The region requests are signed for; empty when not connected.
    QString region() const;
    // The endpoint override of the connection (DynamoDB Local), empty for a public endpoint.
    QUrl endpointOverride() const;
    // After expired or revoked credentials: resolve the same profile again (a fresh role
    // session, a new MFA code) without touching what the panels show.
    bool canReconnect() const;
    void reconnect();

    bool isLocal() const;

    // Capacity consumed by every request of this session, over all its connections.
    const dynamo::CapacityUsage &consumedCapacity() const { return m_capacity; }
    bool isReadOnly() const { return m_marks.readOnly; }
    bool isProduction() const { return m_marks.production; }
    QString colour() const { return m_marks.colour; }

    // Who answers for writes on a production connection; without one they are not sent.
    void setWriteConfirmer(WriteConfirmer confirmer) { m_writeConfirmer = std::move(confirmer); }
    // Off: production connections write without asking (Preferences).
    void setConfirmProductionWrites(bool confirm);

Q_SIGNALS:
    void connectionChanged();
    void connectionFailed(const dyna::aws::AwsError &error);
    void capacityConsumed(const dyna::dynamo::CapacityUsage &usage);
    // A request of the current connection is being retried (see AwsClient::retrying).
    void requestRetrying(const QString &operation, int attempt, int maxAttempts, int delayMs,
                         const dyna::aws::AwsError &error);

private:
    void installApproval();

    QPointer<aws::AwsClient> m_client;
    QString m_displayName;
    quint64 m_generation = 0;
    Marks m_marks;
    bool m_confirmProductionWrites = true;
    WriteConfirmer m_writeConfirmer;
    QUuid m_profileId;
    QString m_regionOverride;
    dynamo::CapacityUsage m_capacity;
    QPointer<profiles::ConnectionResolver> m_resolver;
    QPointer<profiles::ProfileStore> m_store;
    aws::AssumeRoleProvider::MfaPrompt m_mfaPrompt;
};

} // namespace dyna::session
