#include "assumeroleprovider.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace dyna::aws {

namespace {

AwsError mfaCodeRequired()
{
    // Nothing reached AWS, so there is no service message to quote.
    return AwsError::localFailure(
        ErrorKind::Auth, QStringLiteral("AssumeRole"), QStringLiteral("MfaCodeRequired"),
        QCoreApplication::translate("AssumeRoleProvider",
                                    "An MFA code is needed to assume the role; none was "
                                    "entered, so nothing was sent."));
}

} // namespace

AssumeRoleProvider::AssumeRoleProvider(std::shared_ptr<CredentialsProvider> source,
                                       AssumeRoleParams params, StsConfig config, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_params(std::move(params))
    , m_config(std::move(config))
    , m_network(new QNetworkAccessManager(this))
    , m_refreshTimer(new QTimer(this))
{
    if (!m_config.quota)
        m_config.quota = std::make_shared<RetryQuota>();
    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, &AssumeRoleProvider::refreshIfDue);
}

AssumeRoleProvider::~AssumeRoleProvider()
{
    if (m_job)
        m_job->disconnect(this);
}

void AssumeRoleProvider::fetch(QObject *context, Callback done)
{
    if (!m_refreshing && m_credentials.isValid() &&
        !m_credentials.expiresWithin(m_config.clock.now(), refreshMarginSeconds)) {
        done(m_credentials, {});
        return;
    }
    m_waiters.append({context, context != nullptr, std::move(done)});
    if (!m_refreshing)
        refresh();
}

void AssumeRoleProvider::refreshIfDue()
{
    if (m_refreshing || !m_credentials.isValid() ||
        !m_credentials.expiresWithin(m_config.clock.now(), refreshMarginSeconds))
        return;
    refresh();
}

void AssumeRoleProvider::refresh()
{
    m_refreshing = true;
    if (m_params.mfaSerial.isEmpty()) {
        assume({});
        return;
    }
    if (!m_mfaPrompt) {
        settle({}, mfaCodeRequired());
        return;
    }
    // The prompt may answer at once or much later, possibly after this provider is gone.
    QPointer<AssumeRoleProvider> self(this);
    m_mfaPrompt(m_params.mfaSerial, [self](std::optional<QString> code) {
        if (!self || !self->m_refreshing || self->m_job)
            return;
        if (!code)
            self->settle({}, mfaCodeRequired());
        else
            self->assume(*code);
    });
}

void AssumeRoleProvider::assume(const QString &tokenCode)
{
    AssumeRoleParams params = m_params;
    params.tokenCode = tokenCode;
    m_job = new AssumeRoleJob(m_source, params, m_config, m_network, this);
    AssumeRoleJob *job = m_job;
    connect(job, &Job::finished, this, [this, job] {
        m_job = nullptr;
        if (job->error().isError()) {
            settle({}, job->error());
            return;
        }
        m_role = job->result();
        settle(m_role.credentials, {});
    });
    job->start();
}

void AssumeRoleProvider::settle(const Credentials &credentials, const AwsError &error)
{
    m_refreshing = false;
    if (!error.isError()) {
        m_credentials = credentials;
        scheduleRefresh();
    } else if (m_credentials.isValid() && m_credentials.expiresWithin(m_config.clock.now(), 0)) {
        m_credentials = {};
    }
    // A callback may fetch again: it then starts a new refresh with a new list of waiters.
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    if (error.isError())
        Q_EMIT refreshFailed(error);
    else
        Q_EMIT refreshed();
    for (const Waiter &waiter : waiters) {
        if (waiter.hasContext && !waiter.context)
            continue;
        waiter.done(credentials, error);
    }
}

void AssumeRoleProvider::scheduleRefresh()
{
    // Credentials that are already within the margin (a clock far ahead of STS's) must not
    // make the timer ask STS again and again.
    constexpr qint64 minimumDelayMs = 30 * 1000;
    const qint64 dueInMs =
        m_config.clock.now().msecsTo(m_credentials.expiration) - refreshMarginSeconds * 1000;
    m_refreshTimer->start(
        int(std::clamp<qint64>(dueInMs, minimumDelayMs, std::numeric_limits<int>::max())));
}

} // namespace dyna::aws
