// The query builder: the Query/Scan input a form turns into, and the sentences that name the
// bad field before anything is sent.

#include "dynamo/queryspec.h"

#include <QJsonArray>
#include <QTest>

using namespace dyna::dynamo;

Q_DECLARE_METATYPE(dyna::dynamo::QuerySpec)
Q_DECLARE_METATYPE(dyna::dynamo::Comparator)
Q_DECLARE_METATYPE(dyna::dynamo::AttributeValue)

namespace {

AttributeValue S(const QString &text)
{
    return AttributeValue::fromString(text);
}

AttributeValue N(const QString &text)
{
    return AttributeValue::fromNumber(text);
}

QJsonObject wire(const AttributeValue &value)
{
    return value.toWire();
}

QJsonObject attribute(const QString &name, const QString &type)
{
    return {{QStringLiteral("AttributeName"), name}, {QStringLiteral("AttributeType"), type}};
}

QJsonArray keys(const QString &hash, const QString &range = {})
{
    QJsonArray schema{QJsonObject{{QStringLiteral("AttributeName"), hash},
                                  {QStringLiteral("KeyType"), QStringLiteral("HASH")}}};
    if (!range.isEmpty())
        schema.append(QJsonObject{{QStringLiteral("AttributeName"), range},
                                  {QStringLiteral("KeyType"), QStringLiteral("RANGE")}});
    return schema;
}

// A DescribeTable "Table": pk (S) + sk (N), GSI byStatus (status S, sk N), LSI byCreated
// (pk, created S).
QJsonObject orders(double sizeBytes = 1 << 20)
{
    return {
        {QStringLiteral("TableName"), QStringLiteral("Orders")},
        {QStringLiteral("TableSizeBytes"), sizeBytes},
        {QStringLiteral("AttributeDefinitions"),
         QJsonArray{attribute(QStringLiteral("pk"), QStringLiteral("S")),
                    attribute(QStringLiteral("sk"), QStringLiteral("N")),
                    attribute(QStringLiteral("status"), QStringLiteral("S")),
                    attribute(QStringLiteral("created"), QStringLiteral("S"))}},
        {QStringLiteral("KeySchema"), keys(QStringLiteral("pk"), QStringLiteral("sk"))},
        {QStringLiteral("GlobalSecondaryIndexes"),
         QJsonArray{QJsonObject{
             {QStringLiteral("IndexName"), QStringLiteral("byStatus")},
             {QStringLiteral("IndexSizeBytes"), 8192 * 1000},
             {QStringLiteral("KeySchema"), keys(QStringLiteral("status"), QStringLiteral("sk"))}}}},
        {QStringLiteral("LocalSecondaryIndexes"),
         QJsonArray{QJsonObject{{QStringLiteral("IndexName"), QStringLiteral("byCreated")},
                                {QStringLiteral("KeySchema"),
                                 keys(QStringLiteral("pk"), QStringLiteral("created"))}}}},
    };
}

QuerySpec scanWithFilter(const QString &path, Comparator op, const QList<AttributeValue> &values)
{
    QuerySpec spec;
    spec.table = QStringLiteral("Orders");
    spec.scan = true;
    spec.filters.append({path, op, values});
    return spec;
}

QuerySpec queryOrders(const AttributeValue &pkValue = S(QStringLiteral("A")))
{
    QuerySpec spec;
    spec.table = QStringLiteral("Orders");
    spec.partitionKey = QStringLiteral("pk");
    spec.partitionValue = pkValue;
    return spec;
}

QList<AttributeValue> numbers(int count)
{
    QList<AttributeValue> values;
    for (int i = 0; i < count; ++i)
        values.append(N(QString::number(i)));
    return values;
}

} // namespace

class TestQuerySpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void comparatorExpressions_data();
    void comparatorExpressions();
    void pathPlaceholders_data();
    void pathPlaceholders();
    void invalidPaths_data();
    void invalidPaths();
    void fullQueryRequest();
    void keyNamesComeFromTheDescription();
    void rejectedSpecs_data();
    void rejectedSpecs();
    void acceptedBoundaries_data();
    void acceptedBoundaries();
    void keySchemaOfTableAndIndexes();
    void rawMode_data();
    void rawMode();
    void parallelScanSegments();
    void segmentErrors_data();
    void segmentErrors();
    void scanEstimate_data();
    void scanEstimate();
    void scanWarningThreshold();
    void describePreview();
};

void TestQuerySpec::comparatorExpressions_data()
{
    QTest::addColumn<Comparator>("op");
    QTest::addColumn<QList<AttributeValue>>("values");
    QTest::addColumn<QString>("expression");

    const QList<AttributeValue> one{N(QStringLiteral("5"))};
    QTest::newRow("=") << Comparator::Equal << one << QStringLiteral("#n0 = :v0");
    QTest::newRow("<>") << Comparator::NotEqual << one << QStringLiteral("#n0 <> :v0");
    QTest::newRow("<") << Comparator::Less << one << QStringLiteral("#n0 < :v0");
    QTest::newRow("<=") << Comparator::LessOrEqual << one << QStringLiteral("#n0 <= :v0");
    QTest::newRow(">") << Comparator::Greater << one << QStringLiteral("#n0 > :v0");
    QTest::newRow(">=") << Comparator::GreaterOrEqual << one << QStringLiteral("#n0 >= :v0");
    QTest::newRow("between") << Comparator::Between
                             << QList<AttributeValue>{N(QStringLiteral("1")),
                                                      N(QStringLiteral("9"))}
                             << QStringLiteral("#n0 BETWEEN :v0 AND :v1");
    QTest::newRow("begins_with") << Comparator::BeginsWith
                                 << QList<AttributeValue>{S(QStringLiteral("ab"))}
                                 << QStringLiteral("begins_with(#n0, :v0)");
    QTest::newRow("in") << Comparator::In << numbers(3) << QStringLiteral("#n0 IN (:v0, :v1, :v2)");
    QTest::newRow("exists") << Comparator::Exists << QList<AttributeValue>()
                            << QStringLiteral("attribute_exists(#n0)");
    QTest::newRow("not exists") << Comparator::NotExists << QList<AttributeValue>()
                                << QStringLiteral("attribute_not_exists(#n0)");
    QTest::newRow("attribute_type")
        << Comparator::AttributeType << QList<AttributeValue>{S(QStringLiteral("SS"))}
        << QStringLiteral("attribute_type(#n0, :v0)");
    QTest::newRow("contains") << Comparator::Contains
                              << QList<AttributeValue>{S(QStringLiteral("x"))}
                              << QStringLiteral("contains(#n0, :v0)");
    QTest::newRow("not contains") << Comparator::NotContains
                                  << QList<AttributeValue>{S(QStringLiteral("x"))}
                                  << QStringLiteral("NOT contains(#n0, :v0)");
    QTest::newRow("size =") << Comparator::SizeEqual << one << QStringLiteral("size(#n0) = :v0");
    QTest::newRow("size <>") << Comparator::SizeNotEqual << one
                             << QStringLiteral("size(#n0) <> :v0");
    QTest::newRow("size <") << Comparator::SizeLess << one << QStringLiteral("size(#n0) < :v0");
    QTest::newRow("size <=") << Comparator::SizeLessOrEqual << one
                             << QStringLiteral("size(#n0) <= :v0");
    QTest::newRow("size >") << Comparator::SizeGreater << one << QStringLiteral("size(#n0) > :v0");
    QTest::newRow("size >=") << Comparator::SizeGreaterOrEqual << one
                             << QStringLiteral("size(#n0) >= :v0");
}

void TestQuerySpec::comparatorExpressions()
{
    QFETCH(Comparator, op);
    QFETCH(QList<AttributeValue>, values);
    QFETCH(QString, expression);

    QString error;
    const QJsonObject input =
        buildRequest(scanWithFilter(QStringLiteral("status"), op, values), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(input.value(QStringLiteral("FilterExpression")).toString(), expression);
    QCOMPARE(input.value(QStringLiteral("ExpressionAttributeNames")).toObject(),
             (QJsonObject{{QStringLiteral("#n0"), QStringLiteral("status")}}));
    QJsonObject expectedValues;
    for (qsizetype i = 0; i < values.size(); ++i)
        expectedValues.insert(QStringLiteral(":v%1").arg(i), wire(values.at(i)));
    QCOMPARE(input.value(QStringLiteral("ExpressionAttributeValues")).toObject(), expectedValues);
    QCOMPARE(input.contains(QStringLiteral("ExpressionAttributeValues")), !values.isEmpty());
    QCOMPARE(input.value(QStringLiteral("TableName")).toString(), QStringLiteral("Orders"));
    QCOMPARE(input.value(QStringLiteral("ReturnConsumedCapacity")).toString(),
             QStringLiteral("TOTAL"));
    QVERIFY(!input.contains(QStringLiteral("ScanIndexForward")));
}

void TestQuerySpec::pathPlaceholders_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QJsonObject>("names");

    QTest::newRow("reserved word") << QStringLiteral("size") << QStringLiteral("#n0")
                                   << QJsonObject{{QStringLiteral("#n0"), QStringLiteral("size")}};
    QTest::newRow("nested with index")
        << QStringLiteral("a.b[2].c") << QStringLiteral("#n0.#n1[2].#n2")
        << QJsonObject{{QStringLiteral("#n0"), QStringLiteral("a")},
                       {QStringLiteral("#n1"), QStringLiteral("b")},
                       {QStringLiteral("#n2"), QStringLiteral("c")}};
    QTest::newRow("nested lists") << QStringLiteral("m[0][10]") << QStringLiteral("#n0[0][10]")
                                  << QJsonObject{{QStringLiteral("#n0"), QStringLiteral("m")}};
    QTest::newRow("dash and space")
        << QStringLiteral(" order-id.first name ") << QStringLiteral("#n0.#n1")
        << QJsonObject{{QStringLiteral("#n0"), QStringLiteral("order-id")},
                       {QStringLiteral("#n1"), QStringLiteral("first name")}};
    QTest::newRow("backticks keep dots")
        << QStringLiteral("`a.b`.c") << QStringLiteral("#n0.#n1")
        << QJsonObject{{QStringLiteral("#n0"), QStringLiteral("a.b")},
                       {QStringLiteral("#n1"), QStringLiteral("c")}};
    QTest::newRow("double quotes keep brackets")
        << QStringLiteral("\"x[1]\"[0]") << QStringLiteral("#n0[0]")
        << QJsonObject{{QStringLiteral("#n0"), QStringLiteral("x[1]")}};
    QTest::newRow("repeated name shares a placeholder")
        << QStringLiteral("a.a") << QStringLiteral("#n0.#n0")
        << QJsonObject{{QStringLiteral("#n0"), QStringLiteral("a")}};
}

void TestQuerySpec::pathPlaceholders()
{
    QFETCH(QString, path);
    QFETCH(QString, expression);
    QFETCH(QJsonObject, names);

    QuerySpec spec = scanWithFilter(path, Comparator::Exists, {});
    spec.projection = {path};
    QString error;
    const QJsonObject input = buildRequest(spec, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(input.value(QStringLiteral("FilterExpression")).toString(),
             QStringLiteral("attribute_exists(%1)").arg(expression));
    QCOMPARE(input.value(QStringLiteral("ProjectionExpression")).toString(), expression);
    QCOMPARE(input.value(QStringLiteral("ExpressionAttributeNames")).toObject(), names);
}

void TestQuerySpec::invalidPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("Enter an attribute path");
    QTest::newRow("double dot") << QStringLiteral("a..b") << QStringLiteral("empty name");
    QTest::newRow("trailing dot") << QStringLiteral("a.") << QStringLiteral("empty name");
    QTest::newRow("leading index") << QStringLiteral("[1]") << QStringLiteral("empty name");
    QTest::newRow("empty quotes") << QStringLiteral("``") << QStringLiteral("empty name");
    QTest::newRow("letter index") << QStringLiteral("a[x]") << QStringLiteral("list index");
    QTest::newRow("negative index") << QStringLiteral("a[-1]") << QStringLiteral("list index");
    QTest::newRow("unclosed index") << QStringLiteral("a[1") << QStringLiteral("list index");
    QTest::newRow("unclosed quote") << QStringLiteral("`a.b") << QStringLiteral("never closed");
    QTest::newRow("stray bracket") << QStringLiteral("a]") << QStringLiteral("unexpected");
    QTest::newRow("quote after name") << QStringLiteral("a`b`") << QStringLiteral("unexpected");
}

void TestQuerySpec::invalidPaths()
{
    QFETCH(QString, path);
    QFETCH(QString, message);

    QString error;
    QuerySpec spec = scanWithFilter(QStringLiteral("ok"), Comparator::Exists, {});
    spec.filters.append({path, Comparator::Exists, {}});
    QVERIFY(buildRequest(spec, &error).isEmpty());
    QVERIFY2(error.startsWith(QStringLiteral("Filter 2: ")), qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));

    spec = scanWithFilter(QStringLiteral("ok"), Comparator::Exists, {});
    spec.projection = {QStringLiteral("ok"), path};
    QVERIFY(buildRequest(spec, &error).isEmpty());
    QVERIFY2(error.startsWith(QStringLiteral("Projection: ")), qPrintable(error));
}

void TestQuerySpec::fullQueryRequest()
{
    QuerySpec spec = queryOrders();
    spec.index = QStringLiteral("byCreated");
    spec.partitionKey = QStringLiteral("pk");
    spec.sortCondition =
        Condition{QStringLiteral("created"), Comparator::BeginsWith, {S(QStringLiteral("2024-"))}};
    spec.filters = {{QStringLiteral("status"),
                     Comparator::In,
                     {S(QStringLiteral("new")), S(QStringLiteral("paid"))}},
                    {QStringLiteral("total"), Comparator::Greater, {N(QStringLiteral("100"))}}};
    spec.projection = {QStringLiteral("pk"), QStringLiteral("status"), QStringLiteral("total")};
    spec.forward = false;
    spec.consistentRead = true; // allowed on a local secondary index
    spec.pageSize = 25;

    QString error = QStringLiteral("stale");
    const QJsonObject input = buildRequest(spec, &error, orders());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(operation(spec), QStringLiteral("Query"));
    const QJsonObject expected{
        {QStringLiteral("TableName"), QStringLiteral("Orders")},
        {QStringLiteral("IndexName"), QStringLiteral("byCreated")},
        {QStringLiteral("KeyConditionExpression"),
         QStringLiteral("#n0 = :v0 AND begins_with(#n1, :v1)")},
        {QStringLiteral("FilterExpression"), QStringLiteral("#n2 IN (:v2, :v3) AND #n3 > :v4")},
        {QStringLiteral("ProjectionExpression"), QStringLiteral("#n0, #n2, #n3")},
        {QStringLiteral("ExpressionAttributeNames"),
         QJsonObject{{QStringLiteral("#n0"), QStringLiteral("pk")},
                     {QStringLiteral("#n1"), QStringLiteral("created")},
                     {QStringLiteral("#n2"), QStringLiteral("status")},
                     {QStringLiteral("#n3"), QStringLiteral("total")}}},
        {QStringLiteral("ExpressionAttributeValues"),
         QJsonObject{{QStringLiteral(":v0"), wire(S(QStringLiteral("A")))},
                     {QStringLiteral(":v1"), wire(S(QStringLiteral("2024-")))},
                     {QStringLiteral(":v2"), wire(S(QStringLiteral("new")))},
                     {QStringLiteral(":v3"), wire(S(QStringLiteral("paid")))},
                     {QStringLiteral(":v4"), wire(N(QStringLiteral("100")))}}},
        {QStringLiteral("ScanIndexForward"), false},
        {QStringLiteral("ConsistentRead"), true},
        {QStringLiteral("Limit"), 25},
        {QStringLiteral("ReturnConsumedCapacity"), QStringLiteral("TOTAL")},
    };
    QCOMPARE(input, expected);
}

void TestQuerySpec::keyNamesComeFromTheDescription()
{
    QuerySpec spec;
    spec.table = QStringLiteral("Orders");
    spec.index = QStringLiteral("byStatus");
    spec.partitionValue = S(QStringLiteral("new"));
    spec.sortCondition = Condition{{}, Comparator::GreaterOrEqual, {N(QStringLiteral("7"))}};
    spec.countOnly = true;
    QString error;
    const QJsonObject input = buildRequest(spec, &error, orders());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(input.value(QStringLiteral("KeyConditionExpression")).toString(),
             QStringLiteral("#n0 = :v0 AND #n1 >= :v1"));
    QCOMPARE(input.value(QStringLiteral("ExpressionAttributeNames")).toObject(),
             (QJsonObject{{QStringLiteral("#n0"), QStringLiteral("status")},
                          {QStringLiteral("#n1"), QStringLiteral("sk")}}));
    QCOMPARE(input.value(QStringLiteral("Select")).toString(), QStringLiteral("COUNT"));
    QVERIFY(input.value(QStringLiteral("ScanIndexForward")).toBool());
}

void TestQuerySpec::rejectedSpecs_data()
{
    QTest::addColumn<QuerySpec>("spec");
    QTest::addColumn<QJsonObject>("table");
    QTest::addColumn<QString>("message");

    const QJsonObject none;
    const AttributeValue big = N(QStringLiteral("12345678901234567890.5"));
    const AttributeValue bigLess = N(QStringLiteral("12345678901234567890.4"));

    QuerySpec spec;
    QTest::newRow("no table") << spec << none << QStringLiteral("Choose a table.");

    spec = queryOrders(AttributeValue());
    QTest::newRow("query without partition value")
        << spec << none << QStringLiteral("Partition key: a query needs a partition key value.");
    spec.sortCondition =
        Condition{QStringLiteral("sk"), Comparator::Equal, {N(QStringLiteral("1"))}};
    QTest::newRow("sort condition without partition value")
        << spec << none << QStringLiteral("The sort key condition needs a partition key value");

    spec = queryOrders(AttributeValue::fromBool(true));
    QTest::newRow("boolean partition value")
        << spec << none << QStringLiteral("must be a string, number or binary");

    spec = queryOrders();
    spec.sortCondition =
        Condition{QStringLiteral("sk"), Comparator::NotEqual, {N(QStringLiteral("1"))}};
    QTest::newRow("<> on sort key")
        << spec << none << QStringLiteral("Sort key condition: <> cannot be used");
    spec.sortCondition->op = Comparator::In;
    QTest::newRow("IN on sort key") << spec << none << QStringLiteral("IN cannot be used");
    spec.sortCondition->op = Comparator::Contains;
    QTest::newRow("contains on sort key") << spec << none << QStringLiteral("cannot be used");

    spec.sortCondition = Condition{QStringLiteral("sk"), Comparator::Between, {big}};
    QTest::newRow("BETWEEN with one value")
        << spec << none << QStringLiteral("BETWEEN needs exactly 2 values; it has 1.");
    spec.sortCondition->values = {big, bigLess};
    QTest::newRow("BETWEEN low > high, equal as doubles")
        << spec << none
        << QStringLiteral("the low bound 12345678901234567890.5 is greater than the high bound "
                          "12345678901234567890.4");
    spec.sortCondition->values = {S(QStringLiteral("a")), S(QStringLiteral("B"))};
    QTest::newRow("BETWEEN strings by bytes") << spec << none << QStringLiteral("greater than");
    spec.sortCondition->values = {S(QString::fromUtf8("\xF0\x9F\x98\x80")),
                                  S(QString::fromUtf8("\xEF\xBF\xBD"))};
    QTest::newRow("BETWEEN strings by UTF-8 bytes, not UTF-16")
        << spec << none << QStringLiteral("greater than");
    spec.sortCondition->values = {AttributeValue::fromBinary("\x02"),
                                  AttributeValue::fromBinary("\x01\xff")};
    QTest::newRow("BETWEEN binary") << spec << none << QStringLiteral("greater than");
    spec.sortCondition->values = {AttributeValue::fromBinary("\x80"),
                                  AttributeValue::fromBinary("\x7f")};
    QTest::newRow("BETWEEN binary bytes are unsigned")
        << spec << none << QStringLiteral("greater than");
    spec.sortCondition->values = {S(QStringLiteral("1")), N(QStringLiteral("2"))};
    QTest::newRow("BETWEEN mixed types") << spec << none << QStringLiteral("same type");
    spec.sortCondition->values = {AttributeValue(), N(QStringLiteral("2"))};
    QTest::newRow("BETWEEN missing bound") << spec << none << QStringLiteral("value 1 is missing");

    spec.sortCondition =
        Condition{QStringLiteral("sk"), Comparator::BeginsWith, {N(QStringLiteral("1"))}};
    QTest::newRow("begins_with on a number")
        << spec << none << QStringLiteral("begins_with needs a string or binary value");

    spec = scanWithFilter(QStringLiteral("n"), Comparator::In, {});
    QTest::newRow("IN without values") << spec << none
                                       << QStringLiteral("Filter 1: IN needs between 1 and 100 "
                                                         "values; it has 0.");
    spec = scanWithFilter(QStringLiteral("n"), Comparator::In, numbers(101));
    QTest::newRow("IN with 101 values") << spec << none << QStringLiteral("it has 101");
    spec = scanWithFilter(QStringLiteral("n"), Comparator::Exists, {N(QStringLiteral("1"))});
    QTest::newRow("exists with a value")
        << spec << none << QStringLiteral("attribute_exists takes no value");
    spec = scanWithFilter(QStringLiteral("n"), Comparator::Equal, {});
    QTest::newRow("= without value")
        << spec << none << QStringLiteral("needs exactly 1 value; it has 0");
    spec = scanWithFilter(QStringLiteral("n"), Comparator::SizeLess, {S(QStringLiteral("3"))});
    QTest::newRow("size with a string")
        << spec << none << QStringLiteral("size() is compared with a number");
    spec = scanWithFilter(QStringLiteral("n"), Comparator::AttributeType, {S(QStringLiteral("X"))});
    QTest::newRow("unknown attribute type")
        << spec << none << QStringLiteral("attribute_type needs one of");
    spec = scanWithFilter(QStringLiteral("n"), Comparator::Less, {AttributeValue::fromBool(true)});
    QTest::newRow("< on a boolean")
        << spec << none << QStringLiteral("compares strings, numbers or binary");

    spec = scanWithFilter(QStringLiteral("n"), Comparator::Exists, {});
    spec.countOnly = true;
    spec.projection = {QStringLiteral("n")};
    QTest::newRow("count with projection") << spec << none << QStringLiteral("Count only");
    spec = scanWithFilter(QStringLiteral("n"), Comparator::Exists, {});
    spec.pageSize = -1;
    QTest::newRow("negative page size") << spec << none << QStringLiteral("page size");

    spec = queryOrders();
    spec.index = QStringLiteral("byNothing");
    QTest::newRow("unknown index") << spec << orders()
                                   << QStringLiteral("The table “Orders” has no index named "
                                                     "“byNothing”.");
    spec = queryOrders();
    spec.index = QStringLiteral("byStatus");
    spec.partitionKey.clear();
    spec.consistentRead = true;
    QTest::newRow("consistent read on a GSI")
        << spec << orders()
        << QStringLiteral("The global secondary index “byStatus” does not support consistent "
                          "reads");
    spec.scan = true;
    QTest::newRow("consistent scan of a GSI")
        << spec << orders() << QStringLiteral("does not support consistent");

    spec = queryOrders(N(QStringLiteral("7")));
    QTest::newRow("partition value type") << spec << orders()
                                          << QStringLiteral("the key “pk” is of type S but the "
                                                            "value 7 is of type N.");
    spec = queryOrders();
    spec.partitionKey = QStringLiteral("id");
    QTest::newRow("wrong partition key name")
        << spec << orders() << QStringLiteral("the partition key is “pk”");
    spec = queryOrders();
    spec.sortCondition =
        Condition{QStringLiteral("sk"), Comparator::Less, {S(QStringLiteral("10"))}};
    QTest::newRow("sort value type")
        << spec << orders()
        << QStringLiteral("Sort key condition: the key “sk” is of type N but the value \"10\" is "
                          "of type S.");
    spec.sortCondition->path = QStringLiteral("created");
    QTest::newRow("wrong sort key name")
        << spec << orders() << QStringLiteral("the sort key is “sk”, not “created”");
    QJsonObject hashOnly = orders();
    hashOnly.insert(QStringLiteral("KeySchema"), keys(QStringLiteral("pk")));
    QTest::newRow("table without sort key") << spec << hashOnly << QStringLiteral("no sort key");
}

void TestQuerySpec::rejectedSpecs()
{
    QFETCH(QuerySpec, spec);
    QFETCH(QJsonObject, table);
    QFETCH(QString, message);

    QString error;
    QVERIFY(buildRequest(spec, &error, table).isEmpty());
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
}

void TestQuerySpec::acceptedBoundaries_data()
{
    QTest::addColumn<QuerySpec>("spec");

    QuerySpec spec = queryOrders();
    spec.sortCondition = Condition{QStringLiteral("sk"),
                                   Comparator::Between,
                                   {N(QStringLiteral("12345678901234567890.5")),
                                    N(QStringLiteral("12345678901234567890.50"))}};
    QTest::newRow("BETWEEN equal bounds") << spec;
    spec.sortCondition->values = {N(QStringLiteral("-1E+100")), N(QStringLiteral("1E-100"))};
    QTest::newRow("BETWEEN across zero") << spec;
    spec.sortCondition->values = {S(QString::fromUtf8("\xEF\xBF\xBD")),
                                  S(QString::fromUtf8("\xF0\x9F\x98\x80"))};
    QTest::newRow("BETWEEN BMP below emoji in UTF-8") << spec;
    spec.sortCondition = Condition{
        QStringLiteral("sk"), Comparator::BeginsWith, {AttributeValue::fromBinary("\x01")}};
    QTest::newRow("begins_with binary") << spec;
    QTest::newRow("IN with 100 values")
        << scanWithFilter(QStringLiteral("n"), Comparator::In, numbers(100));
}

void TestQuerySpec::acceptedBoundaries()
{
    QFETCH(QuerySpec, spec);
    QString error;
    QVERIFY(!buildRequest(spec, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestQuerySpec::keySchemaOfTableAndIndexes()
{
    const QJsonObject table = orders();
    KeySchemaInfo info = keySchema(table, {});
    QVERIFY(info.found);
    QVERIFY(!info.globalIndex && !info.localIndex);
    QCOMPARE(info.partitionKey, QStringLiteral("pk"));
    QCOMPARE(info.partitionType, QStringLiteral("S"));
    QCOMPARE(info.sortKey, QStringLiteral("sk"));
    QCOMPARE(info.sortType, QStringLiteral("N"));

    info = keySchema(table, QStringLiteral("byStatus"));
    QVERIFY(info.found && info.globalIndex && !info.localIndex);
    QCOMPARE(info.partitionKey, QStringLiteral("status"));
    QCOMPARE(info.sortKey, QStringLiteral("sk"));
    QCOMPARE(info.sortType, QStringLiteral("N"));

    info = keySchema(table, QStringLiteral("byCreated"));
    QVERIFY(info.found && info.localIndex && !info.globalIndex);
    QCOMPARE(info.sortKey, QStringLiteral("created"));
    QCOMPARE(info.sortType, QStringLiteral("S"));

    QVERIFY(!keySchema(table, QStringLiteral("missing")).found);
}

void TestQuerySpec::rawMode_data()
{
    QTest::addColumn<bool>("scan");
    QTest::addColumn<QString>("keyCondition");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("projection");
    QTest::addColumn<QJsonObject>("names");
    QTest::addColumn<QJsonObject>("values");
    QTest::addColumn<QString>("message"); // empty: accepted

    const QJsonObject pkName{{QStringLiteral("#pk"), QStringLiteral("pk")}};
    const QJsonObject pkValue{{QStringLiteral(":pk"), wire(S(QStringLiteral("A")))}};
    const QString key = QStringLiteral("#pk = :pk");

    QTest::newRow("complete query")
        << false << key << QStringLiteral("size(#d) > :n") << QStringLiteral("#pk, #d")
        << QJsonObject{{QStringLiteral("#pk"), QStringLiteral("pk")},
                       {QStringLiteral("#d"), QStringLiteral("data")}}
        << QJsonObject{{QStringLiteral(":pk"), wire(S(QStringLiteral("A")))},
                       {QStringLiteral(":n"), wire(N(QStringLiteral("3")))}}
        << QString();
    QTest::newRow("plain names need no placeholder")
        << true << QString() << QStringLiteral("attribute_exists(price)") << QString()
        << QJsonObject() << QJsonObject() << QString();
    QTest::newRow("query without key condition")
        << false << QString() << QString() << QString() << QJsonObject() << QJsonObject()
        << QStringLiteral("Enter a key condition expression");
    QTest::newRow("scan with key condition")
        << true << key << QString() << QString() << pkName << pkValue
        << QStringLiteral("A scan has no key condition expression");
    QTest::newRow("undefined name") << false << QStringLiteral("#pk = :pk AND #sk > :pk")
                                    << QString() << QString() << pkName << pkValue
                                    << QStringLiteral("The expression uses “#sk”, which is not "
                                                      "defined in the attribute names.");
    QTest::newRow("undefined value")
        << false << key << QStringLiteral("#pk <> :other") << QString() << pkName << pkValue
        << QStringLiteral("The expression uses “:other”, which is "
                          "not defined in the values.");
    QJsonObject extraName = pkName;
    extraName.insert(QStringLiteral("#unused"), QStringLiteral("x"));
    QTest::newRow("unused name") << false << key << QString() << QString() << extraName << pkValue
                                 << QStringLiteral("The attribute name placeholder “#unused” is "
                                                   "defined but not used");
    QJsonObject extraValue = pkValue;
    extraValue.insert(QStringLiteral(":spare"), wire(N(QStringLiteral("1"))));
    QTest::newRow("unused value") << false << key << QString() << QString() << pkName << extraValue
                                  << QStringLiteral("The value placeholder “:spare” is defined "
                                                    "but not used");
    QTest::newRow("placeholder used only in projection")
        << true << QString() << QString() << QStringLiteral("#pk") << pkName << QJsonObject()
        << QString();
    QTest::newRow("name without #") << false << key << QString() << QString()
                                    << QJsonObject{{QStringLiteral("#pk"), QStringLiteral("pk")},
                                                   {QStringLiteral("pk2"), QStringLiteral("x")}}
                                    << pkValue << QStringLiteral("“pk2” must start with #");
    QTest::newRow("value without colon")
        << false << key << QString() << QString() << pkName
        << QJsonObject{{QStringLiteral(":pk"), wire(S(QStringLiteral("A")))},
                       {QStringLiteral("v"), wire(S(QStringLiteral("B")))}}
        << QStringLiteral("“v” must start with a colon");
    QTest::newRow("value not DynamoDB JSON")
        << false << key << QString() << QString() << pkName
        << QJsonObject{{QStringLiteral(":pk"), QStringLiteral("A")}}
        << QStringLiteral("The value placeholder “:pk” is not valid DynamoDB JSON");
    QTest::newRow("name maps to nothing")
        << false << key << QString() << QString() << QJsonObject{{QStringLiteral("#pk"), QString()}}
        << pkValue << QStringLiteral("must stand for a non-empty name");
}

void TestQuerySpec::rawMode()
{
    QFETCH(bool, scan);
    QFETCH(QString, keyCondition);
    QFETCH(QString, filter);
    QFETCH(QString, projection);
    QFETCH(QJsonObject, names);
    QFETCH(QJsonObject, values);
    QFETCH(QString, message);

    QuerySpec spec;
    spec.table = QStringLiteral("Orders");
    spec.scan = scan;
    spec.raw = true;
    spec.rawKeyCondition = keyCondition;
    spec.rawFilter = filter;
    spec.rawProjection = projection;
    spec.rawNames = names;
    spec.rawValues = values;
    // Form fields are ignored in raw mode.
    spec.filters.append({QStringLiteral("ignored"), Comparator::Exists, {}});

    QString error;
    const QJsonObject input = buildRequest(spec, &error);
    if (!message.isEmpty()) {
        QVERIFY(input.isEmpty());
        QVERIFY2(error.contains(message), qPrintable(error));
        return;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(input.value(QStringLiteral("KeyConditionExpression")).toString(), keyCondition);
    QCOMPARE(input.value(QStringLiteral("FilterExpression")).toString(), filter);
    QCOMPARE(input.value(QStringLiteral("ProjectionExpression")).toString(), projection);
    QCOMPARE(input.value(QStringLiteral("ExpressionAttributeNames")).toObject(), names);
    QCOMPARE(input.value(QStringLiteral("ExpressionAttributeValues")).toObject(), values);
    QCOMPARE(input.contains(QStringLiteral("ExpressionAttributeNames")), !names.isEmpty());
}

void TestQuerySpec::parallelScanSegments()
{
    QuerySpec spec = scanWithFilter(QStringLiteral("n"), Comparator::Exists, {});
    spec.totalSegments = 3;
    spec.pageSize = 100;
    QString error;
    const QJsonObject whole = buildRequest(spec, &error);
    QVERIFY(error.isEmpty());
    QVERIFY(!whole.contains(QStringLiteral("Segment")));

    const QList<QJsonObject> segments = buildSegmentRequests(spec, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(segments.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QJsonObject input = segments.at(i);
        QCOMPARE(input.value(QStringLiteral("Segment")).toInt(-1), i);
        QCOMPARE(input.value(QStringLiteral("TotalSegments")).toInt(), 3);
        input.remove(QStringLiteral("Segment"));
        input.remove(QStringLiteral("TotalSegments"));
        QCOMPARE(input, whole);
    }

    spec.totalSegments = 1;
    QCOMPARE(buildSegmentRequests(spec, &error), QList<QJsonObject>{whole});
    QCOMPARE(describe(spec).contains(QStringLiteral("segments")), false);
}

void TestQuerySpec::segmentErrors_data()
{
    QTest::addColumn<QuerySpec>("spec");
    QTest::addColumn<QString>("message");

    QuerySpec spec = scanWithFilter(QStringLiteral("n"), Comparator::Exists, {});
    spec.totalSegments = 0;
    QTest::newRow("zero segments") << spec << QStringLiteral("between 1 and 1000000");
    spec.totalSegments = 1000001;
    QTest::newRow("too many segments") << spec << QStringLiteral("between 1 and 1000000");
    spec = queryOrders();
    spec.totalSegments = 2;
    QTest::newRow("segments on a query") << spec << QStringLiteral("scan only");
    spec = scanWithFilter(QStringLiteral("n"), Comparator::In, {});
    spec.totalSegments = 2;
    QTest::newRow("invalid filter") << spec << QStringLiteral("Filter 1: IN needs");
}

void TestQuerySpec::segmentErrors()
{
    QFETCH(QuerySpec, spec);
    QFETCH(QString, message);
    QString error;
    QVERIFY(buildSegmentRequests(spec, &error).isEmpty());
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestQuerySpec::scanEstimate_data()
{
    QTest::addColumn<QJsonObject>("table");
    QTest::addColumn<QString>("index");
    QTest::addColumn<bool>("consistent");
    QTest::addColumn<double>("units");

    QTest::newRow("1 MiB consistent") << orders(1 << 20) << QString() << true << 256.0;
    QTest::newRow("1 MiB eventual") << orders(1 << 20) << QString() << false << 128.0;
    QTest::newRow("partial 4 KB rounds up") << orders(4097) << QString() << true << 2.0;
    QTest::newRow("partial eventual") << orders(4097) << QString() << false << 1.0;
    QTest::newRow("one byte eventual") << orders(1) << QString() << false << 0.5;
    QTest::newRow("empty") << orders(0) << QString() << true << 0.0;
    QTest::newRow("10 GiB") << orders(10.0 * (1 << 30)) << QString() << false << 1310720.0;
    QTest::newRow("GSI uses IndexSizeBytes")
        << orders() << QStringLiteral("byStatus") << true << 2000.0;
}

void TestQuerySpec::scanEstimate()
{
    QFETCH(QJsonObject, table);
    QFETCH(QString, index);
    QFETCH(bool, consistent);
    QFETCH(double, units);
    const std::optional<double> estimate = estimatedScanReadUnits(table, consistent, index);
    QVERIFY(estimate);
    QCOMPARE(*estimate, units);
}

void TestQuerySpec::scanWarningThreshold()
{
    // 1000 units exactly (4 000 KiB consistent) is still fine; one more 4 KB block warns.
    ScanWarning warning = scanWarning(orders(1000 * 4096), true);
    QVERIFY(!warning.warn);
    QVERIFY2(warning.text.contains(QStringLiteral("about 1000 read capacity units")),
             qPrintable(warning.text));
    warning = scanWarning(orders(1000 * 4096 + 1), true);
    QVERIFY(warning.warn);
    QVERIFY2(warning.text.contains(QStringLiteral("“Orders”")), qPrintable(warning.text));
    QVERIFY2(warning.text.contains(QStringLiteral("1001")), qPrintable(warning.text));
    // Eventually consistent reads halve it.
    QVERIFY(!scanWarning(orders(1000 * 4096 + 1), false).warn);
    QVERIFY(scanWarning(orders(), true, QStringLiteral("byStatus")).warn);
    QVERIFY(!scanWarning(orders(), false, QStringLiteral("byStatus")).warn);

    QJsonObject unknown = orders();
    unknown.remove(QStringLiteral("TableSizeBytes"));
    QVERIFY(!estimatedScanReadUnits(unknown, true));
    warning = scanWarning(unknown, false);
    QVERIFY(warning.warn);
    QVERIFY2(warning.text.contains(QStringLiteral("not known")), qPrintable(warning.text));
    QVERIFY(!estimatedScanReadUnits(orders(), true, QStringLiteral("byCreated")));
}

void TestQuerySpec::describePreview()
{
    QuerySpec spec = queryOrders();
    spec.sortCondition = Condition{QStringLiteral("sk"),
                                   Comparator::Between,
                                   {N(QStringLiteral("1")), N(QStringLiteral("5"))}};
    spec.filters = {{QStringLiteral("status"),
                     Comparator::In,
                     {S(QStringLiteral("new")), S(QStringLiteral("paid"))}},
                    {QStringLiteral("`a.b`[0]"), Comparator::NotExists, {}}};
    spec.projection = {QStringLiteral("pk"), QStringLiteral("total")};
    spec.forward = false;
    spec.pageSize = 25;
    QCOMPARE(describe(spec),
             QStringLiteral("Query Orders: pk = \"A\" AND sk BETWEEN 1 AND 5, filter status IN "
                            "(\"new\", \"paid\") AND attribute_not_exists(`a.b`[0]), project pk, "
                            "total, descending, 25 per page"));

    QuerySpec scan =
        scanWithFilter(QStringLiteral("tags"), Comparator::SizeGreater, {N(QStringLiteral("2"))});
    scan.index = QStringLiteral("byStatus");
    scan.totalSegments = 4;
    scan.consistentRead = true;
    scan.forward = false; // meaningless for a scan: not shown
    QCOMPARE(describe(scan), QStringLiteral("Scan Orders (index byStatus) in 4 segments: filter "
                                            "size(tags) > 2, consistent read"));

    QuerySpec fromTable;
    fromTable.table = QStringLiteral("Orders");
    fromTable.index = QStringLiteral("byStatus");
    fromTable.partitionValue = S(QStringLiteral("new"));
    fromTable.sortCondition = Condition{{}, Comparator::Less, {N(QStringLiteral("3"))}};
    QCOMPARE(describe(fromTable, orders()),
             QStringLiteral("Query Orders (index byStatus): status = \"new\" AND sk < 3"));

    QuerySpec raw;
    raw.table = QStringLiteral("Orders");
    raw.raw = true;
    raw.rawKeyCondition = QStringLiteral(" #pk = :pk ");
    raw.countOnly = true;
    QCOMPARE(describe(raw), QStringLiteral("Query Orders: #pk = :pk, count only"));
}

QTEST_GUILESS_MAIN(TestQuerySpec)
#include "tst_queryspec.moc"
