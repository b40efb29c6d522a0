#include "retryindicator.h"

#include "aws/awserror.h"

#include <QStatusBar>

namespace dyna::views {

namespace {

constexpr int kRecentReasons = 5;

QString reasonOf(const aws::AwsError &error)
{
    return error.code.isEmpty() ? error.userMessage() : error.code;
}

} // namespace

RetryIndicator::RetryIndicator(QStatusBar *statusBar)
    : QLabel(statusBar)
    , m_statusBar(statusBar)
{
    setObjectName(QStringLiteral("retryIndicator"));
    setAccessibleName(tr("Retried requests"));
    setContentsMargins(8, 0, 8, 0);
    hide();
    statusBar->addPermanentWidget(this);
}

void RetryIndicator::showRetry(const QString &operation, int attempt, int maxAttempts, int delayMs,
                               const aws::AwsError &error)
{
    ++m_retries;
    const QString message = tr("%1: %2. Retrying in %3 s (attempt %4 of %5)…")
                                .arg(operation, reasonOf(error))
                                .arg(delayMs / 1000.0, 0, 'f', 1)
                                .arg(attempt)
                                .arg(maxAttempts);
    // Long enough to read, gone soon after the attempt it announces.
    m_statusBar->showMessage(message, delayMs + 4000);
    m_recent.prepend(message);
    while (m_recent.size() > kRecentReasons)
        m_recent.removeLast();
    setText(tr("%n retried", nullptr, m_retries));
    setToolTip(tr("Requests retried on this connection: %1\nLatest:\n%2")
                   .arg(m_retries)
                   .arg(m_recent.join(QLatin1Char('\n'))));
    show();
}

void RetryIndicator::reset()
{
    m_retries = 0;
    m_recent.clear();
    clear();
    setToolTip({});
    hide();
}

} // namespace dyna::views
