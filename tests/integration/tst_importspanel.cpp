// The imports panel against the control-plane test server: importing an export of a real
// table and a CSV object creates real DynamoDB Local tables holding the items, bad lines are
// counted as errors, the panel announces the new table, an existing table is refused, and
// DynamoDB Local itself is said to have no imports.
#include "controlplaneserver.h"
#include "fakeexports.h"
#include "localendpoint.h"
#include "operationstest.h"
#include "widgetdriver.h"

#include "errorpane.h"
#include "importdialog.h"
#include "importspanel.h"
#include "s3transfermodel.h"

#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "session/session.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace dyna;
using models::S3TransferModel;
using views::ErrorPane;

class TestImportsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void importsAnExportIntoANewTable();
    void importsCsvAndCountsBadLines();
    void refusesAnExistingTableAndKeepsTheForm();
    void serverBehaviour();
    void dynamoDbLocalHasNoImports();

private:
    std::unique_ptr<aws::RequestJob> call(const QString &operation, const QJsonObject &input)
    {
        return std::unique_ptr<aws::RequestJob>(
            test::callAndWait(m_session.client(), operation, input));
    }
    // Every item of a table in DynamoDB Local, by partition key "pk".
    QHash<QString, QJsonObject> scan(const QString &table);
    // Fills the import form and presses Import; returns the dialog.
    views::ImportDialog *startImport(views::ImportsPanel *panel, const QString &bucket,
                                     const QString &prefix, const QString &format,
                                     const QString &tableName);
    dyna::dynamo::ImportInfo importOf(views::ImportsPanel *panel, const QString &tableName);

    std::unique_ptr<test::ControlPlaneServer> m_server;
    session::Session m_session;
    QString m_source;
    QString m_exportPrefix; // where the source table's export wrote its data
};

QHash<QString, QJsonObject> TestImportsPanel::scan(const QString &table)
{
    QHash<QString, QJsonObject> items;
    auto job = call(QStringLiteral("Scan"), {{QStringLiteral("TableName"), table}});
    if (!job || job->error().isError())
        return items;
    for (const QJsonValue &value : job->response().value(QStringLiteral("Items")).toArray()) {
        const QJsonObject item = value.toObject();
        items.insert(
            item.value(QStringLiteral("pk")).toObject().value(QStringLiteral("S")).toString(),
            item);
    }
    return items;
}

views::ImportDialog *TestImportsPanel::startImport(views::ImportsPanel *panel,
                                                   const QString &bucket, const QString &prefix,
                                                   const QString &format, const QString &tableName)
{
    test::click(test::child<QPushButton>(panel, "importButton"));
    auto *dialog = panel->findChild<views::ImportDialog *>();
    if (!dialog)
        return nullptr;
    test::typeInto(test::child<QLineEdit>(dialog, "bucketEdit"), bucket);
    test::typeInto(test::child<QLineEdit>(dialog, "prefixEdit"), prefix);
    auto *formatCombo = test::child<QComboBox>(dialog, "formatCombo");
    formatCombo->setCurrentIndex(formatCombo->findData(format));
    test::typeInto(test::child<QLineEdit>(dialog, "tableNameEdit"), tableName);
    test::typeInto(test::child<QLineEdit>(dialog, "partitionKeyEdit"), QStringLiteral("pk"));
    return dialog;
}

dynamo::ImportInfo TestImportsPanel::importOf(views::ImportsPanel *panel, const QString &tableName)
{
    for (int row = 0; row < panel->model()->rowCount(); ++row) {
        if (panel->model()->importAt(row).tableName == tableName)
            return panel->model()->importAt(row);
    }
    return {};
}

void TestImportsPanel::initTestCase()
{
    QVERIFY2(test::localEndpoint().isValid(), "DynamoDB Local is not running (run through ctest)");
    m_server = std::make_unique<test::ControlPlaneServer>(test::localEndpoint());
    QVERIFY(m_server->listen());
    new test::FakeExports(m_server.get());
    m_server->setTransitionMs(100);
    test::connectToServer(m_session, *m_server, QStringLiteral("imports test"));

    // A real table with three items, exported to the server's S3.
    m_source = test::uniqueTableName(QStringLiteral("ImportSource"));
    auto created =
        call(QStringLiteral("CreateTable"), test::simpleTableInput(m_source, QStringLiteral("pk")));
    QVERIFY(created && !created->error().isError());
    for (const char *name : {"alpha", "beta", "gamma"}) {
        auto put = call(
            QStringLiteral("PutItem"),
            {{QStringLiteral("TableName"), m_source},
             {QStringLiteral("Item"),
              QJsonObject{
                  {QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), QLatin1String(name)}}},
                  {QStringLiteral("tags"),
                   QJsonObject{{QStringLiteral("SS"),
                                QJsonArray{QStringLiteral("x"), QStringLiteral("y")}}}}}}});
        QVERIFY(put && !put->error().isError());
    }
    m_server->setPointInTimeRecoveryEnabled(m_source, true);
    auto exported =
        call(QStringLiteral("ExportTableToPointInTime"),
             {{QStringLiteral("TableArn"), test::ControlPlaneServer::tableArn(m_source)},
              {QStringLiteral("S3Bucket"), QStringLiteral("transfer-bucket")},
              {QStringLiteral("S3Prefix"), QStringLiteral("src")}});
    QVERIFY2(exported && !exported->error().isError(),
             exported ? qPrintable(exported->error().details()) : "timeout");
    const QString arn = exported->response()
                            .value(QStringLiteral("ExportDescription"))
                            .toObject()
                            .value(QStringLiteral("ExportArn"))
                            .toString();
    const auto status = [this, &arn] {
        auto described =
            call(QStringLiteral("DescribeExport"), {{QStringLiteral("ExportArn"), arn}});
        return described ? described->response()
                               .value(QStringLiteral("ExportDescription"))
                               .toObject()
                               .value(QStringLiteral("ExportStatus"))
                               .toString()
                         : QString();
    };
    QTRY_COMPARE(status(), QStringLiteral("COMPLETED"));
    m_exportPrefix =
        QStringLiteral("src/AWSDynamoDB/%1/data/").arg(arn.section(QLatin1Char('/'), -1));
}

void TestImportsPanel::cleanup()
{
    QVERIFY2(m_server->loopback()->invalidRequests() == 0,
             qPrintable(m_server->loopback()->problems().join(QLatin1Char('\n'))));
}

void TestImportsPanel::importsAnExportIntoANewTable()
{
    views::ImportsPanel panel(&m_session);
    QAbstractItemModelTester tester(panel.model());
    panel.setPollInterval(50);
    panel.show();
    panel.showTable(m_source);
    QSignalSpy created(&panel, &views::OperationsPage::tableCreated);
    auto *importButton = test::child<QPushButton>(&panel, "importButton");
    QTRY_VERIFY(importButton->isEnabled());

    // A second data object with a line that is no JSON and an item without the key.
    m_server->s3Objects().insert(
        QStringLiteral("s3://transfer-bucket/%1part-0001.json").arg(m_exportPrefix),
        QByteArrayLiteral("not json\n{\"Item\":{\"other\":{\"S\":\"x\"}}}\n"));
    const QString target = test::uniqueTableName(QStringLiteral("FromExport"));
    auto *dialog = startImport(&panel, QStringLiteral("transfer-bucket"), m_exportPrefix,
                               QStringLiteral("DYNAMODB_JSON"), target);
    QVERIFY(dialog);
    test::click(test::child<QPushButton>(dialog, "startButton"));

    QTRY_COMPARE_WITH_TIMEOUT(importOf(&panel, target).status, QStringLiteral("COMPLETED"), 10000);
    QTRY_COMPARE(created.size(), 1);
    QCOMPARE(created.at(0).at(0).toString(), target);
    const dynamo::ImportInfo info = importOf(&panel, target);
    QCOMPARE(info.processedItemCount, 5);
    QCOMPARE(info.importedItemCount, 3);
    QCOMPARE(info.errorCount, 2);
    const QString details = test::child<QLabel>(&panel, "importDetails")->text();
    QVERIFY2(details.contains(QStringLiteral("Imported items: 3")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Errors: 2")), qPrintable(details));

    // The new table is real and holds the exported items, sets included.
    const QHash<QString, QJsonObject> items = scan(target);
    QCOMPARE(items.size(), 3);
    QVERIFY(items.contains(QStringLiteral("beta")));
    QCOMPARE(items.value(QStringLiteral("beta"))
                 .value(QStringLiteral("tags"))
                 .toObject()
                 .value(QStringLiteral("SS"))
                 .toArray()
                 .size(),
             2);
}

void TestImportsPanel::importsCsvAndCountsBadLines()
{
    // The first line is the header (no header list given); the third data line lacks the key.
    m_server->s3Objects().insert(
        QStringLiteral("s3://csv-bucket/people/part-1.csv"),
        QByteArrayLiteral("pk;age;name\nu1;30;Ann\nu2;41;\"Bob; Jr\"\n;5;Nobody\n"));
    m_server->s3Objects().insert(QStringLiteral("s3://csv-bucket/other/ignored.csv"),
                                 QByteArrayLiteral("pk;age\nz;1\n"));
    views::ImportsPanel panel(&m_session);
    panel.setPollInterval(50);
    panel.resize(900, 600);
    panel.show();
    panel.showTable({});
    QSignalSpy created(&panel, &views::OperationsPage::tableCreated);
    QTRY_VERIFY(test::child<QPushButton>(&panel, "importButton")->isEnabled());
    const QString target = test::uniqueTableName(QStringLiteral("People"));
    auto *dialog = startImport(&panel, QStringLiteral("csv-bucket"), QStringLiteral("people/"),
                               QStringLiteral("CSV"), target);
    QVERIFY(dialog);
    test::typeInto(test::child<QLineEdit>(dialog, "delimiterEdit"), QStringLiteral(";"));
    test::click(test::child<QPushButton>(dialog, "startButton"));

    QTRY_COMPARE_WITH_TIMEOUT(importOf(&panel, target).status, QStringLiteral("COMPLETED"), 10000);
    const dynamo::ImportInfo info = importOf(&panel, target);
    QCOMPARE(info.processedItemCount, 3);
    QCOMPARE(info.importedItemCount, 2);
    QCOMPARE(info.errorCount, 1);
    QCOMPARE(info.csvDelimiter, QStringLiteral(";"));
    const int row = panel.model()->rowOf(info.importArn);
    QCOMPARE(panel.model()
                 ->data(panel.model()->index(row, S3TransferModel::ImportErrorsColumn))
                 .toString(),
             QStringLiteral("1"));
    QTRY_COMPARE(created.size(), 1);

    const QHash<QString, QJsonObject> items = scan(target);
    QCOMPARE(items.size(), 2);
    // CSV values other than the key are strings, quoted delimiters stay in the value.
    QCOMPARE(items.value(QStringLiteral("u1"))
                 .value(QStringLiteral("age"))
                 .toObject()
                 .value(QStringLiteral("S"))
                 .toString(),
             QStringLiteral("30"));
    QCOMPARE(items.value(QStringLiteral("u2"))
                 .value(QStringLiteral("name"))
                 .toObject()
                 .value(QStringLiteral("S"))
                 .toString(),
             QStringLiteral("Bob; Jr"));

    // A header list makes the first line data.
    m_server->s3Objects().insert(QStringLiteral("s3://csv-bucket/headless/a.csv"),
                                 QByteArrayLiteral("h1,Hank\nh2,Hilda\n"));
    const QString headless = test::uniqueTableName(QStringLiteral("Headless"));
    dialog = startImport(&panel, QStringLiteral("csv-bucket"), QStringLiteral("headless/"),
                         QStringLiteral("CSV"), headless);
    QVERIFY(dialog);
    test::typeInto(test::child<QLineEdit>(dialog, "headersEdit"), QStringLiteral("pk, name"));
    test::click(test::child<QPushButton>(dialog, "startButton"));
    QTRY_COMPARE_WITH_TIMEOUT(importOf(&panel, headless).status, QStringLiteral("COMPLETED"),
                              10000);
    QCOMPARE(importOf(&panel, headless).importedItemCount, 2);
    QCOMPARE(scan(headless)
                 .value(QStringLiteral("h2"))
                 .value(QStringLiteral("name"))
                 .toObject()
                 .value(QStringLiteral("S"))
                 .toString(),
             QStringLiteral("Hilda"));

    panel.findChild<QTableView *>(QStringLiteral("importsView"))->selectRow(row + 1);
    const QString directory = qEnvironmentVariable("DYNA_SCREENSHOT_DIR");
    if (!directory.isEmpty()) {
        test::child<QTableView>(&panel, "importsView")->resizeColumnsToContents();
        QVERIFY(panel.grab().save(QDir(directory).filePath(QStringLiteral("imports.png"))));
    }
}

void TestImportsPanel::refusesAnExistingTableAndKeepsTheForm()
{
    views::ImportsPanel panel(&m_session);
    panel.show();
    panel.showTable(m_source);
    QTRY_VERIFY(test::child<QPushButton>(&panel, "importButton")->isEnabled());
    auto *dialog = startImport(&panel, QStringLiteral("transfer-bucket"), m_exportPrefix,
                               QStringLiteral("DYNAMODB_JSON"), m_source);
    QVERIFY(dialog);
    test::click(test::child<QPushButton>(dialog, "startButton"));
    auto *error = dialog->findChild<ErrorPane *>();
    QTRY_VERIFY(!error->detailsText().isEmpty());
    QVERIFY2(error->detailsText().contains(QStringLiteral("ResourceInUseException")),
             qPrintable(error->detailsText()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(test::child<QLineEdit>(dialog, "tableNameEdit")->text(), m_source);
}

void TestImportsPanel::serverBehaviour()
{
    const auto input = [](const QString &table, const QString &bucket, const QString &token) {
        return QJsonObject{
            {QStringLiteral("ClientToken"), token},
            {QStringLiteral("S3BucketSource"), QJsonObject{{QStringLiteral("S3Bucket"), bucket}}},
            {QStringLiteral("InputFormat"), QStringLiteral("ION")},
            {QStringLiteral("TableCreationParameters"),
             QJsonObject{
                 {QStringLiteral("TableName"), table},
                 {QStringLiteral("AttributeDefinitions"),
                  QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                         {QStringLiteral("AttributeType"), QStringLiteral("S")}}}},
                 {QStringLiteral("KeySchema"),
                  QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                         {QStringLiteral("KeyType"), QStringLiteral("HASH")}}}}}}};
    };
    const QString table = test::uniqueTableName(QStringLiteral("IonImport"));
    auto first = call(QStringLiteral("ImportTable"),
                      input(table, QStringLiteral("ion-bucket"), QStringLiteral("t1")));
    QVERIFY(first && !first->error().isError());
    const QString arn = first->response()
                            .value(QStringLiteral("ImportTableDescription"))
                            .toObject()
                            .value(QStringLiteral("ImportArn"))
                            .toString();
    auto again = call(QStringLiteral("ImportTable"),
                      input(table, QStringLiteral("ion-bucket"), QStringLiteral("t1")));
    QVERIFY(again && !again->error().isError());
    QCOMPARE(again->response()
                 .value(QStringLiteral("ImportTableDescription"))
                 .toObject()
                 .value(QStringLiteral("ImportArn"))
                 .toString(),
             arn);
    auto conflict = call(QStringLiteral("ImportTable"),
                         input(table, QStringLiteral("other-bucket"), QStringLiteral("t1")));
    QVERIFY(conflict);
    QCOMPARE(conflict->error().code, QStringLiteral("ImportConflictException"));

    // ION is not read by the test server: the import fails with a reason.
    const auto described = [this, &arn] {
        auto job = call(QStringLiteral("DescribeImport"), {{QStringLiteral("ImportArn"), arn}});
        return job ? job->response().value(QStringLiteral("ImportTableDescription")).toObject()
                   : QJsonObject();
    };
    QTRY_COMPARE(described().value(QStringLiteral("ImportStatus")).toString(),
                 QStringLiteral("FAILED"));
    QVERIFY(!described().value(QStringLiteral("FailureMessage")).toString().isEmpty());

    auto missing = call(QStringLiteral("DescribeImport"),
                        {{QStringLiteral("ImportArn"), arn + QStringLiteral("0")}});
    QVERIFY(missing);
    QCOMPARE(missing->error().code, QStringLiteral("ImportNotFoundException"));

    auto page = call(QStringLiteral("ListImports"), {{QStringLiteral("PageSize"), 1}});
    QVERIFY(page && !page->error().isError());
    QCOMPARE(page->response().value(QStringLiteral("ImportSummaryList")).toArray().size(), 1);
    const QString token = page->response().value(QStringLiteral("NextToken")).toString();
    QVERIFY(!token.isEmpty());
    auto next = call(QStringLiteral("ListImports"),
                     {{QStringLiteral("PageSize"), 1}, {QStringLiteral("NextToken"), token}});
    QVERIFY2(next && !next->error().isError(),
             next ? qPrintable(next->error().details()) : "timeout");
    QCOMPARE(next->response().value(QStringLiteral("ImportSummaryList")).toArray().size(), 1);
    auto filtered = call(QStringLiteral("ListImports"),
                         {{QStringLiteral("TableArn"), test::ControlPlaneServer::tableArn(table)}});
    QVERIFY(filtered);
    QCOMPARE(filtered->response().value(QStringLiteral("ImportSummaryList")).toArray().size(), 1);
}

void TestImportsPanel::dynamoDbLocalHasNoImports()
{
    session::Session local;
    local.connectToLocalEndpoint(test::localEndpoint());
    views::ImportsPanel panel(&local);
    panel.show();
    panel.showTable(m_source);
    auto *error = panel.findChild<ErrorPane *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(error);
    QTRY_VERIFY(error->summaryText().contains(QStringLiteral("does not support")));
    QVERIFY(!test::child<QPushButton>(&panel, "importButton")->isEnabled());
    QVERIFY(!panel.openImportDialog());
}

QTEST_MAIN(TestImportsPanel)
#include "tst_importspanel.moc"
