#pragma once

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QString>

#include <functional>

namespace dyna::profiles {

// Serializes access to the system keychain (QtKeychain): one job runs at a time, in submission
// order, because Secret Service backends misbehave with concurrent prompts and unlocks. Every
// request gets exactly one callback, on this object's thread, unless its context object is
// destroyed first. Never blocks: no waitForFinished, no nested event loop.
class KeychainQueue : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,     // no entry for the key (a locked collection reads like this, too)
        NoKeychain,   // no Secret Service / keychain backend on this machine or session
        AccessDenied, // the keychain refused (locked collection on write, user said no)
        Failed        // anything else
    };

    struct Result
    {
        Status status = Status::Ok;
        QString value;   // read only
        QString message; // plain sentence for the user; empty on success
        QString detail;  // the keychain's own error text, for the technical line

        bool ok() const { return status == Status::Ok; }
        // No keychain to use: the UI offers keeping secrets in memory for this session.
        bool keychainUnavailable() const
        {
            return status == Status::NoKeychain || status == Status::AccessDenied;
        }
    };
    using Callback = std::function<void(const Result &)>;

    explicit KeychainQueue(QObject *parent = nullptr);
    // `service` is the keychain's service (application) name, "DynaConsole" by default.
    explicit KeychainQueue(const QString &service, QObject *parent = nullptr);
    ~KeychainQueue() override;

    QString service() const { return m_service; }

    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QString &value, QObject *context, Callback done);
    // Deleting a key that does not exist succeeds.
    void remove(const QString &key, QObject *context, Callback done);

    // Requests not finished yet, including the running one.
    int pendingCount() const;

    static QString defaultServiceName();

Q_SIGNALS:
    // Around each job, for progress display and for tests of the ordering guarantee.
    void jobStarted(const QString &key);
    void jobFinished(const QString &key);

private:
    enum class Kind { Read, Write, Remove };
    struct Request
    {
        Kind kind;
        QString key;
        QString value;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
    };

    void enqueue(Request request);
    void startNext();

    QString m_service;
    QQueue<Request> m_queue;
    bool m_running = false;
};

} // namespace dyna::profiles
