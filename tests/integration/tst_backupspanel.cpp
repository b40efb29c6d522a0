// The backups panel against the control-plane test server: a backup of a real DynamoDB Local
// table goes CREATING -> AVAILABLE, restores into a new real table holding the same items
// (with overrides applied), lists page by page and by filter, is deleted after confirmation,
// and against plain DynamoDB Local the panel says the endpoint has no backups.
#include "controlplaneserver.h"
#include "fakebackups.h"
#include "localendpoint.h"
#include "operationstest.h"
#include "widgetdriver.h"

#include "backuplistmodel.h"
#include "backupspanel.h"
#include "confirmdialog.h"
#include "errorpane.h"
#include "restoretabledialog.h"

#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "session/session.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace dyna;
using models::BackupListModel;
using views::ErrorPane;

class TestBackupsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void backupRestoresIntoANewTableWithOverrides();
    void listsPageByPageAndByFilter();
    void deleteNeedsTheNameTyped();
    void serverAnswersDocumentedErrors();
    void dynamoDbLocalHasNoBackups();

private:
    std::unique_ptr<aws::RequestJob> call(const QString &operation, const QJsonObject &input)
    {
        return std::unique_ptr<aws::RequestJob>(
            test::callAndWait(m_session.client(), operation, input));
    }
    QString createTable(const QString &prefix, int items);
    QStringList keysOf(const QString &tableName);
    void createBackupThroughPanel(views::BackupsPanel *panel, const QString &name);
    void selectRow(views::BackupsPanel *panel, int row);

    std::unique_ptr<test::ControlPlaneServer> m_server;
    test::FakeBackups *m_backups = nullptr;
    session::Session m_session;
};

QString TestBackupsPanel::createTable(const QString &prefix, int items)
{
    const QString name = test::uniqueTableName(prefix);
    const auto attribute = [](const char *attributeName) {
        return QJsonObject{{QStringLiteral("AttributeName"), QLatin1String(attributeName)},
                           {QStringLiteral("AttributeType"), QStringLiteral("S")}};
    };
    const auto hashKey = [](const char *attributeName) {
        return QJsonArray{
            QJsonObject{{QStringLiteral("AttributeName"), QLatin1String(attributeName)},
                        {QStringLiteral("KeyType"), QStringLiteral("HASH")}}};
    };
    auto created = call(
        QStringLiteral("CreateTable"),
        {{QStringLiteral("TableName"), name},
         {QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")},
         {QStringLiteral("AttributeDefinitions"),
          QJsonArray{attribute("pk"), attribute("status"), attribute("owner")}},
         {QStringLiteral("KeySchema"), hashKey("pk")},
         {QStringLiteral("GlobalSecondaryIndexes"),
          QJsonArray{
              QJsonObject{{QStringLiteral("IndexName"), QStringLiteral("ByStatus")},
                          {QStringLiteral("KeySchema"), hashKey("status")},
                          {QStringLiteral("Projection"),
                           QJsonObject{{QStringLiteral("ProjectionType"), QStringLiteral("ALL")}}}},
              QJsonObject{
                  {QStringLiteral("IndexName"), QStringLiteral("ByOwner")},
                  {QStringLiteral("KeySchema"), hashKey("owner")},
                  {QStringLiteral("Projection"), QJsonObject{{QStringLiteral("ProjectionType"),
                                                              QStringLiteral("KEYS_ONLY")}}}}}}});
    if (!created || created->error().isError())
        return {};
    for (int i = 0; i < items; ++i) {
        const auto s = [](const QString &value) {
            return QJsonObject{{QStringLiteral("S"), value}};
        };
        auto put = call(QStringLiteral("PutItem"),
                        {{QStringLiteral("TableName"), name},
                         {QStringLiteral("Item"),
                          QJsonObject{{QStringLiteral("pk"), s(QStringLiteral("order-%1").arg(i))},
                                      {QStringLiteral("status"), s(QStringLiteral("open"))},
                                      {QStringLiteral("owner"), s(QStringLiteral("ann"))}}}});
        if (!put || put->error().isError())
            return {};
    }
    return name;
}

QStringList TestBackupsPanel::keysOf(const QString &tableName)
{
    auto scan = call(QStringLiteral("Scan"), {{QStringLiteral("TableName"), tableName}});
    if (!scan || scan->error().isError())
        return {QStringLiteral("scan failed")};
    QStringList keys;
    for (const auto &item : scan->response().value(QStringLiteral("Items")).toArray())
        keys.append(item.toObject()
                        .value(QStringLiteral("pk"))
                        .toObject()
                        .value(QStringLiteral("S"))
                        .toString());
    keys.sort();
    return keys;
}

void TestBackupsPanel::createBackupThroughPanel(views::BackupsPanel *panel, const QString &name)
{
    const int before = panel->model()->rowCount();
    test::typeInto(test::child<QLineEdit>(panel, "backupName"), name);
    auto *create = test::child<QPushButton>(panel, "createButton");
    QTRY_VERIFY(create->isEnabled());
    test::click(create);
    QTRY_COMPARE(panel->model()->rowCount(), before + 1);
}

void TestBackupsPanel::selectRow(views::BackupsPanel *panel, int row)
{
    auto *view = test::child<QTableView>(panel, "backupsView");
    const QRect rect = view->visualRect(panel->model()->index(row, BackupListModel::Name));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestBackupsPanel::initTestCase()
{
    QVERIFY2(test::localEndpoint().isValid(), "DynamoDB Local is not running (run through ctest)");
    m_server = std::make_unique<test::ControlPlaneServer>(test::localEndpoint());
    QVERIFY(m_server->listen());
    m_backups = new test::FakeBackups(m_server.get());
    m_server->setTransitionMs(100);
    test::connectToServer(m_session, *m_server, QStringLiteral("backups test"));
}

void TestBackupsPanel::cleanup()
{
    QVERIFY2(m_server->loopback()->invalidRequests() == 0,
             qPrintable(m_server->loopback()->problems().join(QLatin1Char('\n'))));
}

void TestBackupsPanel::backupRestoresIntoANewTableWithOverrides()
{
    const QString table = createTable(QStringLiteral("Backed"), 3);
    QVERIFY(!table.isEmpty());
    views::BackupsPanel panel(&m_session);
    panel.setPollInterval(50);
    panel.resize(1000, 600);
    panel.show();
    QSignalSpy listed(&panel, &views::BackupsPanel::listed);
    panel.showTable(table);
    QVERIFY(listed.wait());
    QCOMPARE(panel.model()->rowCount(), 0);

    createBackupThroughPanel(&panel, QStringLiteral("before-migration"));
    BackupListModel *model = panel.model();
    QCOMPARE(model->data(model->index(0, BackupListModel::Name)).toString(),
             QStringLiteral("before-migration"));
    QCOMPARE(model->data(model->index(0, BackupListModel::Table)).toString(), table);
    QCOMPARE(model->data(model->index(0, BackupListModel::Type)).toString(),
             QStringLiteral("USER"));
    // Followed until the backup is AVAILABLE, without a refresh.
    QTRY_COMPARE(model->data(model->index(0, BackupListModel::Status)).toString(),
                 QStringLiteral("AVAILABLE"));
    QVERIFY(!model->data(model->index(0, BackupListModel::Size)).toString().isEmpty());
    const QString created = model->data(model->index(0, BackupListModel::Created)).toString();
    QCOMPARE(QDateTime::fromString(created, QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid(), true);

    // Items written after the backup are not part of it.
    auto late = call(QStringLiteral("PutItem"),
                     {{QStringLiteral("TableName"), table},
                      {QStringLiteral("Item"),
                       QJsonObject{{QStringLiteral("pk"),
                                    QJsonObject{{QStringLiteral("S"), QStringLiteral("late")}}}}}});
    QVERIFY(late && !late->error().isError());

    QSignalSpy described(&panel, &views::BackupsPanel::described);
    selectRow(&panel, 0);
    QVERIFY(described.wait());
    QVERIFY2(panel.detailsText().contains(QStringLiteral("Source table: %1, 3 items").arg(table)),
             qPrintable(panel.detailsText()));
    auto *restoreButton = test::child<QPushButton>(&panel, "restoreButton");
    QVERIFY(restoreButton->isEnabled());
    test::click(restoreButton);
    auto *dialog = panel.findChild<views::RestoreTableDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isReady());
    QVERIFY2(test::child<QLabel>(dialog, "sourceLabel")->text().contains(table),
             qPrintable(test::child<QLabel>(dialog, "sourceLabel")->text()));
    auto *target = test::child<QLineEdit>(dialog, "targetName");
    QCOMPARE(target->text(), table + QStringLiteral("-restored"));
    auto *globals = test::child<QListWidget>(dialog, "globalIndexes");
    QCOMPARE(globals->count(), 2);

    // An invalid name is refused before anything is sent, and the form stays.
    test::typeInto(target, QStringLiteral("no spaces allowed"));
    test::click(test::child<QPushButton>(dialog, "restoreButton"));
    auto *dialogError = dialog->findChild<ErrorPane *>();
    QVERIFY2(dialogError->summaryText().contains(QStringLiteral("table name")),
             qPrintable(dialogError->summaryText()));

    const QString restored = table + QStringLiteral("-restored");
    test::typeInto(target, restored);
    QVERIFY(test::chooseWithKeys(test::child<QComboBox>(dialog, "billingMode"),
                                 QStringLiteral("Provisioned")));
    test::child<QSpinBox>(dialog, "readCapacity")->setValue(3);
    test::child<QSpinBox>(dialog, "writeCapacity")->setValue(2);
    for (int row = 0; row < globals->count(); ++row) {
        if (globals->item(row)->text() == QLatin1String("ByOwner"))
            globals->item(row)->setCheckState(Qt::Unchecked);
    }
    QSignalSpy tableCreated(&panel, &views::OperationsPage::tableCreated);
    test::click(test::child<QPushButton>(dialog, "restoreButton"));
    QVERIFY2(tableCreated.wait(10000),
             qPrintable(dialog->progressText() + QLatin1Char(' ') + dialogError->summaryText() +
                        QLatin1Char(' ') + dialogError->detailsText()));
    QCOMPARE(tableCreated.first().first().toString(), restored);
    QCOMPARE(dialog->progressText(), QStringLiteral("Table %1 is ACTIVE.").arg(restored));

    // The restored table is real, holds the backup's items and has the overrides.
    QCOMPARE(keysOf(restored), (QStringList{QStringLiteral("order-0"), QStringLiteral("order-1"),
                                            QStringLiteral("order-2")}));
    auto describedTable =
        call(QStringLiteral("DescribeTable"), {{QStringLiteral("TableName"), restored}});
    QVERIFY(describedTable && !describedTable->error().isError());
    const QJsonObject description =
        describedTable->response().value(QStringLiteral("Table")).toObject();
    QCOMPARE(description.value(QStringLiteral("ProvisionedThroughput"))
                 .toObject()
                 .value(QStringLiteral("ReadCapacityUnits"))
                 .toInt(),
             3);
    const QJsonArray indexes =
        description.value(QStringLiteral("GlobalSecondaryIndexes")).toArray();
    QCOMPARE(indexes.size(), 1);
    QCOMPARE(indexes.first().toObject().value(QStringLiteral("IndexName")).toString(),
             QStringLiteral("ByStatus"));

    // Restoring into the same name again: DynamoDB's error, and the form keeps what was typed.
    dialog->close();
    QTRY_VERIFY(!panel.findChild<views::RestoreTableDialog *>());
    selectRow(&panel, 0);
    test::click(restoreButton);
    dialog = panel.findChild<views::RestoreTableDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isReady());
    test::typeInto(test::child<QLineEdit>(dialog, "targetName"), restored);
    test::click(test::child<QPushButton>(dialog, "restoreButton"));
    dialogError = dialog->findChild<ErrorPane *>();
    QTRY_VERIFY(!dialogError->detailsText().isEmpty());
    QVERIFY2(dialogError->detailsText().contains(QStringLiteral("TableAlreadyExistsException")),
             qPrintable(dialogError->detailsText()));
    QCOMPARE(test::child<QLineEdit>(dialog, "targetName")->text(), restored);
    dialog->close();

    const QString directory = qEnvironmentVariable("DYNA_SCREENSHOT_DIR");
    if (!directory.isEmpty()) {
        QTRY_VERIFY(!panel.findChild<views::RestoreTableDialog *>());
        QVERIFY(!panel.detailsText().isEmpty());
        QVERIFY(panel.grab().save(QDir(directory).filePath(QStringLiteral("backups.png"))));
    }
}

void TestBackupsPanel::listsPageByPageAndByFilter()
{
    const QString table = createTable(QStringLiteral("Paged"), 1);
    QVERIFY(!table.isEmpty());
    for (const char *name : {"first", "second", "third"}) {
        auto created = call(QStringLiteral("CreateBackup"),
                            {{QStringLiteral("TableName"), table},
                             {QStringLiteral("BackupName"), QLatin1String(name)}});
        QVERIFY(created && !created->error().isError());
    }
    views::BackupsPanel panel(&m_session);
    panel.setPollInterval(50);
    panel.setPageSize(2);
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.show();
    QSignalSpy listed(&panel, &views::BackupsPanel::listed);
    panel.showTable(table);
    QVERIFY(listed.wait());
    QCOMPARE(panel.model()->rowCount(), 2);
    auto *loadMore = test::child<QPushButton>(&panel, "loadMoreButton");
    QVERIFY(loadMore->isEnabled());
    test::click(loadMore);
    QVERIFY(listed.wait());
    QCOMPARE(panel.model()->rowCount(), 3);
    QCOMPARE(panel.model()->backup(2).backupName, QStringLiteral("third"));
    QVERIFY(!loadMore->isEnabled());

    // Only user backups exist here: SYSTEM lists none, ALL lists them again.
    QVERIFY(test::chooseWithKeys(test::child<QComboBox>(&panel, "backupType"),
                                 QStringLiteral("System backups")));
    test::click(test::child<QPushButton>(&panel, "refreshButton"));
    QVERIFY(listed.wait());
    QCOMPARE(panel.model()->rowCount(), 0);
    QVERIFY(test::chooseWithKeys(test::child<QComboBox>(&panel, "backupType"),
                                 QStringLiteral("All types")));
    test::click(test::child<QPushButton>(&panel, "refreshButton"));
    QVERIFY(listed.wait());
    QCOMPARE(panel.model()->rowCount(), 2);

    // A time range that ends before the backups were made lists none of them.
    test::click(test::child<QCheckBox>(&panel, "timeRange"));
    test::child<QDateTimeEdit>(&panel, "toTime")
        ->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
    test::click(test::child<QPushButton>(&panel, "refreshButton"));
    QVERIFY(listed.wait());
    QCOMPARE(panel.model()->rowCount(), 0);
    test::child<QDateTimeEdit>(&panel, "toTime")
        ->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    test::click(test::child<QPushButton>(&panel, "refreshButton"));
    QVERIFY(listed.wait());
    QCOMPARE(panel.model()->rowCount(), 2);

    // "All tables" lists other tables' backups as well.
    QVERIFY(test::chooseWithKeys(test::child<QComboBox>(&panel, "scope"),
                                 QStringLiteral("All tables")));
    QVERIFY(listed.wait());
    bool otherTable = false;
    while (test::child<QPushButton>(&panel, "loadMoreButton")->isEnabled()) {
        test::click(loadMore);
        QVERIFY(listed.wait());
    }
    for (int row = 0; row < panel.model()->rowCount(); ++row)
        otherTable = otherTable || panel.model()->backup(row).tableName != table;
    QCOMPARE(panel.model()->rowCount(), m_backups->backupCount());
    QVERIFY(otherTable || m_backups->backupCount() == 3);
}

void TestBackupsPanel::deleteNeedsTheNameTyped()
{
    const QString table = createTable(QStringLiteral("Deleted"), 1);
    QVERIFY(!table.isEmpty());
    views::BackupsPanel panel(&m_session);
    panel.setPollInterval(50);
    panel.show();
    QSignalSpy listed(&panel, &views::BackupsPanel::listed);
    panel.showTable(table);
    QVERIFY(listed.wait());
    createBackupThroughPanel(&panel, QStringLiteral("obsolete"));
    auto *deleteButton = test::child<QPushButton>(&panel, "deleteButton");
    // A backup still being created cannot be deleted: the button waits for AVAILABLE.
    QTRY_COMPARE(panel.model()->backup(0).status, QStringLiteral("AVAILABLE"));
    selectRow(&panel, 0);
    QTRY_VERIFY(deleteButton->isEnabled());
    const int before = m_backups->backupCount();
    test::click(deleteButton);
    auto *confirm = panel.findChild<views::ConfirmDialog *>();
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(QStringLiteral("obsolete")));
    QVERIFY(!confirm->actionButton()->isEnabled());
    test::typeInto(confirm->confirmationEdit(), QStringLiteral("obsolete"));
    QVERIFY(confirm->actionButton()->isEnabled());
    test::click(confirm->actionButton());
    QTRY_COMPARE(panel.model()->rowCount(), 0);
    QCOMPARE(m_backups->backupCount(), before - 1);
    QVERIFY(panel.detailsText().contains(QStringLiteral("obsolete was deleted")));
}

void TestBackupsPanel::serverAnswersDocumentedErrors()
{
    auto missing = call(QStringLiteral("CreateBackup"),
                        {{QStringLiteral("TableName"), QStringLiteral("NoSuchTable-backups")},
                         {QStringLiteral("BackupName"), QStringLiteral("nope")}});
    QVERIFY(missing);
    QCOMPARE(missing->error().code, QStringLiteral("TableNotFoundException"));

    const QString unknownArn = test::ControlPlaneServer::tableArn(QStringLiteral("Gone")) +
                               QStringLiteral("/backup/01700000000000-00000000");
    for (const char *operation : {"DescribeBackup", "DeleteBackup"}) {
        auto answer = call(QLatin1String(operation), {{QStringLiteral("BackupArn"), unknownArn}});
        QVERIFY(answer);
        QCOMPARE(answer->error().code, QStringLiteral("BackupNotFoundException"));
    }

    // While CREATING a backup can be neither deleted nor restored.
    const QString table = createTable(QStringLiteral("InUse"), 1);
    m_server->setTransitionMs(5000);
    auto created = call(QStringLiteral("CreateBackup"),
                        {{QStringLiteral("TableName"), table},
                         {QStringLiteral("BackupName"), QStringLiteral("slow")}});
    QVERIFY(created && !created->error().isError());
    const QString arn = created->response()
                            .value(QStringLiteral("BackupDetails"))
                            .toObject()
                            .value(QStringLiteral("BackupArn"))
                            .toString();
    QCOMPARE(created->response()
                 .value(QStringLiteral("BackupDetails"))
                 .toObject()
                 .value(QStringLiteral("BackupStatus"))
                 .toString(),
             QStringLiteral("CREATING"));
    auto deleted = call(QStringLiteral("DeleteBackup"), {{QStringLiteral("BackupArn"), arn}});
    QVERIFY(deleted);
    QCOMPARE(deleted->error().code, QStringLiteral("BackupInUseException"));
    auto restored = call(QStringLiteral("RestoreTableFromBackup"),
                         {{QStringLiteral("BackupArn"), arn},
                          {QStringLiteral("TargetTableName"), table + QStringLiteral("-copy")}});
    QVERIFY(restored);
    QCOMPARE(restored->error().code, QStringLiteral("BackupInUseException"));
    m_server->setTransitionMs(100);
}

void TestBackupsPanel::dynamoDbLocalHasNoBackups()
{
    session::Session local;
    local.connectToLocalEndpoint(test::localEndpoint());
    views::BackupsPanel panel(&local);
    panel.show();
    QSignalSpy listed(&panel, &views::BackupsPanel::listed);
    panel.showTable(QStringLiteral("AnyTable"));
    QVERIFY(listed.wait());
    auto *error = panel.findChild<ErrorPane *>();
    QVERIFY2(error->summaryText().contains(QStringLiteral("does not support")),
             qPrintable(error->summaryText()));
    for (const char *button :
         {"createButton", "deleteButton", "restoreButton", "loadMoreButton", "refreshButton"})
        QVERIFY2(!test::child<QPushButton>(&panel, button)->isEnabled(), button);
}

QTEST_MAIN(TestBackupsPanel)
#include "tst_backupspanel.moc"
