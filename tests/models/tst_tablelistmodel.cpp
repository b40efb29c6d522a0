#include "tablelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dyna::models;

class TestTableListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesAppendInOneInsertEach();
    void clearEmptiesTheList();
};

void TestTableListModel::pagesAppendInOneInsertEach()
{
    TableListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.appendTableNames({QStringLiteral("Customers"), QStringLiteral("Orders")});
    model.appendTableNames({});
    model.appendTableNames({QStringLiteral("Products")});

    QCOMPARE(inserted.count(), 2); // one per non-empty page, not one per row
    QCOMPARE(inserted.at(1).at(1).toInt(), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Products"));
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("Customers"));
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
    QCOMPARE(model.rowCount(model.index(0, 0)), 0); // a flat list
}

void TestTableListModel::clearEmptiesTheList()
{
    TableListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendTableNames({QStringLiteral("A"), QStringLiteral("B")});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 1);
    model.clear(); // already empty: no needless reset for attached views
    QCOMPARE(reset.count(), 1);
}

QTEST_GUILESS_MAIN(TestTableListModel)
#include "tst_tablelistmodel.moc"
