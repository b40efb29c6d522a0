#pragma once

#include "credentialsprovider.h"
#include "sts.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace dyna::aws {

// Credentials of an assumed role, kept in memory and renewed before they expire. Every fetch
// during a renewal waits for that one AssumeRole call. The source may be another
// AssumeRoleProvider (role chaining). Lives on one thread.
class AssumeRoleProvider : public QObject, public CredentialsProvider
{
    Q_OBJECT
public:
    // Asked for the current code of the MFA device `serial`; answer std::nullopt when the user
    // cancels. The answer may come later (the UI prompts).
    using MfaPrompt = std::function<void(const QString &serial,
                                         std::function<void(std::optional<QString> code)> answer)>;

    // Renewal starts this long before the credentials expire.
    static constexpr qint64 refreshMarginSeconds = 300;

    AssumeRoleProvider(std::shared_ptr<CredentialsProvider> source, AssumeRoleParams params,
                       StsConfig config, QObject *parent = nullptr);
    ~AssumeRoleProvider() override;

    void fetch(QObject *context, Callback done) override;

    void setMfaPrompt(MfaPrompt prompt) { m_mfaPrompt = std::move(prompt); }
    // Renews the credentials in the background when they expire within refreshMarginSeconds.
    // The provider's timer calls it; tests call it with their own clock.
    void refreshIfDue();

    bool isRefreshing() const { return m_refreshing; }
    // Of the credentials held now; invalid when there are none.
    QDateTime expiration() const { return m_credentials.expiration; }
    const AssumedRole &assumedRole() const { return m_role; }

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const dyna::aws::AwsError &error);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
    };

    void refresh();
    void assume(const QString &tokenCode);
    void settle(const Credentials &credentials, const AwsError &error);
    void scheduleRefresh();

    std::shared_ptr<CredentialsProvider> m_source;
    AssumeRoleParams m_params;
    StsConfig m_config;
    QNetworkAccessManager *m_network;
    QTimer *m_refreshTimer;
    MfaPrompt m_mfaPrompt;
    Credentials m_credentials;
    AssumedRole m_role;
    QList<Waiter> m_waiters;
    QPointer<AssumeRoleJob> m_job;
    bool m_refreshing = false;
};

} // namespace dyna::aws
