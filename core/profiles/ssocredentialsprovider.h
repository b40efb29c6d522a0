#pragma once

#include "aws/clock.h"
#include "aws/credentialsprovider.h"

#include <QList>
#include <QObject>
#include <QPointer>
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
class SsoCredentialsProvider : public QObject, public aws::CredentialsProvider
{
    Q_OBJECT
public:
    static constexpr qint64 RefreshMarginSeconds = 5 * 60;
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

    void fetch(QObject *context, Callback done) override;

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback done;
    };

    void request();
    void replyFinished(QNetworkReply *reply);
    // The cached access token, or an empty string with `error` set.
    QString readToken(aws::AwsError *error) const;
    aws::Credentials parseCredentials(const QByteArray &body, aws::AwsError *error) const;
    aws::AwsError failure(const QString &code, const QString &message) const;
    void complete(const aws::Credentials &credentials, const aws::AwsError &error);

    QString m_profileName;
    QString m_signInCommand; // "aws sso login --profile ..." for messages
    QString m_tokenPath;
    QString m_accountId;
    QString m_roleName;
    QUrl m_portalUrl;
    aws::Clock m_clock;
    int m_timeoutMs = DefaultTimeoutMs;
    QNetworkAccessManager *m_network;
    QNetworkReply *m_reply = nullptr;
    aws::Credentials m_cached;
    QList<Waiter> m_waiters;
};

} // namespace dyna::profiles
