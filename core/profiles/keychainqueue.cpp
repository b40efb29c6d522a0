#include "keychainqueue.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <qt6keychain/keychain.h>

namespace dyna::profiles {

namespace {

// QtKeychain reports a missing session bus or Secret Service as OtherError with D-Bus's text
// ("Cannot autolaunch D-Bus without X11 $DISPLAY", "Could not connect: ..."), not as
// NoBackendAvailable.
bool looksLikeMissingService(const QString &errorString)
{
    static const QRegularExpression pattern(
        QStringLiteral("d-?bus|autolaunch|could not connect|secret ?service|org\\.freedesktop\\."
                       "secrets|no such file"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(errorString).hasMatch();
}

KeychainQueue::Result resultFor(QKeychain::Job *job, bool isRemove)
{
    KeychainQueue::Result result;
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        if (isRemove)
            return result;
        result.status = KeychainQueue::Status::NotFound;
        result.message =
            QCoreApplication::translate("KeychainQueue", "The keychain has no entry named %1.")
                .arg(job->key());
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = KeychainQueue::Status::NoKeychain;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = KeychainQueue::Status::AccessDenied;
        result.message = QCoreApplication::translate(
                             "KeychainQueue",
                             "The system keychain refused access (%1). It may be locked. Secrets "
                             "can be kept in memory for this session only.")
                             .arg(detail);
        break;
    case QKeychain::OtherError:
        result.status = looksLikeMissingService(detail) ? KeychainQueue::Status::NoKeychain
                                                        : KeychainQueue::Status::Failed;
        break;
    case QKeychain::CouldNotDeleteEntry:
        result.status = KeychainQueue::Status::Failed;
        break;
    }
    if (result.status == KeychainQueue::Status::NoKeychain) {
        result.message = QCoreApplication::translate(
                             "KeychainQueue", "No system keychain is available (%1). Secrets can "
                                              "be kept in memory for this session only.")
                             .arg(detail);
    } else if (result.status == KeychainQueue::Status::Failed) {
        result.message =
            QCoreApplication::translate("KeychainQueue", "The keychain failed on entry %1: %2")
                .arg(job->key(), detail);
    }
    result.detail = detail;
    return result;
}

} // namespace

KeychainQueue::KeychainQueue(QObject *parent)
    : KeychainQueue(defaultServiceName(), parent)
{}

KeychainQueue::KeychainQueue(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

// Running QtKeychain jobs have no parent and delete themselves; their connections to this
// object end with it, so no callback runs after destruction.
KeychainQueue::~KeychainQueue() = default;

QString KeychainQueue::defaultServiceName()
{
    return QStringLiteral("DynaConsole");
}

void KeychainQueue::read(const QString &key, QObject *context, Callback done)
{
    enqueue({Kind::Read, key, {}, context, context != nullptr, std::move(done)});
}

void KeychainQueue::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    enqueue({Kind::Write, key, value, context, context != nullptr, std::move(done)});
}

void KeychainQueue::remove(const QString &key, QObject *context, Callback done)
{
    enqueue({Kind::Remove, key, {}, context, context != nullptr, std::move(done)});
}

int KeychainQueue::pendingCount() const
{
    return int(m_queue.size());
}

void KeychainQueue::enqueue(Request request)
{
    m_queue.enqueue(std::move(request));
    startNext();
}

void KeychainQueue::startNext()
{
    if (m_running || m_queue.isEmpty())
        return;
    m_running = true;
    const Request &request = m_queue.head();

    QKeychain::Job *job = nullptr;
    switch (request.kind) {
    case Kind::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Kind::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(request.value);
        job = write;
        break;
    }
    case Kind::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    job->setKey(request.key);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finishedJob) {
        Request done = m_queue.dequeue();
        Result result = resultFor(finishedJob, done.kind == Kind::Remove);
        if (result.ok() && done.kind == Kind::Read)
            result.value = static_cast<QKeychain::ReadPasswordJob *>(finishedJob)->textData();
        m_running = false;
        Q_EMIT jobFinished(done.key);
        if (done.done && (!done.hasContext || done.context))
            done.done(result);
        startNext();
    });
    Q_EMIT jobStarted(request.key);
    job->start();
}

} // namespace dyna::profiles
