#pragma once

#include "aws/clock.h"
#include "aws/credentialsprovider.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace dyna::profiles {

// The caching and single-flight part of providers that obtain credentials asynchronously:
// credentials are reused until five minutes before they expire (for ever without an expiry), and
// concurrent fetches share one refresh(). Call fetch() on the provider's thread; callbacks run on
// their context's thread. Waiters still pending when the provider is destroyed get a cancelled
// error.
class CachingCredentialsProvider : public QObject, public aws::CredentialsProvider
{
    Q_OBJECT
public:
    static constexpr qint64 RefreshMarginSeconds = 5 * 60;

    ~CachingCredentialsProvider() override;

    void fetch(QObject *context, Callback done) final;

protected:
    // `operationName` names the operation in the error pending fetches get on destruction.
    CachingCredentialsProvider(QString operationName, aws::Clock clock, QObject *parent);

    // Obtains fresh credentials and ends, now or later, with exactly one settle().
    virtual void refresh() = 0;
    // Caches successful credentials and answers every fetch waiting for this refresh.
    void settle(const aws::Credentials &credentials, const aws::AwsError &error);
    // An authentication error of this provider's operation.
    aws::AwsError failure(const QString &code, const QString &message) const;

    const aws::Clock &clock() const { return m_clock; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback done;
    };

    QString m_operationName;
    aws::Clock m_clock;
    aws::Credentials m_cached;
    QList<Waiter> m_waiters;
};

} // namespace dyna::profiles
