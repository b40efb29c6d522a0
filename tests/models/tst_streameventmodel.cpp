// The Streams inspector's live feed: batched inserts, the bounded buffer, pause, the filter and
// the JSON Lines export.
#include "streameventfilter.h"
#include "streameventmodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace dyna;
using models::StreamEventFilter;
using models::StreamEventModel;
using streams::StreamEventType;
using streams::StreamRecord;
using streams::StreamRecordList;

namespace {

const QString kStreamArn = QStringLiteral(
    "arn:aws:dynamodb:eu-west-1:123456789012:table/Orders/stream/2026-03-01T00:00:00.000");

QJsonObject wire(const char *type, const QJsonValue &value)
{
    return QJsonObject{{QLatin1String(type), value}};
}

// Record n of a feed: sequence numbers grow with n, keys pk=order#n and sk=n.
StreamRecord makeRecord(int n, StreamEventType type = StreamEventType::Insert)
{
    StreamRecord record;
    record.eventId = QStringLiteral("event-%1").arg(n);
    record.type = type;
    record.streamArn = kStreamArn;
    record.shardId = QStringLiteral("shardId-00000001-%1").arg(n % 2);
    record.sequenceNumber = QStringLiteral("4000000000000000000%1").arg(n, 6, 10, QLatin1Char('0'));
    record.approximateCreation = QDateTime(QDate(2026, 3, 1), QTime(12, 0).addSecs(n), Qt::UTC);
    record.sizeBytes = 100 + n;
    record.streamViewType = QStringLiteral("NEW_AND_OLD_IMAGES");
    record.keys = {{QStringLiteral("pk"), wire("S", QStringLiteral("order#%1").arg(n))},
                   {QStringLiteral("sk"), wire("N", QString::number(n))}};
    if (type != StreamEventType::Insert)
        record.oldImage = record.keys;
    if (type != StreamEventType::Remove) {
        record.newImage = record.keys;
        record.newImage.insert(QStringLiteral("status"),
                               wire("S", QStringLiteral("state-%1").arg(n)));
    }
    record.receivedMsecs = record.approximateCreation.toMSecsSinceEpoch() + 1234;
    return record;
}

StreamRecordList makeRecords(int first, int count)
{
    StreamRecordList records;
    for (int n = first; n < first + count; ++n)
        records.append(makeRecord(n));
    return records;
}

QStringList sequencesOf(const QAbstractItemModel &model)
{
    QStringList sequences;
    for (int row = 0; row < model.rowCount(); ++row)
        sequences.append(model.index(row, 0).data(StreamEventModel::SequenceRole).toString());
    return sequences;
}

QStringList sequencesOf(const StreamRecordList &records)
{
    QStringList sequences;
    for (const StreamRecord &record : records)
        sequences.append(record.sequenceNumber);
    return sequences;
}

// Lets the model's once-per-turn flush run.
void waitForFlush(StreamEventModel &model)
{
    QSignalSpy counts(&model, &StreamEventModel::countsChanged);
    QVERIFY(counts.wait(1000));
}

} // namespace

class TestStreamEventModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsOfOneTurnInsertOnce();
    void displayTexts_data();
    void displayTexts();
    void headersAndTooltips();
    void capacityDropsOldestRows();
    void batchLargerThanCapacity();
    void loweringCapacityDropsAtOnce();
    void pausedHoldsRowsStill();
    void pendingIsBoundedWhilePaused();
    void clearResetsEverything();
    void writeJsonLines_data();
    void writeJsonLines();
    void writeJsonLinesReportsWriteErrors();
    void filterByEventType();
    void filterByKeyAndText_data();
    void filterByKeyAndText();
    void filterAppliesToNewRows();
};

void TestStreamEventModel::appendsOfOneTurnInsertOnce()
{
    StreamEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    const StreamRecordList first = makeRecords(0, 2);
    const StreamRecordList second = makeRecords(2, 3);
    const StreamRecordList third = makeRecords(5, 1);
    model.append(first);
    model.append(second);
    model.append(third);
    QCOMPARE(model.rowCount(), 0); // nothing until the event loop turns
    QCOMPARE(model.pendingCount(), 6);
    QCOMPARE(model.totalReceived(), 6);

    waitForFlush(model);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 5);
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(sequencesOf(model), sequencesOf(first + second + third));
    QCOMPARE(model.record(3).eventId, second.at(1).eventId);

    // The next turn's appends go after the existing rows, again in one insert.
    model.append(makeRecords(6, 2));
    waitForFlush(model);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 6);
    QCOMPARE(inserted.at(1).at(2).toInt(), 7);
    QCOMPARE(model.droppedCount(), 0);
}

void TestStreamEventModel::displayTexts_data()
{
    QTest::addColumn<StreamRecord>("record");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    StreamRecord insert = makeRecord(1);
    // Built in local time: the column shows the user's clock, not UTC.
    insert.approximateCreation =
        QDateTime(QDate(2026, 3, 1), QTime(12, 34, 56), Qt::LocalTime).toUTC();
    insert.sizeBytes = 123;
    QTest::newRow("time") << insert << int(StreamEventModel::TimeColumn)
                          << QStringLiteral("2026-03-01 12:34:56");
    QTest::newRow("insert") << insert << int(StreamEventModel::EventColumn)
                            << QStringLiteral("INSERT");
    QTest::newRow("bytes") << insert << int(StreamEventModel::SizeColumn)
                           << QStringLiteral("123 B");
    QTest::newRow("shard") << insert << int(StreamEventModel::ShardColumn)
                           << QStringLiteral("shardId-00000001-1");
    QTest::newRow("sequence") << insert << int(StreamEventModel::SequenceColumn)
                              << insert.sequenceNumber;
    QTest::newRow("string and number keys")
        << insert << int(StreamEventModel::KeysColumn) << QStringLiteral("pk=order#1, sk=1");

    StreamRecord modify = makeRecord(2, StreamEventType::Modify);
    modify.sizeBytes = 1229;
    QTest::newRow("modify") << modify << int(StreamEventModel::EventColumn)
                            << QStringLiteral("MODIFY");
    QTest::newRow("kilobytes") << modify << int(StreamEventModel::SizeColumn)
                               << QStringLiteral("1.2 KB");

    StreamRecord remove = makeRecord(3, StreamEventType::Remove);
    remove.keys = {{QStringLiteral("zeta"),
                    wire("N", QStringLiteral("12345678901234567890.123456789012345678"))},
                   {QStringLiteral("alpha"), wire("B", QStringLiteral("3q2+7w=="))}};
    QTest::newRow("remove") << remove << int(StreamEventModel::EventColumn)
                            << QStringLiteral("REMOVE");
    QTest::newRow("binary and long number keys sorted by name")
        << remove << int(StreamEventModel::KeysColumn)
        << QStringLiteral("alpha=3q2+7w==, zeta=12345678901234567890.123456789012345678");

    StreamRecord other = makeRecord(4);
    other.keys = {{QStringLiteral("flag"), wire("BOOL", true)},
                  {QStringLiteral("nothing"), wire("NULL", true)}};
    QTest::newRow("bool and null keys")
        << other << int(StreamEventModel::KeysColumn) << QStringLiteral("flag=true, nothing=null");
}

void TestStreamEventModel::displayTexts()
{
    QFETCH(StreamRecord, record);
    QFETCH(int, column);
    QFETCH(QString, text);

    StreamEventModel model;
    model.append({record});
    waitForFlush(model);
    QCOMPARE(model.index(0, column).data().toString(), text);
    if (column == StreamEventModel::KeysColumn)
        QCOMPARE(model.index(0, column).data(StreamEventModel::KeysTextRole).toString(), text);
}

void TestStreamEventModel::headersAndTooltips()
{
    StreamEventModel model;
    const StreamRecord record = makeRecord(7, StreamEventType::Modify);
    model.append({record});
    waitForFlush(model);

    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers, QStringList({"Time", "Event", "Keys", "Size", "Shard", "Sequence number"}));

    const QModelIndex keys = model.index(0, StreamEventModel::KeysColumn);
    QCOMPARE(QJsonDocument::fromJson(keys.data(Qt::ToolTipRole).toString().toUtf8()).object(),
             record.keys);
    const QString timeTip =
        model.index(0, StreamEventModel::TimeColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(timeTip.contains(QDateTime::fromMSecsSinceEpoch(record.receivedMsecs)
                                  .toLocalTime()
                                  .toString(QStringLiteral("HH:mm:ss.zzz"))),
             qPrintable(timeTip));
    const auto alignment = model.index(0, StreamEventModel::SizeColumn)
                               .data(Qt::TextAlignmentRole)
                               .value<Qt::Alignment>();
    QVERIFY(alignment & Qt::AlignRight);
    QCOMPARE(model.index(0, 0).data(StreamEventModel::EventTypeRole).toInt(),
             int(StreamEventType::Modify));
    const QString search = model.index(0, 0).data(StreamEventModel::SearchTextRole).toString();
    QVERIFY2(search.contains(QLatin1String("state-7")), qPrintable(search));
}

void TestStreamEventModel::capacityDropsOldestRows()
{
    StreamEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(5);
    model.append(makeRecords(0, 5));
    waitForFlush(model);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy dropped(&model, &StreamEventModel::droppedChanged);
    model.append(makeRecords(5, 3));
    waitForFlush(model);

    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(sequencesOf(model), sequencesOf(makeRecords(3, 5)));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 2);
    QCOMPARE(model.droppedCount(), 3);
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.at(0).at(0).toLongLong(), 3);
    QCOMPARE(model.totalReceived(), 8);
}

void TestStreamEventModel::batchLargerThanCapacity()
{
    StreamEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(5);
    model.append(makeRecords(0, 2));
    waitForFlush(model);

    QSignalSpy dropped(&model, &StreamEventModel::droppedChanged);
    model.append(makeRecords(2, 4));
    model.append(makeRecords(6, 4)); // this turn alone brings 8 records for 5 rows
    waitForFlush(model);

    QCOMPARE(sequencesOf(model), sequencesOf(makeRecords(5, 5)));
    // 2 old rows and the 3 oldest new records.
    QCOMPARE(model.droppedCount(), 5);
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.at(0).at(0).toLongLong(), 5);
    QCOMPARE(model.totalReceived(), 10);
}

void TestStreamEventModel::loweringCapacityDropsAtOnce()
{
    StreamEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.capacity(), 100000);
    model.append(makeRecords(0, 6));
    waitForFlush(model);

    QSignalSpy dropped(&model, &StreamEventModel::droppedChanged);
    model.setCapacity(2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(sequencesOf(model), sequencesOf(makeRecords(4, 2)));
    QCOMPARE(model.droppedCount(), 4);
    QCOMPARE(dropped.count(), 1);

    model.setCapacity(0);
    QCOMPARE(model.capacity(), 1);
    QCOMPARE(sequencesOf(model), sequencesOf(makeRecords(5, 1)));
    QCOMPARE(model.droppedCount(), 5);
}

void TestStreamEventModel::pausedHoldsRowsStill()
{
    StreamEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(makeRecords(0, 2));
    waitForFlush(model);

    model.setPaused(true);
    QVERIFY(model.isPaused());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append(makeRecords(2, 2));
    waitForFlush(model);
    model.append(makeRecords(4, 1));
    waitForFlush(model);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.pendingCount(), 3);
    QCOMPARE(inserted.count(), 0);

    model.setPaused(false);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(sequencesOf(model), sequencesOf(makeRecords(0, 5)));
    QCOMPARE(model.droppedCount(), 0);
}

void TestStreamEventModel::pendingIsBoundedWhilePaused()
{
    StreamEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(4);
    model.append(makeRecords(0, 3));
    waitForFlush(model);
    model.setPaused(true);

    QSignalSpy dropped(&model, &StreamEventModel::droppedChanged);
    model.append(makeRecords(3, 4));
    model.append(makeRecords(7, 2));
    waitForFlush(model);
    QCOMPARE(model.pendingCount(), 4);
    QCOMPARE(model.droppedCount(), 2);
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(model.rowCount(), 3);

    model.setPaused(false);
    QCOMPARE(sequencesOf(model), sequencesOf(makeRecords(5, 4)));
    QCOMPARE(model.droppedCount(), 5); // and the 3 rows the resumed records pushed out
    QCOMPARE(model.totalReceived(), 9);
}

void TestStreamEventModel::clearResetsEverything()
{
    StreamEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(3);
    model.append(makeRecords(0, 5));
    waitForFlush(model);
    model.setPaused(true);
    model.append(makeRecords(5, 2));

    QSignalSpy counts(&model, &StreamEventModel::countsChanged);
    QSignalSpy dropped(&model, &StreamEventModel::droppedChanged);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(model.droppedCount(), 0);
    QCOMPARE(model.totalReceived(), 0);
    QVERIFY(counts.count() >= 1);
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.at(0).at(0).toLongLong(), 0);

    model.setPaused(false);
    model.append(makeRecords(9, 1));
    waitForFlush(model);
    QCOMPARE(sequencesOf(model), sequencesOf(makeRecords(9, 1)));
}

void TestStreamEventModel::writeJsonLines_data()
{
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<QList<int>>("expectedRows");

    QTest::newRow("all") << QList<int>() << QList<int>({0, 1, 2, 3});
    QTest::newRow("chosen, in the given order") << QList<int>({3, 1}) << QList<int>({3, 1});
    QTest::newRow("out of range skipped") << QList<int>({2, 9, -1}) << QList<int>({2});
}

void TestStreamEventModel::writeJsonLines()
{
    QFETCH(QList<int>, rows);
    QFETCH(QList<int>, expectedRows);

    StreamEventModel model;
    model.append({makeRecord(0), makeRecord(1, StreamEventType::Modify),
                  makeRecord(2, StreamEventType::Remove), makeRecord(3)});
    waitForFlush(model);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QCOMPARE(model.writeJsonLines(&buffer, rows), qint64(expectedRows.size()));

    QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.takeLast(), QByteArray()); // every line ends with a line break
    QCOMPARE(lines.size(), expectedRows.size());
    for (int i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(lines.at(i), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.object(), model.record(expectedRows.at(i)).toEventPayload());
    }
}

void TestStreamEventModel::writeJsonLinesReportsWriteErrors()
{
    StreamEventModel model;
    model.append(makeRecords(0, 2));
    waitForFlush(model);
    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("QIODevice::write")));
    QCOMPARE(model.writeJsonLines(&readOnly), qint64(-1));
}

void TestStreamEventModel::filterByEventType()
{
    StreamEventModel model;
    model.append({makeRecord(0), makeRecord(1, StreamEventType::Modify),
                  makeRecord(2, StreamEventType::Remove), makeRecord(3, StreamEventType::Modify)});
    waitForFlush(model);
    StreamEventFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(filter.rowCount(), 4);
    filter.setEventTypes({StreamEventType::Modify});
    QCOMPARE(sequencesOf(filter),
             QStringList({model.record(1).sequenceNumber, model.record(3).sequenceNumber}));
    filter.setEventTypes({StreamEventType::Insert, StreamEventType::Remove});
    QCOMPARE(sequencesOf(filter),
             QStringList({model.record(0).sequenceNumber, model.record(2).sequenceNumber}));
    filter.setEventTypes({});
    QCOMPARE(filter.rowCount(), 0);
}

void TestStreamEventModel::filterByKeyAndText_data()
{
    QTest::addColumn<QString>("keyFilter");
    QTest::addColumn<QString>("textFilter");
    QTest::addColumn<QList<int>>("rows");

    QTest::newRow("no filter") << QString() << QString() << QList<int>({0, 1, 2, 3, 12});
    QTest::newRow("key, any case") << QStringLiteral("ORDER#1") << QString() << QList<int>({1, 12});
    QTest::newRow("key name and value") << QStringLiteral("sk=3") << QString() << QList<int>({3});
    QTest::newRow("key filter ignores images")
        << QStringLiteral("state-2") << QString() << QList<int>();
    QTest::newRow("value inside NewImage")
        << QString() << QStringLiteral("STATE-2") << QList<int>({2});
    QTest::newRow("attribute name")
        << QString() << QStringLiteral("\"status\"") << QList<int>({0, 1, 2, 3, 12});
    QTest::newRow("both") << QStringLiteral("order#1") << QStringLiteral("state-12")
                          << QList<int>({12});
}

void TestStreamEventModel::filterByKeyAndText()
{
    QFETCH(QString, keyFilter);
    QFETCH(QString, textFilter);
    QFETCH(QList<int>, rows);

    StreamEventModel model;
    model.append({makeRecord(0), makeRecord(1, StreamEventType::Modify), makeRecord(2),
                  makeRecord(3, StreamEventType::Modify), makeRecord(12)});
    waitForFlush(model);
    StreamEventFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setKeyFilter(keyFilter);
    filter.setTextFilter(textFilter);

    QStringList expected;
    for (int n : std::as_const(rows))
        expected.append(makeRecord(n).sequenceNumber);
    QCOMPARE(sequencesOf(filter), expected);
}

void TestStreamEventModel::filterAppliesToNewRows()
{
    StreamEventModel model;
    StreamEventFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setEventTypes({StreamEventType::Remove});

    model.append({makeRecord(0), makeRecord(1, StreamEventType::Remove)});
    waitForFlush(model);
    QCOMPARE(sequencesOf(filter), QStringList({makeRecord(1).sequenceNumber}));

    // Rows pushed out of the bounded buffer leave the filter too.
    model.setCapacity(1);
    model.append({makeRecord(2, StreamEventType::Remove)});
    waitForFlush(model);
    QCOMPARE(sequencesOf(filter), QStringList({makeRecord(2).sequenceNumber}));
}

QTEST_GUILESS_MAIN(TestStreamEventModel)
#include "tst_streameventmodel.moc"
