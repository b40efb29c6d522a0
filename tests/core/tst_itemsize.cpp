// Item sizes by DynamoDB's rules. Every expected size below was measured on DynamoDB Local
// 1.25.1 (the largest filler string accepted next to the item under the 400 KB limit), and the
// ProductCatalog item is the sample item of the DynamoDB Developer Guide.

#include "dynamo/decimalnumber.h"
#include "dynamo/itemsize.h"

#include <QTest>

using namespace dyna::dynamo;

namespace {

Item wireItem(const QByteArray &json)
{
    QString error;
    const Item item = itemFromWireText(json, &error);
    if (!error.isEmpty())
        qFatal("bad test item: %s", qPrintable(error));
    return item;
}

// An item of exactly `bytes` bytes: "pk" = "k" plus a filler string.
Item itemOfSize(qint64 bytes)
{
    Item item;
    item.insert(QStringLiteral("pk"), AttributeValue::fromString(QStringLiteral("k")));
    const qint64 filler = bytes - 3 - 1; // "pk" + "k", then the name "f"
    item.insert(QStringLiteral("f"), AttributeValue::fromString(QString(filler, QLatin1Char('x'))));
    return item;
}

} // namespace

class TestItemSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measuredSizes_data();
    void measuredSizes();
    void productCatalogSample();
    void numberSizeMatchesDocumentedApproximation_data();
    void numberSizeMatchesDocumentedApproximation();
    void limitBoundary();
    void messageNamesSizesAndLargestAttribute();
};

void TestItemSize::measuredSizes_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<qint64>("size");

    // Numbers: digits count in pairs aligned on the decimal point, +1 byte, +1 if negative.
    QTest::newRow("N 1") << QByteArray(R"({"n": {"N": "1"}})") << qint64(3);
    QTest::newRow("N 12") << QByteArray(R"({"n": {"N": "12"}})") << qint64(3);
    QTest::newRow("N 123") << QByteArray(R"({"n": {"N": "123"}})") << qint64(4);
    QTest::newRow("N 101") << QByteArray(R"({"n": {"N": "101"}})") << qint64(4);
    QTest::newRow("N -1") << QByteArray(R"({"n": {"N": "-1"}})") << qint64(4);
    QTest::newRow("N 0") << QByteArray(R"({"n": {"N": "0"}})") << qint64(2);
    QTest::newRow("N 10") << QByteArray(R"({"n": {"N": "10"}})") << qint64(3);
    QTest::newRow("N 100") << QByteArray(R"({"n": {"N": "100"}})") << qint64(3);
    QTest::newRow("N 1000") << QByteArray(R"({"n": {"N": "1000"}})") << qint64(3);
    QTest::newRow("N 10000") << QByteArray(R"({"n": {"N": "10000"}})") << qint64(3);
    QTest::newRow("N 1.5") << QByteArray(R"({"n": {"N": "1.5"}})") << qint64(4);
    QTest::newRow("N 0.5") << QByteArray(R"({"n": {"N": "0.5"}})") << qint64(3);
    QTest::newRow("N -0.5") << QByteArray(R"({"n": {"N": "-0.5"}})") << qint64(4);
    QTest::newRow("N 12.5") << QByteArray(R"({"n": {"N": "12.5"}})") << qint64(4);
    QTest::newRow("N 0.05") << QByteArray(R"({"n": {"N": "0.05"}})") << qint64(3);
    QTest::newRow("N 0.001") << QByteArray(R"({"n": {"N": "0.001"}})") << qint64(3);
    QTest::newRow("N 0.0001") << QByteArray(R"({"n": {"N": "0.0001"}})") << qint64(3);
    QTest::newRow("N 0.00012") << QByteArray(R"({"n": {"N": "0.00012"}})") << qint64(4);
    QTest::newRow("N 22 digits") << QByteArray(R"({"n": {"N": "1000000000000000000001"}})")
                                 << qint64(13);
    QTest::newRow("N 38 digits") << QByteArray(
                                        R"({"n": {"N": "12345678901234567890123456789012345678"}})")
                                 << qint64(21);
    QTest::newRow("N -38 digits")
        << QByteArray(R"({"n": {"N": "-12345678901234567890123456789012345678"}})") << qint64(22);
    QTest::newRow("N 38 digits, odd alignment")
        << QByteArray(R"({"n": {"N": "1.2345678901234567890123456789012345678"}})") << qint64(22);
    QTest::newRow("N -38 digits, odd alignment, capped")
        << QByteArray(R"({"n": {"N": "-1.2345678901234567890123456789012345678"}})") << qint64(22);
    QTest::newRow("N -38 digits, capped")
        << QByteArray(R"({"n": {"N": "-123.45678901234567890123456789012345678"}})") << qint64(22);
    QTest::newRow("N inner zeros")
        << QByteArray(R"({"n": {"N": "1.0000000000000000000000000000000000001"}})") << qint64(22);
    QTest::newRow("N 1E+125") << QByteArray(R"({"n": {"N": "1E+125"}})") << qint64(3);
    QTest::newRow("N -1E+125") << QByteArray(R"({"n": {"N": "-1E+125"}})") << qint64(4);
    QTest::newRow("N -1E-130") << QByteArray(R"({"n": {"N": "-1E-130"}})") << qint64(4);

    // Strings and binaries: UTF-8 and raw bytes.
    QTest::newRow("S multi-byte") << QByteArray(
                                         "{\"\xC3\xA9\": {\"S\": \"\xE6\x97\xA5\xE6\x9C\xAC\"}}")
                                  << qint64(8);
    QTest::newRow("S emoji") << QByteArray(R"({"x": {"S": "\ud83d\ude00"}})") << qint64(5);
    QTest::newRow("B") << QByteArray(R"({"b": {"B": "AQID"}})") << qint64(4);
    QTest::newRow("BOOL") << QByteArray(R"({"b": {"BOOL": true}})") << qint64(2);
    QTest::newRow("NULL") << QByteArray(R"({"z": {"NULL": true}})") << qint64(2);

    // Sets: members only. Lists and maps: 3 bytes, plus 1 byte per element.
    QTest::newRow("SS") << QByteArray(R"({"ss": {"SS": ["ab", "c"]}})") << qint64(5);
    QTest::newRow("NS") << QByteArray(R"({"ns": {"NS": ["1", "123"]}})") << qint64(7);
    QTest::newRow("BS") << QByteArray(R"({"bs": {"BS": ["AQI=", "AQ=="]}})") << qint64(5);
    QTest::newRow("empty L") << QByteArray(R"({"l": {"L": []}})") << qint64(4);
    QTest::newRow("L") << QByteArray(R"({"l": {"L": [{"S": "ab"}, {"N": "1"}]}})") << qint64(10);
    QTest::newRow("empty M") << QByteArray(R"({"m": {"M": {}}})") << qint64(4);
    QTest::newRow("M") << QByteArray(R"({"m": {"M": {"ab": {"S": "c"}}}})") << qint64(8);
    QTest::newRow("nested L and M")
        << QByteArray(R"({"l": {"L": [{"L": [{"M": {"k": {"NULL": true}}}]}]}})") << qint64(15);
    QTest::newRow("M of sets and lists")
        << QByteArray(R"({"m": {"M": {"\u00e9": {"SS": ["\u00e9\u00e9"]},
                      "n": {"NS": ["-1.5", "0"]},
                      "l": {"L": [{"BS": ["AAAA"]}, {"NULL": true}]}}}})")
        << qint64(29);
    QTest::newRow("empty item") << QByteArray("{}") << qint64(0);
}

void TestItemSize::measuredSizes()
{
    QFETCH(QByteArray, item);
    QFETCH(qint64, size);
    QCOMPARE(itemSize(wireItem(item)), size);
}

void TestItemSize::productCatalogSample()
{
    // The ProductCatalog item with Id 101 from the Developer Guide's sample data.
    const Item item = wireItem(R"({
        "Id": {"N": "101"},
        "Title": {"S": "Book 101 Title"},
        "ISBN": {"S": "111-1111111111"},
        "Authors": {"L": [{"S": "Author1"}]},
        "Price": {"N": "2"},
        "Dimensions": {"S": "8.5 x 11.0 x 0.5"},
        "PageCount": {"N": "500"},
        "InPublication": {"BOOL": true},
        "ProductCategory": {"S": "Book"}
    })");
    QCOMPARE(itemSize(item), qint64(137));
    QCOMPARE(attributeValueSize(item.value("Authors")), qint64(3 + 1 + 7));
    QVERIFY(!checkItemSize(item).has_value());
}

void TestItemSize::numberSizeMatchesDocumentedApproximation_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("integer") << "123456";
    QTest::newRow("fraction") << "3.14159";
    QTest::newRow("negative") << "-42";
    QTest::newRow("38 digits") << "12345678901234567890123456789012345678";
}

void TestItemSize::numberSizeMatchesDocumentedApproximation()
{
    // "approximately 1 byte per two significant digits + 1 byte": within one byte of it (plus
    // one for the sign).
    QFETCH(QString, number);
    const DecimalNumber n = DecimalNumber::parse(number);
    QVERIFY(n.isValid());
    const qint64 approximate = (n.digitCount() + 1) / 2 + 1 + (n.isNegative() ? 1 : 0);
    QVERIFY(qAbs(numberSize(n) - approximate) <= 1);
}

void TestItemSize::limitBoundary()
{
    const Item atLimit = itemOfSize(kMaxItemBytes);
    QCOMPARE(itemSize(atLimit), qint64(409600));
    QVERIFY(!checkItemSize(atLimit).has_value());

    const Item overLimit = itemOfSize(kMaxItemBytes + 1);
    QCOMPARE(itemSize(overLimit), qint64(409601));
    QVERIFY(checkItemSize(overLimit).has_value());
}

void TestItemSize::messageNamesSizesAndLargestAttribute()
{
    Item item = itemOfSize(412345);
    item.insert(QStringLiteral("n"), AttributeValue::fromNumber(u"1"));
    const auto message = checkItemSize(item);
    QVERIFY(message.has_value());
    const QChar nbsp(0x00A0);
    QVERIFY2(message->contains(QStringLiteral("412") + nbsp + QStringLiteral("348 bytes")),
             qPrintable(*message));
    QVERIFY2(message->contains(QStringLiteral("400 KB (409") + nbsp + QStringLiteral("600 bytes)")),
             qPrintable(*message));
    QVERIFY2(message->contains(QStringLiteral("\"f\"")), qPrintable(*message));
}

QTEST_GUILESS_MAIN(TestItemSize)
#include "tst_itemsize.moc"
