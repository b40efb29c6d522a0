// The exports panel against the control-plane test server: an export of a real DynamoDB Local
// table runs to COMPLETED with its item count, writes the items to the server's S3, refuses a
// table without point-in-time recovery, and says plainly that DynamoDB Local has no exports.
#include "controlplaneserver.h"
#include "fakeexports.h"
#include "localendpoint.h"
#include "operationstest.h"
#include "widgetdriver.h"

#include "errorpane.h"
#include "exportdialog.h"
#include "exportspanel.h"
#include "s3transfermodel.h"

#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "session/session.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace dyna;
using models::S3TransferModel;
using views::ErrorPane;

class TestExportsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void exportRunsToCompletedAndWritesItems();
    void exportWithoutPointInTimeRecoveryFailsAndKeepsTheForm();
    void clientTokenMakesExportsIdempotent();
    void listsExportsPageByPage();
    void onlyThisTableFiltersTheList();
    void dynamoDbLocalHasNoExports();

private:
    std::unique_ptr<aws::RequestJob> call(const QString &operation, const QJsonObject &input)
    {
        return std::unique_ptr<aws::RequestJob>(
            test::callAndWait(m_session.client(), operation, input));
    }
    QString createTable(const QString &prefix, int items);
    ErrorPane *panelError(QWidget *panel) const
    {
        return panel->findChild<ErrorPane *>(QString(), Qt::FindDirectChildrenOnly);
    }

    std::unique_ptr<test::ControlPlaneServer> m_server;
    test::FakeExports *m_exports = nullptr;
    session::Session m_session;
    QString m_table;
};

QString TestExportsPanel::createTable(const QString &prefix, int items)
{
    const QString name = test::uniqueTableName(prefix);
    auto created =
        call(QStringLiteral("CreateTable"), test::simpleTableInput(name, QStringLiteral("pk")));
    if (!created || created->error().isError())
        return {};
    for (int i = 0; i < items; ++i) {
        auto put = call(
            QStringLiteral("PutItem"),
            {{QStringLiteral("TableName"), name},
             {QStringLiteral("Item"),
              QJsonObject{{QStringLiteral("pk"),
                           QJsonObject{{QStringLiteral("S"), QStringLiteral("order-%1").arg(i)}}},
                          {QStringLiteral("total"),
                           QJsonObject{{QStringLiteral("N"), QString::number(10 * i + 5)}}}}}});
        if (!put || put->error().isError())
            return {};
    }
    return name;
}

void TestExportsPanel::initTestCase()
{
    QVERIFY2(test::localEndpoint().isValid(), "DynamoDB Local is not running (run through ctest)");
    m_server = std::make_unique<test::ControlPlaneServer>(test::localEndpoint());
    QVERIFY(m_server->listen());
    m_exports = new test::FakeExports(m_server.get());
    m_server->setTransitionMs(100);
    test::connectToServer(m_session, *m_server, QStringLiteral("exports test"));
    m_table = createTable(QStringLiteral("Exported"), 3);
    QVERIFY(!m_table.isEmpty());
    m_server->setPointInTimeRecoveryEnabled(m_table, true);
}

void TestExportsPanel::cleanup()
{
    QVERIFY2(m_server->loopback()->invalidRequests() == 0,
             qPrintable(m_server->loopback()->problems().join(QLatin1Char('\n'))));
}

void TestExportsPanel::exportRunsToCompletedAndWritesItems()
{
    views::ExportsPanel panel(&m_session);
    QAbstractItemModelTester tester(panel.model());
    panel.setPollInterval(50);
    panel.resize(900, 600);
    panel.show();
    panel.showTable(m_table);
    auto *exportButton = test::child<QPushButton>(&panel, "exportButton");
    QTRY_VERIFY(exportButton->isEnabled());

    test::click(exportButton);
    auto *dialog = panel.findChild<views::ExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(test::child<QLabel>(dialog, "tableArnLabel")->text().endsWith(m_table));
    // The bucket is required: nothing is sent without it.
    test::click(test::child<QPushButton>(dialog, "startButton"));
    QVERIFY(test::child<QLabel>(dialog, "problemLabel")->text().contains(QStringLiteral("bucket")));
    test::typeInto(test::child<QLineEdit>(dialog, "bucketEdit"), QStringLiteral("exports-bucket"));
    test::typeInto(test::child<QLineEdit>(dialog, "prefixEdit"), QStringLiteral("daily"));
    test::child<QComboBox>(dialog, "encryptionCombo")->setCurrentIndex(1);
    test::click(test::child<QPushButton>(dialog, "startButton"));

    S3TransferModel *model = panel.model();
    QTRY_COMPARE(model->rowCount(), 1);
    const QModelIndex status = model->index(0, S3TransferModel::ExportStatusColumn);
    QTRY_COMPARE_WITH_TIMEOUT(model->data(status).toString(), QStringLiteral("COMPLETED"), 10000);
    QCOMPARE(model->data(model->index(0, S3TransferModel::ExportTableColumn)).toString(), m_table);
    QCOMPARE(model->data(model->index(0, S3TransferModel::ExportItemsColumn)).toString(),
             QStringLiteral("3"));
    const QString details = test::child<QLabel>(&panel, "exportDetails")->text();
    QVERIFY2(details.contains(QStringLiteral("Status: COMPLETED")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Items: 3")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("s3://exports-bucket/daily")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("AES256")), qPrintable(details));

    // The S3 object holds one DynamoDB JSON line per item of the real table.
    const QString arn = model->data(status, S3TransferModel::ArnRole).toString();
    const QString key = m_exports->dataObjectKey(arn);
    QVERIFY(key.startsWith(QStringLiteral("s3://exports-bucket/daily/AWSDynamoDB/")));
    const QList<QByteArray> lines = m_server->s3Objects().value(key).trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QStringList keys;
    for (const QByteArray &line : lines) {
        const QJsonObject item =
            QJsonDocument::fromJson(line).object().value(QStringLiteral("Item")).toObject();
        keys.append(
            item.value(QStringLiteral("pk")).toObject().value(QStringLiteral("S")).toString());
        QVERIFY(item.contains(QStringLiteral("total")));
    }
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("order-0"), QStringLiteral("order-1"),
                                QStringLiteral("order-2")}));
    QVERIFY(!panel.findChild<views::ExportDialog *>());

    const QString directory = qEnvironmentVariable("DYNA_SCREENSHOT_DIR");
    if (!directory.isEmpty()) {
        test::child<QTableView>(&panel, "exportsView")->resizeColumnsToContents();
        QVERIFY(panel.grab().save(QDir(directory).filePath(QStringLiteral("exports.png"))));
    }
}

void TestExportsPanel::exportWithoutPointInTimeRecoveryFailsAndKeepsTheForm()
{
    const QString table = createTable(QStringLiteral("NoPitr"), 1);
    QVERIFY(!table.isEmpty());
    views::ExportsPanel panel(&m_session);
    panel.setPollInterval(50);
    panel.show();
    panel.showTable(table);
    auto *exportButton = test::child<QPushButton>(&panel, "exportButton");
    QTRY_VERIFY(exportButton->isEnabled());
    test::click(exportButton);
    auto *dialog = panel.findChild<views::ExportDialog *>();
    QVERIFY(dialog);
    test::typeInto(test::child<QLineEdit>(dialog, "bucketEdit"), QStringLiteral("pitr-bucket"));
    test::click(test::child<QPushButton>(dialog, "startButton"));
    auto *dialogError = dialog->findChild<ErrorPane *>();
    QTRY_VERIFY(!dialogError->detailsText().isEmpty());
    QVERIFY2(dialogError->detailsText().contains(
                 QStringLiteral("PointInTimeRecoveryUnavailableException")),
             qPrintable(dialogError->detailsText()));
    QCOMPARE(test::child<QLineEdit>(dialog, "bucketEdit")->text(), QStringLiteral("pitr-bucket"));
    const QString token = dialog->clientToken();

    // Once recovery is on, pressing Export again sends the same request with the same token.
    m_server->setPointInTimeRecoveryEnabled(table, true);
    test::click(test::child<QPushButton>(dialog, "startButton"));
    // The panel lists every export of the account; this table's is the new one.
    const auto exportOfTable = [&panel, &table] {
        for (int row = 0; row < panel.model()->rowCount(); ++row) {
            if (panel.model()->exportAt(row).tableName() == table)
                return panel.model()->exportAt(row);
        }
        return dynamo::ExportInfo{};
    };
    QTRY_COMPARE(exportOfTable().status, QStringLiteral("COMPLETED"));
    QCOMPARE(exportOfTable().clientToken, token);
    QCOMPARE(exportOfTable().itemCount, 1);
    QCOMPARE(panel.model()->exportAt(0).tableName(), table);
}

void TestExportsPanel::clientTokenMakesExportsIdempotent()
{
    const QJsonObject input{
        {QStringLiteral("TableArn"), test::ControlPlaneServer::tableArn(m_table)},
        {QStringLiteral("S3Bucket"), QStringLiteral("same-bucket")},
        {QStringLiteral("ClientToken"), QStringLiteral("token-1")}};
    auto first = call(QStringLiteral("ExportTableToPointInTime"), input);
    QVERIFY(first && !first->error().isError());
    auto again = call(QStringLiteral("ExportTableToPointInTime"), input);
    QVERIFY(again && !again->error().isError());
    const auto arnOf = [](aws::RequestJob *job) {
        return job->response()
            .value(QStringLiteral("ExportDescription"))
            .toObject()
            .value(QStringLiteral("ExportArn"))
            .toString();
    };
    QCOMPARE(arnOf(again.get()), arnOf(first.get()));

    QJsonObject other = input;
    other.insert(QStringLiteral("S3Bucket"), QStringLiteral("other-bucket"));
    auto conflict = call(QStringLiteral("ExportTableToPointInTime"), other);
    QVERIFY(conflict);
    QCOMPARE(conflict->error().code, QStringLiteral("ExportConflictException"));

    QJsonObject future = input;
    future.insert(QStringLiteral("ClientToken"), QStringLiteral("token-2"));
    future.insert(QStringLiteral("ExportTime"), test::ControlPlaneServer::nowSeconds() + 3600);
    auto invalid = call(QStringLiteral("ExportTableToPointInTime"), future);
    QVERIFY(invalid);
    QCOMPARE(invalid->error().code, QStringLiteral("InvalidExportTimeException"));

    auto missing = call(QStringLiteral("ExportTableToPointInTime"),
                        {{QStringLiteral("TableArn"),
                          test::ControlPlaneServer::tableArn(QStringLiteral("NoSuchTable"))},
                         {QStringLiteral("S3Bucket"), QStringLiteral("bucket")}});
    QVERIFY(missing);
    QCOMPARE(missing->error().code, QStringLiteral("TableNotFoundException"));

    auto unknown = call(
        QStringLiteral("DescribeExport"),
        {{QStringLiteral("ExportArn"), test::ControlPlaneServer::tableArn(m_table) +
                                           QStringLiteral("/export/01234567890123456-00000000")}});
    QVERIFY(unknown);
    QCOMPARE(unknown->error().code, QStringLiteral("ExportNotFoundException"));
}

void TestExportsPanel::listsExportsPageByPage()
{
    auto firstPage =
        call(QStringLiteral("ListExports"),
             {{QStringLiteral("TableArn"), test::ControlPlaneServer::tableArn(m_table)},
              {QStringLiteral("MaxResults"), 1}});
    QVERIFY(firstPage && !firstPage->error().isError());
    QCOMPARE(firstPage->response().value(QStringLiteral("ExportSummaries")).toArray().size(), 1);
    const QString token = firstPage->response().value(QStringLiteral("NextToken")).toString();
    QVERIFY(!token.isEmpty());
    auto secondPage =
        call(QStringLiteral("ListExports"),
             {{QStringLiteral("TableArn"), test::ControlPlaneServer::tableArn(m_table)},
              {QStringLiteral("MaxResults"), 1},
              {QStringLiteral("NextToken"), token}});
    QVERIFY(secondPage && !secondPage->error().isError());
    QCOMPARE(secondPage->response().value(QStringLiteral("ExportSummaries")).toArray().size(), 1);

    // A fresh panel lists every export of the account, with the counts described.
    views::ExportsPanel panel(&m_session);
    panel.show();
    panel.showTable(m_table);
    QTRY_VERIFY(panel.model()->rowCount() >= 3);
    QTRY_VERIFY(panel.model()->rowOf(panel.model()->exportAt(0).exportArn) == 0 &&
                panel.model()->exportAt(panel.model()->rowCount() - 1).itemCount >= 0);
}

void TestExportsPanel::onlyThisTableFiltersTheList()
{
    // An export of another table, so that the account's list holds two tables.
    const QString other = createTable(QStringLiteral("Other"), 1);
    QVERIFY(!other.isEmpty());
    m_server->setPointInTimeRecoveryEnabled(other, true);
    auto started = call(QStringLiteral("ExportTableToPointInTime"),
                        {{QStringLiteral("TableArn"), test::ControlPlaneServer::tableArn(other)},
                         {QStringLiteral("S3Bucket"), QStringLiteral("exports-bucket")}});
    QVERIFY(started && !started->error().isError());

    views::ExportsPanel panel(&m_session);
    panel.show();
    panel.showTable(m_table);
    const auto tables = [&panel] {
        QSet<QString> names;
        for (int row = 0; row < panel.model()->rowCount(); ++row)
            names.insert(panel.model()->exportAt(row).tableName());
        return names;
    };
    QTRY_VERIFY(tables().contains(other) && tables().contains(m_table));
    auto *onlyThisTable = test::child<QCheckBox>(&panel, "onlyThisTable");
    QTRY_VERIFY(onlyThisTable->isEnabled());
    test::click(onlyThisTable);
    QTRY_COMPARE(tables(), QSet<QString>{m_table});
    const QList<test::LoopbackRequest> lists =
        m_server->loopback()->requests(QStringLiteral("ListExports"));
    QCOMPARE(lists.constLast().json.value(QStringLiteral("TableArn")).toString(),
             test::ControlPlaneServer::tableArn(m_table));
    test::click(onlyThisTable);
    QTRY_VERIFY(tables().contains(other));
}

void TestExportsPanel::dynamoDbLocalHasNoExports()
{
    session::Session local;
    local.connectToLocalEndpoint(test::localEndpoint());
    views::ExportsPanel panel(&local);
    panel.show();
    panel.showTable(m_table);
    ErrorPane *error = panelError(&panel);
    QVERIFY(error);
    QTRY_VERIFY(error->summaryText().contains(QStringLiteral("does not support")));
    auto *exportButton = test::child<QPushButton>(&panel, "exportButton");
    QTest::qWait(200);
    QVERIFY(!exportButton->isEnabled());
    QVERIFY(!panel.openExportDialog());
    QCOMPARE(panel.model()->rowCount(), 0);
}

QTEST_MAIN(TestExportsPanel)
#include "tst_exportspanel.moc"
