// Deleting items from the grid: the confirmation names the table and the keys, Cancel (the
// default, and Escape) deletes nothing, Delete removes exactly the selected items.
#include "localendpoint.h"

#include "itemspanel.h"
#include "itemtablemodel.h"

#include "aws/requestjob.h"
#include "session/session.h"

#include <QItemSelectionModel>
#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace dyna;

namespace {

constexpr int kItems = 8;

} // namespace

class TestDeleteItems : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cancelDeletesNothing();
    void confirmDeletesTheSelection();
    void manyItemsNameTheFirstKeys();

private:
    QStringList storedKeys();
    QMessageBox *askToDelete(const QList<int> &rows);

    session::Session m_session;
    std::unique_ptr<views::ItemsPanel> m_panel;
    QString m_table;
};

void TestDeleteItems::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    m_session.connectToLocalEndpoint(endpoint);
}

void TestDeleteItems::init()
{
    m_table = test::uniqueTableName(QStringLiteral("DeleteItems"));
    std::unique_ptr<aws::RequestJob> created(
        test::callAndWait(m_session.client(), QStringLiteral("CreateTable"),
                          test::simpleTableInput(m_table, QStringLiteral("id"))));
    QVERIFY(created && !created->error().isError());
    QList<QJsonObject> items;
    for (int i = 0; i < kItems; ++i)
        items.append({{QStringLiteral("id"),
                       QJsonObject{{QStringLiteral("S"), QStringLiteral("order-%1").arg(i)}}}});
    QVERIFY(test::putItems(m_session.client(), m_table, items));

    m_panel = std::make_unique<views::ItemsPanel>(&m_session);
    m_panel->resize(1000, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QSignalSpy ready(m_panel.get(), &views::ItemsPanel::tableReady);
    m_panel->showTable(m_table);
    QVERIFY(ready.wait(20000));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), kItems, 20000);
}

void TestDeleteItems::cleanup()
{
    m_panel.reset();
    delete test::callAndWait(m_session.client(), QStringLiteral("DeleteTable"),
                             {{QStringLiteral("TableName"), m_table}});
}

QStringList TestDeleteItems::storedKeys()
{
    std::unique_ptr<aws::RequestJob> scan(test::callAndWait(
        m_session.client(), QStringLiteral("Scan"), {{QStringLiteral("TableName"), m_table}}));
    QStringList keys;
    if (!scan || scan->error().isError())
        return {QStringLiteral("scan failed")};
    for (const QJsonValue &item : scan->response().value(QLatin1String("Items")).toArray())
        keys.append(item[QLatin1String("id")][QLatin1String("S")].toString());
    keys.sort();
    return keys;
}

// Selects `rows` and presses Delete on the grid, as a user would.
QMessageBox *TestDeleteItems::askToDelete(const QList<int> &rows)
{
    QTableView *grid = m_panel->grid();
    grid->setFocus();
    grid->clearSelection();
    for (int row : rows)
        grid->selectionModel()->select(grid->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    grid->selectionModel()->setCurrentIndex(grid->model()->index(rows.first(), 0),
                                            QItemSelectionModel::NoUpdate);
    QTest::keyClick(grid, Qt::Key_Delete);
    for (int waited = 0; waited < 5000; waited += 20) {
        if (auto *box = m_panel->findChild<QMessageBox *>(QStringLiteral("confirmDelete")))
            return box;
        QTest::qWait(20);
    }
    return nullptr;
}

void TestDeleteItems::cancelDeletesNothing()
{
    const QString first = m_panel->model()->item(0).value(QStringLiteral("id")).string();
    QMessageBox *box = askToDelete({0});
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("Delete 1 item(s) from %1?").arg(m_table)),
             qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("id = %1").arg(first)), qPrintable(box->text()));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!m_panel->findChild<QMessageBox *>(QStringLiteral("confirmDelete")));
    QTest::qWait(300);
    QCOMPARE(storedKeys().size(), kItems);
    QCOMPARE(m_panel->model()->rowCount(), kItems);
}

void TestDeleteItems::confirmDeletesTheSelection()
{
    const QString a = m_panel->model()->item(1).value(QStringLiteral("id")).string();
    const QString b = m_panel->model()->item(3).value(QStringLiteral("id")).string();
    QMessageBox *box = askToDelete({1, 3});
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("Delete 2 item(s) from %1?").arg(m_table)));
    QVERIFY(box->text().contains(QStringLiteral("id = %1").arg(a)));
    QVERIFY(box->text().contains(QStringLiteral("id = %1").arg(b)));
    QPushButton *remove = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            remove = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(remove);
    QCOMPARE(remove->text(), QStringLiteral("Delete"));
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(storedKeys().size(), kItems - 2, 10000);
    const QStringList left = storedKeys();
    QVERIFY(!left.contains(a) && !left.contains(b));
}

void TestDeleteItems::manyItemsNameTheFirstKeys()
{
    QMessageBox *box = askToDelete({0, 1, 2, 3, 4, 5, 6, 7});
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("Delete 8 item(s) from %1?").arg(m_table)));
    QCOMPARE(box->text().count(QStringLiteral("id = ")), 5);
    QVERIFY2(box->text().contains(QStringLiteral("… and 3 more")), qPrintable(box->text()));
    box->reject();
    QTest::qWait(200);
    QCOMPARE(storedKeys().size(), kItems);
}

QTEST_MAIN(TestDeleteItems)
#include "tst_deleteitems.moc"
