#pragma once

#include "profile.h"

#include "aws/assumeroleprovider.h"
#include "aws/awsclient.h"
#include "aws/job.h"

#include <QPointer>
#include <QProcessEnvironment>
#include <QSet>

#include <memory>
#include <optional>

namespace dyna::aws {
class CredentialsProvider;
struct Credentials;
} // namespace dyna::aws

namespace dyna::profiles {

class ProfileStore;
struct ResolvedProfile;

// Turns a profile into what a client needs: the endpoint configuration and a credentials
// provider. It loads the secrets the profile needs (its own, and those of the profiles its
// role is assumed from) and resolves AWS config profiles; nothing here talks to AWS yet.
class ConnectionResolver : public aws::Job
{
    Q_OBJECT
public:
    // `unsavedSecrets` stands in for the stored secrets of `profile` (a form being edited).
    ConnectionResolver(ProfileStore *store, Profile profile,
                       std::optional<ProfileSecrets> unsavedSecrets = std::nullopt,
                       QObject *parent = nullptr);

    void setEnvironment(const QProcessEnvironment &environment, const QString &homeDir);
    // STS normally follows the profile's region; tests point it at a loopback server. (A
    // profile's own endpoint override is DynamoDB's and never applies to STS.)
    void setStsEndpointOverride(const QUrl &url) { m_stsOverride = url; }
    // The IAM Identity Center portal normally follows the profile's sso_region; tests point it
    // at a local server.
    void setSsoPortalOverride(const QUrl &url) { m_ssoPortalOverride = url; }
    // Asked for MFA codes by every role this profile assumes (the UI prompts).
    void setMfaPrompt(aws::AssumeRoleProvider::MfaPrompt prompt)
    {
        m_mfaPrompt = std::move(prompt);
    }
    void start() override;
    void cancel() override;

    const Profile &profile() const { return m_profile; }
    const aws::ClientConfig &clientConfig() const { return m_config; }
    std::shared_ptr<aws::CredentialsProvider> credentials() const { return m_credentials; }

private:
    using Built = std::function<void(std::shared_ptr<aws::CredentialsProvider>)>;
    void build(const Profile &profile, const std::optional<ProfileSecrets> &secrets, Built done);
    void buildWithSecrets(const Profile &profile, const ProfileSecrets &secrets, Built done);
    std::shared_ptr<aws::CredentialsProvider> fromSharedConfig(const ResolvedProfile &resolved,
                                                               QString *error);
    std::shared_ptr<aws::CredentialsProvider>
    assumeRole(std::shared_ptr<aws::CredentialsProvider> source,
               const aws::AssumeRoleParams &params, const QString &region);
    void fail(const QString &message);

    QPointer<ProfileStore> m_store;
    Profile m_profile;
    std::optional<ProfileSecrets> m_unsavedSecrets;
    QProcessEnvironment m_environment;
    QString m_homeDir;
    QUrl m_stsOverride;
    QUrl m_ssoPortalOverride;
    aws::AssumeRoleProvider::MfaPrompt m_mfaPrompt;
    QSet<QUuid> m_visited;
    aws::ClientConfig m_config;
    std::shared_ptr<aws::CredentialsProvider> m_credentials;
};

} // namespace dyna::profiles
