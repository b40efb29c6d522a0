// Triggers as the seed writes them: the JSON shapes, schedules, and the sentences that say what
// is wrong with a trigger before it runs.

#include "streams/triggerspec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dyna::streams;

Q_DECLARE_METATYPE(dyna::streams::TriggerKind)

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestTriggerSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedStreamTrigger();
    void seedItemPolledTrigger();
    void everyKindRoundTrips_data();
    void everyKindRoundTrips();
    void defaultScheduleWhenAbsent_data();
    void defaultScheduleWhenAbsent();
    void parseSchedule_data();
    void parseSchedule();
    void refusedSchedule_data();
    void refusedSchedule();
    void refusedTrigger_data();
    void refusedTrigger();
    void description_data();
    void description();
};

void TestTriggerSpec::seedStreamTrigger()
{
    QString error;
    const std::optional<TriggerSpec> spec = TriggerSpec::fromJson(
        parse(R"({"trigger":"streamRecordInserted","target":{"tableName":"Orders"},
                  "schedule":"30s","fromLatest":true})"),
        &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->kind, TriggerKind::RecordInserted);
    QCOMPARE(spec->tableName, QStringLiteral("Orders"));
    QCOMPARE(spec->scheduleMs, 30000);
    QVERIFY(spec->fromLatest);
    QVERIFY(spec->id.isEmpty());
}

void TestTriggerSpec::seedItemPolledTrigger()
{
    QString error;
    const std::optional<TriggerSpec> spec =
        TriggerSpec::fromJson(parse(R"({"trigger":"itemPolled","tableName":"LegacyInventory",
                  "keyAttributes":["pk","sk"],"schedule":"5m"})"),
                              &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->kind, TriggerKind::ItemPolled);
    QCOMPARE(spec->tableName, QStringLiteral("LegacyInventory"));
    QCOMPARE(spec->keyAttributes, (QStringList{QStringLiteral("pk"), QStringLiteral("sk")}));
    QCOMPARE(spec->scheduleMs, 5 * 60 * 1000);
    QVERIFY(!spec->fromLatest);

    // Written back in the seed's shape.
    const QJsonObject json = spec->toJson();
    QCOMPARE(json.value(QStringLiteral("trigger")).toString(), QStringLiteral("itemPolled"));
    QCOMPARE(json.value(QStringLiteral("tableName")).toString(), QStringLiteral("LegacyInventory"));
    QCOMPARE(json.value(QStringLiteral("schedule")).toString(), QStringLiteral("5m"));
    QCOMPARE(json.value(QStringLiteral("keyAttributes")).toArray().size(), 2);
}

void TestTriggerSpec::everyKindRoundTrips_data()
{
    QTest::addColumn<TriggerKind>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("inserted") << TriggerKind::RecordInserted << "streamRecordInserted";
    QTest::newRow("modified") << TriggerKind::RecordModified << "streamRecordModified";
    QTest::newRow("removed") << TriggerKind::RecordRemoved << "streamRecordRemoved";
    QTest::newRow("shard") << TriggerKind::ShardOpened << "streamShardOpened";
    QTest::newRow("polled") << TriggerKind::ItemPolled << "itemPolled";
}

void TestTriggerSpec::everyKindRoundTrips()
{
    QFETCH(TriggerKind, kind);
    QFETCH(QString, name);
    QCOMPARE(triggerName(kind), name);
    QCOMPARE(triggerKindFromName(name), kind);

    TriggerSpec spec;
    spec.id = QStringLiteral("t-1");
    spec.kind = kind;
    spec.tableName = QStringLiteral("Orders.v2");
    spec.scheduleMs = 90000;
    spec.fromLatest = kind != TriggerKind::ItemPolled;
    if (kind == TriggerKind::ItemPolled)
        spec.keyAttributes = QStringList{QStringLiteral("pk")};

    const QJsonObject json = spec.toJson();
    QCOMPARE(json.value(QStringLiteral("trigger")).toString(), name);
    QCOMPARE(json.value(QStringLiteral("schedule")).toString(), QStringLiteral("90s"));
    if (kind != TriggerKind::ItemPolled) {
        QCOMPARE(json.value(QStringLiteral("target"))
                     .toObject()
                     .value(QStringLiteral("tableName"))
                     .toString(),
                 spec.tableName);
    }
    QString error;
    const std::optional<TriggerSpec> back = TriggerSpec::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->id, spec.id);
    QCOMPARE(back->kind, spec.kind);
    QCOMPARE(back->tableName, spec.tableName);
    QCOMPARE(back->scheduleMs, spec.scheduleMs);
    QCOMPARE(back->fromLatest, spec.fromLatest);
    QCOMPARE(back->keyAttributes, spec.keyAttributes);
}

void TestTriggerSpec::defaultScheduleWhenAbsent_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("stream trigger: a minute")
        << QByteArray(R"({"trigger":"streamRecordModified","target":{"tableName":"Products"}})")
        << qint64(60000);
    QTest::newRow("itemPolled: five minutes")
        << QByteArray(R"({"trigger":"itemPolled","tableName":"Legacy","keyAttributes":["pk"]})")
        << qint64(300000);
}

void TestTriggerSpec::defaultScheduleWhenAbsent()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, expected);
    QString error;
    const std::optional<TriggerSpec> spec =
        TriggerSpec::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->scheduleMs, expected);
    QCOMPARE(spec->scheduleMs, defaultScheduleMs(spec->kind));
}

void TestTriggerSpec::parseSchedule_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("formatted");
    QTest::addColumn<QString>("spoken");
    QTest::newRow("500ms") << "500ms" << qint64(500) << "500ms"
                           << "500 ms";
    QTest::newRow("30s") << "30s" << qint64(30000) << "30s"
                         << "30 s";
    QTest::newRow("1m") << "1m" << qint64(60000) << "1m"
                        << "1 min";
    QTest::newRow("5m") << "5m" << qint64(300000) << "5m"
                        << "5 min";
    QTest::newRow("1h") << "1h" << qint64(3600000) << "1h"
                        << "1 h";
    QTest::newRow("60s is a minute") << "60s" << qint64(60000) << "1m"
                                     << "1 min";
    QTest::newRow("1500ms") << "1500ms" << qint64(1500) << "1500ms"
                            << "1500 ms";
    QTest::newRow("24h") << "24h" << qint64(86400000) << "24h"
                         << "24 h";
}

void TestTriggerSpec::parseSchedule()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QFETCH(QString, formatted);
    QFETCH(QString, spoken);
    QString error;
    QCOMPARE(TriggerSpec::parseSchedule(text, &error), ms);
    QVERIFY(error.isEmpty());
    QCOMPARE(TriggerSpec::formatSchedule(ms), formatted);
    QCOMPARE(TriggerSpec::describeSchedule(ms), spoken);
}

void TestTriggerSpec::refusedSchedule_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("zero") << "0s";
    QTest::newRow("negative") << "-1m";
    QTest::newRow("unknown unit") << "1x";
    QTest::newRow("fraction") << "1.5m";
    QTest::newRow("no unit") << "30";
    QTest::newRow("over a day") << "25h";
    QTest::newRow("overflow") << "99999999999999999999ms";
}

void TestTriggerSpec::refusedSchedule()
{
    QFETCH(QString, text);
    QString error;
    QCOMPARE(TriggerSpec::parseSchedule(text, &error), -1);
    QVERIFY2(error.contains(QLatin1Char('"') + text + QLatin1Char('"')), qPrintable(error));
    QVERIFY(error.endsWith(QLatin1Char('.')));

    // The same sentence when it comes in a trigger.
    QJsonObject json{{QStringLiteral("trigger"), QStringLiteral("streamRecordInserted")},
                     {QStringLiteral("target"),
                      QJsonObject{{QStringLiteral("tableName"), QStringLiteral("Orders")}}},
                     {QStringLiteral("schedule"), text}};
    QString triggerError;
    QVERIFY(!TriggerSpec::fromJson(json, &triggerError));
    QCOMPARE(triggerError, error);
}

void TestTriggerSpec::refusedTrigger_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("unknown trigger")
        << QByteArray(R"({"trigger":"streamRecordUpserted","target":{"tableName":"Orders"}})")
        << QStringList{"streamRecordUpserted", "streamRecordInserted", "streamRecordModified",
                       "streamRecordRemoved",  "streamShardOpened",    "itemPolled"};
    QTest::newRow("no trigger name") << QByteArray(R"({"target":{"tableName":"Orders"}})")
                                     << QStringList{"streamRecordInserted", "itemPolled"};
    QTest::newRow("missing tableName")
        << QByteArray(R"({"trigger":"streamRecordRemoved","target":{}})")
        << QStringList{"streamRecordRemoved", "tableName"};
    QTest::newRow("table name too short")
        << QByteArray(R"({"trigger":"streamRecordRemoved","target":{"tableName":"ab"}})")
        << QStringList{"\"ab\"", "3 to 255"};
    QTest::newRow("table name with a space")
        << QByteArray(R"({"trigger":"streamShardOpened","target":{"tableName":"My Orders"}})")
        << QStringList{"\"My Orders\"", "3 to 255"};
    QTest::newRow("table name too long")
        << (QByteArray(R"({"trigger":"streamShardOpened","target":{"tableName":")") +
            QByteArray(256, 'a') + QByteArray(R"("}})"))
        << QStringList{"3 to 255"};
    QTest::newRow("itemPolled without keyAttributes")
        << QByteArray(R"({"trigger":"itemPolled","tableName":"LegacyInventory"})")
        << QStringList{"LegacyInventory", "keyAttributes"};
    QTest::newRow("itemPolled with three key attributes")
        << QByteArray(R"({"trigger":"itemPolled","tableName":"LegacyInventory",
                          "keyAttributes":["a","b","c"]})")
        << QStringList{"LegacyInventory", "3 key attributes"};
    QTest::newRow("schedule not text")
        << QByteArray(R"({"trigger":"streamRecordInserted","target":{"tableName":"Orders"},
                          "schedule":30})")
        << QStringList{"schedule", "\"30s\""};
}

void TestTriggerSpec::refusedTrigger()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QVERIFY(!object.isEmpty());
    QString error;
    QVERIFY(!TriggerSpec::fromJson(object, &error));
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(error.contains(mention), qPrintable(error));
    QVERIFY(error.endsWith(QLatin1Char('.')));
}

void TestTriggerSpec::description_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("inserted")
        << QByteArray(R"({"trigger":"streamRecordInserted","target":{"tableName":"Orders"},
                          "schedule":"30s"})")
        << "New items in Orders, every 30 s";
    QTest::newRow("modified")
        << QByteArray(R"({"trigger":"streamRecordModified","target":{"tableName":"Products"}})")
        << "Changed items in Products, every 1 min";
    QTest::newRow("removed")
        << QByteArray(R"({"trigger":"streamRecordRemoved","target":{"tableName":"Orders"},
                          "schedule":"500ms"})")
        << "Removed items in Orders, every 500 ms";
    QTest::newRow("shard") << QByteArray(
                                  R"({"trigger":"streamShardOpened","target":{"tableName":"Orders"},
                          "schedule":"1h"})")
                           << "New shards in the stream of Orders, every 1 h";
    QTest::newRow("polled")
        << QByteArray(R"({"trigger":"itemPolled","tableName":"LegacyInventory",
                          "keyAttributes":["pk","sk"],"schedule":"5m"})")
        << "New and changed items in LegacyInventory found by a scan, every 5 min";
}

void TestTriggerSpec::description()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    const std::optional<TriggerSpec> spec =
        TriggerSpec::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->description(), expected);
}

QTEST_GUILESS_MAIN(TestTriggerSpec)
#include "tst_triggerspec.moc"
