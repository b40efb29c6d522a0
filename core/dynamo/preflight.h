#pragma once

#include "aws/awsclient.h"

#include <QJsonObject>

#include <memory>

namespace dyna::dynamo {

// What every DynamoDB and Streams request goes through before it is signed: idempotency tokens
// filled with fresh UUIDs where the caller left them out (so retries stay idempotent),
// validation against the official API model, and the 400 KB item limit. An error means the
// request never leaves the machine; it names the offending member.
aws::AwsError preflightRequest(aws::Service service, const QString &operation, QJsonObject &input);

// A client with the preflight above installed.
aws::AwsClient *createClient(aws::ClientConfig config,
                             std::shared_ptr<aws::CredentialsProvider> credentials,
                             QObject *parent = nullptr);

} // namespace dyna::dynamo
