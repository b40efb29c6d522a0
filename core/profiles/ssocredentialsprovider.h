#pragma once

#include "cachingcredentialsprovider.h"

#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace dyna::profiles {

struct ResolvedProfile;

// Role credentials from AWS IAM Identity Center (SSO), using the token the AWS CLI cached with
// `aws sso login`: GetRoleCredentials on the SSO portal, authorised by that bearer token (no
// SigV4). The token file is read on every fetch, so signing in again with the CLI takes effect
// without reconnecting. Credentials are reused until five minutes before they expire; concurrent
// fetches share one request. Call fetch() on the provider's thread (it owns the network access
// manager); callbacks run on their context's thread.
class SsoCredentialsProvider : public CachingCredentialsProvider
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 30 * 1000;

    // Takes the SSO settings of `profile` (Kind::Sso). `portalUrl` replaces
    // https://portal.sso.<sso_region>.amazonaws.com (tests point it at a local server).
    explicit SsoCredentialsProvider(const ResolvedProfile &profile,
                                    aws::Clock clock = aws::Clock::system(), QUrl portalUrl = {},
                                    QObject *parent = nullptr);
    ~SsoCredentialsProvider() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    QUrl portalUrl() const { return m_portalUrl; }

protected:
    void refresh() override;

private:
    void replyFinished(QNetworkReply *reply);
    // The cached access token, or an empty string with `error` set.
    QString readToken(aws::AwsError *error) const;
    aws::Credentials parseCredentials(const QByteArray &body, aws::AwsError *error) const;

    QString m_profileName;
    QString m_signInCommand; // "aws sso login --profile ..." for messages
    QString m_tokenPath;
    QString m_accountId;
    QString m_roleName;
    QUrl m_portalUrl;
    int m_timeoutMs = DefaultTimeoutMs;
    QNetworkAccessManager *m_network;
    QNetworkReply *m_reply = nullptr;
};

} // namespace dyna::profiles
