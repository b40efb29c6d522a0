#include "localendpoint.h"

#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "dynamo/batchwritejob.h"
#include "dynamo/preflight.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QUuid>

namespace dyna::test {

QUrl localEndpoint()
{
    const QString state = qEnvironmentVariable("DYNA_DDBLOCAL_STATE");
    QFile file(QDir(state).filePath(QStringLiteral("endpoint")));
    if (state.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QUrl(QString::fromUtf8(file.readAll().trimmed()));
}

aws::AwsClient *localClient(QObject *parent)
{
    const QUrl endpoint = localEndpoint();
    if (!endpoint.isValid())
        return nullptr;
    aws::ClientConfig config;
    config.endpoint.overrideUrl = endpoint;
    config.endpoint.region = QStringLiteral("us-east-1");
    return dynamo::createClient(config,
                                std::make_shared<aws::StaticCredentialsProvider>(aws::Credentials{
                                    QStringLiteral("test"), QStringLiteral("test"), {}, {}}),
                                parent);
}

QString uniqueTableName(const QString &prefix)
{
    return prefix + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

QJsonObject simpleTableInput(const QString &tableName, const QString &partitionKey,
                             const QString &streamViewType)
{
    QJsonObject input{
        {QStringLiteral("TableName"), tableName},
        {QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")},
        {QStringLiteral("AttributeDefinitions"),
         QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), partitionKey},
                                {QStringLiteral("AttributeType"), QStringLiteral("S")}}}},
        {QStringLiteral("KeySchema"),
         QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), partitionKey},
                                {QStringLiteral("KeyType"), QStringLiteral("HASH")}}}}};
    if (!streamViewType.isEmpty())
        input.insert(QStringLiteral("StreamSpecification"),
                     QJsonObject{{QStringLiteral("StreamEnabled"), true},
                                 {QStringLiteral("StreamViewType"), streamViewType}});
    return input;
}

aws::RequestJob *callAndWait(aws::AwsClient *client, const QString &operation,
                             const QJsonObject &input, aws::Service service, int timeoutMs)
{
    auto *job = client->call(service, operation, input);
    job->setAutoDelete(false);
    QSignalSpy finished(job, &aws::RequestJob::finished);
    job->start();
    if (!finished.wait(timeoutMs)) {
        delete job;
        return nullptr;
    }
    return job;
}

bool putItems(aws::AwsClient *client, const QString &tableName, const QList<QJsonObject> &items,
              int timeoutMs)
{
    QList<dynamo::BatchWriteJob::WriteRequest> requests;
    requests.reserve(items.size());
    for (const QJsonObject &item : items)
        requests.append(dynamo::BatchWriteJob::put(tableName, item));
    dynamo::BatchWriteJob job(client, requests);
    QSignalSpy finished(&job, &aws::Job::finished);
    job.start();
    return finished.wait(timeoutMs) && !job.error().isError() && job.written() == items.size();
}

} // namespace dyna::test
