#include "profile.h"

#include "aws/endpointresolver.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace dyna::profiles {

namespace {

// Looked up under the same context lupdate files the strings under (a free ProfileText::tr() would
// be filed under the namespace, and its translations never found).
struct ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
};

bool isValidColour(const QString &colour)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return pattern.match(colour).hasMatch();
}

bool isValidRoleArn(const QString &arn)
{
    // Role names and paths: letters, digits and +=,.@_- (IAM's documented set), paths with '/'.
    static const QRegularExpression pattern(
        QStringLiteral("^arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+$"));
    return pattern.match(arn).hasMatch();
}

bool isValidEndpoint(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

const QStringList &knownVaultKeys()
{
    static const QStringList keys = {
        QLatin1String(VaultKey::AccessKeyId), QLatin1String(VaultKey::SecretAccessKey),
        QLatin1String(VaultKey::Region),      QLatin1String(VaultKey::SessionToken),
        QLatin1String(VaultKey::Endpoint),    QLatin1String(VaultKey::RoleArn),
        QLatin1String(VaultKey::SessionName), QLatin1String(VaultKey::ExternalId),
        QLatin1String(VaultKey::Duration)};
    return keys;
}

// Shared by the map and text importers; `lines` maps keys to line numbers for the text form.
std::optional<VaultImport> importKeys(const QMap<QString, QString> &keys,
                                      const QHash<QString, int> &lines, QString *error)
{
    const auto where = [&lines](const QString &key) {
        return lines.contains(key) ? QCoreApplication::translate("Profile", "%1 on line %2")
                                         .arg(key)
                                         .arg(lines[key])
                                   : key;
    };
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };

    for (auto it = keys.begin(); it != keys.end(); ++it) {
        if (!knownVaultKeys().contains(it.key()))
            return fail(QCoreApplication::translate("Profile", "%1 is not a vault key DynaConsole "
                                                               "knows.")
                            .arg(where(it.key())));
    }

    VaultImport result;
    Profile &profile = result.profile;
    profile.id = QUuid::createUuid();
    const auto value = [&keys](const char *key) {
        return keys.value(QLatin1String(key)).trimmed();
    };

    profile.accessKeyId = value(VaultKey::AccessKeyId);
    if (profile.accessKeyId.isEmpty())
        return fail(QCoreApplication::translate("Profile", "%1 is missing or empty.")
                        .arg(where(QLatin1String(VaultKey::AccessKeyId))));
    result.secrets.secretAccessKey = value(VaultKey::SecretAccessKey);
    result.secrets.sessionToken = value(VaultKey::SessionToken);

    profile.region = value(VaultKey::Region);
    if (!profile.region.isEmpty() && !aws::isValidRegionName(profile.region))
        return fail(QCoreApplication::translate("Profile", "%1 is not a valid region name: \"%2\".")
                        .arg(where(QLatin1String(VaultKey::Region)), profile.region));

    const QString endpoint = value(VaultKey::Endpoint);
    if (!endpoint.isEmpty()) {
        profile.endpoint = QUrl(endpoint);
        if (!isValidEndpoint(profile.endpoint))
            return fail(QCoreApplication::translate("Profile", "%1 is not an http or https URL.")
                            .arg(where(QLatin1String(VaultKey::Endpoint))));
    }

    const QString roleArn = value(VaultKey::RoleArn);
    if (roleArn.isEmpty()) {
        for (const char *roleKey :
             {VaultKey::SessionName, VaultKey::ExternalId, VaultKey::Duration}) {
            if (keys.contains(QLatin1String(roleKey)))
                return fail(
                    QCoreApplication::translate("Profile", "%1 needs AWS_ASSUME_ROLE_ARN as well.")
                        .arg(where(QLatin1String(roleKey))));
        }
        profile.source = CredentialSource::AccessKeys;
        return result;
    }

    profile.source = CredentialSource::AssumeRole;
    AssumeRoleSettings &role = profile.assumeRole;
    role.roleArn = roleArn;
    if (!isValidRoleArn(roleArn))
        return fail(
            QCoreApplication::translate(
                "Profile", "%1 is not a role ARN such as arn:aws:iam::123456789012:role/Name.")
                .arg(where(QLatin1String(VaultKey::RoleArn))));
    role.sessionName = value(VaultKey::SessionName);
    role.externalId = value(VaultKey::ExternalId);
    const QString duration = value(VaultKey::Duration);
    if (!duration.isEmpty()) {
        bool ok = false;
        role.durationSeconds = duration.toInt(&ok);
        if (!ok || role.durationSeconds < AssumeRoleSettings::MinDurationSeconds ||
            role.durationSeconds > AssumeRoleSettings::MaxDurationSeconds)
            return fail(QCoreApplication::translate(
                            "Profile", "%1 must be a number of seconds from %2 to %3; got \"%4\".")
                            .arg(where(QLatin1String(VaultKey::Duration)))
                            .arg(AssumeRoleSettings::MinDurationSeconds)
                            .arg(AssumeRoleSettings::MaxDurationSeconds)
                            .arg(duration));
    }
    return result;
}

} // namespace

bool Profile::hasOwnKeys() const
{
    return source == CredentialSource::AccessKeys ||
           (source == CredentialSource::AssumeRole && assumeRole.sourceProfileId.isNull());
}

QString validateProfile(const Profile &profile, const QList<Profile> &others)
{
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return ProfileText::tr("The profile name is empty.");
    for (const Profile &other : others) {
        if (other.id != profile.id && other.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("Profile",
                                               "Another profile is already named \"%1\".")
                .arg(name);
    }
    if (!aws::isValidRegionName(profile.region))
        return QCoreApplication::translate(
                   "Profile", "The region \"%1\" is not a valid AWS region name such as us-east-1.")
            .arg(profile.region);
    if (!profile.endpoint.isEmpty() && !isValidEndpoint(profile.endpoint))
        return ProfileText::tr(
            "The endpoint override must be an http:// or https:// URL with a host name.");
    if (!profile.colour.isEmpty() && !isValidColour(profile.colour))
        return ProfileText::tr("The colour must be written as #rrggbb, for example #1f77b4.");

    switch (profile.source) {
    case CredentialSource::AccessKeys:
        break;
    case CredentialSource::AssumeRole: {
        const AssumeRoleSettings &role = profile.assumeRole;
        if (!isValidRoleArn(role.roleArn))
            return ProfileText::tr(
                "The role ARN must look like arn:aws:iam::123456789012:role/RoleName.");
        if (role.durationSeconds < AssumeRoleSettings::MinDurationSeconds ||
            role.durationSeconds > AssumeRoleSettings::MaxDurationSeconds)
            return ProfileText::tr(
                "The session duration must be between 900 and 43200 seconds (15 minutes "
                "to 12 hours).");
        if (!role.sourceProfileId.isNull() && role.sourceProfileId == profile.id)
            return ProfileText::tr("The source profile of a role cannot be the profile itself.");
        break;
    }
    case CredentialSource::SharedConfig:
        if (profile.sharedConfigProfile.trimmed().isEmpty())
            return ProfileText::tr("The shared config profile name is empty.");
        break;
    case CredentialSource::Environment:
        break;
    }
    if (profile.hasOwnKeys() && profile.accessKeyId.trimmed().isEmpty())
        return ProfileText::tr("The access key ID is missing.");
    return {};
}

QString defaultSessionName(qint64 unixSeconds)
{
    return QStringLiteral("dynaconsole-%1").arg(unixSeconds);
}

QMap<QString, QString> exportVaultKeys(const Profile &profile, const ProfileSecrets &secrets,
                                       bool includeSecrets)
{
    QMap<QString, QString> keys;
    const auto put = [&keys](const char *key, const QString &value) {
        if (!value.isEmpty())
            keys.insert(QLatin1String(key), value);
    };
    put(VaultKey::Region, profile.region);
    put(VaultKey::Endpoint, profile.endpoint.toString());
    if (profile.hasOwnKeys()) {
        put(VaultKey::AccessKeyId, profile.accessKeyId);
        if (includeSecrets) {
            put(VaultKey::SecretAccessKey, secrets.secretAccessKey);
            put(VaultKey::SessionToken, secrets.sessionToken);
        }
    }
    if (profile.source == CredentialSource::AssumeRole) {
        const AssumeRoleSettings &role = profile.assumeRole;
        put(VaultKey::RoleArn, role.roleArn);
        put(VaultKey::SessionName, role.sessionName);
        put(VaultKey::ExternalId, role.externalId);
        put(VaultKey::Duration, QString::number(role.durationSeconds));
    }
    return keys;
}

std::optional<VaultImport> importVaultKeys(const QMap<QString, QString> &keys, QString *error)
{
    return importKeys(keys, {}, error);
}

std::optional<VaultImport> importVaultText(const QString &text, QString *error)
{
    QMap<QString, QString> keys;
    QHash<QString, int> lines;
    const QStringList rows = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int lineNumber = int(i + 1);
        const QString line = rows.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString key = equals < 0 ? QString() : line.left(equals).trimmed();
        if (key.isEmpty()) {
            if (error)
                *error =
                    QCoreApplication::translate("Profile", "Line %1 is not of the form KEY=value.")
                        .arg(lineNumber);
            return std::nullopt;
        }
        if (lines.contains(key)) {
            if (error)
                *error = QCoreApplication::translate("Profile",
                                                     "%1 on line %2 was already set on line %3.")
                             .arg(key)
                             .arg(lineNumber)
                             .arg(lines.value(key));
            return std::nullopt;
        }
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 &&
            (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\'')) &&
            value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        keys.insert(key, value);
        lines.insert(key, lineNumber);
    }
    return importKeys(keys, lines, error);
}

} // namespace dyna::profiles
