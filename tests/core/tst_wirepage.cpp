// Scan and Query pages read with simdjson: the same items as Qt's parser gives, the item JSON
// exactly as sent, the rest of the response intact, and a clear error for a damaged page.
#include "dynamo/attributevalue.h"
#include "dynamo/wirepage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dyna::dynamo;

namespace {

// Every type, nesting, escapes, non-ASCII text and exact numbers.
const QByteArray kItems = R"([
 {"pk":{"S":"p1"},"sk":{"N":"1"},"text":{"S":"tab\tquote\" back\\ slash \u00e9\u4e2d\ud83d\ude00"}},
 {"pk":{"S":"p1"},"sk":{"N":"2"},"price":{"N":"12345678901234567890.123456789"},
  "blob":{"B":"AAEC"},"flag":{"BOOL":false},"none":{"NULL":true},
  "ss":{"SS":["a","b"]},"ns":{"NS":["1","2.5"]},"bs":{"BS":["AA==","AQ=="]},
  "list":{"L":[{"S":"x"},{"N":"3"},{"L":[]},{"M":{}}]},
  "map":{"M":{"inner":{"M":{"deep":{"S":"}]{["}}},"a.b":{"S":"dotted"}}}},
 {"pk":{"S":"p2"},"sk":{"N":"-0.5"},"empty":{"S":""}}
])";

QByteArray page(const QByteArray &items, bool compact)
{
    const QByteArray body = "{\"Count\":3,\"Items\":" + items +
                            ",\"LastEvaluatedKey\":{\"pk\":{\"S\":\"p2\"},\"sk\":{\"N\":\"-0.5\"}},"
                            "\"ScannedCount\":5,\"ConsumedCapacity\":{\"TableName\":\"T\","
                            "\"CapacityUnits\":1.5}}";
    return compact ? QJsonDocument::fromJson(body).toJson(QJsonDocument::Compact) : body;
}

QList<Item> qtItems(const QByteArray &body)
{
    QList<Item> items;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(body).object().value(QLatin1String("Items")).toArray())
        items.append(itemFromWire(value.toObject()));
    return items;
}

} // namespace

class TestWirePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodedItemsMatchQtParser_data();
    void decodedItemsMatchQtParser();
    void jsonFormKeepsEachItemAsSent_data();
    void jsonFormKeepsEachItemAsSent();
    void envelopeHoldsEverythingButTheItems();
    void namesAreSharedBetweenItems();
    void damagedPagesAreRefused_data();
    void damagedPagesAreRefused();
    void fromItemsMatchesRead();
};

void TestWirePage::decodedItemsMatchQtParser_data()
{
    QTest::addColumn<bool>("compact");
    QTest::newRow("as DynamoDB sends it") << true;
    QTest::newRow("with whitespace") << false;
}

void TestWirePage::decodedItemsMatchQtParser()
{
    QFETCH(bool, compact);
    const QByteArray body = page(kItems, compact);
    QString error;
    const auto read = WirePage::read(body, WirePage::Items::Decoded, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(read->items.size(), 3);
    QCOMPARE(read->items, qtItems(body));
    QCOMPARE(read->items.at(1).value(QStringLiteral("price")).numberText(),
             QStringLiteral("12345678901234567890.123456789"));
    QCOMPARE(read->items.at(0).value(QStringLiteral("text")).string(),
             QStringLiteral("tab\tquote\" back\\ slash \u00e9\u4e2d") + QString::fromUtf8("😀"));
    QVERIFY(read->itemJson.isEmpty());
}

void TestWirePage::jsonFormKeepsEachItemAsSent_data()
{
    decodedItemsMatchQtParser_data();
}

void TestWirePage::jsonFormKeepsEachItemAsSent()
{
    QFETCH(bool, compact);
    const QByteArray body = page(kItems, compact);
    QString error;
    const auto read = WirePage::read(body, WirePage::Items::Json, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->itemJson.size(), 3);
    QCOMPARE(read->size(), 3);
    const QList<Item> expected = qtItems(body);
    const QJsonArray wire =
        QJsonDocument::fromJson(body).object().value(QLatin1String("Items")).toArray();
    for (qsizetype i = 0; i < 3; ++i) {
        // The text of the item itself, cut from the body, not written out again.
        if (compact)
            QVERIFY(body.contains(read->itemJson.at(i)));
        const QJsonDocument document = QJsonDocument::fromJson(read->itemJson.at(i));
        QVERIFY(document.isObject());
        QCOMPARE(document.object(), wire.at(i).toObject());
        QCOMPARE(itemFromWire(document.object()), expected.at(i));
        QStringList names = read->itemNames.at(i);
        names.sort();
        QCOMPARE(names, QStringList(expected.at(i).keys()));
    }
}

void TestWirePage::envelopeHoldsEverythingButTheItems()
{
    QString error;
    const auto read = WirePage::read(page(kItems, true), WirePage::Items::Json, &error);
    QVERIFY(read);
    QVERIFY(!read->envelope.contains(QLatin1String("Items")));
    QCOMPARE(read->envelope.value(QLatin1String("Count")).toInt(), 3);
    QCOMPARE(read->envelope.value(QLatin1String("ScannedCount")).toInt(), 5);
    QCOMPARE(read->envelope.value(QLatin1String("ConsumedCapacity"))
                 .toObject()
                 .value(QLatin1String("CapacityUnits"))
                 .toDouble(),
             1.5);
    const QJsonObject lastKey = read->envelope.value(QLatin1String("LastEvaluatedKey")).toObject();
    QCOMPARE(itemFromWire(lastKey).value(QStringLiteral("sk")).numberText(),
             QStringLiteral("-0.5"));
}

void TestWirePage::namesAreSharedBetweenItems()
{
    QString error;
    const auto read = WirePage::read(page(kItems, true), WirePage::Items::Json, &error);
    QVERIFY(read);
    // One string per name, shared: a million rows must not hold a million copies of "pk".
    const QStringList &first = read->itemNames.at(0);
    const QStringList &last = read->itemNames.at(2);
    const QString &pk = first.at(first.indexOf(QStringLiteral("pk")));
    QVERIFY(pk.isSharedWith(last.at(last.indexOf(QStringLiteral("pk")))));
}

void TestWirePage::damagedPagesAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << page(kItems, true).chopped(40)
                               << QStringLiteral("not valid JSON");
    QTest::newRow("not JSON") << QByteArray("<html>Bad Gateway</html>")
                              << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
    QTest::newRow("items not an array") << QByteArray(R"({"Items":{"pk":{"S":"a"}}})")
                                        << QStringLiteral("\"Items\" is not an array");
    QTest::newRow("wrong type code")
        << QByteArray(R"({"Items":[{"pk":{"S":"a"}},{"pk":{"X":"b"}}]})")
        << QStringLiteral("Item 1: pk: Unknown type");
    QTest::newRow("number that is not one")
        << QByteArray(R"({"Items":[{"n":{"N":"12abc"}}]})") << QStringLiteral("Item 0: n:");
    QTest::newRow("not UTF-8") << QByteArray("{\"Items\":[{\"s\":{\"S\":\"\xff\xfe\"}}]}")
                               << QStringLiteral("not valid JSON");
}

void TestWirePage::damagedPagesAreRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!WirePage::read(body, WirePage::Items::Decoded, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestWirePage::fromItemsMatchesRead()
{
    const QByteArray body = page(kItems, true);
    const WirePage built = WirePage::fromItems(
        QJsonDocument::fromJson(body).object().value(QLatin1String("Items")).toArray());
    QString error;
    const auto read = WirePage::read(body, WirePage::Items::Json, &error);
    QVERIFY(read);
    QCOMPARE(built.size(), read->size());
    for (qsizetype i = 0; i < built.size(); ++i) {
        QCOMPARE(QJsonDocument::fromJson(built.itemJson.at(i)),
                 QJsonDocument::fromJson(read->itemJson.at(i)));
    }
    WirePage twice = built;
    twice.append(built);
    QCOMPARE(twice.size(), 2 * built.size());
}

QTEST_GUILESS_MAIN(TestWirePage)
#include "tst_wirepage.moc"
