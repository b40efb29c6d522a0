#pragma once

#include "attributevalue.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dyna::dynamo {

// How a condition compares the attribute at its path with its values. Sort-key conditions
// allow only Equal, the four orderings, Between and BeginsWith; filters allow all. The
// orderings and Between take S, N or B values only (numbers compared exactly, strings and
// binaries by their bytes, as DynamoDB compares them).
enum class Comparator {
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Between,       // two values, low <= high
    BeginsWith,    // one S or B value
    In,            // 1..100 values
    Exists,        // no value
    NotExists,     // no value
    AttributeType, // one S value: "S", "N", "B", "SS", "NS", "BS", "BOOL", "NULL", "L" or "M"
    Contains,      // one value
    NotContains,   // one value
    SizeEqual,     // size(path) compared with one N value
    SizeNotEqual,
    SizeLess,
    SizeLessOrEqual,
    SizeGreater,
    SizeGreaterOrEqual,
};

bool isAllowedInKeyCondition(Comparator op);

// One line of the form. In a filter or projection, `path` is a document path as the user types
// it: names separated by '.', list elements as [n] ("orders[2].price"). A name containing '.',
// '[', ']' or a quote is written between backticks or double quotes (`a.b` or "a.b"); the
// quotes are not part of the name and a name cannot contain its own quote character.
// Every name becomes a placeholder (#n0, #n1, ...), so reserved words and dashes need no
// quoting. In a sort-key condition the path is the sort key's name taken literally.
struct Condition
{
    QString path;
    Comparator op = Comparator::Equal;
    QList<AttributeValue> values;
};

// What the query form holds. Key fields (partitionKey, partitionValue, sortCondition) are
// ignored for a Scan; totalSegments is used only by buildSegmentRequests.
struct QuerySpec
{
    QString table;
    QString index; // empty: the table itself
    bool scan = false;
    // Empty names are taken from the key schema when a table description is given.
    QString partitionKey;
    AttributeValue partitionValue;
    std::optional<Condition> sortCondition;
    QList<Condition> filters; // joined with AND
    QStringList projection;   // document paths; empty: every attribute
    bool countOnly = false;   // Select COUNT; not with a projection
    bool forward = true;      // Query only: false reads the sort key descending
    bool consistentRead = false;
    int pageSize = 0;      // Limit; 0: none
    int totalSegments = 1; // parallel Scan, 1..1000000

    // Raw mode: expressions written by the user, with their own placeholders. rawValues holds
    // DynamoDB JSON ({":v": {"N": "1.5"}}); rawNames maps "#name" to the attribute name.
    bool raw = false;
    QString rawKeyCondition; // Query only, required
    QString rawFilter;
    QString rawProjection;
    QJsonObject rawNames;
    QJsonObject rawValues;
};

// The key of a table or of one of its indexes, read from a DescribeTable "Table" object.
struct KeySchemaInfo
{
    bool found = false; // false: no such index
    bool globalIndex = false;
    bool localIndex = false;
    QString partitionKey;
    QString partitionType; // "S", "N" or "B"
    QString sortKey;       // empty when there is none
    QString sortType;
};

KeySchemaInfo keySchema(const QJsonObject &table, const QString &index);

// "Query" or "Scan".
QString operation(const QuerySpec &spec);

// The Query or Scan input in wire format (placeholders #n0.. and :v0.., ReturnConsumedCapacity
// TOTAL), or an empty object and a sentence naming the bad field in *error (cleared on
// success). `table` is the DescribeTable "Table" object when known: with it the index must
// exist, key value types must match the AttributeDefinitions and consistent reads are refused
// on a global secondary index. A Scan built here reads every segment (no Segment member).
QJsonObject buildRequest(const QuerySpec &spec, QString *error, const QJsonObject &table = {});

// A parallel Scan: one input per segment (Segment 0..totalSegments-1, TotalSegments), each
// otherwise equal to buildRequest's. An empty list and a sentence in *error on failure.
QList<QJsonObject> buildSegmentRequests(const QuerySpec &spec, QString *error,
                                        const QJsonObject &table = {});

// A one-line preview with the user's names and values, e.g.
// Query Orders: pk = "A" AND sk BETWEEN 1 AND 5, filter status IN ("new", "paid"), descending
// Key names left empty in the spec are taken from `table` (DescribeTable "Table") when given.
QString describe(const QuerySpec &spec, const QJsonObject &table = {});

// Read capacity units a full Scan of the table (or of `index`) consumes: its size in bytes
// (TableSizeBytes or IndexSizeBytes, which DynamoDB refreshes about every six hours) divided
// by 4 KB, halved for eventually consistent reads. nullopt when the size is not in the
// description.
std::optional<double> estimatedScanReadUnits(const QJsonObject &table, bool consistentRead,
                                             const QString &index = {});

constexpr double kScanWarningReadUnits = 1000;

// Whether a full Scan deserves a confirmation: it would consume more than
// kScanWarningReadUnits or its size is unknown. `text` is the sentence to show.
struct ScanWarning
{
    bool warn = false;
    QString text;
};

ScanWarning scanWarning(const QJsonObject &table, bool consistentRead, const QString &index = {});

} // namespace dyna::dynamo
