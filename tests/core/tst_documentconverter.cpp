#include "dynamo/documentconverter.h"

#include <QTest>

using namespace dyna::dynamo;
using Type = AttributeValue::Type;

namespace {

// One item in both forms; the test checks they describe the same thing.
const QByteArray kDocument = R"({
  "id": 12345678901234567890,
  "price": 19.990,
  "name": "Widget",
  "active": true,
  "gone": null,
  "tags": {"$SS": ["red", "green"]},
  "scores": {"$NS": [1, "2.50", 1e3]},
  "blob": {"$B": "AAEC"},
  "blobs": {"$BS": ["AQ==", "Ag=="]},
  "orders": [{"sku": "x-1", "qty": 2}, [], {}],
  "meta": {"nested": {"deep": [1, [2, {"$SS": ["a"]}]]}},
  "$$B": "an attribute named $B",
  "$$$SS": "an attribute named $$SS",
  "$plain": "a $ key that is not a tag",
  "m": {"$N": "not a tag either"}
})";

const QByteArray kWire = R"({
  "id": {"N": "12345678901234567890"},
  "price": {"N": "19.99"},
  "name": {"S": "Widget"},
  "active": {"BOOL": true},
  "gone": {"NULL": true},
  "tags": {"SS": ["red", "green"]},
  "scores": {"NS": ["1", "2.5", "1000"]},
  "blob": {"B": "AAEC"},
  "blobs": {"BS": ["AQ==", "Ag=="]},
  "orders": {"L": [{"M": {"sku": {"S": "x-1"}, "qty": {"N": "2"}}}, {"L": []}, {"M": {}}]},
  "meta": {"M": {"nested": {"M": {"deep": {"L": [{"N": "1"},
           {"L": [{"N": "2"}, {"SS": ["a"]}]}]}}}}},
  "$B": {"S": "an attribute named $B"},
  "$$SS": {"S": "an attribute named $$SS"},
  "$plain": {"S": "a $ key that is not a tag"},
  "m": {"M": {"$N": {"S": "not a tag either"}}}
})";

QByteArray nestedArrays(int containers)
{
    return R"({"deep": )" + QByteArray(containers, '[') + "1" + QByteArray(containers, ']') + "}";
}

} // namespace

class TestDocumentConverter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentMatchesWire();
    void everyTypeRoundTrips();
    void twentyDigitIntegerKeepsAllDigits();
    void numbersAreWrittenCanonical();
    void keysAreEscapedWhenWritten_data();
    void keysAreEscapedWhenWritten();
    void indentedTextWithLeadingKeys();
    void errors_data();
    void errors();
    void nestingLimit();
    void syntaxErrorNamesLineAndColumn();
    void itemMustBeAnObject();
};

void TestDocumentConverter::documentMatchesWire()
{
    QString error;
    const Item fromDocument = itemFromDocumentText(kDocument, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Item fromWire = itemFromWireText(kWire, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(fromDocument, fromWire);

    QCOMPARE(fromDocument.value("blob").binary(), QByteArray("\x00\x01\x02", 3));
    QCOMPARE(fromDocument.value("m").type(), Type::Map);
    QVERIFY(fromDocument.contains("$B"));
    QVERIFY(fromDocument.contains("$$SS"));
}

void TestDocumentConverter::everyTypeRoundTrips()
{
    const Item item = itemFromWireText(kWire);
    QVERIFY(!item.isEmpty());
    for (const auto format : {JsonFormat::Compact, JsonFormat::Indented}) {
        const QByteArray text = itemToDocumentText(item, format);
        QString error;
        QCOMPARE(itemFromDocumentText(text, &error), item);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    // value -> document -> value for each attribute alone, too.
    for (auto it = item.cbegin(); it != item.cend(); ++it) {
        QString error;
        QCOMPARE(valueFromDocument(valueToDocument(it.value()), &error), it.value());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TestDocumentConverter::twentyDigitIntegerKeepsAllDigits()
{
    const Item item = itemFromDocumentText(R"({"id": 98765432109876543210, "x": -0.000001})");
    QCOMPARE(item.value("id").numberText(), QStringLiteral("98765432109876543210"));
    QCOMPARE(item.value("x").numberText(), QStringLiteral("-0.000001"));
    QCOMPARE(itemToDocumentText(item, JsonFormat::Compact),
             QByteArray(R"({"id":98765432109876543210,"x":-0.000001})"));
}

void TestDocumentConverter::numbersAreWrittenCanonical()
{
    const Item item =
        itemFromDocumentText(R"({"a": 1.50, "b": -0, "c": 1E+3, "s": {"$NS": [2e0]}})");
    QCOMPARE(itemToDocumentText(item, JsonFormat::Compact),
             QByteArray(R"({"a":1.5,"b":0,"c":1000,"s":{"$NS":[2]}})"));
}

void TestDocumentConverter::keysAreEscapedWhenWritten_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("written");

    QTest::newRow("tag") << "$B"
                         << "$$B";
    QTest::newRow("set tag") << "$NS"
                             << "$$NS";
    QTest::newRow("double dollar") << "$$x"
                                   << "$$$x";
    QTest::newRow("dollar, not a tag") << "$x"
                                       << "$x";
    QTest::newRow("tag-like, other case") << "$b"
                                          << "$b";
    QTest::newRow("plain") << "x"
                           << "x";
}

void TestDocumentConverter::keysAreEscapedWhenWritten()
{
    QFETCH(QString, name);
    QFETCH(QString, written);

    Item item;
    item.insert(name, AttributeValue::fromNumber(u"1"));
    AttributeMap nested;
    nested.insert(name, AttributeValue::null());
    item.insert("nested", AttributeValue::fromMap(nested));

    const ExactJsonValue document = itemToDocument(item);
    QVERIFY(document.member(written) != nullptr);
    QVERIFY(document.member(u"nested")->member(written) != nullptr);
    QString error;
    QCOMPARE(itemFromDocument(document, &error), item);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDocumentConverter::indentedTextWithLeadingKeys()
{
    Item item;
    item.insert("zz", AttributeValue::fromBinary("\x01"));
    item.insert("sk", AttributeValue::fromNumber(u"7"));
    item.insert("aa", AttributeValue::fromStringSet({"x"}));
    item.insert("pk", AttributeValue::fromString("p"));
    const QByteArray expected = "{\n"
                                "  \"pk\": \"p\",\n"
                                "  \"sk\": 7,\n"
                                "  \"aa\": {\n"
                                "    \"$SS\": [\n"
                                "      \"x\"\n"
                                "    ]\n"
                                "  },\n"
                                "  \"zz\": {\n"
                                "    \"$B\": \"AQ==\"\n"
                                "  }\n"
                                "}\n";
    QCOMPARE(itemToDocumentText(item, JsonFormat::Indented, {"pk", "sk"}), expected);
}

void TestDocumentConverter::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("number too large deep in a list")
        << QByteArray(R"({"orders": [{}, {}, {"price": 1e400}]})")
        << R"(orders[2].price: "1e400" is too large)";
    QTest::newRow("number too precise")
        << QByteArray(R"({"n": 1234567890123456789012345678901234567891})")
        << "n: \"1234567890123456789012345678901234567891\" has more than 38 significant";
    QTest::newRow("number too small") << QByteArray(R"({"n": 1e-131})") << "n: \"1e-131\" is too";
    QTest::newRow("empty string set")
        << QByteArray(R"({"tags": {"$SS": []}})") << "tags: A string set cannot be empty";
    QTest::newRow("empty number set")
        << QByteArray(R"({"m": {"x": {"$NS": []}}})") << "m.x: A number set cannot be empty";
    QTest::newRow("empty binary set")
        << QByteArray(R"({"b": {"$BS": []}})") << "b: A binary set cannot be empty";
    QTest::newRow("duplicate numbers by value")
        << QByteArray(R"({"s": {"$NS": [1, 1.0]}})")
        << R"(s: The number set contains the same number twice: "1" and "1.0".)";
    QTest::newRow("duplicate number, one as string")
        << QByteArray(R"({"s": {"$NS": [10, "1e1"]}})") << "s: The number set contains the same";
    QTest::newRow("duplicate strings") << QByteArray(R"({"s": {"$SS": ["a", "a"]}})")
                                       << R"(s: The string set contains "a" more than once.)";
    QTest::newRow("duplicate bytes")
        << QByteArray(R"({"s": {"$BS": ["AQ==", "AQ=="]}})") << "s: The binary set contains";
    QTest::newRow("bad number string in set")
        << QByteArray(R"({"s": {"$NS": [1, "x"]}})") << R"(s[1]: "x" is not a number.)";
    QTest::newRow("bool in number set")
        << QByteArray(R"({"s": {"$NS": [true]}})")
        << R"(s[0]: Each member of "$NS" must be a number, but this one is true or false.)";
    QTest::newRow("number in string set")
        << QByteArray(R"({"s": {"$SS": ["a", 1]}})")
        << R"(s[1]: Each member of "$SS" must be a string, but this one is a number.)";
    QTest::newRow("set not an array")
        << QByteArray(R"({"s": {"$SS": "a"}})")
        << R"(s: The value of "$SS" must be an array, but it is a string.)";
    QTest::newRow("invalid base64")
        << QByteArray(R"({"b": {"$B": "AQ"}})") << R"(b: "AQ" is not valid base64.)";
    QTest::newRow("base64 not a string")
        << QByteArray(R"({"b": {"$B": 5}})")
        << R"(b: The value of "$B" must be a base64 string, but it is a number.)";
    QTest::newRow("invalid base64 in set")
        << QByteArray(R"({"b": {"$BS": ["AQ==", "!"]}})") << R"(b[1]: "!" is not valid base64.)";
    QTest::newRow("tag beside other keys")
        << QByteArray(R"({"m": {"$B": "AQ==", "x": 1}})")
        << R"(m.$B: "$B" marks a tagged value and must be the only key of its object; for an )"
           R"(attribute named "$B", write "$$B".)";
    QTest::newRow("tag beside other keys at the top")
        << QByteArray(R"({"$SS": ["a"], "x": 1})") << R"($SS: "$SS" marks a tagged value)";
    QTest::newRow("empty name") << QByteArray(R"({"": 1})")
                                << R"([""]: An attribute name cannot be empty.)";
    QTest::newRow("one name spelled two ways")
        << QByteArray(R"({"m": {"$x": 1, "$$x": 2}})")
        << R"(m.$x: The attribute "$x" appears twice in this object.)";
}

void TestDocumentConverter::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);

    QString error;
    QVERIFY(itemFromDocumentText(json, &error).isEmpty());
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

void TestDocumentConverter::nestingLimit()
{
    QString error;
    QVERIFY(!itemFromDocumentText(nestedArrays(kMaxNestedContainers), &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(itemFromDocumentText(nestedArrays(kMaxNestedContainers + 1), &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("32 levels")), qPrintable(error));
}

void TestDocumentConverter::syntaxErrorNamesLineAndColumn()
{
    QString error;
    QVERIFY(itemFromDocumentText("{\n  \"a\": 1,\n  \"a\": 2\n}", &error).isEmpty());
    QVERIFY2(error.startsWith(QLatin1String("Line 3, column 3: The key \"a\" appears twice")),
             qPrintable(error));
    QVERIFY(itemFromDocumentText("{\"a\": 007}", &error).isEmpty());
    QVERIFY2(error.startsWith(QLatin1String("Line 1, column 7: ")), qPrintable(error));
    QVERIFY(itemFromDocumentText("{\"a\": 1} x", &error).isEmpty());
    QVERIFY2(error.startsWith(QLatin1String("Line 1, column 10: ")), qPrintable(error));
    QVERIFY(itemFromDocumentText("{\"a\": \"\xC3\"}", &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("UTF-8")), qPrintable(error));
}

void TestDocumentConverter::itemMustBeAnObject()
{
    QString error;
    QVERIFY(itemFromDocumentText("[1, 2]", &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("must be a JSON object")), qPrintable(error));
    error = QStringLiteral("stale");
    QVERIFY(itemFromDocumentText("{}", &error).isEmpty());
    QVERIFY(error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDocumentConverter)
#include "tst_documentconverter.moc"
