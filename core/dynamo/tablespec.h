#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace dyna::dynamo {

// One key attribute: its name and scalar type ("S", "N" or "B"). An empty name means "none"
// (a table or index without a sort key).
struct KeyDefinition
{
    QString name;
    QString type = QStringLiteral("S");

    bool isSet() const { return !name.isEmpty(); }
};

enum class BillingMode { PayPerRequest, Provisioned };

// Read and write limits: capacity units when provisioned, optional maximum request units
// (0 = no maximum) when on demand.
struct Throughput
{
    qint64 read = 0;
    qint64 write = 0;
};

struct IndexSpec
{
    QString name;
    KeyDefinition partitionKey; // LSIs: must be the table's partition key
    KeyDefinition sortKey;
    QString projectionType = QStringLiteral("ALL"); // ALL, KEYS_ONLY or INCLUDE
    QStringList nonKeyAttributes;                   // INCLUDE only
    Throughput throughput;                          // GSIs only, meaning set by the billing mode
};

// Everything the create-table wizard asks for.
struct TableSpec
{
    QString tableName;
    KeyDefinition partitionKey;
    KeyDefinition sortKey;
    QList<IndexSpec> globalIndexes;
    QList<IndexSpec> localIndexes;
    BillingMode billingMode = BillingMode::PayPerRequest;
    Throughput throughput;
    bool streamEnabled = false;
    QString streamViewType; // NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES, KEYS_ONLY
    QString tableClass = QStringLiteral("STANDARD");
    bool deletionProtection = false;
    QList<QPair<QString, QString>> tags;
};

// Where a problem in a TableSpec or TableUpdate is, so a dialog can show it next to the field.
enum class SpecField {
    None,
    TableName,
    PartitionKey,
    SortKey,
    GlobalIndexes,
    LocalIndexes,
    Capacity,
    Stream,
    TableClass,
    Tags
};

struct SpecError
{
    SpecField field = SpecField::None;
    int index = -1; // which index or tag, when the field is a list
    QString message;
};

// The CreateTable input for spec, with AttributeDefinitions built from the key attributes of
// the table and its indexes (each exactly once: DynamoDB refuses unused definitions). An empty
// object and a sentence in *error (and its place in *where) when the spec cannot be created.
QJsonObject createTableRequest(const TableSpec &spec, QString *error, SpecError *where = nullptr);

// Changes to an existing table; members left empty stay as they are.
struct TableUpdate
{
    QString tableName;
    std::optional<BillingMode> billingMode;
    std::optional<Throughput> throughput;
    // Capacity (or on-demand maximum) of existing GSIs, by name.
    QList<QPair<QString, Throughput>> indexThroughput;
    QList<IndexSpec> createIndexes;
    QStringList deleteIndexes;
    std::optional<bool> streamEnabled;
    QString streamViewType;
    std::optional<QString> tableClass;
    std::optional<bool> deletionProtection;
};

// One UpdateTable call of a sequence; run them in order, waiting for the table (and its
// indexes) to be ACTIVE in between.
struct UpdateStep
{
    QJsonObject input;
    QString description; // a plain sentence: what this call does and why it is separate
};

// The UpdateTable calls that apply `update` to the table described by `currentDescription`
// (the "Table" object of DescribeTable). DynamoDB accepts one GSI creation or deletion per
// call, and a throughput change, a stream change, a GSI deletion and a GSI creation each need
// their own call; changing a stream's view type means disabling it and enabling it again.
// An empty list and a sentence in *error when the update cannot be applied; an empty list
// without error when nothing changes.
QList<UpdateStep> updateTableRequests(const QJsonObject &currentDescription,
                                      const TableUpdate &update, QString *error,
                                      SpecError *where = nullptr);

} // namespace dyna::dynamo
