// DynamoDB number rules. Expected canonical texts and accept/reject answers were observed from
// DynamoDB Local 1.25.1 (PutItem then GetItem) and agree with the service's documented limits.

#include "dynamo/decimalnumber.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace dyna::dynamo;

namespace {

QString zeros(int n)
{
    return QString(n, QLatin1Char('0'));
}

QString nines(int n)
{
    return QString(n, QLatin1Char('9'));
}

int sign(int v)
{
    return (v > 0) - (v < 0);
}

} // namespace

class TestDecimalNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalForm_data();
    void canonicalForm();
    void rejected_data();
    void rejected();
    void errorMessagesSayWhatIsWrong();
    void digitsAndExponent();
    void compare_data();
    void compare();
    void sortsNumericallyWithoutDouble();
    void invalidTextsSortFirstAndStayTotal();
};

void TestDecimalNumber::canonicalForm_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("leading and trailing zeros") << "01.50"
                                                << "1.5";
    QTest::newRow("leading zeros") << "007"
                                   << "7";
    QTest::newRow("double zero") << "00"
                                 << "0";
    QTest::newRow("negative zero") << "-0"
                                   << "0";
    QTest::newRow("negative zero fraction") << "-0.0"
                                            << "0";
    QTest::newRow("zero fraction") << "0.000"
                                   << "0";
    QTest::newRow("zero with huge exponent") << "0e1000"
                                             << "0";
    QTest::newRow("zero with exponent") << "00.0e5"
                                        << "0";
    QTest::newRow("plus sign") << "+5"
                               << "5";
    QTest::newRow("trailing point") << "5."
                                    << "5";
    QTest::newRow("leading point") << ".5"
                                   << "0.5";
    QTest::newRow("negative leading point") << "-.5"
                                            << "-0.5";
    QTest::newRow("point then exponent") << "1.e3"
                                         << "1000";
    QTest::newRow("lower-case exponent") << "1e5"
                                         << "100000";
    QTest::newRow("exponent with plus") << "1e+5"
                                        << "100000";
    QTest::newRow("negative exponent to integer") << "100e-2"
                                                  << "1";
    QTest::newRow("negative with exponent") << "-17e5"
                                            << "-1700000";
    QTest::newRow("decimal exponent") << "-17.4E37"
                                      << "-174" + zeros(36);
    QTest::newRow("plain decimal") << "-7.1234"
                                   << "-7.1234";
    QTest::newRow("38 digits") << "12345678901234567890123456789012345678"
                               << "12345678901234567890123456789012345678";
    QTest::newRow("38 digits and trailing zeros") << "1234567890123456789012345678901234567800"
                                                  << "1234567890123456789012345678901234567800";
    QTest::newRow("39 chars but 38 significant") << "1234567890123456789012345678901234567.80"
                                                 << "1234567890123456789012345678901234567.8";
    QTest::newRow("38 significant after zeros")
        << "0.000000000000000000000000000000000000001234567890123456789012345678901234567"
        << "0.000000000000000000000000000000000000001234567890123456789012345678901234567";
    QTest::newRow("1E+125") << "1E+125"
                            << "1" + zeros(125);
    QTest::newRow("exponent with leading zero") << "1E+0125"
                                                << "1" + zeros(125);
    QTest::newRow("largest") << "9.9999999999999999999999999999999999999E+125"
                             << nines(38) + zeros(88);
    QTest::newRow("largest as integer with exponent")
        << nines(38) + "E+88" << nines(38) + zeros(88);
    QTest::newRow("smallest positive") << "1E-130"
                                       << "0." + zeros(129) + "1";
    QTest::newRow("smallest negative") << "-1E-130"
                                       << "-0." + zeros(129) + "1";
    QTest::newRow("10E-131 is 1E-130") << "10E-131"
                                       << "0." + zeros(129) + "1";
    QTest::newRow("near the bottom") << "1.5E-128"
                                     << "0." + zeros(127) + "15";
    QTest::newRow("already canonical") << "-0.001"
                                       << "-0.001";
}

void TestDecimalNumber::canonicalForm()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);

    QString error;
    const auto normalized = normalizeNumber(input, &error);
    QVERIFY2(normalized.has_value(), qPrintable(error));
    QCOMPARE(*normalized, canonical);
    QVERIFY(isValidNumber(input));
    // The canonical text is itself a number with the same canonical form.
    QCOMPARE(normalizeNumber(*normalized).value_or(QString()), canonical);
    QVERIFY(DecimalNumber::parse(canonical).isCanonicalText(canonical));
    QCOMPARE(DecimalNumber::parse(input).isCanonicalText(input), input == canonical);
}

void TestDecimalNumber::rejected_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<DecimalNumber::Error>("error");

    const auto notANumber = DecimalNumber::Error::NotANumber;
    QTest::newRow("two points") << "1.2.3" << notANumber;
    QTest::newRow("empty") << "" << notANumber;
    QTest::newRow("letters") << "abc" << notANumber;
    QTest::newRow("NaN") << "NaN" << notANumber;
    QTest::newRow("Infinity") << "Infinity" << notANumber;
    QTest::newRow("-Infinity") << "-Infinity" << notANumber;
    QTest::newRow("leading space") << " 1" << notANumber;
    QTest::newRow("trailing space") << "1 " << notANumber;
    QTest::newRow("exponent without digits") << "1e" << notANumber;
    QTest::newRow("exponent only") << "e5" << notANumber;
    QTest::newRow("sign only") << "-" << notANumber;
    QTest::newRow("plus only") << "+" << notANumber;
    QTest::newRow("point only") << "." << notANumber;
    QTest::newRow("two exponent signs") << "1e+-5" << notANumber;
    QTest::newRow("hex") << "0x10" << notANumber;
    QTest::newRow("two signs") << "--1" << notANumber;
    QTest::newRow("fractional exponent") << "1e5.5" << notANumber;
    QTest::newRow("type suffix") << "1d" << notANumber;
    QTest::newRow("underscore") << "1_0" << notANumber;
    QTest::newRow("exponent beyond 32 bits") << "1E+2147483648" << notANumber;
    QTest::newRow("zero with exponent beyond 32 bits") << "0e-99999999999" << notANumber;
    QTest::newRow("non-ASCII digits") << QStringLiteral("\u0661\u0662") << notANumber;

    const auto tooManyDigits = DecimalNumber::Error::TooManyDigits;
    QTest::newRow("39 digits") << "123456789012345678901234567890123456789" << tooManyDigits;
    QTest::newRow("39 digits with point")
        << "12345678901234567890123456789012345678.9" << tooManyDigits;
    QTest::newRow("39 digits with inner zero")
        << "1.00000000000000000000000000000000000001" << tooManyDigits;

    QTest::newRow("1E+126") << "1E+126" << DecimalNumber::Error::TooLarge;
    QTest::newRow("-1E+126") << "-1E+126" << DecimalNumber::Error::TooLarge;
    QTest::newRow("just above largest") << nines(38) + "E+89" << DecimalNumber::Error::TooLarge;
    QTest::newRow("1E-131") << "1E-131" << DecimalNumber::Error::TooSmall;
    QTest::newRow("0.9E-130") << "0.9E-130" << DecimalNumber::Error::TooSmall;
    QTest::newRow("-1E-131") << "-1E-131" << DecimalNumber::Error::TooSmall;
}

void TestDecimalNumber::rejected()
{
    QFETCH(QString, input);
    QFETCH(DecimalNumber::Error, error);

    DecimalNumber::Error actual = DecimalNumber::Error::None;
    QVERIFY(!DecimalNumber::parse(input, &actual).isValid());
    QCOMPARE(actual, error);
    QVERIFY(!isValidNumber(input));
    QString message;
    QVERIFY(!normalizeNumber(input, &message).has_value());
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message));
}

void TestDecimalNumber::errorMessagesSayWhatIsWrong()
{
    QString message;
    normalizeNumber(u"1.2.3", &message);
    QVERIFY2(message.contains(QLatin1String("\"1.2.3\" is not a number")), qPrintable(message));

    normalizeNumber(u"123456789012345678901234567890123456789", &message);
    QVERIFY2(message.contains(QLatin1String("38 significant digits")), qPrintable(message));

    normalizeNumber(u"1E+126", &message);
    QVERIFY2(message.contains(QLatin1String("too large")), qPrintable(message));

    normalizeNumber(u"1E-131", &message);
    QVERIFY2(message.contains(QLatin1String("1E-130")), qPrintable(message));

    normalizeNumber(u"", &message);
    QVERIFY2(message.contains(QLatin1String("empty")), qPrintable(message));

    // A pasted paragraph is not echoed whole.
    normalizeNumber(QString(500, QLatin1Char('x')), &message);
    QVERIFY2(message.size() < 120, qPrintable(message));
}

void TestDecimalNumber::digitsAndExponent()
{
    const DecimalNumber n = DecimalNumber::parse(u"-0.00120");
    QVERIFY(n.isValid());
    QVERIFY(n.isNegative());
    QCOMPARE(n.digitCount(), 2);
    QCOMPARE(n.digit(0), 1);
    QCOMPARE(n.digit(1), 2);
    QCOMPARE(n.exponent(), -3);

    const DecimalNumber zero = DecimalNumber::parse(u"-0e7");
    QVERIFY(zero.isValid());
    QVERIFY(zero.isZero());
    QVERIFY(!zero.isNegative());
    QCOMPARE(zero.toString(), QStringLiteral("0"));
}

void TestDecimalNumber::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");

    QTest::newRow("small integers") << "1"
                                    << "2" << -1;
    QTest::newRow("text order differs") << "2"
                                        << "10" << -1;
    QTest::newRow("negative before positive") << "-1"
                                              << "1" << -1;
    QTest::newRow("more negative first") << "-2"
                                         << "-1" << -1;
    QTest::newRow("negative text order differs") << "-10"
                                                 << "-9" << -1;
    QTest::newRow("negative fraction vs zero") << "-0.001"
                                               << "0" << -1;
    QTest::newRow("trailing zero is equal") << "1.5"
                                            << "1.50" << 0;
    QTest::newRow("exponent equals plain") << "1e2"
                                           << "100" << 0;
    QTest::newRow("leading zeros equal") << "007"
                                         << "7" << 0;
    QTest::newRow("negative zero equals zero") << "-0"
                                               << "0" << 0;
    QTest::newRow("fraction below integer") << "9.9"
                                            << "10" << -1;
    QTest::newRow("tiny positive above zero") << "1E-130"
                                              << "0" << 1;
    QTest::newRow("tiny negative below zero") << "-1E-130"
                                              << "0" << -1;
    QTest::newRow("big negatives") << "-1E+125"
                                   << "-9E+124" << -1;
    QTest::newRow("exponent vs plain") << "1.5e3"
                                       << "1499.99" << 1;
    QTest::newRow("beyond double precision") << "12345678901234567890"
                                             << "12345678901234567891" << -1;
    QTest::newRow("beyond double precision fraction") << "0.1"
                                                      << "0.10000000000000000001" << -1;
    QTest::newRow("38 digits last differs") << "99999999999999999999999999999999999998"
                                            << "99999999999999999999999999999999999999" << -1;
    QTest::newRow("prefix is smaller") << "1.23"
                                       << "1.234" << -1;
    QTest::newRow("negative prefix is larger") << "-1.23"
                                               << "-1.234" << 1;
}

void TestDecimalNumber::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);

    QCOMPARE(sign(compareNumbers(a, b)), expected);
    QCOMPARE(sign(compareNumbers(b, a)), -expected);
    QCOMPARE(sign(DecimalNumber::parse(a).compare(DecimalNumber::parse(b))), expected);
}

void TestDecimalNumber::sortsNumericallyWithoutDouble()
{
    // Ascending by value; neighbours differ in ways double or text order would get wrong.
    const QStringList ascending = {
        "-9.9999999999999999999999999999999999999E+125",
        "-100",
        "-99.5",
        "-2",
        "-1E-130",
        "0",
        "1E-130",
        "0.1",
        "0.10000000000000000001",
        "2",
        "10",
        "9007199254740992",
        "9007199254740993",
        "12345678901234567890",
        "12345678901234567891",
        "1E+125",
    };
    QStringList shuffled = ascending;
    std::shuffle(shuffled.begin(), shuffled.end(), *QRandomGenerator::global());
    std::sort(shuffled.begin(), shuffled.end(),
              [](const QString &a, const QString &b) { return compareNumbers(a, b) < 0; });
    QCOMPARE(shuffled, ascending);
}

void TestDecimalNumber::invalidTextsSortFirstAndStayTotal()
{
    QVERIFY(compareNumbers(u"abc", u"-1E+125") < 0);
    QVERIFY(compareNumbers(u"1", u"abc") > 0);
    QVERIFY(compareNumbers(u"abc", u"abd") < 0);
    QCOMPARE(compareNumbers(u"abc", u"abc"), 0);
}

QTEST_GUILESS_MAIN(TestDecimalNumber)
#include "tst_decimalnumber.moc"
