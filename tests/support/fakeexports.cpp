#include "fakeexports.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace dyna::test {

namespace {

constexpr int kDefaultPageSize = 25;
// ListImports' NextToken has at least 112 characters in the model.
constexpr int kImportTokenLength = 128;

QString str(const QJsonObject &object, const char *member)
{
    return object.value(QLatin1String(member)).toString();
}

QJsonObject withoutToken(QJsonObject input)
{
    input.remove(QStringLiteral("ClientToken"));
    return input;
}

// Tokens are hex, in 16-digit groups, as ListImports' NextToken pattern wants.
QString pageToken(qsizetype offset, int length)
{
    return QStringLiteral("%1").arg(offset, length, 16, QLatin1Char('0'));
}

qsizetype pageOffset(const QString &token)
{
    if (token.isEmpty())
        return 0;
    bool ok = false;
    const qsizetype offset = token.right(16).toLongLong(&ok, 16);
    return ok ? offset : -1;
}

QString joinKey(const QString &bucket, const QString &prefix)
{
    return QStringLiteral("s3://%1/%2").arg(bucket, prefix);
}

QString exportBase(const QString &prefix, const QString &id)
{
    QString base = prefix;
    if (!base.isEmpty() && !base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    return base + QStringLiteral("AWSDynamoDB/") + id;
}

// The attribute value a CSV cell becomes: key attributes take their schema type, every other
// column is a string (as DynamoDB's CSV import does).
QJsonObject csvValue(const QString &cell, const QString &type)
{
    return QJsonObject{{type.isEmpty() ? QStringLiteral("S") : type, cell}};
}

QStringList splitCsvLine(const QString &line, QChar delimiter)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() &&
                line.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == delimiter) {
            cells.append(cell);
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells.append(cell);
    return cells;
}

} // namespace

FakeExports::FakeExports(ControlPlaneServer *server)
    : QObject(server)
    , m_server(server)
{
    server->handle(
        QStringLiteral("ExportTableToPointInTime"),
        [this](const LoopbackRequest &request, const ControlPlaneServer::Respond &respond) {
            exportTable(request, respond);
        });
    server->handle(
        QStringLiteral("DescribeExport"),
        [this](const LoopbackRequest &request, const ControlPlaneServer::Respond &respond) {
            const QString arn = str(request.json, "ExportArn");
            for (const Job &job : std::as_const(m_exports)) {
                if (str(job.description, "ExportArn") == arn) {
                    respond(ControlPlaneServer::ok(
                        {{QStringLiteral("ExportDescription"), job.description}}));
                    return;
                }
            }
            respond(ControlPlaneServer::error(QStringLiteral("ExportNotFoundException"),
                                              QStringLiteral("Export not found: %1").arg(arn)));
        });
    server->handle(
        QStringLiteral("ListExports"),
        [this](const LoopbackRequest &request, const ControlPlaneServer::Respond &respond) {
            const QString tableArn = str(request.json, "TableArn");
            const int pageSize =
                request.json.value(QStringLiteral("MaxResults")).toInt(kDefaultPageSize);
            const qsizetype offset = pageOffset(str(request.json, "NextToken"));
            if (offset < 0) {
                respond(ControlPlaneServer::error(QStringLiteral("ValidationException"),
                                                  QStringLiteral("Invalid NextToken.")));
                return;
            }
            QJsonArray all;
            for (const Job &job : std::as_const(m_exports)) {
                if (!tableArn.isEmpty() && str(job.description, "TableArn") != tableArn)
                    continue;
                all.append(QJsonObject{{QStringLiteral("ExportArn"),
                                        job.description.value(QStringLiteral("ExportArn"))},
                                       {QStringLiteral("ExportStatus"),
                                        job.description.value(QStringLiteral("ExportStatus"))},
                                       {QStringLiteral("ExportType"),
                                        job.description.value(QStringLiteral("ExportType"))}});
            }
            QJsonArray page;
            for (qsizetype i = offset; i < all.size() && page.size() < pageSize; ++i)
                page.append(all.at(i));
            QJsonObject body{{QStringLiteral("ExportSummaries"), page}};
            if (offset + page.size() < all.size())
                body.insert(QStringLiteral("NextToken"), pageToken(offset + page.size(), 16));
            respond(ControlPlaneServer::ok(body));
        });
    server->handle(
        QStringLiteral("ImportTable"),
        [this](const LoopbackRequest &request, const ControlPlaneServer::Respond &respond) {
            importTable(request, respond);
        });
    server->handle(
        QStringLiteral("DescribeImport"),
        [this](const LoopbackRequest &request, const ControlPlaneServer::Respond &respond) {
            const QString arn = str(request.json, "ImportArn");
            for (const Job &job : std::as_const(m_imports)) {
                if (str(job.description, "ImportArn") == arn) {
                    respond(ControlPlaneServer::ok(
                        {{QStringLiteral("ImportTableDescription"), job.description}}));
                    return;
                }
            }
            respond(ControlPlaneServer::error(QStringLiteral("ImportNotFoundException"),
                                              QStringLiteral("Import not found: %1").arg(arn)));
        });
    server->handle(
        QStringLiteral("ListImports"),
        [this](const LoopbackRequest &request, const ControlPlaneServer::Respond &respond) {
            const QString tableArn = str(request.json, "TableArn");
            const int pageSize =
                request.json.value(QStringLiteral("PageSize")).toInt(kDefaultPageSize);
            const qsizetype offset = pageOffset(str(request.json, "NextToken"));
            if (offset < 0) {
                respond(ControlPlaneServer::error(QStringLiteral("ValidationException"),
                                                  QStringLiteral("Invalid NextToken.")));
                return;
            }
            static const QStringList summaryMembers{
                QStringLiteral("ImportArn"),   QStringLiteral("ImportStatus"),
                QStringLiteral("TableArn"),    QStringLiteral("S3BucketSource"),
                QStringLiteral("InputFormat"), QStringLiteral("StartTime"),
                QStringLiteral("EndTime")};
            QJsonArray all;
            for (const Job &job : std::as_const(m_imports)) {
                if (!tableArn.isEmpty() && str(job.description, "TableArn") != tableArn)
                    continue;
                QJsonObject summary;
                for (const QString &member : summaryMembers) {
                    if (job.description.contains(member))
                        summary.insert(member, job.description.value(member));
                }
                all.append(summary);
            }
            QJsonArray page;
            for (qsizetype i = offset; i < all.size() && page.size() < pageSize; ++i)
                page.append(all.at(i));
            QJsonObject body{{QStringLiteral("ImportSummaryList"), page}};
            if (offset + page.size() < all.size())
                body.insert(QStringLiteral("NextToken"),
                            pageToken(offset + page.size(), kImportTokenLength));
            respond(ControlPlaneServer::ok(body));
        });
}

QString FakeExports::dataObjectKey(const QString &exportArn) const
{
    return m_dataKeys.value(exportArn);
}

void FakeExports::exportTable(const LoopbackRequest &request,
                              const ControlPlaneServer::Respond &respond)
{
    const QJsonObject input = request.json;
    const QString token = str(input, "ClientToken");
    if (!token.isEmpty() && m_exportTokens.contains(token)) {
        const Job &earlier = m_exports.at(m_exportTokens.value(token));
        if (earlier.parameters != withoutToken(input)) {
            respond(ControlPlaneServer::error(
                QStringLiteral("ExportConflictException"),
                QStringLiteral("There was a conflict when writing to the specified S3 bucket: "
                               "the client token was used with other parameters.")));
            return;
        }
        respond(
            ControlPlaneServer::ok({{QStringLiteral("ExportDescription"), earlier.description}}));
        return;
    }
    const QString tableArn = str(input, "TableArn");
    const QString tableName = ControlPlaneServer::tableNameFromArn(tableArn);
    const double now = ControlPlaneServer::nowSeconds();
    const bool incremental = str(input, "ExportType") == QLatin1String("INCREMENTAL_EXPORT");
    const QJsonObject window =
        input.value(QStringLiteral("IncrementalExportSpecification")).toObject();
    QString timeProblem;
    if (input.value(QStringLiteral("ExportTime")).toDouble(0) > now)
        timeProblem = QStringLiteral("ExportTime must be in the past.");
    if (incremental) {
        const double from = window.value(QStringLiteral("ExportFromTime")).toDouble(-1);
        const double to = window.value(QStringLiteral("ExportToTime")).toDouble(now);
        if (from < 0)
            timeProblem = QStringLiteral("ExportFromTime is required for an incremental export.");
        else if (from >= to || to > now)
            timeProblem =
                QStringLiteral("ExportFromTime must be before ExportToTime, both in the past.");
        else if (to - from < 15 * 60 || to - from > 24 * 60 * 60)
            timeProblem = QStringLiteral(
                "The incremental export window must be between 15 minutes and 24 hours.");
    }
    m_server->describeTable(tableName, [this, input, token, tableArn, tableName, timeProblem,
                                        respond](const BackendResult &table) {
        if (!table.ok()) {
            respond(
                table.code == QLatin1String("ResourceNotFoundException")
                    ? ControlPlaneServer::error(QStringLiteral("TableNotFoundException"),
                                                QStringLiteral("Table not found: %1").arg(tableArn))
                    : table.reply());
            return;
        }
        if (!m_server->pointInTimeRecoveryEnabled(tableName)) {
            respond(ControlPlaneServer::error(
                QStringLiteral("PointInTimeRecoveryUnavailableException"),
                QStringLiteral("Point in time recovery is not enabled for table '%1'")
                    .arg(tableName)));
            return;
        }
        if (!timeProblem.isEmpty()) {
            respond(ControlPlaneServer::error(QStringLiteral("InvalidExportTimeException"),
                                              timeProblem));
            return;
        }
        const QString id = ControlPlaneServer::newResourceId();
        const QString arn = tableArn + QStringLiteral("/export/") + id;
        QJsonObject description = input;
        description.insert(QStringLiteral("ExportArn"), arn);
        description.insert(QStringLiteral("ExportStatus"), QStringLiteral("IN_PROGRESS"));
        description.insert(QStringLiteral("StartTime"), ControlPlaneServer::nowSeconds());
        description.insert(QStringLiteral("TableId"),
                           table.response.value(QStringLiteral("TableId")));
        if (!description.contains(QStringLiteral("ExportFormat")))
            description.insert(QStringLiteral("ExportFormat"), QStringLiteral("DYNAMODB_JSON"));
        if (!description.contains(QStringLiteral("ExportType")))
            description.insert(QStringLiteral("ExportType"), QStringLiteral("FULL_EXPORT"));
        if (description.value(QStringLiteral("ExportType")).toString() ==
                QLatin1String("FULL_EXPORT") &&
            !description.contains(QStringLiteral("ExportTime")))
            description.insert(QStringLiteral("ExportTime"), ControlPlaneServer::nowSeconds());
        const int index = int(m_exports.size());
        m_exports.append({description, withoutToken(input)});
        if (!token.isEmpty())
            m_exportTokens.insert(token, index);
        respond(ControlPlaneServer::ok({{QStringLiteral("ExportDescription"), description}}));
        m_server->afterTransition([this, index] { runExport(index); });
    });
}

void FakeExports::runExport(int index)
{
    const QJsonObject description = m_exports.at(index).description;
    if (str(description, "ExportFormat") == QLatin1String("ION")) {
        finishJob(&m_exports, index, QStringLiteral("ExportStatus"), QStringLiteral("FAILED"),
                  {{QStringLiteral("FailureCode"), QStringLiteral("UnsupportedExportFormat")},
                   {QStringLiteral("FailureMessage"),
                    QStringLiteral("This test server writes DYNAMODB_JSON exports only.")}});
        return;
    }
    const QString tableName = ControlPlaneServer::tableNameFromArn(str(description, "TableArn"));
    m_server->scanAll(tableName, [this, index, description](const BackendResult &scan) {
        if (!scan.ok()) {
            finishJob(&m_exports, index, QStringLiteral("ExportStatus"), QStringLiteral("FAILED"),
                      {{QStringLiteral("FailureCode"), scan.code},
                       {QStringLiteral("FailureMessage"), scan.message}});
            return;
        }
        const QJsonArray items = scan.response.value(QStringLiteral("Items")).toArray();
        QByteArray data;
        for (const QJsonValue &item : items) {
            data += QJsonDocument(QJsonObject{{QStringLiteral("Item"), item}})
                        .toJson(QJsonDocument::Compact);
            data += '\n';
        }
        const QString arn = str(description, "ExportArn");
        const QString bucket = str(description, "S3Bucket");
        const QString base =
            exportBase(str(description, "S3Prefix"), arn.section(QLatin1Char('/'), -1));
        const QString dataKey = base + QStringLiteral("/data/part-0000.json");
        const QString manifestKey = base + QStringLiteral("/manifest-summary.json");
        m_server->s3Objects().insert(joinKey(bucket, dataKey), data);
        const double end = ControlPlaneServer::nowSeconds();
        const QJsonObject manifest{
            {QStringLiteral("version"), QStringLiteral("2020-06-30")},
            {QStringLiteral("exportArn"), arn},
            {QStringLiteral("tableArn"), description.value(QStringLiteral("TableArn"))},
            {QStringLiteral("s3Bucket"), bucket},
            {QStringLiteral("s3Prefix"), description.value(QStringLiteral("S3Prefix"))},
            {QStringLiteral("outputFormat"), description.value(QStringLiteral("ExportFormat"))},
            {QStringLiteral("itemCount"), items.size()},
            {QStringLiteral("billedSizeBytes"), data.size()},
            {QStringLiteral("dataFiles"), QJsonArray{dataKey}}};
        m_server->s3Objects().insert(joinKey(bucket, manifestKey),
                                     QJsonDocument(manifest).toJson(QJsonDocument::Indented));
        m_dataKeys.insert(arn, joinKey(bucket, dataKey));
        finishJob(&m_exports, index, QStringLiteral("ExportStatus"), QStringLiteral("COMPLETED"),
                  {{QStringLiteral("EndTime"), end},
                   {QStringLiteral("ItemCount"), items.size()},
                   {QStringLiteral("BilledSizeBytes"), data.size()},
                   {QStringLiteral("ExportManifest"), manifestKey}});
    });
}

void FakeExports::importTable(const LoopbackRequest &request,
                              const ControlPlaneServer::Respond &respond)
{
    const QJsonObject input = request.json;
    const QString token = str(input, "ClientToken");
    if (!token.isEmpty() && m_importTokens.contains(token)) {
        const Job &earlier = m_imports.at(m_importTokens.value(token));
        if (earlier.parameters != withoutToken(input)) {
            respond(ControlPlaneServer::error(
                QStringLiteral("ImportConflictException"),
                QStringLiteral("The client token was already used for an import with other "
                               "parameters.")));
            return;
        }
        respond(ControlPlaneServer::ok(
            {{QStringLiteral("ImportTableDescription"), earlier.description}}));
        return;
    }
    const QJsonObject parameters =
        input.value(QStringLiteral("TableCreationParameters")).toObject();
    const QString tableName = str(parameters, "TableName");
    for (const Job &job : std::as_const(m_imports)) {
        if (str(job.description, "ImportStatus") == QLatin1String("IN_PROGRESS") &&
            ControlPlaneServer::tableNameFromArn(str(job.description, "TableArn")) == tableName) {
            respond(ControlPlaneServer::error(
                QStringLiteral("ResourceInUseException"),
                QStringLiteral("An import into table %1 is already in progress.").arg(tableName)));
            return;
        }
    }
    m_server->describeTable(tableName, [this, input, token, tableName,
                                        respond](const BackendResult &table) {
        if (table.ok()) {
            respond(ControlPlaneServer::error(
                QStringLiteral("ResourceInUseException"),
                QStringLiteral("Table already exists: %1").arg(tableName)));
            return;
        }
        if (table.code != QLatin1String("ResourceNotFoundException")) {
            respond(table.reply());
            return;
        }
        const QString tableArn = ControlPlaneServer::tableArn(tableName);
        QJsonObject description = input;
        description.insert(QStringLiteral("ImportArn"), tableArn + QStringLiteral("/import/") +
                                                            ControlPlaneServer::newResourceId());
        description.insert(QStringLiteral("ImportStatus"), QStringLiteral("IN_PROGRESS"));
        description.insert(QStringLiteral("TableArn"), tableArn);
        description.insert(QStringLiteral("StartTime"), ControlPlaneServer::nowSeconds());
        description.insert(
            QStringLiteral("CloudWatchLogGroupArn"),
            QStringLiteral("arn:aws:logs:%1:%2:log-group:/aws-dynamodb/imports:*")
                .arg(ControlPlaneServer::arnRegion(), ControlPlaneServer::accountId()));
        if (!description.contains(QStringLiteral("InputCompressionType")))
            description.insert(QStringLiteral("InputCompressionType"), QStringLiteral("NONE"));
        const int index = int(m_imports.size());
        m_imports.append({description, withoutToken(input)});
        if (!token.isEmpty())
            m_importTokens.insert(token, index);
        respond(ControlPlaneServer::ok({{QStringLiteral("ImportTableDescription"), description}}));
        m_server->afterTransition([this, index] { runImport(index); });
    });
}

void FakeExports::runImport(int index)
{
    const QJsonObject description = m_imports.at(index).description;
    const auto fail = [this, index](const QString &code, const QString &message) {
        finishJob(
            &m_imports, index, QStringLiteral("ImportStatus"), QStringLiteral("FAILED"),
            {{QStringLiteral("FailureCode"), code}, {QStringLiteral("FailureMessage"), message}});
    };
    const QString format = str(description, "InputFormat");
    if (format == QLatin1String("ION")) {
        fail(QStringLiteral("UnsupportedInputFormat"),
             QStringLiteral("This test server reads DYNAMODB_JSON and CSV only."));
        return;
    }
    if (str(description, "InputCompressionType") != QLatin1String("NONE")) {
        fail(QStringLiteral("UnsupportedCompression"),
             QStringLiteral("This test server reads uncompressed objects only."));
        return;
    }
    const QJsonObject source = description.value(QStringLiteral("S3BucketSource")).toObject();
    const QString location = joinKey(str(source, "S3Bucket"), str(source, "S3KeyPrefix"));
    QStringList keys;
    for (auto it = m_server->s3Objects().cbegin(); it != m_server->s3Objects().cend(); ++it) {
        const QString name = it.key().section(QLatin1Char('/'), -1);
        if (it.key().startsWith(location) && !name.startsWith(QLatin1String("manifest-")))
            keys.append(it.key());
    }
    std::sort(keys.begin(), keys.end());
    if (keys.isEmpty()) {
        fail(QStringLiteral("NoSourceObjects"),
             QStringLiteral("No objects were found under %1.").arg(location));
        return;
    }

    const QJsonObject parameters =
        description.value(QStringLiteral("TableCreationParameters")).toObject();
    QHash<QString, QString> keyTypes; // key attribute -> S, N or B
    for (const QJsonValue &definition :
         parameters.value(QStringLiteral("AttributeDefinitions")).toArray())
        keyTypes.insert(str(definition.toObject(), "AttributeName"),
                        str(definition.toObject(), "AttributeType"));
    QStringList keyNames;
    for (const QJsonValue &key : parameters.value(QStringLiteral("KeySchema")).toArray())
        keyNames.append(str(key.toObject(), "AttributeName"));

    const QJsonObject csvOptions = description.value(QStringLiteral("InputFormatOptions"))
                                       .toObject()
                                       .value(QStringLiteral("Csv"))
                                       .toObject();
    const QString delimiterText = str(csvOptions, "Delimiter");
    const QChar delimiter = delimiterText.isEmpty() ? QLatin1Char(',') : delimiterText.at(0);
    QStringList headerList;
    for (const QJsonValue &header : csvOptions.value(QStringLiteral("HeaderList")).toArray())
        headerList.append(header.toString());

    qint64 processed = 0;
    qint64 errors = 0;
    qint64 bytes = 0;
    QHash<QString, int> positions; // the item's key -> its place in `items`, so a later line wins
    QJsonArray items;
    for (const QString &key : std::as_const(keys)) {
        const QByteArray content = m_server->s3Objects().value(key);
        bytes += content.size();
        QStringList header = headerList;
        const QStringList lines = QString::fromUtf8(content).split(QLatin1Char('\n'));
        for (QString line : lines) {
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            if (line.trimmed().isEmpty())
                continue;
            QJsonObject item;
            if (format == QLatin1String("CSV")) {
                const QStringList cells = splitCsvLine(line, delimiter);
                if (header.isEmpty()) {
                    header = cells;
                    continue;
                }
                for (qsizetype i = 0; i < cells.size() && i < header.size(); ++i) {
                    if (!cells.at(i).isEmpty())
                        item.insert(header.at(i),
                                    csvValue(cells.at(i), keyTypes.value(header.at(i))));
                }
                if (cells.size() != header.size())
                    item = {};
            } else {
                item = QJsonDocument::fromJson(line.toUtf8())
                           .object()
                           .value(QStringLiteral("Item"))
                           .toObject();
            }
            ++processed;
            QJsonObject itemKey;
            for (const QString &name : std::as_const(keyNames)) {
                const QJsonObject value = item.value(name).toObject();
                if (value.contains(keyTypes.value(name)))
                    itemKey.insert(name, value);
            }
            if (item.isEmpty() || itemKey.size() != keyNames.size()) {
                ++errors;
                continue;
            }
            const QString id =
                QString::fromUtf8(QJsonDocument(itemKey).toJson(QJsonDocument::Compact));
            if (positions.contains(id)) {
                items.replace(positions.value(id), item);
            } else {
                positions.insert(id, int(items.size()));
                items.append(item);
            }
        }
    }

    QJsonObject create = parameters;
    if (!create.contains(QStringLiteral("BillingMode")))
        create.insert(QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST"));
    const QString tableName = str(parameters, "TableName");
    m_server->callBackend(
        QStringLiteral("CreateTable"), create,
        [this, index, tableName, items, processed, errors, bytes,
         fail](const BackendResult &created) {
            if (!created.ok()) {
                fail(created.code, created.message);
                return;
            }
            m_imports[index].description.insert(
                QStringLiteral("TableId"),
                created.response.value(QStringLiteral("TableDescription"))
                    .toObject()
                    .value(QStringLiteral("TableId")));
            m_server->putItems(
                tableName, items,
                [this, index, items, processed, errors, bytes, fail](const BackendResult &written) {
                    if (!written.ok()) {
                        fail(written.code, written.message);
                        return;
                    }
                    finishJob(&m_imports, index, QStringLiteral("ImportStatus"),
                              QStringLiteral("COMPLETED"),
                              {{QStringLiteral("ProcessedItemCount"), processed},
                               {QStringLiteral("ImportedItemCount"), items.size()},
                               {QStringLiteral("ErrorCount"), errors},
                               {QStringLiteral("ProcessedSizeBytes"), bytes}});
                });
        });
}

void FakeExports::finishJob(QList<Job> *jobs, int index, const QString &statusMember,
                            const QString &status, const QJsonObject &extra)
{
    QJsonObject &description = (*jobs)[index].description;
    description.insert(statusMember, status);
    if (!extra.contains(QStringLiteral("EndTime")))
        description.insert(QStringLiteral("EndTime"), ControlPlaneServer::nowSeconds());
    for (auto it = extra.begin(); it != extra.end(); ++it)
        description.insert(it.key(), it.value());
}

} // namespace dyna::test
