#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "aws/endpointresolver.h"
#include "aws/requestjob.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

#include <memory>

using namespace dyna::aws;

namespace {

struct Options
{
    QString region;
    bool fips = false;
    bool dualStack = false;
    QString overrideUrl;
    bool stsGlobal = false;
    bool allowPlainHttp = false;
};

EndpointOptions toEndpointOptions(const Options &o)
{
    EndpointOptions options;
    options.region = o.region;
    options.fips = o.fips;
    options.dualStack = o.dualStack;
    if (!o.overrideUrl.isEmpty())
        options.overrideUrl = QUrl(o.overrideUrl);
    options.stsGlobal = o.stsGlobal;
    options.allowPlainHttp = o.allowPlainHttp;
    return options;
}

} // namespace

class TestEndpointResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolves_data();
    void resolves();
    void rejects_data();
    void rejects();
    void errorPointerIsOptional();
    void plainHttp_data();
    void plainHttp();
    void clientRefusesPlainHttpBeforeSending();
    void regionNames_data();
    void regionNames();
};

void TestEndpointResolver::resolves_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("fips");
    QTest::addColumn<bool>("dualStack");
    QTest::addColumn<QString>("overrideUrl");
    QTest::addColumn<bool>("stsGlobal");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("signingRegion");
    QTest::addColumn<QString>("signingName");
    QTest::addColumn<QString>("partition");

    const auto row = [](const char *name, Service service, const QString &region, bool fips,
                        bool dualStack, const QString &overrideUrl, bool stsGlobal,
                        const QString &url, const QString &signingRegion,
                        const QString &signingName, const QString &partition) {
        QTest::newRow(name) << service << region << fips << dualStack << overrideUrl << stsGlobal
                            << url << signingRegion << signingName << partition;
    };
    const auto D = Service::DynamoDb;
    const auto S = Service::Streams;
    const auto T = Service::Sts;

    // Standard regional endpoints.
    row("dynamodb us-east-1", D, "us-east-1", false, false, {}, false,
        "https://dynamodb.us-east-1.amazonaws.com/", "us-east-1", "dynamodb", "aws");
    row("streams us-east-1", S, "us-east-1", false, false, {}, false,
        "https://streams.dynamodb.us-east-1.amazonaws.com/", "us-east-1", "dynamodb", "aws");
    row("dynamodb eu-west-1", D, "eu-west-1", false, false, {}, false,
        "https://dynamodb.eu-west-1.amazonaws.com/", "eu-west-1", "dynamodb", "aws");
    row("dynamodb newer aws region", D, "ap-southeast-7", false, false, {}, false,
        "https://dynamodb.ap-southeast-7.amazonaws.com/", "ap-southeast-7", "dynamodb", "aws");
    row("region with surrounding spaces", D, " eu-north-1 ", false, false, {}, false,
        "https://dynamodb.eu-north-1.amazonaws.com/", "eu-north-1", "dynamodb", "aws");

    // China.
    row("dynamodb cn-north-1", D, "cn-north-1", false, false, {}, false,
        "https://dynamodb.cn-north-1.amazonaws.com.cn/", "cn-north-1", "dynamodb", "aws-cn");
    row("streams cn-northwest-1", S, "cn-northwest-1", false, false, {}, false,
        "https://streams.dynamodb.cn-northwest-1.amazonaws.com.cn/", "cn-northwest-1", "dynamodb",
        "aws-cn");
    row("sts cn-north-1", T, "cn-north-1", false, false, {}, false,
        "https://sts.cn-north-1.amazonaws.com.cn/", "cn-north-1", "sts", "aws-cn");
    row("dynamodb cn-north-1 dual-stack", D, "cn-north-1", false, true, {}, false,
        "https://dynamodb.cn-north-1.api.amazonwebservices.com.cn/", "cn-north-1", "dynamodb",
        "aws-cn");

    // GovCloud: its standard endpoints are the FIPS ones.
    row("dynamodb us-gov-west-1", D, "us-gov-west-1", false, false, {}, false,
        "https://dynamodb.us-gov-west-1.amazonaws.com/", "us-gov-west-1", "dynamodb", "aws-us-gov");
    row("dynamodb us-gov-west-1 fips", D, "us-gov-west-1", true, false, {}, false,
        "https://dynamodb.us-gov-west-1.amazonaws.com/", "us-gov-west-1", "dynamodb", "aws-us-gov");
    row("streams us-gov-east-1 fips", S, "us-gov-east-1", true, false, {}, false,
        "https://streams.dynamodb.us-gov-east-1.amazonaws.com/", "us-gov-east-1", "dynamodb",
        "aws-us-gov");
    row("sts us-gov-west-1 fips", T, "us-gov-west-1", true, false, {}, false,
        "https://sts.us-gov-west-1.amazonaws.com/", "us-gov-west-1", "sts", "aws-us-gov");
    row("dynamodb us-gov-west-1 fips dual-stack", D, "us-gov-west-1", true, true, {}, false,
        "https://dynamodb-fips.us-gov-west-1.api.aws/", "us-gov-west-1", "dynamodb", "aws-us-gov");

    // FIPS in the commercial partition.
    row("dynamodb us-east-1 fips", D, "us-east-1", true, false, {}, false,
        "https://dynamodb-fips.us-east-1.amazonaws.com/", "us-east-1", "dynamodb", "aws");
    row("streams us-east-1 fips", S, "us-east-1", true, false, {}, false,
        "https://streams.dynamodb-fips.us-east-1.amazonaws.com/", "us-east-1", "dynamodb", "aws");
    row("dynamodb ca-central-1 fips", D, "ca-central-1", true, false, {}, false,
        "https://dynamodb-fips.ca-central-1.amazonaws.com/", "ca-central-1", "dynamodb", "aws");
    row("sts us-east-2 fips", T, "us-east-2", true, false, {}, false,
        "https://sts-fips.us-east-2.amazonaws.com/", "us-east-2", "sts", "aws");

    // Dual-stack (IPv6).
    row("dynamodb us-east-1 dual-stack", D, "us-east-1", false, true, {}, false,
        "https://dynamodb.us-east-1.api.aws/", "us-east-1", "dynamodb", "aws");
    row("dynamodb us-east-1 fips dual-stack", D, "us-east-1", true, true, {}, false,
        "https://dynamodb-fips.us-east-1.api.aws/", "us-east-1", "dynamodb", "aws");
    row("streams eu-central-1 dual-stack", S, "eu-central-1", false, true, {}, false,
        "https://streams.dynamodb.eu-central-1.api.aws/", "eu-central-1", "dynamodb", "aws");
    row("sts ap-south-2 dual-stack", T, "ap-south-2", false, true, {}, false,
        "https://sts.ap-south-2.api.aws/", "ap-south-2", "sts", "aws");

    // Isolated partitions.
    row("dynamodb us-iso-east-1", D, "us-iso-east-1", false, false, {}, false,
        "https://dynamodb.us-iso-east-1.c2s.ic.gov/", "us-iso-east-1", "dynamodb", "aws-iso");
    row("streams us-isob-east-1", S, "us-isob-east-1", false, false, {}, false,
        "https://streams.dynamodb.us-isob-east-1.sc2s.sgov.gov/", "us-isob-east-1", "dynamodb",
        "aws-iso-b");

    // STS regional and global.
    row("sts regional", T, "us-east-1", false, false, {}, false,
        "https://sts.us-east-1.amazonaws.com/", "us-east-1", "sts", "aws");
    row("sts global from eu-west-1", T, "eu-west-1", false, false, {}, true,
        "https://sts.amazonaws.com/", "us-east-1", "sts", "aws");
    row("sts global from us-east-1", T, "us-east-1", false, false, {}, true,
        "https://sts.amazonaws.com/", "us-east-1", "sts", "aws");
    row("sts aws-global region", T, "aws-global", false, false, {}, false,
        "https://sts.amazonaws.com/", "us-east-1", "sts", "aws");
    // The global endpoint does not serve opt-in regions or other partitions.
    row("sts global asked in opt-in region", T, "af-south-1", false, false, {}, true,
        "https://sts.af-south-1.amazonaws.com/", "af-south-1", "sts", "aws");
    row("sts global asked in china", T, "cn-north-1", false, false, {}, true,
        "https://sts.cn-north-1.amazonaws.com.cn/", "cn-north-1", "sts", "aws-cn");
    row("sts global asked with fips", T, "us-east-1", true, false, {}, true,
        "https://sts-fips.us-east-1.amazonaws.com/", "us-east-1", "sts", "aws");
    row("sts global does not affect dynamodb", D, "eu-west-1", false, false, {}, true,
        "https://dynamodb.eu-west-1.amazonaws.com/", "eu-west-1", "dynamodb", "aws");

    // Explicit endpoint (DynamoDB Local and friends) wins for every service.
    row("override dynamodb, no region", D, "", false, false, "http://127.0.0.1:8000", false,
        "http://127.0.0.1:8000/", "us-east-1", "dynamodb", "aws");
    row("override streams uses the same url", S, "", false, false, "http://127.0.0.1:8000", false,
        "http://127.0.0.1:8000/", "us-east-1", "dynamodb", "aws");
    row("override sts", T, "", false, false, "http://127.0.0.1:8000", true,
        "http://127.0.0.1:8000/", "us-east-1", "sts", "aws");
    row("override keeps the profile's region", D, "eu-west-1", false, false,
        "http://localhost:8000/", false, "http://localhost:8000/", "eu-west-1", "dynamodb", "aws");
    row("override with a non-AWS region name", D, "local", false, false, "http://localhost:8000",
        false, "http://localhost:8000/", "local", "dynamodb", "aws");
    row("override https vpc endpoint", D, "us-gov-west-1", false, false,
        "HTTPS://vpce-0a1b.dynamodb.us-gov-west-1.vpce.amazonaws.com", false,
        "https://vpce-0a1b.dynamodb.us-gov-west-1.vpce.amazonaws.com/", "us-gov-west-1", "dynamodb",
        "aws-us-gov");
    row("override ipv6 loopback", D, "", false, false, "http://[::1]:8000", false,
        "http://[::1]:8000/", "us-east-1", "dynamodb", "aws");
}

void TestEndpointResolver::resolves()
{
    QFETCH(Service, service);
    QFETCH(QString, region);
    QFETCH(bool, fips);
    QFETCH(bool, dualStack);
    QFETCH(QString, overrideUrl);
    QFETCH(bool, stsGlobal);

    QString error;
    const auto endpoint = resolveEndpoint(
        service, toEndpointOptions({region, fips, dualStack, overrideUrl, stsGlobal}), &error);
    QVERIFY2(endpoint.has_value(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QTEST(endpoint->url.toString(), "url");
    QTEST(endpoint->signingRegion, "signingRegion");
    QTEST(endpoint->signingName, "signingName");
    QTEST(endpoint->partition, "partition");
}

void TestEndpointResolver::rejects_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("fips");
    QTest::addColumn<bool>("dualStack");
    QTest::addColumn<QString>("overrideUrl");
    QTest::addColumn<QString>("errorMentions");

    const auto D = Service::DynamoDb;
    QTest::newRow("no region") << D << "" << false << false << QString() << "No region is set";
    QTest::newRow("blank region") << D << "   " << false << false << QString()
                                  << "No region is set";
    QTest::newRow("upper-case region")
        << D << "US-EAST-1" << false << false << QString() << "\"US-EAST-1\"";
    QTest::newRow("region without dashes")
        << D << "useast1" << false << false << QString() << "\"useast1\"";
    QTest::newRow("region with a path")
        << D << "us-east-1/evil" << false << false << QString() << "\"us-east-1/evil\"";
    QTest::newRow("aws-global is for sts only")
        << D << "aws-global" << false << false << QString() << "\"aws-global\"";
    QTest::newRow("no dual-stack in iso partition")
        << Service::Streams << "us-iso-east-1" << false << true << QString() << "us-iso-east-1";
    QTest::newRow("global sts has no fips")
        << Service::Sts << "aws-global" << true << false << QString() << "global STS endpoint";
    QTest::newRow("override not http") << D << "" << false << false << "ftp://127.0.0.1:8000"
                                       << "http:// or https://";
    QTest::newRow("override without scheme") << D << "" << false << false << "127.0.0.1:8000"
                                             << "http:// or https://";
    QTest::newRow("override without host") << D << "" << false << false << "http://"
                                           << "no host name";
    QTest::newRow("override with path")
        << D << "" << false << false << "http://127.0.0.1:8000/dynamodb"
        << "no path";
    QTest::newRow("override with query")
        << D << "" << false << false << "http://127.0.0.1:8000/?x=1"
        << "no path, query";
    QTest::newRow("override with user info")
        << D << "" << false << false << "http://AKID:secret@127.0.0.1:8000"
        << "user name or password";
    QTest::newRow("override with fips")
        << D << "us-east-1" << true << false << "http://127.0.0.1:8000"
        << "FIPS";
    QTest::newRow("override with dual-stack")
        << D << "us-east-1" << false << true << "http://127.0.0.1:8000"
        << "dual-stack";
    QTest::newRow("override with unusable signing region")
        << D << "us east 1" << false << false << "http://127.0.0.1:8000"
        << "\"us east 1\"";
}

void TestEndpointResolver::rejects()
{
    QFETCH(Service, service);
    QFETCH(QString, region);
    QFETCH(bool, fips);
    QFETCH(bool, dualStack);
    QFETCH(QString, overrideUrl);
    QFETCH(QString, errorMentions);

    QString error;
    const auto endpoint = resolveEndpoint(
        service, toEndpointOptions({region, fips, dualStack, overrideUrl, false}), &error);
    QVERIFY(!endpoint.has_value());
    QVERIFY2(error.contains(errorMentions), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
}

void TestEndpointResolver::errorPointerIsOptional()
{
    QVERIFY(!resolveEndpoint(Service::DynamoDb, {}, nullptr).has_value());
    EndpointOptions options;
    options.region = QStringLiteral("eu-west-3");
    QVERIFY(resolveEndpoint(Service::Streams, options, nullptr).has_value());
}

void TestEndpointResolver::plainHttp_data()
{
    QTest::addColumn<QString>("overrideUrl");
    QTest::addColumn<bool>("allowPlainHttp");
    QTest::addColumn<bool>("resolves");

    // Loopback never leaves the machine: DynamoDB Local needs no flag.
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8000" << false << true;
    QTest::newRow("http 127.8.9.10") << "http://127.8.9.10:8000" << false << true;
    QTest::newRow("http localhost") << "http://localhost:8000" << false << true;
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST:8000" << false << true;
    QTest::newRow("http ::1") << "http://[::1]:8000" << false << true;
    // Anything else is refused until the user allows it for the connection.
    QTest::newRow("http remote name") << "http://db.example.com:8000" << false << false;
    QTest::newRow("http private address") << "http://10.255.255.1:9" << false << false;
    QTest::newRow("http ipv6 address") << "http://[2001:db8::1]:8000" << false << false;
    QTest::newRow("http name starting with localhost")
        << "http://localhost.example.com:8000" << false << false;
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1:8000" << false << false;
    QTest::newRow("http remote name allowed") << "http://db.example.com:8000" << true << true;
    QTest::newRow("http private address allowed") << "http://10.255.255.1:9" << true << true;
    // TLS is never affected by the flag.
    QTest::newRow("https remote name") << "https://db.example.com:8000" << false << true;
    QTest::newRow("https remote name flag set") << "https://db.example.com" << true << true;
}

void TestEndpointResolver::plainHttp()
{
    QFETCH(QString, overrideUrl);
    QFETCH(bool, allowPlainHttp);
    QFETCH(bool, resolves);

    const QUrl url(overrideUrl);
    for (const Service service : {Service::DynamoDb, Service::Streams, Service::Sts}) {
        QString error;
        const auto endpoint = resolveEndpoint(
            service, toEndpointOptions({{}, false, false, overrideUrl, false, allowPlainHttp}),
            &error);
        QCOMPARE(endpoint.has_value(), resolves);
        if (resolves) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(endpoint->url.scheme(), url.scheme());
            QCOMPARE(endpoint->url.host(), url.host());
            QCOMPARE(endpoint->url.port(), url.port());
        } else {
            // The sentence names the host and says why, so the user can judge the network.
            QVERIFY2(error.startsWith(QStringLiteral("Refusing plain HTTP to %1:").arg(url.host())),
                     qPrintable(error));
            QVERIFY2(error.contains(QLatin1String("without TLS")), qPrintable(error));
            QVERIFY2(error.contains(QLatin1String("signed requests")), qPrintable(error));
            QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
        }
    }
}

void TestEndpointResolver::clientRefusesPlainHttpBeforeSending()
{
    // A non-routable address: were a request attempted it would hang, not fail quickly.
    ClientConfig config;
    config.endpoint.overrideUrl = QUrl(QStringLiteral("http://10.255.255.1:9"));
    const auto credentials = std::make_shared<StaticCredentialsProvider>(
        Credentials{QStringLiteral("AKIDEXAMPLE"), QStringLiteral("secret"), {}, {}});

    AwsClient refusing(config, credentials);
    QSignalSpy sent(refusing.network(), &QNetworkAccessManager::finished);
    std::unique_ptr<RequestJob> job(refusing.call(Service::DynamoDb, QStringLiteral("ListTables")));
    job->setAutoDelete(false);
    QSignalSpy finished(job.get(), &Job::finished);
    job->start();
    QVERIFY(finished.wait(2000));
    QCOMPARE(job->error().kind, ErrorKind::Validation);
    QVERIFY2(job->errorString().contains(QLatin1String("Refusing plain HTTP to 10.255.255.1")),
             qPrintable(job->errorString()));
    QVERIFY(!job->error().retryable);
    // Not a byte left: the network manager never made a reply.
    QVERIFY(refusing.network()->findChildren<QNetworkReply *>().isEmpty());
    QCOMPARE(sent.size(), 0);

    // The same request with the user's consent does go out, so the check above can fail.
    config.endpoint.allowPlainHttp = true;
    AwsClient allowed(config, credentials);
    std::unique_ptr<RequestJob> allowedJob(
        allowed.call(Service::DynamoDb, QStringLiteral("ListTables")));
    allowedJob->setAutoDelete(false);
    allowedJob->start();
    QTRY_VERIFY(!allowed.network()->findChildren<QNetworkReply *>().isEmpty());
    allowedJob->cancel();
}

void TestEndpointResolver::regionNames_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("valid");
    QTest::newRow("us-east-1") << "us-east-1" << true;
    QTest::newRow("ap-southeast-2") << "ap-southeast-2" << true;
    QTest::newRow("us-gov-west-1") << "us-gov-west-1" << true;
    QTest::newRow("cn-northwest-1") << "cn-northwest-1" << true;
    QTest::newRow("us-isob-east-1") << "us-isob-east-1" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("no number") << "us-east" << false;
    QTest::newRow("upper case") << "Us-East-1" << false;
    QTest::newRow("aws-global") << "aws-global" << false;
    QTest::newRow("url") << "https://dynamodb.us-east-1.amazonaws.com" << false;
    QTest::newRow("trailing dot") << "us-east-1." << false;
}

void TestEndpointResolver::regionNames()
{
    QFETCH(QString, region);
    QTEST(isValidRegionName(region), "valid");
}

QTEST_GUILESS_MAIN(TestEndpointResolver)
#include "tst_endpointresolver.moc"
