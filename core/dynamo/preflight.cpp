#include "preflight.h"

#include "apimodel.h"
#include "attributevalue.h"
#include "itemsize.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace dyna::dynamo {

namespace {

std::shared_ptr<const ApiModel> modelFor(aws::Service service)
{
    switch (service) {
    case aws::Service::DynamoDb:
        return ApiModel::dynamoDb();
    case aws::Service::Streams:
        return ApiModel::streams();
    case aws::Service::Sts:
        return ApiModel::sts();
    }
    return {};
}

// Items whose full size is known before sending, with the member path that holds each.
QList<std::pair<QString, QJsonObject>> itemsToCheck(const QString &operation,
                                                    const QJsonObject &input)
{
    QList<std::pair<QString, QJsonObject>> items;
    if (operation == QLatin1String("PutItem")) {
        items.append({QStringLiteral("Item"), input.value(QStringLiteral("Item")).toObject()});
    } else if (operation == QLatin1String("BatchWriteItem")) {
        const QJsonObject tables = input.value(QStringLiteral("RequestItems")).toObject();
        for (auto table = tables.begin(); table != tables.end(); ++table) {
            const QJsonArray requests = table.value().toArray();
            for (qsizetype i = 0; i < requests.size(); ++i) {
                const QJsonObject put =
                    requests.at(i).toObject().value(QStringLiteral("PutRequest")).toObject();
                if (put.contains(QStringLiteral("Item")))
                    items.append({QStringLiteral("RequestItems.%1[%2].PutRequest.Item")
                                      .arg(table.key())
                                      .arg(i),
                                  put.value(QStringLiteral("Item")).toObject()});
            }
        }
    } else if (operation == QLatin1String("TransactWriteItems")) {
        const QJsonArray transactItems = input.value(QStringLiteral("TransactItems")).toArray();
        for (qsizetype i = 0; i < transactItems.size(); ++i) {
            const QJsonObject put =
                transactItems.at(i).toObject().value(QStringLiteral("Put")).toObject();
            if (put.contains(QStringLiteral("Item")))
                items.append({QStringLiteral("TransactItems[%1].Put.Item").arg(i),
                              put.value(QStringLiteral("Item")).toObject()});
        }
    }
    return items;
}

} // namespace

aws::AwsError preflightRequest(aws::Service service, const QString &operation, QJsonObject &input)
{
    const auto model = modelFor(service);
    if (!model || !model->hasOperation(operation)) {
        return aws::AwsError::invalidRequest(
            operation, {},
            QCoreApplication::translate("Preflight", "%1 is not an operation of this service.")
                .arg(operation));
    }
    for (const QString &member : model->idempotencyTokenMembers(operation)) {
        if (!input.contains(member))
            input.insert(member, QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    if (const auto invalid = model->validateInput(operation, input))
        return aws::AwsError::invalidRequest(operation, invalid->memberPath, invalid->message);

    for (const auto &[path, wireItem] : itemsToCheck(operation, input)) {
        QString error;
        const auto item = itemFromWire(wireItem, &error);
        if (!error.isEmpty())
            return aws::AwsError::invalidRequest(operation, path, error);
        if (const auto tooLarge = checkItemSize(item))
            return aws::AwsError::invalidRequest(operation, path, *tooLarge);
    }
    return {};
}

aws::AwsClient *createClient(aws::ClientConfig config,
                             std::shared_ptr<aws::CredentialsProvider> credentials, QObject *parent)
{
    auto *client = new aws::AwsClient(std::move(config), std::move(credentials), parent);
    client->setPreflight(&preflightRequest);
    return client;
}

} // namespace dyna::dynamo
