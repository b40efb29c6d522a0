#include "cachingcredentialsprovider.h"

namespace dyna::profiles {

namespace {

// The callback runs on the context's thread; a destroyed context gets no call.
void deliver(const QPointer<QObject> &context, const aws::CredentialsProvider::Callback &done,
             const aws::Credentials &credentials, const aws::AwsError &error,
             Qt::ConnectionType type)
{
    if (!context)
        return;
    QMetaObject::invokeMethod(
        context.data(), [done, credentials, error] { done(credentials, error); }, type);
}

} // namespace

CachingCredentialsProvider::CachingCredentialsProvider(QString operationName, aws::Clock clock,
                                                       QObject *parent)
    : QObject(parent)
    , m_operationName(std::move(operationName))
    , m_clock(std::move(clock))
{}

CachingCredentialsProvider::~CachingCredentialsProvider()
{
    for (const Waiter &waiter : std::as_const(m_waiters))
        deliver(waiter.context, waiter.done, {}, aws::AwsError::cancelled(m_operationName),
                Qt::QueuedConnection);
}

void CachingCredentialsProvider::fetch(QObject *context, Callback done)
{
    QPointer<QObject> guard(context ? context : this);
    if (m_cached.isValid() && !m_cached.expiresWithin(m_clock.now(), RefreshMarginSeconds)) {
        deliver(guard, done, m_cached, {}, Qt::AutoConnection);
        return;
    }
    m_waiters.append({guard, std::move(done)});
    // Waiters are only ever cleared by settle(), so a lone waiter means no refresh is running.
    if (m_waiters.size() == 1)
        refresh();
}

void CachingCredentialsProvider::settle(const aws::Credentials &credentials,
                                        const aws::AwsError &error)
{
    if (!error.isError())
        m_cached = credentials;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    // Queued, so a callback that deletes this provider does not run inside the signal that ended
    // the refresh.
    for (const Waiter &waiter : waiters)
        deliver(waiter.context, waiter.done, credentials, error, Qt::QueuedConnection);
}

aws::AwsError CachingCredentialsProvider::failure(const QString &code, const QString &message) const
{
    return aws::AwsError::localFailure(aws::ErrorKind::Auth, m_operationName, code, message);
}

} // namespace dyna::profiles
