#include "tablespec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace dyna::dynamo {

namespace {

// DynamoDB's documented quotas for CreateTable and UpdateTable.
constexpr int MaxLocalIndexes = 5;
constexpr int MaxGlobalIndexes = 20;
constexpr int MaxNonKeyAttributesPerIndex = 20;
constexpr int MaxProjectedAttributesPerTable = 100;
constexpr int MaxTags = 50;

// Looked up under the same context lupdate files the strings under (a free TableSpecText::tr()
// would be filed under the namespace, and its translations never found).
struct TableSpecText
{
    Q_DECLARE_TR_FUNCTIONS(TableSpec)
};

QString nameProblem(const QString &name, const QString &what)
{
    if (name.size() < 3 || name.size() > 255)
        return TableSpecText::tr("The %1 must be 3 to 255 characters long.").arg(what);
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_.-]+$"));
    if (!pattern.match(name).hasMatch()) {
        return TableSpecText::tr(
                   "The %1 may contain only letters, digits, underscores (_), hyphens (-) and "
                   "dots (.).")
            .arg(what);
    }
    return {};
}

QString keyProblem(const KeyDefinition &key, const QString &what)
{
    if (key.name.isEmpty())
        return TableSpecText::tr("Enter the attribute name of the %1.").arg(what);
    if (key.name.size() > 255)
        return TableSpecText::tr("The attribute name of the %1 is longer than 255 characters.")
            .arg(what);
    if (key.type != QLatin1String("S") && key.type != QLatin1String("N") &&
        key.type != QLatin1String("B")) {
        return TableSpecText::tr("The %1 must be of type S (string), N (number) or B (binary).")
            .arg(what);
    }
    return {};
}

// Attribute definitions in first-use order; each name once, with one type.
class Definitions
{
public:
    // False, with a sentence, when the attribute is already defined with another type.
    bool add(const KeyDefinition &key, QString *error)
    {
        for (const auto &existing : std::as_const(m_keys)) {
            if (existing.name != key.name)
                continue;
            if (existing.type == key.type)
                return true;
            *error =
                TableSpecText::tr("The attribute %1 is used as a key of type %2 and of type %3; an "
                                  "attribute has one type.")
                    .arg(key.name, existing.type, key.type);
            return false;
        }
        m_keys.append(key);
        return true;
    }
    QString typeOf(const QString &name) const
    {
        for (const auto &key : m_keys) {
            if (key.name == name)
                return key.type;
        }
        return {};
    }
    QJsonArray toJson() const
    {
        QJsonArray array;
        for (const auto &key : m_keys) {
            array.append(QJsonObject{{QStringLiteral("AttributeName"), key.name},
                                     {QStringLiteral("AttributeType"), key.type}});
        }
        return array;
    }

private:
    QList<KeyDefinition> m_keys;
};

QJsonArray keySchema(const KeyDefinition &partitionKey, const KeyDefinition &sortKey)
{
    QJsonArray schema{QJsonObject{{QStringLiteral("AttributeName"), partitionKey.name},
                                  {QStringLiteral("KeyType"), QStringLiteral("HASH")}}};
    if (sortKey.isSet()) {
        schema.append(QJsonObject{{QStringLiteral("AttributeName"), sortKey.name},
                                  {QStringLiteral("KeyType"), QStringLiteral("RANGE")}});
    }
    return schema;
}

QJsonObject projection(const IndexSpec &index)
{
    QJsonObject result{{QStringLiteral("ProjectionType"), index.projectionType}};
    if (index.projectionType == QLatin1String("INCLUDE"))
        result.insert(QStringLiteral("NonKeyAttributes"),
                      QJsonArray::fromStringList(index.nonKeyAttributes));
    return result;
}

QJsonObject provisioned(const Throughput &throughput)
{
    return {{QStringLiteral("ReadCapacityUnits"), throughput.read},
            {QStringLiteral("WriteCapacityUnits"), throughput.write}};
}

QJsonObject onDemand(const Throughput &throughput)
{
    QJsonObject result;
    if (throughput.read > 0)
        result.insert(QStringLiteral("MaxReadRequestUnits"), throughput.read);
    if (throughput.write > 0)
        result.insert(QStringLiteral("MaxWriteRequestUnits"), throughput.write);
    return result;
}

// DynamoDB may describe "no maximum" as -1 or leave the member out; both mean none.
QJsonObject currentLimits(const QJsonObject &description)
{
    QJsonObject limits = description.value(QStringLiteral("OnDemandThroughput")).toObject();
    for (const QString &key : limits.keys()) {
        if (limits.value(key).toInteger() <= 0)
            limits.remove(key);
    }
    return limits;
}

QString throughputProblem(BillingMode mode, const Throughput &throughput, const QString &what)
{
    if (mode == BillingMode::Provisioned) {
        if (throughput.read < 1 || throughput.write < 1)
            return TableSpecText::tr(
                       "Provisioned read and write capacity of %1 must be at least 1.")
                .arg(what);
    } else if (throughput.read < 0 || throughput.write < 0) {
        return TableSpecText::tr("The maximum on-demand throughput of %1 cannot be negative.")
            .arg(what);
    }
    return {};
}

// Adds the index's capacity member for the billing mode.
void addThroughput(QJsonObject &index, BillingMode mode, const Throughput &throughput)
{
    if (mode == BillingMode::Provisioned) {
        index.insert(QStringLiteral("ProvisionedThroughput"), provisioned(throughput));
    } else if (const QJsonObject limits = onDemand(throughput); !limits.isEmpty()) {
        index.insert(QStringLiteral("OnDemandThroughput"), limits);
    }
}

QString projectionProblem(const IndexSpec &index)
{
    const QString type = index.projectionType;
    if (type != QLatin1String("ALL") && type != QLatin1String("KEYS_ONLY") &&
        type != QLatin1String("INCLUDE")) {
        return TableSpecText::tr("The projection of index %1 must be ALL, KEYS_ONLY or INCLUDE.")
            .arg(index.name);
    }
    if (type == QLatin1String("INCLUDE")) {
        if (index.nonKeyAttributes.isEmpty())
            return TableSpecText::tr(
                       "Index %1 projects INCLUDE: list the non-key attributes it includes.")
                .arg(index.name);
        if (index.nonKeyAttributes.size() > MaxNonKeyAttributesPerIndex)
            return TableSpecText::tr("Index %1 includes more than %2 non-key attributes.")
                .arg(index.name)
                .arg(MaxNonKeyAttributesPerIndex);
        for (const QString &attribute : index.nonKeyAttributes) {
            if (attribute.isEmpty())
                return TableSpecText::tr("Index %1 lists an empty non-key attribute name.")
                    .arg(index.name);
        }
    } else if (!index.nonKeyAttributes.isEmpty()) {
        return TableSpecText::tr(
                   "Index %1 lists non-key attributes, which only an INCLUDE projection takes.")
            .arg(index.name);
    }
    return {};
}

// Checks one GSI (its name against `usedNames`) and adds its keys to `definitions`.
QString globalIndexProblem(const IndexSpec &index, BillingMode mode, QSet<QString> *usedNames,
                           Definitions *definitions)
{
    if (const QString problem = nameProblem(index.name, TableSpecText::tr("index name"));
        !problem.isEmpty())
        return problem;
    if (usedNames->contains(index.name))
        return TableSpecText::tr("Two indexes are named %1; index names must be unique.")
            .arg(index.name);
    usedNames->insert(index.name);
    if (QString problem = keyProblem(
            index.partitionKey, TableSpecText::tr("partition key of index %1").arg(index.name));
        !problem.isEmpty()) {
        return problem;
    }
    if (index.sortKey.isSet()) {
        if (QString problem = keyProblem(index.sortKey,
                                         TableSpecText::tr("sort key of index %1").arg(index.name));
            !problem.isEmpty()) {
            return problem;
        }
        if (index.sortKey.name == index.partitionKey.name)
            return TableSpecText::tr("Index %1 uses %2 as both partition key and sort key.")
                .arg(index.name, index.sortKey.name);
    }
    if (QString problem = projectionProblem(index); !problem.isEmpty())
        return problem;
    if (QString problem = throughputProblem(mode, index.throughput,
                                            TableSpecText::tr("index %1").arg(index.name));
        !problem.isEmpty()) {
        return problem;
    }
    QString error;
    if (!definitions->add(index.partitionKey, &error) ||
        (index.sortKey.isSet() && !definitions->add(index.sortKey, &error))) {
        return error;
    }
    return {};
}

QJsonObject globalIndexJson(const IndexSpec &index, BillingMode mode)
{
    QJsonObject json{{QStringLiteral("IndexName"), index.name},
                     {QStringLiteral("KeySchema"), keySchema(index.partitionKey, index.sortKey)},
                     {QStringLiteral("Projection"), projection(index)}};
    addThroughput(json, mode, index.throughput);
    return json;
}

void fail(QString *error, SpecError *where, SpecField field, int index, const QString &message)
{
    if (error)
        *error = message;
    if (where)
        *where = SpecError{field, index, message};
}

const QStringList &streamViewTypes()
{
    static const QStringList types{QStringLiteral("NEW_IMAGE"), QStringLiteral("OLD_IMAGE"),
                                   QStringLiteral("NEW_AND_OLD_IMAGES"),
                                   QStringLiteral("KEYS_ONLY")};
    return types;
}

bool validTableClass(const QString &tableClass)
{
    return tableClass == QLatin1String("STANDARD") ||
           tableClass == QLatin1String("STANDARD_INFREQUENT_ACCESS");
}

int projectedAttributeCount(const QList<IndexSpec> &indexes)
{
    int count = 0;
    for (const auto &index : indexes) {
        if (index.projectionType == QLatin1String("INCLUDE"))
            count += int(index.nonKeyAttributes.size());
    }
    return count;
}

} // namespace

QJsonObject createTableRequest(const TableSpec &spec, QString *error, SpecError *where)
{
    if (const QString problem = nameProblem(spec.tableName, TableSpecText::tr("table name"));
        !problem.isEmpty()) {
        fail(error, where, SpecField::TableName, -1, problem);
        return {};
    }
    if (QString problem = keyProblem(spec.partitionKey, TableSpecText::tr("partition key"));
        !problem.isEmpty()) {
        fail(error, where, SpecField::PartitionKey, -1, problem);
        return {};
    }
    Definitions definitions;
    QString definitionError;
    definitions.add(spec.partitionKey, &definitionError);
    if (spec.sortKey.isSet()) {
        if (QString problem = keyProblem(spec.sortKey, TableSpecText::tr("sort key"));
            !problem.isEmpty()) {
            fail(error, where, SpecField::SortKey, -1, problem);
            return {};
        }
        if (spec.sortKey.name == spec.partitionKey.name) {
            fail(error, where, SpecField::SortKey, -1,
                 TableSpecText::tr(
                     "The sort key must be another attribute than the partition key."));
            return {};
        }
        definitions.add(spec.sortKey, &definitionError);
    }

    QSet<QString> indexNames;
    if (spec.localIndexes.size() > MaxLocalIndexes) {
        fail(error, where, SpecField::LocalIndexes, MaxLocalIndexes,
             TableSpecText::tr("A table can have at most %1 local secondary indexes.")
                 .arg(MaxLocalIndexes));
        return {};
    }
    QJsonArray localIndexes;
    for (int i = 0; i < spec.localIndexes.size(); ++i) {
        IndexSpec index = spec.localIndexes.at(i);
        const auto failLocal = [&](const QString &message) {
            fail(error, where, SpecField::LocalIndexes, i, message);
            return QJsonObject();
        };
        if (!spec.sortKey.isSet())
            return failLocal(
                TableSpecText::tr("Local secondary indexes need a table with a sort key."));
        // An LSI always shares the table's partition key; the wizard may leave it out.
        if (!index.partitionKey.isSet())
            index.partitionKey = spec.partitionKey;
        if (index.partitionKey.name != spec.partitionKey.name)
            return failLocal(
                TableSpecText::tr("Local secondary index %1 must use the table's partition key %2.")
                    .arg(index.name, spec.partitionKey.name));
        if (!index.sortKey.isSet())
            return failLocal(
                TableSpecText::tr("Local secondary index %1 needs a sort key.").arg(index.name));
        // No capacity of its own: an LSI shares the table's.
        index.throughput = {};
        if (QString problem =
                globalIndexProblem(index, BillingMode::PayPerRequest, &indexNames, &definitions);
            !problem.isEmpty()) {
            return failLocal(problem);
        }
        localIndexes.append(
            QJsonObject{{QStringLiteral("IndexName"), index.name},
                        {QStringLiteral("KeySchema"), keySchema(index.partitionKey, index.sortKey)},
                        {QStringLiteral("Projection"), projection(index)}});
    }

    if (spec.globalIndexes.size() > MaxGlobalIndexes) {
        fail(error, where, SpecField::GlobalIndexes, MaxGlobalIndexes,
             TableSpecText::tr("A table can have at most %1 global secondary indexes.")
                 .arg(MaxGlobalIndexes));
        return {};
    }
    QJsonArray globalIndexes;
    for (int i = 0; i < spec.globalIndexes.size(); ++i) {
        const IndexSpec &index = spec.globalIndexes.at(i);
        if (QString problem =
                globalIndexProblem(index, spec.billingMode, &indexNames, &definitions);
            !problem.isEmpty()) {
            fail(error, where, SpecField::GlobalIndexes, i, problem);
            return {};
        }
        globalIndexes.append(globalIndexJson(index, spec.billingMode));
    }
    if (projectedAttributeCount(spec.localIndexes) + projectedAttributeCount(spec.globalIndexes) >
        MaxProjectedAttributesPerTable) {
        fail(error, where, SpecField::GlobalIndexes, -1,
             TableSpecText::tr(
                 "The indexes of a table can include at most %1 non-key attributes in all.")
                 .arg(MaxProjectedAttributesPerTable));
        return {};
    }

    if (QString problem =
            throughputProblem(spec.billingMode, spec.throughput, TableSpecText::tr("the table"));
        !problem.isEmpty()) {
        fail(error, where, SpecField::Capacity, -1, problem);
        return {};
    }
    if (spec.streamEnabled && !streamViewTypes().contains(spec.streamViewType)) {
        fail(error, where, SpecField::Stream, -1,
             TableSpecText::tr(
                 "Choose what the stream records: NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES or "
                 "KEYS_ONLY."));
        return {};
    }
    if (!validTableClass(spec.tableClass)) {
        fail(error, where, SpecField::TableClass, -1,
             TableSpecText::tr("The table class must be STANDARD or STANDARD_INFREQUENT_ACCESS."));
        return {};
    }
    if (spec.tags.size() > MaxTags) {
        fail(error, where, SpecField::Tags, MaxTags,
             TableSpecText::tr("A table can have at most %1 tags.").arg(MaxTags));
        return {};
    }
    QJsonArray tags;
    QSet<QString> tagKeys;
    for (int i = 0; i < spec.tags.size(); ++i) {
        const auto &[key, value] = spec.tags.at(i);
        QString problem;
        if (key.isEmpty() || key.size() > 128)
            problem = TableSpecText::tr("A tag key must be 1 to 128 characters long.");
        else if (value.size() > 256)
            problem =
                TableSpecText::tr("The value of tag %1 is longer than 256 characters.").arg(key);
        else if (tagKeys.contains(key))
            problem = TableSpecText::tr("The tag %1 is listed twice.").arg(key);
        if (!problem.isEmpty()) {
            fail(error, where, SpecField::Tags, i, problem);
            return {};
        }
        tagKeys.insert(key);
        tags.append(QJsonObject{{QStringLiteral("Key"), key}, {QStringLiteral("Value"), value}});
    }

    QJsonObject request{
        {QStringLiteral("TableName"), spec.tableName},
        {QStringLiteral("AttributeDefinitions"), definitions.toJson()},
        {QStringLiteral("KeySchema"), keySchema(spec.partitionKey, spec.sortKey)},
        {QStringLiteral("BillingMode"), spec.billingMode == BillingMode::Provisioned
                                            ? QStringLiteral("PROVISIONED")
                                            : QStringLiteral("PAY_PER_REQUEST")},
        {QStringLiteral("TableClass"), spec.tableClass},
        {QStringLiteral("DeletionProtectionEnabled"), spec.deletionProtection},
    };
    addThroughput(request, spec.billingMode, spec.throughput);
    if (!localIndexes.isEmpty())
        request.insert(QStringLiteral("LocalSecondaryIndexes"), localIndexes);
    if (!globalIndexes.isEmpty())
        request.insert(QStringLiteral("GlobalSecondaryIndexes"), globalIndexes);
    if (spec.streamEnabled) {
        request.insert(QStringLiteral("StreamSpecification"),
                       QJsonObject{{QStringLiteral("StreamEnabled"), true},
                                   {QStringLiteral("StreamViewType"), spec.streamViewType}});
    }
    if (!tags.isEmpty())
        request.insert(QStringLiteral("Tags"), tags);
    if (error)
        error->clear();
    return request;
}

QList<UpdateStep> updateTableRequests(const QJsonObject &currentDescription,
                                      const TableUpdate &update, QString *error, SpecError *where)
{
    if (error)
        error->clear();
    const QString tableName = update.tableName.isEmpty()
                                  ? currentDescription.value(QStringLiteral("TableName")).toString()
                                  : update.tableName;
    const auto failed = [&](SpecField field, int index, const QString &message) {
        fail(error, where, field, index, message);
        return QList<UpdateStep>();
    };
    // A table created before on-demand existed has no BillingModeSummary: it is provisioned.
    const BillingMode currentMode = currentDescription.value(QStringLiteral("BillingModeSummary"))
                                                .toObject()
                                                .value(QStringLiteral("BillingMode"))
                                                .toString() == QLatin1String("PAY_PER_REQUEST")
                                        ? BillingMode::PayPerRequest
                                        : BillingMode::Provisioned;
    const BillingMode mode = update.billingMode.value_or(currentMode);
    const bool modeChanges = mode != currentMode;

    Definitions definitions;
    for (const auto &value :
         currentDescription.value(QStringLiteral("AttributeDefinitions")).toArray()) {
        const QJsonObject definition = value.toObject();
        QString ignored;
        definitions.add({definition.value(QStringLiteral("AttributeName")).toString(),
                         definition.value(QStringLiteral("AttributeType")).toString()},
                        &ignored);
    }
    QHash<QString, QJsonObject> existingIndexes;
    QSet<QString> indexNames;
    for (const QString &kind :
         {QStringLiteral("GlobalSecondaryIndexes"), QStringLiteral("LocalSecondaryIndexes")}) {
        for (const auto &value : currentDescription.value(kind).toArray()) {
            const QJsonObject index = value.toObject();
            const QString name = index.value(QStringLiteral("IndexName")).toString();
            indexNames.insert(name);
            if (kind.startsWith(QLatin1Char('G')))
                existingIndexes.insert(name, index);
        }
    }

    QList<UpdateStep> steps;
    const auto makeInput = [&tableName] {
        return QJsonObject{{QStringLiteral("TableName"), tableName}};
    };

    // Deletions first: they free index slots for the creations below.
    for (int i = 0; i < update.deleteIndexes.size(); ++i) {
        const QString &name = update.deleteIndexes.at(i);
        if (!existingIndexes.contains(name)) {
            return failed(
                SpecField::GlobalIndexes, i,
                TableSpecText::tr("The table has no global secondary index named %1.").arg(name));
        }
        existingIndexes.remove(name);
        indexNames.remove(name);
        QJsonObject input = makeInput();
        input.insert(QStringLiteral("GlobalSecondaryIndexUpdates"),
                     QJsonArray{QJsonObject{{QStringLiteral("Delete"),
                                             QJsonObject{{QStringLiteral("IndexName"), name}}}}});
        steps.append({input, TableSpecText::tr(
                                 "Delete index %1 (DynamoDB deletes one global secondary index per "
                                 "call).")
                                 .arg(name)});
    }

    // Capacity, billing mode, table class and deletion protection go together in one call.
    QJsonObject settings = makeInput();
    if (modeChanges) {
        settings.insert(QStringLiteral("BillingMode"), mode == BillingMode::Provisioned
                                                           ? QStringLiteral("PROVISIONED")
                                                           : QStringLiteral("PAY_PER_REQUEST"));
    }
    if (mode == BillingMode::Provisioned) {
        const QJsonObject current =
            currentDescription.value(QStringLiteral("ProvisionedThroughput")).toObject();
        const Throughput currentThroughput{
            current.value(QStringLiteral("ReadCapacityUnits")).toInteger(),
            current.value(QStringLiteral("WriteCapacityUnits")).toInteger()};
        if (modeChanges && !update.throughput) {
            return failed(SpecField::Capacity, -1,
                          TableSpecText::tr(
                              "Switching to provisioned capacity needs the table's read and write "
                              "capacity."));
        }
        if (update.throughput) {
            if (QString problem =
                    throughputProblem(mode, *update.throughput, TableSpecText::tr("the table"));
                !problem.isEmpty()) {
                return failed(SpecField::Capacity, -1, problem);
            }
            if (modeChanges || update.throughput->read != currentThroughput.read ||
                update.throughput->write != currentThroughput.write) {
                settings.insert(QStringLiteral("ProvisionedThroughput"),
                                provisioned(*update.throughput));
            }
        }
    } else if (update.throughput) {
        if (QString problem =
                throughputProblem(mode, *update.throughput, TableSpecText::tr("the table"));
            !problem.isEmpty()) {
            return failed(SpecField::Capacity, -1, problem);
        }
        const QJsonObject limits = onDemand(*update.throughput);
        if (limits != currentLimits(currentDescription))
            settings.insert(QStringLiteral("OnDemandThroughput"), limits);
    }
    QJsonArray indexUpdates;
    QSet<QString> updatedIndexes;
    for (int i = 0; i < update.indexThroughput.size(); ++i) {
        const auto &[name, throughput] = update.indexThroughput.at(i);
        if (!existingIndexes.contains(name))
            continue; // deleted above, or not a GSI: nothing to update
        if (QString problem =
                throughputProblem(mode, throughput, TableSpecText::tr("index %1").arg(name));
            !problem.isEmpty()) {
            return failed(SpecField::GlobalIndexes, i, problem);
        }
        const QJsonObject index = existingIndexes.value(name);
        QJsonObject action{{QStringLiteral("IndexName"), name}};
        if (mode == BillingMode::Provisioned) {
            const QJsonObject current =
                index.value(QStringLiteral("ProvisionedThroughput")).toObject();
            if (!modeChanges &&
                current.value(QStringLiteral("ReadCapacityUnits")).toInteger() == throughput.read &&
                current.value(QStringLiteral("WriteCapacityUnits")).toInteger() ==
                    throughput.write) {
                updatedIndexes.insert(name);
                continue;
            }
            action.insert(QStringLiteral("ProvisionedThroughput"), provisioned(throughput));
        } else {
            const QJsonObject limits = onDemand(throughput);
            if (limits == currentLimits(index)) {
                updatedIndexes.insert(name);
                continue;
            }
            action.insert(QStringLiteral("OnDemandThroughput"), limits);
        }
        updatedIndexes.insert(name);
        indexUpdates.append(QJsonObject{{QStringLiteral("Update"), action}});
    }
    if (modeChanges && mode == BillingMode::Provisioned) {
        for (auto it = existingIndexes.cbegin(); it != existingIndexes.cend(); ++it) {
            if (!updatedIndexes.contains(it.key())) {
                return failed(SpecField::GlobalIndexes, -1,
                              TableSpecText::tr(
                                  "Switching to provisioned capacity needs read and write capacity "
                                  "for index %1 too.")
                                  .arg(it.key()));
            }
        }
    }
    if (!indexUpdates.isEmpty())
        settings.insert(QStringLiteral("GlobalSecondaryIndexUpdates"), indexUpdates);
    if (update.tableClass) {
        if (!validTableClass(*update.tableClass)) {
            return failed(SpecField::TableClass, -1,
                          TableSpecText::tr(
                              "The table class must be STANDARD or STANDARD_INFREQUENT_ACCESS."));
        }
        const QString current = currentDescription.value(QStringLiteral("TableClassSummary"))
                                    .toObject()
                                    .value(QStringLiteral("TableClass"))
                                    .toString(QStringLiteral("STANDARD"));
        if (*update.tableClass != current)
            settings.insert(QStringLiteral("TableClass"), *update.tableClass);
    }
    if (update.deletionProtection &&
        *update.deletionProtection !=
            currentDescription.value(QStringLiteral("DeletionProtectionEnabled")).toBool()) {
        settings.insert(QStringLiteral("DeletionProtectionEnabled"), *update.deletionProtection);
    }
    if (settings.size() > 1)
        steps.append({settings, TableSpecText::tr("Change the table's capacity and settings.")});

    // A stream's view type cannot change while it is enabled.
    if (update.streamEnabled) {
        const QJsonObject current =
            currentDescription.value(QStringLiteral("StreamSpecification")).toObject();
        const bool enabled = current.value(QStringLiteral("StreamEnabled")).toBool();
        const QString viewType = current.value(QStringLiteral("StreamViewType")).toString();
        const QJsonObject disable{{QStringLiteral("StreamEnabled"), false}};
        if (*update.streamEnabled) {
            if (!streamViewTypes().contains(update.streamViewType)) {
                return failed(
                    SpecField::Stream, -1,
                    TableSpecText::tr("Choose what the stream records: NEW_IMAGE, OLD_IMAGE, "
                                      "NEW_AND_OLD_IMAGES or KEYS_ONLY."));
            }
            if (enabled && viewType != update.streamViewType) {
                QJsonObject input = makeInput();
                input.insert(QStringLiteral("StreamSpecification"), disable);
                steps.append({input, TableSpecText::tr(
                                         "Disable the stream: its view type can only change by "
                                         "disabling it and enabling a new stream.")});
            }
            if (!enabled || viewType != update.streamViewType) {
                QJsonObject input = makeInput();
                input.insert(
                    QStringLiteral("StreamSpecification"),
                    QJsonObject{{QStringLiteral("StreamEnabled"), true},
                                {QStringLiteral("StreamViewType"), update.streamViewType}});
                steps.append(
                    {input,
                     TableSpecText::tr("Enable a stream of %1.").arg(update.streamViewType)});
            }
        } else if (enabled) {
            QJsonObject input = makeInput();
            input.insert(QStringLiteral("StreamSpecification"), disable);
            steps.append({input, TableSpecText::tr("Disable the stream.")});
        }
    }

    if (existingIndexes.size() + update.createIndexes.size() > MaxGlobalIndexes) {
        return failed(SpecField::GlobalIndexes, -1,
                      TableSpecText::tr("A table can have at most %1 global secondary indexes.")
                          .arg(MaxGlobalIndexes));
    }
    for (int i = 0; i < update.createIndexes.size(); ++i) {
        const IndexSpec &index = update.createIndexes.at(i);
        Definitions indexDefinitions = definitions;
        if (QString problem = globalIndexProblem(index, mode, &indexNames, &indexDefinitions);
            !problem.isEmpty()) {
            return failed(SpecField::GlobalIndexes, i, problem);
        }
        // Only the new index's key attributes: the others are already defined.
        Definitions keys;
        QString ignored;
        keys.add({index.partitionKey.name, indexDefinitions.typeOf(index.partitionKey.name)},
                 &ignored);
        if (index.sortKey.isSet())
            keys.add({index.sortKey.name, indexDefinitions.typeOf(index.sortKey.name)}, &ignored);
        QJsonObject input = makeInput();
        input.insert(QStringLiteral("AttributeDefinitions"), keys.toJson());
        input.insert(
            QStringLiteral("GlobalSecondaryIndexUpdates"),
            QJsonArray{QJsonObject{{QStringLiteral("Create"), globalIndexJson(index, mode)}}});
        steps.append({input, TableSpecText::tr(
                                 "Create index %1 (DynamoDB creates one global secondary index per "
                                 "call; it backfills before the next change).")
                                 .arg(index.name)});
    }
    return steps;
}

} // namespace dyna::dynamo
