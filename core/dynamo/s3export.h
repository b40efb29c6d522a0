#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dyna::dynamo {

// Server-side encryption of the objects an export writes to S3.
enum class S3Encryption { BucketDefault, Aes256, Kms };

// Everything the "Export to S3" form asks for (ExportTableToPointInTime). Not to be confused
// with ExportJob, which writes items to a local file.
struct ExportSpec
{
    QString tableArn;
    QString bucket;
    QString prefix;
    QString bucketOwner; // account id; needed when the bucket belongs to another account
    QString format = QStringLiteral("DYNAMODB_JSON"); // DYNAMODB_JSON or ION
    S3Encryption encryption = S3Encryption::BucketDefault;
    QString kmsKeyId; // Kms only
    bool incremental = false;
    // Full export: the snapshot time; invalid means "now" (the latest restorable time).
    QDateTime exportTime;
    // Incremental export: the changes from `fromTime` (inclusive) to `toTime` (exclusive;
    // invalid means the latest time with data).
    QDateTime fromTime;
    QDateTime toTime;
    QString viewType = QStringLiteral("NEW_AND_OLD_IMAGES"); // or NEW_IMAGE
    // The idempotency token: filled once by exportTableRequest() and sent again with the same
    // spec, so a retry after a lost answer does not start a second export.
    QString clientToken;
};

// The shortest and longest window of an incremental export (DynamoDB Developer Guide,
// "Incremental export": between 15 minutes and 24 hours).
constexpr qint64 MinIncrementalWindowSecs = 15 * 60;
constexpr qint64 MaxIncrementalWindowSecs = 24 * 60 * 60;

// A sentence saying what is wrong with `spec`, judged at `now`; empty when it can be sent.
QString exportSpecProblem(const ExportSpec &spec, const QDateTime &now);

// The ExportTableToPointInTime input for `spec`. Fills spec->clientToken with a fresh UUID
// when it is empty. An empty object and the sentence in *error when the spec is invalid.
QJsonObject exportTableRequest(ExportSpec *spec, const QDateTime &now, QString *error);

// One export as DescribeExport (all members) or ListExports (ARN, status, type) tells it.
struct ExportInfo
{
    QString exportArn;
    QString status;     // IN_PROGRESS, COMPLETED or FAILED
    QString exportType; // FULL_EXPORT or INCREMENTAL_EXPORT
    QString tableArn;
    QString tableId;
    QString bucket;
    QString bucketOwner;
    QString prefix;
    QString format;
    QString sseAlgorithm;
    QString kmsKeyId;
    QString manifest;
    QString clientToken;
    QString failureCode;
    QString failureMessage;
    QString viewType;
    QDateTime startTime;
    QDateTime endTime;
    QDateTime exportTime;
    QDateTime fromTime;
    QDateTime toTime;
    qint64 itemCount = -1;       // -1: not known yet
    qint64 billedSizeBytes = -1; // -1: not known yet

    // COMPLETED or FAILED: nothing changes any more.
    bool isFinal() const;
    // The table name in the export ARN ("table/<name>/export/<id>").
    QString tableName() const;
};

ExportInfo parseExportDescription(const QJsonObject &description);
// The "ExportSummaries" of one ListExports page.
QList<ExportInfo> parseExportSummaries(const QJsonObject &listExportsResponse);

} // namespace dyna::dynamo
