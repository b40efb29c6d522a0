// The "Export to S3" spec: what is refused before sending, the ExportTableToPointInTime input
// it becomes, and what DescribeExport/ListExports answers turn into.
#include "dynamo/s3export.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace dyna;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
const QString kTableArn = QStringLiteral("arn:aws:dynamodb:us-east-1:111122223333:table/Orders");

dynamo::ExportSpec validSpec()
{
    dynamo::ExportSpec spec;
    spec.tableArn = kTableArn;
    spec.bucket = QStringLiteral("exports-bucket");
    return spec;
}

} // namespace

class TestS3Export : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesInvalidSpecs_data();
    void refusesInvalidSpecs();
    void fullExportRequest();
    void incrementalExportRequest();
    void clientTokenIsKeptForTheSameSpec();
    void parsesDescription();
    void parsesSummaries();
};

void TestS3Export::refusesInvalidSpecs_data()
{
    QTest::addColumn<int>("caseId");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no bucket") << 0 << QStringLiteral("Enter the S3 bucket");
    QTest::newRow("kms without key") << 1 << QStringLiteral("KMS key");
    QTest::newRow("future export time") << 2 << QStringLiteral("future");
    QTest::newRow("incremental without start") << 3 << QStringLiteral("needs the time it starts");
    QTest::newRow("from after to") << 4 << QStringLiteral("before its end");
    QTest::newRow("window of 10 minutes") << 5 << QStringLiteral("at least 15 minutes");
    QTest::newRow("window of 25 hours") << 6 << QStringLiteral("at most 24 hours");
    QTest::newRow("window ends in the future") << 7 << QStringLiteral("in the past");
    QTest::newRow("default window too long") << 8 << QStringLiteral("at most 24 hours");
}

void TestS3Export::refusesInvalidSpecs()
{
    QFETCH(int, caseId);
    QFETCH(QString, expected);
    dynamo::ExportSpec spec = validSpec();
    switch (caseId) {
    case 0:
        spec.bucket = QStringLiteral("  ");
        break;
    case 1:
        spec.encryption = dynamo::S3Encryption::Kms;
        break;
    case 2:
        spec.exportTime = kNow.addSecs(60);
        break;
    case 3:
        spec.incremental = true;
        break;
    case 4:
        spec.incremental = true;
        spec.fromTime = kNow.addSecs(-600);
        spec.toTime = kNow.addSecs(-3600);
        break;
    case 5:
        spec.incremental = true;
        spec.fromTime = kNow.addSecs(-3600);
        spec.toTime = kNow.addSecs(-3000);
        break;
    case 6:
        spec.incremental = true;
        spec.fromTime = kNow.addSecs(-26 * 3600);
        spec.toTime = kNow.addSecs(-3600);
        break;
    case 7:
        spec.incremental = true;
        spec.fromTime = kNow.addSecs(-3600);
        spec.toTime = kNow.addSecs(3600);
        break;
    case 8:
        // Without an end the window runs to now.
        spec.incremental = true;
        spec.fromTime = kNow.addDays(-2);
        break;
    default:
        QFAIL("unknown case");
    }
    const QString problem = dynamo::exportSpecProblem(spec, kNow);
    QVERIFY2(problem.contains(expected), qPrintable(problem));
    QString error;
    QVERIFY(dynamo::exportTableRequest(&spec, kNow, &error).isEmpty());
    QCOMPARE(error, problem);
    QVERIFY2(spec.clientToken.isEmpty(), "a refused spec must not consume a token");
}

void TestS3Export::fullExportRequest()
{
    dynamo::ExportSpec spec = validSpec();
    spec.prefix = QStringLiteral("daily/orders");
    spec.bucketOwner = QStringLiteral("444455556666");
    spec.format = QStringLiteral("ION");
    spec.encryption = dynamo::S3Encryption::Kms;
    spec.kmsKeyId = QStringLiteral("alias/exports");
    spec.exportTime = kNow.addSecs(-7200);
    QString error;
    const QJsonObject input = dynamo::exportTableRequest(&spec, kNow, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(input.value(QStringLiteral("TableArn")).toString(), kTableArn);
    QCOMPARE(input.value(QStringLiteral("S3Bucket")).toString(), QStringLiteral("exports-bucket"));
    QCOMPARE(input.value(QStringLiteral("S3Prefix")).toString(), QStringLiteral("daily/orders"));
    QCOMPARE(input.value(QStringLiteral("S3BucketOwner")).toString(),
             QStringLiteral("444455556666"));
    QCOMPARE(input.value(QStringLiteral("ExportFormat")).toString(), QStringLiteral("ION"));
    QCOMPARE(input.value(QStringLiteral("S3SseAlgorithm")).toString(), QStringLiteral("KMS"));
    QCOMPARE(input.value(QStringLiteral("S3SseKmsKeyId")).toString(),
             QStringLiteral("alias/exports"));
    QCOMPARE(input.value(QStringLiteral("ExportType")).toString(), QStringLiteral("FULL_EXPORT"));
    QCOMPARE(input.value(QStringLiteral("ExportTime")).toDouble(),
             double(kNow.addSecs(-7200).toSecsSinceEpoch()));
    QVERIFY(!input.contains(QStringLiteral("IncrementalExportSpecification")));
    QVERIFY(!QUuid::fromString(input.value(QStringLiteral("ClientToken")).toString()).isNull());

    dynamo::ExportSpec plain = validSpec();
    const QJsonObject minimal = dynamo::exportTableRequest(&plain, kNow, &error);
    QVERIFY(!minimal.contains(QStringLiteral("ExportTime")));
    QVERIFY(!minimal.contains(QStringLiteral("S3SseAlgorithm")));
    QVERIFY(!minimal.contains(QStringLiteral("S3Prefix")));
    QCOMPARE(minimal.value(QStringLiteral("ExportFormat")).toString(),
             QStringLiteral("DYNAMODB_JSON"));
}

void TestS3Export::incrementalExportRequest()
{
    dynamo::ExportSpec spec = validSpec();
    spec.incremental = true;
    spec.encryption = dynamo::S3Encryption::Aes256;
    spec.fromTime = kNow.addSecs(-3 * 3600);
    spec.toTime = kNow.addSecs(-3600);
    spec.viewType = QStringLiteral("NEW_IMAGE");
    QString error;
    const QJsonObject input = dynamo::exportTableRequest(&spec, kNow, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(input.value(QStringLiteral("ExportType")).toString(),
             QStringLiteral("INCREMENTAL_EXPORT"));
    QCOMPARE(input.value(QStringLiteral("S3SseAlgorithm")).toString(), QStringLiteral("AES256"));
    QVERIFY(!input.contains(QStringLiteral("S3SseKmsKeyId")));
    QVERIFY(!input.contains(QStringLiteral("ExportTime")));
    const QJsonObject window =
        input.value(QStringLiteral("IncrementalExportSpecification")).toObject();
    QCOMPARE(window.value(QStringLiteral("ExportFromTime")).toDouble(),
             double(spec.fromTime.toSecsSinceEpoch()));
    QCOMPARE(window.value(QStringLiteral("ExportToTime")).toDouble(),
             double(spec.toTime.toSecsSinceEpoch()));
    QCOMPARE(window.value(QStringLiteral("ExportViewType")).toString(),
             QStringLiteral("NEW_IMAGE"));

    // The shortest and longest windows are allowed.
    for (const qint64 seconds :
         {dynamo::MinIncrementalWindowSecs, dynamo::MaxIncrementalWindowSecs}) {
        spec.fromTime = kNow.addSecs(-seconds);
        spec.toTime = QDateTime();
        QVERIFY2(dynamo::exportSpecProblem(spec, kNow).isEmpty(),
                 qPrintable(dynamo::exportSpecProblem(spec, kNow)));
    }
}

void TestS3Export::clientTokenIsKeptForTheSameSpec()
{
    dynamo::ExportSpec spec = validSpec();
    QString error;
    const QJsonObject first = dynamo::exportTableRequest(&spec, kNow, &error);
    const QString token = spec.clientToken;
    QVERIFY(!token.isEmpty());
    const QJsonObject retry = dynamo::exportTableRequest(&spec, kNow, &error);
    QCOMPARE(retry, first);

    dynamo::ExportSpec other = validSpec();
    dynamo::exportTableRequest(&other, kNow, &error);
    QVERIFY(other.clientToken != token);
}

void TestS3Export::parsesDescription()
{
    const QByteArray json = R"({
        "ExportArn": "arn:aws:dynamodb:us-east-1:111122223333:table/Orders/export/01700000000000-abcdef12",
        "ExportStatus": "FAILED", "ExportType": "INCREMENTAL_EXPORT",
        "TableArn": "arn:aws:dynamodb:us-east-1:111122223333:table/Orders", "TableId": "t-1",
        "S3Bucket": "b", "S3BucketOwner": "444455556666", "S3Prefix": "p", "ExportFormat": "ION",
        "S3SseAlgorithm": "KMS", "S3SseKmsKeyId": "k", "ExportManifest": "p/AWSDynamoDB/x/manifest-summary.json",
        "ClientToken": "tok", "FailureCode": "S3AccessDenied", "FailureMessage": "Access denied to the bucket",
        "StartTime": 1700000000.5, "EndTime": 1700000100, "ItemCount": 42, "BilledSizeBytes": 2048,
        "IncrementalExportSpecification": {"ExportFromTime": 1699990000, "ExportToTime": 1699999000,
                                           "ExportViewType": "NEW_IMAGE"}})";
    const dynamo::ExportInfo info =
        dynamo::parseExportDescription(QJsonDocument::fromJson(json).object());
    QCOMPARE(info.tableName(), QStringLiteral("Orders"));
    QCOMPARE(info.status, QStringLiteral("FAILED"));
    QVERIFY(info.isFinal());
    QCOMPARE(info.exportType, QStringLiteral("INCREMENTAL_EXPORT"));
    QCOMPARE(info.bucketOwner, QStringLiteral("444455556666"));
    QCOMPARE(info.failureCode, QStringLiteral("S3AccessDenied"));
    QCOMPARE(info.failureMessage, QStringLiteral("Access denied to the bucket"));
    QCOMPARE(info.startTime.toMSecsSinceEpoch(), Q_INT64_C(1700000000500));
    QCOMPARE(info.endTime.toSecsSinceEpoch(), Q_INT64_C(1700000100));
    QCOMPARE(info.fromTime.toSecsSinceEpoch(), Q_INT64_C(1699990000));
    QCOMPARE(info.toTime.toSecsSinceEpoch(), Q_INT64_C(1699999000));
    QCOMPARE(info.viewType, QStringLiteral("NEW_IMAGE"));
    QCOMPARE(info.itemCount, 42);
    QCOMPARE(info.billedSizeBytes, 2048);
    QCOMPARE(info.manifest, QStringLiteral("p/AWSDynamoDB/x/manifest-summary.json"));

    const dynamo::ExportInfo running = dynamo::parseExportDescription(
        {{QStringLiteral("ExportStatus"), QStringLiteral("IN_PROGRESS")}});
    QVERIFY(!running.isFinal());
    QCOMPARE(running.itemCount, -1);
    QVERIFY(!running.endTime.isValid());
}

void TestS3Export::parsesSummaries()
{
    const QByteArray json = R"({"ExportSummaries": [
        {"ExportArn": "arn:aws:dynamodb:r:1:table/A/export/1", "ExportStatus": "COMPLETED", "ExportType": "FULL_EXPORT"},
        {"ExportArn": "arn:aws:dynamodb:r:1:table/B.b-2/export/2", "ExportStatus": "IN_PROGRESS", "ExportType": "INCREMENTAL_EXPORT"}],
        "NextToken": "n"})";
    const QList<dynamo::ExportInfo> list =
        dynamo::parseExportSummaries(QJsonDocument::fromJson(json).object());
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).tableName(), QStringLiteral("A"));
    QCOMPARE(list.at(0).status, QStringLiteral("COMPLETED"));
    QCOMPARE(list.at(1).tableName(), QStringLiteral("B.b-2"));
    QCOMPARE(list.at(1).exportType, QStringLiteral("INCREMENTAL_EXPORT"));
    QVERIFY(!list.at(1).isFinal());
}

QTEST_GUILESS_MAIN(TestS3Export)
#include "tst_s3export.moc"
