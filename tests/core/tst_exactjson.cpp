#include "dynamo/exactjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dyna::dynamo;

class TestExactJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersKeepTheirText();
    void membersKeepTheirOrder();
    void strings_data();
    void strings();
    void syntaxErrors_data();
    void syntaxErrors();
    void errorTextNamesLineAndColumn();
    void nestingLimit();
    void byteOrderMarkIsSkipped();
    void writeCompact();
    void writeIndented();
    void writeEscapes();
    void roundTrip_data();
    void roundTrip();
};

void TestExactJson::numbersKeepTheirText()
{
    const QByteArray text = R"({"big": 12345678901234567891, "exp": -1.50e+3, "zero": 0})";
    // The reason this parser exists: QJsonDocument stores a double.
    const QJsonObject lossy = QJsonDocument::fromJson(text).object();
    QVERIFY(QString::number(lossy.value(QLatin1String("big")).toDouble(), 'f', 0) !=
            QLatin1String("12345678901234567891"));

    const auto json = parseExactJson(text);
    QVERIFY(json);
    QVERIFY(json->isObject());
    QCOMPARE(json->member(u"big")->numberText(), QStringLiteral("12345678901234567891"));
    QCOMPARE(json->member(u"exp")->numberText(), QStringLiteral("-1.50e+3"));
    QCOMPARE(json->member(u"zero")->numberText(), QStringLiteral("0"));
    QVERIFY(json->member(u"absent") == nullptr);
}

void TestExactJson::membersKeepTheirOrder()
{
    const auto json = parseExactJson(R"({"z": 1, "a": [true, false, null], "m": {}})");
    QVERIFY(json);
    const auto &members = json->members();
    QCOMPARE(members.size(), size_t(3));
    QCOMPARE(members[0].key, QStringLiteral("z"));
    QCOMPARE(members[1].key, QStringLiteral("a"));
    QCOMPARE(members[2].key, QStringLiteral("m"));
    const auto &array = members[1].value.elements();
    QCOMPARE(array.size(), size_t(3));
    QVERIFY(array[0].isBool() && array[0].toBool());
    QVERIFY(array[1].isBool() && !array[1].toBool());
    QVERIFY(array[2].isNull());
    QVERIFY(members[2].value.isObject());
    QVERIFY(members[2].value.members().empty());
}

void TestExactJson::strings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QByteArray(R"("hello")") << QStringLiteral("hello");
    QTest::newRow("empty") << QByteArray(R"("")") << QString();
    QTest::newRow("simple escapes")
        << QByteArray(R"("a\"b\\c\/d\n\t\r\b\f")") << QStringLiteral("a\"b\\c/d\n\t\r\b\f");
    QTest::newRow("unicode escape") << QByteArray(R"("caf\u00e9")") << QStringLiteral("café");
    QTest::newRow("surrogate pair escape")
        << QByteArray(R"("\ud83d\ude00")") << QStringLiteral("\U0001F600");
    QTest::newRow("raw UTF-8") << QByteArray("\"\xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80\"")
                               << QStringLiteral("日本 \U0001F600");
}

void TestExactJson::strings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);

    ExactJsonError error;
    const auto value = parseExactJson(json, &error);
    QVERIFY2(value, qPrintable(error.toString()));
    QVERIFY(value->isString());
    QCOMPARE(value->string(), expected);
}

void TestExactJson::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("missing colon")
        << QByteArray("{\n  \"a\": 1,\n  \"b\" 2\n}") << 3 << 7 << "Expected \":\"";
    QTest::newRow("trailing comma in array") << QByteArray("[1, 2,]") << 1 << 7 << "comma";
    QTest::newRow("trailing comma in object")
        << QByteArray("{\"a\": 1,\n}") << 2 << 1 << "trailing comma";
    QTest::newRow("trailing garbage") << QByteArray("{\"a\":1}}") << 1 << 8 << "after the end";
    QTest::newRow("second value") << QByteArray("1 2") << 1 << 3 << "after the end";
    QTest::newRow("duplicate key")
        << QByteArray("{\"a\": 1,\n \"a\": 2}") << 2 << 2 << "appears twice";
    QTest::newRow("empty") << QByteArray("") << 1 << 1 << "empty";
    QTest::newRow("only spaces") << QByteArray("  \n ") << 2 << 2 << "empty";
    QTest::newRow("unclosed string") << QByteArray("[\"abc") << 1 << 2 << "never closed";
    QTest::newRow("unclosed array") << QByteArray("[1") << 1 << 3 << "end of the text";
    QTest::newRow("leading zeros") << QByteArray("007") << 1 << 1 << "leading zeros";
    QTest::newRow("plus sign") << QByteArray("+1") << 1 << 1 << "\"+\"";
    QTest::newRow("bare point") << QByteArray(".5") << 1 << 1 << "decimal point";
    QTest::newRow("point without digits") << QByteArray("1.") << 1 << 3 << "decimal point";
    QTest::newRow("exponent without digits") << QByteArray("1e+") << 1 << 4 << "exponent";
    QTest::newRow("minus alone") << QByteArray("-") << 1 << 2 << "digit";
    QTest::newRow("NaN") << QByteArray("[NaN]") << 1 << 2 << "NaN";
    QTest::newRow("Infinity") << QByteArray("Infinity") << 1 << 1 << "Infinity";
    QTest::newRow("unquoted word") << QByteArray("{\"a\": tru}") << 1 << 7 << "\"tru\"";
    QTest::newRow("single-quoted key") << QByteArray("{'a': 1}") << 1 << 2 << "single quotes";
    QTest::newRow("single-quoted value") << QByteArray("['a']") << 1 << 2 << "single quotes";
    QTest::newRow("missing comma") << QByteArray("[1 2]") << 1 << 4 << "\",\" or \"]\"";
    QTest::newRow("comment") << QByteArray("// note\n1") << 1 << 1 << "\"/\"";
    QTest::newRow("raw tab in string") << QByteArray("\"a\tb\"") << 1 << 3 << "tab";
    QTest::newRow("raw newline in string") << QByteArray("\"a\nb\"") << 1 << 3 << "line break";
    QTest::newRow("unknown escape") << QByteArray("\"\\x\"") << 1 << 2 << "\\x";
    QTest::newRow("short unicode escape") << QByteArray("\"\\u12\"") << 1 << 2 << "four";
    QTest::newRow("lone high surrogate") << QByteArray("\"\\ud800\"") << 1 << 2 << "surrogate";
    QTest::newRow("lone low surrogate") << QByteArray("\"\\udc00\"") << 1 << 2 << "surrogate";
    QTest::newRow("invalid UTF-8 byte") << QByteArray("\"a\xFF\"") << 1 << 3 << "UTF-8";
    QTest::newRow("truncated UTF-8") << QByteArray("\"\xC3\"") << 1 << 2 << "UTF-8";
    QTest::newRow("bad continuation") << QByteArray("\"\xC3\x28\"") << 1 << 2 << "UTF-8";
    QTest::newRow("overlong UTF-8") << QByteArray("\"\xC0\xAF\"") << 1 << 2 << "UTF-8";
    QTest::newRow("UTF-8 surrogate") << QByteArray("\"\xED\xA0\x80\"") << 1 << 2 << "UTF-8";
    QTest::newRow("above U+10FFFF") << QByteArray("\"\xF4\x90\x80\x80\"") << 1 << 2 << "UTF-8";
    QTest::newRow("invalid UTF-8 outside strings") << QByteArray("[\xFF]") << 1 << 2 << "UTF-8";
    // Columns count characters: "é" is two bytes but one column.
    QTest::newRow("column counts characters")
        << QByteArray("{\"\xC3\xA9\": x}") << 1 << 7 << "\"x\"";
}

void TestExactJson::syntaxErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    ExactJsonError error;
    QVERIFY(!parseExactJson(json, &error).has_value());
    QVERIFY(error.isError());
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestExactJson::errorTextNamesLineAndColumn()
{
    ExactJsonError error;
    QVERIFY(!parseExactJson("{\n  \"a\": [1,, 2]\n}", &error));
    QCOMPARE(error.toString().left(19), QStringLiteral("Line 2, column 11: "));

    // A successful parse clears an earlier error.
    QVERIFY(parseExactJson("[]", &error));
    QVERIFY(!error.isError());
}

void TestExactJson::nestingLimit()
{
    const QByteArray deepest =
        QByteArray(kMaxExactJsonDepth, '[') + QByteArray(kMaxExactJsonDepth, ']');
    QVERIFY(parseExactJson(deepest));
    const QByteArray tooDeep =
        QByteArray(kMaxExactJsonDepth + 1, '[') + QByteArray(kMaxExactJsonDepth + 1, ']');
    ExactJsonError error;
    QVERIFY(!parseExactJson(tooDeep, &error));
    QVERIFY2(error.message.contains(QLatin1String("nested")), qPrintable(error.message));
}

void TestExactJson::byteOrderMarkIsSkipped()
{
    QVERIFY(parseExactJson("\xEF\xBB\xBF{}"));
    ExactJsonError error;
    QVERIFY(!parseExactJson("\xEF\xBB\xBF[x]", &error));
    QCOMPARE(error.column, 2);
}

void TestExactJson::writeCompact()
{
    const auto json =
        parseExactJson(R"( { "b" : [ 1 , 2.50 , 1e400 ] , "a" : { "c" : null , "d" : "x" } } )");
    QVERIFY(json);
    QCOMPARE(writeExactJson(*json), QByteArray(R"({"b":[1,2.50,1e400],"a":{"c":null,"d":"x"}})"));
}

void TestExactJson::writeIndented()
{
    const auto json = parseExactJson(R"({"a":[1,{"b":true}],"e":[],"o":{}})");
    QVERIFY(json);
    const QByteArray expected = "{\n"
                                "  \"a\": [\n"
                                "    1,\n"
                                "    {\n"
                                "      \"b\": true\n"
                                "    }\n"
                                "  ],\n"
                                "  \"e\": [],\n"
                                "  \"o\": {}\n"
                                "}\n";
    QCOMPARE(writeExactJson(*json, JsonFormat::Indented), expected);
}

void TestExactJson::writeEscapes()
{
    const auto value = ExactJsonValue::fromString(QStringLiteral("q\"b\\n\nt\tc\x01 é \U0001F600"));
    const QByteArray written = writeExactJson(value);
    QCOMPARE(written, QByteArray("\"q\\\"b\\\\n\\nt\\tc\\u0001 \xC3\xA9 \xF0\x9F\x98\x80\""));
    QCOMPARE(parseExactJson(written).value_or(ExactJsonValue()), value);
}

void TestExactJson::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("scalars") << QByteArray(R"([null,true,false,0,-0.0,1E+125,"s"])");
    QTest::newRow("nested") << QByteArray(R"({"a":{"b":[[],{},[{"c":[1,[2,[3]]]}]]}})");
    QTest::newRow("big numbers") << QByteArray(
        R"({"n":123456789012345678901234567890123456789012345678901234567890})");
}

void TestExactJson::roundTrip()
{
    QFETCH(QByteArray, json);
    const auto parsed = parseExactJson(json);
    QVERIFY(parsed);
    QCOMPARE(writeExactJson(*parsed), json);
    const auto reparsed = parseExactJson(writeExactJson(*parsed, JsonFormat::Indented));
    QVERIFY(reparsed);
    QVERIFY(*reparsed == *parsed);
}

QTEST_GUILESS_MAIN(TestExactJson)
#include "tst_exactjson.moc"
