#include "job.h"

namespace dyna::aws {

Job::Job(QObject *parent)
    : QObject(parent)
{}

bool Job::finish(const AwsError &error)
{
    if (m_finished)
        return false;
    m_finished = true;
    m_error = error;
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
    return true;
}

} // namespace dyna::aws
