#include "dynamo/attributevalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dyna::dynamo;
using Type = AttributeValue::Type;

namespace {

QJsonObject jsonObject(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

// Every type, nested, as DynamoDB would send it.
const QByteArray kEveryType = R"({
  "pk": {"S": "customer#1"},
  "n": {"N": "-12.5"},
  "big": {"N": "12345678901234567891"},
  "b": {"B": "AAEC/w=="},
  "empty_b": {"B": ""},
  "t": {"BOOL": true},
  "f": {"BOOL": false},
  "z": {"NULL": true},
  "ss": {"SS": ["red", "green", ""]},
  "ns": {"NS": ["1", "-0.5", "1E+125"]},
  "bs": {"BS": ["AQ==", "AgM="]},
  "l": {"L": [{"S": "x"}, {"N": "2"}, {"L": []}, {"M": {"k": {"NULL": true}}}]},
  "m": {"M": {"inner": {"M": {"deep": {"L": [{"SS": ["a"]}, {"BOOL": false}]}}},
              "a.b": {"S": "dotted"}, "empty": {"M": {}}}}
})";

QByteArray nestedLists(int containers)
{
    QByteArray value = R"({"S": "x"})";
    for (int i = 0; i < containers; ++i)
        value = R"({"L": [)" + value + "]}";
    return R"({"deep": )" + value + "}";
}

} // namespace

class TestAttributeValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scalars();
    void sets();
    void listsAndMaps();
    void accessorsOfOtherTypesAreEmpty();
    void copiesShareData();
    void typeCodes();
    void wireRoundTripEveryType();
    void wireTextRoundTripEveryType();
    void numbersAreCanonicalisedOnInput();
    void twentyDigitIntegerStaysExact();
    void base64AsDynamoDbAcceptsIt();
    void wireErrors_data();
    void wireErrors();
    void largeSetDuplicateFound();
    void nestingLimit();
    void errorClearedOnSuccess();
    void factoryErrors();
    void setsCompareWithoutOrder();
    void wireTextKeyOrder();
    void wireTextSyntaxError();
};

void TestAttributeValue::scalars()
{
    QVERIFY(!AttributeValue().isValid());
    QCOMPARE(AttributeValue().type(), Type::Invalid);
    QCOMPARE(AttributeValue::null().type(), Type::Null);
    QVERIFY(AttributeValue::fromBool(true).toBool());
    QVERIFY(!AttributeValue::fromBool(false).toBool());
    QCOMPARE(AttributeValue::fromString(QStringLiteral("héllo")).string(), QStringLiteral("héllo"));
    QCOMPARE(AttributeValue::fromNumber(u"0001.2300").numberText(), QStringLiteral("1.23"));
    QCOMPARE(AttributeValue::fromBinary(QByteArray("\x00\x01", 2)).binary(),
             QByteArray("\x00\x01", 2));
    QVERIFY(AttributeValue::fromString({}).isScalar());
    QVERIFY(!AttributeValue::fromList({}).isScalar());
}

void TestAttributeValue::sets()
{
    const auto ss = AttributeValue::fromStringSet({"b", "a"});
    QCOMPARE(ss.type(), Type::StringSet);
    QCOMPARE(ss.stringSet(), QStringList({"b", "a"}));
    QVERIFY(ss.isSet());
    QCOMPARE(ss.size(), 2);

    const auto ns = AttributeValue::fromNumberSet({"1.50", "-0", "1e3"});
    QCOMPARE(ns.type(), Type::NumberSet);
    QCOMPARE(ns.numberSet(), QStringList({"1.5", "0", "1000"}));

    const auto bs = AttributeValue::fromBinarySet({QByteArray("\x01"), QByteArray("\x02")});
    QCOMPARE(bs.type(), Type::BinarySet);
    QCOMPARE(bs.binarySet().size(), 2);
}

void TestAttributeValue::listsAndMaps()
{
    const auto list = AttributeValue::fromList(
        {AttributeValue::fromString("x"), AttributeValue::fromNumber(u"2")});
    QCOMPARE(list.type(), Type::List);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.list().at(1).numberText(), QStringLiteral("2"));

    AttributeMap entries;
    entries.insert("k", list);
    const auto map = AttributeValue::fromMap(entries);
    QCOMPARE(map.type(), Type::Map);
    QCOMPARE(map.map().value("k"), list);
    QVERIFY(!map.map().value("absent").isValid());
}

void TestAttributeValue::accessorsOfOtherTypesAreEmpty()
{
    const auto s = AttributeValue::fromString("1");
    QVERIFY(s.numberText().isEmpty());
    QVERIFY(s.binary().isEmpty());
    QVERIFY(s.list().isEmpty());
    QVERIFY(s.map().isEmpty());
    QVERIFY(s.stringSet().isEmpty());
    QVERIFY(!s.toBool());
    QCOMPARE(s.size(), 0);
    QVERIFY(AttributeValue::fromNumber(u"1").string().isEmpty());
}

void TestAttributeValue::copiesShareData()
{
    // Rows of a million items are copied around; a copy must not duplicate contents.
    QVERIFY(sizeof(AttributeValue) <= 32);
    AttributeList elements;
    for (int i = 0; i < 1000; ++i)
        elements.append(AttributeValue::fromString(QString::number(i)));
    const auto list = AttributeValue::fromList(elements);
    const AttributeValue copy = list; // NOLINT(performance-unnecessary-copy-initialization)
    QCOMPARE(&copy.list(), &list.list());

    const auto text = AttributeValue::fromString(QString(1000, QLatin1Char('x')));
    const AttributeValue textCopy = text; // NOLINT(performance-unnecessary-copy-initialization)
    QCOMPARE(textCopy.string().constData(), text.string().constData());
}

void TestAttributeValue::typeCodes()
{
    const QStringList codes = {"NULL", "BOOL", "S", "N", "B", "SS", "NS", "BS", "L", "M"};
    for (const QString &code : codes) {
        const Type type = AttributeValue::typeFromCode(code);
        QVERIFY2(type != Type::Invalid, qPrintable(code));
        QCOMPARE(QString(AttributeValue::typeCode(type)), code);
    }
    QCOMPARE(AttributeValue::typeFromCode(u"s"), Type::Invalid);
    QCOMPARE(AttributeValue::typeFromCode(u"X"), Type::Invalid);
}

void TestAttributeValue::wireRoundTripEveryType()
{
    const QJsonObject wire = jsonObject(kEveryType);
    QString error;
    const Item item = itemFromWire(wire, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(item.size(), wire.size());

    QCOMPARE(item.value("pk").string(), QStringLiteral("customer#1"));
    QCOMPARE(item.value("n").numberText(), QStringLiteral("-12.5"));
    QCOMPARE(item.value("b").binary(), QByteArray("\x00\x01\x02\xff", 4));
    QCOMPARE(item.value("empty_b").type(), Type::Binary);
    QVERIFY(item.value("t").toBool());
    QCOMPARE(item.value("z").type(), Type::Null);
    QCOMPARE(item.value("ss").stringSet(), QStringList({"red", "green", ""}));
    QCOMPARE(item.value("ns").numberSet().at(2), QLatin1String("1") + QString(125, u'0'));
    QCOMPARE(item.value("bs").binarySet().at(1), QByteArray("\x02\x03"));
    const AttributeValue deep =
        item.value("m").map().value("inner").map().value("deep").list().at(0);
    QCOMPARE(deep.stringSet(), QStringList({"a"}));
    QCOMPARE(item.value("l").list().at(3).map().value("k").type(), Type::Null);

    // Back to wire: identical except numbers, which come back canonical.
    QJsonObject expected = wire;
    QJsonObject ns = expected.value("ns").toObject();
    ns.insert("NS", QJsonArray{"1", "-0.5", QLatin1String("1") + QString(125, u'0')});
    expected.insert("ns", ns);
    QCOMPARE(itemToWire(item), expected);
    QCOMPARE(itemFromWire(itemToWire(item)), item);
}

void TestAttributeValue::wireTextRoundTripEveryType()
{
    QString error;
    const Item item = itemFromWireText(kEveryType, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(item, itemFromWire(jsonObject(kEveryType)));

    for (const auto format : {JsonFormat::Compact, JsonFormat::Indented}) {
        const QByteArray text = itemToWireText(item, format);
        QCOMPARE(itemFromWireText(text, &error), item);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Readable by QJsonDocument too (numbers are strings on the wire).
        QCOMPARE(itemFromWire(jsonObject(text)), item);
    }
}

void TestAttributeValue::numbersAreCanonicalisedOnInput()
{
    const Item item =
        itemFromWireText(R"({"a": {"N": "01.50"}, "b": {"N": "-0"}, "c": {"N": "1e5"}})");
    QCOMPARE(item.value("a").numberText(), QStringLiteral("1.5"));
    QCOMPARE(item.value("b").numberText(), QStringLiteral("0"));
    QCOMPARE(item.value("c").numberText(), QStringLiteral("100000"));
}

void TestAttributeValue::twentyDigitIntegerStaysExact()
{
    const Item item = itemFromWireText(R"({"id": {"N": "98765432109876543210"}})");
    QCOMPARE(item.value("id").numberText(), QStringLiteral("98765432109876543210"));
    QVERIFY(itemToWireText(item, JsonFormat::Compact).contains("\"98765432109876543210\""));
}

void TestAttributeValue::base64AsDynamoDbAcceptsIt()
{
    // DynamoDB Local accepts non-zero padding bits and answers with the canonical encoding.
    const auto value = AttributeValue::fromWire(jsonObject(R"({"v": {"B": "AQJ="}})").value("v"));
    QCOMPARE(value.binary(), QByteArray("\x01\x02"));
    QCOMPARE(value.toWire().value("B").toString(), QStringLiteral("AQI="));

    QCOMPARE(decodeBase64Strict(u"").value_or("x"), QByteArray());
    QCOMPARE(decodeBase64Strict(u"+/8=").value_or(QByteArray()), QByteArray("\xfb\xff"));
    for (const char16_t *bad :
         {u"AQ", u"A@==", u"A Q I =", u"AQ=I", u"A===", u"AQI=\n", u"-_8=", u"AQ==AQ=="}) {
        QVERIFY2(!decodeBase64Strict(bad).has_value(), qPrintable(QString::fromUtf16(bad)));
    }
}

void TestAttributeValue::wireErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("bad number deep in a list")
        << QByteArray(R"({"orders": {"L": [{"M": {}}, {"M": {}},
                      {"M": {"price": {"N": "1.2.3"}}}]}})")
        << R"(orders[2].price: "1.2.3" is not a number.)";
    QTest::newRow("number too precise")
        << QByteArray(R"({"n": {"N": "123456789012345678901234567890123456789"}})")
        << "n: \"123456789012345678901234567890123456789\" has more than 38 significant digits";
    QTest::newRow("number too large")
        << QByteArray(R"({"n": {"N": "1E+126"}})") << "n: \"1E+126\" is too large";
    QTest::newRow("number as JSON number")
        << QByteArray(R"({"n": {"N": 123}})")
        << R"(n: The value of "N" must be a string such as {"N": "1.5"}, but it is a number.)";
    QTest::newRow("empty string set")
        << QByteArray(R"({"tags": {"SS": []}})") << "tags: A string set cannot be empty";
    QTest::newRow("empty number set")
        << QByteArray(R"({"m": {"M": {"s": {"NS": []}}}})") << "m.s: A number set cannot be empty";
    QTest::newRow("empty binary set")
        << QByteArray(R"({"s": {"BS": []}})") << "s: A binary set cannot be empty";
    QTest::newRow("duplicate strings") << QByteArray(R"({"tags": {"SS": ["a", "b", "a"]}})")
                                       << R"(tags: The string set contains "a" more than once.)";
    QTest::newRow("duplicate numbers by value")
        << QByteArray(R"({"n": {"NS": ["1", "2", "1.0"]}})")
        << R"(n: The number set contains the same number twice: "1" and "1.0".)";
    QTest::newRow("duplicate numbers by text")
        << QByteArray(R"({"n": {"NS": ["7", "7"]}})")
        << R"(n: The number set contains "7" more than once.)";
    QTest::newRow("duplicate numbers negative zero")
        << QByteArray(R"({"n": {"NS": ["0", "-0"]}})") << "n: The number set contains the same";
    QTest::newRow("duplicate bytes")
        << QByteArray(R"({"b": {"BS": ["AQI=", "AQJ="]}})")
        << "b: The binary set contains the same bytes twice (members 0 and 1).";
    QTest::newRow("bad number in set")
        << QByteArray(R"({"n": {"NS": ["1", "x"]}})") << R"(n[1]: "x" is not a number.)";
    QTest::newRow("number set member not a string")
        << QByteArray(R"({"n": {"NS": [1]}})")
        << R"(n[0]: Each member of "NS" must be a string, but this one is a number.)";
    QTest::newRow("invalid base64")
        << QByteArray(R"({"b": {"B": "AQ"}})") << R"(b: "AQ" is not valid base64.)";
    QTest::newRow("invalid base64 in set")
        << QByteArray(R"({"b": {"BS": ["AQ==", "A@=="]}})") << R"(b[1]: "A@==" is not valid)";
    QTest::newRow("two types") << QByteArray(R"({"x": {"S": "a", "N": "1"}})")
                               << "x: The attribute value has 2 types";
    QTest::newRow("no type") << QByteArray(R"({"x": {}})") << "x: The attribute value is empty";
    QTest::newRow("unknown type") << QByteArray(R"({"x": {"Q": "1"}})")
                                  << R"(x: Unknown type "Q"; expected one of S, N)";
    QTest::newRow("lower-case type") << QByteArray(R"({"x": {"s": "1"}})") << "x: Unknown type";
    QTest::newRow("NULL false") << QByteArray(R"({"x": {"NULL": false}})")
                                << "x: A NULL value must be written";
    QTest::newRow("BOOL as string")
        << QByteArray(R"({"x": {"BOOL": "true"}})")
        << R"(x: The value of "BOOL" must be true or false, but it is a string.)";
    QTest::newRow("S as number") << QByteArray(R"({"x": {"S": 5}})")
                                 << R"(x: The value of "S" must be a string, but it is a number.)";
    QTest::newRow("L as object")
        << QByteArray(R"({"x": {"L": {}}})")
        << R"(x: The value of "L" must be an array of attribute values, but it is an object.)";
    QTest::newRow("plain value") << QByteArray(R"({"x": "plain"})")
                                 << "x: Expected an attribute value such as";
    QTest::newRow("empty name") << QByteArray(R"({"": {"S": "x"}})")
                                << R"([""]: An attribute name cannot be empty.)";
    QTest::newRow("empty nested name")
        << QByteArray(R"({"m": {"M": {"": {"S": "x"}}}})") << R"(m[""]: An attribute name)";
    QTest::newRow("dotted name is bracketed") << QByteArray(R"({"m": {"M": {"a.b": {"N": "x"}}}})")
                                              << R"(m["a.b"]: "x" is not a number.)";
    QTest::newRow("name with space is bracketed")
        << QByteArray(R"({"unit price": {"N": "?"}})") << R"(["unit price"]: "?" is not)";
}

void TestAttributeValue::wireErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);

    QString error;
    const Item item = itemFromWire(jsonObject(json), &error);
    QVERIFY(item.isEmpty());
    QVERIFY2(error.startsWith(expected), qPrintable(error));

    // The same document typed by a user gives the same answer.
    QString textError;
    QVERIFY(itemFromWireText(json, &textError).isEmpty());
    QCOMPARE(textError, error);
}

void TestAttributeValue::largeSetDuplicateFound()
{
    QJsonArray members;
    for (int i = 0; i < 1000; ++i)
        members.append(QString::number(i));
    members.append(QStringLiteral("500.000"));
    QString error;
    itemFromWire(QJsonObject{{"n", QJsonObject{{"NS", members}}}}, &error);
    QVERIFY2(error.contains(QLatin1String("\"500\" and \"500.000\"")), qPrintable(error));
}

void TestAttributeValue::nestingLimit()
{
    // DynamoDB Local accepts 31 nested lists around a value and refuses 32.
    QString error;
    QVERIFY(!itemFromWireText(nestedLists(kMaxNestedContainers), &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(itemFromWireText(nestedLists(kMaxNestedContainers + 1), &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("32 levels")), qPrintable(error));
    QVERIFY2(error.startsWith(QLatin1String("deep[0][0]")), qPrintable(error));
}

void TestAttributeValue::errorClearedOnSuccess()
{
    QString error = QStringLiteral("stale");
    const auto value = AttributeValue::fromWire(QJsonObject{{"S", "x"}}, &error);
    QVERIFY(value.isValid());
    QVERIFY(error.isEmpty());
    error = QStringLiteral("stale");
    QVERIFY(itemFromWire(QJsonObject{}, &error).isEmpty());
    QVERIFY(error.isEmpty());
}

void TestAttributeValue::factoryErrors()
{
    QString error;
    QVERIFY(!AttributeValue::fromNumber(u"NaN", &error).isValid());
    QCOMPARE(error, QStringLiteral("\"NaN\" is not a number."));
    QVERIFY(!AttributeValue::fromStringSet({}, &error).isValid());
    QVERIFY(error.contains(QLatin1String("cannot be empty")));
    QVERIFY(!AttributeValue::fromNumberSet({"1", "01"}, &error).isValid());
    QVERIFY(error.contains(QLatin1String("same number twice")));
    QVERIFY(!AttributeValue::fromNumberSet({"1", "x"}, &error).isValid());
    QVERIFY2(error.startsWith(QLatin1String("[1]: ")), qPrintable(error));
    QVERIFY(!AttributeValue::fromBinarySet({"a", "a"}, &error).isValid());
    QVERIFY(error.contains(QLatin1String("same bytes")));
}

void TestAttributeValue::setsCompareWithoutOrder()
{
    QCOMPARE(AttributeValue::fromStringSet({"a", "b"}), AttributeValue::fromStringSet({"b", "a"}));
    QCOMPARE(AttributeValue::fromNumberSet({"1.0", "2"}),
             AttributeValue::fromNumberSet({"2", "1"}));
    QVERIFY(AttributeValue::fromStringSet({"a", "b"}) != AttributeValue::fromStringSet({"a"}));
    QVERIFY(AttributeValue::fromStringSet({"a"}) != AttributeValue::fromString("a"));
    QVERIFY(AttributeValue::fromList({AttributeValue::fromString("a"), AttributeValue::null()}) !=
            AttributeValue::fromList({AttributeValue::null(), AttributeValue::fromString("a")}));
    QCOMPARE(AttributeValue::fromNumber(u"1.50"), AttributeValue::fromNumber(u"1.5"));
    QVERIFY(AttributeValue::fromNumber(u"1") != AttributeValue::fromString("1"));
}

void TestAttributeValue::wireTextKeyOrder()
{
    const Item item = itemFromWireText(
        R"({"zeta": {"S": "z"}, "sk": {"N": "2"}, "alpha": {"S": "a"}, "pk": {"S": "p"}})");
    const QByteArray text = itemToWireText(item, JsonFormat::Compact, {"pk", "sk", "missing"});
    QCOMPARE(text, QByteArray(R"({"pk":{"S":"p"},"sk":{"N":"2"},"alpha":{"S":"a"},)"
                              R"("zeta":{"S":"z"}})"));
}

void TestAttributeValue::wireTextSyntaxError()
{
    QString error;
    QVERIFY(itemFromWireText("{\n  \"a\": {\"S\": \"x\"\n}", &error).isEmpty());
    QVERIFY2(error.startsWith(QLatin1String("Line 3, column 2: ")), qPrintable(error));
    QVERIFY(itemFromWireText("[1]", &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("must be an object")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestAttributeValue)
#include "tst_attributevalue.moc"
