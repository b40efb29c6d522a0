#include "s3export.h"

#include "epochtime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace dyna::dynamo {

namespace {

// Looked up under the same context lupdate files the strings under (a free ExportSpecText::tr()
// would be filed under the namespace, and its translations never found).
struct ExportSpecText
{
    Q_DECLARE_TR_FUNCTIONS(ExportSpec)
};

QString str(const QJsonObject &object, const char *member)
{
    return object.value(QLatin1String(member)).toString();
}

} // namespace

QString exportSpecProblem(const ExportSpec &spec, const QDateTime &now)
{
    if (spec.tableArn.trimmed().isEmpty())
        return ExportSpecText::tr("Choose the table to export.");
    if (spec.bucket.trimmed().isEmpty())
        return ExportSpecText::tr("Enter the S3 bucket the export is written to.");
    if (spec.bucket.size() > 255)
        return ExportSpecText::tr("An S3 bucket name has at most 255 characters.");
    if (spec.prefix.size() > 1024)
        return ExportSpecText::tr("The S3 prefix has at most 1024 characters.");
    if (spec.encryption == S3Encryption::Kms && spec.kmsKeyId.trimmed().isEmpty())
        return ExportSpecText::tr("Enter the KMS key that encrypts the exported objects.");
    if (!spec.incremental) {
        if (spec.exportTime.isValid() && spec.exportTime > now)
            return ExportSpecText::tr("The export time must not be in the future.");
        return {};
    }
    if (!spec.fromTime.isValid())
        return ExportSpecText::tr("An incremental export needs the time it starts from.");
    const QDateTime to = spec.toTime.isValid() ? spec.toTime : now;
    if (spec.fromTime > now || (spec.toTime.isValid() && spec.toTime > now))
        return ExportSpecText::tr("The export window must lie in the past.");
    if (spec.fromTime >= to)
        return ExportSpecText::tr("The start of the export window must be before its end.");
    const qint64 window = spec.fromTime.secsTo(to);
    if (window < MinIncrementalWindowSecs)
        return ExportSpecText::tr("An incremental export covers at least 15 minutes.");
    if (window > MaxIncrementalWindowSecs)
        return ExportSpecText::tr("An incremental export covers at most 24 hours.");
    return {};
}

QJsonObject exportTableRequest(ExportSpec *spec, const QDateTime &now, QString *error)
{
    if (const QString problem = exportSpecProblem(*spec, now); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    if (spec->clientToken.isEmpty())
        spec->clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject input{{QStringLiteral("TableArn"), spec->tableArn.trimmed()},
                      {QStringLiteral("S3Bucket"), spec->bucket.trimmed()},
                      {QStringLiteral("ExportFormat"), spec->format},
                      {QStringLiteral("ClientToken"), spec->clientToken}};
    if (!spec->prefix.isEmpty())
        input.insert(QStringLiteral("S3Prefix"), spec->prefix);
    if (!spec->bucketOwner.trimmed().isEmpty())
        input.insert(QStringLiteral("S3BucketOwner"), spec->bucketOwner.trimmed());
    if (spec->encryption == S3Encryption::Aes256) {
        input.insert(QStringLiteral("S3SseAlgorithm"), QStringLiteral("AES256"));
    } else if (spec->encryption == S3Encryption::Kms) {
        input.insert(QStringLiteral("S3SseAlgorithm"), QStringLiteral("KMS"));
        input.insert(QStringLiteral("S3SseKmsKeyId"), spec->kmsKeyId.trimmed());
    }
    if (spec->incremental) {
        input.insert(QStringLiteral("ExportType"), QStringLiteral("INCREMENTAL_EXPORT"));
        QJsonObject incremental{{QStringLiteral("ExportFromTime"), dateToJson(spec->fromTime)},
                                {QStringLiteral("ExportViewType"), spec->viewType}};
        if (spec->toTime.isValid())
            incremental.insert(QStringLiteral("ExportToTime"), dateToJson(spec->toTime));
        input.insert(QStringLiteral("IncrementalExportSpecification"), incremental);
    } else {
        input.insert(QStringLiteral("ExportType"), QStringLiteral("FULL_EXPORT"));
        if (spec->exportTime.isValid())
            input.insert(QStringLiteral("ExportTime"), dateToJson(spec->exportTime));
    }
    return input;
}

bool ExportInfo::isFinal() const
{
    return status == QLatin1String("COMPLETED") || status == QLatin1String("FAILED");
}

QString ExportInfo::tableName() const
{
    const qsizetype start = exportArn.indexOf(QLatin1String(":table/"));
    if (start < 0)
        return {};
    const qsizetype from = start + 7;
    const qsizetype end = exportArn.indexOf(QLatin1Char('/'), from);
    return exportArn.mid(from, end < 0 ? -1 : end - from);
}

ExportInfo parseExportDescription(const QJsonObject &d)
{
    ExportInfo info;
    info.exportArn = str(d, "ExportArn");
    info.status = str(d, "ExportStatus");
    info.exportType = str(d, "ExportType");
    info.tableArn = str(d, "TableArn");
    info.tableId = str(d, "TableId");
    info.bucket = str(d, "S3Bucket");
    info.bucketOwner = str(d, "S3BucketOwner");
    info.prefix = str(d, "S3Prefix");
    info.format = str(d, "ExportFormat");
    info.sseAlgorithm = str(d, "S3SseAlgorithm");
    info.kmsKeyId = str(d, "S3SseKmsKeyId");
    info.manifest = str(d, "ExportManifest");
    info.clientToken = str(d, "ClientToken");
    info.failureCode = str(d, "FailureCode");
    info.failureMessage = str(d, "FailureMessage");
    info.startTime = dateFromJson(d.value(QStringLiteral("StartTime")));
    info.endTime = dateFromJson(d.value(QStringLiteral("EndTime")));
    info.exportTime = dateFromJson(d.value(QStringLiteral("ExportTime")));
    const QJsonObject incremental =
        d.value(QStringLiteral("IncrementalExportSpecification")).toObject();
    info.fromTime = dateFromJson(incremental.value(QStringLiteral("ExportFromTime")));
    info.toTime = dateFromJson(incremental.value(QStringLiteral("ExportToTime")));
    info.viewType = str(incremental, "ExportViewType");
    info.itemCount = d.value(QStringLiteral("ItemCount")).toInteger(-1);
    info.billedSizeBytes = d.value(QStringLiteral("BilledSizeBytes")).toInteger(-1);
    return info;
}

QList<ExportInfo> parseExportSummaries(const QJsonObject &listExportsResponse)
{
    QList<ExportInfo> result;
    const QJsonArray summaries =
        listExportsResponse.value(QStringLiteral("ExportSummaries")).toArray();
    for (const auto &value : summaries)
        result.append(parseExportDescription(value.toObject()));
    return result;
}

} // namespace dyna::dynamo
