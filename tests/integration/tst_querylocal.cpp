// Requests built by the query builder, run against a real DynamoDB Local: the items that come
// back are exactly the ones the form asked for.
#include "localendpoint.h"

#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "dynamo/batchwritejob.h"
#include "dynamo/decimalnumber.h"
#include "dynamo/preflight.h"
#include "dynamo/queryspec.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace dyna;
using dynamo::AttributeValue;
using dynamo::Comparator;
using dynamo::QuerySpec;
using JobPtr = std::unique_ptr<aws::RequestJob>;

namespace {

constexpr int kRows = 50;   // pk "P", numeric sort keys that a double cannot tell apart
constexpr int kSpread = 30; // one item per partition key, so parallel segments differ

// The attributes of row i, computed again by the tests to know what each query must return.
struct Row
{
    int i = 0;
    QString sk;
    QString name;
    QString color;
    bool flag = false;
    QStringList tags;
};

Row row(int i)
{
    static const QStringList colors{QStringLiteral("red"), QStringLiteral("green"),
                                    QStringLiteral("blue")};
    Row r;
    r.i = i;
    r.sk = QStringLiteral("12345678901234567890.%1").arg(i, 2, 10, QLatin1Char('0'));
    r.name = QStringLiteral("item-%1").arg(i, 2, 10, QLatin1Char('0'));
    r.color = colors.at(i % 3);
    r.flag = i % 2 == 0;
    for (int t = 0; t <= i % 4; ++t)
        r.tags.append(QStringLiteral("t%1").arg(t));
    return r;
}

QJsonObject s(const QString &value)
{
    return {{QStringLiteral("S"), value}};
}

QJsonObject n(const QString &value)
{
    return {{QStringLiteral("N"), value}};
}

AttributeValue S(const QString &text)
{
    return AttributeValue::fromString(text);
}

AttributeValue N(const QString &text)
{
    return AttributeValue::fromNumber(text);
}

QString numberOf(const QJsonObject &item, const QString &name)
{
    return item.value(name).toObject().value(QStringLiteral("N")).toString();
}

QString canonical(const QString &number)
{
    return dynamo::normalizeNumber(number).value_or(QString());
}

// The canonical sort keys of the rows for which `keep` is true.
QSet<QString> expectedKeys(const std::function<bool(const Row &)> &keep)
{
    QSet<QString> keys;
    for (int i = 0; i < kRows; ++i) {
        if (keep(row(i)))
            keys.insert(canonical(row(i).sk));
    }
    return keys;
}

QSet<QString> sortKeys(const QList<QJsonObject> &items)
{
    QSet<QString> keys;
    for (const QJsonObject &item : items)
        keys.insert(canonical(numberOf(item, QStringLiteral("sk"))));
    return keys;
}

QJsonObject attributeDefinition(const QString &name, const QString &type)
{
    return {{QStringLiteral("AttributeName"), name}, {QStringLiteral("AttributeType"), type}};
}

QJsonObject keyElement(const QString &name, const QString &keyType)
{
    return {{QStringLiteral("AttributeName"), name}, {QStringLiteral("KeyType"), keyType}};
}

struct Pages
{
    QList<QJsonObject> items;
    QList<int> pageSizes;
    QString error;
};

} // namespace

class TestQueryLocal : public QObject
{
    Q_OBJECT

private:
    JobPtr call(const QString &operation, const QJsonObject &input)
    {
        return JobPtr(test::callAndWait(m_client, operation, input));
    }
    // Runs one request page after page, following LastEvaluatedKey.
    Pages runAll(const QString &operation, QJsonObject input);
    // Builds the spec against the table description and runs it to the end.
    Pages run(const QuerySpec &spec);
    QuerySpec query() const;

    aws::AwsClient *m_client = nullptr;
    QString m_table;
    QJsonObject m_description; // DescribeTable "Table"

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void betweenWithExactNumericBounds();
    void beginsWithOnStringSortKeyOfIndex();
    void filtersInExistsSizeContains();
    void nestedPathWithDotInName();
    void projectionReturnsOnlyChosenAttributes();
    void descendingOrder();
    void pagingFollowsLastEvaluatedKey();
    void parallelScanReturnsEveryItemOnce();
    void rawModeQuery();
    void dynamoDbRejectsWhatWeRejectFirst();
};

Pages TestQueryLocal::runAll(const QString &operation, QJsonObject input)
{
    Pages pages;
    for (int guard = 0; guard < 1000; ++guard) {
        const JobPtr job = call(operation, input);
        if (!job) {
            pages.error = QStringLiteral("timed out");
            return pages;
        }
        if (job->error().isError()) {
            pages.error = job->error().details();
            return pages;
        }
        const QJsonArray items = job->response().value(QStringLiteral("Items")).toArray();
        pages.pageSizes.append(int(items.size()));
        for (const QJsonValue &item : items)
            pages.items.append(item.toObject());
        const QJsonObject last =
            job->response().value(QStringLiteral("LastEvaluatedKey")).toObject();
        if (last.isEmpty())
            return pages;
        input.insert(QStringLiteral("ExclusiveStartKey"), last);
    }
    pages.error = QStringLiteral("too many pages");
    return pages;
}

Pages TestQueryLocal::run(const QuerySpec &spec)
{
    QString error;
    const QJsonObject input = dynamo::buildRequest(spec, &error, m_description);
    if (!error.isEmpty()) {
        Pages failed;
        failed.error = error;
        return failed;
    }
    return runAll(dynamo::operation(spec), input);
}

QuerySpec TestQueryLocal::query() const
{
    QuerySpec spec;
    spec.table = m_table;
    spec.partitionValue = S(QStringLiteral("P"));
    return spec;
}

void TestQueryLocal::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running: run the tests through ctest, "
                                 "whose fixture starts it");
    m_client = test::localClient(this);
    m_table = test::uniqueTableName(QStringLiteral("Query"));

    const QJsonObject created = QJsonObject{
        {QStringLiteral("TableName"), m_table},
        {QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")},
        {QStringLiteral("AttributeDefinitions"),
         QJsonArray{attributeDefinition(QStringLiteral("pk"), QStringLiteral("S")),
                    attributeDefinition(QStringLiteral("sk"), QStringLiteral("N")),
                    attributeDefinition(QStringLiteral("grp"), QStringLiteral("S")),
                    attributeDefinition(QStringLiteral("name"), QStringLiteral("S"))}},
        {QStringLiteral("KeySchema"),
         QJsonArray{keyElement(QStringLiteral("pk"), QStringLiteral("HASH")),
                    keyElement(QStringLiteral("sk"), QStringLiteral("RANGE"))}},
        {QStringLiteral("GlobalSecondaryIndexes"),
         QJsonArray{QJsonObject{
             {QStringLiteral("IndexName"), QStringLiteral("byName")},
             {QStringLiteral("KeySchema"),
              QJsonArray{keyElement(QStringLiteral("grp"), QStringLiteral("HASH")),
                         keyElement(QStringLiteral("name"), QStringLiteral("RANGE"))}},
             {QStringLiteral("Projection"),
              QJsonObject{{QStringLiteral("ProjectionType"), QStringLiteral("ALL")}}}}}},
    };
    const JobPtr create = call(QStringLiteral("CreateTable"), created);
    QVERIFY(create);
    QVERIFY2(!create->error().isError(), qPrintable(create->error().details()));

    QList<dynamo::BatchWriteJob::WriteRequest> requests;
    for (int i = 0; i < kRows; ++i) {
        const Row r = row(i);
        QJsonObject item{
            {QStringLiteral("pk"), s(QStringLiteral("P"))},
            {QStringLiteral("sk"), n(r.sk)},
            {QStringLiteral("grp"), s(QStringLiteral("g"))},
            {QStringLiteral("name"), s(r.name)},
            {QStringLiteral("color"), s(r.color)},
            {QStringLiteral("tags"),
             QJsonObject{{QStringLiteral("SS"), QJsonArray::fromStringList(r.tags)}}},
            {QStringLiteral("meta"),
             QJsonObject{{QStringLiteral("M"),
                          QJsonObject{{QStringLiteral("a.b"), n(QString::number(i))}}}}},
            {QStringLiteral("payload"), s(QString(100, QLatin1Char('x')))},
        };
        if (r.flag)
            item.insert(QStringLiteral("flag"), QJsonObject{{QStringLiteral("BOOL"), true}});
        requests.append(dynamo::BatchWriteJob::put(m_table, item));
    }
    for (int i = 0; i < kSpread; ++i) {
        requests.append(dynamo::BatchWriteJob::put(
            m_table, {{QStringLiteral("pk"), s(QStringLiteral("spread-%1").arg(i))},
                      {QStringLiteral("sk"), n(QStringLiteral("0"))}}));
    }
    dynamo::BatchWriteJob writer(m_client, requests);
    QSignalSpy finished(&writer, &dynamo::BatchWriteJob::finished);
    writer.start();
    QVERIFY(finished.wait(30000));
    QVERIFY2(!writer.error().isError(), qPrintable(writer.error().details()));
    QCOMPARE(writer.written(), kRows + kSpread);

    const JobPtr described =
        call(QStringLiteral("DescribeTable"), {{QStringLiteral("TableName"), m_table}});
    QVERIFY(described && !described->error().isError());
    m_description = described->response().value(QStringLiteral("Table")).toObject();
    QVERIFY(dynamo::keySchema(m_description, QStringLiteral("byName")).globalIndex);
}

void TestQueryLocal::cleanupTestCase()
{
    if (!m_client || m_table.isEmpty())
        return;
    const JobPtr deleted =
        call(QStringLiteral("DeleteTable"), {{QStringLiteral("TableName"), m_table}});
    QVERIFY(deleted && !deleted->error().isError());
}

void TestQueryLocal::betweenWithExactNumericBounds()
{
    // All 50 keys are the same double; only exact decimals select rows 10..19.
    QuerySpec spec = query();
    spec.sortCondition = dynamo::Condition{{}, Comparator::Between, {N(row(10).sk), N(row(19).sk)}};
    const Pages result = run(spec);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.items.size(), 10);
    QCOMPARE(sortKeys(result.items),
             expectedKeys([](const Row &r) { return r.i >= 10 && r.i <= 19; }));

    spec.sortCondition = dynamo::Condition{{}, Comparator::Greater, {N(row(47).sk)}};
    QCOMPARE(sortKeys(run(spec).items), expectedKeys([](const Row &r) { return r.i > 47; }));
}

void TestQueryLocal::beginsWithOnStringSortKeyOfIndex()
{
    QuerySpec spec = query();
    spec.index = QStringLiteral("byName");
    spec.partitionValue = S(QStringLiteral("g"));
    spec.sortCondition = dynamo::Condition{
        QStringLiteral("name"), Comparator::BeginsWith, {S(QStringLiteral("item-1"))}};
    const Pages result = run(spec);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(sortKeys(result.items),
             expectedKeys([](const Row &r) { return r.name.startsWith(QLatin1String("item-1")); }));
    QCOMPARE(result.items.size(), 10);
}

void TestQueryLocal::filtersInExistsSizeContains()
{
    QuerySpec spec = query();
    spec.filters = {
        {QStringLiteral("color"),
         Comparator::In,
         {S(QStringLiteral("red")), S(QStringLiteral("blue"))}},
        {QStringLiteral("flag"), Comparator::Exists, {}},
        {QStringLiteral("tags"), Comparator::SizeGreaterOrEqual, {N(QStringLiteral("3"))}},
        {QStringLiteral("tags"), Comparator::Contains, {S(QStringLiteral("t2"))}},
    };
    const Pages result = run(spec);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const QSet<QString> expected = expectedKeys([](const Row &r) {
        return r.color != QLatin1String("green") && r.flag && r.tags.size() >= 3 &&
               r.tags.contains(QLatin1String("t2"));
    });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(sortKeys(result.items), expected);

    spec.filters = {{QStringLiteral("flag"), Comparator::NotExists, {}},
                    {QStringLiteral("tags"), Comparator::NotContains, {S(QStringLiteral("t1"))}}};
    QCOMPARE(sortKeys(run(spec).items), expectedKeys([](const Row &r) {
                 return !r.flag && !r.tags.contains(QLatin1String("t1"));
             }));
}

void TestQueryLocal::nestedPathWithDotInName()
{
    // meta is a map whose only key is "a.b": the backticks keep the dot in the name.
    QuerySpec spec = query();
    spec.scan = true;
    spec.pageSize = 20;
    spec.filters = {
        {QStringLiteral("meta.`a.b`"), Comparator::GreaterOrEqual, {N(QStringLiteral("45"))}}};
    const Pages result = run(spec);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(sortKeys(result.items), expectedKeys([](const Row &r) { return r.i >= 45; }));
}

void TestQueryLocal::projectionReturnsOnlyChosenAttributes()
{
    QuerySpec spec = query();
    spec.projection = {QStringLiteral("sk"), QStringLiteral("color"), QStringLiteral("meta.`a.b`")};
    const Pages result = run(spec);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.items.size(), kRows);
    for (const QJsonObject &item : result.items) {
        QCOMPARE(item.keys(), (QStringList{QStringLiteral("color"), QStringLiteral("meta"),
                                           QStringLiteral("sk")}));
        QVERIFY(item.value(QStringLiteral("meta"))
                    .toObject()
                    .value(QStringLiteral("M"))
                    .toObject()
                    .contains(QStringLiteral("a.b")));
    }
}

void TestQueryLocal::descendingOrder()
{
    QuerySpec spec = query();
    spec.forward = false;
    const Pages result = run(spec);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.items.size(), kRows);
    QCOMPARE(canonical(numberOf(result.items.first(), QStringLiteral("sk"))),
             canonical(row(kRows - 1).sk));
    for (qsizetype i = 1; i < result.items.size(); ++i) {
        QVERIFY(dynamo::compareNumbers(numberOf(result.items.at(i - 1), QStringLiteral("sk")),
                                       numberOf(result.items.at(i), QStringLiteral("sk"))) > 0);
    }
}

void TestQueryLocal::pagingFollowsLastEvaluatedKey()
{
    QuerySpec spec = query();
    spec.pageSize = 15;
    const Pages result = run(spec);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY2(result.pageSizes.size() >= 3, qPrintable(QString::number(result.pageSizes.size())));
    for (int size : result.pageSizes)
        QVERIFY(size <= 15);
    QCOMPARE(result.items.size(), kRows);
    QCOMPARE(sortKeys(result.items).size(), kRows);
}

void TestQueryLocal::parallelScanReturnsEveryItemOnce()
{
    QuerySpec spec = query();
    spec.scan = true;
    spec.pageSize = 10;
    spec.totalSegments = 3;
    QString error;
    const QList<QJsonObject> segments = dynamo::buildSegmentRequests(spec, &error, m_description);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(segments.size(), 3);

    QHash<QString, int> seen;
    int nonEmptySegments = 0;
    for (const QJsonObject &input : segments) {
        const Pages result = runAll(QStringLiteral("Scan"), input);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        if (!result.items.isEmpty())
            ++nonEmptySegments;
        for (const QJsonObject &item : result.items) {
            const QString key =
                item.value(QStringLiteral("pk")).toObject().value(QStringLiteral("S")).toString() +
                QLatin1Char('/') + canonical(numberOf(item, QStringLiteral("sk")));
            ++seen[key];
        }
    }
    QCOMPARE(seen.size(), kRows + kSpread);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    QVERIFY2(nonEmptySegments >= 2, qPrintable(QString::number(nonEmptySegments)));
}

void TestQueryLocal::rawModeQuery()
{
    QuerySpec spec;
    spec.table = m_table;
    spec.raw = true;
    spec.rawKeyCondition = QStringLiteral("pk = :p AND sk < :limit");
    spec.rawFilter = QStringLiteral("#c = :red");
    spec.rawNames = {{QStringLiteral("#c"), QStringLiteral("color")}};
    spec.rawValues = {{QStringLiteral(":p"), s(QStringLiteral("P"))},
                      {QStringLiteral(":limit"), n(row(12).sk)},
                      {QStringLiteral(":red"), s(QStringLiteral("red"))}};
    const Pages result = run(spec);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(sortKeys(result.items), expectedKeys([](const Row &r) {
                 return r.i < 12 && r.color == QLatin1String("red");
             }));
}

void TestQueryLocal::dynamoDbRejectsWhatWeRejectFirst()
{
    // The builder refuses reversed BETWEEN bounds and unused placeholders because DynamoDB does.
    QuerySpec spec = query();
    spec.sortCondition = dynamo::Condition{{}, Comparator::Between, {N(row(20).sk), N(row(10).sk)}};
    QString error;
    QVERIFY(dynamo::buildRequest(spec, &error, m_description).isEmpty());
    QVERIFY(error.contains(QStringLiteral("greater than")));

    spec.sortCondition->values = {N(row(10).sk), N(row(20).sk)};
    QJsonObject input = dynamo::buildRequest(spec, &error, m_description);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QJsonObject values = input.value(QStringLiteral("ExpressionAttributeValues")).toObject();
    const QJsonValue low = values.value(QStringLiteral(":v1"));
    values.insert(QStringLiteral(":v1"), values.value(QStringLiteral(":v2")));
    values.insert(QStringLiteral(":v2"), low);
    QJsonObject reversed = input;
    reversed.insert(QStringLiteral("ExpressionAttributeValues"), values);
    JobPtr job = call(QStringLiteral("Query"), reversed);
    QVERIFY(job);
    QCOMPARE(job->error().kind, aws::ErrorKind::Validation);

    values = input.value(QStringLiteral("ExpressionAttributeValues")).toObject();
    values.insert(QStringLiteral(":unused"), s(QStringLiteral("x")));
    QJsonObject unused = input;
    unused.insert(QStringLiteral("ExpressionAttributeValues"), values);
    job = call(QStringLiteral("Query"), unused);
    QVERIFY(job);
    QCOMPARE(job->error().kind, aws::ErrorKind::Validation);
}

QTEST_GUILESS_MAIN(TestQueryLocal)
#include "tst_querylocal.moc"
