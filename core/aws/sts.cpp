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
const QByteArray kApiVersion = QByteArrayLiteral("2011-06-15");

// The Host header exactly as QNetworkAccessManager will send it, so that the signature matches.
QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

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
    : Job(parent)
    , m_action(std::move(action))
    , m_credentials(std::move(credentials))
    , m_config(std::move(config))
    , m_network(network ? network : new QNetworkAccessManager(this))
{
    setAutoDelete(true);
    if (!m_config.quota)
        m_config.quota = std::make_shared<RetryQuota>();
    if (!m_config.clock.random)
        m_config.clock.random = Clock::system().random;
}

StsJob::~StsJob()
{
    if (m_reply)
        m_reply->abort();
}

void StsJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // Never finish inside start(): callers may connect to `finished` right after it.
    QMetaObject::invokeMethod(this, &StsJob::run, Qt::QueuedConnection);
}

void StsJob::cancel()
{
    if (isFinished())
        return;
    if (m_reply) {
        m_cancelling = true;
        m_reply->abort(); // onReplyFinished finishes the job with `cancelled`
        return;
    }
    complete(AwsError::cancelled(m_action));
}

void StsJob::run()
{
    if (isFinished())
        return;
    QString endpointError;
    m_endpoint = resolveEndpoint(Service::Sts, m_config.endpoint, &endpointError);
    if (!m_endpoint) {
        complete(AwsError::invalidRequest(m_action, QStringLiteral("endpoint"), endpointError));
        return;
    }
    const auto members = inputMembers();
    QJsonObject input;
    for (const auto &[name, value] : members)
        input.insert(name, value);
    if (const auto invalid = dynamo::ApiModel::sts()->validateInput(m_action, input)) {
        complete(AwsError::invalidRequest(m_action, invalid->memberPath, invalid->message));
        return;
    }
    m_body = "Action=" + m_action.toUtf8() + "&Version=" + kApiVersion;
    for (const auto &[name, value] : members)
        m_body += '&' + name.toUtf8() + '=' + formValue(value);
    m_policy.emplace(m_config.retry, m_config.quota, m_config.clock.random);
    sendAttempt();
}

void StsJob::sendAttempt()
{
    ++m_attempts;
    if (!m_credentials) {
        complete(AwsError::invalidRequest(
            m_action, QStringLiteral("credentials"),
            QCoreApplication::translate("StsJob", "No source credentials are set.")));
        return;
    }
    m_credentials->fetch(this, [this](const Credentials &credentials, const AwsError &error) {
        if (isFinished())
            return;
        if (error.isError()) {
            AwsError failure = error;
            failure.operation = m_action;
            complete(failure);
            return;
        }
        sendSigned(credentials);
    });
}

void StsJob::sendSigned(const Credentials &credentials)
{
    if (!m_network) {
        complete(AwsError::cancelled(m_action));
        return;
    }
    const QUrl url = m_endpoint->url;
    HttpRequestParts parts;
    parts.method = QByteArrayLiteral("POST");
    parts.path = url.path(QUrl::FullyDecoded).toUtf8();
    if (parts.path.isEmpty())
        parts.path = QByteArrayLiteral("/");
    parts.headers = {
        {QByteArrayLiteral("Host"), hostHeader(url)},
        {QByteArrayLiteral("Content-Type"),
         QByteArrayLiteral("application/x-www-form-urlencoded; charset=utf-8")},
    };
    parts.body = m_body;

    SigningParams params;
    params.region = m_endpoint->signingRegion;
    params.service = m_endpoint->signingName;
    params.time = m_config.clock.now();
    params.credentials = credentials;
    const SigningResult signature = SigV4Signer().signHeaders(parts, params);

    QNetworkRequest request(url);
    for (const auto &[name, value] : parts.headers) {
        if (name != "Host")
            request.setRawHeader(name, value);
    }
    for (const auto &[name, value] : signature.addedHeaders)
        request.setRawHeader(name, value);
    request.setRawHeader("User-Agent", AwsClient::userAgent());
    request.setRawHeader("Accept-Encoding", "identity");
    request.setTransferTimeout(m_policy->config().perAttemptTimeoutMs);

    m_reply = m_network->post(request, m_body);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void StsJob::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    if (isFinished())
        return;
    if (m_cancelling) {
        complete(AwsError::cancelled(m_action));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        // Qt reports an expired transfer timeout as OperationCanceledError; a cancel of ours
        // was handled above.
        if (reply->error() == QNetworkReply::OperationCanceledError)
            handleFailure(AwsError::timedOut(m_action, m_policy->config().perAttemptTimeoutMs));
        else
            handleFailure(
                AwsError::fromNetworkError(m_action, reply->error(), reply->errorString()));
        return;
    }

    const QByteArray body = reply->readAll();
    const QByteArray requestIdHeader = reply->rawHeader("x-amzn-RequestId");
    m_requestId = QString::fromLatin1(requestIdHeader);
    if (status < 200 || status >= 300) {
        AwsError error = AwsError::fromResponse(m_action, status, body, requestIdHeader);
        // STS answers a wrong or missing MFA code with a plain AccessDenied; say what it is.
        if (error.code == QLatin1String("AccessDenied") &&
            error.message.contains(QLatin1String("MultiFactorAuthentication"), Qt::CaseInsensitive))
            error.code = QStringLiteral("MultiFactorAuthenticationFailed");
        handleFailure(error);
        return;
    }

    QString parseError;
    if (!readResponse(body, &parseError)) {
        // Typically a body cut short in transit: worth another attempt.
        AwsError error = AwsError::fromResponse(m_action, status, body, requestIdHeader);
        error.message = QStringLiteral("The STS answer could not be read: %1.").arg(parseError);
        handleFailure(error);
        return;
    }
    m_policy->onSuccess(m_attempts);
    complete({});
}

void StsJob::handleFailure(const AwsError &error)
{
    const RetryDecision decision = m_policy->onFailure(m_attempts, error);
    if (!decision.retry) {
        complete(error);
        return;
    }
    Q_EMIT retrying(this, m_attempts + 1, decision.delayMs, error);
    if (isFinished()) // cancelled from a `retrying` handler
        return;
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &StsJob::sendAttempt);
    }
    m_retryTimer->start(decision.delayMs);
}

void StsJob::complete(const AwsError &error)
{
    if (isFinished())
        return;
    if (m_retryTimer)
        m_retryTimer->stop();
    AwsError final = error;
    if (final.isError() && final.requestId.isEmpty())
        final.requestId = m_requestId;
    finish(final);
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
