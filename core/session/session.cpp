#include "session.h"

#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "dynamo/preflight.h"

namespace dyna::session {

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
    delete m_client;
    m_client = dynamo::createClient(
        config, std::make_shared<aws::StaticCredentialsProvider>(credentials), this);
    m_displayName = endpoint.toDisplayString();
    ++m_generation;
    Q_EMIT connectionChanged();
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
