// The triggers panel against DynamoDB Local: an itemPolled trigger scans a real table through
// the session's connection and logs what changed when Run Now is clicked.
#include "localendpoint.h"
#include "triggerspanel.h"
#include "widgetdriver.h"

#include "aws/requestjob.h"
#include "session/session.h"
#include "streams/streamwatcher.h"
#include "streams/triggerspec.h"

#include <QJsonArray>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace dyna;
using views::TriggersPanel;

class TestTriggersPanelLocal : public QObject
{
    Q_OBJECT

private:
    void call(const QString &operation, const QJsonObject &input);
    void put(const QString &pk, const QString &status);
    QStringList logLines() const;

    std::unique_ptr<session::Session> m_session;
    QString m_tableName;
    QPlainTextEdit *m_log = nullptr;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void polledTriggerLogsInsertAfterPut();
};

void TestTriggersPanelLocal::call(const QString &operation, const QJsonObject &input)
{
    const std::unique_ptr<aws::RequestJob> job(
        test::callAndWait(m_session->client(), operation, input));
    QVERIFY(job);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().details()));
}

void TestTriggersPanelLocal::put(const QString &pk, const QString &status)
{
    call(QStringLiteral("PutItem"),
         {{QStringLiteral("TableName"), m_tableName},
          {QStringLiteral("Item"),
           QJsonObject{{QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), pk}}},
                       {QStringLiteral("status"), QJsonObject{{QStringLiteral("S"), status}}}}}});
}

QStringList TestTriggersPanelLocal::logLines() const
{
    QStringList lines = m_log->toPlainText().split(QLatin1Char('\n'));
    lines.removeAll(QString());
    return lines;
}

void TestTriggersPanelLocal::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running: run the tests through ctest, "
                                 "whose fixture starts it");
    m_session = std::make_unique<session::Session>();
    m_session->connectToLocalEndpoint(endpoint);
    QVERIFY(m_session->client());
    m_tableName = test::uniqueTableName(QStringLiteral("Triggers"));
    call(QStringLiteral("CreateTable"),
         {{QStringLiteral("TableName"), m_tableName},
          {QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")},
          {QStringLiteral("AttributeDefinitions"),
           QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                  {QStringLiteral("AttributeType"), QStringLiteral("S")}}}},
          {QStringLiteral("KeySchema"),
           QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                  {QStringLiteral("KeyType"), QStringLiteral("HASH")}}}}});
}

void TestTriggersPanelLocal::cleanupTestCase()
{
    if (m_session && m_session->client() && !m_tableName.isEmpty())
        delete test::callAndWait(m_session->client(), QStringLiteral("DeleteTable"),
                                 {{QStringLiteral("TableName"), m_tableName}});
}

void TestTriggersPanelLocal::polledTriggerLogsInsertAfterPut()
{
    put(QStringLiteral("order#1"), QStringLiteral("new"));

    streams::StreamWatcher watcher;
    TriggersPanel panel(m_session.get(), &watcher);
    panel.resize(1000, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    m_log = test::child<QPlainTextEdit>(&panel, "log");
    auto *table = test::child<QTableWidget>(&panel, "triggerTable");

    streams::TriggerSpec spec;
    spec.kind = streams::TriggerKind::ItemPolled;
    spec.tableName = m_tableName;
    spec.keyAttributes = {QStringLiteral("pk")};
    spec.scheduleMs = 60 * 60 * 1000; // polled by hand below
    QVERIFY(!panel.addTrigger(spec).isEmpty());

    // The first scan is the baseline: the item already there is not an event.
    QTRY_VERIFY_WITH_TIMEOUT(!logLines().filter(QStringLiteral("first scan read 1 item")).isEmpty(),
                             20000);
    QVERIFY(logLines().filter(QStringLiteral("INSERT")).isEmpty());

    put(QStringLiteral("order#2"), QStringLiteral("new"));
    const QRect row = table->visualItemRect(table->item(0, TriggersPanel::TableColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row.center());
    test::click(test::child<QPushButton>(&panel, "runButton"));

    QTRY_VERIFY_WITH_TIMEOUT(!logLines().filter(QStringLiteral("INSERT pk=order#2")).isEmpty(),
                             20000);
    QVERIFY(logLines().filter(QStringLiteral("order#1")).isEmpty());
    QTRY_COMPARE(table->item(0, TriggersPanel::EventsColumn)->text(), QStringLiteral("1"));
    QCOMPARE(table->item(0, TriggersPanel::FiringsColumn)->text(), QStringLiteral("1"));
    QVERIFY(logLines().filter(QStringLiteral("scan failed")).isEmpty());
}

QTEST_MAIN(TestTriggersPanelLocal)
#include "tst_triggerspanellocal.moc"
