// The navigation tree and overview panels against DynamoDB Local, driven like a user would.
#include "localendpoint.h"

#include "errorpane.h"
#include "navigationmodel.h"
#include "navigationpanel.h"
#include "tableoverviewpanel.h"

#include "aws/requestjob.h"
#include "session/session.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace dyna;

class TestNavigationPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsEveryTableAcrossPages();
    void filterBoxNarrowsTheList();
    void selectingATableShowsItsOverview();
    void unreachableEndpointShowsInlineError();

private:
    QString m_prefix;
    QStringList m_tables;
    session::Session m_session;
};

void TestNavigationPanel::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    m_session.connectToLocalEndpoint(endpoint);
    m_prefix = test::uniqueTableName(QStringLiteral("Panel"));
    // More than one ListTables page (the panel asks for 100 per page).
    for (int i = 0; i < 105; ++i) {
        const QString name = QStringLiteral("%1-%2").arg(m_prefix).arg(i, 3, 10, QLatin1Char('0'));
        QJsonObject input{
            {QStringLiteral("TableName"), name},
            {QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")},
            {QStringLiteral("AttributeDefinitions"),
             QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("id")},
                                    {QStringLiteral("AttributeType"), QStringLiteral("S")}}}},
            {QStringLiteral("KeySchema"),
             QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("id")},
                                    {QStringLiteral("KeyType"), QStringLiteral("HASH")}}}}};
        std::unique_ptr<aws::RequestJob> job(
            test::callAndWait(m_session.client(), QStringLiteral("CreateTable"), input));
        QVERIFY(job);
        QVERIFY2(!job->error().isError(), qPrintable(job->error().details()));
        m_tables.append(name);
    }
}

void TestNavigationPanel::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_tables))
        delete test::callAndWait(m_session.client(), QStringLiteral("DeleteTable"),
                                 {{QStringLiteral("TableName"), name}});
}

void TestNavigationPanel::listsEveryTableAcrossPages()
{
    views::NavigationPanel panel(&m_session, nullptr, nullptr);
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&panel, &views::NavigationPanel::loaded);
    panel.show();
    QTest::mouseClick(panel.findChild<QToolButton *>(), Qt::LeftButton);
    QVERIFY(loaded.wait(20000));
    const QStringList names = panel.model()->tableNames(m_session.profileId(), m_session.region());
    for (const QString &name : std::as_const(m_tables))
        QVERIFY2(names.contains(name), qPrintable(name));
    QVERIFY(names.size() >= 105);
    QCOMPARE(loaded.last().at(0).toInt(), names.size());
    QVERIFY(panel.statusText().contains(QString::number(names.size())));
    QVERIFY(panel.errorPane()->summaryText().isEmpty());
}

void TestNavigationPanel::filterBoxNarrowsTheList()
{
    views::NavigationPanel panel(&m_session, nullptr, nullptr);
    QSignalSpy loaded(&panel, &views::NavigationPanel::loaded);
    panel.show();
    panel.refresh();
    QVERIFY(loaded.wait(20000));
    QTreeView *tree = panel.tree();
    const auto visibleTables = [tree] {
        // Local endpoint → its region → tables.
        const QModelIndex region = tree->model()->index(0, 0, tree->model()->index(0, 0));
        return tree->model()->rowCount(region);
    };
    QVERIFY(visibleTables() >= 105);

    auto *filter = panel.findChild<QLineEdit *>();
    QTest::keyClicks(filter, m_prefix.toLower() + QStringLiteral("-10"));
    // Case-insensitive: -100 … -104 match; the connection and region stay visible.
    QCOMPARE(visibleTables(), 5);
    QCOMPARE(tree->model()->rowCount(), 1);
    filter->clear();
    QVERIFY(visibleTables() >= 105);
}

void TestNavigationPanel::selectingATableShowsItsOverview()
{
    views::NavigationPanel panel(&m_session, nullptr, nullptr);
    views::TableOverviewPanel overview(&m_session);
    connect(&panel, &views::NavigationPanel::currentTableChanged, &overview,
            &views::TableOverviewPanel::showTable);
    QSignalSpy loaded(&panel, &views::NavigationPanel::loaded);
    QSignalSpy described(&overview, &views::TableOverviewPanel::described);
    panel.show();
    overview.show();
    panel.refresh();
    QVERIFY(loaded.wait(20000));

    QTest::keyClicks(panel.findChild<QLineEdit *>(), m_tables.first());
    QTreeView *tree = panel.tree();
    const QModelIndex region = tree->model()->index(0, 0, tree->model()->index(0, 0));
    QCOMPARE(tree->model()->rowCount(region), 1);
    QTRY_VERIFY(tree->isExpanded(region));
    const QRect rect = tree->visualRect(tree->model()->index(0, 0, region));
    QVERIFY(rect.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(panel.currentTable(), m_tables.first());
    QVERIFY(described.wait(10000));
    QCOMPARE(described.last().at(0).toString(), m_tables.first());
    QCOMPARE(overview.fieldText(QStringLiteral("keys")), QStringLiteral("id (S, partition key)"));
    QCOMPARE(overview.fieldText(QStringLiteral("billing")), QStringLiteral("On-demand"));
    QCOMPARE(overview.fieldText(QStringLiteral("status")), QStringLiteral("ACTIVE"));
}

void TestNavigationPanel::unreachableEndpointShowsInlineError()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    session::Session session;
    views::NavigationPanel panel(&session, nullptr, nullptr);
    QSignalSpy loaded(&panel, &views::NavigationPanel::loaded);
    panel.show();
    session.connectToLocalEndpoint(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QVERIFY(loaded.wait(60000));
    QCOMPARE(loaded.last().at(0).toInt(), 0);
    QVERIFY2(!panel.errorPane()->summaryText().isEmpty(), "no inline error shown");
    QVERIFY(panel.errorPane()->isVisible());
}

QTEST_MAIN(TestNavigationPanel)
#include "tst_navigationpanel.moc"
