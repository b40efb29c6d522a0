#include "threadbridgecredentials.h"

#include "credentials.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QPointer>

namespace dyna::aws {

ThreadBridgeCredentials::ThreadBridgeCredentials(std::shared_ptr<CredentialsProvider> inner,
                                                 QObject *home)
    : m_inner(std::move(inner))
    , m_home(home)
    , m_anchor(std::make_shared<Anchor>())
{}

void ThreadBridgeCredentials::attachAnchor(QObject *anchor)
{
    QMutexLocker lock(&m_anchor->mutex);
    m_anchor->object = anchor;
}

void ThreadBridgeCredentials::detachAnchor()
{
    QMutexLocker lock(&m_anchor->mutex);
    m_anchor->object = nullptr;
}

void ThreadBridgeCredentials::fetch(QObject *context, Callback done)
{
    // The context lives on the worker thread: it is only ever looked at there.
    QPointer<QObject> guard(context);
    std::shared_ptr<CredentialsProvider> inner = m_inner;
    std::shared_ptr<Anchor> anchor = m_anchor;
    QObject *home = m_home;
    QMetaObject::invokeMethod(
        home,
        [inner, anchor, home, guard, done = std::move(done)] {
            inner->fetch(
                home, [anchor, guard, done](const Credentials &credentials, const AwsError &error) {
                    // Posting under the lock: the anchor cannot be destroyed meanwhile.
                    QMutexLocker lock(&anchor->mutex);
                    if (!anchor->object)
                        return;
                    QMetaObject::invokeMethod(
                        anchor->object,
                        [guard, done, credentials, error] {
                            if (guard)
                                done(credentials, error);
                        },
                        Qt::QueuedConnection);
                });
        },
        Qt::QueuedConnection);
}

} // namespace dyna::aws
