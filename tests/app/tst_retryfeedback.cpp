// What the user sees while requests are being retried: the status bar names the operation, the
// reason and the next attempt, a counter keeps the tally, and the window keeps handling events
// while an answer is late.
#include "demowindow.h"
#include "faultproxy.h"

#include "aws/awsclient.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace dyna;
using test::Fault;

class TestRetryFeedback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void retriesAreReportedWhileTheTableLoads();
    void windowKeepsWorkingWhileAnAnswerIsLate();

private:
    void openTable();

    std::unique_ptr<test::DemoWindow> m_demo;
    app::MainWindow *m_window = nullptr;
    std::unique_ptr<test::FaultProxy> m_proxy;
    QString m_table;
};

void TestRetryFeedback::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    m_demo = std::make_unique<test::DemoWindow>();
    m_window = &m_demo->window;

    std::unique_ptr<aws::AwsClient> clean(test::localClient(nullptr));
    m_table = test::uniqueTableName(QStringLiteral("Retries"));
    std::unique_ptr<aws::RequestJob> created(
        test::callAndWait(clean.get(), QStringLiteral("CreateTable"),
                          test::simpleTableInput(m_table, QStringLiteral("pk"))));
    QVERIFY(created && !created->error().isError());
    QList<QJsonObject> items;
    for (int i = 0; i < 40; ++i)
        items.append({{QStringLiteral("pk"),
                       QJsonObject{{QStringLiteral("S"), QStringLiteral("item-%1").arg(i)}}}});
    QVERIFY(test::putItems(clean.get(), m_table, items));

    m_proxy = std::make_unique<test::FaultProxy>(endpoint);
    QVERIFY(m_proxy->listen());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_demo->session.connectToLocalEndpoint(m_proxy->url());
    QSignalSpy loaded(m_window->navigation(), &views::NavigationPanel::loaded);
    m_window->navigation()->refresh();
    QVERIFY(loaded.wait(20000));
}

void TestRetryFeedback::openTable()
{
    QSignalSpy ready(m_window->items(), &views::ItemsPanel::tableReady);
    QVERIFY(m_window->navigation()->selectTable(m_table));
    QVERIFY(ready.wait(20000));
}

void TestRetryFeedback::retriesAreReportedWhileTheTableLoads()
{
    auto *indicator = m_window->findChild<QLabel *>(QStringLiteral("retryIndicator"));
    QVERIFY(indicator);
    QVERIFY(!indicator->isVisible()); // nothing retried yet

    test::FaultSchedule schedule;
    schedule.operations = {QStringLiteral("Scan")};
    m_proxy->setSchedule(schedule);
    m_proxy->forceNext(Fault::InternalError);
    m_proxy->forceNext(Fault::Throttling);
    QStringList messages;
    QObject listening; // ends the connection with this test, before `messages` goes
    connect(m_window->statusBar(), &QStatusBar::messageChanged, &listening,
            [&messages](const QString &message) { messages.append(message); });
    openTable();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->items()->model()->rowCount() == 40 &&
                                 !m_window->items()->model()->isLoading(),
                             20000);

    // Both failures were announced, with the operation, the reason and the attempt.
    const QStringList retries = messages.filter(QStringLiteral("Retrying in"));
    QCOMPARE(retries.size(), 2);
    QVERIFY2(retries.at(0).startsWith(QStringLiteral("Scan: InternalServerError.")),
             qPrintable(retries.at(0)));
    QVERIFY2(retries.at(0).contains(QStringLiteral("(attempt 2 of 8)")), qPrintable(retries.at(0)));
    QVERIFY2(retries.at(1).startsWith(QStringLiteral("Scan: ThrottlingException.")),
             qPrintable(retries.at(1)));
    QVERIFY2(retries.at(1).contains(QStringLiteral("(attempt 3 of 8)")), qPrintable(retries.at(1)));
    QVERIFY(indicator->isVisible());
    QCOMPARE(indicator->text(), QStringLiteral("2 retried"));
    QVERIFY(indicator->toolTip().contains(QStringLiteral("ThrottlingException")));
    const QString directory = qEnvironmentVariable("DYNA_SCREENSHOT_DIR");
    if (!directory.isEmpty())
        QVERIFY(m_window->grab().save(QDir(directory).filePath(QStringLiteral("retries.png"))));
}

void TestRetryFeedback::windowKeepsWorkingWhileAnAnswerIsLate()
{
    test::FaultSchedule schedule;
    schedule.operations = {QStringLiteral("Scan")};
    schedule.delayMs = 3000;
    m_proxy->setSchedule(schedule);
    m_proxy->forceNext(Fault::ServiceUnavailable);
    m_proxy->forceNext(Fault::Delay); // the retry's answer comes 3 s late

    // Events keep flowing while the answer is late: a timer on the window's thread keeps firing
    // and the user can switch tabs.
    int ticks = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&ticks] { ++ticks; });
    heartbeat.start(20);
    m_window->items()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_proxy->injected(Fault::ServiceUnavailable) == 1, 10000);
    QVERIFY(m_window->items()->model()->isLoading());
    QVERIFY(m_window->statusBar()->currentMessage().contains(
        QStringLiteral("Scan: ServiceUnavailable.")));
    QTRY_VERIFY_WITH_TIMEOUT(m_proxy->injected(Fault::Delay) == 1, 10000);
    auto *tabs = m_window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    const int before = tabs->currentIndex();
    QTest::keyClick(tabs->tabBar(), Qt::Key_Right);
    QVERIFY(tabs->currentIndex() != before);
    QTest::keyClick(tabs->tabBar(), Qt::Key_Left);
    QCOMPARE(tabs->currentIndex(), before);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->items()->model()->isLoading(), 20000);
    heartbeat.stop();
    QCOMPARE(m_window->items()->model()->rowCount(), 40);
    // 3 s of delay at one tick per 20 ms: a window that blocked would have a handful.
    QVERIFY2(ticks > 50, qPrintable(QString::number(ticks)));
}

QTEST_MAIN(TestRetryFeedback)
#include "tst_retryfeedback.moc"
