#include "awserror.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

namespace dyna::aws {

namespace {

struct CodeInfo
{
    ErrorKind kind;
    bool retryable;
};

// Error codes of DynamoDB, DynamoDB Streams, STS and the AWS common errors (query and JSON
// protocols), with the retry advice of the DynamoDB developer guide and the SDKs' standard mode.
const QHash<QString, CodeInfo> &codeTable()
{
    static const QHash<QString, CodeInfo> table = [] {
        QHash<QString, CodeInfo> t;
        const auto add = [&t](ErrorKind kind, bool retryable,
                              std::initializer_list<const char *> codes) {
            for (const char *code : codes)
                t.insert(QString::fromLatin1(code), {kind, retryable});
        };
        add(ErrorKind::Validation, false,
            {"ValidationException", "SerializationException", "ValidationError",
             "InvalidParameterValue", "InvalidParameterCombination", "InvalidParameterException",
             "MissingParameter", "MissingAction", "InvalidAction", "InvalidQueryParameter",
             "MalformedQueryString", "InvalidRestoreTimeException", "InvalidExportTimeException",
             "InvalidEndpointException", "MalformedPolicyDocument", "PackedPolicyTooLarge",
             "InvalidAuthorizationMessageException"});
        add(ErrorKind::Auth, false,
            {"UnrecognizedClientException",
             "InvalidSignatureException",
             "MissingAuthenticationToken",
             "MissingAuthenticationTokenException",
             "AccessDeniedException",
             "AccessDenied",
             "ExpiredTokenException",
             "ExpiredToken",
             "IncompleteSignature",
             "IncompleteSignatureException",
             "InvalidClientTokenId",
             "SignatureDoesNotMatch",
             "NotAuthorized",
             "OptInRequired",
             "RequestExpired",
             "AuthFailure",
             "InvalidAccessKeyId",
             "RegionDisabledException",
             "IDPRejectedClaim",
             "InvalidIdentityToken"});
        add(ErrorKind::NotFound, false,
            {"ResourceNotFoundException", "TableNotFoundException", "BackupNotFoundException",
             "ExportNotFoundException", "ImportNotFoundException", "GlobalTableNotFoundException",
             "ReplicaNotFoundException", "PolicyNotFoundException", "IndexNotFoundException",
             "ExpiredIteratorException", "TrimmedDataAccessException"});
        add(ErrorKind::Conflict, false,
            {"ConditionalCheckFailedException", "TransactionCanceledException",
             "ResourceInUseException", "TableAlreadyExistsException", "TableInUseException",
             "BackupInUseException", "IdempotentParameterMismatchException",
             "DuplicateItemException", "DuplicateItem", "GlobalTableAlreadyExistsException",
             "ReplicaAlreadyExistsException", "ExportConflictException", "ImportConflictException",
             "ContinuousBackupsUnavailableException", "PointInTimeRecoveryUnavailableException"});
        // A concurrent writer is gone a moment later; a transaction in progress is completed by
        // DynamoDB when the same request token comes back after a pause.
        add(ErrorKind::Conflict, true,
            {"TransactionConflictException", "TransactionInProgressException",
             "ReplicatedWriteConflictException"});
        add(ErrorKind::Throttling, true,
            {"ProvisionedThroughputExceededException", "ThrottlingException", "Throttling",
             "ThrottledException", "RequestThrottledException", "RequestThrottled",
             "TooManyRequestsException", "RequestLimitExceeded", "BandwidthLimitExceeded",
             "SlowDown", "PriorRequestNotComplete"});
        // LimitExceededException is mostly "too many control-plane operations at once", which
        // clears by itself; an item collection over 10 GB does not.
        add(ErrorKind::Limit, true, {"LimitExceededException"});
        add(ErrorKind::Limit, false, {"ItemCollectionSizeLimitExceededException"});
        add(ErrorKind::Transient, true,
            {"InternalServerError", "InternalFailure", "InternalError", "ServiceUnavailable",
             "ServiceUnavailableException", "RequestTimeout", "RequestTimeoutException",
             "IDPCommunicationError"});
        add(ErrorKind::Unsupported, false, {"UnknownOperationException"});
        return t;
    }();
    return table;
}

// STS names its exception shapes "...Exception" but sends some codes without the suffix
// (MalformedPolicyDocument), so both spellings are looked up.
const CodeInfo *lookupCode(const QString &code)
{
    const auto &table = codeTable();
    auto it = table.constFind(code);
    if (it != table.constEnd())
        return &it.value();
    static const QString suffix = QStringLiteral("Exception");
    it = code.endsWith(suffix) ? table.constFind(code.chopped(suffix.size()))
                               : table.constFind(code + suffix);
    return it != table.constEnd() ? &it.value() : nullptr;
}

CodeInfo classifyStatus(int status)
{
    if (status == 401 || status == 403)
        return {ErrorKind::Auth, false};
    if (status == 404)
        return {ErrorKind::NotFound, false};
    if (status == 408)
        return {ErrorKind::Transient, true};
    if (status == 409)
        return {ErrorKind::Conflict, false};
    if (status == 413)
        return {ErrorKind::Limit, false};
    if (status == 429)
        return {ErrorKind::Throttling, true};
    if (status == 501)
        return {ErrorKind::Unsupported, false};
    if (status >= 500)
        return {ErrorKind::Transient, true};
    if (status >= 300 && status < 400)
        return {ErrorKind::Network, false};
    return {ErrorKind::Validation, false};
}

// "com.amazonaws.dynamodb.v20120810#Code" and "Code:http://internal.amazon.com/..." -> "Code".
QString sanitizeCode(QString code)
{
    const qsizetype colon = code.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        code.truncate(colon);
    const qsizetype hash = code.lastIndexOf(QLatin1Char('#'));
    if (hash >= 0)
        code.remove(0, hash + 1);
    return code.trimmed();
}

QList<CancellationReason> reasonsFromJson(const QJsonArray &array)
{
    QList<CancellationReason> reasons;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        CancellationReason reason;
        reason.code = object.value(QStringLiteral("Code")).toString();
        reason.message = object.value(QStringLiteral("Message")).toString();
        reason.item = object.value(QStringLiteral("Item")).toObject();
        reasons.append(reason);
    }
    return reasons;
}

// Older DynamoDB Local versions only list the reasons in the message:
// "Transaction cancelled, please refer cancellation reasons for specific reasons [A, None]".
QList<CancellationReason> reasonsFromMessage(const QString &message)
{
    static const QRegularExpression trailingList(QStringLiteral("\\[([^\\[\\]]*)\\]\\s*$"));
    const QRegularExpressionMatch match = trailingList.match(message);
    QList<CancellationReason> reasons;
    if (!match.hasMatch())
        return reasons;
    const QStringList codes = match.captured(1).split(QLatin1Char(','));
    for (const QString &code : codes)
        reasons.append({code.trimmed(), {}, {}});
    return reasons;
}

struct ParsedBody
{
    QString code;
    QString message;
    QString requestId;
    QJsonObject json;
};

bool parseJsonBody(const QByteArray &body, ParsedBody *parsed)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    parsed->json = document.object();
    for (const char *key : {"__type", "code", "Code"}) {
        const QString value = parsed->json.value(QLatin1String(key)).toString();
        if (!value.isEmpty()) {
            parsed->code = sanitizeCode(value);
            break;
        }
    }
    for (const char *key : {"message", "Message", "errorMessage"}) {
        const QJsonValue value = parsed->json.value(QLatin1String(key));
        if (value.isString()) {
            parsed->message = value.toString();
            break;
        }
    }
    return true;
}

// Query protocol:
// <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse> (EC2 style
// <Response><Errors><Error>...</Errors><RequestID/> too).
bool parseXmlBody(const QByteArray &body, ParsedBody *parsed)
{
    QXmlStreamReader xml(body);
    bool inError = false;
    bool sawError = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == QLatin1String("Error")) {
                inError = true;
                sawError = true;
            } else if (inError && name == QLatin1String("Code") && parsed->code.isEmpty()) {
                parsed->code = sanitizeCode(xml.readElementText());
            } else if (inError && name == QLatin1String("Message") && parsed->message.isEmpty()) {
                parsed->message = xml.readElementText();
            } else if (name == QLatin1String("RequestId") || name == QLatin1String("RequestID")) {
                parsed->requestId = xml.readElementText().trimmed();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("Error")) {
            inError = false;
        }
    }
    return sawError;
}

// A short plain-text body (a proxy's "Bad Gateway") or an HTML page's title says more than
// nothing; a long HTML page does not belong in the message.
QString textFromOpaqueBody(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body).trimmed();
    if (text.isEmpty())
        return {};
    if (text.startsWith(QLatin1Char('<'))) {
        static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                              QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = title.match(text);
        return match.hasMatch() ? match.captured(1).simplified() : QString();
    }
    return text.size() <= 200 ? text.simplified() : QString();
}

QString networkErrorName(QNetworkReply::NetworkError error)
{
    const char *key = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error);
    return key ? QString::fromLatin1(key) : QStringLiteral("UnknownNetworkError");
}

QString reasonPhrase(const CancellationReason &reason)
{
    if (reason.code == QLatin1String("ConditionalCheckFailed"))
        return QCoreApplication::translate("AwsError", "its condition was not met");
    if (reason.code == QLatin1String("TransactionConflict"))
        return QCoreApplication::translate("AwsError",
                                           "another transaction was changing the same item");
    if (reason.code == QLatin1String("ItemCollectionSizeLimitExceeded"))
        return QCoreApplication::translate("AwsError",
                                           "its item collection is over the 10 GB limit");
    if (reason.code == QLatin1String("ProvisionedThroughputExceeded") ||
        reason.code == QLatin1String("ThrottlingError"))
        return QCoreApplication::translate("AwsError", "the table was throttled");
    if (reason.message.isEmpty())
        return reason.code;
    return QStringLiteral("%1 (%2)").arg(reason.message, reason.code);
}

QString transactionMessage(const AwsError &error)
{
    QStringList failures;
    for (qsizetype i = 0; i < error.cancellationReasons.size(); ++i) {
        const CancellationReason &reason = error.cancellationReasons.at(i);
        if (reason.code.isEmpty() || reason.code == QLatin1String("None"))
            continue;
        failures.append(QCoreApplication::translate("AwsError", "item %1 failed because %2")
                            .arg(i + 1)
                            .arg(reasonPhrase(reason)));
    }
    if (failures.isEmpty())
        return QCoreApplication::translate(
            "AwsError", "The transaction was cancelled and nothing was written.");
    return QCoreApplication::translate("AwsError",
                                       "The transaction was cancelled and nothing was written: %1.")
        .arg(failures.join(QStringLiteral("; ")));
}

QString withAwsMessage(const QString &sentence, const QString &awsMessage)
{
    if (awsMessage.isEmpty())
        return sentence;
    return QCoreApplication::translate("AwsError", "%1 The service says: %2")
        .arg(sentence, awsMessage);
}

QString authMessage(const AwsError &e)
{
    const QString &c = e.code;
    if (c == QLatin1String("MultiFactorAuthenticationFailed"))
        return QCoreApplication::translate(
            "AwsError", "AWS did not accept the MFA code. Enter the current code of the MFA "
                        "device and try again.");
    if (c.startsWith(QLatin1String("ExpiredToken")))
        return QCoreApplication::translate(
            "AwsError", "The credentials have expired: their session token is no longer valid. "
                        "Refresh the profile's credentials (assume the role again or get a new "
                        "session token) and retry.");
    if (c == QLatin1String("UnrecognizedClientException") ||
        c == QLatin1String("InvalidClientTokenId") || c == QLatin1String("InvalidAccessKeyId"))
        return QCoreApplication::translate(
            "AwsError", "AWS does not recognise the access key ID or session token. Check the "
                        "profile's access key; it may have been deleted, deactivated or belong to "
                        "another partition.");
    if (c == QLatin1String("InvalidSignatureException") ||
        c == QLatin1String("SignatureDoesNotMatch") ||
        c.startsWith(QLatin1String("IncompleteSignature"))) {
        if (e.message.contains(QLatin1String("expired"), Qt::CaseInsensitive))
            return QCoreApplication::translate(
                "AwsError", "AWS rejected the request as too old. Check that this computer's clock "
                            "and time zone are correct.");
        return QCoreApplication::translate(
            "AwsError", "AWS rejected the request signature. Check the profile's secret access key "
                        "and that this computer's clock is correct.");
    }
    if (c == QLatin1String("RequestExpired"))
        return QCoreApplication::translate(
            "AwsError", "AWS rejected the request as too old. Check that this computer's clock and "
                        "time zone are correct.");
    if (c.startsWith(QLatin1String("MissingAuthenticationToken")))
        return QCoreApplication::translate(
            "AwsError", "The request carried no credentials. Choose a profile with an access key.");
    if (c == QLatin1String("AccessDeniedException") || c == QLatin1String("AccessDenied") ||
        c == QLatin1String("NotAuthorized"))
        return withAwsMessage(QCoreApplication::translate(
                                  "AwsError",
                                  "These credentials are not allowed to run %1. Ask for the IAM "
                                  "permission or use another profile.")
                                  .arg(e.operation),
                              e.message);
    if (c == QLatin1String("RegionDisabledException") || c == QLatin1String("OptInRequired"))
        return QCoreApplication::translate(
            "AwsError", "This region is not enabled for the account. Enable it in the account "
                        "settings or choose another region.");
    return withAwsMessage(
        QCoreApplication::translate("AwsError", "AWS refused the credentials for %1.")
            .arg(e.operation),
        e.message);
}

QString notFoundMessage(const AwsError &e)
{
    const QString &c = e.code;
    if (c == QLatin1String("TableNotFoundException"))
        return QCoreApplication::translate("AwsError",
                                           "The table does not exist in this account and region.");
    if (c == QLatin1String("BackupNotFoundException"))
        return QCoreApplication::translate("AwsError", "The backup does not exist.");
    if (c == QLatin1String("ExportNotFoundException"))
        return QCoreApplication::translate("AwsError", "The export does not exist.");
    if (c == QLatin1String("ImportNotFoundException"))
        return QCoreApplication::translate("AwsError", "The import does not exist.");
    if (c == QLatin1String("GlobalTableNotFoundException"))
        return QCoreApplication::translate("AwsError", "The global table does not exist.");
    if (c == QLatin1String("ReplicaNotFoundException"))
        return QCoreApplication::translate("AwsError",
                                           "The replica does not exist in that region.");
    if (c == QLatin1String("PolicyNotFoundException"))
        return QCoreApplication::translate("AwsError",
                                           "The resource has no resource-based policy.");
    if (c == QLatin1String("IndexNotFoundException"))
        return QCoreApplication::translate("AwsError", "The index does not exist on this table.");
    if (c == QLatin1String("ExpiredIteratorException"))
        return QCoreApplication::translate(
            "AwsError", "The stream position expired before it was used; reading must start again "
                        "from a new shard iterator.");
    if (c == QLatin1String("TrimmedDataAccessException"))
        return QCoreApplication::translate(
            "AwsError", "The requested stream records are older than 24 hours and have been "
                        "removed from the stream.");
    return withAwsMessage(
        QCoreApplication::translate("AwsError",
                                    "The resource that %1 refers to does not exist in this account "
                                    "and region.")
            .arg(e.operation),
        e.message);
}

QString conflictMessage(const AwsError &e)
{
    const QString &c = e.code;
    if (c == QLatin1String("ConditionalCheckFailedException"))
        return QCoreApplication::translate(
            "AwsError", "The condition was not met, so the item was not changed.");
    if (c == QLatin1String("TransactionCanceledException"))
        return transactionMessage(e);
    if (c == QLatin1String("TransactionConflictException") ||
        c == QLatin1String("ReplicatedWriteConflictException"))
        return QCoreApplication::translate(
            "AwsError", "Another request was changing the same item at the same time. Try again.");
    if (c == QLatin1String("TransactionInProgressException"))
        return QCoreApplication::translate(
            "AwsError", "A transaction with the same request token is still in progress. Try again "
                        "in a few seconds.");
    if (c == QLatin1String("IdempotentParameterMismatchException"))
        return QCoreApplication::translate(
            "AwsError", "This request token was already used for a request with different "
                        "parameters.");
    if (c == QLatin1String("TableAlreadyExistsException"))
        return QCoreApplication::translate("AwsError", "A table with this name already exists.");
    if (c == QLatin1String("DuplicateItemException") || c == QLatin1String("DuplicateItem"))
        return QCoreApplication::translate("AwsError",
                                           "An item with the same primary key already exists.");
    if (c == QLatin1String("GlobalTableAlreadyExistsException"))
        return QCoreApplication::translate("AwsError",
                                           "A global table with this name already exists.");
    if (c == QLatin1String("ReplicaAlreadyExistsException"))
        return QCoreApplication::translate("AwsError",
                                           "The table already has a replica in that region.");
    return withAwsMessage(
        QCoreApplication::translate(
            "AwsError", "%1 cannot run now because the resource is busy or in a conflicting state.")
            .arg(e.operation),
        e.message);
}

QString networkMessage(const AwsError &e)
{
    const QString &c = e.code;
    if (c == QLatin1String("ConnectionRefusedError"))
        return QCoreApplication::translate(
            "AwsError",
            "The endpoint refused the connection. If it is DynamoDB Local, check that it "
            "is running and listening on that port.");
    if (c == QLatin1String("HostNotFoundError"))
        return QCoreApplication::translate(
            "AwsError", "The endpoint's host name could not be found. Check the region or endpoint "
                        "URL and the network connection.");
    if (c == QLatin1String("TimeoutError") || c == QLatin1String("ProxyTimeoutError"))
        return QCoreApplication::translate("AwsError", "%1 timed out waiting for the endpoint.")
            .arg(e.operation);
    if (c == QLatin1String("RemoteHostClosedError"))
        return QCoreApplication::translate("AwsError",
                                           "The endpoint closed the connection before answering.");
    if (c == QLatin1String("SslHandshakeFailedError"))
        return QCoreApplication::translate(
            "AwsError",
            "A secure connection to the endpoint could not be set up. Check the endpoint "
            "URL and any proxy or certificate settings.");
    if (c.startsWith(QLatin1String("Proxy")))
        return QCoreApplication::translate("AwsError", "The network proxy failed: %1")
            .arg(e.message);
    if (e.httpStatus >= 300 && e.httpStatus < 400)
        return QCoreApplication::translate(
                   "AwsError",
                   "The endpoint answered %1 with a redirect (HTTP %2). Check the endpoint URL.")
            .arg(e.operation)
            .arg(e.httpStatus);
    return QCoreApplication::translate("AwsError", "A network error stopped %1: %2")
        .arg(e.operation, e.message);
}

} // namespace

bool AwsError::isTimeout() const
{
    return kind == ErrorKind::Network &&
           (code == QLatin1String("TimeoutError") || code == QLatin1String("ProxyTimeoutError"));
}

bool AwsError::isThrottling() const
{
    return kind == ErrorKind::Throttling || code == QLatin1String("LimitExceededException") ||
           code == QLatin1String("TransactionInProgressException");
}

QString AwsError::kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::Validation:
        return QStringLiteral("validation");
    case ErrorKind::Auth:
        return QStringLiteral("auth");
    case ErrorKind::NotFound:
        return QStringLiteral("not-found");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::Throttling:
        return QStringLiteral("throttling");
    case ErrorKind::Limit:
        return QStringLiteral("limit");
    case ErrorKind::Transient:
        return QStringLiteral("transient");
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::Unsupported:
        return QStringLiteral("unsupported");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString AwsError::userMessage() const
{
    if (local && kind != ErrorKind::None)
        return message;
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::Validation:
        if (code == QLatin1String("ClientValidationError")) {
            if (memberPath.isEmpty())
                return QCoreApplication::translate("AwsError", "%1 was not sent: %2")
                    .arg(operation, message);
            return QCoreApplication::translate("AwsError",
                                               "%1 was not sent because %2 is not valid: %3")
                .arg(operation, memberPath, message);
        }
        if (message.isEmpty())
            return QCoreApplication::translate("AwsError", "%1 was rejected as invalid.")
                .arg(operation);
        return QCoreApplication::translate("AwsError", "%1 was rejected as invalid: %2")
            .arg(operation, message);
    case ErrorKind::Auth:
        return authMessage(*this);
    case ErrorKind::NotFound:
        return notFoundMessage(*this);
    case ErrorKind::Conflict:
        return conflictMessage(*this);
    case ErrorKind::Throttling:
        if (code == QLatin1String("ProvisionedThroughputExceededException"))
            return QCoreApplication::translate(
                       "AwsError",
                       "DynamoDB is throttling %1: the table or index needs more read or write "
                       "capacity than it has. Try again later or raise its capacity.")
                .arg(operation);
        if (code == QLatin1String("RequestLimitExceeded"))
            return QCoreApplication::translate(
                "AwsError", "The account's throughput quota for this region is used up. Try again "
                            "later or ask AWS for a higher quota.");
        return QCoreApplication::translate(
                   "AwsError", "AWS is throttling requests for %1. Wait a moment and try again.")
            .arg(operation);
    case ErrorKind::Limit:
        if (code == QLatin1String("ItemCollectionSizeLimitExceededException"))
            return QCoreApplication::translate(
                "AwsError",
                "The items sharing this partition key exceed the 10 GB limit of a table "
                "with a local secondary index.");
        if (httpStatus == 413)
            return QCoreApplication::translate("AwsError",
                                               "The request for %1 is too large for the endpoint.")
                .arg(operation);
        return withAwsMessage(
            QCoreApplication::translate("AwsError", "%1 reached an AWS quota.").arg(operation),
            message);
    case ErrorKind::Transient:
        if (code == QLatin1String("UnreadableResponse")) {
            if (message.isEmpty())
                return QCoreApplication::translate(
                           "AwsError", "The response to %1 could not be read: it is not the JSON "
                                       "object DynamoDB sends.")
                    .arg(operation);
            return QCoreApplication::translate(
                       "AwsError", "The response to %1 could not be read: it is not valid JSON (%2).")
                .arg(operation, message);
        }
        if (code == QLatin1String("CRC32CheckFailed"))
            return QCoreApplication::translate("AwsError",
                                               "The response to %1 was damaged in transit.")
                .arg(operation);
        return QCoreApplication::translate("AwsError",
                                           "AWS had a temporary problem with %1. Try again.")
            .arg(operation);
    case ErrorKind::Network:
        return networkMessage(*this);
    case ErrorKind::Unsupported:
        return QCoreApplication::translate(
                   "AwsError",
                   "This endpoint does not support %1. DynamoDB Local implements tables, items, "
                   "queries, transactions, PartiQL, TTL and Streams, but not backups, "
                   "point-in-time recovery, exports, imports, global tables, tags, resource "
                   "policies, Kinesis streaming destinations or contributor insights.")
            .arg(operation);
    case ErrorKind::Cancelled:
        return QCoreApplication::translate("AwsError", "%1 was cancelled.").arg(operation);
    }
    return {};
}

QString AwsError::details() const
{
    QString line = code.isEmpty() ? kindName(kind) : code;
    if (!memberPath.isEmpty())
        line += QStringLiteral(": ") + memberPath;
    if (!message.isEmpty())
        line += QStringLiteral(": ") + message;
    QStringList facts;
    if (httpStatus > 0)
        facts.append(QStringLiteral("HTTP %1").arg(httpStatus));
    if (!requestId.isEmpty())
        facts.append(QStringLiteral("request id %1").arg(requestId));
    if (!facts.isEmpty())
        line += QStringLiteral(" (%1)").arg(facts.join(QStringLiteral(", ")));
    return line;
}

AwsError AwsError::fromResponse(const QString &operation, int httpStatus, const QByteArray &body,
                                const QByteArray &requestIdHeader,
                                const QByteArray &errorTypeHeader)
{
    AwsError error;
    error.operation = operation;
    error.httpStatus = httpStatus;
    error.requestId = QString::fromLatin1(requestIdHeader).trimmed();

    if (httpStatus >= 200 && httpStatus < 300) {
        error.kind = ErrorKind::Transient;
        error.retryable = true; // typically a body cut short in transit
        error.code = QStringLiteral("MalformedResponse");
        error.message = QStringLiteral("The response body could not be parsed.");
        return error;
    }

    ParsedBody parsed;
    const QByteArray trimmed = body.trimmed();
    const bool structured = (trimmed.startsWith('{') && parseJsonBody(trimmed, &parsed)) ||
                            (trimmed.startsWith('<') && parseXmlBody(trimmed, &parsed));
    if (!structured)
        parsed.message = textFromOpaqueBody(trimmed);
    // The header is the protocol's first source of the code; the body's __type the fallback.
    const QString headerCode = sanitizeCode(QString::fromLatin1(errorTypeHeader));
    error.code = headerCode.isEmpty() ? parsed.code : headerCode;
    error.message = parsed.message;
    if (error.requestId.isEmpty())
        error.requestId = parsed.requestId;

    const CodeInfo *known = error.code.isEmpty() ? nullptr : lookupCode(error.code);
    const CodeInfo info = known ? *known : classifyStatus(httpStatus);
    error.kind = info.kind;
    error.retryable = info.retryable;

    if (error.code == QLatin1String("TransactionCanceledException")) {
        const QJsonValue reasons = parsed.json.value(QStringLiteral("CancellationReasons"));
        error.cancellationReasons = reasons.isArray() ? reasonsFromJson(reasons.toArray())
                                                      : reasonsFromMessage(error.message);
    } else if (error.code == QLatin1String("ConditionalCheckFailedException")) {
        error.item = parsed.json.value(QStringLiteral("Item")).toObject();
    }
    return error;
}

AwsError AwsError::fromNetworkError(const QString &operation, QNetworkReply::NetworkError error,
                                    const QString &errorString)
{
    AwsError result;
    result.operation = operation;
    result.code = networkErrorName(error);
    result.message = errorString;
    switch (error) {
    case QNetworkReply::NoError:
        result.kind = ErrorKind::None;
        result.code.clear();
        return result;
    case QNetworkReply::OperationCanceledError:
        result.kind = ErrorKind::Cancelled;
        return result;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProtocolFailure:
        result.kind = ErrorKind::Network;
        result.retryable = true;
        return result;
    // HTTP statuses normally arrive through fromResponse(); these cover a reply seen only by
    // its Qt error code.
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::AuthenticationRequiredError:
        result.kind = ErrorKind::Auth;
        return result;
    case QNetworkReply::ContentNotFoundError:
        result.kind = ErrorKind::NotFound;
        return result;
    case QNetworkReply::ContentConflictError:
        result.kind = ErrorKind::Conflict;
        return result;
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        result.kind = ErrorKind::Transient;
        result.retryable = true;
        return result;
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ProtocolUnknownError:
        result.kind = ErrorKind::Unsupported;
        return result;
    default:
        // TLS failures, proxy authentication, redirects and malformed requests do not heal by
        // waiting.
        result.kind = ErrorKind::Network;
        return result;
    }
}

AwsError AwsError::timedOut(const QString &operation, int timeoutMs)
{
    AwsError error;
    error.kind = ErrorKind::Network;
    error.operation = operation;
    error.code = networkErrorName(QNetworkReply::TimeoutError);
    error.message = QStringLiteral("No response within %1 ms.").arg(timeoutMs);
    error.retryable = true;
    return error;
}

AwsError AwsError::checksumMismatch(const QString &operation, quint32 expected, quint32 actual,
                                    const QString &requestId)
{
    AwsError error;
    error.kind = ErrorKind::Transient;
    error.operation = operation;
    error.code = QStringLiteral("CRC32CheckFailed");
    error.message = QStringLiteral("CRC32 of the response body is %1, x-amz-crc32 says %2.")
                        .arg(actual)
                        .arg(expected);
    error.requestId = requestId;
    error.retryable = true;
    return error;
}

AwsError AwsError::invalidRequest(const QString &operation, const QString &memberPath,
                                  const QString &message)
{
    AwsError error;
    error.kind = ErrorKind::Validation;
    error.operation = operation;
    error.code = QStringLiteral("ClientValidationError");
    error.memberPath = memberPath;
    error.message = message;
    return error;
}

AwsError AwsError::cancelled(const QString &operation)
{
    AwsError error;
    error.kind = ErrorKind::Cancelled;
    error.operation = operation;
    error.code = QStringLiteral("Cancelled");
    return error;
}

AwsError AwsError::localFailure(ErrorKind kind, const QString &operation, const QString &code,
                                const QString &sentence)
{
    AwsError error;
    error.kind = kind;
    error.operation = operation;
    error.code = code;
    error.message = sentence;
    error.local = true;
    return error;
}

} // namespace dyna::aws
