#pragma once

#include "aws/awsclient.h"

#include <QString>

namespace dyna::profiles {

// True for every DynamoDB and DynamoDB Streams operation that changes data, schema, settings,
// tags, backups or policies. An operation the guard does not know counts as a write, so a new
// API cannot slip past a read-only profile. PartiQL operations (ExecuteStatement,
// BatchExecuteStatement, ExecuteTransaction) count as writes: isWriteRequest() looks at their
// statements.
bool isWriteOperation(const QString &operation);

// Like isWriteOperation(), but PartiQL requests are writes only when some statement does not
// start with SELECT.
bool isWriteRequest(const QString &operation, const QJsonObject &input);

// isWriteRequest() for a request to `service`: STS calls never write.
bool isWriteCall(aws::Service service, const QString &operation, const QJsonObject &input);

// A preflight that refuses write requests (an AwsError of kind Validation, code
// "ReadOnlyProfile", "This connection is read-only: PutItem was not sent.") before the inner
// preflight (for example dynamo::preflightRequest) runs. STS calls pass through.
aws::AwsClient::Preflight readOnlyPreflight(aws::AwsClient::Preflight inner);

} // namespace dyna::profiles
