// The global tables panel against the control-plane test server: a 2019.11.21 replica added
// through the panel goes CREATING -> ACTIVE, is refused before sending while the table's stream
// lacks new and old images, is removed after a typed confirmation; a legacy 2017.11.29 global
// table is created from the table, listed, described and given and relieved of regions; the
// server answers the documented errors; against plain DynamoDB Local the panel says global
// tables are not supported while the table itself still reads.
#include "controlplaneserver.h"
#include "fakeglobaltables.h"
#include "localendpoint.h"
#include "operationstest.h"
#include "widgetdriver.h"

#include "confirmdialog.h"
#include "errorpane.h"
#include "globaltablespanel.h"

#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "session/session.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace dyna;
using views::GlobalTablesPanel;

namespace {

QStringList columnTexts(const QTableWidget *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts.append(table->item(row, column) ? table->item(row, column)->text() : QString());
    return texts;
}

QStringList comboItems(const QComboBox *combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items.append(combo->itemText(i));
    return items;
}

void selectRowWithText(QTableWidget *table, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == text) {
            table->selectRow(row);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row %1").arg(text)));
}

} // namespace

class TestGlobalTablesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addsReplicaThroughThePanel();
    void refusesReplicaWithoutNewAndOldImages();
    void keepsTheChoiceWhenTheServiceRefuses();
    void removesReplicaAfterConfirmation();
    void legacyCreateListDescribeUpdate();
    void serverAnswersDocumentedErrors();
    void dynamoDbLocalHasNoGlobalTables();

private:
    std::unique_ptr<aws::RequestJob> call(const QString &operation, const QJsonObject &input)
    {
        return std::unique_ptr<aws::RequestJob>(
            test::callAndWait(m_session->client(), operation, input));
    }
    QString createTable(const QString &prefix, const QString &streamViewType);
    std::unique_ptr<GlobalTablesPanel> openPanel(const QString &tableName);
    QString errorCode(const QString &operation, const QJsonObject &input);

    std::unique_ptr<test::ControlPlaneServer> m_server;
    test::FakeGlobalTables *m_fake = nullptr;
    std::unique_ptr<session::Session> m_session;
};

void TestGlobalTablesPanel::initTestCase()
{
    QVERIFY2(test::localEndpoint().isValid(), "DynamoDB Local is not running (run through ctest)");
}

void TestGlobalTablesPanel::init()
{
    m_server = std::make_unique<test::ControlPlaneServer>(test::localEndpoint());
    QVERIFY(m_server->listen());
    m_fake = new test::FakeGlobalTables(m_server.get());
    m_server->setTransitionMs(150);
    m_session = std::make_unique<session::Session>();
    test::connectToServer(*m_session, *m_server, QStringLiteral("global tables test"));
}

void TestGlobalTablesPanel::cleanup()
{
    QVERIFY2(m_server->loopback()->invalidRequests() == 0,
             qPrintable(m_server->loopback()->problems().join(QLatin1Char('\n'))));
    m_session.reset();
    m_server.reset();
}

QString TestGlobalTablesPanel::createTable(const QString &prefix, const QString &streamViewType)
{
    const QString name = test::uniqueTableName(prefix);
    return test::createTable(*m_session, name, streamViewType) ? name : QString();
}

std::unique_ptr<GlobalTablesPanel> TestGlobalTablesPanel::openPanel(const QString &tableName)
{
    auto panel = std::make_unique<GlobalTablesPanel>(m_session.get());
    panel->setPollInterval(50);
    panel->resize(900, 900);
    panel->show();
    panel->showTable(tableName);
    return panel;
}

QString TestGlobalTablesPanel::errorCode(const QString &operation, const QJsonObject &input)
{
    auto job = call(operation, input);
    return job ? job->error().code : QStringLiteral("timeout");
}

void TestGlobalTablesPanel::addsReplicaThroughThePanel()
{
    const QString table =
        createTable(QStringLiteral("Replicated"), QStringLiteral("NEW_AND_OLD_IMAGES"));
    QVERIFY(!table.isEmpty());
    auto panel = openPanel(table);
    auto *version = test::child<QLabel>(panel.get(), "versionLabel");
    QTRY_VERIFY(version->text().contains(QStringLiteral("Not a global table")));
    auto *add = test::child<QPushButton>(panel.get(), "addReplicaButton");
    QTRY_VERIFY(add->isEnabled());
    QVERIFY(test::child<QLabel>(panel.get(), "replicaPrerequisiteLabel")->isHidden());

    test::click(add);
    auto *dialog = panel->findChild<QDialog *>(QStringLiteral("addReplicaDialog"));
    QVERIFY(dialog);
    auto *regions = test::child<QComboBox>(dialog, "replicaRegionCombo");
    QVERIFY2(!comboItems(regions).contains(QStringLiteral("us-east-1")),
             "the table's own region is offered");
    QVERIFY(comboItems(regions).contains(QStringLiteral("eu-west-1")));
    QVERIFY(test::chooseWithKeys(regions, QStringLiteral("eu-west-1")));
    test::click(test::child<QPushButton>(dialog, "addReplicaConfirmButton"));

    auto *replicas = test::child<QTableWidget>(panel.get(), "replicaTable");
    QTRY_COMPARE(columnTexts(replicas, GlobalTablesPanel::RegionColumn),
                 QStringList{QStringLiteral("eu-west-1")});
    QCOMPARE(m_fake->replicas(table).value(QStringLiteral("eu-west-1")),
             QStringLiteral("CREATING"));
    QVERIFY(replicas->item(0, GlobalTablesPanel::StatusColumn)
                ->text()
                .startsWith(QStringLiteral("CREATING")));
    QTRY_COMPARE(replicas->item(0, GlobalTablesPanel::StatusColumn)->text(),
                 QStringLiteral("ACTIVE"));
    QCOMPARE(m_fake->replicas(table).value(QStringLiteral("eu-west-1")), QStringLiteral("ACTIVE"));
    QVERIFY(version->text().contains(QStringLiteral("2019.11.21")));
    QCOMPARE(panel->version(), dynamo::GlobalTableVersion::Current2019);

    // The replica's auto scaling is read for both regions once it is active.
    auto *scaling = test::child<QTableWidget>(panel.get(), "autoScalingTable");
    QTRY_COMPARE(columnTexts(scaling, 0),
                 QStringList({QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")}));
    QCOMPARE(scaling->item(1, 2)->text(), QStringLiteral("Disabled"));

    // The table itself still answers through DynamoDB Local, now with its replica.
    auto described = call(QStringLiteral("DescribeTable"), {{QStringLiteral("TableName"), table}});
    QVERIFY(described && !described->error().isError());
    const QJsonObject description = described->response().value(QStringLiteral("Table")).toObject();
    QCOMPARE(description.value(QStringLiteral("GlobalTableVersion")).toString(),
             QStringLiteral("2019.11.21"));
    QCOMPARE(description.value(QStringLiteral("TableName")).toString(), table);

    // A second replica dialog no longer offers the region that has one.
    test::click(add);
    auto *second = panel->findChild<QDialog *>(QStringLiteral("addReplicaDialog"));
    QVERIFY(second);
    QVERIFY(!comboItems(test::child<QComboBox>(second, "replicaRegionCombo"))
                 .contains(QStringLiteral("eu-west-1")));
    second->reject();

    if (const QByteArray dir = qgetenv("DYNA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        replicas->selectRow(0);
        QVERIFY(panel->grab().save(
            QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("global-tables.png"))));
    }
}

void TestGlobalTablesPanel::refusesReplicaWithoutNewAndOldImages()
{
    const QString table = createTable(QStringLiteral("KeysOnly"), QStringLiteral("KEYS_ONLY"));
    QVERIFY(!table.isEmpty());
    auto panel = openPanel(table);
    auto *prerequisite = test::child<QLabel>(panel.get(), "replicaPrerequisiteLabel");
    QTRY_VERIFY(prerequisite->isVisible());
    QVERIFY(prerequisite->text().contains(QStringLiteral("KEYS_ONLY")));
    QVERIFY(prerequisite->text().contains(QStringLiteral("NEW_AND_OLD_IMAGES")));
    QVERIFY(!test::child<QPushButton>(panel.get(), "addReplicaButton")->isEnabled());
    QVERIFY(!test::child<QPushButton>(panel.get(), "legacyCreateButton")->isEnabled());
    QCOMPARE(m_server->loopback()->requests(QStringLiteral("UpdateTable")).size(), 0);

    // The service would refuse it too.
    auto refused = call(QStringLiteral("UpdateTable"),
                        dynamo::createReplicaInput(table, {QStringLiteral("eu-west-1"), {}, 0}));
    QVERIFY(refused);
    QCOMPARE(refused->error().code, QStringLiteral("ValidationException"));
    QVERIFY(refused->error().message.contains(QStringLiteral("NEW_AND_OLD_IMAGES")));
    QVERIFY(m_fake->replicas(table).isEmpty());

    // Other table updates still reach DynamoDB Local: switch the stream to new and old images.
    auto disabled = call(QStringLiteral("UpdateTable"),
                         {{QStringLiteral("TableName"), table},
                          {QStringLiteral("StreamSpecification"),
                           QJsonObject{{QStringLiteral("StreamEnabled"), false}}}});
    QVERIFY(disabled && !disabled->error().isError());
    auto enabled = call(
        QStringLiteral("UpdateTable"),
        {{QStringLiteral("TableName"), table},
         {QStringLiteral("StreamSpecification"),
          QJsonObject{{QStringLiteral("StreamEnabled"), true},
                      {QStringLiteral("StreamViewType"), QStringLiteral("NEW_AND_OLD_IMAGES")}}}});
    QVERIFY2(enabled && !enabled->error().isError(),
             enabled ? qPrintable(enabled->error().details()) : "timeout");
    QVERIFY(m_server->forwardedOperations().contains(QStringLiteral("UpdateTable")));
    panel->refresh();
    QTRY_VERIFY(test::child<QPushButton>(panel.get(), "addReplicaButton")->isEnabled());
    QVERIFY(prerequisite->isHidden());
}

void TestGlobalTablesPanel::keepsTheChoiceWhenTheServiceRefuses()
{
    const QString table =
        createTable(QStringLiteral("Raced"), QStringLiteral("NEW_AND_OLD_IMAGES"));
    QVERIFY(!table.isEmpty());
    auto panel = openPanel(table);
    auto *add = test::child<QPushButton>(panel.get(), "addReplicaButton");
    QTRY_VERIFY(add->isEnabled());
    // Someone else turns the stream off after the panel read the table.
    auto disabled = call(QStringLiteral("UpdateTable"),
                         {{QStringLiteral("TableName"), table},
                          {QStringLiteral("StreamSpecification"),
                           QJsonObject{{QStringLiteral("StreamEnabled"), false}}}});
    QVERIFY(disabled && !disabled->error().isError());

    test::click(add);
    auto *dialog = panel->findChild<QDialog *>(QStringLiteral("addReplicaDialog"));
    QVERIFY(dialog);
    auto *regions = test::child<QComboBox>(dialog, "replicaRegionCombo");
    QVERIFY(test::chooseWithKeys(regions, QStringLiteral("sa-east-1")));
    test::click(test::child<QPushButton>(dialog, "addReplicaConfirmButton"));

    auto *error = panel->findChild<views::ErrorPane *>();
    QVERIFY(error);
    QTRY_VERIFY(error->detailsText().contains(QStringLiteral("ValidationException")));
    QVERIFY(error->detailsText().contains(QStringLiteral("NEW_AND_OLD_IMAGES")));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isEnabled());
    QCOMPARE(regions->currentText(), QStringLiteral("sa-east-1"));
    QVERIFY(m_fake->replicas(table).isEmpty());
    dialog->reject();
}

void TestGlobalTablesPanel::removesReplicaAfterConfirmation()
{
    const QString table =
        createTable(QStringLiteral("Removal"), QStringLiteral("NEW_AND_OLD_IMAGES"));
    QVERIFY(!table.isEmpty());
    auto added = call(QStringLiteral("UpdateTable"),
                      dynamo::createReplicaInput(table, {QStringLiteral("ap-south-1"), {}, 0}));
    QVERIFY(added && !added->error().isError());
    auto panel = openPanel(table);
    auto *replicas = test::child<QTableWidget>(panel.get(), "replicaTable");
    QTRY_VERIFY(replicas->rowCount() == 1 &&
                replicas->item(0, GlobalTablesPanel::StatusColumn)->text() ==
                    QStringLiteral("ACTIVE"));
    auto *remove = test::child<QPushButton>(panel.get(), "removeReplicaButton");
    QVERIFY(!remove->isEnabled());
    replicas->selectRow(0);
    QVERIFY(remove->isEnabled());
    test::click(remove);

    auto *confirm = panel->findChild<views::ConfirmDialog *>();
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(table));
    QVERIFY(confirm->text().contains(QStringLiteral("ap-south-1")));
    QVERIFY(!confirm->actionButton()->isEnabled());
    test::typeInto(confirm->confirmationEdit(), QStringLiteral("ap-south-1"));
    QVERIFY(confirm->actionButton()->isEnabled());
    test::click(confirm->actionButton());

    QTRY_VERIFY(columnTexts(replicas, GlobalTablesPanel::StatusColumn) ==
                    QStringList{QStringLiteral("DELETING")} ||
                replicas->rowCount() == 0);
    QTRY_COMPARE(replicas->rowCount(), 0);
    QVERIFY(m_fake->replicas(table).isEmpty());
    QTRY_VERIFY(panel->versionText().contains(QStringLiteral("Not a global table")));
}

void TestGlobalTablesPanel::legacyCreateListDescribeUpdate()
{
    const QString table =
        createTable(QStringLiteral("Legacy"), QStringLiteral("NEW_AND_OLD_IMAGES"));
    QVERIFY(!table.isEmpty());
    auto panel = openPanel(table);
    auto *create = test::child<QPushButton>(panel.get(), "legacyCreateButton");
    QTRY_VERIFY(create->isEnabled());
    test::click(create);
    auto *dialog = panel->findChild<QDialog *>(QStringLiteral("createGlobalTableDialog"));
    QVERIFY(dialog);
    auto *regions = test::child<QListWidget>(dialog, "legacyRegionList");
    QStringList checked;
    for (int row = 0; row < regions->count(); ++row) {
        if (regions->item(row)->checkState() == Qt::Checked)
            checked.append(regions->item(row)->text());
        if (regions->item(row)->text() == QStringLiteral("eu-west-1"))
            regions->item(row)->setCheckState(Qt::Checked);
    }
    QCOMPARE(checked, QStringList{QStringLiteral("us-east-1")});
    test::click(test::child<QPushButton>(dialog, "createGlobalTableConfirmButton"));

    auto *list = test::child<QTableWidget>(panel.get(), "legacyTable");
    QTRY_COMPARE(columnTexts(list, 0), QStringList{table});
    // The regions in the order the dialog lists them.
    QCOMPARE(list->item(0, 1)->text(), QStringLiteral("eu-west-1, us-east-1"));
    QTRY_VERIFY(panel->versionText().contains(QStringLiteral("2017.11.29")));
    auto *details = test::child<QLabel>(panel.get(), "legacyDetailsLabel");
    QTRY_VERIFY(details->text().contains(QStringLiteral("ACTIVE")));
    QVERIFY(details->text().contains(QStringLiteral("global-table/") + table));
    auto *settings = test::child<QTableWidget>(panel.get(), "legacySettingsTable");
    QTRY_COMPARE(columnTexts(settings, 0),
                 QStringList({QStringLiteral("eu-west-1"), QStringLiteral("us-east-1")}));
    QCOMPARE(settings->item(0, 2)->text(), QStringLiteral("PAY_PER_REQUEST"));
    QVERIFY(!test::child<QPushButton>(panel.get(), "addReplicaButton")->isEnabled());

    // Add a region.
    auto *addRegion = test::child<QPushButton>(panel.get(), "legacyAddRegionButton");
    QTRY_VERIFY(addRegion->isEnabled());
    test::click(addRegion);
    auto *addDialog = panel->findChild<QDialog *>(QStringLiteral("legacyAddRegionDialog"));
    QVERIFY(addDialog);
    auto *combo = test::child<QComboBox>(addDialog, "legacyRegionCombo");
    QVERIFY(!comboItems(combo).contains(QStringLiteral("eu-west-1")));
    QVERIFY(test::chooseWithKeys(combo, QStringLiteral("ap-south-1")));
    test::click(test::child<QPushButton>(addDialog, "legacyAddRegionConfirmButton"));
    QTRY_COMPARE(m_fake->legacyRegions(table),
                 QStringList({QStringLiteral("eu-west-1"), QStringLiteral("us-east-1"),
                              QStringLiteral("ap-south-1")}));
    QTRY_COMPARE(settings->rowCount(), 3);
    QTRY_VERIFY(details->text().contains(QStringLiteral("ACTIVE")));

    // Remove one after typing its name.
    selectRowWithText(settings, QStringLiteral("eu-west-1"));
    auto *removeRegion = test::child<QPushButton>(panel.get(), "legacyRemoveRegionButton");
    QTRY_VERIFY(removeRegion->isEnabled());
    test::click(removeRegion);
    auto *confirm = panel->findChild<views::ConfirmDialog *>();
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(table));
    QVERIFY(confirm->text().contains(QStringLiteral("eu-west-1")));
    test::typeInto(confirm->confirmationEdit(), QStringLiteral("eu-west-1"));
    test::click(confirm->actionButton());
    QTRY_COMPARE(m_fake->legacyRegions(table),
                 QStringList({QStringLiteral("us-east-1"), QStringLiteral("ap-south-1")}));
    QTRY_COMPARE(list->item(0, 1)->text(), QStringLiteral("us-east-1, ap-south-1"));

    // Provisioned write capacity for every region (UpdateGlobalTableSettings).
    auto *writeCapacity = test::child<QPushButton>(panel.get(), "legacyWriteCapacityButton");
    QTRY_VERIFY(writeCapacity->isEnabled());
    test::click(writeCapacity);
    auto *capacityDialog = panel->findChild<QDialog *>(QStringLiteral("legacyWriteCapacityDialog"));
    QVERIFY(capacityDialog);
    auto *units = test::child<QSpinBox>(capacityDialog, "legacyWriteCapacitySpin");
    units->selectAll();
    QTest::keyClicks(units, QStringLiteral("12"));
    test::click(test::child<QPushButton>(capacityDialog, "legacyWriteCapacityApplyButton"));
    QTRY_COMPARE(m_fake->legacyWriteCapacity(table), 12);
    QTRY_COMPARE(columnTexts(settings, 4),
                 QStringList({QStringLiteral("12"), QStringLiteral("12")}));
    QCOMPARE(settings->item(0, 2)->text(), QStringLiteral("PROVISIONED"));
}

void TestGlobalTablesPanel::serverAnswersDocumentedErrors()
{
    const QString table =
        createTable(QStringLiteral("Errors"), QStringLiteral("NEW_AND_OLD_IMAGES"));
    QVERIFY(!table.isEmpty());
    const QString missing = test::uniqueTableName(QStringLiteral("Missing"));

    // 2019.11.21 replicas.
    QCOMPARE(errorCode(QStringLiteral("UpdateTable"),
                       dynamo::createReplicaInput(missing, {QStringLiteral("eu-west-1"), {}, 0})),
             QStringLiteral("ResourceNotFoundException"));
    QCOMPARE(errorCode(QStringLiteral("UpdateTable"),
                       dynamo::createReplicaInput(table, {QStringLiteral("us-east-1"), {}, 0})),
             QStringLiteral("ValidationException"));
    QCOMPARE(errorCode(QStringLiteral("UpdateTable"),
                       dynamo::deleteReplicaInput(table, QStringLiteral("eu-west-1"))),
             QStringLiteral("ValidationException"));
    QCOMPARE(errorCode(QStringLiteral("UpdateTable"),
                       dynamo::createReplicaInput(table, {QStringLiteral("eu-west-1"), {}, 0})),
             QString());
    QCOMPARE(errorCode(QStringLiteral("UpdateTable"),
                       dynamo::createReplicaInput(table, {QStringLiteral("eu-west-1"), {}, 0})),
             QStringLiteral("ValidationException"));
    QCOMPARE(errorCode(QStringLiteral("DescribeTableReplicaAutoScaling"),
                       {{QStringLiteral("TableName"), missing}}),
             QStringLiteral("ResourceNotFoundException"));

    // 2017.11.29 legacy tables.
    const QStringList group{QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")};
    QCOMPARE(errorCode(QStringLiteral("CreateGlobalTable"),
                       dynamo::createGlobalTableInput(missing, group)),
             QStringLiteral("TableNotFoundException"));
    QCOMPARE(errorCode(QStringLiteral("CreateGlobalTable"),
                       dynamo::createGlobalTableInput(table, group)),
             QString());
    QCOMPARE(errorCode(QStringLiteral("CreateGlobalTable"),
                       dynamo::createGlobalTableInput(table, group)),
             QStringLiteral("GlobalTableAlreadyExistsException"));
    QCOMPARE(errorCode(QStringLiteral("UpdateGlobalTable"),
                       dynamo::updateGlobalTableInput(missing, {QStringLiteral("ap-south-1")}, {})),
             QStringLiteral("GlobalTableNotFoundException"));
    QCOMPARE(errorCode(QStringLiteral("UpdateGlobalTable"),
                       dynamo::updateGlobalTableInput(table, {QStringLiteral("eu-west-1")}, {})),
             QStringLiteral("ReplicaAlreadyExistsException"));
    QCOMPARE(errorCode(QStringLiteral("UpdateGlobalTable"),
                       dynamo::updateGlobalTableInput(table, {}, {QStringLiteral("sa-east-1")})),
             QStringLiteral("ReplicaNotFoundException"));
    QCOMPARE(m_fake->legacyRegions(table), group);
    QCOMPARE(errorCode(QStringLiteral("DescribeGlobalTable"),
                       {{QStringLiteral("GlobalTableName"), missing}}),
             QStringLiteral("GlobalTableNotFoundException"));
    QCOMPARE(errorCode(QStringLiteral("DescribeGlobalTableSettings"),
                       {{QStringLiteral("GlobalTableName"), missing}}),
             QStringLiteral("GlobalTableNotFoundException"));
    QCOMPARE(errorCode(QStringLiteral("UpdateGlobalTableSettings"),
                       dynamo::updateGlobalTableWriteCapacityInput(missing, 5)),
             QStringLiteral("GlobalTableNotFoundException"));

    // Capacity on an on-demand global table is refused and changes nothing.
    const qint64 before = m_fake->legacyWriteCapacity(table);
    QCOMPARE(errorCode(QStringLiteral("UpdateGlobalTableSettings"),
                       dynamo::updateGlobalTableWriteCapacityInput(table, 5)),
             QStringLiteral("ValidationException"));
    QCOMPARE(m_fake->legacyWriteCapacity(table), before);

    // Settings: the write capacity changes for every replica.
    QCOMPARE(errorCode(QStringLiteral("UpdateGlobalTableSettings"),
                       {{QStringLiteral("GlobalTableName"), table},
                        {QStringLiteral("GlobalTableBillingMode"), QStringLiteral("PROVISIONED")},
                        {QStringLiteral("GlobalTableProvisionedWriteCapacityUnits"), 9}}),
             QString());
    QCOMPARE(m_fake->legacyWriteCapacity(table), 9);
    auto settings = call(QStringLiteral("DescribeGlobalTableSettings"),
                         {{QStringLiteral("GlobalTableName"), table}});
    QVERIFY(settings && !settings->error().isError());
    const auto replicaSettings = dynamo::parseGlobalTableSettings(settings->response());
    QCOMPARE(replicaSettings.size(), 2);
    for (const auto &replica : replicaSettings)
        QCOMPARE(replica.writeCapacityUnits, 9);

    // ListGlobalTables pages by name and filters by region.
    const QString other =
        createTable(QStringLiteral("Errors"), QStringLiteral("NEW_AND_OLD_IMAGES"));
    QVERIFY(!other.isEmpty());
    QCOMPARE(errorCode(QStringLiteral("CreateGlobalTable"),
                       dynamo::createGlobalTableInput(other, {QStringLiteral("us-east-1")})),
             QString());
    QStringList paged;
    QJsonObject input{{QStringLiteral("Limit"), 1}};
    for (int page = 0; page < 5; ++page) {
        auto listed = call(QStringLiteral("ListGlobalTables"), input);
        QVERIFY(listed && !listed->error().isError());
        const auto tables = dynamo::parseGlobalTableList(listed->response());
        QVERIFY(tables.size() <= 1);
        for (const auto &summary : tables)
            paged.append(summary.name);
        const QString last =
            listed->response().value(QStringLiteral("LastEvaluatedGlobalTableName")).toString();
        if (last.isEmpty())
            break;
        input.insert(QStringLiteral("ExclusiveStartGlobalTableName"), last);
    }
    QStringList expected{table, other};
    expected.sort();
    QCOMPARE(paged, expected);
    auto filtered = call(QStringLiteral("ListGlobalTables"),
                         {{QStringLiteral("RegionName"), QStringLiteral("eu-west-1")}});
    QVERIFY(filtered && !filtered->error().isError());
    const auto inEurope = dynamo::parseGlobalTableList(filtered->response());
    QCOMPARE(inEurope.size(), 1);
    QCOMPARE(inEurope.first().name, table);
}

void TestGlobalTablesPanel::dynamoDbLocalHasNoGlobalTables()
{
    session::Session local;
    local.connectToLocalEndpoint(test::localEndpoint());
    const QString table = test::uniqueTableName(QStringLiteral("LocalOnly"));
    QVERIFY(test::createTable(local, table, QStringLiteral("NEW_AND_OLD_IMAGES")));

    GlobalTablesPanel panel(&local);
    panel.setPollInterval(50);
    panel.show();
    panel.showTable(table);
    auto *error = panel.findChild<views::ErrorPane *>();
    QVERIFY(error);
    QTRY_VERIFY(error->summaryText().contains(QStringLiteral("does not support")));
    // DescribeTable still works there: the table is known, just not global.
    QTRY_VERIFY(panel.versionText().contains(QStringLiteral("Not a global table")));
    QTRY_VERIFY(!test::child<QTableWidget>(&panel, "legacyTable")->isEnabled());
    QTRY_VERIFY(!test::child<QTableWidget>(&panel, "autoScalingTable")->isEnabled());
    QVERIFY(!test::child<QPushButton>(&panel, "addReplicaButton")->isEnabled());
    QVERIFY(!test::child<QPushButton>(&panel, "legacyCreateButton")->isEnabled());
    QVERIFY(!test::child<QPushButton>(&panel, "legacyAddRegionButton")->isEnabled());
    auto described = std::unique_ptr<aws::RequestJob>(test::callAndWait(
        local.client(), QStringLiteral("DescribeTable"), {{QStringLiteral("TableName"), table}}));
    QVERIFY(described && !described->error().isError());
}

QTEST_MAIN(TestGlobalTablesPanel)
#include "tst_globaltablespanel.moc"
