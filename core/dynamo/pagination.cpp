#include "pagination.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"

#include <QCoreApplication>
#include <QHash>

namespace dyna::dynamo {

namespace {

QJsonValue valueAtPath(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    for (const auto &part : path.split(QLatin1Char('.')))
        value = value.toObject().value(part);
    return value;
}

bool isEmptyToken(const QJsonValue &token)
{
    return token.isUndefined() || token.isNull() ||
           (token.isString() && token.toString().isEmpty()) ||
           (token.isObject() && token.toObject().isEmpty());
}

} // namespace

std::optional<PaginationRule> paginationRule(aws::Service service, const QString &operation)
{
    // The SDK's paginators file covers ListTables, Query, Scan and the NextToken lists; the
    // rest follow the same pattern in the model's documentation.
    static const QHash<QString, PaginationRule> dynamoRules = {
        {QStringLiteral("ListTables"),
         {QStringLiteral("ExclusiveStartTableName"), QStringLiteral("LastEvaluatedTableName")}},
        {QStringLiteral("Query"),
         {QStringLiteral("ExclusiveStartKey"), QStringLiteral("LastEvaluatedKey")}},
        {QStringLiteral("Scan"),
         {QStringLiteral("ExclusiveStartKey"), QStringLiteral("LastEvaluatedKey")}},
        {QStringLiteral("ListBackups"),
         {QStringLiteral("ExclusiveStartBackupArn"), QStringLiteral("LastEvaluatedBackupArn")}},
        {QStringLiteral("ListGlobalTables"),
         {QStringLiteral("ExclusiveStartGlobalTableName"),
          QStringLiteral("LastEvaluatedGlobalTableName")}},
        {QStringLiteral("ListTagsOfResource"),
         {QStringLiteral("NextToken"), QStringLiteral("NextToken")}},
        {QStringLiteral("ListExports"), {QStringLiteral("NextToken"), QStringLiteral("NextToken")}},
        {QStringLiteral("ListImports"), {QStringLiteral("NextToken"), QStringLiteral("NextToken")}},
        {QStringLiteral("ListContributorInsights"),
         {QStringLiteral("NextToken"), QStringLiteral("NextToken")}},
        {QStringLiteral("ExecuteStatement"),
         {QStringLiteral("NextToken"), QStringLiteral("NextToken")}},
    };
    static const QHash<QString, PaginationRule> streamsRules = {
        {QStringLiteral("ListStreams"),
         {QStringLiteral("ExclusiveStartStreamArn"), QStringLiteral("LastEvaluatedStreamArn")}},
        {QStringLiteral("DescribeStream"),
         {QStringLiteral("ExclusiveStartShardId"),
          QStringLiteral("StreamDescription.LastEvaluatedShardId")}},
    };
    const auto &rules = service == aws::Service::Streams ? streamsRules : dynamoRules;
    const auto it = rules.constFind(operation);
    if (it == rules.cend())
        return std::nullopt;
    return *it;
}

PaginatedJob::PaginatedJob(aws::AwsClient *client, aws::Service service, QString operation,
                           QJsonObject input, QObject *parent)
    : aws::Job(parent)
    , m_client(client)
    , m_service(service)
    , m_operation(std::move(operation))
    , m_input(std::move(input))
{}

void PaginatedJob::start()
{
    if (m_started || isFinished())
        return;
    m_started = true;
    const auto rule = paginationRule(m_service, m_operation);
    if (!rule) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(aws::AwsError::invalidRequest(
                    m_operation, {},
                    QCoreApplication::translate("PaginatedJob", "%1 is not a paginated operation.")
                        .arg(m_operation)));
            },
            Qt::QueuedConnection);
        return;
    }
    m_rule = *rule;
    requestPage();
}

void PaginatedJob::cancel()
{
    if (m_current)
        m_current->cancel();
    else
        finish(aws::AwsError::cancelled(m_operation));
}

void PaginatedJob::requestPage()
{
    if (!m_client) {
        finish(aws::AwsError::cancelled(m_operation));
        return;
    }
    QJsonObject input = m_input;
    if (!isEmptyToken(m_nextToken))
        input.insert(m_rule.inputToken, m_nextToken);
    auto *job = m_client->call(m_service, m_operation, input);
    m_current = job;
    if (m_itemsForm)
        m_wirePage = WirePage::readInto(job, *m_itemsForm);
    connect(job, &aws::Job::finished, this, [this, job] { onPageFinished(job); });
    job->start();
}

void PaginatedJob::onPageFinished(aws::RequestJob *job)
{
    m_current = nullptr;
    if (job->error().isError()) {
        finish(job->error());
        return;
    }
    ++m_pages;
    m_nextToken = valueAtPath(job->response(), m_rule.outputToken);
    m_complete = isEmptyToken(m_nextToken);
    if (m_itemsForm && m_wirePage && *m_wirePage)
        Q_EMIT wirePage(this, **m_wirePage);
    else
        Q_EMIT page(this, job->response());
    if (isFinished()) // cancelled from a `page` handler
        return;
    if (m_complete || (m_maxPages > 0 && m_pages >= m_maxPages))
        finish({});
    else
        requestPage();
}

} // namespace dyna::dynamo
