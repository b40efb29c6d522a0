#include "statementpagesource.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"

#include <QCoreApplication>

namespace dyna::models {

StatementPageSource::StatementPageSource(aws::AwsClient *client, QString statement,
                                         QJsonArray parameters, bool consistentRead, int limit,
                                         QObject *parent)
    : ItemPageSource(parent)
    , m_client(client)
    , m_statement(std::move(statement))
    , m_parameters(std::move(parameters))
    , m_consistentRead(consistentRead)
    , m_limit(limit)
{}

StatementPageSource::~StatementPageSource()
{
    cancel();
}

void StatementPageSource::requestPage(const QJsonObject &exclusiveStartKey)
{
    cancel();
    const QString operation = QStringLiteral("ExecuteStatement");
    if (!m_client) {
        Q_EMIT pageFailed(aws::AwsError::localFailure(
            aws::ErrorKind::Network, operation, QStringLiteral("NoConnection"),
            QCoreApplication::translate("StatementPageSource",
                                        "The connection was closed before the items loaded.")));
        return;
    }
    QJsonObject input{{QStringLiteral("Statement"), m_statement},
                      {QStringLiteral("ReturnConsumedCapacity"), QStringLiteral("TOTAL")}};
    // The model allows no empty Parameters list.
    if (!m_parameters.isEmpty())
        input.insert(QStringLiteral("Parameters"), m_parameters);
    if (m_consistentRead)
        input.insert(QStringLiteral("ConsistentRead"), true);
    if (m_limit > 0)
        input.insert(QStringLiteral("Limit"), m_limit);
    const QString token = exclusiveStartKey.value(QLatin1String("NextToken")).toString();
    if (!token.isEmpty())
        input.insert(QStringLiteral("NextToken"), token);
    m_job = m_client->call(aws::Service::DynamoDb, operation, input);
    connect(m_job, &aws::Job::finished, this, &StatementPageSource::onFinished);
    m_job->start();
}

void StatementPageSource::cancel()
{
    if (!m_job)
        return;
    // Disconnect first: a dropped request must not answer.
    aws::RequestJob *job = m_job;
    m_job = nullptr;
    disconnect(job, nullptr, this, nullptr);
    job->cancel();
}

void StatementPageSource::onFinished(aws::Job *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    const auto *request = static_cast<aws::RequestJob *>(job);
    if (request->error().isError()) {
        Q_EMIT pageFailed(request->error());
        return;
    }
    const QJsonObject &response = request->response();
    const QJsonArray items = response.value(QLatin1String("Items")).toArray();
    const double capacity = response.value(QLatin1String("ConsumedCapacity"))
                                .toObject()
                                .value(QLatin1String("CapacityUnits"))
                                .toDouble();
    const QString token = response.value(QLatin1String("NextToken")).toString();
    const QJsonObject next =
        token.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("NextToken"), token}};
    // ExecuteStatement reports no scanned count: what came back is all the grid can show.
    Q_EMIT pageArrived(items, next, capacity, int(items.size()), int(items.size()));
}

} // namespace dyna::models
