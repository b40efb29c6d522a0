#include "s3import.h"

#include "epochtime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace dyna::dynamo {

namespace {

// Looked up under the same context lupdate files the strings under (a free ImportSpecText::tr()
// would be filed under the namespace, and its translations never found).
struct ImportSpecText
{
    Q_DECLARE_TR_FUNCTIONS(ImportSpec)
};

QString str(const QJsonObject &object, const char *member)
{
    return object.value(QLatin1String(member)).toString();
}

QString tableNameFromArn(const QString &arn)
{
    const qsizetype start = arn.indexOf(QLatin1String(":table/"));
    if (start < 0)
        return {};
    const qsizetype from = start + 7;
    const qsizetype end = arn.indexOf(QLatin1Char('/'), from);
    return arn.mid(from, end < 0 ? -1 : end - from);
}

// The members of CreateTable's input that TableCreationParameters also has.
const QStringList &creationMembers()
{
    static const QStringList members{QStringLiteral("TableName"),
                                     QStringLiteral("AttributeDefinitions"),
                                     QStringLiteral("KeySchema"),
                                     QStringLiteral("BillingMode"),
                                     QStringLiteral("ProvisionedThroughput"),
                                     QStringLiteral("OnDemandThroughput"),
                                     QStringLiteral("SSESpecification"),
                                     QStringLiteral("GlobalSecondaryIndexes")};
    return members;
}

} // namespace

QString importSpecProblem(const ImportSpec &spec)
{
    if (spec.bucket.trimmed().isEmpty())
        return ImportSpecText::tr("Enter the S3 bucket to import from.");
    if (spec.bucket.size() > 255)
        return ImportSpecText::tr("An S3 bucket name has at most 255 characters.");
    if (spec.keyPrefix.size() > 1024)
        return ImportSpecText::tr("The key prefix has at most 1024 characters.");
    const bool csv = spec.format == QLatin1String("CSV");
    if (csv && spec.csvDelimiter.size() > 1)
        return ImportSpecText::tr("The CSV delimiter is a single character.");
    if (!csv && (!spec.csvDelimiter.isEmpty() || !spec.csvHeaders.isEmpty()))
        return ImportSpecText::tr("A delimiter and a header list apply to CSV files only.");
    if (spec.csvHeaders.size() > 255)
        return ImportSpecText::tr("A CSV header list has at most 255 columns.");
    for (const QString &header : spec.csvHeaders) {
        if (header.trimmed().isEmpty())
            return ImportSpecText::tr("Every column of the CSV header list needs a name.");
    }
    if (!spec.table.localIndexes.isEmpty())
        return ImportSpecText::tr("An import cannot create local secondary indexes.");
    if (spec.table.streamEnabled || !spec.table.tags.isEmpty() || spec.table.deletionProtection ||
        spec.table.tableClass != QLatin1String("STANDARD"))
        return ImportSpecText::tr(
            "An import creates a standard table without stream, tags or deletion "
            "protection; change those after the import.");
    return {};
}

QJsonObject importTableRequest(ImportSpec *spec, QString *error)
{
    QString problem = importSpecProblem(*spec);
    QJsonObject create;
    if (problem.isEmpty())
        create = createTableRequest(spec->table, &problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    QJsonObject parameters;
    for (const QString &member : creationMembers()) {
        if (create.contains(member))
            parameters.insert(member, create.value(member));
    }
    if (spec->clientToken.isEmpty())
        spec->clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject source{{QStringLiteral("S3Bucket"), spec->bucket.trimmed()}};
    if (!spec->keyPrefix.isEmpty())
        source.insert(QStringLiteral("S3KeyPrefix"), spec->keyPrefix);
    if (!spec->bucketOwner.trimmed().isEmpty())
        source.insert(QStringLiteral("S3BucketOwner"), spec->bucketOwner.trimmed());
    QJsonObject input{{QStringLiteral("ClientToken"), spec->clientToken},
                      {QStringLiteral("S3BucketSource"), source},
                      {QStringLiteral("InputFormat"), spec->format},
                      {QStringLiteral("InputCompressionType"), spec->compression},
                      {QStringLiteral("TableCreationParameters"), parameters}};
    if (spec->format == QLatin1String("CSV") &&
        (!spec->csvDelimiter.isEmpty() || !spec->csvHeaders.isEmpty())) {
        QJsonObject csv;
        if (!spec->csvDelimiter.isEmpty())
            csv.insert(QStringLiteral("Delimiter"), spec->csvDelimiter);
        if (!spec->csvHeaders.isEmpty())
            csv.insert(QStringLiteral("HeaderList"), QJsonArray::fromStringList(spec->csvHeaders));
        input.insert(QStringLiteral("InputFormatOptions"),
                     QJsonObject{{QStringLiteral("Csv"), csv}});
    }
    return input;
}

bool ImportInfo::isFinal() const
{
    return status == QLatin1String("COMPLETED") || status == QLatin1String("CANCELLED") ||
           status == QLatin1String("FAILED");
}

ImportInfo parseImportDescription(const QJsonObject &d)
{
    ImportInfo info;
    info.importArn = str(d, "ImportArn");
    info.status = str(d, "ImportStatus");
    info.tableArn = str(d, "TableArn");
    info.tableId = str(d, "TableId");
    info.clientToken = str(d, "ClientToken");
    const QJsonObject source = d.value(QStringLiteral("S3BucketSource")).toObject();
    info.bucket = str(source, "S3Bucket");
    info.keyPrefix = str(source, "S3KeyPrefix");
    info.bucketOwner = str(source, "S3BucketOwner");
    info.format = str(d, "InputFormat");
    const QJsonObject csv = d.value(QStringLiteral("InputFormatOptions"))
                                .toObject()
                                .value(QStringLiteral("Csv"))
                                .toObject();
    info.csvDelimiter = str(csv, "Delimiter");
    for (const auto &header : csv.value(QStringLiteral("HeaderList")).toArray())
        info.csvHeaders.append(header.toString());
    info.compression = str(d, "InputCompressionType");
    info.tableName =
        str(d.value(QStringLiteral("TableCreationParameters")).toObject(), "TableName");
    if (info.tableName.isEmpty())
        info.tableName = tableNameFromArn(info.tableArn);
    info.failureCode = str(d, "FailureCode");
    info.failureMessage = str(d, "FailureMessage");
    info.cloudWatchLogGroupArn = str(d, "CloudWatchLogGroupArn");
    info.startTime = dateFromJson(d.value(QStringLiteral("StartTime")));
    info.endTime = dateFromJson(d.value(QStringLiteral("EndTime")));
    info.processedSizeBytes = d.value(QStringLiteral("ProcessedSizeBytes")).toInteger(-1);
    info.processedItemCount = d.value(QStringLiteral("ProcessedItemCount")).toInteger(-1);
    info.importedItemCount = d.value(QStringLiteral("ImportedItemCount")).toInteger(-1);
    info.errorCount = d.value(QStringLiteral("ErrorCount")).toInteger(-1);
    return info;
}

QList<ImportInfo> parseImportSummaries(const QJsonObject &listImportsResponse)
{
    QList<ImportInfo> result;
    const QJsonArray list =
        listImportsResponse.value(QStringLiteral("ImportSummaryList")).toArray();
    for (const auto &value : list)
        result.append(parseImportDescription(value.toObject()));
    return result;
}

} // namespace dyna::dynamo
