// Stream-backed triggers: which trigger gets which records, batched at each trigger's own pace.

#include "streams/triggerdispatcher.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace dyna::streams;

namespace {

const QString ordersArn = QStringLiteral(
    "arn:aws:dynamodb:ddblocal:000000000000:table/Orders/stream/2026-11-30T04:42:58.714");
const QString productsArn = QStringLiteral(
    "arn:aws:dynamodb:ddblocal:000000000000:table/Products/stream/2026-11-30T04:40:00.000");

// One GetRecords record as DynamoDB Local writes it.
StreamRecord record(const QString &eventName, const QString &key, int sequence,
                    const QString &streamArn = ordersArn)
{
    const QString json =
        QStringLiteral(
            R"({"eventID":"e%2","eventName":"%1","eventVersion":"1.1","eventSource":"aws:dynamodb",
                "awsRegion":"ddblocal","dynamodb":{"ApproximateCreationDateTime":1796013780.0,
                "Keys":{"pk":{"S":"%3"}},"NewImage":{"v":{"N":"2"},"pk":{"S":"%3"}},
                "OldImage":{"pk":{"S":"%3"}},"SequenceNumber":"%2","SizeBytes":15,
                "StreamViewType":"NEW_AND_OLD_IMAGES"}})")
            .arg(eventName, QStringLiteral("%1").arg(sequence, 21, 10, QLatin1Char('0')), key);
    QString error;
    const std::optional<StreamRecord> parsed =
        StreamRecord::fromWire(QJsonDocument::fromJson(json.toUtf8()).object(), streamArn,
                               QStringLiteral("shardId-00000001"), &error);
    if (!parsed)
        qFatal("bad test record: %s", qPrintable(error));
    return *parsed;
}

TriggerSpec trigger(TriggerKind kind, const QString &table, qint64 scheduleMs)
{
    TriggerSpec spec;
    spec.kind = kind;
    spec.tableName = table;
    spec.scheduleMs = scheduleMs;
    return spec;
}

QStringList keysOf(const QList<QJsonObject> &payloads)
{
    QStringList keys;
    for (const QJsonObject &payload : payloads)
        keys.append(payload.value(QStringLiteral("keys"))
                        .toObject()
                        .value(QStringLiteral("pk"))
                        .toObject()
                        .value(QStringLiteral("S"))
                        .toString());
    return keys;
}

// The payloads of every `fired` of one trigger, in order.
QList<QList<QJsonObject>> firingsOf(const QSignalSpy &spy, const QString &id)
{
    QList<QList<QJsonObject>> firings;
    for (const QList<QVariant> &arguments : spy) {
        if (arguments.at(0).toString() == id)
            firings.append(arguments.at(1).value<QList<QJsonObject>>());
    }
    return firings;
}

} // namespace

class TestTriggerDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addTriggerGivesIdsAndRefusesItemPolled();
    void eachKindGetsItsRecordsOfItsTable();
    void shardOpenedReachesShardTriggers();
    void triggersFireAtTheirOwnPace();
    void nothingQueuedNothingFired();
    void flushFiresNow();
    void removeTriggerStopsIt();
};

void TestTriggerDispatcher::addTriggerGivesIdsAndRefusesItemPolled()
{
    TriggerDispatcher dispatcher;
    const QString first =
        dispatcher.addTrigger(trigger(TriggerKind::RecordInserted, QStringLiteral("Orders"), 1000));
    const QString second =
        dispatcher.addTrigger(trigger(TriggerKind::RecordInserted, QStringLiteral("Orders"), 1000));
    QVERIFY(!first.isEmpty());
    QVERIFY(!second.isEmpty());
    QVERIFY(first != second);

    TriggerSpec named = trigger(TriggerKind::RecordRemoved, QStringLiteral("Orders"), 1000);
    named.id = QStringLiteral("my-trigger");
    QCOMPARE(dispatcher.addTrigger(named), QStringLiteral("my-trigger"));
    QVERIFY(dispatcher.addTrigger(named).isEmpty()); // the id is taken

    TriggerSpec polled = trigger(TriggerKind::ItemPolled, QStringLiteral("Legacy"), 1000);
    polled.keyAttributes = QStringList{QStringLiteral("pk")};
    QVERIFY(dispatcher.addTrigger(polled).isEmpty());

    const QList<TriggerSpec> triggers = dispatcher.triggers();
    QCOMPARE(triggers.size(), 3);
    QCOMPARE(triggers.at(0).id, first);
    QCOMPARE(triggers.at(1).id, second);
    QCOMPARE(triggers.at(2).id, QStringLiteral("my-trigger"));
}

void TestTriggerDispatcher::eachKindGetsItsRecordsOfItsTable()
{
    TriggerDispatcher dispatcher;
    QSignalSpy fired(&dispatcher, &TriggerDispatcher::fired);
    const QString inserted =
        dispatcher.addTrigger(trigger(TriggerKind::RecordInserted, QStringLiteral("Orders"), 50));
    const QString modified =
        dispatcher.addTrigger(trigger(TriggerKind::RecordModified, QStringLiteral("Orders"), 50));
    const QString removed =
        dispatcher.addTrigger(trigger(TriggerKind::RecordRemoved, QStringLiteral("Orders"), 50));
    const QString products =
        dispatcher.addTrigger(trigger(TriggerKind::RecordModified, QStringLiteral("Products"), 50));
    // Table names are case-sensitive in DynamoDB.
    const QString lowercase =
        dispatcher.addTrigger(trigger(TriggerKind::RecordInserted, QStringLiteral("orders"), 50));

    dispatcher.deliver({record(QStringLiteral("INSERT"), QStringLiteral("a"), 1),
                        record(QStringLiteral("MODIFY"), QStringLiteral("a"), 2),
                        record(QStringLiteral("INSERT"), QStringLiteral("b"), 3),
                        record(QStringLiteral("MODIFY"), QStringLiteral("p"), 4, productsArn),
                        record(QStringLiteral("REMOVE"), QStringLiteral("a"), 5),
                        record(QStringLiteral("INSERT"), QStringLiteral("c"), 6)});
    QCOMPARE(dispatcher.stats(inserted).pending, 3);
    QCOMPARE(dispatcher.stats(modified).pending, 1);

    QTRY_COMPARE(firingsOf(fired, removed).size(), 1);
    QTRY_COMPARE(firingsOf(fired, inserted).size(), 1);
    QTRY_COMPARE(firingsOf(fired, modified).size(), 1);
    QTRY_COMPARE(firingsOf(fired, products).size(), 1);

    const QList<QJsonObject> insertedPayloads = firingsOf(fired, inserted).first();
    QCOMPARE(keysOf(insertedPayloads),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    for (const QJsonObject &payload : insertedPayloads) {
        QCOMPARE(payload.value(QStringLiteral("eventName")).toString(), QStringLiteral("INSERT"));
        QCOMPARE(payload.value(QStringLiteral("tableName")).toString(), QStringLiteral("Orders"));
    }
    QCOMPARE(insertedPayloads.at(1).value(QStringLiteral("sequenceNumber")).toString(),
             QStringLiteral("000000000000000000003"));

    const QList<QJsonObject> modifiedPayloads = firingsOf(fired, modified).first();
    QCOMPARE(keysOf(modifiedPayloads), QStringList{QStringLiteral("a")});
    QCOMPARE(modifiedPayloads.first(),
             record(QStringLiteral("MODIFY"), QStringLiteral("a"), 2).toEventPayload());
    QCOMPARE(keysOf(firingsOf(fired, removed).first()), QStringList{QStringLiteral("a")});
    const QList<QJsonObject> productPayloads = firingsOf(fired, products).first();
    QCOMPARE(keysOf(productPayloads), QStringList{QStringLiteral("p")});
    QCOMPARE(productPayloads.first().value(QStringLiteral("tableName")).toString(),
             QStringLiteral("Products"));
    QVERIFY(firingsOf(fired, lowercase).isEmpty());

    const TriggerStats stats = dispatcher.stats(inserted);
    QCOMPARE(stats.firings, 1);
    QCOMPARE(stats.events, 3);
    QCOMPARE(stats.pending, 0);
    QVERIFY(stats.lastFired.isValid());
    QCOMPARE(dispatcher.stats(lowercase).firings, 0);
    QVERIFY(!dispatcher.stats(lowercase).lastFired.isValid());
}

void TestTriggerDispatcher::shardOpenedReachesShardTriggers()
{
    TriggerDispatcher dispatcher;
    QSignalSpy fired(&dispatcher, &TriggerDispatcher::fired);
    const QString shards =
        dispatcher.addTrigger(trigger(TriggerKind::ShardOpened, QStringLiteral("Orders"), 50));
    const QString otherTable =
        dispatcher.addTrigger(trigger(TriggerKind::ShardOpened, QStringLiteral("Products"), 50));
    const QString inserted =
        dispatcher.addTrigger(trigger(TriggerKind::RecordInserted, QStringLiteral("Orders"), 50));

    ShardInfo shard;
    shard.shardId = QStringLiteral("shardId-00000002");
    shard.parentShardId = QStringLiteral("shardId-00000001");
    shard.startingSequenceNumber = QStringLiteral("000000000000000000010");
    dispatcher.deliverShardOpened(shard, ordersArn);

    QTRY_COMPARE(firingsOf(fired, shards).size(), 1);
    const QList<QJsonObject> payloads = firingsOf(fired, shards).first();
    QCOMPARE(payloads.size(), 1);
    QCOMPARE(payloads.first(), shard.toEventPayload(ordersArn));
    QCOMPARE(payloads.first().value(QStringLiteral("shardId")).toString(), shard.shardId);
    QTest::qWait(120); // a few more periods of the other triggers
    QVERIFY(firingsOf(fired, otherTable).isEmpty());
    QVERIFY(firingsOf(fired, inserted).isEmpty());
}

void TestTriggerDispatcher::triggersFireAtTheirOwnPace()
{
    TriggerDispatcher dispatcher;
    QSignalSpy fired(&dispatcher, &TriggerDispatcher::fired);
    const QString fast =
        dispatcher.addTrigger(trigger(TriggerKind::RecordInserted, QStringLiteral("Orders"), 50));
    const QString slow =
        dispatcher.addTrigger(trigger(TriggerKind::RecordInserted, QStringLiteral("Orders"), 400));

    // Records keep coming every 20 ms for about a second.
    int sequence = 0;
    QTimer feeder;
    connect(&feeder, &QTimer::timeout, &dispatcher, [&] {
        ++sequence;
        dispatcher.deliver({record(QStringLiteral("INSERT"), QString::number(sequence), sequence)});
    });
    feeder.start(20);
    QTRY_VERIFY_WITH_TIMEOUT(firingsOf(fired, slow).size() >= 2, 5000);
    feeder.stop();
    QTRY_COMPARE_WITH_TIMEOUT(dispatcher.stats(slow).pending, 0, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(dispatcher.stats(fast).pending, 0, 5000);

    const QList<QList<QJsonObject>> fastFirings = firingsOf(fired, fast);
    const QList<QList<QJsonObject>> slowFirings = firingsOf(fired, slow);
    // The fast one hands on smaller batches, more often.
    QVERIFY2(fastFirings.size() > slowFirings.size(),
             qPrintable(QStringLiteral("%1 fast, %2 slow firings")
                            .arg(fastFirings.size())
                            .arg(slowFirings.size())));
    // Both hand on every record exactly once, in arrival order.
    QStringList expected;
    for (int i = 1; i <= sequence; ++i)
        expected.append(QString::number(i));
    for (const auto &firings : {fastFirings, slowFirings}) {
        QStringList seen;
        for (const QList<QJsonObject> &payloads : firings) {
            QVERIFY(!payloads.isEmpty());
            seen += keysOf(payloads);
        }
        QCOMPARE(seen, expected);
    }
    QCOMPARE(dispatcher.stats(fast).firings, fastFirings.size());
    QCOMPARE(dispatcher.stats(slow).events, sequence);
}

void TestTriggerDispatcher::nothingQueuedNothingFired()
{
    TriggerDispatcher dispatcher;
    QSignalSpy fired(&dispatcher, &TriggerDispatcher::fired);
    const QString id =
        dispatcher.addTrigger(trigger(TriggerKind::RecordRemoved, QStringLiteral("Orders"), 50));
    dispatcher.deliver({record(QStringLiteral("INSERT"), QStringLiteral("a"), 1)});
    QTest::qWait(200);
    QCOMPARE(fired.size(), 0);
    QCOMPARE(dispatcher.stats(id).firings, 0);
    QVERIFY(!dispatcher.flush(id));
}

void TestTriggerDispatcher::flushFiresNow()
{
    TriggerDispatcher dispatcher;
    QSignalSpy fired(&dispatcher, &TriggerDispatcher::fired);
    const QString id = dispatcher.addTrigger(
        trigger(TriggerKind::RecordInserted, QStringLiteral("Orders"), 60 * 60 * 1000));
    dispatcher.deliver({record(QStringLiteral("INSERT"), QStringLiteral("a"), 1),
                        record(QStringLiteral("INSERT"), QStringLiteral("b"), 2)});
    QCOMPARE(dispatcher.stats(id).pending, 2);

    QVERIFY(dispatcher.flush(id));
    QCOMPARE(fired.size(), 1); // at once, not an hour later
    QCOMPARE(fired.first().at(0).toString(), id);
    QCOMPARE(keysOf(fired.first().at(1).value<QList<QJsonObject>>()),
             (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(dispatcher.stats(id).pending, 0);
    QCOMPARE(dispatcher.stats(id).events, 2);
    QVERIFY(!dispatcher.flush(id)); // nothing left
    QVERIFY(!dispatcher.flush(QStringLiteral("no-such-trigger")));
    QCOMPARE(fired.size(), 1);
}

void TestTriggerDispatcher::removeTriggerStopsIt()
{
    TriggerDispatcher dispatcher;
    QSignalSpy fired(&dispatcher, &TriggerDispatcher::fired);
    const QString removed =
        dispatcher.addTrigger(trigger(TriggerKind::RecordInserted, QStringLiteral("Orders"), 50));
    const QString kept =
        dispatcher.addTrigger(trigger(TriggerKind::RecordInserted, QStringLiteral("Orders"), 50));
    dispatcher.deliver({record(QStringLiteral("INSERT"), QStringLiteral("a"), 1)});
    QVERIFY(dispatcher.removeTrigger(removed));
    QVERIFY(!dispatcher.removeTrigger(removed));
    QCOMPARE(dispatcher.triggers().size(), 1);
    QCOMPARE(dispatcher.stats(removed).pending, 0);

    QTRY_COMPARE(firingsOf(fired, kept).size(), 1);
    dispatcher.deliver({record(QStringLiteral("INSERT"), QStringLiteral("b"), 2)});
    QTRY_COMPARE(firingsOf(fired, kept).size(), 2);
    QVERIFY(firingsOf(fired, removed).isEmpty());

    // A slot may remove the trigger that is firing.
    connect(&dispatcher, &TriggerDispatcher::fired, &dispatcher,
            [&dispatcher](const QString &id) { dispatcher.removeTrigger(id); });
    dispatcher.deliver({record(QStringLiteral("INSERT"), QStringLiteral("c"), 3)});
    QTRY_COMPARE(firingsOf(fired, kept).size(), 3);
    QVERIFY(dispatcher.triggers().isEmpty());
}

QTEST_GUILESS_MAIN(TestTriggerDispatcher)
#include "tst_triggerdispatcher.moc"
