// The overview of a table shows what a DBA checks first, read from DynamoDB Local.
#include "localendpoint.h"

#include "tableoverviewpanel.h"

#include "aws/requestjob.h"
#include "session/session.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dyna;

class TestTableOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsKeysIndexesStreamTtlAndSettings();

private:
    std::unique_ptr<aws::RequestJob> call(const QString &operation, const QJsonObject &input)
    {
        return std::unique_ptr<aws::RequestJob>(
            test::callAndWait(m_session.client(), operation, input));
    }

    session::Session m_session;
    QString m_table;
};

void TestTableOverview::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    m_session.connectToLocalEndpoint(endpoint);
    m_table = test::uniqueTableName(QStringLiteral("Overview"));
    const auto attribute = [](const char *name, const char *type) {
        return QJsonObject{{QStringLiteral("AttributeName"), QLatin1String(name)},
                           {QStringLiteral("AttributeType"), QLatin1String(type)}};
    };
    const auto key = [](const char *name, const char *type) {
        return QJsonObject{{QStringLiteral("AttributeName"), QLatin1String(name)},
                           {QStringLiteral("KeyType"), QLatin1String(type)}};
    };
    auto created = call(
        QStringLiteral("CreateTable"),
        {{QStringLiteral("TableName"), m_table},
         {QStringLiteral("BillingMode"), QStringLiteral("PROVISIONED")},
         {QStringLiteral("ProvisionedThroughput"),
          QJsonObject{{QStringLiteral("ReadCapacityUnits"), 7},
                      {QStringLiteral("WriteCapacityUnits"), 3}}},
         {QStringLiteral("AttributeDefinitions"),
          QJsonArray{attribute("pk", "S"), attribute("sk", "N"), attribute("status", "S")}},
         {QStringLiteral("KeySchema"), QJsonArray{key("pk", "HASH"), key("sk", "RANGE")}},
         {QStringLiteral("GlobalSecondaryIndexes"),
          QJsonArray{QJsonObject{
              {QStringLiteral("IndexName"), QStringLiteral("ByStatus")},
              {QStringLiteral("KeySchema"), QJsonArray{key("status", "HASH")}},
              {QStringLiteral("Projection"),
               QJsonObject{{QStringLiteral("ProjectionType"), QStringLiteral("INCLUDE")},
                           {QStringLiteral("NonKeyAttributes"),
                            QJsonArray{QStringLiteral("total"), QStringLiteral("owner")}}}},
              {QStringLiteral("ProvisionedThroughput"),
               QJsonObject{{QStringLiteral("ReadCapacityUnits"), 2},
                           {QStringLiteral("WriteCapacityUnits"), 1}}}}}},
         {QStringLiteral("StreamSpecification"),
          QJsonObject{{QStringLiteral("StreamEnabled"), true},
                      {QStringLiteral("StreamViewType"), QStringLiteral("NEW_AND_OLD_IMAGES")}}}});
    QVERIFY2(created && !created->error().isError(),
             created ? qPrintable(created->error().details()) : "timeout");
    auto ttl =
        call(QStringLiteral("UpdateTimeToLive"),
             {{QStringLiteral("TableName"), m_table},
              {QStringLiteral("TimeToLiveSpecification"),
               QJsonObject{{QStringLiteral("Enabled"), true},
                           {QStringLiteral("AttributeName"), QStringLiteral("expiresAt")}}}});
    QVERIFY(ttl && !ttl->error().isError());
}

void TestTableOverview::cleanupTestCase()
{
    call(QStringLiteral("DeleteTable"), {{QStringLiteral("TableName"), m_table}});
}

void TestTableOverview::showsKeysIndexesStreamTtlAndSettings()
{
    views::TableOverviewPanel overview(&m_session);
    QSignalSpy described(&overview, &views::TableOverviewPanel::described);
    QSignalSpy ttlDescribed(&overview, &views::TableOverviewPanel::timeToLiveDescribed);
    overview.show();
    overview.showTable(m_table);
    QVERIFY(described.wait(10000));
    QVERIFY(ttlDescribed.count() == 1 || ttlDescribed.wait(10000));

    QCOMPARE(overview.fieldText(QStringLiteral("keys")),
             QStringLiteral("pk (S, partition key), sk (N, sort key)"));
    QCOMPARE(overview.fieldText(QStringLiteral("attributes")),
             QStringLiteral("pk (S), sk (N), status (S)"));
    QCOMPARE(overview.fieldText(QStringLiteral("billing")),
             QStringLiteral("Provisioned: 7 RCU, 3 WCU"));
    const QString indexes = overview.fieldText(QStringLiteral("indexes"));
    QVERIFY2(indexes.contains(QStringLiteral("ByStatus [GSI] status (S, partition key)")),
             qPrintable(indexes));
    QVERIFY2(indexes.contains(QStringLiteral("INCLUDE (total, owner)")), qPrintable(indexes));
    QVERIFY2(indexes.contains(QStringLiteral("ACTIVE")), qPrintable(indexes));
    QVERIFY2(indexes.contains(QStringLiteral("Provisioned: 2 RCU, 1 WCU")), qPrintable(indexes));
    QVERIFY(overview.fieldText(QStringLiteral("stream"))
                .startsWith(QStringLiteral("NEW_AND_OLD_IMAGES\narn:aws:dynamodb:")));
    QCOMPARE(overview.fieldText(QStringLiteral("ttl")), QStringLiteral("On, attribute expiresAt"));
    QCOMPARE(overview.fieldText(QStringLiteral("tableClass")), QStringLiteral("STANDARD"));
    QCOMPARE(overview.fieldText(QStringLiteral("deletionProtection")), QStringLiteral("Off"));
    QVERIFY(!overview.fieldText(QStringLiteral("encryption")).isEmpty());
    QVERIFY(overview.fieldText(QStringLiteral("items")).contains(QStringLiteral("approximate")));
}

QTEST_MAIN(TestTableOverview)
#include "tst_tableoverview.moc"
