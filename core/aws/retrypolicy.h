#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace dyna::aws {

class AwsError;

// Modelled on the AWS SDKs' "standard" retry mode: full-jitter exponential backoff with a
// longer base for throttling, a cap on the delay and a retry quota shared by a client.
struct RetryConfig
{
    int maxAttempts = 8;  // attempts in total including the first
    int baseDelayMs = 50; // full jitter: delay = random() * min(maxDelayMs, base * 2^retryIndex)
    int throttlingBaseDelayMs = 500;
    int maxDelayMs = 10000;
    int perAttemptTimeoutMs = 30000;
};

// Token bucket shared by every job of one client, so that a failing endpoint stops being
// retried by all of them instead of multiplying the load. Thread-safe.
class RetryQuota
{
public:
    explicit RetryQuota(int capacity = 500, int retryCost = 5, int timeoutCost = 10);

    // Takes the cost of one retry after `error`; false (and nothing taken) when the bucket
    // cannot pay for it.
    bool tryAcquire(const AwsError &error);
    int costOf(const AwsError &error) const;
    // +1 when no retry was needed, +retryCost after a retried call succeeded.
    void releaseOnSuccess(bool afterRetry);
    // Gives back exactly `tokens` (the cost of the last retry), never above capacity.
    void release(int tokens);
    int available() const;
    int capacity() const { return m_capacity; }

private:
    const int m_capacity;
    const int m_retryCost;
    const int m_timeoutCost;
    std::atomic<int> m_available;
};

struct RetryDecision
{
    bool retry = false;
    int delayMs = 0;
    // Why not: "not retryable", "attempts exhausted", "retry quota exhausted"; when retrying,
    // the kind of error being retried.
    QString reason;
};

// One policy per request job (it remembers the cost of that job's last retry); the quota is
// what jobs share.
class RetryPolicy
{
public:
    RetryPolicy(RetryConfig config, std::shared_ptr<RetryQuota> quota,
                std::function<double()> random);

    RetryDecision onFailure(int attemptsMade, const AwsError &error); // attemptsMade >= 1
    void onSuccess(int attemptsMade);
    const RetryConfig &config() const { return m_config; }
    // The delay for retry number retryIndex (0 for the first retry) before jitter is applied.
    int maxDelayFor(int retryIndex, bool throttling) const;

private:
    RetryConfig m_config;
    std::shared_ptr<RetryQuota> m_quota;
    std::function<double()> m_random;
    int m_lastRetryCost = 0;
};

} // namespace dyna::aws
