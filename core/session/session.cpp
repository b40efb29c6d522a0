#include "session.h"

#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "dynamo/preflight.h"
#include "profiles/connectionresolver.h"
#include "profiles/profilestore.h"
#include "profiles/readonlyguard.h"

#include <QJsonArray>

namespace dyna::session {

using aws::AwsError;

namespace {

// The tables a write names: TableName, the keys of RequestItems, or those of TransactItems.
QStringList writtenTables(const QJsonObject &input)
{
    QStringList tables;
    const auto add = [&tables](const QString &table) {
        if (!table.isEmpty() && !tables.contains(table))
            tables.append(table);
    };
    add(input.value(QLatin1String("TableName")).toString());
    const QJsonObject requestItems = input.value(QLatin1String("RequestItems")).toObject();
    for (auto it = requestItems.begin(); it != requestItems.end(); ++it)
        add(it.key());
    for (const QJsonValue &entry : input.value(QLatin1String("TransactItems")).toArray()) {
        const QJsonObject action = entry.toObject();
        for (auto it = action.begin(); it != action.end(); ++it)
            add(it.value().toObject().value(QLatin1String("TableName")).toString());
    }
    return tables;
}

} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
{}

Session::~Session() = default;

void Session::connectToLocalEndpoint(const QUrl &endpoint, const QString &region)
{
    aws::ClientConfig config;
    config.endpoint.overrideUrl = endpoint;
    config.endpoint.region = region.isEmpty() ? QStringLiteral("us-east-1") : region;
    // DynamoDB Local checks that a signature is present, not which keys made it.
    aws::Credentials credentials{QStringLiteral("local"), QStringLiteral("local"), {}, {}};
    m_profileId = {};
    m_regionOverride.clear();
    connectWith(config, std::make_shared<aws::StaticCredentialsProvider>(credentials),
                endpoint.toDisplayString(), false);
}

void Session::connectToProfile(profiles::ProfileStore *store, const QUuid &profileId,
                               aws::AssumeRoleProvider::MfaPrompt mfaPrompt, const QString &region)
{
    if (m_resolver)
        m_resolver->cancel();
    const auto profile = store->profile(profileId);
    if (!profile) {
        AwsError error;
        error.kind = aws::ErrorKind::NotFound;
        error.code = QStringLiteral("ProfileNotFound");
        error.message = tr("The profile no longer exists.");
        Q_EMIT connectionFailed(error);
        return;
    }
    m_store = store;
    m_mfaPrompt = mfaPrompt;
    profiles::Profile target = *profile;
    if (!region.isEmpty())
        target.region = region;
    auto *resolver = new profiles::ConnectionResolver(store, target, std::nullopt, this);
    resolver->setAutoDelete(true);
    resolver->setMfaPrompt(std::move(mfaPrompt));
    m_resolver = resolver;
    connect(resolver, &aws::Job::finished, this, [this, resolver, region] {
        if (resolver->error().kind == aws::ErrorKind::Cancelled)
            return;
        if (resolver->error().isError()) {
            Q_EMIT connectionFailed(resolver->error());
            return;
        }
        const profiles::Profile &connected = resolver->profile();
        m_profileId = connected.id;
        m_regionOverride = region;
        connectWith(resolver->clientConfig(), resolver->credentials(), connected.name,
                    Marks{connected.readOnly, connected.production, connected.colour});
    });
    resolver->start();
}

void Session::connectWith(const aws::ClientConfig &config,
                          std::shared_ptr<aws::CredentialsProvider> credentials,
                          const QString &displayName, bool readOnly)
{
    connectWith(config, std::move(credentials), displayName, Marks{readOnly, false, {}});
}

void Session::connectWith(const aws::ClientConfig &config,
                          std::shared_ptr<aws::CredentialsProvider> credentials,
                          const QString &displayName, const Marks &marks)
{
    delete m_client;
    m_client = dynamo::createClient(config, std::move(credentials), this);
    if (marks.readOnly)
        m_client->setPreflight(profiles::readOnlyPreflight(m_client->preflight()));
    connect(m_client, &aws::AwsClient::responseReceived, this,
            [this](aws::Service, const QString &operation, const QJsonObject &response) {
                const dynamo::CapacityUsage usage = dynamo::consumedCapacity(operation, response);
                if (usage.total <= 0)
                    return;
                m_capacity += usage;
                Q_EMIT capacityConsumed(usage);
            });
    connect(m_client, &aws::AwsClient::retrying, this,
            [this](aws::Service, const QString &operation, int attempt, int maxAttempts,
                   int delayMs, const aws::AwsError &error) {
                Q_EMIT requestRetrying(operation, attempt, maxAttempts, delayMs, error);
            });
    m_displayName = displayName;
    m_marks = marks;
    installApproval();
    ++m_generation;
    Q_EMIT connectionChanged();
}

void Session::setConfirmProductionWrites(bool confirm)
{
    m_confirmProductionWrites = confirm;
    installApproval();
}

void Session::installApproval()
{
    if (!m_client)
        return;
    if (!m_marks.production || !m_confirmProductionWrites) {
        m_client->setApproval({});
        return;
    }
    m_client->setApproval([this](aws::Service service, const QString &operation,
                                 const QJsonObject &input, std::function<void(bool)> decide) {
        if (!profiles::isWriteCall(service, operation, input)) {
            decide(true);
            return;
        }
        if (!m_writeConfirmer) {
            decide(false);
            return;
        }
        m_writeConfirmer(WriteRequest{operation, writtenTables(input), input}, std::move(decide));
    });
}

bool Session::canReconnect() const
{
    return !m_profileId.isNull() && m_store;
}

void Session::reconnect()
{
    if (canReconnect())
        connectToProfile(m_store, m_profileId, m_mfaPrompt, m_regionOverride);
}

QString Session::region() const
{
    return m_client ? m_client->config().endpoint.region : QString();
}

QUrl Session::endpointOverride() const
{
    return m_client ? m_client->config().endpoint.overrideUrl : QUrl();
}

aws::AwsClient *Session::client() const
{
    return m_client;
}

bool Session::isLocal() const
{
    return m_client && m_client->isLocalEndpoint();
}

} // namespace dyna::session
