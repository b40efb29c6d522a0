// The "Import from S3" spec: what is refused before sending, the ImportTable input it becomes
// (TableCreationParameters from a TableSpec) and what DescribeImport/ListImports answers
// turn into.
#include "dynamo/s3import.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace dyna;

namespace {

dynamo::ImportSpec validSpec()
{
    dynamo::ImportSpec spec;
    spec.bucket = QStringLiteral("import-bucket");
    spec.table.tableName = QStringLiteral("Imported");
    spec.table.partitionKey = {QStringLiteral("pk"), QStringLiteral("S")};
    return spec;
}

} // namespace

class TestS3Import : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesInvalidSpecs_data();
    void refusesInvalidSpecs();
    void csvRequest();
    void jsonRequestWithProvisionedTable();
    void clientTokenIsKeptForTheSameSpec();
    void parsesDescription();
    void parsesSummaries();
};

void TestS3Import::refusesInvalidSpecs_data()
{
    QTest::addColumn<int>("caseId");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no bucket") << 0 << QStringLiteral("Enter the S3 bucket");
    QTest::newRow("long delimiter") << 1 << QStringLiteral("single character");
    QTest::newRow("headers for json") << 2 << QStringLiteral("CSV files only");
    QTest::newRow("empty header") << 3 << QStringLiteral("needs a name");
    QTest::newRow("local index") << 4 << QStringLiteral("local secondary indexes");
    QTest::newRow("stream") << 5 << QStringLiteral("without stream");
    QTest::newRow("no table name") << 6 << QStringLiteral("table name");
    QTest::newRow("no partition key") << 7 << QStringLiteral("partition key");
}

void TestS3Import::refusesInvalidSpecs()
{
    QFETCH(int, caseId);
    QFETCH(QString, expected);
    dynamo::ImportSpec spec = validSpec();
    switch (caseId) {
    case 0:
        spec.bucket.clear();
        break;
    case 1:
        spec.format = QStringLiteral("CSV");
        spec.csvDelimiter = QStringLiteral(";;");
        break;
    case 2:
        spec.csvHeaders = QStringList{QStringLiteral("pk")};
        break;
    case 3:
        spec.format = QStringLiteral("CSV");
        spec.csvHeaders = QStringList{QStringLiteral("pk"), QStringLiteral(" ")};
        break;
    case 4: {
        dynamo::IndexSpec index;
        index.name = QStringLiteral("ByDate");
        index.partitionKey = spec.table.partitionKey;
        index.sortKey = {QStringLiteral("date"), QStringLiteral("S")};
        spec.table.localIndexes.append(index);
        break;
    }
    case 5:
        spec.table.streamEnabled = true;
        spec.table.streamViewType = QStringLiteral("NEW_IMAGE");
        break;
    case 6:
        spec.table.tableName.clear();
        break;
    case 7:
        spec.table.partitionKey = {};
        break;
    default:
        QFAIL("unknown case");
    }
    QString error;
    QVERIFY(dynamo::importTableRequest(&spec, &error).isEmpty());
    QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(spec.clientToken.isEmpty());
}

void TestS3Import::csvRequest()
{
    dynamo::ImportSpec spec = validSpec();
    spec.keyPrefix = QStringLiteral("csv/");
    spec.bucketOwner = QStringLiteral("444455556666");
    spec.format = QStringLiteral("CSV");
    spec.csvDelimiter = QStringLiteral(";");
    spec.csvHeaders =
        QStringList{QStringLiteral("pk"), QStringLiteral("sk"), QStringLiteral("name")};
    spec.compression = QStringLiteral("GZIP");
    spec.table.sortKey = {QStringLiteral("sk"), QStringLiteral("N")};
    QString error;
    const QJsonObject input = dynamo::importTableRequest(&spec, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject source = input.value(QStringLiteral("S3BucketSource")).toObject();
    QCOMPARE(source.value(QStringLiteral("S3Bucket")).toString(), QStringLiteral("import-bucket"));
    QCOMPARE(source.value(QStringLiteral("S3KeyPrefix")).toString(), QStringLiteral("csv/"));
    QCOMPARE(source.value(QStringLiteral("S3BucketOwner")).toString(),
             QStringLiteral("444455556666"));
    QCOMPARE(input.value(QStringLiteral("InputFormat")).toString(), QStringLiteral("CSV"));
    QCOMPARE(input.value(QStringLiteral("InputCompressionType")).toString(),
             QStringLiteral("GZIP"));
    const QJsonObject csv = input.value(QStringLiteral("InputFormatOptions"))
                                .toObject()
                                .value(QStringLiteral("Csv"))
                                .toObject();
    QCOMPARE(csv.value(QStringLiteral("Delimiter")).toString(), QStringLiteral(";"));
    QCOMPARE(csv.value(QStringLiteral("HeaderList")).toArray().size(), 3);
    const QJsonObject table = input.value(QStringLiteral("TableCreationParameters")).toObject();
    QCOMPARE(table.value(QStringLiteral("TableName")).toString(), QStringLiteral("Imported"));
    QCOMPARE(table.value(QStringLiteral("KeySchema")).toArray().size(), 2);
    QCOMPARE(table.value(QStringLiteral("AttributeDefinitions")).toArray().size(), 2);
    QCOMPARE(table.value(QStringLiteral("BillingMode")).toString(),
             QStringLiteral("PAY_PER_REQUEST"));
    // CreateTable members an import does not take stay out.
    QVERIFY(!table.contains(QStringLiteral("TableClass")));
    QVERIFY(!table.contains(QStringLiteral("DeletionProtectionEnabled")));
    QVERIFY(!table.contains(QStringLiteral("StreamSpecification")));
    QVERIFY(!QUuid::fromString(input.value(QStringLiteral("ClientToken")).toString()).isNull());
}

void TestS3Import::jsonRequestWithProvisionedTable()
{
    dynamo::ImportSpec spec = validSpec();
    spec.table.billingMode = dynamo::BillingMode::Provisioned;
    spec.table.throughput = {7, 3};
    QString error;
    const QJsonObject input = dynamo::importTableRequest(&spec, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!input.contains(QStringLiteral("InputFormatOptions")));
    QCOMPARE(input.value(QStringLiteral("InputCompressionType")).toString(),
             QStringLiteral("NONE"));
    const QJsonObject table = input.value(QStringLiteral("TableCreationParameters")).toObject();
    QCOMPARE(table.value(QStringLiteral("BillingMode")).toString(), QStringLiteral("PROVISIONED"));
    const QJsonObject throughput = table.value(QStringLiteral("ProvisionedThroughput")).toObject();
    QCOMPARE(throughput.value(QStringLiteral("ReadCapacityUnits")).toInt(), 7);
    QCOMPARE(throughput.value(QStringLiteral("WriteCapacityUnits")).toInt(), 3);
}

void TestS3Import::clientTokenIsKeptForTheSameSpec()
{
    dynamo::ImportSpec spec = validSpec();
    QString error;
    const QJsonObject first = dynamo::importTableRequest(&spec, &error);
    const QString token = spec.clientToken;
    QVERIFY(!token.isEmpty());
    QCOMPARE(dynamo::importTableRequest(&spec, &error), first);
    dynamo::ImportSpec other = validSpec();
    dynamo::importTableRequest(&other, &error);
    QVERIFY(other.clientToken != token);
}

void TestS3Import::parsesDescription()
{
    const QByteArray json = R"({"ImportArn": "arn:aws:dynamodb:r:1:table/Imported/import/01-aa",
        "ImportStatus": "COMPLETED", "TableArn": "arn:aws:dynamodb:r:1:table/Imported",
        "TableId": "t", "ClientToken": "c",
        "S3BucketSource": {"S3Bucket": "b", "S3KeyPrefix": "csv/", "S3BucketOwner": "o"},
        "InputFormat": "CSV", "InputFormatOptions": {"Csv": {"Delimiter": ";", "HeaderList": ["pk", "n"]}},
        "InputCompressionType": "NONE", "TableCreationParameters": {"TableName": "Imported"},
        "StartTime": 1700000000, "EndTime": 1700000060, "ProcessedSizeBytes": 300,
        "ProcessedItemCount": 10, "ImportedItemCount": 9, "ErrorCount": 1,
        "CloudWatchLogGroupArn": "arn:aws:logs:r:1:log-group:x"})";
    const dynamo::ImportInfo info =
        dynamo::parseImportDescription(QJsonDocument::fromJson(json).object());
    QCOMPARE(info.status, QStringLiteral("COMPLETED"));
    QVERIFY(info.isFinal());
    QCOMPARE(info.tableName, QStringLiteral("Imported"));
    QCOMPARE(info.bucket, QStringLiteral("b"));
    QCOMPARE(info.keyPrefix, QStringLiteral("csv/"));
    QCOMPARE(info.bucketOwner, QStringLiteral("o"));
    QCOMPARE(info.csvDelimiter, QStringLiteral(";"));
    QCOMPARE(info.csvHeaders, (QStringList{QStringLiteral("pk"), QStringLiteral("n")}));
    QCOMPARE(info.processedItemCount, 10);
    QCOMPARE(info.importedItemCount, 9);
    QCOMPARE(info.errorCount, 1);
    QCOMPARE(info.processedSizeBytes, 300);
    QCOMPARE(info.endTime.toSecsSinceEpoch(), Q_INT64_C(1700000060));

    const dynamo::ImportInfo cancelling = dynamo::parseImportDescription(
        {{QStringLiteral("ImportStatus"), QStringLiteral("CANCELLING")}});
    QVERIFY(!cancelling.isFinal());
    QCOMPARE(cancelling.errorCount, -1);
}

void TestS3Import::parsesSummaries()
{
    const QByteArray json = R"({"ImportSummaryList": [
        {"ImportArn": "arn:aws:dynamodb:r:1:table/First/import/1", "ImportStatus": "FAILED",
         "TableArn": "arn:aws:dynamodb:r:1:table/First", "InputFormat": "ION",
         "S3BucketSource": {"S3Bucket": "b"}}]})";
    const QList<dynamo::ImportInfo> list =
        dynamo::parseImportSummaries(QJsonDocument::fromJson(json).object());
    QCOMPARE(list.size(), 1);
    // A summary has no TableCreationParameters: the name comes from the table ARN.
    QCOMPARE(list.at(0).tableName, QStringLiteral("First"));
    QCOMPARE(list.at(0).status, QStringLiteral("FAILED"));
    QCOMPARE(list.at(0).format, QStringLiteral("ION"));
    QVERIFY(list.at(0).isFinal());
}

QTEST_GUILESS_MAIN(TestS3Import)
#include "tst_s3import.moc"
