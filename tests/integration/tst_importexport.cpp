// Export and import of items against a real DynamoDB Local.
#include "localendpoint.h"

#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "dynamo/batchwritejob.h"
#include "dynamo/documentconverter.h"
#include "dynamo/exportjob.h"
#include "dynamo/importjob.h"
#include "dynamo/pagination.h"
#include "dynamo/preflight.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dyna;
using namespace dyna::dynamo;

Q_DECLARE_METATYPE(dyna::dynamo::ItemFileFormat)

namespace {

constexpr int kWaitMs = 60000;

AttributeValue str(const QString &text)
{
    return AttributeValue::fromString(text);
}
AttributeValue num(const QString &text)
{
    return AttributeValue::fromNumber(text);
}

// Item i of the source table: every type, awkward texts, 38-digit numbers, and an attribute
// whose type changes from item to item.
Item sourceItem(int i)
{
    Item item;
    item.insert(QStringLiteral("pk"), str(QStringLiteral("customer#%1").arg(i % 7)));
    item.insert(QStringLiteral("sk"), num(QString::number(i)));
    item.insert(QStringLiteral("big"),
                num(QStringLiteral("9876543210987654321098765432109876543%1").arg(i % 10)));
    item.insert(QStringLiteral("note"),
                str(QStringLiteral("line %1, \"quoted\"\nsecond line\r\nthird ✓").arg(i)));
    item.insert(QStringLiteral("blob"),
                AttributeValue::fromBinary(QByteArray::number(i) + QByteArray("\x00\xff,\"", 4)));
    if (i % 3 == 0) {
        item.insert(QStringLiteral("tags"),
                    AttributeValue::fromStringSet({QStringLiteral("a,b"), QString::number(i)}));
        item.insert(QStringLiteral("scores"),
                    AttributeValue::fromNumberSet({QStringLiteral("0.1"), QString::number(i + 1)}));
        item.insert(QStringLiteral("blobs"),
                    AttributeValue::fromBinarySet({QByteArray(1, char(i)), QByteArray("xy")}));
    }
    AttributeMap inner;
    inner.insert(QStringLiteral("$SS"), str(QStringLiteral("looks like a tag")));
    inner.insert(QStringLiteral("list"),
                 AttributeValue::fromList({AttributeValue::null(), AttributeValue::fromBool(i % 2),
                                           num(QStringLiteral("-1.5E-30"))}));
    item.insert(QStringLiteral("meta"), AttributeValue::fromMap(inner));
    item.insert(QStringLiteral("mixed"), i % 2 ? str(QString()) : num(QString::number(i * 1000)));
    return item;
}

QString keyOf(const Item &item)
{
    return item.value(QStringLiteral("pk")).string() + u'/' +
           item.value(QStringLiteral("sk")).numberText();
}

} // namespace

class TestImportExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void exportAndReimport_data();
    void exportAndReimport();
    void exportOfItemsAtHand();
    void importReportsBadLines();
    void laterLineWithTheSameKeyWins();
    void refusedItemIsReportedAndTheRestWritten();
    void cancelledExportLeavesNoFile();

private:
    QString createTable(const QString &prefix, bool withIndex = false);
    QMap<QString, Item> scan(const QString &table);
    bool runJob(aws::Job *job);

    aws::AwsClient *m_client = nullptr;
    QString m_source;
    QStringList m_tables;
    QTemporaryDir m_dir;
};

void TestImportExport::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    QVERIFY(m_dir.isValid());
    aws::ClientConfig config;
    config.endpoint.overrideUrl = endpoint;
    config.endpoint.region = QStringLiteral("us-east-1");
    m_client = createClient(config,
                            std::make_shared<aws::StaticCredentialsProvider>(aws::Credentials{
                                QStringLiteral("test"), QStringLiteral("test"), {}, {}}),
                            this);
    m_source = createTable(QStringLiteral("ExportSource"));
    QVERIFY(!m_source.isEmpty());
    QList<BatchWriteJob::WriteRequest> requests;
    for (int i = 0; i < 300; ++i)
        requests.append(BatchWriteJob::put(m_source, itemToWire(sourceItem(i))));
    BatchWriteJob writer(m_client, requests);
    QVERIFY(runJob(&writer));
    QCOMPARE(scan(m_source).size(), 300);
}

void TestImportExport::cleanupTestCase()
{
    for (const QString &table : std::as_const(m_tables)) {
        delete test::callAndWait(m_client, QStringLiteral("DeleteTable"),
                                 {{QStringLiteral("TableName"), table}});
    }
}

QString TestImportExport::createTable(const QString &prefix, bool withIndex)
{
    const QString name = test::uniqueTableName(prefix);
    QJsonArray definitions{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                       {QStringLiteral("AttributeType"), QStringLiteral("S")}},
                           QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("sk")},
                                       {QStringLiteral("AttributeType"), QStringLiteral("N")}}};
    QJsonObject input{
        {QStringLiteral("TableName"), name},
        {QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")},
        {QStringLiteral("KeySchema"),
         QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                {QStringLiteral("KeyType"), QStringLiteral("HASH")}},
                    QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("sk")},
                                {QStringLiteral("KeyType"), QStringLiteral("RANGE")}}}},
    };
    if (withIndex) {
        definitions.append(QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("email")},
                                       {QStringLiteral("AttributeType"), QStringLiteral("S")}});
        input.insert(
            QStringLiteral("GlobalSecondaryIndexes"),
            QJsonArray{QJsonObject{
                {QStringLiteral("IndexName"), QStringLiteral("byEmail")},
                {QStringLiteral("KeySchema"),
                 QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("email")},
                                        {QStringLiteral("KeyType"), QStringLiteral("HASH")}}}},
                {QStringLiteral("Projection"),
                 QJsonObject{{QStringLiteral("ProjectionType"), QStringLiteral("ALL")}}}}});
    }
    input.insert(QStringLiteral("AttributeDefinitions"), definitions);
    const std::unique_ptr<aws::RequestJob> job(
        test::callAndWait(m_client, QStringLiteral("CreateTable"), input));
    if (!job || job->error().isError()) {
        qWarning() << "CreateTable failed:" << (job ? job->error().details() : QString());
        return {};
    }
    m_tables.append(name);
    return name;
}

QMap<QString, Item> TestImportExport::scan(const QString &table)
{
    QMap<QString, Item> items;
    PaginatedJob pages(m_client, aws::Service::DynamoDb, QStringLiteral("Scan"),
                       {{QStringLiteral("TableName"), table}});
    connect(&pages, &PaginatedJob::page, this, [&items](PaginatedJob *, const QJsonObject &page) {
        for (const auto &value : page.value(QStringLiteral("Items")).toArray()) {
            const Item item = itemFromWire(value.toObject());
            items.insert(keyOf(item), item);
        }
    });
    if (!runJob(&pages))
        return {};
    return items;
}

bool TestImportExport::runJob(aws::Job *job)
{
    QSignalSpy finished(job, &aws::Job::finished);
    job->start();
    if (!finished.wait(kWaitMs)) {
        qWarning() << "The job did not finish in time";
        return false;
    }
    if (job->error().isError()) {
        qWarning() << job->error().details();
        return false;
    }
    return true;
}

void TestImportExport::exportAndReimport_data()
{
    QTest::addColumn<ItemFileFormat>("format");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("JSON Lines") << ItemFileFormat::JsonLines << QStringLiteral("items.jsonl");
    QTest::newRow("CSV") << ItemFileFormat::Csv << QStringLiteral("items.csv");
    QTest::newRow("DynamoDB JSON") << ItemFileFormat::DynamoDbJson << QStringLiteral("items.json");
}

void TestImportExport::exportAndReimport()
{
    QFETCH(ItemFileFormat, format);
    QFETCH(QString, fileName);
    const QString path = m_dir.filePath(fileName);

    // Small pages, so the file is written across many of them.
    ExportJob exporter(m_client, QStringLiteral("Scan"),
                       {{QStringLiteral("TableName"), m_source}, {QStringLiteral("Limit"), 40}},
                       path, format, {QStringLiteral("pk"), QStringLiteral("sk")});
    QSignalSpy exported(&exporter, &ExportJob::progress);
    QVERIFY(runJob(&exporter));
    QCOMPARE(exporter.items(), 300);
    QVERIFY(exported.size() > 5);
    QCOMPARE(exported.last().at(0).toLongLong(), 300);
    QCOMPARE(exported.last().at(1).toLongLong(), QFileInfo(path).size());

    const QString target = createTable(QStringLiteral("ImportTarget"));
    QVERIFY(!target.isEmpty());
    // No key schema given: the job reads it with DescribeTable.
    ImportJob importer(m_client, target, path, format);
    QSignalSpy imported(&importer, &ImportJob::progress);
    QVERIFY(runJob(&importer));
    QCOMPARE(importer.report().records, 300);
    QCOMPARE(importer.report().written, 300);
    QVERIFY(importer.report().rejected.isEmpty());
    QVERIFY(importer.report().failed.isEmpty());
    QCOMPARE(importer.total(), 300);
    QVERIFY(!imported.isEmpty());
    QCOMPARE(imported.last().at(0).toInt(), 300);
    QCOMPARE(imported.last().at(1).toInt(), 300);

    const QMap<QString, Item> expected = scan(m_source);
    const QMap<QString, Item> actual = scan(target);
    QCOMPARE(actual.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const Item &copy = actual.value(it.key());
        QCOMPARE(copy.keys(), it.value().keys());
        for (const QString &name : copy.keys()) {
            QVERIFY2(copy.value(name) == it.value().value(name),
                     qPrintable(it.key() + QStringLiteral(": ") + name));
        }
    }
}

void TestImportExport::exportOfItemsAtHand()
{
    const QList<Item> items = scan(m_source).values().mid(0, 25);
    const QString path = m_dir.filePath(QStringLiteral("onscreen.json"));
    ExportJob exporter(items, path, ItemFileFormat::DynamoDbJson, {QStringLiteral("pk")});
    QVERIFY(runJob(&exporter));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
             formatItems(items, ItemFileFormat::DynamoDbJson, {QStringLiteral("pk")}));
}

void TestImportExport::importReportsBadLines()
{
    const QList<int> badLines{4, 11, 17};
    QByteArray text;
    for (int line = 1; line <= 20; ++line) {
        if (line == 4)
            text += "{\"pk\": \"x\", \"sk\": }\n"; // not JSON
        else if (line == 11)
            text += "{\"pk\": \"x\", \"note\": \"no sort key\"}\n";
        else if (line == 17)
            text += "{\"pk\": \"x\", \"sk\": \"17\"}\n"; // sk must be a number
        else
            text += itemToDocumentText(sourceItem(line), JsonFormat::Compact) + '\n';
    }
    const QString path = m_dir.filePath(QStringLiteral("twenty.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();

    const QString target = createTable(QStringLiteral("BadLines"));
    QVERIFY(!target.isEmpty());
    ImportJob importer(m_client, target, path, ItemFileFormat::JsonLines);
    importer.setKeySchema({{QStringLiteral("pk"), AttributeValue::Type::String},
                           {QStringLiteral("sk"), AttributeValue::Type::Number}});
    QVERIFY(runJob(&importer));
    const ImportReport &report = importer.report();
    QCOMPARE(report.records, 20);
    QCOMPARE(report.written, 17);
    QVERIFY(report.failed.isEmpty());
    QList<int> reported;
    for (const LineError &error : report.rejected) {
        reported.append(error.line);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(error.text, text.split('\n').at(error.line - 1));
    }
    QCOMPARE(reported, badLines);
    QVERIFY(report.rejected.at(1).message.contains(QStringLiteral("\"sk\"")));
    QVERIFY(report.rejected.at(2).message.contains(QStringLiteral("type N")));

    const QMap<QString, Item> stored = scan(target);
    QCOMPARE(stored.size(), 17);
    for (int line = 1; line <= 20; ++line) {
        if (badLines.contains(line))
            continue;
        QCOMPARE(stored.value(keyOf(sourceItem(line))), sourceItem(line));
    }
}

void TestImportExport::laterLineWithTheSameKeyWins()
{
    // 60 lines in one chunk's reach, three of them repeating keys: one call with a repeated
    // key would be refused as a whole.
    QList<Item> items;
    for (int i = 0; i < 60; ++i)
        items.append(sourceItem(i));
    for (int i : {5, 20, 5}) {
        Item again = sourceItem(i);
        again.insert(QStringLiteral("version"), num(QString::number(items.size())));
        items.append(again);
    }
    const QString path = m_dir.filePath(QStringLiteral("repeated.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(formatItems(items, ItemFileFormat::Csv));
    file.close();

    const QString target = createTable(QStringLiteral("Repeated"));
    QVERIFY(!target.isEmpty());
    ImportJob importer(m_client, target, path, ItemFileFormat::Csv);
    QVERIFY(runJob(&importer));
    QCOMPARE(importer.report().written, 63);
    QVERIFY(importer.report().failed.isEmpty());
    // Chunks end before a repeated key: 60 items (calls of 25, 25 and 10), then 5 and 20 again,
    // then 5 once more. Had a repeated key gone into a call, DynamoDB would have refused it and
    // its items would have been sent again one by one, costing many more calls.
    QCOMPARE(importer.report().calls, 5);
    const QMap<QString, Item> stored = scan(target);
    QCOMPARE(stored.size(), 60);
    QCOMPARE(stored.value(keyOf(sourceItem(5))), items.last());
    QCOMPARE(stored.value(keyOf(sourceItem(20))), items.at(61));
}

void TestImportExport::refusedItemIsReportedAndTheRestWritten()
{
    // DynamoDB refuses an item whose index key has the wrong type, and with it the whole call;
    // the import must still write the others and name the line.
    QByteArray text;
    for (int i = 0; i < 30; ++i) {
        Item item = sourceItem(i);
        item.insert(QStringLiteral("email"),
                    i == 12 ? num(QStringLiteral("12")) : str(QStringLiteral("u%1@x.org").arg(i)));
        text += formatItems({item}, ItemFileFormat::DynamoDbJson);
    }
    const QString path = m_dir.filePath(QStringLiteral("indexed.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();

    const QString target = createTable(QStringLiteral("Indexed"), true);
    QVERIFY(!target.isEmpty());
    ImportJob importer(m_client, target, path, ItemFileFormat::DynamoDbJson);
    QVERIFY(runJob(&importer));
    QCOMPARE(importer.report().written, 29);
    QVERIFY(importer.report().rejected.isEmpty());
    QCOMPARE(importer.report().failed.size(), 1);
    QCOMPARE(importer.report().failed.first().line, 13);
    QVERIFY(!importer.report().failed.first().message.isEmpty());
    QCOMPARE(scan(target).size(), 29);
}

void TestImportExport::cancelledExportLeavesNoFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cancelled.jsonl"));
    ExportJob exporter(m_client, QStringLiteral("Scan"),
                       {{QStringLiteral("TableName"), m_source}, {QStringLiteral("Limit"), 10}},
                       path, ItemFileFormat::JsonLines);
    QSignalSpy finished(&exporter, &aws::Job::finished);
    connect(&exporter, &ExportJob::progress, &exporter, [&exporter](qint64 items, qint64 bytes) {
        if (items > 0 && bytes > 0)
            exporter.cancel();
    });
    exporter.start();
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(exporter.error().kind, aws::ErrorKind::Cancelled);
    QVERIFY(exporter.items() > 0 && exporter.items() < 300);
    QTest::qWait(200); // a page still on its way must not bring the file back
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestImportExport)
#include "tst_importexport.moc"
