#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace dyna::profiles {

// Where a profile's credentials come from. Exactly one per profile.
enum class CredentialSource {
    AccessKeys,   // access key id + secret (+ session token) kept by DynaConsole
    AssumeRole,   // STS AssumeRole on another profile or on the profile's own key pair
    SharedConfig, // a profile of the user's ~/.aws/config and ~/.aws/credentials
    Environment   // the AWS_* variables of the process, read at use time
};

struct AssumeRoleSettings
{
    static constexpr int MinDurationSeconds = 900;
    static constexpr int MaxDurationSeconds = 43200;
    static constexpr int DefaultDurationSeconds = 3600;

    QString roleArn;
    // Empty means defaultSessionName() at use time, so stored profiles never carry a stale one.
    QString sessionName;
    QString externalId;
    int durationSeconds = DefaultDurationSeconds;
    QString mfaSerial;
    // The profile whose credentials call AssumeRole; null means the profile's own key pair.
    QUuid sourceProfileId;
};

// The non-secret part of a connection profile: everything here may be written to QSettings.
struct Profile
{
    QUuid id;
    QString name;
    QString region;
    QUrl endpoint;  // empty: the region's public endpoint
    QString colour; // "#rrggbb" or empty
    bool readOnly = false;
    // The user confirmed plain HTTP to an endpoint that is not loopback (aws::EndpointOptions).
    bool allowPlainHttp = false;
    // Production: the window shows the colour around it and every write waits for a yes.
    bool production = false;
    CredentialSource source = CredentialSource::AccessKeys;
    QString accessKeyId; // AccessKeys, and AssumeRole on its own key pair
    AssumeRoleSettings assumeRole;
    QString sharedConfigProfile; // SharedConfig

    // True when the profile's own secret access key (and session token) are needed.
    bool hasOwnKeys() const;
};

// The secret part, kept only in the keychain (or in memory when there is none).
struct ProfileSecrets
{
    QString secretAccessKey;
    QString sessionToken;

    bool isEmpty() const { return secretAccessKey.isEmpty() && sessionToken.isEmpty(); }
    bool operator==(const ProfileSecrets &) const = default;
};

// Empty when the profile can be saved, otherwise one plain sentence naming the field.
// `others` are the stored profiles, to refuse a duplicate name (case-insensitive; the profile
// with the same id is ignored, so saving an edited profile keeps its name).
QString validateProfile(const Profile &profile, const QList<Profile> &others = {});

// "dynaconsole-<unix timestamp>", the session name used when the profile leaves it empty.
QString defaultSessionName(qint64 unixSeconds);

// The seed's vault keys: one per profile field.
namespace VaultKey {
inline constexpr char AccessKeyId[] = "AWS_ACCESS_KEY_ID";
inline constexpr char SecretAccessKey[] = "AWS_SECRET_ACCESS_KEY";
inline constexpr char Region[] = "AWS_REGION";
inline constexpr char SessionToken[] = "AWS_SESSION_TOKEN";
inline constexpr char Endpoint[] = "AWS_DYNAMODB_ENDPOINT";
inline constexpr char RoleArn[] = "AWS_ASSUME_ROLE_ARN";
inline constexpr char SessionName[] = "AWS_ASSUME_ROLE_SESSION_NAME";
inline constexpr char ExternalId[] = "AWS_ASSUME_ROLE_EXTERNAL_ID";
inline constexpr char Duration[] = "AWS_ASSUME_ROLE_DURATION_SECONDS";
} // namespace VaultKey

// The profile as a vault key set. Secrets (AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN) are
// included only when `includeSecrets` is true. Fields without a vault key (name, colour,
// read-only flag, MFA serial, source profile, shared config name) are not exported; a
// SharedConfig or Environment profile exports its region and endpoint only.
QMap<QString, QString> exportVaultKeys(const Profile &profile, const ProfileSecrets &secrets,
                                       bool includeSecrets = false);

struct VaultImport
{
    Profile profile; // new id, empty name: the caller names it
    ProfileSecrets secrets;
};

// A key set becomes an AccessKeys profile, or an AssumeRole profile on its own key pair when
// AWS_ASSUME_ROLE_ARN is present. AWS_ACCESS_KEY_ID is required. Unknown keys and malformed
// values are refused; on failure `error` gets a sentence naming the key.
std::optional<VaultImport> importVaultKeys(const QMap<QString, QString> &keys, QString *error);

// The same from `KEY=value` lines (as in a .env file): blank lines and lines starting with '#'
// are ignored, a value may be wrapped in single or double quotes. Errors name the key and line.
std::optional<VaultImport> importVaultText(const QString &text, QString *error);

} // namespace dyna::profiles
