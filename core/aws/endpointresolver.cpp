#include "endpointresolver.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>

#include <array>

namespace dyna::aws {

namespace {

struct Partition
{
    const char *name;
    const char *regionPattern;
    const char *dnsSuffix;
    const char *dualStackDnsSuffix; // nullptr where the partition has no dual-stack endpoints
};

// From the AWS SDKs' partitions.json; the aws partition is also the fallback for well-formed
// region names it does not list yet, as the SDKs' aws.partition() does.
constexpr std::array<Partition, 7> kPartitions = {{
    {"aws-us-gov", "^us-gov-\\w+-\\d+$", "amazonaws.com", "api.aws"},
    {"aws-cn", "^cn-\\w+-\\d+$", "amazonaws.com.cn", "api.amazonwebservices.com.cn"},
    {"aws-iso", "^us-iso-\\w+-\\d+$", "c2s.ic.gov", nullptr},
    {"aws-iso-b", "^us-isob-\\w+-\\d+$", "sc2s.sgov.gov", nullptr},
    {"aws-iso-e", "^eu-isoe-\\w+-\\d+$", "cloud.adc-e.uk", nullptr},
    {"aws-iso-f", "^us-isof-\\w+-\\d+$", "csp.hci.ic.gov", nullptr},
    {"aws", "^(us|eu|ap|sa|ca|me|af|il|mx)-\\w+-\\d+$", "amazonaws.com", "api.aws"},
}};

const Partition &partitionFor(const QString &region)
{
    // Compiled once: every request resolves its endpoint, and compiling the patterns each time
    // cost more than signing the request.
    static const auto patterns = [] {
        std::array<QRegularExpression, kPartitions.size()> compiled;
        for (size_t i = 0; i < kPartitions.size(); ++i)
            compiled[i] = QRegularExpression(QLatin1String(kPartitions[i].regionPattern));
        return compiled;
    }();
    for (size_t i = 0; i < kPartitions.size(); ++i) {
        if (patterns[i].match(region).hasMatch())
            return kPartitions[i];
    }
    return kPartitions.back();
}

// Regions whose STS requests the legacy global setting sends to sts.amazonaws.com (the STS
// endpoint rule set); every other region keeps its regional endpoint.
bool hasLegacyGlobalSts(const QString &region)
{
    static const QStringList regions = {
        QStringLiteral("ap-northeast-1"), QStringLiteral("ap-south-1"),
        QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-2"),
        QStringLiteral("aws-global"),     QStringLiteral("ca-central-1"),
        QStringLiteral("eu-central-1"),   QStringLiteral("eu-north-1"),
        QStringLiteral("eu-west-1"),      QStringLiteral("eu-west-2"),
        QStringLiteral("eu-west-3"),      QStringLiteral("sa-east-1"),
        QStringLiteral("us-east-1"),      QStringLiteral("us-east-2"),
        QStringLiteral("us-west-1"),      QStringLiteral("us-west-2")};
    return regions.contains(region);
}

QString signingNameFor(Service service)
{
    return service == Service::Sts ? QStringLiteral("sts") : QStringLiteral("dynamodb");
}

QString hostPrefix(Service service, bool fips)
{
    switch (service) {
    case Service::DynamoDb:
        return fips ? QStringLiteral("dynamodb-fips") : QStringLiteral("dynamodb");
    case Service::Streams:
        return fips ? QStringLiteral("streams.dynamodb-fips") : QStringLiteral("streams.dynamodb");
    case Service::Sts:
        return fips ? QStringLiteral("sts-fips") : QStringLiteral("sts");
    }
    return {};
}

std::optional<ResolvedEndpoint> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

std::optional<ResolvedEndpoint> resolveOverride(Service service, const EndpointOptions &options,
                                                QString *error)
{
    const QUrl &url = options.overrideUrl;
    const QString shown = url.toDisplayString();
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return fail(error, QCoreApplication::translate(
                               "EndpointResolver",
                               "The endpoint URL \"%1\" must start with http:// or https://.")
                               .arg(shown));
    if (url.host().isEmpty())
        return fail(error, QCoreApplication::translate("EndpointResolver",
                                                       "The endpoint URL \"%1\" has no host name.")
                               .arg(shown));
    if (!url.userInfo().isEmpty())
        return fail(error, QCoreApplication::translate(
                               "EndpointResolver",
                               "The endpoint URL must not contain a user name or password; "
                               "credentials belong in the profile."));
    const QString path = url.path();
    if ((!path.isEmpty() && path != QLatin1String("/")) || url.hasQuery() || url.hasFragment())
        return fail(error, QCoreApplication::translate(
                               "EndpointResolver",
                               "The endpoint URL \"%1\" must have no path, query or fragment: "
                               "give only the scheme, host and port, such as "
                               "http://127.0.0.1:8000.")
                               .arg(shown));
    // The SDKs refuse this too: silently dropping FIPS would be worse than an error.
    if (options.fips || options.dualStack)
        return fail(error, QCoreApplication::translate(
                               "EndpointResolver",
                               "FIPS and dual-stack endpoints cannot be combined with an explicit "
                               "endpoint URL. Turn them off or remove the endpoint URL."));

    if (scheme == QLatin1String("http") && !options.allowPlainHttp && !isLoopbackHost(url.host()))
        return fail(error, QCoreApplication::translate(
                               "EndpointResolver",
                               "Refusing plain HTTP to %1: without TLS anyone on the network can "
                               "read the items and replay or alter the signed requests. Use "
                               "https://, or allow plain HTTP for this connection only on a "
                               "network you trust.")
                               .arg(url.host()));

    const QString region = options.region.trimmed();
    static const QRegularExpression hostLabel(QStringLiteral("^[A-Za-z0-9-]{1,63}$"));
    if (!region.isEmpty() && !hostLabel.match(region).hasMatch())
        return fail(error, QCoreApplication::translate(
                               "EndpointResolver",
                               "\"%1\" cannot be used as the signing region: use letters, digits "
                               "and hyphens only, such as us-east-1.")
                               .arg(region));

    ResolvedEndpoint endpoint;
    endpoint.url = url;
    endpoint.url.setScheme(scheme);
    endpoint.url.setPath(QStringLiteral("/"));
    endpoint.signingRegion = region.isEmpty() ? QStringLiteral("us-east-1") : region;
    endpoint.signingName = signingNameFor(service);
    endpoint.partition = QLatin1String(partitionFor(endpoint.signingRegion).name);
    return endpoint;
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isValidRegionName(const QString &region)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,4}(-[a-z]+){1,3}-\\d{1,2}$"));
    return pattern.match(region).hasMatch();
}

std::optional<ResolvedEndpoint> resolveEndpoint(Service service, const EndpointOptions &options,
                                                QString *error)
{
    if (!options.overrideUrl.isEmpty())
        return resolveOverride(service, options, error);

    const QString region = options.region.trimmed();
    // As in the STS rule set, FIPS and dual-stack take precedence over the global setting.
    const bool variant = options.fips || options.dualStack;
    const bool explicitGlobal = service == Service::Sts && region == QLatin1String("aws-global");
    const bool globalSts = explicitGlobal || (service == Service::Sts && options.stsGlobal &&
                                              !variant && hasLegacyGlobalSts(region));
    if (globalSts) {
        if (variant)
            return fail(error, QCoreApplication::translate(
                                   "EndpointResolver",
                                   "The global STS endpoint has no FIPS or dual-stack variant; "
                                   "use the regional STS endpoint."));
        ResolvedEndpoint endpoint;
        endpoint.url = QUrl(QStringLiteral("https://sts.amazonaws.com/"));
        endpoint.signingRegion = QStringLiteral("us-east-1");
        endpoint.signingName = signingNameFor(service);
        endpoint.partition = QStringLiteral("aws");
        return endpoint;
    }

    if (region.isEmpty())
        return fail(error, QCoreApplication::translate(
                               "EndpointResolver",
                               "No region is set. Choose a region such as us-east-1, or set an "
                               "endpoint URL such as http://127.0.0.1:8000 for DynamoDB Local."));
    if (!isValidRegionName(region))
        return fail(error, QCoreApplication::translate(
                               "EndpointResolver",
                               "\"%1\" is not a valid AWS region name; expected a name such as "
                               "us-east-1.")
                               .arg(region));

    const Partition &partition = partitionFor(region);
    const QString partitionName = QLatin1String(partition.name);
    if (options.dualStack && !partition.dualStackDnsSuffix)
        return fail(error, QCoreApplication::translate(
                               "EndpointResolver",
                               "Dual-stack endpoints are not available in region %1 (partition "
                               "%2).")
                               .arg(region, partitionName));

    QString host;
    if (options.dualStack) {
        host = QStringLiteral("%1.%2.%3")
                   .arg(hostPrefix(service, options.fips), region,
                        QLatin1String(partition.dualStackDnsSuffix));
    } else if (options.fips && partitionName == QLatin1String("aws-us-gov")) {
        // GovCloud's standard endpoints are already FIPS validated.
        host = QStringLiteral("%1.%2.amazonaws.com").arg(hostPrefix(service, false), region);
    } else {
        host =
            QStringLiteral("%1.%2.%3")
                .arg(hostPrefix(service, options.fips), region, QLatin1String(partition.dnsSuffix));
    }

    ResolvedEndpoint endpoint;
    endpoint.url.setScheme(QStringLiteral("https"));
    endpoint.url.setHost(host);
    endpoint.url.setPath(QStringLiteral("/"));
    endpoint.signingRegion = region;
    endpoint.signingName = signingNameFor(service);
    endpoint.partition = partitionName;
    return endpoint;
}

} // namespace dyna::aws
