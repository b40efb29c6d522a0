#include "queryspec.h"

#include "decimalnumber.h"
#include "exactjson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace dyna::dynamo {

namespace {

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

// Placeholders for one request: each distinct name once (#n0, #n1, ...), each value once per
// use (:v0, :v1, ...), so every defined placeholder is used.
class Placeholders
{
public:
    QString name(const QString &attribute)
    {
        const auto it = m_byName.constFind(attribute);
        if (it != m_byName.constEnd())
            return it.value();
        const QString placeholder = QStringLiteral("#n%1").arg(m_byName.size());
        m_byName.insert(attribute, placeholder);
        m_names.insert(placeholder, attribute);
        return placeholder;
    }
    QString value(const AttributeValue &attributeValue)
    {
        const QString placeholder = QStringLiteral(":v%1").arg(m_values.size());
        m_values.insert(placeholder, attributeValue.toWire());
        return placeholder;
    }
    const QJsonObject &names() const { return m_names; }
    const QJsonObject &values() const { return m_values; }

private:
    QHash<QString, QString> m_byName;
    QJsonObject m_names;
    QJsonObject m_values;
};

struct PathSegment
{
    QString name; // empty for a list index
    qsizetype index = -1;
};

std::optional<QList<PathSegment>> parsePath(const QString &text, QString *error)
{
    const QString path = text.trimmed();
    if (path.isEmpty()) {
        *error = QCoreApplication::translate("QuerySpec", "Enter an attribute path.");
        return std::nullopt;
    }
    QList<PathSegment> segments;
    qsizetype i = 0;
    bool expectName = true;
    while (i < path.size()) {
        const QChar c = path.at(i);
        if (expectName) {
            QString name;
            if (c == QLatin1Char('`') || c == QLatin1Char('"')) {
                const qsizetype close = path.indexOf(c, i + 1);
                if (close < 0) {
                    *error =
                        QCoreApplication::translate(
                            "QuerySpec", "The attribute path %1 has a quote that is never closed.")
                            .arg(quoted(path));
                    return std::nullopt;
                }
                name = path.mid(i + 1, close - i - 1);
                i = close + 1;
            } else {
                const qsizetype start = i;
                while (i < path.size() && path.at(i) != QLatin1Char('.') &&
                       path.at(i) != QLatin1Char('[') && path.at(i) != QLatin1Char(']') &&
                       path.at(i) != QLatin1Char('`') && path.at(i) != QLatin1Char('"'))
                    ++i;
                name = path.mid(start, i - start);
            }
            if (name.isEmpty()) {
                *error = QCoreApplication::translate("QuerySpec",
                                                     "The attribute path %1 has an empty name.")
                             .arg(quoted(path));
                return std::nullopt;
            }
            segments.append({name, -1});
            expectName = false;
            continue;
        }
        if (c == QLatin1Char('.')) {
            expectName = true;
            ++i;
            if (i == path.size()) {
                *error = QCoreApplication::translate("QuerySpec",
                                                     "The attribute path %1 has an empty name.")
                             .arg(quoted(path));
                return std::nullopt;
            }
            continue;
        }
        if (c == QLatin1Char('[')) {
            const qsizetype close = path.indexOf(QLatin1Char(']'), i + 1);
            bool ok = false;
            const QStringView digits = QStringView(path).mid(i + 1, close < 0 ? 0 : close - i - 1);
            const qlonglong index = digits.toLongLong(&ok);
            const bool allDigits =
                !digits.isEmpty() &&
                std::all_of(digits.begin(), digits.end(), [](QChar d) { return d.isDigit(); });
            if (close < 0 || !ok || !allDigits) {
                *error = QCoreApplication::translate(
                             "QuerySpec",
                             "The attribute path %1 has a list index that is not a whole number "
                             "in brackets, such as [0].")
                             .arg(quoted(path));
                return std::nullopt;
            }
            segments.append({QString(), index});
            i = close + 1;
            continue;
        }
        *error = QCoreApplication::translate(
                     "QuerySpec",
                     "The attribute path %1 has an unexpected %2; write a name containing dots, "
                     "brackets or quotes between backticks, such as `a.b`.")
                     .arg(quoted(path), quoted(QString(c)));
        return std::nullopt;
    }
    return segments;
}

QString pathExpression(const QList<PathSegment> &segments, Placeholders &placeholders)
{
    QString expression;
    for (const PathSegment &segment : segments) {
        if (segment.index >= 0) {
            expression += QStringLiteral("[%1]").arg(segment.index);
        } else {
            if (!expression.isEmpty())
                expression += QLatin1Char('.');
            expression += placeholders.name(segment.name);
        }
    }
    return expression;
}

QString operatorSymbol(Comparator op)
{
    switch (op) {
    case Comparator::Equal:
    case Comparator::SizeEqual:
        return QStringLiteral("=");
    case Comparator::NotEqual:
    case Comparator::SizeNotEqual:
        return QStringLiteral("<>");
    case Comparator::Less:
    case Comparator::SizeLess:
        return QStringLiteral("<");
    case Comparator::LessOrEqual:
    case Comparator::SizeLessOrEqual:
        return QStringLiteral("<=");
    case Comparator::Greater:
    case Comparator::SizeGreater:
        return QStringLiteral(">");
    case Comparator::GreaterOrEqual:
    case Comparator::SizeGreaterOrEqual:
        return QStringLiteral(">=");
    case Comparator::Between:
        return QStringLiteral("BETWEEN");
    case Comparator::BeginsWith:
        return QStringLiteral("begins_with");
    case Comparator::In:
        return QStringLiteral("IN");
    case Comparator::Exists:
        return QStringLiteral("attribute_exists");
    case Comparator::NotExists:
        return QStringLiteral("attribute_not_exists");
    case Comparator::AttributeType:
        return QStringLiteral("attribute_type");
    case Comparator::Contains:
    case Comparator::NotContains:
        return QStringLiteral("contains");
    }
    return {};
}

bool isSizeComparator(Comparator op)
{
    switch (op) {
    case Comparator::SizeEqual:
    case Comparator::SizeNotEqual:
    case Comparator::SizeLess:
    case Comparator::SizeLessOrEqual:
    case Comparator::SizeGreater:
    case Comparator::SizeGreaterOrEqual:
        return true;
    default:
        return false;
    }
}

bool isOrdering(Comparator op)
{
    return op == Comparator::Less || op == Comparator::LessOrEqual || op == Comparator::Greater ||
           op == Comparator::GreaterOrEqual || op == Comparator::Between;
}

bool isKeyType(AttributeValue::Type type)
{
    return type == AttributeValue::Type::String || type == AttributeValue::Type::Number ||
           type == AttributeValue::Type::Binary;
}

// The same condition text for the wire (placeholders) and for the preview (names, values).
QString conditionText(Comparator op, const QString &lhs, const QStringList &values)
{
    const QString symbol = operatorSymbol(op);
    switch (op) {
    case Comparator::Between:
        return QStringLiteral("%1 BETWEEN %2 AND %3").arg(lhs, values.value(0), values.value(1));
    case Comparator::In:
        return QStringLiteral("%1 IN (%2)").arg(lhs, values.join(QStringLiteral(", ")));
    case Comparator::Exists:
    case Comparator::NotExists:
        return QStringLiteral("%1(%2)").arg(symbol, lhs);
    case Comparator::BeginsWith:
    case Comparator::AttributeType:
    case Comparator::Contains:
        return QStringLiteral("%1(%2, %3)").arg(symbol, lhs, values.value(0));
    case Comparator::NotContains:
        return QStringLiteral("NOT contains(%1, %2)").arg(lhs, values.value(0));
    default:
        break;
    }
    if (isSizeComparator(op))
        return QStringLiteral("size(%1) %2 %3").arg(lhs, symbol, values.value(0));
    return QStringLiteral("%1 %2 %3").arg(lhs, symbol, values.value(0));
}

QString valueText(const AttributeValue &value)
{
    switch (value.type()) {
    case AttributeValue::Type::String:
        return QStringLiteral("\"%1\"").arg(value.string());
    case AttributeValue::Type::Number:
        return value.numberText();
    case AttributeValue::Type::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case AttributeValue::Type::Null:
        return QStringLiteral("null");
    case AttributeValue::Type::Invalid:
        return QStringLiteral("?");
    default:
        return QString::fromUtf8(writeExactJson(value.toExactWire()));
    }
}

// DynamoDB orders strings and binaries by their (UTF-8) bytes, numbers by value.
int compareValues(const AttributeValue &a, const AttributeValue &b)
{
    switch (a.type()) {
    case AttributeValue::Type::Number:
        return compareNumbers(a.numberText(), b.numberText());
    case AttributeValue::Type::String:
        return a.string().toUtf8().compare(b.string().toUtf8());
    default:
        return a.binary().compare(b.binary());
    }
}

// An empty string when the condition is well formed; otherwise the sentence, prefixed by
// `field` (e.g. "Filter 2").
QString checkCondition(const Condition &condition, const QString &field, bool keyCondition)
{
    const auto fail = [&field](const QString &sentence) {
        return QStringLiteral("%1: %2").arg(field, sentence);
    };
    const Comparator op = condition.op;
    const qsizetype count = condition.values.size();
    if (keyCondition && !isAllowedInKeyCondition(op))
        return fail(QCoreApplication::translate(
                        "QuerySpec",
                        "%1 cannot be used on a sort key; use =, <, <=, >, >=, BETWEEN or "
                        "begins_with.")
                        .arg(operatorSymbol(op)));
    for (qsizetype i = 0; i < count; ++i) {
        if (!condition.values.at(i).isValid())
            return fail(
                QCoreApplication::translate("QuerySpec", "value %1 is missing.").arg(i + 1));
    }
    switch (op) {
    case Comparator::Exists:
    case Comparator::NotExists:
        if (count != 0)
            return fail(QCoreApplication::translate("QuerySpec", "%1 takes no value.")
                            .arg(operatorSymbol(op)));
        return {};
    case Comparator::Between:
        if (count != 2)
            return fail(QCoreApplication::translate("QuerySpec",
                                                    "BETWEEN needs exactly 2 values; it has %1.")
                            .arg(count));
        break;
    case Comparator::In:
        if (count < 1 || count > 100)
            return fail(QCoreApplication::translate("QuerySpec",
                                                    "IN needs between 1 and 100 values; it has %1.")
                            .arg(count));
        return {};
    default:
        if (count != 1)
            return fail(
                QCoreApplication::translate("QuerySpec", "%1 needs exactly 1 value; it has %2.")
                    .arg(operatorSymbol(op))
                    .arg(count));
        break;
    }
    const AttributeValue &first = condition.values.first();
    if (isOrdering(op)) {
        for (const AttributeValue &value : condition.values) {
            if (!isKeyType(value.type()))
                return fail(QCoreApplication::translate(
                                "QuerySpec", "%1 compares strings, numbers or binary values only.")
                                .arg(operatorSymbol(op)));
        }
    }
    if (op == Comparator::Between) {
        const AttributeValue &high = condition.values.at(1);
        if (first.type() != high.type())
            return fail(QCoreApplication::translate(
                "QuerySpec", "both BETWEEN bounds must be of the same type."));
        if (compareValues(first, high) > 0)
            return fail(QCoreApplication::translate(
                            "QuerySpec",
                            "the low bound %1 is greater than the high bound %2; DynamoDB rejects "
                            "such a range.")
                            .arg(valueText(first), valueText(high)));
    }
    if (op == Comparator::BeginsWith && first.type() != AttributeValue::Type::String &&
        first.type() != AttributeValue::Type::Binary)
        return fail(QCoreApplication::translate("QuerySpec",
                                                "begins_with needs a string or binary value."));
    if (isSizeComparator(op) && first.type() != AttributeValue::Type::Number)
        return fail(QCoreApplication::translate("QuerySpec", "size() is compared with a number."));
    if (op == Comparator::AttributeType) {
        static const QStringList types{QStringLiteral("S"),    QStringLiteral("N"),
                                       QStringLiteral("B"),    QStringLiteral("SS"),
                                       QStringLiteral("NS"),   QStringLiteral("BS"),
                                       QStringLiteral("BOOL"), QStringLiteral("NULL"),
                                       QStringLiteral("L"),    QStringLiteral("M")};
        if (first.type() != AttributeValue::Type::String || !types.contains(first.string()))
            return fail(QCoreApplication::translate(
                "QuerySpec",
                "attribute_type needs one of S, N, B, SS, NS, BS, BOOL, NULL, L or M."));
    }
    return {};
}

QString typeMismatch(const QString &field, const QString &key, const QString &keyType,
                     const AttributeValue &value)
{
    return QStringLiteral("%1: %2").arg(
        field,
        QCoreApplication::translate("QuerySpec",
                                    "the key %1 is of type %2 but the value %3 is of type %4.")
            .arg(quoted(key), keyType, valueText(value), AttributeValue::typeCode(value.type())));
}

// Checks that need the table description: the index exists, no consistent read on a GSI.
QString checkAgainstTable(const QuerySpec &spec, const QJsonObject &table,
                          const KeySchemaInfo &schema)
{
    if (table.isEmpty())
        return {};
    if (!schema.found)
        return QCoreApplication::translate("QuerySpec", "The table %1 has no index named %2.")
            .arg(quoted(spec.table), quoted(spec.index));
    if (spec.consistentRead && schema.globalIndex)
        return QCoreApplication::translate(
                   "QuerySpec",
                   "The global secondary index %1 does not support consistent reads; turn off "
                   "consistent read.")
            .arg(quoted(spec.index));
    return {};
}

QString checkCommon(const QuerySpec &spec)
{
    if (spec.table.trimmed().isEmpty())
        return QCoreApplication::translate("QuerySpec", "Choose a table.");
    if (spec.pageSize < 0)
        return QCoreApplication::translate(
            "QuerySpec", "The page size must be a positive number, or 0 for no limit.");
    if (spec.countOnly &&
        (spec.raw ? !spec.rawProjection.trimmed().isEmpty() : !spec.projection.isEmpty()))
        return QCoreApplication::translate("QuerySpec",
                                           "Count only cannot be combined with a projection.");
    return {};
}

void addCommonMembers(const QuerySpec &spec, QJsonObject &input)
{
    input.insert(QStringLiteral("TableName"), spec.table);
    if (!spec.index.isEmpty())
        input.insert(QStringLiteral("IndexName"), spec.index);
    if (spec.consistentRead)
        input.insert(QStringLiteral("ConsistentRead"), true);
    if (spec.pageSize > 0)
        input.insert(QStringLiteral("Limit"), spec.pageSize);
    if (spec.countOnly)
        input.insert(QStringLiteral("Select"), QStringLiteral("COUNT"));
    if (!spec.scan)
        input.insert(QStringLiteral("ScanIndexForward"), spec.forward);
    input.insert(QStringLiteral("ReturnConsumedCapacity"), QStringLiteral("TOTAL"));
}

QJsonObject buildFormRequest(const QuerySpec &spec, const KeySchemaInfo &schema, bool haveTable,
                             QString *error)
{
    Placeholders placeholders;
    QJsonObject input;
    if (!spec.scan) {
        const QString pkField = QCoreApplication::translate("QuerySpec", "Partition key");
        const QString partitionKey =
            spec.partitionKey.isEmpty() ? schema.partitionKey : spec.partitionKey;
        if (partitionKey.isEmpty()) {
            *error = QStringLiteral("%1: %2").arg(
                pkField, QCoreApplication::translate("QuerySpec", "enter the partition key name."));
            return {};
        }
        if (!spec.partitionValue.isValid()) {
            *error = spec.sortCondition
                         ? QCoreApplication::translate(
                               "QuerySpec",
                               "The sort key condition needs a partition key value: a query reads "
                               "one partition.")
                         : QStringLiteral("%1: %2").arg(
                               pkField, QCoreApplication::translate(
                                            "QuerySpec", "a query needs a partition key value."));
            return {};
        }
        if (!isKeyType(spec.partitionValue.type())) {
            *error = QStringLiteral("%1: %2").arg(
                pkField, QCoreApplication::translate(
                             "QuerySpec", "the value must be a string, number or binary value."));
            return {};
        }
        if (haveTable && partitionKey != schema.partitionKey) {
            *error = QStringLiteral("%1: %2").arg(
                pkField,
                QCoreApplication::translate("QuerySpec", "the partition key is %1, not %2.")
                    .arg(quoted(schema.partitionKey), quoted(partitionKey)));
            return {};
        }
        if (haveTable &&
            AttributeValue::typeCode(spec.partitionValue.type()) != schema.partitionType) {
            *error = typeMismatch(pkField, partitionKey, schema.partitionType, spec.partitionValue);
            return {};
        }
        QString keyCondition = QStringLiteral("%1 = %2").arg(
            placeholders.name(partitionKey), placeholders.value(spec.partitionValue));
        if (spec.sortCondition) {
            const Condition &condition = *spec.sortCondition;
            const QString skField = QCoreApplication::translate("QuerySpec", "Sort key condition");
            const QString sortKey = condition.path.isEmpty() ? schema.sortKey : condition.path;
            if (haveTable && schema.sortKey.isEmpty()) {
                *error = QStringLiteral("%1: %2").arg(
                    skField, QCoreApplication::translate("QuerySpec", "this table or index has no "
                                                                      "sort key."));
                return {};
            }
            if (sortKey.isEmpty()) {
                *error = QStringLiteral("%1: %2").arg(
                    skField, QCoreApplication::translate("QuerySpec", "enter the sort key name."));
                return {};
            }
            if (haveTable && sortKey != schema.sortKey) {
                *error = QStringLiteral("%1: %2").arg(
                    skField, QCoreApplication::translate("QuerySpec", "the sort key is %1, not %2.")
                                 .arg(quoted(schema.sortKey), quoted(sortKey)));
                return {};
            }
            *error = checkCondition(condition, skField, true);
            if (!error->isEmpty())
                return {};
            for (const AttributeValue &value : condition.values) {
                if (haveTable && AttributeValue::typeCode(value.type()) != schema.sortType) {
                    *error = typeMismatch(skField, sortKey, schema.sortType, value);
                    return {};
                }
            }
            QStringList values;
            for (const AttributeValue &value : condition.values)
                values.append(placeholders.value(value));
            keyCondition += QStringLiteral(" AND ") +
                            conditionText(condition.op, placeholders.name(sortKey), values);
        }
        input.insert(QStringLiteral("KeyConditionExpression"), keyCondition);
    }

    QStringList filters;
    for (qsizetype i = 0; i < spec.filters.size(); ++i) {
        const Condition &condition = spec.filters.at(i);
        const QString field = QCoreApplication::translate("QuerySpec", "Filter %1").arg(i + 1);
        const auto segments = parsePath(condition.path, error);
        if (!segments) {
            *error = QStringLiteral("%1: %2").arg(field, *error);
            return {};
        }
        *error = checkCondition(condition, field, false);
        if (!error->isEmpty())
            return {};
        const QString lhs = pathExpression(*segments, placeholders);
        QStringList values;
        for (const AttributeValue &value : condition.values)
            values.append(placeholders.value(value));
        filters.append(conditionText(condition.op, lhs, values));
    }
    if (!filters.isEmpty())
        input.insert(QStringLiteral("FilterExpression"), filters.join(QStringLiteral(" AND ")));

    QStringList projection;
    for (const QString &path : spec.projection) {
        const auto segments = parsePath(path, error);
        if (!segments) {
            *error = QStringLiteral("%1: %2").arg(
                QCoreApplication::translate("QuerySpec", "Projection"), *error);
            return {};
        }
        projection.append(pathExpression(*segments, placeholders));
    }
    if (!projection.isEmpty())
        input.insert(QStringLiteral("ProjectionExpression"), projection.join(QStringLiteral(", ")));

    if (!placeholders.names().isEmpty())
        input.insert(QStringLiteral("ExpressionAttributeNames"), placeholders.names());
    if (!placeholders.values().isEmpty())
        input.insert(QStringLiteral("ExpressionAttributeValues"), placeholders.values());
    error->clear();
    return input;
}

QJsonObject buildRawRequest(const QuerySpec &spec, QString *error)
{
    const QString keyCondition = spec.rawKeyCondition.trimmed();
    const QString filter = spec.rawFilter.trimmed();
    const QString projection = spec.rawProjection.trimmed();
    if (!spec.scan && keyCondition.isEmpty()) {
        *error = QCoreApplication::translate(
            "QuerySpec", "Enter a key condition expression: a query needs one.");
        return {};
    }
    if (spec.scan && !keyCondition.isEmpty()) {
        *error = QCoreApplication::translate(
            "QuerySpec",
            "A scan has no key condition expression; move the condition to the filter.");
        return {};
    }

    QSet<QString> usedNames;
    QSet<QString> usedValues;
    static const QRegularExpression token(QStringLiteral("([#:])[A-Za-z0-9_]+"));
    for (const QString &expression : {keyCondition, filter, projection}) {
        auto matches = token.globalMatch(expression);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            (match.captured(1) == QLatin1String("#") ? usedNames : usedValues)
                .insert(match.captured(0));
        }
    }

    for (auto it = spec.rawNames.constBegin(); it != spec.rawNames.constEnd(); ++it) {
        if (!it.key().startsWith(QLatin1Char('#'))) {
            *error = QCoreApplication::translate(
                         "QuerySpec", "The attribute name placeholder %1 must start with #.")
                         .arg(quoted(it.key()));
            return {};
        }
        if (!it.value().isString() || it.value().toString().isEmpty()) {
            *error = QCoreApplication::translate(
                         "QuerySpec",
                         "The attribute name placeholder %1 must stand for a non-empty name.")
                         .arg(quoted(it.key()));
            return {};
        }
        if (!usedNames.contains(it.key())) {
            *error =
                QCoreApplication::translate(
                    "QuerySpec", "The attribute name placeholder %1 is defined but not used in any "
                                 "expression; DynamoDB rejects unused placeholders.")
                    .arg(quoted(it.key()));
            return {};
        }
    }
    for (auto it = spec.rawValues.constBegin(); it != spec.rawValues.constEnd(); ++it) {
        if (!it.key().startsWith(QLatin1Char(':'))) {
            *error = QCoreApplication::translate(
                         "QuerySpec", "The value placeholder %1 must start with a colon.")
                         .arg(quoted(it.key()));
            return {};
        }
        QString valueError;
        if (!AttributeValue::fromWire(it.value(), &valueError).isValid()) {
            *error = QCoreApplication::translate(
                         "QuerySpec", "The value placeholder %1 is not valid DynamoDB JSON: %2")
                         .arg(quoted(it.key()), valueError);
            return {};
        }
        if (!usedValues.contains(it.key())) {
            *error = QCoreApplication::translate(
                         "QuerySpec",
                         "The value placeholder %1 is defined but not used in any expression; "
                         "DynamoDB rejects unused placeholders.")
                         .arg(quoted(it.key()));
            return {};
        }
    }
    QStringList undefinedNames;
    for (const QString &name : usedNames) {
        if (!spec.rawNames.contains(name))
            undefinedNames.append(name);
    }
    QStringList undefinedValues;
    for (const QString &value : usedValues) {
        if (!spec.rawValues.contains(value))
            undefinedValues.append(value);
    }
    undefinedNames.sort();
    undefinedValues.sort();
    if (!undefinedNames.isEmpty()) {
        *error =
            QCoreApplication::translate(
                "QuerySpec", "The expression uses %1, which is not defined in the attribute names.")
                .arg(quoted(undefinedNames.first()));
        return {};
    }
    if (!undefinedValues.isEmpty()) {
        *error = QCoreApplication::translate(
                     "QuerySpec", "The expression uses %1, which is not defined in the values.")
                     .arg(quoted(undefinedValues.first()));
        return {};
    }

    QJsonObject input;
    if (!keyCondition.isEmpty())
        input.insert(QStringLiteral("KeyConditionExpression"), keyCondition);
    if (!filter.isEmpty())
        input.insert(QStringLiteral("FilterExpression"), filter);
    if (!projection.isEmpty())
        input.insert(QStringLiteral("ProjectionExpression"), projection);
    if (!spec.rawNames.isEmpty())
        input.insert(QStringLiteral("ExpressionAttributeNames"), spec.rawNames);
    if (!spec.rawValues.isEmpty())
        input.insert(QStringLiteral("ExpressionAttributeValues"), spec.rawValues);
    error->clear();
    return input;
}

QString keyAttributeType(const QJsonObject &table, const QString &name)
{
    for (const QJsonValue &definition :
         table.value(QStringLiteral("AttributeDefinitions")).toArray()) {
        const QJsonObject object = definition.toObject();
        if (object.value(QStringLiteral("AttributeName")).toString() == name)
            return object.value(QStringLiteral("AttributeType")).toString();
    }
    return {};
}

std::optional<double> sizeBytes(const QJsonObject &table, const QString &index)
{
    if (index.isEmpty()) {
        const QJsonValue size = table.value(QStringLiteral("TableSizeBytes"));
        return size.isDouble() ? std::optional<double>(size.toDouble()) : std::nullopt;
    }
    for (const QString &member :
         {QStringLiteral("GlobalSecondaryIndexes"), QStringLiteral("LocalSecondaryIndexes")}) {
        for (const QJsonValue &value : table.value(member).toArray()) {
            const QJsonObject object = value.toObject();
            if (object.value(QStringLiteral("IndexName")).toString() != index)
                continue;
            const QJsonValue size = object.value(QStringLiteral("IndexSizeBytes"));
            return size.isDouble() ? std::optional<double>(size.toDouble()) : std::nullopt;
        }
    }
    return std::nullopt;
}

} // namespace

bool isAllowedInKeyCondition(Comparator op)
{
    switch (op) {
    case Comparator::Equal:
    case Comparator::Less:
    case Comparator::LessOrEqual:
    case Comparator::Greater:
    case Comparator::GreaterOrEqual:
    case Comparator::Between:
    case Comparator::BeginsWith:
        return true;
    default:
        return false;
    }
}

KeySchemaInfo keySchema(const QJsonObject &table, const QString &index)
{
    KeySchemaInfo info;
    QJsonArray keys;
    if (index.isEmpty()) {
        info.found = true;
        keys = table.value(QStringLiteral("KeySchema")).toArray();
    } else {
        for (const QString &member :
             {QStringLiteral("GlobalSecondaryIndexes"), QStringLiteral("LocalSecondaryIndexes")}) {
            for (const QJsonValue &value : table.value(member).toArray()) {
                const QJsonObject object = value.toObject();
                if (object.value(QStringLiteral("IndexName")).toString() != index)
                    continue;
                info.found = true;
                info.globalIndex = member.startsWith(QLatin1String("Global"));
                info.localIndex = !info.globalIndex;
                keys = object.value(QStringLiteral("KeySchema")).toArray();
            }
        }
    }
    for (const QJsonValue &key : keys) {
        const QJsonObject object = key.toObject();
        const QString name = object.value(QStringLiteral("AttributeName")).toString();
        if (object.value(QStringLiteral("KeyType")).toString() == QLatin1String("HASH")) {
            info.partitionKey = name;
            info.partitionType = keyAttributeType(table, name);
        } else {
            info.sortKey = name;
            info.sortType = keyAttributeType(table, name);
        }
    }
    return info;
}

QString operation(const QuerySpec &spec)
{
    return spec.scan ? QStringLiteral("Scan") : QStringLiteral("Query");
}

QJsonObject buildRequest(const QuerySpec &spec, QString *error, const QJsonObject &table)
{
    QString message = checkCommon(spec);
    const KeySchemaInfo schema = keySchema(table, spec.index);
    if (message.isEmpty())
        message = checkAgainstTable(spec, table, schema);
    QJsonObject input;
    if (message.isEmpty()) {
        input = spec.raw ? buildRawRequest(spec, &message)
                         : buildFormRequest(spec, schema, !table.isEmpty(), &message);
    }
    if (!message.isEmpty())
        input = {};
    else
        addCommonMembers(spec, input);
    if (error)
        *error = message;
    return input;
}

QList<QJsonObject> buildSegmentRequests(const QuerySpec &spec, QString *error,
                                        const QJsonObject &table)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QList<QJsonObject>();
    };
    if (spec.totalSegments < 1 || spec.totalSegments > 1000000)
        return fail(QCoreApplication::translate(
            "QuerySpec", "The number of scan segments must be between 1 and 1000000."));
    if (!spec.scan && spec.totalSegments > 1)
        return fail(
            QCoreApplication::translate("QuerySpec", "Parallel segments apply to a scan only."));
    QString message;
    const QJsonObject input = buildRequest(spec, &message, table);
    if (!message.isEmpty())
        return fail(message);
    QList<QJsonObject> requests;
    if (spec.totalSegments == 1) {
        requests.append(input);
    } else {
        requests.reserve(spec.totalSegments);
        for (int segment = 0; segment < spec.totalSegments; ++segment) {
            QJsonObject segmentInput = input;
            segmentInput.insert(QStringLiteral("Segment"), segment);
            segmentInput.insert(QStringLiteral("TotalSegments"), spec.totalSegments);
            requests.append(segmentInput);
        }
    }
    if (error)
        error->clear();
    return requests;
}

QString describe(const QuerySpec &spec, const QJsonObject &table)
{
    const KeySchemaInfo schema = keySchema(table, spec.index);
    QString text = operation(spec) + QLatin1Char(' ') + spec.table;
    if (!spec.index.isEmpty())
        text += QStringLiteral(" (index %1)").arg(spec.index);
    if (spec.scan && spec.totalSegments > 1)
        text += QStringLiteral(" in %1 segments").arg(spec.totalSegments);

    QStringList parts;
    const auto valueTexts = [](const Condition &condition) {
        QStringList values;
        for (const AttributeValue &value : condition.values)
            values.append(valueText(value));
        return values;
    };
    if (spec.raw) {
        if (!spec.scan && !spec.rawKeyCondition.trimmed().isEmpty())
            parts.append(spec.rawKeyCondition.trimmed());
        if (!spec.rawFilter.trimmed().isEmpty())
            parts.append(QStringLiteral("filter %1").arg(spec.rawFilter.trimmed()));
        if (!spec.rawProjection.trimmed().isEmpty())
            parts.append(QStringLiteral("project %1").arg(spec.rawProjection.trimmed()));
    } else {
        if (!spec.scan) {
            QString key = QStringLiteral("%1 = %2").arg(
                spec.partitionKey.isEmpty() ? schema.partitionKey : spec.partitionKey,
                valueText(spec.partitionValue));
            if (spec.sortCondition) {
                const QString &path = spec.sortCondition->path;
                key += QStringLiteral(" AND ") +
                       conditionText(spec.sortCondition->op, path.isEmpty() ? schema.sortKey : path,
                                     valueTexts(*spec.sortCondition));
            }
            parts.append(key);
        }
        QStringList filters;
        for (const Condition &condition : spec.filters)
            filters.append(
                conditionText(condition.op, condition.path.trimmed(), valueTexts(condition)));
        if (!filters.isEmpty())
            parts.append(QStringLiteral("filter %1").arg(filters.join(QStringLiteral(" AND "))));
        if (!spec.projection.isEmpty())
            parts.append(
                QStringLiteral("project %1").arg(spec.projection.join(QStringLiteral(", "))));
    }
    if (spec.countOnly)
        parts.append(QCoreApplication::translate("QuerySpec", "count only"));
    if (!spec.scan && !spec.forward)
        parts.append(QCoreApplication::translate("QuerySpec", "descending"));
    if (spec.consistentRead)
        parts.append(QCoreApplication::translate("QuerySpec", "consistent read"));
    if (spec.pageSize > 0)
        parts.append(QCoreApplication::translate("QuerySpec", "%1 per page").arg(spec.pageSize));
    if (!parts.isEmpty())
        text += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    return text;
}

std::optional<double> estimatedScanReadUnits(const QJsonObject &table, bool consistentRead,
                                             const QString &index)
{
    const std::optional<double> bytes = sizeBytes(table, index);
    if (!bytes)
        return std::nullopt;
    // One read unit reads 4 KB strongly consistently, or 8 KB eventually consistently.
    const double units = std::ceil(*bytes / 4096.0);
    return consistentRead ? units : units / 2;
}

ScanWarning scanWarning(const QJsonObject &table, bool consistentRead, const QString &index)
{
    const QString name =
        quoted(index.isEmpty() ? table.value(QStringLiteral("TableName")).toString() : index);
    const std::optional<double> units = estimatedScanReadUnits(table, consistentRead, index);
    if (!units) {
        return {true,
                QCoreApplication::translate(
                    "QuerySpec", "The size of %1 is not known, so this scan may read all of it and "
                                 "consume many read capacity units.")
                    .arg(name)};
    }
    const QString unitsText = QString::number(*units, 'f', *units == std::floor(*units) ? 0 : 1);
    const QString text =
        QCoreApplication::translate("QuerySpec",
                                    "A full scan of %1 consumes about %2 read capacity units.")
            .arg(name, unitsText);
    return {*units > kScanWarningReadUnits, text};
}

} // namespace dyna::dynamo
