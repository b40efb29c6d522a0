// The empty-state texts of the navigation tree and the items grid against DynamoDB Local.
// The test server runs with -sharedDb (one database for every region), so a region without
// tables cannot be made here; tst_emptystate checks that text through EmptyState::tablesText.
#include "localendpoint.h"

#include "emptystate.h"
#include "itemspanel.h"
#include "itemtablemodel.h"
#include "navigationpanel.h"

#include "aws/requestjob.h"
#include "session/session.h"

#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace dyna;

class TestEmptyStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void treeSaysHowToConnect();
    void treeSaysWhenTheFilterMatchesNothing();
    void gridSaysWhatToDoNext();

private:
    session::Session m_session;
    QString m_table;
};

void TestEmptyStates::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    m_session.connectToLocalEndpoint(endpoint);
    m_table = test::uniqueTableName(QStringLiteral("Empty"));
    std::unique_ptr<aws::RequestJob> job(
        test::callAndWait(m_session.client(), QStringLiteral("CreateTable"),
                          test::simpleTableInput(m_table, QStringLiteral("id"))));
    QVERIFY(job);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().details()));
}

void TestEmptyStates::cleanupTestCase()
{
    delete test::callAndWait(m_session.client(), QStringLiteral("DeleteTable"),
                             {{QStringLiteral("TableName"), m_table}});
}

void TestEmptyStates::treeSaysHowToConnect()
{
    session::Session notConnected;
    views::NavigationPanel panel(&notConnected, nullptr, nullptr);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QLabel *label = panel.emptyState()->label();
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("Connection > Connections…")),
             qPrintable(label->text()));
    QVERIFY(label->text().contains(QStringLiteral("Ctrl+Shift+O")));
}

void TestEmptyStates::treeSaysWhenTheFilterMatchesNothing()
{
    views::NavigationPanel panel(&m_session, nullptr, nullptr);
    QSignalSpy loaded(&panel, &views::NavigationPanel::loaded);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(loaded.wait(20000));
    QVERIFY(loaded.last().at(0).toInt() > 0);
    QLabel *label = panel.emptyState()->label();
    QVERIFY2(!label->isVisible(), qPrintable(label->text()));

    auto *filter = panel.findChild<QLineEdit *>();
    QTest::keyClicks(filter, QStringLiteral("no-such-table-anywhere"));
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("No table matches “no-such-table-anywhere”."));
    // The connection and region rows stay visible above the text.
    const QModelIndex region =
        panel.tree()->model()->index(0, 0, panel.tree()->model()->index(0, 0));
    QVERIFY(region.isValid());
    QVERIFY(!label->geometry().intersects(panel.tree()->visualRect(region)));

    filter->clear();
    QVERIFY(!label->isVisible());
    QTest::keyClicks(filter, m_table.toLower());
    QVERIFY(!label->isVisible());
}

void TestEmptyStates::gridSaysWhatToDoNext()
{
    views::ItemsPanel panel(&m_session);
    panel.resize(900, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QLabel *label = panel.emptyState()->label();
    QVERIFY(label->isVisible());
    QCOMPARE(label->parentWidget(), panel.grid()->viewport());
    QCOMPARE(label->text(), QStringLiteral("Choose a table in the tree on the left."));

    panel.showTable(m_table);
    // Hidden while the table's keys and first page are read.
    QVERIFY(!label->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 20000);
    QVERIFY2(label->text().contains(QStringLiteral("This table has no items")),
             qPrintable(label->text()));
    QVERIFY(label->text().contains(QStringLiteral("New Item (Ctrl+N)")));

    std::unique_ptr<aws::RequestJob> put(test::callAndWait(
        m_session.client(), QStringLiteral("PutItem"),
        {{QStringLiteral("TableName"), m_table},
         {QStringLiteral("Item"),
          QJsonObject{{QStringLiteral("id"),
                       QJsonObject{{QStringLiteral("S"), QStringLiteral("first")}}}}}}));
    QVERIFY(put);
    QVERIFY2(!put->error().isError(), qPrintable(put->error().details()));
    panel.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 1, 20000);
    QTRY_VERIFY(!label->isVisible());

    QLineEdit *find = nullptr;
    for (QLineEdit *edit : panel.findChildren<QLineEdit *>()) {
        if (edit->placeholderText().startsWith(QStringLiteral("Find in loaded items")))
            find = edit;
    }
    QVERIFY(find);
    QTest::keyClicks(find, QStringLiteral("zzz"));
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("No loaded item contains “zzz”")),
             qPrintable(label->text()));
}

QTEST_MAIN(TestEmptyStates)
#include "tst_emptystates.moc"
