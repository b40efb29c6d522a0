// Contributor insights: descriptions and list pages parsed as the model shapes them, and the
// update input for a table or one of its indexes.
#include "dynamo/contributorinsights.h"

#include <QJsonArray>
#include <QTest>

using namespace dyna;
using dynamo::ContributorInsightsStatus;

Q_DECLARE_METATYPE(dynamo::ContributorInsightsStatus)

class TestContributorInsights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesDescription();
    void parsesFailure();
    void statuses_data();
    void statuses();
    void parsesListPage();
    void buildsUpdateInput();
};

void TestContributorInsights::parsesDescription()
{
    const QDateTime updated = QDateTime::fromMSecsSinceEpoch(1700000000250);
    const auto description = dynamo::parseContributorInsightsDescription(
        {{QStringLiteral("TableName"), QStringLiteral("Orders")},
         {QStringLiteral("IndexName"), QStringLiteral("ByStatus")},
         {QStringLiteral("ContributorInsightsStatus"), QStringLiteral("ENABLED")},
         {QStringLiteral("ContributorInsightsRuleList"),
          QJsonArray{QStringLiteral("DynamoDBContributorInsights-PKC-Orders-1700000000"),
                     QStringLiteral("DynamoDBContributorInsights-PKT-Orders-1700000000")}},
         {QStringLiteral("LastUpdateDateTime"), 1700000000.25}});
    QCOMPARE(description.tableName, QStringLiteral("Orders"));
    QCOMPARE(description.indexName, QStringLiteral("ByStatus"));
    QCOMPARE(description.status, ContributorInsightsStatus::Enabled);
    QCOMPARE(description.rules.size(), 2);
    QVERIFY(description.rules.first().startsWith(QLatin1String("DynamoDBContributorInsights-PKC")));
    QCOMPARE(description.lastUpdate, updated);
    QVERIFY(description.failureName.isEmpty());

    const auto bare = dynamo::parseContributorInsightsDescription(
        {{QStringLiteral("TableName"), QStringLiteral("Orders")},
         {QStringLiteral("ContributorInsightsStatus"), QStringLiteral("DISABLED")}});
    QVERIFY(bare.indexName.isEmpty());
    QVERIFY(!bare.lastUpdate.isValid());
    QVERIFY(bare.rules.isEmpty());
}

void TestContributorInsights::parsesFailure()
{
    const auto description = dynamo::parseContributorInsightsDescription(
        {{QStringLiteral("TableName"), QStringLiteral("Orders")},
         {QStringLiteral("ContributorInsightsStatus"), QStringLiteral("FAILED")},
         {QStringLiteral("FailureException"),
          QJsonObject{{QStringLiteral("ExceptionName"), QStringLiteral("LimitExceededException")},
                      {QStringLiteral("ExceptionDescription"),
                       QStringLiteral("Too many rules in this account.")}}}});
    QCOMPARE(description.status, ContributorInsightsStatus::Failed);
    QCOMPARE(description.failureName, QStringLiteral("LimitExceededException"));
    QCOMPARE(description.failureDescription, QStringLiteral("Too many rules in this account."));
}

void TestContributorInsights::statuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ContributorInsightsStatus>("status");
    QTest::addColumn<bool>("transitional");
    QTest::newRow("enabling") << "ENABLING" << ContributorInsightsStatus::Enabling << true;
    QTest::newRow("enabled") << "ENABLED" << ContributorInsightsStatus::Enabled << false;
    QTest::newRow("disabling") << "DISABLING" << ContributorInsightsStatus::Disabling << true;
    QTest::newRow("disabled") << "DISABLED" << ContributorInsightsStatus::Disabled << false;
    QTest::newRow("failed") << "FAILED" << ContributorInsightsStatus::Failed << false;
    QTest::newRow("unknown") << "" << ContributorInsightsStatus::Unknown << false;
}

void TestContributorInsights::statuses()
{
    QFETCH(QString, text);
    QFETCH(ContributorInsightsStatus, status);
    QFETCH(bool, transitional);
    QCOMPARE(dynamo::contributorInsightsStatusFromString(text), status);
    QCOMPARE(dynamo::isTransitional(status), transitional);
}

void TestContributorInsights::parsesListPage()
{
    const auto summaries = dynamo::parseContributorInsightsSummaries(
        {{QStringLiteral("ContributorInsightsSummaries"),
          QJsonArray{
              QJsonObject{{QStringLiteral("TableName"), QStringLiteral("Orders")},
                          {QStringLiteral("ContributorInsightsStatus"), QStringLiteral("ENABLED")}},
              QJsonObject{
                  {QStringLiteral("TableName"), QStringLiteral("Orders")},
                  {QStringLiteral("IndexName"), QStringLiteral("ByStatus")},
                  {QStringLiteral("ContributorInsightsStatus"), QStringLiteral("DISABLING")}}}},
         {QStringLiteral("NextToken"), QStringLiteral("abc")}});
    QCOMPARE(summaries.size(), 2);
    QVERIFY(summaries.at(0).indexName.isEmpty());
    QCOMPARE(summaries.at(0).status, ContributorInsightsStatus::Enabled);
    QCOMPARE(summaries.at(1).indexName, QStringLiteral("ByStatus"));
    QCOMPARE(summaries.at(1).statusText, QStringLiteral("DISABLING"));
    QVERIFY(dynamo::parseContributorInsightsSummaries({}).isEmpty());
}

void TestContributorInsights::buildsUpdateInput()
{
    const QJsonObject table =
        dynamo::updateContributorInsightsInput(QStringLiteral("Orders"), true);
    QCOMPARE(table.value(QStringLiteral("ContributorInsightsAction")).toString(),
             QStringLiteral("ENABLE"));
    QVERIFY(!table.contains(QStringLiteral("IndexName")));
    const QJsonObject index = dynamo::updateContributorInsightsInput(
        QStringLiteral("Orders"), false, QStringLiteral("ByStatus"));
    QCOMPARE(index.value(QStringLiteral("ContributorInsightsAction")).toString(),
             QStringLiteral("DISABLE"));
    QCOMPARE(index.value(QStringLiteral("IndexName")).toString(), QStringLiteral("ByStatus"));
    QCOMPARE(index.value(QStringLiteral("TableName")).toString(), QStringLiteral("Orders"));
}

QTEST_GUILESS_MAIN(TestContributorInsights)
#include "tst_contributorinsights.moc"
