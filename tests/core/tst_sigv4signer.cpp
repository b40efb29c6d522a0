#include "aws/sigv4signer.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include <array>
#include <thread>
#include <vector>

using namespace dyna::aws;

namespace {

const QString exampleSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
const QString exampleToken = QStringLiteral("AQoDYXdzEPT//////////wEXAMPLEtoken+/=");

HttpRequestParts dynamoRequest(const QByteArray &host = "dynamodb.us-east-1.amazonaws.com")
{
    HttpRequestParts request;
    request.method = "POST";
    request.path = "/";
    request.body = R"({"TableName":"Music"})";
    request.headers = {{"Host", host},
                       {"Content-Type", "application/x-amz-json-1.0"},
                       {"X-Amz-Target", "DynamoDB_20120810.DescribeTable"},
                       {"Content-Length", QByteArray::number(request.body.size())}};
    return request;
}

SigningParams dynamoParams(const QString &token = {})
{
    SigningParams params;
    params.region = QStringLiteral("us-east-1");
    params.service = QStringLiteral("dynamodb");
    params.time = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC);
    params.credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    params.credentials.secretAccessKey = exampleSecret;
    params.credentials.sessionToken = token;
    return params;
}

QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// The SignedHeaders line of a canonical request (the one before the payload hash).
QByteArray signedHeadersLine(const QByteArray &canonicalRequest)
{
    const QList<QByteArray> lines = canonicalRequest.split('\n');
    return lines.size() >= 2 ? lines.at(lines.size() - 2) : QByteArray();
}

} // namespace

class tst_SigV4Signer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashesMatchPublishedVectors_data();
    void hashesMatchPublishedVectors();
    void signingKeyMatchesAwsExample();
    void signingKeyIsCachedAndReused();
    void signingKeyCacheHasOneEntryPerScope_data();
    void signingKeyCacheHasOneEntryPerScope();
    void signingKeyCacheIsBounded();
    void authorizationHeaderFormat();
    void sessionTokenIsSigned_data();
    void sessionTokenIsSigned();
    void presignedTokenPlacement_data();
    void presignedTokenPlacement();
    void signatureChangesWithInput_data();
    void signatureChangesWithInput();
    void signBodyAddsContentHash();
    void hostPortIsKept();
    void timeIsConvertedToUtc();
    void encodedPathIsEncodedAgain();
    void resigningIgnoresStaleSigningHeaders();
    void presignUsesExpiry();
    void concurrentSigningMatchesSingleThreaded();
};

void tst_SigV4Signer::hashesMatchPublishedVectors_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("hmac");
    QTest::addColumn<QByteArray>("expectedHex");

    // FIPS 180-2 and RFC 4231 test vectors.
    QTest::newRow("sha256 empty")
        << QByteArray() << QByteArray() << false
        << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("sha256 abc")
        << QByteArray() << QByteArray("abc") << false
        << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("hmac rfc4231 case 1")
        << QByteArray(20, '\x0b') << QByteArray("Hi There") << true
        << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("hmac rfc4231 case 2")
        << QByteArray("Jefe") << QByteArray("what do ya want for nothing?") << true
        << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("hmac empty key and data")
        << QByteArray() << QByteArray() << true
        << QByteArray("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
}

void tst_SigV4Signer::hashesMatchPublishedVectors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(bool, hmac);
    QFETCH(QByteArray, expectedHex);
    QCOMPARE(hmac ? hmacSha256(key, data).toHex() : sha256Hex(data), expectedHex);
}

void tst_SigV4Signer::signingKeyMatchesAwsExample()
{
    // The worked example of AWS's "derive a signing key" documentation.
    const SigV4Signer signer;
    QCOMPARE(signer
                 .signingKey(exampleSecret, "20120215", QStringLiteral("us-east-1"),
                             QStringLiteral("iam"))
                 .toHex(),
             QByteArray("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d"));
}

void tst_SigV4Signer::signingKeyIsCachedAndReused()
{
    const SigV4Signer signer;
    QCOMPARE(signer.cachedKeyCount(), 0);
    const QByteArray first = signer.signingKey(
        exampleSecret, "20240229", QStringLiteral("us-east-1"), QStringLiteral("dynamodb"));
    QCOMPARE(signer.cachedKeyCount(), 1);
    const QByteArray second = signer.signingKey(
        exampleSecret, "20240229", QStringLiteral("us-east-1"), QStringLiteral("dynamodb"));
    QCOMPARE(second, first);
    QCOMPARE(signer.cachedKeyCount(), 1);

    // Signing whole requests on the same day reuses the entry too.
    signer.signHeaders(dynamoRequest(), dynamoParams());
    signer.signHeaders(dynamoRequest(), dynamoParams());
    QCOMPARE(signer.cachedKeyCount(), 1);
}

void tst_SigV4Signer::signingKeyCacheHasOneEntryPerScope_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("service");

    QTest::newRow("date") << exampleSecret << QByteArray("20240301") << QStringLiteral("us-east-1")
                          << QStringLiteral("dynamodb");
    QTest::newRow("region") << exampleSecret << QByteArray("20240229")
                            << QStringLiteral("eu-west-1") << QStringLiteral("dynamodb");
    QTest::newRow("service") << exampleSecret << QByteArray("20240229")
                             << QStringLiteral("us-east-1") << QStringLiteral("sts");
    QTest::newRow("secret") << QStringLiteral("another/secret+KEY") << QByteArray("20240229")
                            << QStringLiteral("us-east-1") << QStringLiteral("dynamodb");
}

void tst_SigV4Signer::signingKeyCacheHasOneEntryPerScope()
{
    QFETCH(QString, secret);
    QFETCH(QByteArray, date);
    QFETCH(QString, region);
    QFETCH(QString, service);

    const SigV4Signer signer;
    const QByteArray base = signer.signingKey(
        exampleSecret, "20240229", QStringLiteral("us-east-1"), QStringLiteral("dynamodb"));
    const QByteArray other = signer.signingKey(secret, date, region, service);
    QVERIFY(other != base);
    QCOMPARE(signer.cachedKeyCount(), 2);
    // A fresh signer derives the same key: the cache never hands out another scope's key.
    QCOMPARE(SigV4Signer().signingKey(secret, date, region, service), other);
    QCOMPARE(signer.signingKey(exampleSecret, "20240229", QStringLiteral("us-east-1"),
                               QStringLiteral("dynamodb")),
             base);
    QCOMPARE(signer.cachedKeyCount(), 2);
}

void tst_SigV4Signer::signingKeyCacheIsBounded()
{
    const SigV4Signer signer;
    const QDate start(2024, 1, 1);
    QList<QByteArray> keys;
    for (int day = 0; day < 3 * SigV4Signer::maxCachedKeys; ++day) {
        const QByteArray date = start.addDays(day).toString(u"yyyyMMdd").toLatin1();
        keys.append(signer.signingKey(exampleSecret, date, QStringLiteral("us-east-1"),
                                      QStringLiteral("dynamodb")));
        QVERIFY(signer.cachedKeyCount() <= SigV4Signer::maxCachedKeys);
    }
    QCOMPARE(signer.cachedKeyCount(), SigV4Signer::maxCachedKeys);

    // An evicted key is derived again, unchanged.
    QCOMPARE(signer.signingKey(exampleSecret, start.toString(u"yyyyMMdd").toLatin1(),
                               QStringLiteral("us-east-1"), QStringLiteral("dynamodb")),
             keys.first());
    QCOMPARE(signer.cachedKeyCount(), SigV4Signer::maxCachedKeys);
}

void tst_SigV4Signer::authorizationHeaderFormat()
{
    const SigV4Signer signer;
    const SigningResult result = signer.signHeaders(dynamoRequest(), dynamoParams());

    QCOMPARE(result.addedHeaders.size(), 2);
    QCOMPARE(result.addedHeaders.at(0).first, QByteArray("X-Amz-Date"));
    QCOMPARE(result.addedHeaders.at(0).second, QByteArray("20240229T235959Z"));
    QCOMPARE(result.addedHeaders.at(1).first, QByteArray("Authorization"));

    static const QRegularExpression format(QStringLiteral(
        "^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240229/us-east-1/dynamodb/aws4_request, "
        "SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$"));
    const QString authorization = QString::fromLatin1(result.addedHeaders.at(1).second);
    const QRegularExpressionMatch match = format.match(authorization);
    QVERIFY2(match.hasMatch(), qPrintable(authorization));
    QCOMPARE(match.captured(1), QStringLiteral("content-length;content-type;host;x-amz-date;"
                                               "x-amz-target"));
    QCOMPARE(match.captured(1).toLatin1(), signedHeadersLine(result.canonicalRequest));
    QCOMPARE(match.captured(2).toLatin1(), result.signature);
}

void tst_SigV4Signer::sessionTokenIsSigned_data()
{
    QTest::addColumn<bool>("omit");
    QTest::addColumn<QByteArray>("expectedSignedHeaders");

    QTest::newRow("signed")
        << false
        << QByteArray("content-length;content-type;host;x-amz-date;x-amz-security-token;"
                      "x-amz-target");
    QTest::newRow("omitted") << true
                             << QByteArray("content-length;content-type;host;x-amz-date;"
                                           "x-amz-target");
}

void tst_SigV4Signer::sessionTokenIsSigned()
{
    QFETCH(bool, omit);
    QFETCH(QByteArray, expectedSignedHeaders);

    SigningParams params = dynamoParams(exampleToken);
    params.omitSessionToken = omit;
    const SigningResult result = SigV4Signer().signHeaders(dynamoRequest(), params);

    // The token is sent either way; only its place in the signature differs.
    QCOMPARE(headerValue(result.addedHeaders, "X-Amz-Security-Token"), exampleToken.toUtf8());
    QCOMPARE(signedHeadersLine(result.canonicalRequest), expectedSignedHeaders);
    QVERIFY(headerValue(result.addedHeaders, "Authorization")
                .contains("SignedHeaders=" + expectedSignedHeaders + ','));
    QCOMPARE(
        result.canonicalRequest.contains("\nx-amz-security-token:" + exampleToken.toUtf8() + '\n'),
        !omit);
}

void tst_SigV4Signer::presignedTokenPlacement_data()
{
    QTest::addColumn<bool>("omit");
    QTest::newRow("signed") << false;
    QTest::newRow("omitted") << true;
}

void tst_SigV4Signer::presignedTokenPlacement()
{
    QFETCH(bool, omit);

    SigningParams params = dynamoParams(exampleToken);
    params.omitSessionToken = omit;
    const SigningResult result = SigV4Signer().presign(dynamoRequest(), params);

    const QByteArray encodedToken = "X-Amz-Security-Token=" + QUrl::toPercentEncoding(exampleToken);
    const QByteArray canonicalQuery = result.canonicalRequest.split('\n').at(2);
    QCOMPARE(canonicalQuery.contains(encodedToken), !omit);
    QVERIFY(result.signedQuery.contains(encodedToken));
    const qsizetype signatureAt = result.signedQuery.indexOf("X-Amz-Signature=" + result.signature);
    QVERIFY(signatureAt > 0);
    // An unsigned token can only follow the signature.
    QCOMPARE(result.signedQuery.indexOf(encodedToken) > signatureAt, omit);
}

void tst_SigV4Signer::signatureChangesWithInput_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("secret") << QStringLiteral("secret");
    QTest::newRow("body") << QStringLiteral("body");
    QTest::newRow("header value") << QStringLiteral("header");
    QTest::newRow("time") << QStringLiteral("time");
    QTest::newRow("region") << QStringLiteral("region");
    QTest::newRow("path") << QStringLiteral("path");
    QTest::newRow("query") << QStringLiteral("query");
}

void tst_SigV4Signer::signatureChangesWithInput()
{
    QFETCH(QString, change);

    HttpRequestParts request = dynamoRequest();
    SigningParams params = dynamoParams();
    const SigV4Signer signer;
    const SigningResult base = signer.signHeaders(request, params);
    const SigningResult basePresigned = signer.presign(request, params);

    if (change == u"secret")
        params.credentials.secretAccessKey =
            QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEZ");
    else if (change == u"body")
        request.body = R"({"TableName":"Musik"})";
    else if (change == u"header")
        request.headers[2].second = "DynamoDB_20120810.DeleteTable";
    else if (change == u"time")
        params.time = params.time.addSecs(1);
    else if (change == u"region")
        params.region = QStringLiteral("us-east-2");
    else if (change == u"path")
        request.path = "/other";
    else if (change == u"query")
        request.query = "a=1";

    QVERIFY(signer.signHeaders(request, params).signature != base.signature);
    QVERIFY(signer.presign(request, params).signature != basePresigned.signature);
}

void tst_SigV4Signer::signBodyAddsContentHash()
{
    SigningParams params = dynamoParams();
    params.signBody = true;
    const HttpRequestParts request = dynamoRequest();
    const SigningResult result = SigV4Signer().signHeaders(request, params);

    QCOMPARE(headerValue(result.addedHeaders, "X-Amz-Content-Sha256"), sha256Hex(request.body));
    QVERIFY(signedHeadersLine(result.canonicalRequest).contains(";x-amz-content-sha256;"));
    QVERIFY(result.canonicalRequest.endsWith('\n' + sha256Hex(request.body)));
    // Without signBody the hash is still the last line, but no header is added.
    const SigningResult unsignedBody = SigV4Signer().signHeaders(request, dynamoParams());
    QVERIFY(headerValue(unsignedBody.addedHeaders, "X-Amz-Content-Sha256").isEmpty());
    QVERIFY(unsignedBody.canonicalRequest.endsWith('\n' + sha256Hex(request.body)));
}

void tst_SigV4Signer::hostPortIsKept()
{
    const SigningResult result =
        SigV4Signer().signHeaders(dynamoRequest("localhost:8000"), dynamoParams());
    QVERIFY2(result.canonicalRequest.contains("\nhost:localhost:8000\n"),
             result.canonicalRequest.constData());
}

void tst_SigV4Signer::timeIsConvertedToUtc()
{
    SigningParams local = dynamoParams();
    // 01:30 on 1 March in UTC+2 is still 29 February in UTC: the scope date follows UTC.
    local.time = QDateTime(QDate(2024, 3, 1), QTime(1, 30), QTimeZone(2 * 3600));
    const SigningResult result = SigV4Signer().signHeaders(dynamoRequest(), local);
    QCOMPARE(headerValue(result.addedHeaders, "X-Amz-Date"), QByteArray("20240229T233000Z"));
    QVERIFY(result.stringToSign.contains("\n20240229/us-east-1/dynamodb/aws4_request\n"));

    SigningParams utc = dynamoParams();
    utc.time = local.time.toUTC();
    QCOMPARE(SigV4Signer().signHeaders(dynamoRequest(), utc).signature, result.signature);
}

void tst_SigV4Signer::encodedPathIsEncodedAgain()
{
    // The aws-sdk-js v2 example for non-S3 services: a '%' on the wire is encoded again.
    HttpRequestParts request = dynamoRequest();
    request.path = "/identitypools/id/identities/a%3Ab%3Ac/datasets";
    const SigningResult result = SigV4Signer().signHeaders(request, dynamoParams());
    QCOMPARE(result.canonicalRequest.split('\n').at(1),
             QByteArray("/identitypools/id/identities/a%253Ab%253Ac/datasets"));
}

void tst_SigV4Signer::resigningIgnoresStaleSigningHeaders()
{
    // A retried request may still carry the headers of its previous signing.
    const SigV4Signer signer;
    const SigningParams params = dynamoParams(exampleToken);
    const HttpRequestParts clean = dynamoRequest();
    const SigningResult first = signer.signHeaders(clean, params);

    HttpRequestParts stale = clean;
    stale.headers += first.addedHeaders;
    stale.headers.emplaceBack("x-amz-date", "20200101T000000Z");
    const SigningResult second = signer.signHeaders(stale, params);
    QCOMPARE(second.canonicalRequest, first.canonicalRequest);
    QCOMPARE(second.signature, first.signature);
}

void tst_SigV4Signer::presignUsesExpiry()
{
    SigningParams params = dynamoParams();
    params.expiresSeconds = 900;
    const SigningResult result = SigV4Signer().presign(dynamoRequest(), params);
    QVERIFY(result.signedQuery.split('&').contains("X-Amz-Expires=900"));
    QVERIFY(result.signedQuery.contains(
        "X-Amz-Credential=AKIDEXAMPLE%2F20240229%2Fus-east-1%2Fdynamodb%2Faws4_request"));
}

void tst_SigV4Signer::concurrentSigningMatchesSingleThreaded()
{
    constexpr int threadCount = 4;
    constexpr int requestsPerThread = 200;
    const QStringList regions = {QStringLiteral("us-east-1"), QStringLiteral("eu-west-1"),
                                 QStringLiteral("ap-southeast-2")};

    // Enough distinct dates and regions that threads also evict keys from the shared cache.
    const auto paramsFor = [&regions](int i) {
        SigningParams params = dynamoParams(i % 2 ? exampleToken : QString());
        params.region = regions.at(i % regions.size());
        params.time = params.time.addDays(i % (2 * SigV4Signer::maxCachedKeys));
        return params;
    };
    const auto requestFor = [](int i) {
        HttpRequestParts request = dynamoRequest();
        request.body = R"({"TableName":"T)" + QByteArray::number(i) + R"("})";
        return request;
    };

    std::vector<QByteArray> expected;
    {
        const SigV4Signer reference;
        for (int i = 0; i < requestsPerThread; ++i)
            expected.push_back(reference.signHeaders(requestFor(i), paramsFor(i)).signature);
    }

    const SigV4Signer shared;
    std::array<std::vector<QByteArray>, threadCount> actual;
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([&, t] {
            // Each thread walks the requests from a different start to mix cache access.
            for (int n = 0; n < requestsPerThread; ++n) {
                const int i = (n + t * 37) % requestsPerThread;
                actual[size_t(t)].push_back(
                    shared.signHeaders(requestFor(i), paramsFor(i)).signature);
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();

    for (int t = 0; t < threadCount; ++t) {
        QCOMPARE(int(actual[size_t(t)].size()), requestsPerThread);
        for (int n = 0; n < requestsPerThread; ++n) {
            const int i = (n + t * 37) % requestsPerThread;
            QCOMPARE(actual[size_t(t)][size_t(n)], expected[size_t(i)]);
        }
    }
    QVERIFY(shared.cachedKeyCount() <= SigV4Signer::maxCachedKeys);
}

QTEST_GUILESS_MAIN(tst_SigV4Signer)
#include "tst_sigv4signer.moc"
