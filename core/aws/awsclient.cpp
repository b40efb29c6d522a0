#include "awsclient.h"

#include "credentialsprovider.h"
#include "requestjob.h"

#include <QNetworkAccessManager>
#include <QSysInfo>

namespace dyna::aws {

AwsClient::AwsClient(ClientConfig config, std::shared_ptr<CredentialsProvider> credentials,
                     QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_credentials(std::move(credentials))
    , m_quota(std::make_shared<RetryQuota>())
    , m_network(new QNetworkAccessManager(this))
    , m_clock(Clock::system())
{
    // A redirect is never a valid DynamoDB answer; following one would re-send signed bodies.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

AwsClient::~AwsClient() = default;

RequestJob *AwsClient::call(Service service, const QString &operation, const QJsonObject &input)
{
    return new RequestJob(this, service, operation, input);
}

std::optional<ResolvedEndpoint> AwsClient::endpoint(Service service, QString *error) const
{
    return resolveEndpoint(service, m_config.endpoint, error);
}

bool AwsClient::isLocalEndpoint() const
{
    const QUrl &url = m_config.endpoint.overrideUrl;
    return url.isValid() && isLoopbackHost(url.host());
}

void AwsClient::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

RetryPolicy AwsClient::retryPolicy() const
{
    return RetryPolicy(m_config.retry, m_quota, m_clock.random);
}

QByteArray AwsClient::userAgent()
{
    // The same for every request of the process: built once.
    static const QByteArray agent = QByteArrayLiteral("DynaConsole/" DYNA_VERSION " Qt/") +
                                    qVersion() + " (" + QSysInfo::kernelType().toLatin1() + ')';
    return agent;
}

} // namespace dyna::aws
