#include "operationspage.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "session/session.h"

#include <QJsonObject>
#include <QLabel>

namespace dyna::views {

void OperationsPage::styleTitle(QLabel *title)
{
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    title->setObjectName(QStringLiteral("title"));
}

aws::RequestJob *OperationsPage::describeTable(session::Session *session, const QString &tableName,
                                               std::function<QString()> currentTable,
                                               TableDescribed done)
{
    const quint64 generation = session->generation();
    auto *job = session->client()->call(aws::Service::DynamoDb, QStringLiteral("DescribeTable"),
                                        {{QStringLiteral("TableName"), tableName}});
    connect(job, &aws::Job::finished, this,
            [session, job, generation, tableName, currentTable = std::move(currentTable),
             done = std::move(done)] {
                if (generation != session->generation() || currentTable() != tableName ||
                    job->error().kind == aws::ErrorKind::Cancelled)
                    return;
                done(job->error(), job->response().value(QStringLiteral("Table")).toObject());
            });
    job->start();
    return job;
}

} // namespace dyna::views
