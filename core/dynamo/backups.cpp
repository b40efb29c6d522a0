#include "backups.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dyna::dynamo {

namespace {

// lupdate files these strings under the context they are looked up by; a free tr() would
// be filed under the namespace, where no lookup finds its translations.
struct BackupsText
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
};

QJsonObject throughput(qint64 read, qint64 write)
{
    return {{QStringLiteral("ReadCapacityUnits"), read},
            {QStringLiteral("WriteCapacityUnits"), write}};
}

QStringList indexNames(const QJsonArray &indexes)
{
    QStringList names;
    for (const auto &index : indexes)
        names.append(index.toObject().value(QStringLiteral("IndexName")).toString());
    return names;
}

// Only the members an index definition takes (descriptions also carry status, size, ARN...).
QJsonObject indexDefinition(const QJsonObject &index)
{
    QJsonObject definition;
    for (const QString &member :
         {QStringLiteral("IndexName"), QStringLiteral("KeySchema"), QStringLiteral("Projection")})
        definition.insert(member, index.value(member));
    return definition;
}

} // namespace

BackupSummary BackupSummary::fromJson(const QJsonObject &json)
{
    BackupSummary summary;
    summary.backupArn = json.value(QStringLiteral("BackupArn")).toString();
    summary.backupName = json.value(QStringLiteral("BackupName")).toString();
    summary.tableName = json.value(QStringLiteral("TableName")).toString();
    summary.tableArn = json.value(QStringLiteral("TableArn")).toString();
    summary.status = json.value(QStringLiteral("BackupStatus")).toString();
    summary.type = json.value(QStringLiteral("BackupType")).toString();
    summary.created = dateFromJson(json.value(QStringLiteral("BackupCreationDateTime")));
    summary.expires = dateFromJson(json.value(QStringLiteral("BackupExpiryDateTime")));
    summary.sizeBytes = json.value(QStringLiteral("BackupSizeBytes")).toInteger(-1);
    return summary;
}

BackupDetails BackupDetails::fromJson(const QJsonObject &backupDescription)
{
    BackupDetails details;
    details.backup = BackupSummary::fromJson(
        backupDescription.value(QStringLiteral("BackupDetails")).toObject());
    details.sourceTable = backupDescription.value(QStringLiteral("SourceTableDetails")).toObject();
    details.sourceFeatures =
        backupDescription.value(QStringLiteral("SourceTableFeatureDetails")).toObject();
    details.backup.tableName = details.sourceTable.value(QStringLiteral("TableName")).toString();
    details.backup.tableArn = details.sourceTable.value(QStringLiteral("TableArn")).toString();
    return details;
}

QJsonObject BackupDetails::sourceAsTable() const
{
    QJsonObject table;
    for (const QString &member :
         {QStringLiteral("TableName"), QStringLiteral("TableArn"), QStringLiteral("KeySchema"),
          QStringLiteral("ProvisionedThroughput"), QStringLiteral("ItemCount"),
          QStringLiteral("TableSizeBytes")}) {
        if (sourceTable.contains(member))
            table.insert(member, sourceTable.value(member));
    }
    table.insert(
        QStringLiteral("BillingModeSummary"),
        QJsonObject{{QStringLiteral("BillingMode"), sourceTable.value(QStringLiteral("BillingMode"))
                                                        .toString(QStringLiteral("PROVISIONED"))}});
    for (const QString &member :
         {QStringLiteral("GlobalSecondaryIndexes"), QStringLiteral("LocalSecondaryIndexes"),
          QStringLiteral("SSEDescription")}) {
        if (sourceFeatures.contains(member))
            table.insert(member, sourceFeatures.value(member));
    }
    return table;
}

QString BackupListFilter::typeName(Type type)
{
    switch (type) {
    case Type::All:
        return QStringLiteral("ALL");
    case Type::User:
        return QStringLiteral("USER");
    case Type::System:
        return QStringLiteral("SYSTEM");
    case Type::AwsBackup:
        return QStringLiteral("AWS_BACKUP");
    }
    return {};
}

QString BackupListFilter::validate() const
{
    if (from.isValid() && to.isValid() && from > to)
        return BackupsText::tr("The start of the time range is after its end.");
    if (limit < 0 || limit > 100)
        return BackupsText::tr("The page size must be between 1 and 100 backups.");
    return {};
}

QJsonObject BackupListFilter::toInput() const
{
    QJsonObject input{{QStringLiteral("BackupType"), typeName(type)}};
    if (!tableName.isEmpty())
        input.insert(QStringLiteral("TableName"), tableName);
    if (from.isValid())
        input.insert(QStringLiteral("TimeRangeLowerBound"), dateToJson(from));
    if (to.isValid())
        input.insert(QStringLiteral("TimeRangeUpperBound"), dateToJson(to));
    if (limit > 0)
        input.insert(QStringLiteral("Limit"), limit);
    return input;
}

RestoreOverrides RestoreOverrides::fromSourceTable(const QJsonObject &table)
{
    RestoreOverrides overrides;
    overrides.m_sourceGlobalIndexes =
        table.value(QStringLiteral("GlobalSecondaryIndexes")).toArray();
    overrides.m_sourceLocalIndexes = table.value(QStringLiteral("LocalSecondaryIndexes")).toArray();
    overrides.keptGlobalIndexes = indexNames(overrides.m_sourceGlobalIndexes);
    overrides.keptLocalIndexes = indexNames(overrides.m_sourceLocalIndexes);
    // DescribeTable leaves BillingModeSummary out for tables that were always provisioned.
    overrides.m_sourceProvisioned = table.value(QStringLiteral("BillingModeSummary"))
                                        .toObject()
                                        .value(QStringLiteral("BillingMode"))
                                        .toString() != QLatin1String("PAY_PER_REQUEST");
    const QJsonObject provisioned = table.value(QStringLiteral("ProvisionedThroughput")).toObject();
    overrides.readCapacity = provisioned.value(QStringLiteral("ReadCapacityUnits")).toInteger();
    overrides.writeCapacity = provisioned.value(QStringLiteral("WriteCapacityUnits")).toInteger();
    return overrides;
}

bool RestoreOverrides::effectiveProvisioned() const
{
    return billing == Billing::Keep ? m_sourceProvisioned : billing == Billing::Provisioned;
}

bool isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[a-zA-Z0-9_.-]{3,255}\\z"));
    return pattern.match(name).hasMatch();
}

QString RestoreOverrides::validate() const
{
    if (!isValidName(targetTableName))
        return BackupsText::tr(
            "The new table name must be 3 to 255 letters, digits, underscores (_), "
            "hyphens (-) or dots (.).");
    if (billing == Billing::Provisioned && (readCapacity <= 0 || writeCapacity <= 0))
        return BackupsText::tr(
            "Provisioned capacity needs at least 1 read and 1 write capacity unit.");
    const QStringList globalNames = indexNames(m_sourceGlobalIndexes);
    for (const QString &name : keptGlobalIndexes) {
        if (!globalNames.contains(name))
            return BackupsText::tr("The source table has no global secondary index named %1.")
                .arg(name);
    }
    const QStringList localNames = indexNames(m_sourceLocalIndexes);
    for (const QString &name : keptLocalIndexes) {
        if (!localNames.contains(name))
            return BackupsText::tr("The source table has no local secondary index named %1.")
                .arg(name);
    }
    if (encryption == Encryption::CustomerKms && kmsKeyId.trimmed().isEmpty())
        return BackupsText::tr(
            "Enter the KMS key (ID, ARN or alias) to encrypt the new table with.");
    return {};
}

QJsonObject RestoreOverrides::toInput() const
{
    QJsonObject input{{QStringLiteral("TargetTableName"), targetTableName}};
    const bool provisioned = effectiveProvisioned();
    if (billing == Billing::Provisioned) {
        input.insert(QStringLiteral("BillingModeOverride"), QStringLiteral("PROVISIONED"));
        input.insert(QStringLiteral("ProvisionedThroughputOverride"),
                     throughput(readCapacity, writeCapacity));
    } else if (billing == Billing::PayPerRequest) {
        input.insert(QStringLiteral("BillingModeOverride"), QStringLiteral("PAY_PER_REQUEST"));
    }
    // A changed billing mode changes what each index definition needs (throughput or none),
    // so the index list is sent whenever either changes.
    if (billing != Billing::Keep || keptGlobalIndexes != indexNames(m_sourceGlobalIndexes)) {
        QJsonArray globals;
        for (const auto &value : m_sourceGlobalIndexes) {
            const QJsonObject index = value.toObject();
            if (!keptGlobalIndexes.contains(index.value(QStringLiteral("IndexName")).toString()))
                continue;
            QJsonObject definition = indexDefinition(index);
            if (provisioned) {
                const QJsonObject own =
                    index.value(QStringLiteral("ProvisionedThroughput")).toObject();
                const qint64 read = own.value(QStringLiteral("ReadCapacityUnits")).toInteger();
                const qint64 write = own.value(QStringLiteral("WriteCapacityUnits")).toInteger();
                definition.insert(QStringLiteral("ProvisionedThroughput"),
                                  billing == Billing::Keep && read > 0 && write > 0
                                      ? throughput(read, write)
                                      : throughput(readCapacity, writeCapacity));
            }
            globals.append(definition);
        }
        input.insert(QStringLiteral("GlobalSecondaryIndexOverride"), globals);
    }
    if (keptLocalIndexes != indexNames(m_sourceLocalIndexes)) {
        QJsonArray locals;
        for (const auto &value : m_sourceLocalIndexes) {
            const QJsonObject index = value.toObject();
            if (keptLocalIndexes.contains(index.value(QStringLiteral("IndexName")).toString()))
                locals.append(indexDefinition(index));
        }
        input.insert(QStringLiteral("LocalSecondaryIndexOverride"), locals);
    }
    switch (encryption) {
    case Encryption::Keep:
        break;
    case Encryption::AwsOwned:
        input.insert(QStringLiteral("SSESpecificationOverride"),
                     QJsonObject{{QStringLiteral("Enabled"), false}});
        break;
    case Encryption::AwsManagedKms:
        input.insert(QStringLiteral("SSESpecificationOverride"),
                     QJsonObject{{QStringLiteral("Enabled"), true},
                                 {QStringLiteral("SSEType"), QStringLiteral("KMS")}});
        break;
    case Encryption::CustomerKms:
        input.insert(QStringLiteral("SSESpecificationOverride"),
                     QJsonObject{{QStringLiteral("Enabled"), true},
                                 {QStringLiteral("SSEType"), QStringLiteral("KMS")},
                                 {QStringLiteral("KMSMasterKeyId"), kmsKeyId.trimmed()}});
        break;
    }
    return input;
}

QJsonObject createBackupInput(const QString &tableName, const QString &backupName)
{
    return {{QStringLiteral("TableName"), tableName}, {QStringLiteral("BackupName"), backupName}};
}

} // namespace dyna::dynamo
