// The contributor insights panel against the control-plane test server (tables are DynamoDB
// Local's): the table and its index listed from DescribeTable, enable and disable with the
// transitional statuses, the account's list; against plain DynamoDB Local it says the endpoint
// lacks the feature.
#include "controlplaneserver.h"
#include "fakecontributorinsights.h"
#include "localendpoint.h"
#include "operationstest.h"

#include "confirmdialog.h"
#include "contributorinsightspanel.h"
#include "errorpane.h"

#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "session/session.h"

#include <QDir>
#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace dyna;

namespace {

QString cellText(QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

int findRow(QTableWidget *table, const QString &table0, const QString &index)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (cellText(table, row, 0) == table0 && cellText(table, row, 1) == index)
            return row;
    }
    return -1;
}

} // namespace

class TestContributorInsightsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void enableAndDisableIndexInsights();
    void serverRejectsUnknownIndexAndPages();
    void plainDynamoDbLocalSaysNotSupported();

private:
    QString createTable(session::Session *session);
    std::unique_ptr<aws::RequestJob> call(const QString &operation, const QJsonObject &input)
    {
        return std::unique_ptr<aws::RequestJob>(
            test::callAndWait(m_session.client(), operation, input));
    }

    std::unique_ptr<test::ControlPlaneServer> m_server;
    test::FakeContributorInsights *m_fake = nullptr;
    session::Session m_session;
};

void TestContributorInsightsPanel::initTestCase()
{
    QVERIFY2(test::localEndpoint().isValid(), "DynamoDB Local is not running (run through ctest)");
    m_server = std::make_unique<test::ControlPlaneServer>(test::localEndpoint());
    QVERIFY(m_server->listen());
    m_fake = new test::FakeContributorInsights(m_server.get());
    m_server->setTransitionMs(300);
    test::connectToServer(m_session, *m_server, QStringLiteral("insights test"));
}

QString TestContributorInsightsPanel::createTable(session::Session *session)
{
    const QString table = test::uniqueTableName(QStringLiteral("Insights"));
    QJsonObject input = test::simpleTableInput(table, QStringLiteral("pk"));
    QJsonArray definitions = input.value(QStringLiteral("AttributeDefinitions")).toArray();
    definitions.append(QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("status")},
                                   {QStringLiteral("AttributeType"), QStringLiteral("S")}});
    input.insert(QStringLiteral("AttributeDefinitions"), definitions);
    input.insert(
        QStringLiteral("GlobalSecondaryIndexes"),
        QJsonArray{QJsonObject{
            {QStringLiteral("IndexName"), QStringLiteral("ByStatus")},
            {QStringLiteral("KeySchema"),
             QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("status")},
                                    {QStringLiteral("KeyType"), QStringLiteral("HASH")}}}},
            {QStringLiteral("Projection"),
             QJsonObject{{QStringLiteral("ProjectionType"), QStringLiteral("ALL")}}}}});
    std::unique_ptr<aws::RequestJob> created(
        test::callAndWait(session->client(), QStringLiteral("CreateTable"), input));
    if (!created || created->error().isError()) {
        qWarning() << (created ? created->error().details() : QStringLiteral("timeout"));
        return {};
    }
    return table;
}

void TestContributorInsightsPanel::enableAndDisableIndexInsights()
{
    const QString table = createTable(&m_session);
    QVERIFY(!table.isEmpty());
    views::ContributorInsightsPanel panel(&m_session);
    panel.setPollInterval(40);
    panel.resize(900, 480);
    panel.show();
    auto *resources = panel.findChild<QTableWidget *>(QStringLiteral("insightsTable"));
    auto *account = panel.findChild<QTableWidget *>(QStringLiteral("accountTable"));
    auto *enable = panel.findChild<QPushButton *>(QStringLiteral("enableButton"));
    auto *disable = panel.findChild<QPushButton *>(QStringLiteral("disableButton"));
    QStringList seen; // statuses of the index row the user got to see
    connect(&panel, &views::ContributorInsightsPanel::described, this, [&] {
        const QString status = cellText(resources, 1, 1);
        if (seen.isEmpty() || seen.last() != status)
            seen.append(status);
    });
    QSignalSpy described(&panel, &views::ContributorInsightsPanel::described);
    panel.showTable(table);
    QVERIFY(described.wait());

    QCOMPARE(resources->rowCount(), 2);
    QVERIFY(cellText(resources, 0, 0).contains(table));
    QVERIFY(cellText(resources, 1, 0).contains(QLatin1String("ByStatus")));
    QCOMPARE(cellText(resources, 0, 1), QStringLiteral("DISABLED"));
    QCOMPARE(cellText(resources, 1, 1), QStringLiteral("DISABLED"));
    QVERIFY(!enable->isEnabled()); // nothing selected yet

    resources->selectRow(1);
    QVERIFY(enable->isEnabled());
    QVERIFY(!disable->isEnabled());
    QTest::mouseClick(enable, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cellText(resources, 1, 1), QStringLiteral("ENABLED"), 10000);
    QVERIFY2(seen.contains(QStringLiteral("ENABLING")), qPrintable(seen.join(u',')));
    QVERIFY2(
        cellText(resources, 1, 3)
            .contains(QStringLiteral("DynamoDBContributorInsights-PKC-%1-ByStatus-").arg(table)),
        qPrintable(cellText(resources, 1, 3)));
    QVERIFY(!cellText(resources, 1, 2).isEmpty());
    QCOMPARE(cellText(resources, 0, 1), QStringLiteral("DISABLED")); // the table is untouched
    QCOMPARE(m_fake->status(table, QStringLiteral("ByStatus")), QStringLiteral("ENABLED"));
    QTRY_VERIFY_WITH_TIMEOUT(findRow(account, table, QStringLiteral("ByStatus")) >= 0, 10000);
    QCOMPARE(cellText(account, findRow(account, table, QStringLiteral("ByStatus")), 2),
             QStringLiteral("ENABLED"));

    const QString directory = qEnvironmentVariable("DYNA_SCREENSHOT_DIR");
    if (!directory.isEmpty())
        QVERIFY(panel.grab().save(
            QDir(directory).filePath(QStringLiteral("contributor-insights.png"))));

    resources->selectRow(1);
    QVERIFY(disable->isEnabled());
    QTest::mouseClick(disable, Qt::LeftButton);
    auto *confirm = panel.findChild<views::ConfirmDialog *>();
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(QLatin1String("ByStatus")));
    QVERIFY(confirm->text().contains(table));
    QCOMPARE(m_fake->status(table, QStringLiteral("ByStatus")), QStringLiteral("ENABLED"));
    QTest::mouseClick(confirm->actionButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cellText(resources, 1, 1), QStringLiteral("DISABLED"), 10000);
    QVERIFY2(seen.contains(QStringLiteral("DISABLING")), qPrintable(seen.join(u',')));
    QVERIFY(cellText(resources, 1, 3).isEmpty());
    QCOMPARE(m_fake->status(table, QStringLiteral("ByStatus")), QStringLiteral("DISABLED"));

    QVERIFY2(m_server->loopback()->invalidRequests() == 0,
             qPrintable(m_server->loopback()->problems().join(u'\n')));
}

void TestContributorInsightsPanel::serverRejectsUnknownIndexAndPages()
{
    const QString table = createTable(&m_session);
    QVERIFY(!table.isEmpty());
    auto unknownIndex = call(QStringLiteral("DescribeContributorInsights"),
                             {{QStringLiteral("TableName"), table},
                              {QStringLiteral("IndexName"), QStringLiteral("NoSuchIndex")}});
    QVERIFY(unknownIndex);
    QCOMPARE(unknownIndex->error().code, QStringLiteral("ResourceNotFoundException"));
    auto unknownTable =
        call(QStringLiteral("UpdateContributorInsights"),
             {{QStringLiteral("TableName"), table + QStringLiteral("-gone")},
              {QStringLiteral("ContributorInsightsAction"), QStringLiteral("ENABLE")}});
    QVERIFY(unknownTable);
    QCOMPARE(unknownTable->error().code, QStringLiteral("ResourceNotFoundException"));

    // The table and its index, one per page.
    auto first = call(QStringLiteral("ListContributorInsights"),
                      {{QStringLiteral("TableName"), table}, {QStringLiteral("MaxResults"), 1}});
    QVERIFY(first && !first->error().isError());
    QCOMPARE(
        first->response().value(QStringLiteral("ContributorInsightsSummaries")).toArray().size(),
        1);
    const QString token = first->response().value(QStringLiteral("NextToken")).toString();
    QVERIFY(!token.isEmpty());
    auto second =
        call(QStringLiteral("ListContributorInsights"), {{QStringLiteral("TableName"), table},
                                                         {QStringLiteral("MaxResults"), 1},
                                                         {QStringLiteral("NextToken"), token}});
    QVERIFY(second && !second->error().isError());
    const QJsonObject summary = second->response()
                                    .value(QStringLiteral("ContributorInsightsSummaries"))
                                    .toArray()
                                    .first()
                                    .toObject();
    QCOMPARE(summary.value(QStringLiteral("IndexName")).toString(), QStringLiteral("ByStatus"));
    QVERIFY(!second->response().contains(QStringLiteral("NextToken")));
    QVERIFY2(m_server->loopback()->invalidRequests() == 0,
             qPrintable(m_server->loopback()->problems().join(u'\n')));
}

void TestContributorInsightsPanel::plainDynamoDbLocalSaysNotSupported()
{
    session::Session local;
    local.connectToLocalEndpoint(test::localEndpoint());
    const QString table = createTable(&local);
    QVERIFY(!table.isEmpty());
    views::ContributorInsightsPanel panel(&local);
    QSignalSpy described(&panel, &views::ContributorInsightsPanel::described);
    panel.showTable(table);
    QVERIFY(described.wait());
    const QString summary = panel.findChild<views::ErrorPane *>()->summaryText();
    QVERIFY2(summary.contains(QLatin1String("does not support")), qPrintable(summary));
    auto *resources = panel.findChild<QTableWidget *>(QStringLiteral("insightsTable"));
    resources->selectRow(0);
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("enableButton"))->isEnabled());
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("disableButton"))->isEnabled());
}

QTEST_MAIN(TestContributorInsightsPanel)
#include "tst_contributorinsightspanel.moc"
