#include "sharedconfig.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSet>

namespace dyna::profiles {

namespace {

// Each source profile is resolved recursively: a generated chain of thousands would overflow
// the stack. Real chains are a few hops long.
constexpr qsizetype kMaxSourceProfiles = 64;

using Settings = QMap<QString, QString>;

struct RawSection
{
    QString header;
    int line = 0;
    Settings values;
};

// Looked up under the same context lupdate files the strings under (a free SharedConfigText::tr()
// would be filed under the namespace, and its translations never found).
struct SharedConfigText
{
    Q_DECLARE_TR_FUNCTIONS(SharedConfig)
};

void warn(QStringList *warnings, const QString &file, int line, const QString &sentence)
{
    if (warnings)
        warnings->append(QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(sentence));
}

void setError(QString *error, const QString &sentence)
{
    if (error)
        *error = sentence;
}

int indentOf(const QString &line)
{
    int i = 0;
    while (i < line.size() && (line.at(i) == QLatin1Char(' ') || line.at(i) == QLatin1Char('\t')))
        ++i;
    return i;
}

// A '#' or ';' starts a comment only after whitespace, so "abc#def" keeps its value.
QString stripInlineComment(const QString &text)
{
    for (int i = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((c == QLatin1Char('#') || c == QLatin1Char(';')) && text.at(i - 1).isSpace())
            return text.left(i).trimmed();
    }
    return text;
}

// INI as botocore's RawConfigParser reads it: keys are lower-cased, a line indented deeper than
// its key continues that key's value, and a key with an empty value followed by indented
// "name = value" lines is a sub-section (stored as "key.name").
QList<RawSection> parseIni(const QByteArray &bytes, const QString &file, QStringList *warnings)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));

    QList<RawSection> sections;
    qsizetype current = -1;
    bool inBrokenSection = false;
    QString currentKey;
    int keyIndent = 0;
    bool nested = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        const QString line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) ||
            trimmed.startsWith(QLatin1Char(';')))
            continue;
        const int indent = indentOf(line);
        const QString content = stripInlineComment(trimmed);

        if (indent > keyIndent && !currentKey.isEmpty() && current >= 0) {
            Settings &values = sections[current].values;
            if (!nested) {
                values[currentKey] += QLatin1Char('\n') + content;
                continue;
            }
            const qsizetype eq = content.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                warn(warnings, file, lineNo,
                     SharedConfigText::tr(
                         "expected 'name = value' inside '%1'; the line is ignored.")
                         .arg(currentKey));
                continue;
            }
            values.remove(currentKey);
            values.insert(currentKey + QLatin1Char('.') + content.left(eq).trimmed(),
                          content.mid(eq + 1).trimmed());
            continue;
        }
        currentKey.clear();

        if (content.startsWith(QLatin1Char('['))) {
            const qsizetype close = content.lastIndexOf(QLatin1Char(']'));
            const QString header = close > 0 ? content.mid(1, close - 1).trimmed() : QString();
            if (header.isEmpty()) {
                warn(warnings, file, lineNo,
                     SharedConfigText::tr(
                         "'%1' is not a section header of the form [name]; the lines up to the "
                         "next section are ignored.")
                         .arg(content));
                current = -1;
                inBrokenSection = true;
                continue;
            }
            sections.append({header, lineNo, {}});
            current = sections.size() - 1;
            inBrokenSection = false;
            continue;
        }

        const qsizetype eq = content.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            if (!inBrokenSection)
                warn(warnings, file, lineNo,
                     SharedConfigText::tr(
                         "expected 'name = value' or a [section]; the line is ignored."));
            continue;
        }
        const QString key = content.left(eq).trimmed().toLower();
        if (current < 0) {
            if (!inBrokenSection)
                warn(warnings, file, lineNo,
                     SharedConfigText::tr("'%1' is set outside any [section] and is ignored.")
                         .arg(key));
            continue;
        }
        Settings &values = sections[current].values;
        if (values.contains(key))
            warn(warnings, file, lineNo,
                 SharedConfigText::tr("'%1' is set again in [%2]; the later value is used.")
                     .arg(key, sections.at(current).header));
        const QString value = content.mid(eq + 1).trimmed();
        values.insert(key, value);
        currentKey = key;
        keyIndent = indent;
        nested = value.isEmpty();
    }
    return sections;
}

void mergeInto(Settings &target, const Settings &source)
{
    for (auto it = source.cbegin(); it != source.cend(); ++it)
        target.insert(it.key(), it.value());
}

// Warns about a section seen before in the same file; both are merged.
void noteDuplicate(QMap<QString, int> &seen, const RawSection &section, const QString &file,
                   QStringList *warnings)
{
    if (seen.contains(section.header)) {
        warn(warnings, file, section.line,
             SharedConfigText::tr(
                 "[%1] appears again (first at line %2); the two sections are merged.")
                 .arg(section.header)
                 .arg(seen.value(section.header)));
        return;
    }
    seen.insert(section.header, section.line);
}

// "profile x" or "sso-session x" -> "x"; empty when the header has another prefix. Quotes are
// allowed around the name, as botocore splits the header like a shell.
QString nameAfterPrefix(const QString &header, QLatin1String prefix)
{
    if (!header.startsWith(prefix) || header.size() <= prefix.size() ||
        !header.at(prefix.size()).isSpace())
        return {};
    QString name = header.mid(prefix.size()).trimmed();
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
        name = name.mid(1, name.size() - 2);
    return name;
}

bool hasStaticKeys(const Settings &settings)
{
    return settings.contains(QStringLiteral("aws_access_key_id")) ||
           settings.contains(QStringLiteral("aws_secret_access_key"));
}

QString expandHome(const QString &path, const QString &homeDir)
{
    if (path == QLatin1String("~"))
        return homeDir;
    if (path.startsWith(QLatin1String("~/")))
        return homeDir + path.mid(1);
    return path;
}

QByteArray readIfExists(const QString &path, QStringList *warnings)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (warnings)
            warnings->append(SharedConfigText::tr("%1: the file cannot be read: %2")
                                 .arg(path, file.errorString()));
        return {};
    }
    return file.readAll();
}

} // namespace

SharedConfig SharedConfig::load(const QProcessEnvironment &env, const QString &homeDir,
                                QStringList *warnings)
{
    QString configPath = env.value(QStringLiteral("AWS_CONFIG_FILE"));
    if (configPath.isEmpty())
        configPath = homeDir + QLatin1String("/.aws/config");
    QString credentialsPath = env.value(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"));
    if (credentialsPath.isEmpty())
        credentialsPath = homeDir + QLatin1String("/.aws/credentials");
    configPath = expandHome(configPath, homeDir);
    credentialsPath = expandHome(credentialsPath, homeDir);

    SharedConfig config;
    config.parseConfig(readIfExists(configPath, warnings), configPath, warnings);
    config.parseCredentials(readIfExists(credentialsPath, warnings), credentialsPath, warnings);
    config.m_ssoCacheDir = homeDir + QLatin1String("/.aws/sso/cache");
    return config;
}

SharedConfig SharedConfig::parse(const QByteArray &configText, const QByteArray &credentialsText,
                                 QStringList *warnings)
{
    SharedConfig config;
    config.parseConfig(configText, QStringLiteral("config"), warnings);
    config.parseCredentials(credentialsText, QStringLiteral("credentials"), warnings);
    return config;
}

void SharedConfig::parseConfig(const QByteArray &text, const QString &fileLabel,
                               QStringList *warnings)
{
    // [profile default] wins over [default] whatever their order, as in the SDKs.
    Settings bareDefault;
    Settings profileDefault;
    bool hasDefault = false;
    QMap<QString, int> seen;
    const QList<RawSection> sections = parseIni(text, fileLabel, warnings);
    for (const RawSection &section : sections) {
        noteDuplicate(seen, section, fileLabel, warnings);
        const QString &header = section.header;
        if (header == QLatin1String("default")) {
            mergeInto(bareDefault, section.values);
            hasDefault = true;
            continue;
        }
        const QString profile = nameAfterPrefix(header, QLatin1String("profile"));
        if (profile == QLatin1String("default")) {
            mergeInto(profileDefault, section.values);
            hasDefault = true;
            continue;
        }
        if (!profile.isEmpty()) {
            mergeInto(m_profiles[profile].config, section.values);
            continue;
        }
        const QString session = nameAfterPrefix(header, QLatin1String("sso-session"));
        if (!session.isEmpty()) {
            mergeInto(m_ssoSessions[session], section.values);
            continue;
        }
        // [services x] configures per-service endpoints, which the console does not use.
        if (!nameAfterPrefix(header, QLatin1String("services")).isEmpty())
            continue;
        warn(
            warnings, fileLabel, section.line,
            SharedConfigText::tr("[%1] is ignored: in the config file a profile section is written "
                                 "[profile %1].")
                .arg(header));
    }
    if (hasDefault) {
        Settings &target = m_profiles[QStringLiteral("default")].config;
        mergeInto(target, bareDefault);
        mergeInto(target, profileDefault);
    }
}

void SharedConfig::parseCredentials(const QByteArray &text, const QString &fileLabel,
                                    QStringList *warnings)
{
    QMap<QString, int> seen;
    const QList<RawSection> sections = parseIni(text, fileLabel, warnings);
    for (const RawSection &section : sections) {
        noteDuplicate(seen, section, fileLabel, warnings);
        const QString profile = nameAfterPrefix(section.header, QLatin1String("profile"));
        if (!profile.isEmpty()) {
            warn(warnings, fileLabel, section.line,
                 SharedConfigText::tr(
                     "[%1] is ignored: in the credentials file a profile section is written "
                     "[%2], without 'profile'.")
                     .arg(section.header, profile));
            continue;
        }
        mergeInto(m_profiles[section.header].credentials, section.values);
    }
}

QStringList SharedConfig::profileNames() const
{
    QStringList names = m_profiles.keys();
    if (names.removeOne(QStringLiteral("default")))
        names.prepend(QStringLiteral("default"));
    return names;
}

QMap<QString, QString> SharedConfig::settings(const QString &profile) const
{
    const auto it = m_profiles.constFind(profile);
    if (it == m_profiles.cend())
        return {};
    Settings merged = it->config;
    mergeInto(merged, it->credentials);
    return merged;
}

std::optional<ResolvedProfile> SharedConfig::resolve(const QString &profile, QString *error) const
{
    QStringList visited{profile};
    return resolveProfile(profile, false, visited, error);
}

// The order follows botocore's credential chain: a profile's role_arn wins, then SSO, then keys
// from the credentials file, credential_process, and keys from the config file. A source
// profile is different: its static keys win over its own role_arn.
std::optional<ResolvedProfile> SharedConfig::resolveProfile(const QString &name, bool asSource,
                                                            QStringList &visited,
                                                            QString *error) const
{
    const auto it = m_profiles.constFind(name);
    if (it == m_profiles.cend()) {
        setError(error, SharedConfigText::tr(
                            "Profile '%1' does not exist in the AWS config or credentials file.")
                            .arg(name));
        return std::nullopt;
    }
    const Settings s = settings(name);
    ResolvedProfile result;
    result.name = name;
    result.region = s.value(QStringLiteral("region"));

    const bool anyKeys = hasStaticKeys(s);
    const QString process = s.value(QStringLiteral("credential_process"));
    bool useKeys = false;
    if (asSource && anyKeys) {
        useKeys = true;
    } else if (s.contains(QStringLiteral("role_arn"))) {
        if (s.contains(QStringLiteral("web_identity_token_file"))) {
            setError(error, SharedConfigText::tr(
                                "Profile '%1' assumes a role with a web identity token "
                                "(web_identity_token_file), which DynaConsole does not support.")
                                .arg(name));
            return std::nullopt;
        }
        if (!resolveRole(result, s, visited, error))
            return std::nullopt;
    } else if (s.contains(QStringLiteral("sso_session")) ||
               s.contains(QStringLiteral("sso_start_url"))) {
        if (!resolveSso(result, s, error))
            return std::nullopt;
    } else if (hasStaticKeys(it->credentials)) {
        useKeys = true;
    } else if (!process.isEmpty()) {
        result.kind = ResolvedProfile::Kind::CredentialProcess;
        result.credentialProcess = process;
    } else if (anyKeys) {
        useKeys = true;
    } else if (asSource) {
        setError(error, SharedConfigText::tr(
                            "Profile '%1' names source_profile '%2', which has no credentials: it "
                            "sets no access keys, role_arn, SSO settings or credential_process.")
                            .arg(visited.value(visited.size() - 2), name));
        return std::nullopt;
    }

    if (useKeys) {
        aws::Credentials &keys = result.staticKeys;
        keys.accessKeyId = s.value(QStringLiteral("aws_access_key_id"));
        keys.secretAccessKey = s.value(QStringLiteral("aws_secret_access_key"));
        // botocore reads the legacy name first.
        keys.sessionToken = s.value(QStringLiteral("aws_security_token"));
        if (keys.sessionToken.isEmpty())
            keys.sessionToken = s.value(QStringLiteral("aws_session_token"));
        if (keys.accessKeyId.isEmpty() || keys.secretAccessKey.isEmpty()) {
            setError(error,
                     keys.accessKeyId.isEmpty()
                         ? SharedConfigText::tr(
                               "Profile '%1' sets aws_secret_access_key but no aws_access_key_id.")
                               .arg(name)
                         : SharedConfigText::tr(
                               "Profile '%1' sets aws_access_key_id but no aws_secret_access_key.")
                               .arg(name));
            return std::nullopt;
        }
        result.kind = ResolvedProfile::Kind::StaticKeys;
    }
    return result;
}

bool SharedConfig::resolveRole(ResolvedProfile &result, const Settings &s, QStringList &visited,
                               QString *error) const
{
    const QString &name = result.name;
    result.kind = ResolvedProfile::Kind::AssumeRole;
    result.roleArn = s.value(QStringLiteral("role_arn"));
    result.externalId = s.value(QStringLiteral("external_id"));
    result.mfaSerial = s.value(QStringLiteral("mfa_serial"));
    result.roleSessionName = s.value(QStringLiteral("role_session_name"));
    if (s.contains(QStringLiteral("duration_seconds"))) {
        const QString text = s.value(QStringLiteral("duration_seconds"));
        bool ok = false;
        const int seconds = text.toInt(&ok);
        if (!ok || seconds < 900 || seconds > 43200) {
            setError(error, SharedConfigText::tr(
                                "Profile '%1' sets duration_seconds to '%2'; it must be a whole "
                                "number of seconds from 900 to 43200.")
                                .arg(name, text));
            return false;
        }
        result.durationSeconds = seconds;
    }

    const QString sourceProfile = s.value(QStringLiteral("source_profile"));
    const QString credentialSource = s.value(QStringLiteral("credential_source"));
    if (!sourceProfile.isEmpty() && !credentialSource.isEmpty()) {
        setError(error, SharedConfigText::tr(
                            "Profile '%1' sets both source_profile and credential_source; "
                            "keep only one of them.")
                            .arg(name));
        return false;
    }
    if (sourceProfile.isEmpty() && credentialSource.isEmpty()) {
        setError(error,
                 SharedConfigText::tr("Profile '%1' sets role_arn but neither source_profile nor "
                                      "credential_source, so nothing can assume the role.")
                     .arg(name));
        return false;
    }

    if (!credentialSource.isEmpty()) {
        if (credentialSource == QLatin1String("Environment")) {
            auto environment = std::make_shared<ResolvedProfile>();
            environment->kind = ResolvedProfile::Kind::Environment;
            result.source = environment;
            return true;
        }
        if (credentialSource == QLatin1String("Ec2InstanceMetadata") ||
            credentialSource == QLatin1String("EcsContainer")) {
            setError(error, SharedConfigText::tr(
                                "Profile '%1' uses credential_source %2, which DynaConsole does "
                                "not support; use Environment or a source_profile.")
                                .arg(name, credentialSource));
            return false;
        }
        setError(error,
                 SharedConfigText::tr("Profile '%1' sets credential_source to '%2'; it must be "
                                      "Environment, Ec2InstanceMetadata or EcsContainer.")
                     .arg(name, credentialSource));
        return false;
    }

    if (!m_profiles.contains(sourceProfile)) {
        setError(error, SharedConfigText::tr(
                            "Profile '%1' names source_profile '%2', which does not exist.")
                            .arg(name, sourceProfile));
        return false;
    }
    // botocore lets a profile be its own source only to use its own static keys.
    if (visited.contains(sourceProfile) && (sourceProfile != name || !hasStaticKeys(s))) {
        setError(
            error,
            SharedConfigText::tr("The source_profile settings of profile '%1' form a cycle: %2.")
                .arg(visited.first(),
                     (visited + QStringList{sourceProfile}).join(QLatin1String(" -> "))));
        return false;
    }
    if (visited.size() > kMaxSourceProfiles) {
        setError(error, SharedConfigText::tr(
                            "Profile '%1' goes through more than %2 source profiles; shorten its "
                            "source_profile chain.")
                            .arg(visited.first())
                            .arg(kMaxSourceProfiles));
        return false;
    }
    if (!visited.contains(sourceProfile))
        visited.append(sourceProfile);
    const std::optional<ResolvedProfile> source =
        resolveProfile(sourceProfile, true, visited, error);
    if (!source)
        return false;
    result.source = std::make_shared<const ResolvedProfile>(*source);
    return true;
}

bool SharedConfig::resolveSso(ResolvedProfile &result, const Settings &s, QString *error) const
{
    const QString &name = result.name;
    result.kind = ResolvedProfile::Kind::Sso;
    result.ssoAccountId = s.value(QStringLiteral("sso_account_id"));
    result.ssoRoleName = s.value(QStringLiteral("sso_role_name"));
    QStringList missing;
    QString cacheKey;
    if (s.contains(QStringLiteral("sso_session"))) {
        result.ssoSession = s.value(QStringLiteral("sso_session"));
        const auto session = m_ssoSessions.constFind(result.ssoSession);
        if (session == m_ssoSessions.cend()) {
            setError(error, SharedConfigText::tr(
                                "Profile '%1' names sso_session '%2', but the config file has no "
                                "[sso-session %2] section.")
                                .arg(name, result.ssoSession));
            return false;
        }
        for (const QLatin1String key :
             {QLatin1String("sso_start_url"), QLatin1String("sso_region")}) {
            if (s.contains(key) && s.value(key) != session->value(key)) {
                setError(error,
                         SharedConfigText::tr("Profile '%1' sets %2 to a different value than its "
                                              "sso-session '%3' does.")
                             .arg(name, key, result.ssoSession));
                return false;
            }
        }
        result.ssoStartUrl = session->value(QStringLiteral("sso_start_url"));
        result.ssoRegion = session->value(QStringLiteral("sso_region"));
        result.ssoMessage =
            SharedConfigText::tr("Sign in with the AWS CLI first: aws sso login --profile %1 "
                                 "(or aws sso login --sso-session %2).")
                .arg(name, result.ssoSession);
        cacheKey = result.ssoSession;
    } else {
        result.ssoStartUrl = s.value(QStringLiteral("sso_start_url"));
        result.ssoRegion = s.value(QStringLiteral("sso_region"));
        result.ssoMessage =
            SharedConfigText::tr("Sign in with the AWS CLI first: aws sso login --profile %1.")
                .arg(name);
        cacheKey = result.ssoStartUrl;
    }
    if (result.ssoStartUrl.isEmpty())
        missing << QStringLiteral("sso_start_url");
    if (result.ssoRegion.isEmpty())
        missing << QStringLiteral("sso_region");
    if (result.ssoAccountId.isEmpty())
        missing << QStringLiteral("sso_account_id");
    if (result.ssoRoleName.isEmpty())
        missing << QStringLiteral("sso_role_name");
    if (!missing.isEmpty()) {
        setError(error, SharedConfigText::tr("Profile '%1' is an SSO profile but is missing %2.")
                            .arg(name, missing.join(QLatin1String(", "))));
        return false;
    }
    findCachedSsoToken(result, cacheKey);
    return true;
}

// The AWS CLI caches the token from `aws sso login` under the SHA-1 of the start URL (legacy
// profiles) or of the sso-session name.
void SharedConfig::findCachedSsoToken(ResolvedProfile &result, const QString &cacheKey) const
{
    if (m_ssoCacheDir.isEmpty())
        return;
    const QString path =
        QDir(m_ssoCacheDir)
            .filePath(
                QString::fromLatin1(
                    QCryptographicHash::hash(cacheKey.toUtf8(), QCryptographicHash::Sha1).toHex()) +
                QLatin1String(".json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject token = QJsonDocument::fromJson(file.readAll()).object();
    if (token.value(QLatin1String("accessToken")).toString().isEmpty())
        return;
    QString expiresAt = token.value(QLatin1String("expiresAt")).toString();
    // Older CLI versions wrote "2019-11-14T04:05:45UTC".
    if (expiresAt.endsWith(QLatin1String("UTC")))
        expiresAt = expiresAt.left(expiresAt.size() - 3) + QLatin1Char('Z');
    result.ssoCachedTokenPath = path;
    result.ssoTokenExpiry = QDateTime::fromString(expiresAt, Qt::ISODateWithMs).toUTC();
}

} // namespace dyna::profiles
