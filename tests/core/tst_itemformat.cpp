#include "dynamo/exportjob.h"
#include "dynamo/importjob.h"
#include "dynamo/itemformat.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dyna::dynamo;

Q_DECLARE_METATYPE(dyna::dynamo::ItemFileFormat)

namespace {

AttributeValue str(const QString &text)
{
    return AttributeValue::fromString(text);
}
AttributeValue num(const QString &text)
{
    return AttributeValue::fromNumber(text);
}

// Every type, the awkward texts and numbers, and a second item with other columns and types.
QList<Item> awkwardItems()
{
    Item first;
    first.insert(QStringLiteral("pk"), str(QStringLiteral("user#1")));
    first.insert(QStringLiteral("sk"),
                 num(QStringLiteral("12345678901234567890123456789012345678")));
    first.insert(QStringLiteral("note"),
                 str(QStringLiteral("he said \"hi\", then\nleft\r\nok, ünïcödé ✓")));
    first.insert(QStringLiteral("blob"),
                 AttributeValue::fromBinary(QByteArray("\x00\xff\x10,\"", 5)));
    first.insert(QStringLiteral("tags"),
                 AttributeValue::fromStringSet({QStringLiteral("a"), QStringLiteral("b,\"c\"")}));
    first.insert(
        QStringLiteral("scores"),
        AttributeValue::fromNumberSet({QStringLiteral("-0.000000000000000000000000000000000000001"),
                                       QStringLiteral("99999999999999999999999999999999999999")}));
    first.insert(QStringLiteral("blobs"),
                 AttributeValue::fromBinarySet({QByteArray("\x01", 1), QByteArray("\x02\x03", 2)}));
    first.insert(
        QStringLiteral("list"),
        AttributeValue::fromList({str(QStringLiteral("x")), num(QStringLiteral("1.5")),
                                  AttributeValue::null(), AttributeValue::fromBool(false)}));
    AttributeMap deep;
    deep.insert(QStringLiteral("$B"), str(QStringLiteral("not a tag")));
    deep.insert(QStringLiteral("deeper"),
                AttributeValue::fromList({AttributeValue::fromMap(
                    {{QStringLiteral("n"), num(QStringLiteral("1E+100"))}})}));
    first.insert(QStringLiteral("meta"), AttributeValue::fromMap(deep));
    first.insert(QStringLiteral("gone"), AttributeValue::null());
    first.insert(QStringLiteral("flag"), AttributeValue::fromBool(true));
    first.insert(QStringLiteral("empty"), str(QString()));
    first.insert(QStringLiteral("we\"ird, name (N)"), num(QStringLiteral("7")));

    Item second;
    second.insert(QStringLiteral("pk"), str(QStringLiteral("user#2")));
    second.insert(QStringLiteral("sk"), num(QStringLiteral("-3")));
    second.insert(QStringLiteral("note"), num(QStringLiteral("42"))); // a number where #1 has text
    second.insert(QStringLiteral("emptyBlob"), AttributeValue::fromBinary({}));
    second.insert(QStringLiteral("only2"), str(QStringLiteral("just here")));
    return {first, second};
}

QList<ItemRecord> readAll(const QByteArray &text, ItemFileFormat format)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    ItemFileReader reader(&buffer, format);
    QList<ItemRecord> records;
    while (const auto record = reader.next())
        records.append(*record);
    return records;
}

} // namespace

class TestItemFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void csvQuotesCellsAndTypesColumns();
    void csvCellsKeepLineBreaks();
    void csvFromASpreadsheet();
    void badLinesNameLineAndReason_data();
    void badLinesNameLineAndReason();
    void dynamoDbJsonAcceptsBareItems();
    void writerCommitsOrLeavesNothing();
    void exportOfItemsToAMissingFolderFails();
    void importChecksKeyAndSize_data();
    void importChecksKeyAndSize();
};

void TestItemFormat::roundTrip_data()
{
    QTest::addColumn<ItemFileFormat>("format");
    QTest::newRow("JSON Lines") << ItemFileFormat::JsonLines;
    QTest::newRow("CSV") << ItemFileFormat::Csv;
    QTest::newRow("DynamoDB JSON") << ItemFileFormat::DynamoDbJson;
}

void TestItemFormat::roundTrip()
{
    QFETCH(ItemFileFormat, format);
    const QList<Item> items = awkwardItems();
    for (const Item &item : items) {
        for (const auto &value : item)
            QVERIFY(value.isValid());
    }
    const QByteArray text =
        formatItems(items, format, {QStringLiteral("pk"), QStringLiteral("sk")});
    const QList<ItemRecord> records = readAll(text, format);
    QCOMPARE(records.size(), items.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QVERIFY2(!records[i].error,
                 qPrintable(records[i].error ? records[i].error->message : QString()));
        QCOMPARE(records[i].item.keys(), items[i].keys());
        for (const QString &name : items[i].keys())
            QVERIFY2(records[i].item.value(name) == items[i].value(name), qPrintable(name));
    }
    // The CSV header row shifts line numbers.
    const int firstLine = format == ItemFileFormat::Csv ? 2 : 1;
    QCOMPARE(records[0].line, firstLine);
    QCOMPARE(records[1].line, firstLine + 1);
}

void TestItemFormat::csvQuotesCellsAndTypesColumns()
{
    Item first;
    first.insert(QStringLiteral("id"), str(QStringLiteral("a,\"b\"")));
    first.insert(QStringLiteral("n"), num(QStringLiteral("5")));
    first.insert(QStringLiteral("mixed"), str(QStringLiteral("x")));
    Item second;
    second.insert(QStringLiteral("id"), str(QStringLiteral("two\nlines")));
    second.insert(QStringLiteral("mixed"), num(QStringLiteral("1")));
    second.insert(QStringLiteral("set"), AttributeValue::fromStringSet({QStringLiteral("s")}));

    QCOMPARE(formatItems({first, second}, ItemFileFormat::Csv, {QStringLiteral("id")}),
             QByteArray("id (S),mixed (JSON),n (N),set (SS)\r\n"
                        "\"a,\"\"b\"\"\",\"\"\"x\"\"\",5,\r\n"
                        "\"two\nlines\",1,,\"{\"\"$SS\"\":[\"\"s\"\"]}\"\r\n"));
}

void TestItemFormat::csvCellsKeepLineBreaks()
{
    Item first;
    first.insert(QStringLiteral("note"), str(QStringLiteral("a\r\nb\nc\r")));
    Item second;
    second.insert(QStringLiteral("note"), str(QStringLiteral("\"quoted\"\n")));
    const QByteArray text = formatItems({first, second}, ItemFileFormat::Csv);
    const QList<ItemRecord> records = readAll(text, ItemFileFormat::Csv);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].item, first);
    QCOMPARE(records[1].item, second);
    // Line numbers count the two LFs inside the first note (a lone CR ends no line).
    QCOMPARE(records[0].line, 2);
    QCOMPARE(records[1].line, 5);
}

void TestItemFormat::csvFromASpreadsheet()
{
    // No type suffixes, LF line ends, a byte order mark and a trailing blank line.
    const QList<ItemRecord> records = readAll(
        "\xEF\xBB\xBFname,age,active (BOOL)\nAnn,31,TRUE\nBob,,false\n\n", ItemFileFormat::Csv);
    QCOMPARE(records.size(), 2);
    QVERIFY(!records[0].error && !records[1].error);
    QCOMPARE(records[0].item.value(QStringLiteral("name")), str(QStringLiteral("Ann")));
    QCOMPARE(records[0].item.value(QStringLiteral("age")), str(QStringLiteral("31")));
    QCOMPARE(records[0].item.value(QStringLiteral("active")), AttributeValue::fromBool(true));
    QVERIFY(!records[1].item.contains(QStringLiteral("age")));
    QCOMPARE(records[1].line, 3);
}

void TestItemFormat::badLinesNameLineAndReason_data()
{
    QTest::addColumn<ItemFileFormat>("format");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<int>>("goodLines");
    QTest::addColumn<QList<int>>("badLines");
    QTest::addColumn<QStringList>("reasons"); // a fragment of each bad line's message

    QTest::newRow("JSON Lines") << ItemFileFormat::JsonLines
                                << QByteArray("{\"pk\":\"a\"}\n"
                                              "{\"pk\": }\n"
                                              "\n"
                                              "[1]\n"
                                              "{\"pk\":\"b\",\"s\":{\"$SS\":[]}}\r\n"
                                              "{\"pk\":\"c\",\"n\":1e2}\n"
                                              "\xff\n")
                                << QList<int>{1, 6} << QList<int>{2, 4, 5, 7}
                                << QStringList{QStringLiteral("Column 8"),
                                               QStringLiteral("not an item object"),
                                               QStringLiteral("s"), QStringLiteral("UTF-8")};
    QTest::newRow("DynamoDB JSON") << ItemFileFormat::DynamoDbJson
                                   << QByteArray("{\"Item\":{\"pk\":{\"S\":\"a\"}}}\n"
                                                 "{\"Item\":{\"pk\":{\"X\":\"1\"}}}\n"
                                                 "{\"pk\":{\"N\":\"abc\"}}\n"
                                                 "{\"pk\":{\"S\":\"b\"}}\n")
                                   << QList<int>{1, 4} << QList<int>{2, 3}
                                   << QStringList{QStringLiteral("pk"), QStringLiteral("pk")};
    QTest::newRow("CSV") << ItemFileFormat::Csv
                         << QByteArray("pk (S),note (S),n (N)\r\n"
                                       "a,\"line 1\r\nline 2\",1\r\n"
                                       "b,x,not a number\r\n"
                                       "c,x\r\n"
                                       "d,x\"y,2\r\n"
                                       "e,\"x\"y,2\r\n"
                                       "f,,3\r\n"
                                       "g,\"never closed,4\r\n"
                                       "h,,5\r\n")
                         << QList<int>{2, 8} << QList<int>{4, 5, 6, 7, 9}
                         << QStringList{QStringLiteral("Column \"n\""), QStringLiteral("2 cells"),
                                        QStringLiteral("does not start with one"),
                                        QStringLiteral("after its closing quote"),
                                        QStringLiteral("never closed")};
    QTest::newRow("CSV with a bad header")
        << ItemFileFormat::Csv << QByteArray("\n\npk (S),pk (N)\na,1\n") << QList<int>{}
        << QList<int>{3} << QStringList{QStringLiteral("\"pk\" has two columns")};
}

void TestItemFormat::badLinesNameLineAndReason()
{
    QFETCH(ItemFileFormat, format);
    QFETCH(QByteArray, text);
    QFETCH(QList<int>, goodLines);
    QFETCH(QList<int>, badLines);
    QFETCH(QStringList, reasons);

    const QList<QByteArray> lines = text.split('\n');
    QList<int> good;
    QList<int> bad;
    for (const ItemRecord &record : readAll(text, format)) {
        if (!record.error) {
            QVERIFY(!record.item.isEmpty());
            good.append(record.line);
            continue;
        }
        QCOMPARE(record.error->line, record.line);
        QVERIFY(record.item.isEmpty());
        const QString &reason = reasons.value(bad.size());
        QVERIFY2(record.error->message.contains(reason),
                 qPrintable(record.error->message + QStringLiteral(" lacks ") + reason));
        // The reported text starts with the line the error points at.
        QVERIFY(lines.value(record.line - 1).startsWith(record.error->text.split('\n').first()));
        bad.append(record.line);
    }
    QCOMPARE(good, goodLines);
    QCOMPARE(bad, badLines);
}

void TestItemFormat::dynamoDbJsonAcceptsBareItems()
{
    // A bare item whose only attribute is a map named "Item" is not mistaken for the wrapper.
    const QList<ItemRecord> records =
        readAll("{\"Item\":{\"M\":{\"x\":{\"S\":\"1\"}}}}\n{\"Item\":{\"Item\":{\"S\":\"v\"}}}\n",
                ItemFileFormat::DynamoDbJson);
    QCOMPARE(records.size(), 2);
    QVERIFY(!records[0].error && !records[1].error);
    const AttributeValue map = records[0].item.value(QStringLiteral("Item"));
    QCOMPARE(map.type(), AttributeValue::Type::Map);
    QCOMPARE(map.map().value(QStringLiteral("x")), str(QStringLiteral("1")));
    QCOMPARE(records[1].item.value(QStringLiteral("Item")), str(QStringLiteral("v")));
}

void TestItemFormat::writerCommitsOrLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("items.csv"));
    const QList<Item> items = awkwardItems();
    {
        ItemFileWriter writer(path, ItemFileFormat::Csv, {QStringLiteral("pk")});
        QVERIFY(writer.open());
        for (const Item &item : items)
            QVERIFY(writer.write(item));
        writer.cancel();
    }
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));

    ItemFileWriter writer(path, ItemFileFormat::Csv, {QStringLiteral("pk")});
    QVERIFY(writer.open());
    for (const Item &item : items)
        QVERIFY(writer.write(item));
    QVERIFY(!QFile::exists(path)); // nothing visible before commit
    QVERIFY(writer.commit());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QCOMPARE(written, formatItems(items, ItemFileFormat::Csv, {QStringLiteral("pk")}));
    QCOMPARE(writer.bytesWritten(), written.size());

    ItemFileWriter blocked(dir.filePath(QStringLiteral("missing/items.jsonl")),
                           ItemFileFormat::JsonLines);
    QVERIFY(!blocked.open());
    QVERIFY(blocked.errorString().contains(QStringLiteral("missing/items.jsonl")));
}

void TestItemFormat::exportOfItemsToAMissingFolderFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/items.csv"));
    ExportJob job(awkwardItems(), path, ItemFileFormat::Csv);
    QSignalSpy finished(&job, &dyna::aws::Job::finished);
    job.start();
    QVERIFY(finished.wait(5000));
    QVERIFY(job.error().isError());
    QVERIFY2(job.errorString().contains(path), qPrintable(job.errorString()));
    QCOMPARE(job.items(), 0);
}

void TestItemFormat::importChecksKeyAndSize_data()
{
    QTest::addColumn<Item>("item");
    QTest::addColumn<QString>("reason"); // empty: the item is fine

    Item good;
    good.insert(QStringLiteral("pk"), str(QStringLiteral("a")));
    good.insert(QStringLiteral("sk"), num(QStringLiteral("1")));
    good.insert(QStringLiteral("empty"), str(QString())); // empty strings are fine off the key
    QTest::newRow("valid") << good << QString();

    Item missing = good;
    missing.remove(QStringLiteral("sk"));
    QTest::newRow("missing sort key") << missing << QStringLiteral("has no \"sk\"");

    Item wrongType = good;
    wrongType.insert(QStringLiteral("sk"), str(QStringLiteral("1")));
    QTest::newRow("sort key of the wrong type") << wrongType << QStringLiteral("type N");

    Item emptyKey = good;
    emptyKey.insert(QStringLiteral("pk"), str(QString()));
    QTest::newRow("empty partition key") << emptyKey << QStringLiteral("cannot be empty");

    Item huge = good;
    huge.insert(QStringLiteral("payload"), str(QString(410 * 1024, QLatin1Char('x'))));
    QTest::newRow("over 400 KB") << huge << QStringLiteral("400 KB");
}

void TestItemFormat::importChecksKeyAndSize()
{
    QFETCH(Item, item);
    QFETCH(QString, reason);
    const auto problem =
        ImportJob::checkItem(item, {{QStringLiteral("pk"), AttributeValue::Type::String},
                                    {QStringLiteral("sk"), AttributeValue::Type::Number}});
    if (reason.isEmpty()) {
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        return;
    }
    QVERIFY(problem);
    QVERIFY2(problem->contains(reason), qPrintable(*problem));
}

QTEST_GUILESS_MAIN(TestItemFormat)
#include "tst_itemformat.moc"
