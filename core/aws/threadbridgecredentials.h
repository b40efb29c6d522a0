#pragma once

#include "credentialsprovider.h"

#include <QMutex>
#include <QObject>

#include <memory>

namespace dyna::aws {

// Lets a client on a worker thread use a provider that must be called on its own thread (the
// caching providers refresh STS credentials there): each fetch hops to `home`'s thread, and the
// answer hops back through `anchor`, an object on the worker thread, to the caller's context.
// `home` must outlive the worker thread. The anchor detaches itself (detachAnchor) before it
// dies, so an answer that arrives later is dropped instead of reaching a deleted object.
class ThreadBridgeCredentials final : public CredentialsProvider
{
public:
    ThreadBridgeCredentials(std::shared_ptr<CredentialsProvider> inner, QObject *home);

    void attachAnchor(QObject *anchor);
    void detachAnchor();
    void fetch(QObject *context, Callback done) override;

private:
    struct Anchor
    {
        QMutex mutex;
        QObject *object = nullptr;
    };

    std::shared_ptr<CredentialsProvider> m_inner;
    QObject *m_home;
    std::shared_ptr<Anchor> m_anchor;
};

} // namespace dyna::aws
