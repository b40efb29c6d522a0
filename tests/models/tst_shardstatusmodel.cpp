// The Streams inspector's shard lineage tree: stable updates for a QTreeView, texts.
#include "shardstatusmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dyna;
using models::ShardStatusModel;
using streams::ShardStatus;
using streams::ShardStatusList;
using State = streams::ShardStatus::State;

namespace {

ShardStatus shard(const QString &id, const QString &parent = {}, State state = State::Reading)
{
    ShardStatus status;
    status.shard.shardId = id;
    status.shard.parentShardId = parent;
    status.shard.startingSequenceNumber = QStringLiteral("100");
    status.state = state;
    return status;
}

QStringList childIds(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(parent); ++row)
        ids.append(model.index(row, ShardStatusModel::ShardColumn, parent).data().toString());
    return ids;
}

} // namespace

class TestShardStatusModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineageIsATree();
    void newChildIsInsertedUnderItsParent();
    void valueChangesAreDataChanged();
    void vanishedShardIsRemoved();
    void childMovesUnderParentThatAppearsLater();
    void texts_data();
    void texts();
    void failedStateTooltipAndTotals();
};

void TestShardStatusModel::lineageIsATree()
{
    ShardStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The orphan's parent aged out of the stream: it is a root of its own.
    model.setShards({shard("root", {}, State::Drained), shard("left", "root"),
                     shard("right", "root"), shard("orphan", "trimmed-away"),
                     shard("grandchild", "left", State::Waiting)});

    QCOMPARE(model.shardCount(), 5);
    QCOMPARE(childIds(model), QStringList({"root", "orphan"}));
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(childIds(model, root), QStringList({"left", "right"}));
    const QModelIndex left = model.index(0, 0, root);
    QCOMPARE(childIds(model, left), QStringList({"grandchild"}));
    QCOMPARE(model.parent(model.index(0, 0, left)), left);
    QCOMPARE(model.status(model.index(0, 0, left)).state, State::Waiting);
    QCOMPARE(model.rowCount(model.index(1, 0)), 0);
}

void TestShardStatusModel::newChildIsInsertedUnderItsParent()
{
    ShardStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setShards({shard("root"), shard("child", "root")});

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    // A split: the child closes and two shards open under it, listed before their parent.
    model.setShards({shard("split-a", "child"), shard("split-b", "child"), shard("root"),
                     shard("child", "root", State::Drained)});

    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 2);
    const QModelIndex child = model.indexOf(QStringLiteral("child"));
    for (const QList<QVariant> &arguments : std::as_const(inserted))
        QCOMPARE(arguments.at(0).value<QModelIndex>(), child);
    QCOMPARE(childIds(model, child), QStringList({"split-a", "split-b"}));
    QCOMPARE(childIds(model), QStringList({"root"}));
    QCOMPARE(model.shardCount(), 4);
}

void TestShardStatusModel::valueChangesAreDataChanged()
{
    ShardStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setShards({shard("root"), shard("child", "root")});

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);

    ShardStatus busy = shard("child", "root");
    busy.recordsDelivered = 42;
    busy.lagMs = 1500;
    busy.recordsPerSecond = 3.26;
    busy.lastSequenceNumber = QStringLiteral("123456789012345678901234567890");
    model.setShards({shard("root"), busy});

    QCOMPARE(changed.count(), 1);
    const QModelIndex child = model.indexOf(QStringLiteral("child"));
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), child);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), model.columnCount() - 1);
    QCOMPARE(inserted.count() + removed.count() + reset.count() + layout.count(), 0);

    const auto text = [&](int column) { return model.index(0, column, child.parent()).data(); };
    QCOMPARE(text(ShardStatusModel::RecordsColumn).toString(), QStringLiteral("42"));
    QCOMPARE(text(ShardStatusModel::LagColumn).toString(), QStringLiteral("1.5 s"));
    QCOMPARE(text(ShardStatusModel::RateColumn).toString(), QStringLiteral("3.3"));
    QCOMPARE(text(ShardStatusModel::LastSequenceColumn).toString(), busy.lastSequenceNumber);

    // The same list again changes nothing.
    model.setShards({shard("root"), busy});
    QCOMPARE(changed.count(), 1);
}

void TestShardStatusModel::vanishedShardIsRemoved()
{
    ShardStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setShards({shard("old", {}, State::Drained), shard("new", "old"), shard("other")});

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // The old shard aged out of the stream: its child becomes a root.
    model.setShards({shard("new", "old"), shard("other")});

    QCOMPARE(reset.count(), 0);
    QVERIFY(removed.count() >= 1);
    QCOMPARE(model.shardCount(), 2);
    QCOMPARE(childIds(model), QStringList({"other", "new"}));
    QVERIFY(!model.indexOf(QStringLiteral("old")).isValid());
}

void TestShardStatusModel::childMovesUnderParentThatAppearsLater()
{
    ShardStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setShards({shard("child", "parent")});
    QCOMPARE(childIds(model), QStringList({"child"}));

    model.setShards({shard("parent"), shard("child", "parent")});
    QCOMPARE(childIds(model), QStringList({"parent"}));
    QCOMPARE(childIds(model, model.indexOf(QStringLiteral("parent"))), QStringList({"child"}));
}

void TestShardStatusModel::texts_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("lagMs");
    QTest::addColumn<QString>("stateText");
    QTest::addColumn<QString>("lagText");

    QTest::newRow("waiting") << int(State::Waiting) << qint64(-1)
                             << QStringLiteral("waiting for parent") << QStringLiteral("\u2014");
    QTest::newRow("caught up") << int(State::Reading) << qint64(0) << QStringLiteral("reading")
                               << QStringLiteral("caught up");
    QTest::newRow("seconds") << int(State::Reading) << qint64(1234) << QStringLiteral("reading")
                             << QStringLiteral("1.2 s");
    QTest::newRow("minutes") << int(State::Failed) << qint64(3 * 60 * 1000 + 20 * 1000)
                             << QStringLiteral("failed") << QStringLiteral("3 min");
    QTest::newRow("hours") << int(State::Drained) << qint64(90 * 60 * 1000)
                           << QStringLiteral("drained") << QStringLiteral("1.5 h");
}

void TestShardStatusModel::texts()
{
    QFETCH(int, state);
    QFETCH(qint64, lagMs);
    QFETCH(QString, stateText);
    QFETCH(QString, lagText);

    ShardStatus status = shard("s", {}, State(state));
    status.lagMs = lagMs;
    ShardStatusModel model;
    model.setShards({status});
    QCOMPARE(model.index(0, ShardStatusModel::StateColumn).data().toString(), stateText);
    QCOMPARE(model.index(0, ShardStatusModel::LagColumn).data().toString(), lagText);
}

void TestShardStatusModel::failedStateTooltipAndTotals()
{
    ShardStatusModel model;
    QCOMPARE(model.totalLagMs(), qint64(-1));
    QCOMPARE(model.shardCount(), 0);

    ShardStatus failed = shard("a", {}, State::Failed);
    failed.problem = QStringLiteral("The request was throttled. Retrying in 4 seconds.");
    failed.lagMs = 800;
    ShardStatus lagging = shard("b");
    lagging.lagMs = 5000;
    model.setShards({failed, lagging, shard("c")});

    QCOMPARE(model.index(0, ShardStatusModel::StateColumn).data(Qt::ToolTipRole).toString(),
             failed.problem);
    QVERIFY(!model.index(1, ShardStatusModel::StateColumn).data(Qt::ToolTipRole).isValid());
    QCOMPARE(model.totalLagMs(), qint64(5000));
    QCOMPARE(model.shardCount(), 3);
    QCOMPARE(model.status(model.index(1, 0)).shard.shardId, QStringLiteral("b"));
    QVERIFY(model.status({}).shard.shardId.isEmpty());

    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers, QStringList({"Shard", "State", "Records", "Lag", "Records/s",
                                   "Last sequence number"}));
}

QTEST_GUILESS_MAIN(TestShardStatusModel)
#include "tst_shardstatusmodel.moc"
