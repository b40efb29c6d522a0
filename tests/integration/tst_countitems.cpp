// Count Items: an exact count by a parallel Select=COUNT scan, from the core job and from the
// explorer's toolbar, against DynamoDB Local.
#include "localendpoint.h"

#include "itemspanel.h"

#include "aws/requestjob.h"
#include "dynamo/countjob.h"
#include "session/session.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace dyna;

namespace {

constexpr int kItems = 321;

} // namespace

class TestCountItems : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void countsEveryItem_data();
    void countsEveryItem();
    void missingTableFails();
    void toolbarCountsTheShownTable();

private:
    session::Session m_session;
    QString m_table;
};

void TestCountItems::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    m_session.connectToLocalEndpoint(endpoint);
    m_table = test::uniqueTableName(QStringLiteral("Count"));
    std::unique_ptr<aws::RequestJob> created(
        test::callAndWait(m_session.client(), QStringLiteral("CreateTable"),
                          test::simpleTableInput(m_table, QStringLiteral("id"))));
    QVERIFY(created && !created->error().isError());
    QList<QJsonObject> items;
    for (int i = 0; i < kItems; ++i)
        items.append(
            {{QStringLiteral("id"), QJsonObject{{QStringLiteral("S"), QString::number(i)}}}});
    QVERIFY(test::putItems(m_session.client(), m_table, items));
}

void TestCountItems::cleanupTestCase()
{
    delete test::callAndWait(m_session.client(), QStringLiteral("DeleteTable"),
                             {{QStringLiteral("TableName"), m_table}});
}

void TestCountItems::countsEveryItem_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("segments");
    QTest::newRow("one segment") << 1000 << 1;
    QTest::newRow("4 segments of 40") << 40 << 4;
}

void TestCountItems::countsEveryItem()
{
    QFETCH(int, pageSize);
    QFETCH(int, segments);
    dynamo::CountJob job(m_session.client(), m_table, {pageSize, segments});
    QSignalSpy progress(&job, &dynamo::CountJob::progress);
    QSignalSpy finished(&job, &aws::Job::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    QVERIFY2(!job.error().isError(), qPrintable(job.error().userMessage()));
    QCOMPARE(job.count(), kItems);
    QVERIFY(progress.count() >= segments);
    QCOMPARE(progress.last().at(0).toLongLong(), kItems);
}

void TestCountItems::missingTableFails()
{
    dynamo::CountJob job(m_session.client(), QStringLiteral("NoSuchCountTable"), {100, 2});
    QSignalSpy finished(&job, &aws::Job::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job.error().code, QStringLiteral("ResourceNotFoundException"));
    QCOMPARE(job.count(), 0);
}

void TestCountItems::toolbarCountsTheShownTable()
{
    views::ItemsPanel panel(&m_session);
    panel.resize(1000, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy ready(&panel, &views::ItemsPanel::tableReady);
    panel.showTable(m_table);
    QVERIFY(ready.wait(20000));
    QSignalSpy counted(&panel, &views::ItemsPanel::countFinished);
    panel.grid()->setFocus();
    QTest::keyClick(panel.grid(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(counted.wait(30000));
    QCOMPARE(counted.first().at(0).toLongLong(), kItems);
    QVERIFY2(panel.statusText().contains(QStringLiteral("holds 321 items")),
             qPrintable(panel.statusText()));
}

QTEST_MAIN(TestCountItems)
#include "tst_countitems.moc"
