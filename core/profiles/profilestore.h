#pragma once

#include "profile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUuid>

#include <functional>
#include <optional>

class QSettings;

namespace dyna::profiles {

class KeychainQueue;

// The saved connection profiles. Non-secret fields live in QSettings (group "profiles/<id>");
// the secret access key and session token live only in the system keychain (service
// "DynaConsole", keys "<id>/secretAccessKey" and "<id>/sessionToken"), or, after
// setInMemorySecrets(true), only in this object's memory for the session. Secrets are never
// written to the settings file or to the log.
//
// Changes are asynchronous: each call takes a context object and a callback that is called
// exactly once, later (never from inside the call), on this object's thread, unless the context
// is destroyed first. A null context means "always call back".
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        QString error; // a plain sentence; empty on success
        // The keychain is missing or refused access: offer setInMemorySecrets(true).
        bool keychainUnavailable = false;

        bool ok() const { return error.isEmpty(); }
    };
    using Done = std::function<void(const Outcome &)>;
    using SecretsDone = std::function<void(const ProfileSecrets &, const Outcome &)>;
    using ProfileDone = std::function<void(const Profile &, const Outcome &)>;

    // Settings in an INI file at `settingsPath` (tests use a temporary file).
    explicit ProfileStore(const QString &settingsPath, QObject *parent = nullptr);
    // Settings in `settings`, which must outlive the store.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);
    ~ProfileStore() override;

    // Read synchronously from the settings, sorted by name.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QUuid &id) const;

    // Validates (nothing changes when invalid), writes the settings, then the secrets.
    // A null id makes a new profile with a fresh id; `done` receives the profile as saved.
    // `secrets` std::nullopt keeps the stored secrets of an existing profile. A profile that
    // does not use its own keys gets its stored secrets deleted. When writing the secrets fails
    // the settings are put back as they were (a new profile disappears again).
    void save(const Profile &profile, const std::optional<ProfileSecrets> &secrets,
              QObject *context, ProfileDone done);
    // Secrets of a profile that uses its own keys (empty ones for any other profile). A secret
    // access key that should exist but is not found is explained as a possibly locked keychain.
    void loadSecrets(const QUuid &id, QObject *context, SecretsDone done);
    // Deletes the keychain entries, then the settings entry.
    void remove(const QUuid &id, QObject *context, Done done);
    // A copy of the profile, secrets included, under a new id and name.
    void duplicate(const QUuid &id, const QString &newName, QObject *context, ProfileDone done);

    // Session-only secrets for machines without a usable keychain: nothing is read from or
    // written to the keychain while this is on.
    void setInMemorySecrets(bool inMemory) { m_inMemory = inMemory; }
    bool inMemorySecrets() const { return m_inMemory; }

    KeychainQueue *keychain() const { return m_keychain; }

    static QString secretKeyName(const QUuid &id);
    static QString sessionTokenKeyName(const QUuid &id);

Q_SIGNALS:
    void profilesChanged();

private:
    struct Caller
    {
        QPointer<QObject> context;
        bool hasContext = false;
        bool alive() const { return !hasContext || context; }
    };
    static Caller callerFor(QObject *context);
    void later(const Caller &caller, std::function<void()> call);

    void writeProfile(const Profile &profile);
    void removeProfileSettings(const QUuid &id);
    // Both answer later, never from inside the call.
    void writeSecrets(const Profile &profile, const ProfileSecrets &secrets,
                      std::function<void(const Outcome &)> done);
    void removeSecrets(const QUuid &id, std::function<void(const Outcome &)> done);

    QSettings *m_settings;
    KeychainQueue *m_keychain;
    QHash<QUuid, ProfileSecrets> m_memorySecrets;
    bool m_inMemory = false;
};

} // namespace dyna::profiles
