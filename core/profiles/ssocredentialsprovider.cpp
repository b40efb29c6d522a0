#include "ssocredentialsprovider.h"

#include "sharedconfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace dyna::profiles {

namespace {

const QString operationName = QStringLiteral("GetRoleCredentials");

// The AWS CLI writes "2026-11-30T01:02:03Z"; older versions "2026-11-30T01:02:03UTC".
QDateTime parseExpiresAt(QString text)
{
    if (text.endsWith(QLatin1String("UTC")))
        text = text.left(text.size() - 3) + QLatin1Char('Z');
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace

SsoCredentialsProvider::SsoCredentialsProvider(const ResolvedProfile &profile, aws::Clock clock,
                                               QUrl portalUrl, QObject *parent)
    : CachingCredentialsProvider(operationName, std::move(clock), parent)
    , m_profileName(profile.name)
    , m_tokenPath(profile.ssoCachedTokenPath)
    , m_accountId(profile.ssoAccountId)
    , m_roleName(profile.ssoRoleName)
    , m_portalUrl(std::move(portalUrl))
    , m_network(new QNetworkAccessManager(this))
{
    m_signInCommand = QStringLiteral("aws sso login --profile %1").arg(profile.name);
    if (!profile.ssoSession.isEmpty())
        m_signInCommand += tr(" (or aws sso login --sso-session %1)").arg(profile.ssoSession);
    if (m_portalUrl.isEmpty())
        m_portalUrl = QUrl(
            QStringLiteral("https://portal.sso.%1.amazonaws.com").arg(profile.ssoRegion.toLower()));
}

SsoCredentialsProvider::~SsoCredentialsProvider()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
    }
}

QString SsoCredentialsProvider::readToken(aws::AwsError *error) const
{
    QFile file(m_tokenPath);
    QJsonObject token;
    if (!m_tokenPath.isEmpty() && file.open(QIODevice::ReadOnly))
        token = QJsonDocument::fromJson(file.readAll()).object();
    const QString accessToken = token.value(QLatin1String("accessToken")).toString();
    const QDateTime expiresAt = parseExpiresAt(token.value(QLatin1String("expiresAt")).toString());
    if (accessToken.isEmpty() || !expiresAt.isValid()) {
        *error = failure(QStringLiteral("SsoTokenExpired"),
                         tr("Profile \"%1\" is not signed in to AWS IAM Identity Center. Sign in "
                            "with the AWS CLI first: %2.")
                             .arg(m_profileName, m_signInCommand));
        return {};
    }
    if (expiresAt <= clock().now()) {
        *error = failure(QStringLiteral("SsoTokenExpired"),
                         tr("The AWS IAM Identity Center sign-in of profile \"%1\" expired at %2. "
                            "Sign in again with the AWS CLI: %3.")
                             .arg(m_profileName, expiresAt.toString(Qt::ISODate), m_signInCommand));
        return {};
    }
    return accessToken;
}

void SsoCredentialsProvider::refresh()
{
    aws::AwsError error;
    const QString token = readToken(&error);
    if (token.isEmpty()) {
        settle({}, error);
        return;
    }
    QUrl url = m_portalUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1String("/federation/credentials"));
    // Percent-encoded by hand: QUrlQuery would leave '+' in role names, which servers read as
    // a space.
    url.setQuery(
        QLatin1String("account_id=") + QString::fromLatin1(QUrl::toPercentEncoding(m_accountId)) +
            QLatin1String("&role_name=") + QString::fromLatin1(QUrl::toPercentEncoding(m_roleName)),
        QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setRawHeader("x-amz-sso_bearer_token", token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { replyFinished(reply); });
}

void SsoCredentialsProvider::replyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        // Nothing aborts the reply but the transfer timeout (the destructor disconnects first).
        settle({}, reply->error() == QNetworkReply::OperationCanceledError
                       ? aws::AwsError::timedOut(operationName, m_timeoutMs)
                       : aws::AwsError::fromNetworkError(operationName, reply->error(),
                                                         reply->errorString()));
        return;
    }
    if (status < 200 || status >= 300) {
        aws::AwsError error = aws::AwsError::fromResponse(operationName, status, body,
                                                          reply->rawHeader("x-amzn-RequestId"),
                                                          reply->rawHeader("x-amzn-ErrorType"));
        if (status == 401 || status == 403) {
            error.kind = aws::ErrorKind::Auth;
            error.retryable = false;
            error.message = tr("AWS IAM Identity Center no longer accepts the sign-in of profile "
                               "\"%1\". Sign in again with the AWS CLI: %2.")
                                .arg(m_profileName, m_signInCommand);
        }
        settle({}, error);
        return;
    }
    aws::AwsError error;
    const aws::Credentials credentials = parseCredentials(body, &error);
    if (error.isError())
        error.requestId = QString::fromLatin1(reply->rawHeader("x-amzn-RequestId"));
    settle(credentials, error);
}

aws::Credentials SsoCredentialsProvider::parseCredentials(const QByteArray &body,
                                                          aws::AwsError *error) const
{
    const QJsonObject role =
        QJsonDocument::fromJson(body).object().value(QLatin1String("roleCredentials")).toObject();
    aws::Credentials credentials;
    credentials.accessKeyId = role.value(QLatin1String("accessKeyId")).toString();
    credentials.secretAccessKey = role.value(QLatin1String("secretAccessKey")).toString();
    credentials.sessionToken = role.value(QLatin1String("sessionToken")).toString();
    const QJsonValue expiration = role.value(QLatin1String("expiration"));
    if (expiration.isDouble())
        credentials.expiration =
            QDateTime::fromMSecsSinceEpoch(qint64(expiration.toDouble()), Qt::UTC);
    if (!credentials.isValid() || credentials.sessionToken.isEmpty() ||
        !credentials.expiration.isValid()) {
        *error = failure(QStringLiteral("SsoInvalidResponse"),
                         tr("AWS IAM Identity Center answered without usable role credentials "
                            "for role %1 in account %2.")
                             .arg(m_roleName, m_accountId));
        error->kind = aws::ErrorKind::Transient;
        return {};
    }
    return credentials;
}

} // namespace dyna::profiles
