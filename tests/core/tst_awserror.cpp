#include "aws/awserror.h"

#include <QtTest>

using namespace dyna::aws;

namespace {

const QByteArray kDdbPrefix = "com.amazonaws.dynamodb.v20120810#";

QByteArray ddbBody(const QByteArray &code, const QByteArray &messageKey, const QByteArray &message)
{
    return "{\"__type\":\"" + kDdbPrefix + code + "\",\"" + messageKey + "\":\"" + message + "\"}";
}

QByteArray stsBody(const QByteArray &type, const QByteArray &code, const QByteArray &message,
                   const QByteArray &requestId)
{
    return "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
           "  <Error>\n    <Type>" +
           type + "</Type>\n    <Code>" + code + "</Code>\n    <Message>" + message +
           "</Message>\n  </Error>\n  <RequestId>" + requestId + "</RequestId>\n</ErrorResponse>\n";
}

} // namespace

class TestAwsError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromResponse_data();
    void fromResponse();
    void headerCodeTakesPrecedenceOverBody();
    void requestIdHeaderWinsOverXmlRequestId();
    void unparsableSuccessIsRetryable();
    void transactionReasonsFromBody();
    void transactionReasonsFromMessageOnly_data();
    void transactionReasonsFromMessageOnly();
    void conditionalCheckKeepsOldItem();
    void networkErrors_data();
    void networkErrors();
    void timedOutIsRetryableTimeout();
    void unsupportedNamesTheOperation_data();
    void unsupportedNamesTheOperation();
    void expiredCredentialsAreClearlyWorded_data();
    void expiredCredentialsAreClearlyWorded();
    void accessDeniedNamesOperationAndPolicyMessage();
    void detailsLine();
    void checksumMismatch();
    void invalidRequestIsNeverRetried();
    void cancelled();
    void kindNames();
};

void TestAwsError::fromResponse_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("requestIdHeader");
    QTest::addColumn<QByteArray>("errorTypeHeader");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<bool>("retryable");

    // DynamoDB, as in the developer guide's "Error handling" example (lower-case "message").
    QTest::newRow("dynamodb resource not found")
        << 400
        << ddbBody("ResourceNotFoundException", "message",
                   "Requested resource not found: Table: tablename not found")
        << QByteArray("LDM6CJP8RMQ1FHKSC1RBVJFPNVV4KQNSO5AEMF66Q9ASUAAJG") << QByteArray()
        << ErrorKind::NotFound << "ResourceNotFoundException"
        << "Requested resource not found: Table: tablename not found"
        << "LDM6CJP8RMQ1FHKSC1RBVJFPNVV4KQNSO5AEMF66Q9ASUAAJG" << false;
    // DynamoDB Local 1.25.1 writes "Message".
    QTest::newRow("dynamodb local resource not found")
        << 400
        << ddbBody("ResourceNotFoundException", "Message",
                   "Cannot do operations on a non-existent table")
        << QByteArray("03d92381-ea2b-4ea1-a741-be59808ae543") << QByteArray() << ErrorKind::NotFound
        << "ResourceNotFoundException"
        << "Cannot do operations on a non-existent table"
        << "03d92381-ea2b-4ea1-a741-be59808ae543" << false;
    QTest::newRow("dynamodb local coral validation")
        << 400
        << QByteArray("{\"__type\":\"com.amazon.coral.validate#ValidationException\","
                      "\"Message\":\"TimeToLive is already enabled\"}")
        << QByteArray("r1") << QByteArray() << ErrorKind::Validation << "ValidationException"
        << "TimeToLive is already enabled"
        << "r1" << false;
    QTest::newRow("dynamodb local unknown operation")
        << 400
        << ddbBody("UnknownOperationException", "Message", "An unknown operation was requested.")
        << QByteArray("r2") << QByteArray() << ErrorKind::Unsupported << "UnknownOperationException"
        << "An unknown operation was requested."
        << "r2" << false;
    QTest::newRow("dynamodb local missing authentication token")
        << 400
        << ddbBody("MissingAuthenticationToken", "Message",
                   "Request must contain either a valid (registered) AWS access key ID or X.509 "
                   "certificate.")
        << QByteArray("r3") << QByteArray() << ErrorKind::Auth << "MissingAuthenticationToken"
        << "Request must contain either a valid (registered) AWS access key ID or X.509 "
           "certificate."
        << "r3" << false;
    QTest::newRow("dynamodb local duplicate item (PartiQL)")
        << 400 << ddbBody("DuplicateItem", "Message", "Duplicate primary key exists in table")
        << QByteArray("r4") << QByteArray() << ErrorKind::Conflict << "DuplicateItem"
        << "Duplicate primary key exists in table"
        << "r4" << false;
    QTest::newRow("dynamodb local resource in use")
        << 400 << ddbBody("ResourceInUseException", "Message", "Cannot create preexisting table")
        << QByteArray("r5") << QByteArray() << ErrorKind::Conflict << "ResourceInUseException"
        << "Cannot create preexisting table"
        << "r5" << false;
    QTest::newRow("dynamodb local internal failure")
        << 500
        << ddbBody("InternalFailure", "Message",
                   "The request processing has failed because of an unknown error, exception or "
                   "failure.")
        << QByteArray("r6") << QByteArray() << ErrorKind::Transient << "InternalFailure"
        << "The request processing has failed because of an unknown error, exception or failure."
        << "r6" << true;
    QTest::newRow("provisioned throughput exceeded")
        << 400
        << ddbBody("ProvisionedThroughputExceededException", "message",
                   "The level of configured provisioned throughput for the table was exceeded.")
        << QByteArray("r7") << QByteArray() << ErrorKind::Throttling
        << "ProvisionedThroughputExceededException"
        << "The level of configured provisioned throughput for the table was exceeded."
        << "r7" << true;
    QTest::newRow("control plane throttling")
        << 400
        << ddbBody("ThrottlingException", "message",
                   "Rate of requests exceeds the allowed throughput.")
        << QByteArray("r8") << QByteArray() << ErrorKind::Throttling << "ThrottlingException"
        << "Rate of requests exceeds the allowed throughput."
        << "r8" << true;
    QTest::newRow("account request limit")
        << 400
        << ddbBody("RequestLimitExceeded", "message",
                   "Throughput exceeds the current throughput limit for your account.")
        << QByteArray("r9") << QByteArray() << ErrorKind::Throttling << "RequestLimitExceeded"
        << "Throughput exceeds the current throughput limit for your account."
        << "r9" << true;
    QTest::newRow("too many control plane operations")
        << 400
        << ddbBody("LimitExceededException", "message",
                   "Subscriber limit exceeded: Only 10 tables can be created, updated, or deleted "
                   "simultaneously")
        << QByteArray("r10") << QByteArray() << ErrorKind::Limit << "LimitExceededException"
        << "Subscriber limit exceeded: Only 10 tables can be created, updated, or deleted "
           "simultaneously"
        << "r10" << true;
    QTest::newRow("item collection over 10 GB")
        << 400
        << ddbBody("ItemCollectionSizeLimitExceededException", "message",
                   "Collection size exceeded.")
        << QByteArray("r11") << QByteArray() << ErrorKind::Limit
        << "ItemCollectionSizeLimitExceededException"
        << "Collection size exceeded."
        << "r11" << false;
    QTest::newRow("expired token (coral prefix)")
        << 400
        << QByteArray("{\"__type\":\"com.amazon.coral.service#ExpiredTokenException\","
                      "\"message\":\"The security token included in the request is expired\"}")
        << QByteArray("r12") << QByteArray() << ErrorKind::Auth << "ExpiredTokenException"
        << "The security token included in the request is expired"
        << "r12" << false;
    QTest::newRow("unrecognized client")
        << 400
        << QByteArray("{\"__type\":\"com.amazon.coral.service#UnrecognizedClientException\","
                      "\"message\":\"The security token included in the request is invalid.\"}")
        << QByteArray("r13") << QByteArray() << ErrorKind::Auth << "UnrecognizedClientException"
        << "The security token included in the request is invalid."
        << "r13" << false;
    QTest::newRow("invalid signature")
        << 400
        << QByteArray("{\"__type\":\"com.amazon.coral.service#InvalidSignatureException\","
                      "\"message\":\"The request signature we calculated does not match the "
                      "signature you provided.\"}")
        << QByteArray("r14") << QByteArray() << ErrorKind::Auth << "InvalidSignatureException"
        << "The request signature we calculated does not match the signature you provided."
        << "r14" << false;
    QTest::newRow("transaction conflict")
        << 400
        << ddbBody("TransactionConflictException", "message", "Transaction is ongoing for the item")
        << QByteArray("r15") << QByteArray() << ErrorKind::Conflict
        << "TransactionConflictException"
        << "Transaction is ongoing for the item"
        << "r15" << true;
    QTest::newRow("backup not found")
        << 400 << ddbBody("BackupNotFoundException", "message", "Backup not found")
        << QByteArray("r16") << QByteArray() << ErrorKind::NotFound << "BackupNotFoundException"
        << "Backup not found"
        << "r16" << false;
    QTest::newRow("internal server error")
        << 500 << ddbBody("InternalServerError", "message", "Internal server error")
        << QByteArray("r17") << QByteArray() << ErrorKind::Transient << "InternalServerError"
        << "Internal server error"
        << "r17" << true;
    QTest::newRow("streams expired iterator")
        << 400
        << QByteArray("{\"__type\":\"com.amazonaws.dynamodb.v20120810#ExpiredIteratorException\","
                      "\"message\":\"Iterator expired\"}")
        << QByteArray("r18") << QByteArray() << ErrorKind::NotFound << "ExpiredIteratorException"
        << "Iterator expired"
        << "r18" << false;
    QTest::newRow("unknown code keeps its code, classified by status")
        << 400 << ddbBody("BrandNewException", "message", "Something new") << QByteArray("r19")
        << QByteArray() << ErrorKind::Validation << "BrandNewException"
        << "Something new"
        << "r19" << false;

    // x-amzn-ErrorType header only.
    QTest::newRow("error type header only")
        << 400 << QByteArray() << QByteArray("r20")
        << QByteArray("ConditionalCheckFailedException:http://internal.amazon.com/coral/"
                      "com.amazonaws.dynamodb.v20120810/")
        << ErrorKind::Conflict << "ConditionalCheckFailedException" << QString() << "r20" << false;

    // Bodies without a code: classified by HTTP status.
    QTest::newRow("503 empty body")
        << 503 << QByteArray() << QByteArray() << QByteArray() << ErrorKind::Transient << QString()
        << QString() << QString() << true;
    QTest::newRow("502 html page")
        << 502
        << QByteArray("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                      "<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n")
        << QByteArray() << QByteArray() << ErrorKind::Transient << QString() << "502 Bad Gateway"
        << QString() << true;
    QTest::newRow("403 empty body") << 403 << QByteArray() << QByteArray("r21") << QByteArray()
                                    << ErrorKind::Auth << QString() << QString() << "r21" << false;
    QTest::newRow("413 plain text")
        << 413 << QByteArray("Request Entity Too Large") << QByteArray() << QByteArray()
        << ErrorKind::Limit << QString() << "Request Entity Too Large" << QString() << false;
    QTest::newRow("429 empty body")
        << 429 << QByteArray() << QByteArray() << QByteArray() << ErrorKind::Throttling << QString()
        << QString() << QString() << true;

    // STS (query protocol, XML); the request id is in the body.
    QTest::newRow("sts expired token")
        << 400
        << stsBody("Sender", "ExpiredToken",
                   "The security token included in the request is expired",
                   "4b4ef8e2-3b50-4c3f-9a22-4b1f8b1f0a11")
        << QByteArray() << QByteArray() << ErrorKind::Auth << "ExpiredToken"
        << "The security token included in the request is expired"
        << "4b4ef8e2-3b50-4c3f-9a22-4b1f8b1f0a11" << false;
    QTest::newRow("sts access denied")
        << 403
        << stsBody("Sender", "AccessDenied",
                   "User: arn:aws:iam::123456789012:user/dba is not authorized to perform: "
                   "sts:AssumeRole on resource: arn:aws:iam::123456789012:role/demo",
                   "c6104cbe-af31-11e0-8154-cbc7ccf896c7")
        << QByteArray() << QByteArray() << ErrorKind::Auth << "AccessDenied"
        << "User: arn:aws:iam::123456789012:user/dba is not authorized to perform: "
           "sts:AssumeRole on resource: arn:aws:iam::123456789012:role/demo"
        << "c6104cbe-af31-11e0-8154-cbc7ccf896c7" << false;
    QTest::newRow("sts invalid client token id")
        << 403
        << stsBody("Sender", "InvalidClientTokenId",
                   "The security token included in the request is invalid.", "a1")
        << QByteArray() << QByteArray() << ErrorKind::Auth << "InvalidClientTokenId"
        << "The security token included in the request is invalid."
        << "a1" << false;
    QTest::newRow("sts signature does not match")
        << 403
        << stsBody("Sender", "SignatureDoesNotMatch",
                   "The request signature we calculated does not match the signature you "
                   "provided.",
                   "a2")
        << QByteArray() << QByteArray() << ErrorKind::Auth << "SignatureDoesNotMatch"
        << "The request signature we calculated does not match the signature you provided."
        << "a2" << false;
    QTest::newRow("sts throttling")
        << 400 << stsBody("Sender", "Throttling", "Rate exceeded", "a3") << QByteArray()
        << QByteArray() << ErrorKind::Throttling << "Throttling"
        << "Rate exceeded"
        << "a3" << true;
    QTest::newRow("sts malformed policy document")
        << 400 << stsBody("Sender", "MalformedPolicyDocument", "Syntax errors in policy.", "a4")
        << QByteArray() << QByteArray() << ErrorKind::Validation << "MalformedPolicyDocument"
        << "Syntax errors in policy."
        << "a4" << false;
    QTest::newRow("sts region disabled")
        << 403
        << stsBody("Sender", "RegionDisabledException",
                   "STS is not activated in this region for account:123456789012.", "a5")
        << QByteArray() << QByteArray() << ErrorKind::Auth << "RegionDisabledException"
        << "STS is not activated in this region for account:123456789012."
        << "a5" << false;
    QTest::newRow("sts internal failure")
        << 500 << stsBody("Receiver", "InternalFailure", "Internal failure", "a6") << QByteArray()
        << QByteArray() << ErrorKind::Transient << "InternalFailure"
        << "Internal failure"
        << "a6" << true;
}

void TestAwsError::fromResponse()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, requestIdHeader);
    QFETCH(QByteArray, errorTypeHeader);

    const AwsError error = AwsError::fromResponse(QStringLiteral("DescribeTable"), status, body,
                                                  requestIdHeader, errorTypeHeader);
    QTEST(error.kind, "kind");
    QTEST(error.code, "code");
    QTEST(error.message, "message");
    QTEST(error.requestId, "requestId");
    QTEST(error.retryable, "retryable");
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.operation, QStringLiteral("DescribeTable"));
    QVERIFY(error.isError());
    QVERIFY(!error.userMessage().isEmpty());
}

void TestAwsError::headerCodeTakesPrecedenceOverBody()
{
    const AwsError error =
        AwsError::fromResponse(QStringLiteral("PutItem"), 400,
                               QByteArray("{\"message\":\"The conditional request failed\"}"), "id",
                               "ConditionalCheckFailedException:http://internal.amazon.com/coral/");
    QCOMPARE(error.code, QStringLiteral("ConditionalCheckFailedException"));
    QCOMPARE(error.message, QStringLiteral("The conditional request failed"));
    QCOMPARE(error.kind, ErrorKind::Conflict);
}

void TestAwsError::requestIdHeaderWinsOverXmlRequestId()
{
    const AwsError error =
        AwsError::fromResponse(QStringLiteral("AssumeRole"), 400,
                               stsBody("Sender", "ValidationError", "bad", "body-id"), "header-id");
    QCOMPARE(error.requestId, QStringLiteral("header-id"));
    QCOMPARE(error.kind, ErrorKind::Validation);
}

void TestAwsError::unparsableSuccessIsRetryable()
{
    const AwsError error = AwsError::fromResponse(QStringLiteral("Scan"), 200,
                                                  QByteArray("{\"Items\":[{\"pk\":{\"S\":"), "id");
    QCOMPARE(error.kind, ErrorKind::Transient);
    QVERIFY(error.retryable);
    QCOMPARE(error.requestId, QStringLiteral("id"));
}

void TestAwsError::transactionReasonsFromBody()
{
    // What DynamoDB Local 1.25.1 answers to a TransactWriteItems whose ConditionCheck fails with
    // ReturnValuesOnConditionCheckFailure=ALL_OLD.
    const QByteArray body =
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
        "\"CancellationReasons\":[{\"Item\":{\"v\":{\"N\":\"1\"},\"pk\":{\"S\":\"a\"}},"
        "\"Code\":\"ConditionalCheckFailed\",\"Message\":\"The conditional request failed.\"},"
        "{\"Code\":\"None\"}],"
        "\"Message\":\"Transaction cancelled, please refer cancellation reasons for specific "
        "reasons [ConditionalCheckFailed, None]\"}";
    const AwsError error =
        AwsError::fromResponse(QStringLiteral("TransactWriteItems"), 400, body, "id");
    QCOMPARE(error.kind, ErrorKind::Conflict);
    QCOMPARE(error.code, QStringLiteral("TransactionCanceledException"));
    QVERIFY(!error.retryable);
    QCOMPARE(error.cancellationReasons.size(), 2);
    QCOMPARE(error.cancellationReasons.at(0).code, QStringLiteral("ConditionalCheckFailed"));
    QCOMPARE(error.cancellationReasons.at(0).message,
             QStringLiteral("The conditional request failed."));
    QCOMPARE(error.cancellationReasons.at(0)
                 .item.value(QStringLiteral("pk"))
                 .toObject()
                 .value(QStringLiteral("S"))
                 .toString(),
             QStringLiteral("a"));
    QCOMPARE(error.cancellationReasons.at(0)
                 .item.value(QStringLiteral("v"))
                 .toObject()
                 .value(QStringLiteral("N"))
                 .toString(),
             QStringLiteral("1"));
    QCOMPARE(error.cancellationReasons.at(1).code, QStringLiteral("None"));
    QVERIFY(error.cancellationReasons.at(1).item.isEmpty());

    const QString text = error.userMessage();
    QVERIFY2(text.contains(QLatin1String("nothing was written")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("item 1")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("item 2")), qPrintable(text));
}

void TestAwsError::transactionReasonsFromMessageOnly_data()
{
    QTest::addColumn<QByteArray>("messageKey");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("codes");

    QTest::newRow("two items")
        << QByteArray("Message")
        << "Transaction cancelled, please refer cancellation reasons for specific reasons "
           "[ConditionalCheckFailed, None]"
        << QStringList{"ConditionalCheckFailed", "None"};
    QTest::newRow("conflict in the middle, lower-case key")
        << QByteArray("message")
        << "Transaction cancelled, please refer cancellation reasons for specific reasons "
           "[None, TransactionConflict, None]"
        << QStringList{"None", "TransactionConflict", "None"};
    QTest::newRow("PartiQL statement")
        << QByteArray("Message")
        << "Transaction cancelled, please refer cancellation reasons for specific reasons "
           "[ValidationError]"
        << QStringList{"ValidationError"};
    QTest::newRow("no list in the message")
        << QByteArray("Message") << "Transaction cancelled" << QStringList();
}

void TestAwsError::transactionReasonsFromMessageOnly()
{
    QFETCH(QByteArray, messageKey);
    QFETCH(QString, message);
    QFETCH(QStringList, codes);

    const AwsError error = AwsError::fromResponse(
        QStringLiteral("TransactWriteItems"), 400,
        ddbBody("TransactionCanceledException", messageKey, message.toUtf8()), "id");
    QCOMPARE(error.message, message);
    QStringList parsed;
    for (const CancellationReason &reason : error.cancellationReasons)
        parsed.append(reason.code);
    QCOMPARE(parsed, codes);
}

void TestAwsError::conditionalCheckKeepsOldItem()
{
    const QByteArray body =
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
        "\"Message\":\"The conditional request failed\",\"Item\":{\"v\":{\"N\":\"1\"},"
        "\"pk\":{\"S\":\"a\"}}}";
    const AwsError error = AwsError::fromResponse(QStringLiteral("PutItem"), 400, body, "id");
    QCOMPARE(error.kind, ErrorKind::Conflict);
    QCOMPARE(
        error.item.value(QStringLiteral("pk")).toObject().value(QStringLiteral("S")).toString(),
        QStringLiteral("a"));
    QVERIFY(error.userMessage().contains(QLatin1String("condition")));
}

void TestAwsError::networkErrors_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("qtError");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<bool>("timeout");

    QTest::newRow("connection refused")
        << QNetworkReply::ConnectionRefusedError << ErrorKind::Network << true << false;
    QTest::newRow("host not found")
        << QNetworkReply::HostNotFoundError << ErrorKind::Network << true << false;
    QTest::newRow("timeout") << QNetworkReply::TimeoutError << ErrorKind::Network << true << true;
    QTest::newRow("remote closed")
        << QNetworkReply::RemoteHostClosedError << ErrorKind::Network << true << false;
    QTest::newRow("temporary failure")
        << QNetworkReply::TemporaryNetworkFailureError << ErrorKind::Network << true << false;
    QTest::newRow("proxy timeout")
        << QNetworkReply::ProxyTimeoutError << ErrorKind::Network << true << true;
    QTest::newRow("cancelled by the user")
        << QNetworkReply::OperationCanceledError << ErrorKind::Cancelled << false << false;
    QTest::newRow("tls handshake")
        << QNetworkReply::SslHandshakeFailedError << ErrorKind::Network << false << false;
    QTest::newRow("proxy authentication")
        << QNetworkReply::ProxyAuthenticationRequiredError << ErrorKind::Network << false << false;
    QTest::newRow("service unavailable")
        << QNetworkReply::ServiceUnavailableError << ErrorKind::Transient << true << false;
}

void TestAwsError::networkErrors()
{
    QFETCH(QNetworkReply::NetworkError, qtError);
    QFETCH(ErrorKind, kind);
    QFETCH(bool, retryable);
    QFETCH(bool, timeout);

    const AwsError error =
        AwsError::fromNetworkError(QStringLiteral("ListTables"), qtError, QStringLiteral("text"));
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.retryable, retryable);
    QCOMPARE(error.isTimeout(), timeout);
    QCOMPARE(error.message, QStringLiteral("text"));
    QCOMPARE(error.httpStatus, 0);
    QVERIFY(!error.code.isEmpty());
    QVERIFY(!error.userMessage().isEmpty());
}

void TestAwsError::timedOutIsRetryableTimeout()
{
    const AwsError error = AwsError::timedOut(QStringLiteral("Scan"), 30000);
    QCOMPARE(error.kind, ErrorKind::Network);
    QVERIFY(error.retryable);
    QVERIFY(error.isTimeout());
    QVERIFY(error.userMessage().contains(QLatin1String("Scan")));
    QVERIFY(error.details().contains(QLatin1String("30000")));
}

void TestAwsError::unsupportedNamesTheOperation_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QByteArray>("message");

    QTest::newRow("CreateBackup") << "CreateBackup"
                                  << QByteArray("An unknown operation was requested.");
    QTest::newRow("TagResource") << "TagResource"
                                 << QByteArray("Tagging is not currently supported in DynamoDB "
                                               "Local.");
    QTest::newRow("DescribeContinuousBackups")
        << "DescribeContinuousBackups" << QByteArray("An unknown operation was requested.");
}

void TestAwsError::unsupportedNamesTheOperation()
{
    QFETCH(QString, operation);
    QFETCH(QByteArray, message);

    const AwsError error = AwsError::fromResponse(
        operation, 400, ddbBody("UnknownOperationException", "Message", message), "id");
    QCOMPARE(error.kind, ErrorKind::Unsupported);
    QVERIFY(!error.retryable);
    const QString text = error.userMessage();
    QVERIFY2(text.startsWith(QStringLiteral("This endpoint does not support %1.").arg(operation)),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("DynamoDB Local")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("backups")), qPrintable(text));
}

void TestAwsError::expiredCredentialsAreClearlyWorded_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("dynamodb") << QByteArray(
        "{\"__type\":\"com.amazon.coral.service#ExpiredTokenException\","
        "\"message\":\"The security token included in the request is expired\"}");
    QTest::newRow("sts") << stsBody("Sender", "ExpiredToken",
                                    "The security token included in the request is expired", "x");
}

void TestAwsError::expiredCredentialsAreClearlyWorded()
{
    QFETCH(QByteArray, body);
    const AwsError error = AwsError::fromResponse(QStringLiteral("ListTables"), 400, body, {});
    QCOMPARE(error.kind, ErrorKind::Auth);
    const QString text = error.userMessage();
    QVERIFY2(text.startsWith(QLatin1String("The credentials have expired")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Refresh")), qPrintable(text));
}

void TestAwsError::accessDeniedNamesOperationAndPolicyMessage()
{
    const QByteArray body =
        "{\"__type\":\"com.amazon.coral.service#AccessDeniedException\",\"Message\":\"User: "
        "arn:aws:iam::123456789012:user/dba is not authorized to perform: dynamodb:CreateBackup "
        "on resource: arn:aws:dynamodb:us-east-1:123456789012:table/Orders\"}";
    const AwsError error = AwsError::fromResponse(QStringLiteral("CreateBackup"), 400, body, "id");
    QCOMPARE(error.kind, ErrorKind::Auth);
    const QString text = error.userMessage();
    QVERIFY2(text.contains(QLatin1String("not allowed to run CreateBackup")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("dynamodb:CreateBackup")), qPrintable(text));
}

void TestAwsError::detailsLine()
{
    const AwsError error = AwsError::fromResponse(
        QStringLiteral("DescribeTable"), 400,
        ddbBody("ResourceNotFoundException", "message", "Requested resource not found"),
        "LDM6CJP8");
    QCOMPARE(error.details(),
             QStringLiteral("ResourceNotFoundException: Requested resource not found (HTTP 400, "
                            "request id LDM6CJP8)"));

    const AwsError bare = AwsError::fromResponse(QStringLiteral("DescribeTable"), 503, {}, {});
    QCOMPARE(bare.details(), QStringLiteral("transient (HTTP 503)"));
}

void TestAwsError::checksumMismatch()
{
    const AwsError error =
        AwsError::checksumMismatch(QStringLiteral("Query"), 3271084164u, 12345u, "req-1");
    QCOMPARE(error.kind, ErrorKind::Transient);
    QVERIFY(error.retryable);
    QVERIFY(!error.isTimeout());
    QCOMPARE(error.requestId, QStringLiteral("req-1"));
    QVERIFY(error.details().contains(QLatin1String("3271084164")));
    QVERIFY(error.details().contains(QLatin1String("12345")));
    QVERIFY(error.userMessage().contains(QLatin1String("Query")));
}

void TestAwsError::invalidRequestIsNeverRetried()
{
    const AwsError error =
        AwsError::invalidRequest(QStringLiteral("PutItem"), QStringLiteral("Item.pk"),
                                 QStringLiteral("the key must not be empty"));
    QCOMPARE(error.kind, ErrorKind::Validation);
    QVERIFY(!error.retryable);
    QCOMPARE(error.httpStatus, 0);
    QVERIFY(error.requestId.isEmpty());
    QCOMPARE(error.userMessage(),
             QStringLiteral("PutItem was not sent because Item.pk is not valid: the key must not "
                            "be empty"));
    QVERIFY(error.details().contains(QLatin1String("Item.pk")));
}

void TestAwsError::cancelled()
{
    const AwsError error = AwsError::cancelled(QStringLiteral("Scan"));
    QCOMPARE(error.kind, ErrorKind::Cancelled);
    QVERIFY(!error.retryable);
    QVERIFY(error.isError());
    QCOMPARE(error.userMessage(), QStringLiteral("Scan was cancelled."));
    QVERIFY(!AwsError().isError());
}

void TestAwsError::kindNames()
{
    const QList<QPair<ErrorKind, QString>> expected = {
        {ErrorKind::Validation, "validation"},   {ErrorKind::Auth, "auth"},
        {ErrorKind::NotFound, "not-found"},      {ErrorKind::Conflict, "conflict"},
        {ErrorKind::Throttling, "throttling"},   {ErrorKind::Limit, "limit"},
        {ErrorKind::Transient, "transient"},     {ErrorKind::Network, "network"},
        {ErrorKind::Unsupported, "unsupported"}, {ErrorKind::Cancelled, "cancelled"}};
    for (const auto &[kind, name] : expected)
        QCOMPARE(AwsError::kindName(kind), name);
}

QTEST_GUILESS_MAIN(TestAwsError)
#include "tst_awserror.moc"
