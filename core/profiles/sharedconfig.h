#pragma once

#include "aws/credentials.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QByteArray;
class QProcessEnvironment;

namespace dyna::profiles {

// How a profile of the AWS shared config gets its credentials, as the AWS CLI would decide.
struct ResolvedProfile
{
    enum class Kind { StaticKeys, AssumeRole, CredentialProcess, Sso, Environment, None };

    QString name;
    Kind kind = Kind::None;
    QString region; // the profile's own region, as the CLI uses it (not its source's)
    aws::Credentials staticKeys;
    QString roleArn;
    QString externalId;
    QString mfaSerial;
    QString roleSessionName;
    int durationSeconds = 0; // 0: not set, STS decides
    // For AssumeRole: the source_profile, resolved recursively, or Kind::Environment for
    // credential_source = Environment.
    std::shared_ptr<const ResolvedProfile> source;
    QString credentialProcess; // command line, split like a POSIX shell
    QString ssoStartUrl;
    QString ssoRegion;
    QString ssoAccountId;
    QString ssoRoleName;
    QString ssoSession;         // name of the [sso-session] section, empty for legacy SSO profiles
    QString ssoMessage;         // what the user must do before the profile can be used
    QString ssoCachedTokenPath; // the AWS CLI's cached token for this profile, if any
    QDateTime ssoTokenExpiry;   // expiresAt of that token
};

// The user's ~/.aws/config and ~/.aws/credentials, parsed the way botocore does.
class SharedConfig
{
public:
    // Reads AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE or the files under `homeDir`/.aws.
    // Missing files are normal (empty config); problems are reported in `warnings` as
    // "path:line: sentence".
    static SharedConfig load(const QProcessEnvironment &env, const QString &homeDir,
                             QStringList *warnings);
    // Warnings name the files "config" and "credentials".
    static SharedConfig parse(const QByteArray &configText, const QByteArray &credentialsText,
                              QStringList *warnings);

    QStringList profileNames() const; // union of both files, sorted, "default" first
    // Config file settings overlaid with the credentials file's; keys are lower case and
    // sub-section settings are "section.key" (e.g. "s3.max_concurrent_requests").
    QMap<QString, QString> settings(const QString &profile) const;
    std::optional<ResolvedProfile> resolve(const QString &profile, QString *error) const;

private:
    struct Profile
    {
        QMap<QString, QString> config;
        QMap<QString, QString> credentials;
    };
    using Settings = QMap<QString, QString>;

    void parseConfig(const QByteArray &text, const QString &fileLabel, QStringList *warnings);
    void parseCredentials(const QByteArray &text, const QString &fileLabel, QStringList *warnings);
    std::optional<ResolvedProfile> resolveProfile(const QString &name, bool asSource,
                                                  QStringList &visited, QString *error) const;
    bool resolveRole(ResolvedProfile &result, const Settings &settings, QStringList &visited,
                     QString *error) const;
    bool resolveSso(ResolvedProfile &result, const Settings &settings, QString *error) const;
    void findCachedSsoToken(ResolvedProfile &result, const QString &cacheKey) const;

    QMap<QString, Profile> m_profiles;
    QMap<QString, Settings> m_ssoSessions;
    QString m_ssoCacheDir; // empty when parsed from text: no token lookup
};

} // namespace dyna::profiles
