#include "sts.h"

#include "awsclient.h"
#include "credentialsprovider.h"
#include "dynamo/apimodel.h"
#include "sigv4signer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QStringList>
#include <QTimer>
#include <QXmlStreamReader>

namespace dyna::aws {

namespace {

const QString kStsNamespace = QStringLiteral("https://sts.amazonaws.com/doc/2011-06-15/");
// STS answers are four levels deep; every leaf's path is built from the levels above it, so
// deeper (hostile) nesting would cost quadratic time and memory.
constexpr qsizetype kMaxDepth = 16;
const QByteArray kApiVersion = QByteArrayLiteral("2011-06-15");

QByteArray formValue(const QJsonValue &value)
{
    const QString text = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    return text.toUtf8().toPercentEncoding();
}

// The text of every leaf element under the root, by path below it ("AssumeRoleResult/
// Credentials/AccessKeyId"). Every element must be in the STS namespace.
std::optional<QHash<QString, QString>> readLeaves(const QByteArray &xml, const QString &root,
                                                  QString *error)
{
    QXmlStreamReader reader(xml);
    QHash<QString, QString> leaves;
    QStringList path;
    QString text;
    bool sawRoot = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.namespaceUri() != kStsNamespace) {
                *error = QStringLiteral("element %1 is not in the STS namespace")
                             .arg(reader.qualifiedName());
                return std::nullopt;
            }
            if (!sawRoot) {
                if (reader.name() != root) {
                    *error =
                        QStringLiteral("root element is %1, expected %2").arg(reader.name(), root);
                    return std::nullopt;
                }
                sawRoot = true;
            } else {
                if (path.size() >= kMaxDepth) {
                    *error = QStringLiteral("elements are nested more than %1 levels deep")
                                 .arg(kMaxDepth);
                    return std::nullopt;
                }
                path.append(reader.name().toString());
            }
            text.clear();
        } else if (reader.isCharacters()) {
            text += reader.text();
        } else if (reader.isEndElement()) {
            if (!path.isEmpty()) {
                leaves.insert(path.join(QLatin1Char('/')), text.trimmed());
                path.removeLast();
            }
            text.clear();
        }
    }
    if (reader.hasError()) {
        *error = QStringLiteral("%1 at line %2").arg(reader.errorString()).arg(reader.lineNumber());
        return std::nullopt;
    }
    if (!sawRoot) {
        *error = QStringLiteral("the answer is empty");
        return std::nullopt;
    }
    return leaves;
}

// Missing members are reported by name; a parent element's entry holds only whitespace and is
// never asked for.
bool takeRequired(const QHash<QString, QString> &leaves, const QString &path, QString *value,
                  QString *error)
{
    *value = leaves.value(path);
    if (value->isEmpty()) {
        *error = QStringLiteral("%1 is missing").arg(path);
        return false;
    }
    return true;
}

} // namespace

std::optional<AssumedRole> parseAssumeRoleResponse(const QByteArray &xml, QString *error)
{
    const auto leaves = readLeaves(xml, QStringLiteral("AssumeRoleResponse"), error);
    if (!leaves)
        return std::nullopt;
    const QString prefix = QStringLiteral("AssumeRoleResult/");
    AssumedRole role;
    QString expiration;
    if (!takeRequired(*leaves, prefix + QLatin1String("Credentials/AccessKeyId"),
                      &role.credentials.accessKeyId, error) ||
        !takeRequired(*leaves, prefix + QLatin1String("Credentials/SecretAccessKey"),
                      &role.credentials.secretAccessKey, error) ||
        !takeRequired(*leaves, prefix + QLatin1String("Credentials/SessionToken"),
                      &role.credentials.sessionToken, error) ||
        !takeRequired(*leaves, prefix + QLatin1String("Credentials/Expiration"), &expiration,
                      error) ||
        !takeRequired(*leaves, prefix + QLatin1String("AssumedRoleUser/Arn"), &role.arn, error) ||
        !takeRequired(*leaves, prefix + QLatin1String("AssumedRoleUser/AssumedRoleId"),
                      &role.assumedRoleId, error))
        return std::nullopt;
    // Base64 never holds whitespace; pretty-printed answers wrap the token over several lines.
    role.credentials.sessionToken.remove(QRegularExpression(QStringLiteral("\\s")));
    role.credentials.expiration = QDateTime::fromString(expiration, Qt::ISODateWithMs).toUTC();
    if (!role.credentials.expiration.isValid()) {
        *error = QStringLiteral("Expiration \"%1\" is not an ISO 8601 time").arg(expiration);
        return std::nullopt;
    }
    role.requestId = leaves->value(QStringLiteral("ResponseMetadata/RequestId"));
    return role;
}

std::optional<CallerIdentity> parseCallerIdentityResponse(const QByteArray &xml, QString *error)
{
    const auto leaves = readLeaves(xml, QStringLiteral("GetCallerIdentityResponse"), error);
    if (!leaves)
        return std::nullopt;
    const QString prefix = QStringLiteral("GetCallerIdentityResult/");
    CallerIdentity identity;
    if (!takeRequired(*leaves, prefix + QLatin1String("Account"), &identity.account, error) ||
        !takeRequired(*leaves, prefix + QLatin1String("Arn"), &identity.arn, error) ||
        !takeRequired(*leaves, prefix + QLatin1String("UserId"), &identity.userId, error))
        return std::nullopt;
    identity.requestId = leaves->value(QStringLiteral("ResponseMetadata/RequestId"));
    return identity;
}

StsJob::StsJob(QString action, std::shared_ptr<CredentialsProvider> credentials, StsConfig config,
               QNetworkAccessManager *network, QObject *parent)
    : SignedRequestJob(std::move(action), parent)
    , m_credentials(std::move(credentials))
    , m_config(std::move(config))
    , m_network(network ? network : new QNetworkAccessManager(this))
{
    if (!m_config.quota)
        m_config.quota = std::make_shared<RetryQuota>();
    if (!m_config.clock.random)
        m_config.clock.random = Clock::system().random;
}

AwsError StsJob::prepare(Request *request)
{
    if (!m_credentials) {
        return AwsError::invalidRequest(
            action(), QStringLiteral("credentials"),
            QCoreApplication::translate("StsJob", "No source credentials are set."));
    }
    QString endpointError;
    const auto endpoint = resolveEndpoint(Service::Sts, m_config.endpoint, &endpointError);
    if (!endpoint)
        return AwsError::invalidRequest(action(), QStringLiteral("endpoint"), endpointError);
    const auto members = inputMembers();
    QJsonObject input;
    for (const auto &[name, value] : members)
        input.insert(name, value);
    if (const auto invalid = dynamo::ApiModel::sts()->validateInput(action(), input))
        return AwsError::invalidRequest(action(), invalid->memberPath, invalid->message);

    request->endpoint = *endpoint;
    request->headers = {{QByteArrayLiteral("Content-Type"),
                         QByteArrayLiteral("application/x-www-form-urlencoded; charset=utf-8")}};
    request->body = "Action=" + action().toUtf8() + "&Version=" + kApiVersion;
    for (const auto &[name, value] : members)
        request->body += '&' + name.toUtf8() + '=' + formValue(value);
    return {};
}

RetryPolicy StsJob::retryPolicy() const
{
    return RetryPolicy(m_config.retry, m_config.quota, m_config.clock.random);
}

AwsError StsJob::readAnswer(int status, const QByteArray &body, const QNetworkReply &reply)
{
    const QByteArray requestIdHeader = reply.rawHeader("x-amzn-RequestId");
    if (status < 200 || status >= 300) {
        AwsError error = AwsError::fromResponse(action(), status, body, requestIdHeader);
        // STS answers a wrong or missing MFA code with a plain AccessDenied; say what it is.
        if (error.code == QLatin1String("AccessDenied") &&
            error.message.contains(QLatin1String("MultiFactorAuthentication"), Qt::CaseInsensitive))
            error.code = QStringLiteral("MultiFactorAuthenticationFailed");
        return error;
    }
    QString parseError;
    if (!readResponse(body, &parseError)) {
        // Typically a body cut short in transit: worth another attempt.
        AwsError error = AwsError::fromResponse(action(), status, body, requestIdHeader);
        error.message = QStringLiteral("The STS answer could not be read: %1.").arg(parseError);
        return error;
    }
    return {};
}

AssumeRoleJob::AssumeRoleJob(std::shared_ptr<CredentialsProvider> source, AssumeRoleParams params,
                             StsConfig config, QNetworkAccessManager *network, QObject *parent)
    : StsJob(QStringLiteral("AssumeRole"), std::move(source), std::move(config), network, parent)
    , m_params(std::move(params))
{
    if (m_params.roleSessionName.isEmpty())
        m_params.roleSessionName =
            QStringLiteral("dynaconsole-%1").arg(this->config().clock.now().toSecsSinceEpoch());
}

QList<std::pair<QString, QJsonValue>> AssumeRoleJob::inputMembers() const
{
    QList<std::pair<QString, QJsonValue>> members{
        {QStringLiteral("RoleArn"), m_params.roleArn},
        {QStringLiteral("RoleSessionName"), m_params.roleSessionName},
    };
    if (!m_params.externalId.isEmpty())
        members.append({QStringLiteral("ExternalId"), m_params.externalId});
    if (m_params.durationSeconds > 0)
        members.append({QStringLiteral("DurationSeconds"), m_params.durationSeconds});
    if (!m_params.mfaSerial.isEmpty()) {
        members.append({QStringLiteral("SerialNumber"), m_params.mfaSerial});
        members.append({QStringLiteral("TokenCode"), m_params.tokenCode});
    }
    return members;
}

bool AssumeRoleJob::readResponse(const QByteArray &body, QString *error)
{
    auto role = parseAssumeRoleResponse(body, error);
    if (!role)
        return false;
    m_result = std::move(*role);
    return true;
}

GetCallerIdentityJob::GetCallerIdentityJob(std::shared_ptr<CredentialsProvider> credentials,
                                           StsConfig config, QNetworkAccessManager *network,
                                           QObject *parent)
    : StsJob(QStringLiteral("GetCallerIdentity"), std::move(credentials), std::move(config),
             network, parent)
{}

QList<std::pair<QString, QJsonValue>> GetCallerIdentityJob::inputMembers() const
{
    return {};
}

bool GetCallerIdentityJob::readResponse(const QByteArray &body, QString *error)
{
    auto identity = parseCallerIdentityResponse(body, error);
    if (!identity)
        return false;
    m_result = std::move(*identity);
    return true;
}

} // namespace dyna::aws
