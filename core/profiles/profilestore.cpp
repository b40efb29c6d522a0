#include "profilestore.h"

#include "keychainqueue.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace dyna::profiles {

namespace {

const QString &groupName()
{
    static const QString name = QStringLiteral("profiles");
    return name;
}

QString idString(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString sourceName(CredentialSource source)
{
    switch (source) {
    case CredentialSource::AccessKeys:
        return QStringLiteral("AccessKeys");
    case CredentialSource::AssumeRole:
        return QStringLiteral("AssumeRole");
    case CredentialSource::SharedConfig:
        return QStringLiteral("SharedConfig");
    case CredentialSource::Environment:
        return QStringLiteral("Environment");
    }
    return {};
}

CredentialSource sourceFromName(const QString &name)
{
    for (auto source : {CredentialSource::AssumeRole, CredentialSource::SharedConfig,
                        CredentialSource::Environment}) {
        if (sourceName(source) == name)
            return source;
    }
    return CredentialSource::AccessKeys;
}

ProfileStore::Outcome outcomeFrom(const KeychainQueue::Result &result)
{
    return {result.message, result.keychainUnavailable()};
}

// Reads the profile stored in the settings' current group.
Profile readCurrentGroup(QSettings &settings, const QUuid &id)
{
    Profile profile;
    profile.id = id;
    profile.name = settings.value(QStringLiteral("name")).toString();
    profile.region = settings.value(QStringLiteral("region")).toString();
    profile.endpoint = QUrl(settings.value(QStringLiteral("endpoint")).toString());
    profile.colour = settings.value(QStringLiteral("colour")).toString();
    profile.readOnly = settings.value(QStringLiteral("readOnly"), false).toBool();
    profile.allowPlainHttp = settings.value(QStringLiteral("allowPlainHttp"), false).toBool();
    profile.production = settings.value(QStringLiteral("production"), false).toBool();
    profile.source = sourceFromName(settings.value(QStringLiteral("source")).toString());
    profile.accessKeyId = settings.value(QStringLiteral("accessKeyId")).toString();
    AssumeRoleSettings &role = profile.assumeRole;
    role.roleArn = settings.value(QStringLiteral("roleArn")).toString();
    role.sessionName = settings.value(QStringLiteral("sessionName")).toString();
    role.externalId = settings.value(QStringLiteral("externalId")).toString();
    role.durationSeconds =
        settings
            .value(QStringLiteral("durationSeconds"), AssumeRoleSettings::DefaultDurationSeconds)
            .toInt();
    role.mfaSerial = settings.value(QStringLiteral("mfaSerial")).toString();
    role.sourceProfileId = QUuid(settings.value(QStringLiteral("sourceProfileId")).toString());
    profile.sharedConfigProfile = settings.value(QStringLiteral("sharedConfigProfile")).toString();
    return profile;
}

} // namespace

ProfileStore::ProfileStore(const QString &settingsPath, QObject *parent)
    : QObject(parent)
    , m_settings(new QSettings(settingsPath, QSettings::IniFormat, this))
    , m_keychain(new KeychainQueue(this))
{}

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keychain(new KeychainQueue(this))
{}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::secretKeyName(const QUuid &id)
{
    return idString(id) + QStringLiteral("/secretAccessKey");
}

QString ProfileStore::sessionTokenKeyName(const QUuid &id)
{
    return idString(id) + QStringLiteral("/sessionToken");
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    m_settings->beginGroup(groupName());
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        result.append(readCurrentGroup(*m_settings, QUuid(id)));
        m_settings->endGroup();
    }
    m_settings->endGroup();
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QUuid &id) const
{
    if (id.isNull())
        return std::nullopt;
    const QString group = groupName() + QLatin1Char('/') + idString(id);
    m_settings->beginGroup(group);
    const bool exists = !m_settings->childKeys().isEmpty();
    std::optional<Profile> result;
    if (exists)
        result = readCurrentGroup(*m_settings, id);
    m_settings->endGroup();
    return result;
}

ProfileStore::Caller ProfileStore::callerFor(QObject *context)
{
    return {context, context != nullptr};
}

void ProfileStore::later(const Caller &caller, std::function<void()> call)
{
    QMetaObject::invokeMethod(
        this,
        [caller, call = std::move(call)] {
            if (caller.alive())
                call();
        },
        Qt::QueuedConnection);
}

void ProfileStore::writeProfile(const Profile &profile)
{
    m_settings->beginGroup(groupName() + QLatin1Char('/') + idString(profile.id));
    m_settings->remove(QString()); // drop fields of an earlier credential source
    m_settings->setValue(QStringLiteral("name"), profile.name.trimmed());
    m_settings->setValue(QStringLiteral("region"), profile.region);
    m_settings->setValue(QStringLiteral("endpoint"), profile.endpoint.toString());
    m_settings->setValue(QStringLiteral("colour"), profile.colour);
    m_settings->setValue(QStringLiteral("readOnly"), profile.readOnly);
    m_settings->setValue(QStringLiteral("allowPlainHttp"), profile.allowPlainHttp);
    m_settings->setValue(QStringLiteral("production"), profile.production);
    m_settings->setValue(QStringLiteral("source"), sourceName(profile.source));
    if (profile.hasOwnKeys())
        m_settings->setValue(QStringLiteral("accessKeyId"), profile.accessKeyId.trimmed());
    switch (profile.source) {
    case CredentialSource::AssumeRole: {
        const AssumeRoleSettings &role = profile.assumeRole;
        m_settings->setValue(QStringLiteral("roleArn"), role.roleArn);
        m_settings->setValue(QStringLiteral("sessionName"), role.sessionName);
        m_settings->setValue(QStringLiteral("externalId"), role.externalId);
        m_settings->setValue(QStringLiteral("durationSeconds"), role.durationSeconds);
        m_settings->setValue(QStringLiteral("mfaSerial"), role.mfaSerial);
        if (!role.sourceProfileId.isNull())
            m_settings->setValue(QStringLiteral("sourceProfileId"), idString(role.sourceProfileId));
        break;
    }
    case CredentialSource::SharedConfig:
        m_settings->setValue(QStringLiteral("sharedConfigProfile"), profile.sharedConfigProfile);
        break;
    case CredentialSource::AccessKeys:
    case CredentialSource::Environment:
        break;
    }
    m_settings->endGroup();
    m_settings->sync();
}

void ProfileStore::removeProfileSettings(const QUuid &id)
{
    m_settings->remove(groupName() + QLatin1Char('/') + idString(id));
    m_settings->sync();
}

void ProfileStore::writeSecrets(const Profile &profile, const ProfileSecrets &secrets,
                                std::function<void(const Outcome &)> done)
{
    if (m_inMemory) {
        m_memorySecrets.insert(profile.id, secrets);
        later({}, [done] { done({}); });
        return;
    }
    // Both entries in order; an empty session token deletes a stale one.
    const QUuid id = profile.id;
    const auto writeToken = [this, id, token = secrets.sessionToken,
                             done](const KeychainQueue::Result &result) {
        if (!result.ok()) {
            done(outcomeFrom(result));
            return;
        }
        const auto tokenDone = [done](const KeychainQueue::Result &tokenResult) {
            done(tokenResult.ok() ? Outcome() : outcomeFrom(tokenResult));
        };
        if (token.isEmpty())
            m_keychain->remove(sessionTokenKeyName(id), this, tokenDone);
        else
            m_keychain->write(sessionTokenKeyName(id), token, this, tokenDone);
    };
    m_keychain->write(secretKeyName(id), secrets.secretAccessKey, this, writeToken);
}

void ProfileStore::removeSecrets(const QUuid &id, std::function<void(const Outcome &)> done)
{
    m_memorySecrets.remove(id);
    if (m_inMemory) {
        later({}, [done] { done({}); });
        return;
    }
    m_keychain->remove(
        secretKeyName(id), this, [this, id, done](const KeychainQueue::Result &result) {
            if (!result.ok()) {
                done(outcomeFrom(result));
                return;
            }
            m_keychain->remove(sessionTokenKeyName(id), this,
                               [done](const KeychainQueue::Result &tokenResult) {
                                   done(tokenResult.ok() ? Outcome() : outcomeFrom(tokenResult));
                               });
        });
}

void ProfileStore::save(const Profile &profile, const std::optional<ProfileSecrets> &secrets,
                        QObject *context, ProfileDone done)
{
    const Caller caller = callerFor(context);
    Profile saved = profile;
    if (saved.id.isNull())
        saved.id = QUuid::createUuid();
    const std::optional<Profile> previous = this->profile(saved.id);

    QString error = validateProfile(saved, profiles());
    // A profile that starts using its own keys needs them; an edit may keep the stored ones.
    const bool needsSecrets = !previous || !previous->hasOwnKeys();
    if (error.isEmpty() && saved.hasOwnKeys() &&
        (secrets ? secrets->secretAccessKey.isEmpty() : needsSecrets))
        error = QCoreApplication::translate("ProfileStore", "The secret access key is missing.");
    if (!error.isEmpty()) {
        later(caller, [done, profile, error] { done(profile, {error, false}); });
        return;
    }

    writeProfile(saved);
    const auto finished = [this, caller, done, saved, previous](const Outcome &outcome) {
        if (!outcome.ok()) {
            if (previous)
                writeProfile(*previous);
            else
                removeProfileSettings(saved.id);
        } else {
            Q_EMIT profilesChanged();
        }
        if (caller.alive())
            done(outcome.ok() ? saved : previous.value_or(saved), outcome);
    };
    if (!saved.hasOwnKeys())
        removeSecrets(saved.id, finished);
    else if (secrets)
        writeSecrets(saved, *secrets, finished);
    else
        later({}, [finished] { finished({}); });
}

void ProfileStore::loadSecrets(const QUuid &id, QObject *context, SecretsDone done)
{
    const Caller caller = callerFor(context);
    const std::optional<Profile> stored = profile(id);
    if (!stored) {
        later(caller, [done] {
            done({}, {QCoreApplication::translate("ProfileStore", "The profile no longer exists."),
                      false});
        });
        return;
    }
    if (!stored->hasOwnKeys()) {
        later(caller, [done] { done({}, {}); });
        return;
    }
    const QString name = stored->name;
    if (m_inMemory) {
        const auto found = m_memorySecrets.constFind(id);
        if (found == m_memorySecrets.constEnd()) {
            later(caller, [done, name] {
                done({}, {QCoreApplication::translate(
                              "ProfileStore",
                              "The secret access key of profile \"%1\" is not kept in memory in "
                              "this session. Enter it again.")
                              .arg(name),
                          true});
            });
        } else {
            later(caller, [done, secrets = *found] { done(secrets, {}); });
        }
        return;
    }
    m_keychain->read(
        secretKeyName(id), this,
        [this, id, caller, done, name](const KeychainQueue::Result &result) {
            if (!result.ok()) {
                Outcome outcome = outcomeFrom(result);
                // QtKeychain 0.13.2 reports a locked collection as "not found".
                if (result.status == KeychainQueue::Status::NotFound)
                    outcome.error =
                        QCoreApplication::translate(
                            "ProfileStore",
                            "The secret access key of profile \"%1\" was not found in the system "
                            "keychain. The keychain may be locked: unlock it and try again, or "
                            "enter the key again.")
                            .arg(name);
                if (caller.alive())
                    done({}, outcome);
                return;
            }
            ProfileSecrets secrets;
            secrets.secretAccessKey = result.value;
            m_keychain->read(sessionTokenKeyName(id), this,
                             [caller, done, secrets](const KeychainQueue::Result &tokenResult) {
                                 ProfileSecrets complete = secrets;
                                 Outcome outcome;
                                 if (tokenResult.ok())
                                     complete.sessionToken = tokenResult.value;
                                 else if (tokenResult.status != KeychainQueue::Status::NotFound)
                                     outcome = outcomeFrom(tokenResult);
                                 if (caller.alive())
                                     done(outcome.ok() ? complete : ProfileSecrets(), outcome);
                             });
        });
}

void ProfileStore::remove(const QUuid &id, QObject *context, Done done)
{
    const Caller caller = callerFor(context);
    if (!profile(id)) {
        later(caller, [done] {
            done({QCoreApplication::translate("ProfileStore", "The profile no longer exists."),
                  false});
        });
        return;
    }
    removeSecrets(id, [this, id, caller, done](const Outcome &outcome) {
        // Keep the settings when the keychain could not delete, so the user can try again.
        if (outcome.ok()) {
            removeProfileSettings(id);
            Q_EMIT profilesChanged();
        }
        if (caller.alive())
            done(outcome);
    });
}

void ProfileStore::duplicate(const QUuid &id, const QString &newName, QObject *context,
                             ProfileDone done)
{
    const Caller caller = callerFor(context);
    const std::optional<Profile> original = profile(id);
    if (!original) {
        later(caller, [done] {
            done({}, {QCoreApplication::translate("ProfileStore", "The profile no longer exists."),
                      false});
        });
        return;
    }
    Profile copy = *original;
    copy.id = QUuid::createUuid();
    copy.name = newName;
    const QString error = validateProfile(copy, profiles());
    if (!error.isEmpty()) {
        later(caller, [done, copy, error] { done(copy, {error, false}); });
        return;
    }
    loadSecrets(id, this,
                [this, caller, copy, done](const ProfileSecrets &secrets, const Outcome &outcome) {
                    if (!outcome.ok()) {
                        if (caller.alive())
                            done(copy, outcome);
                        return;
                    }
                    save(copy, copy.hasOwnKeys() ? std::optional(secrets) : std::nullopt, this,
                         [caller, done](const Profile &saved, const Outcome &saveOutcome) {
                             if (caller.alive())
                                 done(saved, saveOutcome);
                         });
                });
}

} // namespace dyna::profiles
