#pragma once

#include "awserror.h"

#include <QObject>

namespace dyna::aws {

// The shape of every asynchronous operation in the console, after QKeychain::Job: start(),
// exactly one `finished`, then error() and errorString(). Success is an error of kind None.
class Job : public QObject
{
    Q_OBJECT
public:
    explicit Job(QObject *parent = nullptr);

    virtual void start() = 0;
    // Ends the job with a `cancelled` error, unless it already finished.
    virtual void cancel() = 0;

    const AwsError &error() const { return m_error; }
    QString errorString() const { return m_error.userMessage(); }
    bool isFinished() const { return m_finished; }

    // With auto-delete on, the job deletes itself (deleteLater) after `finished`.
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

Q_SIGNALS:
    void finished(dyna::aws::Job *job);

protected:
    // Emits `finished` the first time only; returns false when the job had already finished.
    bool finish(const AwsError &error);

private:
    AwsError m_error;
    bool m_finished = false;
    bool m_autoDelete = false;
};

} // namespace dyna::aws
