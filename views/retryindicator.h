#pragma once

#include <QLabel>

class QStatusBar;

namespace dyna::aws {
class AwsError;
} // namespace dyna::aws

namespace dyna::views {

// Tells the user that a request is being retried (throttling, a dropped connection, a server
// error) instead of letting a slow answer look like a frozen window: the status bar says which
// operation, why and when the next attempt goes, and a permanent label counts the retries of
// the connection, with the last reasons in its tooltip.
class RetryIndicator : public QLabel
{
    Q_OBJECT
public:
    explicit RetryIndicator(QStatusBar *statusBar);

    int retries() const { return m_retries; }

    void showRetry(const QString &operation, int attempt, int maxAttempts, int delayMs,
                   const aws::AwsError &error);
    // A new connection starts counting from zero.
    void reset();

private:
    QStatusBar *m_statusBar;
    int m_retries = 0;
    QStringList m_recent;
};

} // namespace dyna::views
