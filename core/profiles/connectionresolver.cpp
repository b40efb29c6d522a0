#include "connectionresolver.h"

#include "environmentcredentials.h"
#include "processcredentialsprovider.h"
#include "profilestore.h"
#include "sharedconfig.h"
#include "ssocredentialsprovider.h"

#include "aws/assumeroleprovider.h"
#include "aws/credentialsprovider.h"

#include <QDir>

namespace dyna::profiles {

namespace {

// Providers that are QObjects go with deleteLater: a refresh may still be on the stack.
template<typename T>
std::shared_ptr<aws::CredentialsProvider> shareQObject(T *provider)
{
    return std::shared_ptr<aws::CredentialsProvider>(provider, [](T *p) { p->deleteLater(); });
}

std::shared_ptr<aws::CredentialsProvider> staticProvider(const aws::Credentials &credentials)
{
    return std::make_shared<aws::StaticCredentialsProvider>(credentials);
}

} // namespace

ConnectionResolver::ConnectionResolver(ProfileStore *store, Profile profile,
                                       std::optional<ProfileSecrets> unsavedSecrets,
                                       QObject *parent)
    : aws::Job(parent)
    , m_store(store)
    , m_profile(std::move(profile))
    , m_unsavedSecrets(std::move(unsavedSecrets))
    , m_environment(QProcessEnvironment::systemEnvironment())
    , m_homeDir(QDir::homePath())
{}

void ConnectionResolver::setEnvironment(const QProcessEnvironment &environment,
                                        const QString &homeDir)
{
    m_environment = environment;
    m_homeDir = homeDir;
}

void ConnectionResolver::start()
{
    m_config.endpoint.region = m_profile.region;
    m_config.endpoint.overrideUrl = m_profile.endpoint;
    m_config.endpoint.allowPlainHttp = m_profile.allowPlainHttp;
    QMetaObject::invokeMethod(
        this,
        [this] {
            build(m_profile, m_unsavedSecrets,
                  [this](std::shared_ptr<aws::CredentialsProvider> provider) {
                      m_credentials = std::move(provider);
                      finish({});
                  });
        },
        Qt::QueuedConnection);
}

void ConnectionResolver::cancel()
{
    finish(aws::AwsError::cancelled(QStringLiteral("Connect")));
}

void ConnectionResolver::fail(const QString &message)
{
    finish(aws::AwsError::localFailure(aws::ErrorKind::Auth, QStringLiteral("Connect"),
                                       QStringLiteral("ProfileCredentials"), message));
}

void ConnectionResolver::build(const Profile &profile, const std::optional<ProfileSecrets> &secrets,
                               Built done)
{
    if (isFinished())
        return;
    if (m_visited.contains(profile.id)) {
        fail(tr("The profile \"%1\" assumes a role from itself through its source profiles.")
                 .arg(profile.name));
        return;
    }
    m_visited.insert(profile.id);
    if (!profile.hasOwnKeys() || secrets) {
        buildWithSecrets(profile, secrets.value_or(ProfileSecrets{}), std::move(done));
        return;
    }
    if (!m_store) {
        fail(tr("The saved profiles are not available."));
        return;
    }
    m_store->loadSecrets(
        profile.id, this,
        [this, profile, done](const ProfileSecrets &loaded, const ProfileStore::Outcome &outcome) {
            // Cancelled while the keychain answered: a finished job hands out no credentials.
            if (isFinished())
                return;
            if (!outcome.ok())
                fail(outcome.error);
            else
                buildWithSecrets(profile, loaded, done);
        });
}

void ConnectionResolver::buildWithSecrets(const Profile &profile, const ProfileSecrets &secrets,
                                          Built done)
{
    const aws::Credentials ownKeys{
        profile.accessKeyId, secrets.secretAccessKey, secrets.sessionToken, {}};
    switch (profile.source) {
    case CredentialSource::AccessKeys:
        done(staticProvider(ownKeys));
        return;
    case CredentialSource::AssumeRole: {
        aws::AssumeRoleParams params;
        params.roleArn = profile.assumeRole.roleArn;
        params.roleSessionName = profile.assumeRole.sessionName;
        params.externalId = profile.assumeRole.externalId;
        params.durationSeconds = profile.assumeRole.durationSeconds;
        params.mfaSerial = profile.assumeRole.mfaSerial;
        if (profile.assumeRole.sourceProfileId.isNull()) {
            done(assumeRole(staticProvider(ownKeys), params, profile.region));
            return;
        }
        const auto source =
            m_store ? m_store->profile(profile.assumeRole.sourceProfileId) : std::nullopt;
        if (!source) {
            fail(tr("The source profile of \"%1\" no longer exists.").arg(profile.name));
            return;
        }
        build(*source, std::nullopt,
              [this, params, region = profile.region,
               done](std::shared_ptr<aws::CredentialsProvider> sourceProvider) {
                  done(assumeRole(std::move(sourceProvider), params, region));
              });
        return;
    }
    case CredentialSource::SharedConfig: {
        QStringList warnings;
        const SharedConfig config = SharedConfig::load(m_environment, m_homeDir, &warnings);
        QString error;
        const auto resolved = config.resolve(profile.sharedConfigProfile, &error);
        if (!resolved) {
            fail(error);
            return;
        }
        if (m_config.endpoint.region.isEmpty())
            m_config.endpoint.region = resolved->region;
        auto provider = fromSharedConfig(*resolved, &error);
        if (!provider) {
            fail(error);
            return;
        }
        done(std::move(provider));
        return;
    }
    case CredentialSource::Environment: {
        const auto credentials = credentialsFromEnvironment(m_environment);
        if (!credentials) {
            fail(tr("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set in the "
                    "environment DynaConsole was started from."));
            return;
        }
        if (m_config.endpoint.region.isEmpty())
            m_config.endpoint.region = regionFromEnvironment(m_environment);
        done(staticProvider(*credentials));
        return;
    }
    }
}

std::shared_ptr<aws::CredentialsProvider>
ConnectionResolver::fromSharedConfig(const ResolvedProfile &resolved, QString *error)
{
    switch (resolved.kind) {
    case ResolvedProfile::Kind::StaticKeys:
        return staticProvider(resolved.staticKeys);
    case ResolvedProfile::Kind::Environment: {
        const auto credentials = credentialsFromEnvironment(m_environment);
        if (!credentials) {
            *error = tr("The AWS config profile \"%1\" takes its credentials from the "
                        "environment, but AWS_ACCESS_KEY_ID is not set.")
                         .arg(resolved.name);
            return {};
        }
        return staticProvider(*credentials);
    }
    case ResolvedProfile::Kind::CredentialProcess:
        return shareQObject(new ProcessCredentialsProvider(resolved.credentialProcess));
    case ResolvedProfile::Kind::AssumeRole: {
        if (!resolved.source) {
            *error =
                tr("The AWS config profile \"%1\" has no source for its role.").arg(resolved.name);
            return {};
        }
        auto source = fromSharedConfig(*resolved.source, error);
        if (!source)
            return {};
        aws::AssumeRoleParams params;
        params.roleArn = resolved.roleArn;
        params.roleSessionName = resolved.roleSessionName;
        params.externalId = resolved.externalId;
        params.durationSeconds = resolved.durationSeconds;
        params.mfaSerial = resolved.mfaSerial;
        return assumeRole(std::move(source), params,
                          resolved.region.isEmpty() ? m_config.endpoint.region : resolved.region);
    }
    case ResolvedProfile::Kind::Sso:
        // Without a token from `aws sso login` there is nothing to ask the portal with.
        if (resolved.ssoCachedTokenPath.isEmpty()) {
            *error = resolved.ssoMessage;
            return {};
        }
        return shareQObject(
            new SsoCredentialsProvider(resolved, aws::Clock::system(), m_ssoPortalOverride));
    case ResolvedProfile::Kind::None:
        break;
    }
    *error = tr("The AWS config profile \"%1\" has no credentials.").arg(resolved.name);
    return {};
}

std::shared_ptr<aws::CredentialsProvider>
ConnectionResolver::assumeRole(std::shared_ptr<aws::CredentialsProvider> source,
                               const aws::AssumeRoleParams &params, const QString &region)
{
    aws::StsConfig sts;
    sts.endpoint.region = region;
    sts.endpoint.overrideUrl = m_stsOverride;
    auto *provider = new aws::AssumeRoleProvider(std::move(source), params, sts);
    if (m_mfaPrompt)
        provider->setMfaPrompt(m_mfaPrompt);
    return shareQObject(provider);
}

} // namespace dyna::profiles
