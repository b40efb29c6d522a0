#pragma once

#include "aws/endpointresolver.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

class QObject;

namespace dyna::aws {
class AwsClient;
class RequestJob;
} // namespace dyna::aws

namespace dyna::test {

// The DynamoDB Local started by the CTest fixture (scripts/ddblocal.sh), read from the state
// folder named by DYNA_DDBLOCAL_STATE. Empty when no server is running.
QUrl localEndpoint();

// A client for that server (us-east-1, placeholder keys, the console's preflight), or nullptr
// when none is running.
aws::AwsClient *localClient(QObject *parent);

// A table name no other test (or earlier run) uses.
QString uniqueTableName(const QString &prefix);

// CreateTable's input for an on-demand table with one string partition key and, when
// `streamViewType` is given, a stream of that view type.
QJsonObject simpleTableInput(const QString &tableName, const QString &partitionKey,
                             const QString &streamViewType = {});

// Runs one call to the end. The returned job is not auto-deleted; the caller owns it.
// Returns nullptr when it did not finish within `timeoutMs`.
aws::RequestJob *callAndWait(aws::AwsClient *client, const QString &operation,
                             const QJsonObject &input,
                             aws::Service service = aws::Service::DynamoDb, int timeoutMs = 20000);

// Writes wire items into tableName with the console's BatchWriteJob and waits for it; false
// when it failed or did not finish within `timeoutMs`.
bool putItems(aws::AwsClient *client, const QString &tableName, const QList<QJsonObject> &items,
              int timeoutMs = 60000);

} // namespace dyna::test
