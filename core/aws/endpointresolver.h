#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace dyna::aws {

enum class Service { DynamoDb, Streams, Sts };

struct EndpointOptions
{
    QString region;
    bool fips = false;
    bool dualStack = false;
    QUrl overrideUrl;       // e.g. http://127.0.0.1:8000 for DynamoDB Local; wins for every service
    bool stsGlobal = false; // legacy global STS endpoint where AWS still offers it
    // An http:// override to a host that is not loopback is refused unless the user allowed it:
    // signed requests and items would cross the network in clear text.
    bool allowPlainHttp = false;
};

struct ResolvedEndpoint
{
    QUrl url;
    QString signingRegion;
    QString signingName;
    QString partition; // "aws", "aws-cn", "aws-us-gov", ...
};

// Follows the AWS endpoint rule sets of DynamoDB, DynamoDB Streams and STS (partitions, FIPS,
// dual-stack, STS global endpoint). On failure returns nothing and, when `error` is given,
// sets it to a sentence for the user.
std::optional<ResolvedEndpoint> resolveEndpoint(Service service, const EndpointOptions &options,
                                                QString *error);
// True for 127.0.0.0/8, ::1 and "localhost" (any case): plain HTTP to these never leaves the
// machine.
bool isLoopbackHost(const QString &host);
// A region name such as "us-east-1", "us-gov-west-1" or "cn-north-1".
bool isValidRegionName(const QString &region);

} // namespace dyna::aws
