#pragma once

#include <QDateTime>

#include <functional>

namespace dyna::aws {

// Time and randomness are injected so that signing dates, credential expiry and retry
// backoff can be tested without sleeping.
struct Clock
{
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
    // Uniform in [0, 1).
    std::function<double()> random;

    static Clock system();
};

} // namespace dyna::aws
