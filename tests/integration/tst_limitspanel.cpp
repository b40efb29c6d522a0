// The limits panel with the real DescribeLimits of DynamoDB Local, beside a provisioned
// table's capacity (its GSI counted) and an on-demand table's.
#include "localendpoint.h"

#include "errorpane.h"
#include "limitspanel.h"

#include "aws/requestjob.h"
#include "session/session.h"

#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace dyna;

class TestLimitsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void provisionedTableBesideRealLimits();
    void onDemandTableSaysSo();

private:
    std::unique_ptr<aws::RequestJob> call(const QString &operation, const QJsonObject &input)
    {
        return std::unique_ptr<aws::RequestJob>(
            test::callAndWait(m_session.client(), operation, input));
    }
    QString label(views::LimitsPanel *panel, const char *name)
    {
        auto *widget = panel->findChild<QLabel *>(QLatin1String(name));
        return widget ? widget->text() : QString();
    }

    session::Session m_session;
    QJsonObject m_limits; // what DynamoDB Local itself answers
};

void TestLimitsPanel::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    m_session.connectToLocalEndpoint(endpoint);
    auto limits = call(QStringLiteral("DescribeLimits"), {});
    QVERIFY(limits && !limits->error().isError());
    m_limits = limits->response();
    QVERIFY(m_limits.value(QStringLiteral("TableMaxReadCapacityUnits")).toInteger() > 0);
}

void TestLimitsPanel::provisionedTableBesideRealLimits()
{
    const QString table = test::uniqueTableName(QStringLiteral("Limits"));
    const auto throughput = [](int read, int write) {
        return QJsonObject{{QStringLiteral("ReadCapacityUnits"), read},
                           {QStringLiteral("WriteCapacityUnits"), write}};
    };
    auto created = call(
        QStringLiteral("CreateTable"),
        {{QStringLiteral("TableName"), table},
         {QStringLiteral("BillingMode"), QStringLiteral("PROVISIONED")},
         {QStringLiteral("ProvisionedThroughput"), throughput(70, 30)},
         {QStringLiteral("AttributeDefinitions"),
          QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                 {QStringLiteral("AttributeType"), QStringLiteral("S")}},
                     QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("status")},
                                 {QStringLiteral("AttributeType"), QStringLiteral("S")}}}},
         {QStringLiteral("KeySchema"),
          QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                 {QStringLiteral("KeyType"), QStringLiteral("HASH")}}}},
         {QStringLiteral("GlobalSecondaryIndexes"),
          QJsonArray{QJsonObject{
              {QStringLiteral("IndexName"), QStringLiteral("ByStatus")},
              {QStringLiteral("KeySchema"),
               QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("status")},
                                      {QStringLiteral("KeyType"), QStringLiteral("HASH")}}}},
              {QStringLiteral("Projection"),
               QJsonObject{{QStringLiteral("ProjectionType"), QStringLiteral("KEYS_ONLY")}}},
              {QStringLiteral("ProvisionedThroughput"), throughput(30, 20)}}}}});
    QVERIFY2(created && !created->error().isError(),
             created ? qPrintable(created->error().details()) : "timeout");

    views::LimitsPanel panel(&m_session);
    panel.resize(820, 380);
    panel.show();
    QSignalSpy described(&panel, &views::LimitsPanel::described);
    panel.showTable(table);
    QVERIFY(described.wait());
    QVERIFY2(panel.findChild<views::ErrorPane *>()->summaryText().isEmpty(),
             qPrintable(panel.findChild<views::ErrorPane *>()->summaryText()));

    const QLocale locale;
    const qint64 tableMaxRead =
        m_limits.value(QStringLiteral("TableMaxReadCapacityUnits")).toInteger();
    const qint64 tableMaxWrite =
        m_limits.value(QStringLiteral("TableMaxWriteCapacityUnits")).toInteger();
    const qint64 accountMaxRead =
        m_limits.value(QStringLiteral("AccountMaxReadCapacityUnits")).toInteger();
    QCOMPARE(label(&panel, "tableMaxRead"), locale.toString(tableMaxRead));
    QCOMPARE(label(&panel, "tableMaxWrite"), locale.toString(tableMaxWrite));
    QCOMPARE(label(&panel, "accountMaxRead"), locale.toString(accountMaxRead));
    QCOMPARE(label(&panel, "accountMaxWrite"),
             locale.toString(
                 m_limits.value(QStringLiteral("AccountMaxWriteCapacityUnits")).toInteger()));

    auto *rows = panel.findChild<QTableWidget *>(QStringLiteral("comparisonTable"));
    QCOMPARE(rows->rowCount(), 4);
    // Table and GSI summed: 70 + 30 read, 30 + 20 write.
    QCOMPARE(rows->item(0, 1)->text(), locale.toString(100));
    QCOMPARE(rows->item(0, 2)->text(), locale.toString(tableMaxRead));
    QCOMPARE(rows->item(0, 3)->text(), QStringLiteral("%1 %").arg(locale.toString(
                                           100.0 * 100 / double(tableMaxRead), 'f', 2)));
    QCOMPARE(rows->item(1, 1)->text(), locale.toString(50));
    QCOMPARE(rows->item(2, 2)->text(), locale.toString(accountMaxRead));
    QVERIFY(label(&panel, "note").contains(table));

    const QString directory = qEnvironmentVariable("DYNA_SCREENSHOT_DIR");
    if (!directory.isEmpty())
        QVERIFY(panel.grab().save(QDir(directory).filePath(QStringLiteral("limits.png"))));
}

void TestLimitsPanel::onDemandTableSaysSo()
{
    const QString table = test::uniqueTableName(QStringLiteral("LimitsOnDemand"));
    auto created =
        call(QStringLiteral("CreateTable"), test::simpleTableInput(table, QStringLiteral("pk")));
    QVERIFY(created && !created->error().isError());
    views::LimitsPanel panel(&m_session);
    QSignalSpy described(&panel, &views::LimitsPanel::described);
    panel.showTable(table);
    QVERIFY(described.wait());
    QVERIFY(label(&panel, "note").contains(QLatin1String("on-demand")));
    auto *rows = panel.findChild<QTableWidget *>(QStringLiteral("comparisonTable"));
    QCOMPARE(rows->rowCount(), 4);
    QCOMPARE(rows->item(0, 1)->text(), QStringLiteral("on-demand"));
    QVERIFY(rows->item(0, 3)->text().isEmpty());

    // Without a table the quotas still show.
    panel.showTable({});
    QVERIFY(described.wait());
    QCOMPARE(rows->rowCount(), 0);
    QVERIFY(!label(&panel, "tableMaxRead").isEmpty());
    QVERIFY(label(&panel, "note").contains(QLatin1String("Select a table")));
}

QTEST_MAIN(TestLimitsPanel)
#include "tst_limitspanel.moc"
