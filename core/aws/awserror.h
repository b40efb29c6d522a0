#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QString>

namespace dyna::aws {

enum class ErrorKind {
    None,
    Validation,
    Auth,
    NotFound,
    Conflict,
    Throttling,
    Limit,
    Transient,
    Network,
    Unsupported,
    Cancelled
};

// One per TransactItem / PartiQL statement; code "None" when that item was fine.
struct CancellationReason
{
    QString code;
    QString message;
    QJsonObject item; // the item's old image when ReturnValuesOnConditionCheckFailure asked for it
};

// Every failure of an AWS call, normalised: what went wrong (kind), whether an automatic retry
// may help, the plain sentence for the UI and the technical facts behind it.
class AwsError
{
public:
    ErrorKind kind = ErrorKind::None;
    QString code;      // AWS error code without prefix, e.g. "ConditionalCheckFailedException"
    QString message;   // AWS message as sent
    QString requestId; // x-amzn-RequestId (or STS RequestId)
    QString operation; // e.g. "CreateBackup"
    int httpStatus = 0;
    bool retryable = false;
    QList<CancellationReason> cancellationReasons;
    // Old image returned with ConditionalCheckFailedException
    // (ReturnValuesOnConditionCheckFailure).
    QJsonObject item;
    // Member that failed client-side validation (invalidRequest), e.g. "Item.pk".
    QString memberPath;
    // Raised on this machine, not by AWS: `message` is already the sentence for the user.
    bool local = false;

    bool isError() const { return kind != ErrorKind::None; }
    // A client-side timeout: the retry quota charges more for these.
    bool isTimeout() const;
    // Errors the SDKs' standard retry mode backs off from with the longer throttling base delay.
    bool isThrottling() const;

    QString userMessage() const; // a plain sentence a DBA understands, first thing shown in the UI
    QString details() const;     // "code: message (HTTP 400, request id ...)" technical line
    static QString kindName(ErrorKind kind);

    // A service response with HTTP status >= 300, or a 2xx whose body could not be parsed.
    // Understands JSON 1.0 bodies ("__type" with or without a "prefix#", "message" or "Message"),
    // the x-amzn-ErrorType header ("Code:http://..."), query-protocol XML (STS) and empty or HTML
    // bodies (classified by status).
    static AwsError fromResponse(const QString &operation, int httpStatus, const QByteArray &body,
                                 const QByteArray &requestIdHeader,
                                 const QByteArray &errorTypeHeader = {});
    // A transport failure. Qt reports both QNetworkReply::abort() and an expired transfer
    // timeout as OperationCanceledError, which maps to Cancelled: a job whose own per-attempt
    // timer fired must use timedOut() instead.
    static AwsError fromNetworkError(const QString &operation, QNetworkReply::NetworkError error,
                                     const QString &errorString);
    static AwsError timedOut(const QString &operation, int timeoutMs);
    static AwsError checksumMismatch(const QString &operation, quint32 expected, quint32 actual,
                                     const QString &requestId); // transient, retryable
    // Client-side validation failure: the request was never sent.
    static AwsError invalidRequest(const QString &operation, const QString &memberPath,
                                   const QString &message);
    static AwsError cancelled(const QString &operation);
    // A failure found on this machine (no credentials, a read-only profile, a sign-in needed…);
    // `sentence` is shown to the user as it is.
    static AwsError localFailure(ErrorKind kind, const QString &operation, const QString &code,
                                 const QString &sentence);
};

} // namespace dyna::aws
