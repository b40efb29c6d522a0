#include "retrypolicy.h"

#include "awserror.h"

#include <algorithm>
#include <cmath>

namespace dyna::aws {

RetryQuota::RetryQuota(int capacity, int retryCost, int timeoutCost)
    : m_capacity(capacity)
    , m_retryCost(retryCost)
    , m_timeoutCost(timeoutCost)
    , m_available(capacity)
{}

int RetryQuota::costOf(const AwsError &error) const
{
    return error.isTimeout() ? m_timeoutCost : m_retryCost;
}

bool RetryQuota::tryAcquire(const AwsError &error)
{
    const int cost = costOf(error);
    int current = m_available.load();
    do {
        if (current < cost)
            return false;
    } while (!m_available.compare_exchange_weak(current, current - cost));
    return true;
}

void RetryQuota::releaseOnSuccess(bool afterRetry)
{
    release(afterRetry ? m_retryCost : 1);
}

void RetryQuota::release(int tokens)
{
    int current = m_available.load();
    int next = 0;
    do {
        next = std::min(m_capacity, current + std::max(0, tokens));
    } while (!m_available.compare_exchange_weak(current, next));
}

int RetryQuota::available() const
{
    return m_available.load();
}

RetryPolicy::RetryPolicy(RetryConfig config, std::shared_ptr<RetryQuota> quota,
                         std::function<double()> random)
    : m_config(config)
    , m_quota(std::move(quota))
    , m_random(std::move(random))
{}

int RetryPolicy::maxDelayFor(int retryIndex, bool throttling) const
{
    const int base = throttling ? m_config.throttlingBaseDelayMs : m_config.baseDelayMs;
    // Past 2^30 every realistic base is far above any cap; ldexp keeps this free of overflow.
    const double exponential = std::ldexp(double(base), std::clamp(retryIndex, 0, 30));
    return int(std::min(double(m_config.maxDelayMs), exponential));
}

RetryDecision RetryPolicy::onFailure(int attemptsMade, const AwsError &error)
{
    RetryDecision decision;
    if (!error.retryable) {
        decision.reason = QStringLiteral("not retryable");
        return decision;
    }
    if (attemptsMade >= m_config.maxAttempts) {
        decision.reason = QStringLiteral("attempts exhausted");
        return decision;
    }
    if (m_quota) {
        if (!m_quota->tryAcquire(error)) {
            decision.reason = QStringLiteral("retry quota exhausted");
            return decision;
        }
        m_lastRetryCost = m_quota->costOf(error);
    }
    const double jitter = m_random ? std::clamp(m_random(), 0.0, 1.0) : 1.0;
    decision.retry = true;
    decision.delayMs =
        int(std::floor(jitter * maxDelayFor(attemptsMade - 1, error.isThrottling())));
    decision.reason = AwsError::kindName(error.kind);
    return decision;
}

void RetryPolicy::onSuccess(int attemptsMade)
{
    if (!m_quota)
        return;
    if (attemptsMade > 1 && m_lastRetryCost > 0)
        m_quota->release(m_lastRetryCost);
    else
        m_quota->releaseOnSuccess(false);
    m_lastRetryCost = 0;
}

} // namespace dyna::aws
