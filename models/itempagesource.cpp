#include "itempagesource.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "dynamo/consumedcapacity.h"

#include <QCoreApplication>

namespace dyna::models {

ItemPageSource::ItemPageSource(QObject *parent)
    : QObject(parent)
{}

RequestPageSource::RequestPageSource(aws::AwsClient *client, QString operation, QJsonObject input,
                                     QObject *parent)
    : ItemPageSource(parent)
    , m_client(client)
    , m_operation(std::move(operation))
    , m_input(std::move(input))
{
    if (!m_input.contains(QLatin1String("ReturnConsumedCapacity")))
        m_input.insert(QLatin1String("ReturnConsumedCapacity"), QLatin1String("TOTAL"));
}

RequestPageSource::~RequestPageSource()
{
    cancel();
}

void RequestPageSource::requestPage(const QJsonObject &exclusiveStartKey)
{
    cancel();
    if (!m_client) {
        Q_EMIT pageFailed(aws::AwsError::localFailure(
            aws::ErrorKind::Network, m_operation, QStringLiteral("NoConnection"),
            QCoreApplication::translate("RequestPageSource",
                                        "The connection was closed before the items loaded.")));
        return;
    }
    QJsonObject input = m_input;
    if (!exclusiveStartKey.isEmpty()) {
        if (pagesWithToken())
            input.insert(QLatin1String("NextToken"),
                         exclusiveStartKey.value(QLatin1String("NextToken")));
        else
            input.insert(QLatin1String("ExclusiveStartKey"), exclusiveStartKey);
    }
    m_job = m_client->call(aws::Service::DynamoDb, m_operation, input);
    // The grid stores each item's JSON as sent and decodes only the rows it shows.
    m_page = dynamo::WirePage::readInto(m_job, dynamo::WirePage::Items::Json);
    connect(m_job, &aws::Job::finished, this, &RequestPageSource::onFinished);
    m_job->start();
}

bool RequestPageSource::pagesWithToken() const
{
    return m_operation == QLatin1String("ExecuteStatement");
}

void RequestPageSource::cancel()
{
    if (!m_job)
        return;
    // Disconnect first: a dropped request must not answer.
    aws::RequestJob *job = m_job;
    m_job = nullptr;
    m_page.reset();
    disconnect(job, nullptr, this, nullptr);
    job->cancel();
}

void RequestPageSource::onFinished(aws::Job *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    const dynamo::WirePage::Holder holder = std::move(m_page);
    const auto *request = static_cast<aws::RequestJob *>(job);
    if (request->error().isError()) {
        Q_EMIT pageFailed(request->error());
        return;
    }
    // The body reader ran on every successful answer: response() is the page's envelope.
    const dynamo::WirePage page = holder && *holder ? std::move(**holder) : dynamo::WirePage();
    const QJsonObject &response = request->response();
    const int size = int(page.size());
    const double capacity = dynamo::consumedCapacity(m_operation, response).total;
    QJsonObject next = response.value(QLatin1String("LastEvaluatedKey")).toObject();
    if (pagesWithToken()) {
        const QJsonValue token = response.value(QLatin1String("NextToken"));
        next = token.isString() ? QJsonObject{{QStringLiteral("NextToken"), token}} : QJsonObject();
    }
    // ExecuteStatement reports no scanned count: what came back is all the grid can show.
    Q_EMIT pageArrived(page, next, capacity,
                       response.value(QLatin1String("ScannedCount")).toInt(size),
                       response.value(QLatin1String("Count")).toInt(size));
}

} // namespace dyna::models
