#pragma once

#include "tablespec.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dyna::dynamo {

// Everything the "Import from S3" form asks for (ImportTable): where the data is, how it is
// written and the table to create. Not to be confused with ImportJob, which reads a local file.
struct ImportSpec
{
    QString bucket;
    QString keyPrefix;
    QString bucketOwner;
    QString format = QStringLiteral("DYNAMODB_JSON"); // DYNAMODB_JSON, ION or CSV
    QString csvDelimiter;   // CSV only; empty means DynamoDB's default (comma)
    QStringList csvHeaders; // CSV only; empty means the first line of each file is the header
    QString compression = QStringLiteral("NONE"); // NONE, GZIP or ZSTD
    // The new table: name, keys, billing and global secondary indexes. An import cannot
    // create local indexes, streams, tags, a table class or deletion protection.
    TableSpec table;
    // The idempotency token: filled once by importTableRequest() and sent again with the same
    // spec, so a retry after a lost answer does not start a second import.
    QString clientToken;
};

// A sentence saying what is wrong with `spec`; empty when it can be sent.
QString importSpecProblem(const ImportSpec &spec);

// The ImportTable input for `spec`. Fills spec->clientToken with a fresh UUID when it is
// empty. An empty object and the sentence in *error when the spec is invalid.
QJsonObject importTableRequest(ImportSpec *spec, QString *error);

// One import as DescribeImport (all members) or ListImports (a summary) tells it.
struct ImportInfo
{
    QString importArn;
    QString status; // IN_PROGRESS, COMPLETED, CANCELLING, CANCELLED or FAILED
    QString tableArn;
    QString tableId;
    QString tableName; // from TableCreationParameters, or else from the table ARN
    QString clientToken;
    QString bucket;
    QString keyPrefix;
    QString bucketOwner;
    QString format;
    QString csvDelimiter;
    QStringList csvHeaders;
    QString compression;
    QString failureCode;
    QString failureMessage;
    QString cloudWatchLogGroupArn;
    QDateTime startTime;
    QDateTime endTime;
    qint64 processedSizeBytes = -1; // -1: not known yet
    qint64 processedItemCount = -1;
    qint64 importedItemCount = -1;
    qint64 errorCount = -1;

    // COMPLETED, CANCELLED or FAILED: nothing changes any more.
    bool isFinal() const;
};

ImportInfo parseImportDescription(const QJsonObject &description);
// The "ImportSummaryList" of one ListImports page.
QList<ImportInfo> parseImportSummaries(const QJsonObject &listImportsResponse);

} // namespace dyna::dynamo
