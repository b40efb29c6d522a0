// The navigation tree model: connections → regions → tables, kept consistent for views.
#include "navigationmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dyna;
using models::NavigationModel;

class TestNavigationModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void buildsTheTreeInTheOrderGiven();
    void switchingRegionKeepsTablesListedEarlier();
    void filterKeepsConnectionsAndRegions();
    void renamedAndRemovedProfilesUpdateInPlace();

private:
    NavigationModel::Connection profile(const QString &name, const QStringList &regions) const;

    std::unique_ptr<NavigationModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QUuid m_prod = QUuid::createUuid();
    QUuid m_dev = QUuid::createUuid();
};

NavigationModel::Connection TestNavigationModel::profile(const QString &name,
                                                         const QStringList &regions) const
{
    const QUuid id = name == QStringLiteral("prod") ? m_prod : m_dev;
    return {id, name, QStringLiteral("#cc0000"), name == QStringLiteral("prod"), regions};
}

void TestNavigationModel::init()
{
    m_model = std::make_unique<NavigationModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestNavigationModel::buildsTheTreeInTheOrderGiven()
{
    m_model->setConnections({profile(QStringLiteral("prod"), {QStringLiteral("eu-west-1")}),
                             profile(QStringLiteral("dev"),
                                     {QStringLiteral("us-east-1"), QStringLiteral("us-west-2")})});
    QCOMPARE(m_model->rowCount(), 2);
    const QModelIndex prod = m_model->index(0, 0);
    QCOMPARE(prod.data().toString(), QStringLiteral("prod (read-only)"));
    QCOMPARE(prod.data(NavigationModel::ColourRole).toString(), QStringLiteral("#cc0000"));
    QCOMPARE(m_model->regions(m_dev),
             (QStringList{QStringLiteral("us-east-1"), QStringLiteral("us-west-2")}));

    m_model->appendTables(m_dev, QStringLiteral("us-west-2"),
                          {QStringLiteral("Orders"), QStringLiteral("Users")});
    const QModelIndex orders =
        m_model->tableIndex(m_dev, QStringLiteral("us-west-2"), QStringLiteral("Orders"));
    QVERIFY(orders.isValid());
    QCOMPARE(orders.data(NavigationModel::TableNameRole).toString(), QStringLiteral("Orders"));
    QCOMPARE(orders.data(NavigationModel::RegionRole).toString(), QStringLiteral("us-west-2"));
    QCOMPARE(orders.data(NavigationModel::ProfileIdRole).toUuid(), m_dev);
    QCOMPARE(orders.parent(), m_model->regionIndex(m_dev, QStringLiteral("us-west-2")));
    QCOMPARE(orders.parent().parent(), m_model->connectionIndex(m_dev));
}

void TestNavigationModel::switchingRegionKeepsTablesListedEarlier()
{
    m_model->setConnections({profile(QStringLiteral("dev"), {QStringLiteral("us-east-1")})});
    m_model->setActive(m_dev, QStringLiteral("us-east-1"));
    m_model->setRegionState(m_dev, QStringLiteral("us-east-1"),
                            NavigationModel::RegionState::Loading);
    m_model->appendTables(m_dev, QStringLiteral("us-east-1"), {QStringLiteral("A")});
    m_model->setRegionState(m_dev, QStringLiteral("us-east-1"),
                            NavigationModel::RegionState::Loaded);
    const QModelIndex east = m_model->regionIndex(m_dev, QStringLiteral("us-east-1"));
    QCOMPARE(east.data().toString(), QStringLiteral("us-east-1 (1)"));
    QVERIFY(east.data(NavigationModel::ActiveRole).toBool());

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QModelIndex west = m_model->addRegion(m_dev, QStringLiteral("eu-west-1"));
    m_model->setActive(m_dev, QStringLiteral("eu-west-1"));
    QVERIFY(!changed.isEmpty());
    QVERIFY(west.data(NavigationModel::ActiveRole).toBool());
    QVERIFY(!east.data(NavigationModel::ActiveRole).toBool());
    QVERIFY(!m_model->index(0, 0, east).data(NavigationModel::ActiveRole).toBool());
    QVERIFY(east.data(Qt::ToolTipRole).toString().contains(QStringLiteral("connect")));
    QCOMPARE(m_model->tableNames(m_dev, QStringLiteral("us-east-1")),
             QStringList{QStringLiteral("A")});
    QCOMPARE(m_model->activeRegionIndex(), west);
    // Adding a region that exists returns it instead of a second row.
    QCOMPARE(m_model->addRegion(m_dev, QStringLiteral("us-east-1")), east);
    QCOMPARE(m_model->rowCount(m_model->connectionIndex(m_dev)), 2);
}

void TestNavigationModel::filterKeepsConnectionsAndRegions()
{
    m_model->setConnections({profile(QStringLiteral("dev"),
                                     {QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")})});
    m_model->appendTables(m_dev, QStringLiteral("us-east-1"),
                          {QStringLiteral("Orders"), QStringLiteral("Users")});
    models::NavigationFilterModel filter;
    filter.setSourceModel(m_model.get());
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setFilterCaseSensitivity(Qt::CaseInsensitive);
    filter.setFilterFixedString(QStringLiteral("ord"));
    const QModelIndex connection = filter.index(0, 0);
    QCOMPARE(filter.rowCount(connection), 2); // both regions stay
    const QModelIndex east = filter.index(0, 0, connection);
    QCOMPARE(filter.rowCount(east), 1);
    QCOMPARE(filter.index(0, 0, east).data().toString(), QStringLiteral("Orders"));
}

void TestNavigationModel::renamedAndRemovedProfilesUpdateInPlace()
{
    m_model->setConnections({profile(QStringLiteral("prod"), {QStringLiteral("eu-west-1")}),
                             profile(QStringLiteral("dev"), {QStringLiteral("us-east-1")})});
    m_model->appendTables(m_dev, QStringLiteral("us-east-1"), {QStringLiteral("Orders")});
    auto renamed = profile(QStringLiteral("dev"), {QStringLiteral("us-east-1")});
    renamed.name = QStringLiteral("development");
    m_model->setConnections({renamed});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("development"));
    // The tables listed before the rename are still there.
    QCOMPARE(m_model->tableNames(m_dev, QStringLiteral("us-east-1")),
             QStringList{QStringLiteral("Orders")});
    m_model->removeRegion(m_dev, QStringLiteral("us-east-1"));
    QVERIFY(m_model->regions(m_dev).isEmpty());
}

QTEST_GUILESS_MAIN(TestNavigationModel)
#include "tst_navigationmodel.moc"
