// The Streams inspector, offscreen: the record detail alone (insert, modify, remove, keys only),
// then the panel fed through its watcher's signals and driven by clicks and keys.
#include "shardstatusmodel.h"
#include "streameventfilter.h"
#include "streameventmodel.h"
#include "streaminspectorpanel.h"
#include "streamrecorddetail.h"

#include "session/session.h"
#include "streams/streamrecord.h"
#include "streams/streamwatcher.h"
#include "widgetdriver.h"

#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace dyna;
using streams::StreamEventType;
using streams::StreamRecord;

namespace {

QJsonObject wire(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

StreamRecord makeRecord(StreamEventType type, const QString &pk, const QString &sequence,
                        const QJsonObject &oldImage, const QJsonObject &newImage,
                        const QString &viewType = QStringLiteral("NEW_AND_OLD_IMAGES"))
{
    StreamRecord record;
    record.eventId = QStringLiteral("event-") + sequence;
    record.type = type;
    record.streamArn = QStringLiteral(
        "arn:aws:dynamodb:ddblocal:000000000000:table/Orders/stream/2026-11-30T00:00:00.000");
    record.shardId = QStringLiteral("shardId-00000001");
    record.sequenceNumber = sequence;
    record.approximateCreation = QDateTime(QDate(2026, 11, 30), QTime(4, 50), Qt::UTC);
    record.sizeBytes = 120;
    record.streamViewType = viewType;
    record.keys = QJsonObject{{QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), pk}}}};
    record.oldImage = oldImage;
    record.newImage = newImage;
    record.receivedMsecs = QDateTime::currentMSecsSinceEpoch();
    return record;
}

const char *kOld = R"({"pk":{"S":"user#1"},"name":{"S":"Ada"},"balance":{"N":"10"},
    "tags":{"SS":["a","b"]},"profile":{"M":{"city":{"S":"London"}}},"gone":{"BOOL":true}})";
const char *kNew = R"({"pk":{"S":"user#1"},"name":{"S":"Ada"},
    "balance":{"N":"12345678901234567890.123456789"},"tags":{"SS":["a","b"]},
    "profile":{"M":{"city":{"S":"Paris"}}},"added":{"NULL":true}})";

QStringList column(const QTableWidget *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts.append(table->item(row, column)->text());
    return texts;
}

int rowOf(const QTableWidget *table, const QString &name)
{
    return int(column(table, views::StreamRecordDetail::AttributeColumn).indexOf(name));
}

} // namespace

class TestStreamInspector : public QObject
{
    Q_OBJECT

private:
    // Emits one batch as the watcher would, and waits until the model shows it (unless paused).
    void deliver(const streams::StreamRecordList &records);
    // Three items: user#1 inserted then modified, user#2 inserted, user#3 removed.
    void deliverSample();
    int visibleRows() const { return m_table->model()->rowCount(); }
    QString eventAt(int row) const;
    void clickRow(int row);

    std::unique_ptr<session::Session> m_session;
    std::unique_ptr<views::StreamInspectorPanel> m_panel;
    QTableView *m_table = nullptr;

private Q_SLOTS:
    void init();
    void cleanup();
    void detailModifyShowsBothImagesAndHighlightsChanges();
    void detailShowsOneImage_data();
    void detailShowsOneImage();
    void detailKeysOnly();
    void recordsAppearAsRows();
    void clickingRowShowsImagesWithChangesHighlighted();
    void eventTypeButtonsFilter();
    void typingKeyFilters();
    void pauseHoldsRowsAndResumeAddsThem();
    void smallBufferShowsDroppedBanner();
    void followsNewestRowOnlyAtTheBottom();
    void gapShowsBanner();
    void problemBannerHidesWhenRecordsFlow();
    void exportWritesOneLinePerVisibleEvent();
    void startNeedsConnectionAndTable();
};

void TestStreamInspector::init()
{
    m_session = std::make_unique<session::Session>();
    m_panel = std::make_unique<views::StreamInspectorPanel>(m_session.get());
    m_panel->resize(1200, 800);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_table = test::child<QTableView>(m_panel.get(), "eventTable");
}

void TestStreamInspector::cleanup()
{
    m_panel.reset();
    m_session.reset();
}

void TestStreamInspector::deliver(const streams::StreamRecordList &records)
{
    const qint64 expected = m_panel->model()->totalReceived() + records.size();
    Q_EMIT m_panel->watcher()->recordsArrived(records);
    QCOMPARE(m_panel->model()->totalReceived(), expected);
    // Records wait in the model until its next flush (or, paused, until resume).
    if (!m_panel->model()->isPaused())
        QTRY_COMPARE(m_panel->model()->pendingCount(), 0);
}

void TestStreamInspector::deliverSample()
{
    const QJsonObject first = wire(R"({"pk":{"S":"user#1"},"name":{"S":"Ada"},"n":{"N":"1"}})");
    const QJsonObject second = wire(R"({"pk":{"S":"user#1"},"name":{"S":"Ada"},"n":{"N":"2"}})");
    const QJsonObject other = wire(R"({"pk":{"S":"user#2"},"name":{"S":"Bob"}})");
    const QJsonObject removed = wire(R"({"pk":{"S":"user#3"},"name":{"S":"Cy"}})");
    deliver({makeRecord(StreamEventType::Insert, QStringLiteral("user#1"), QStringLiteral("1"), {},
                        first),
             makeRecord(StreamEventType::Modify, QStringLiteral("user#1"), QStringLiteral("2"),
                        first, second),
             makeRecord(StreamEventType::Insert, QStringLiteral("user#2"), QStringLiteral("3"), {},
                        other),
             makeRecord(StreamEventType::Remove, QStringLiteral("user#3"), QStringLiteral("4"),
                        removed, {})});
}

QString TestStreamInspector::eventAt(int row) const
{
    return m_table->model()->index(row, models::StreamEventModel::EventColumn).data().toString();
}

void TestStreamInspector::clickRow(int row)
{
    const QModelIndex index = m_table->model()->index(row, models::StreamEventModel::KeysColumn);
    m_table->scrollTo(index);
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, m_table->visualRect(index).center());
}

void TestStreamInspector::detailModifyShowsBothImagesAndHighlightsChanges()
{
    views::StreamRecordDetail detail;
    detail.showRecord(makeRecord(StreamEventType::Modify, QStringLiteral("user#1"),
                                 QStringLiteral("100"), wire(kOld), wire(kNew)));
    const QTableWidget *table = detail.attributeTable();

    // Keys first, then every attribute of either image by name.
    QCOMPARE(column(table, views::StreamRecordDetail::AttributeColumn),
             QStringList({"pk", "added", "balance", "gone", "name", "profile", "tags"}));
    const int balance = rowOf(table, QStringLiteral("balance"));
    QCOMPARE(table->item(balance, views::StreamRecordDetail::OldImageColumn)->text(),
             QStringLiteral("10"));
    QCOMPARE(table->item(balance, views::StreamRecordDetail::NewImageColumn)->text(),
             QStringLiteral("12345678901234567890.123456789"));
    const int profile = rowOf(table, QStringLiteral("profile"));
    QCOMPARE(table->item(profile, views::StreamRecordDetail::NewImageColumn)->text(),
             QStringLiteral(R"({"city":{"S":"Paris"}})"));
    QVERIFY(table->item(profile, views::StreamRecordDetail::NewImageColumn)
                ->toolTip()
                .contains(QLatin1Char('\n')));
    // Present in one image only: the other side is the dimmed dash.
    const int added = rowOf(table, QStringLiteral("added"));
    QCOMPARE(table->item(added, views::StreamRecordDetail::OldImageColumn)->text(),
             QStringLiteral("—"));
    QCOMPARE(table->item(added, views::StreamRecordDetail::NewImageColumn)->text(),
             QStringLiteral("null"));
    QCOMPARE(
        table->item(rowOf(table, QStringLiteral("gone")), views::StreamRecordDetail::NewImageColumn)
            ->text(),
        QStringLiteral("—"));

    const QList<int> expectedChanged{added, balance, rowOf(table, QStringLiteral("gone")), profile};
    QCOMPARE(detail.changedRows(), expectedChanged);
    const QBrush plain = table->item(rowOf(table, QStringLiteral("name")), 0)->background();
    for (int row = 0; row < table->rowCount(); ++row) {
        const bool changed = expectedChanged.contains(row);
        QCOMPARE(table->item(row, 0)->font().bold(), changed);
        QCOMPARE(table->item(row, views::StreamRecordDetail::NewImageColumn)->background() != plain,
                 changed);
    }
    QVERIFY(detail.findChild<QLabel *>(QStringLiteral("recordSummary"))
                ->text()
                .startsWith(QLatin1String("4 attribute")));
    const QString header = detail.findChild<QLabel *>(QStringLiteral("recordHeader"))->text();
    QVERIFY2(header.contains(QLatin1String("MODIFY")) && header.contains(QLatin1String("user#1")) &&
                 header.contains(QLatin1String("100")) &&
                 header.contains(QLatin1String("shardId-00000001")) &&
                 header.contains(QLatin1String("2026-11-30 04:50:00")),
             qPrintable(header));

    detail.clear();
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(detail.changedRows().isEmpty());
}

void TestStreamInspector::detailShowsOneImage_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("filledColumn");
    QTest::addColumn<int>("emptyColumn");
    QTest::newRow("insert") << int(StreamEventType::Insert)
                            << int(views::StreamRecordDetail::NewImageColumn)
                            << int(views::StreamRecordDetail::OldImageColumn);
    QTest::newRow("remove") << int(StreamEventType::Remove)
                            << int(views::StreamRecordDetail::OldImageColumn)
                            << int(views::StreamRecordDetail::NewImageColumn);
}

void TestStreamInspector::detailShowsOneImage()
{
    QFETCH(int, type);
    QFETCH(int, filledColumn);
    QFETCH(int, emptyColumn);
    const auto eventType = StreamEventType(type);
    const QJsonObject image = wire(kOld);
    views::StreamRecordDetail detail;
    detail.showRecord(makeRecord(eventType, QStringLiteral("user#1"), QStringLiteral("7"),
                                 eventType == StreamEventType::Remove ? image : QJsonObject(),
                                 eventType == StreamEventType::Insert ? image : QJsonObject()));
    const QTableWidget *table = detail.attributeTable();
    QCOMPARE(table->rowCount(), int(image.size()));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("pk"));
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY(table->item(row, filledColumn)->text() != QStringLiteral("—"));
        QCOMPARE(table->item(row, emptyColumn)->text(), QStringLiteral("—"));
    }
    // The whole item appears or disappears: nothing is singled out as changed.
    QVERIFY(detail.changedRows().isEmpty());
}

void TestStreamInspector::detailKeysOnly()
{
    views::StreamRecordDetail detail;
    detail.showRecord(makeRecord(StreamEventType::Modify, QStringLiteral("user#9"),
                                 QStringLiteral("8"), {}, {}, QStringLiteral("KEYS_ONLY")));
    QCOMPARE(detail.findChild<QLabel *>(QStringLiteral("recordSummary"))->text(),
             QStringLiteral("This stream records keys only: no images."));
    const QTableWidget *table = detail.attributeTable();
    QCOMPARE(column(table, views::StreamRecordDetail::AttributeColumn), QStringList{"pk"});
    QCOMPARE(table->item(0, views::StreamRecordDetail::NewImageColumn)->text(),
             QStringLiteral("user#9"));
    QVERIFY(detail.changedRows().isEmpty());
}

void TestStreamInspector::recordsAppearAsRows()
{
    deliverSample();
    QCOMPARE(visibleRows(), 4);
    QCOMPARE(eventAt(0), QStringLiteral("INSERT"));
    QCOMPARE(eventAt(3), QStringLiteral("REMOVE"));
    QVERIFY2(test::child<QLabel>(m_panel.get(), "statusLabel")
                 ->text()
                 .contains(QLatin1String("4 events")),
             qPrintable(test::child<QLabel>(m_panel.get(), "statusLabel")->text()));
}

void TestStreamInspector::clickingRowShowsImagesWithChangesHighlighted()
{
    deliverSample();
    clickRow(1);
    const QTableWidget *attributes = m_panel->detail()->attributeTable();
    QCOMPARE(column(attributes, views::StreamRecordDetail::AttributeColumn),
             QStringList({"pk", "n", "name"}));
    QCOMPARE(attributes->item(1, views::StreamRecordDetail::OldImageColumn)->text(),
             QStringLiteral("1"));
    QCOMPARE(attributes->item(1, views::StreamRecordDetail::NewImageColumn)->text(),
             QStringLiteral("2"));
    QCOMPARE(m_panel->detail()->changedRows(), QList<int>{1});
    QVERIFY(attributes->item(1, 0)->font().bold());
    QVERIFY(!attributes->item(2, 0)->font().bold());

    clickRow(3);
    QCOMPARE(attributes->item(0, views::StreamRecordDetail::OldImageColumn)->text(),
             QStringLiteral("user#3"));
    QCOMPARE(attributes->item(0, views::StreamRecordDetail::NewImageColumn)->text(),
             QStringLiteral("—"));
}

void TestStreamInspector::eventTypeButtonsFilter()
{
    deliverSample();
    test::click(test::child<QToolButton>(m_panel.get(), "modifyFilter"));
    QCOMPARE(visibleRows(), 3);
    for (int row = 0; row < visibleRows(); ++row)
        QVERIFY(eventAt(row) != QLatin1String("MODIFY"));
    test::click(test::child<QToolButton>(m_panel.get(), "insertFilter"));
    QCOMPARE(visibleRows(), 1);
    QCOMPARE(eventAt(0), QStringLiteral("REMOVE"));
    test::click(test::child<QToolButton>(m_panel.get(), "modifyFilter"));
    QCOMPARE(visibleRows(), 2);
}

void TestStreamInspector::typingKeyFilters()
{
    deliverSample();
    test::typeInto(test::child<QLineEdit>(m_panel.get(), "keyFilter"), QStringLiteral("user#1"));
    QTRY_COMPARE(visibleRows(), 2);
    test::typeInto(test::child<QLineEdit>(m_panel.get(), "textFilter"), QStringLiteral("\"2\""));
    QTRY_COMPARE(visibleRows(), 1);
    QCOMPARE(eventAt(0), QStringLiteral("MODIFY"));
}

void TestStreamInspector::pauseHoldsRowsAndResumeAddsThem()
{
    deliverSample();
    auto *pause = test::child<QPushButton>(m_panel.get(), "pauseButton");
    test::click(pause);
    QVERIFY(pause->isChecked());
    deliver({makeRecord(StreamEventType::Insert, QStringLiteral("user#8"), QStringLiteral("8"), {},
                        wire(R"({"pk":{"S":"user#8"}})")),
             makeRecord(StreamEventType::Insert, QStringLiteral("user#9"), QStringLiteral("9"), {},
                        wire(R"({"pk":{"S":"user#9"}})"))});
    QTest::qWait(50);
    QCOMPARE(visibleRows(), 4);
    test::click(pause);
    QTRY_COMPARE(visibleRows(), 6);
}

void TestStreamInspector::smallBufferShowsDroppedBanner()
{
    auto *buffer = test::child<QSpinBox>(m_panel.get(), "bufferSize");
    QCOMPARE(buffer->value(), 100000);
    buffer->setFocus();
    QTest::keyClick(buffer, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(buffer, QStringLiteral("1000"));
    QTest::keyClick(buffer, Qt::Key_Return);
    QCOMPARE(m_panel->model()->capacity(), 1000);

    auto *banner = test::child<QLabel>(m_panel.get(), "droppedBanner");
    QVERIFY(banner->isHidden());
    streams::StreamRecordList batch;
    for (int i = 0; i < 1500; ++i)
        batch.append(makeRecord(StreamEventType::Insert, QStringLiteral("user#%1").arg(i),
                                QString::number(1000 + i), {}, {}));
    deliver(batch);
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(visibleRows(), 1000);
    QVERIFY2(banner->text().startsWith(QLatin1String("500 oldest events were dropped")) &&
                 banner->text().contains(QLocale().toString(1000)),
             qPrintable(banner->text()));
    // The oldest went first.
    QCOMPARE(m_panel->model()->record(0).sequenceNumber, QStringLiteral("1500"));

    test::click(test::child<QPushButton>(m_panel.get(), "clearButton"));
    QVERIFY(banner->isHidden());
    QCOMPARE(visibleRows(), 0);
}

void TestStreamInspector::followsNewestRowOnlyAtTheBottom()
{
    const auto batch = [](int first) {
        streams::StreamRecordList records;
        for (int i = first; i < first + 200; ++i)
            records.append(makeRecord(StreamEventType::Insert, QStringLiteral("user#%1").arg(i),
                                      QString::number(i), {}, {}));
        return records;
    };
    QScrollBar *bar = m_table->verticalScrollBar();
    deliver(batch(1));
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    deliver(batch(201));
    QTRY_COMPARE(bar->value(), bar->maximum());

    // Scrolled up to read: new rows must not move the view.
    bar->triggerAction(QAbstractSlider::SliderToMinimum);
    QCOMPARE(bar->value(), 0);
    deliver(batch(401));
    QTest::qWait(50);
    QCOMPARE(bar->value(), 0);
    QCOMPARE(visibleRows(), 600);
}

void TestStreamInspector::gapShowsBanner()
{
    auto *banner = test::child<QLabel>(m_panel.get(), "gapBanner");
    QVERIFY(banner->isHidden());
    const QString message = QStringLiteral("Records of shard shardId-1 expired before they "
                                           "were read; reading went on at the oldest record.");
    Q_EMIT m_panel->watcher()->gapDetected(QStringLiteral("shardId-1"), message);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), message);
}

void TestStreamInspector::problemBannerHidesWhenRecordsFlow()
{
    auto *banner = test::child<QLabel>(m_panel.get(), "problemBanner");
    const aws::AwsError error = aws::AwsError::timedOut(QStringLiteral("GetRecords"), 5000);
    Q_EMIT m_panel->watcher()->problem(error);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().startsWith(error.userMessage()));
    QVERIFY(banner->text().contains(QLatin1String("Retrying")));
    deliverSample();
    QVERIFY(banner->isHidden());
}

void TestStreamInspector::exportWritesOneLinePerVisibleEvent()
{
    deliverSample();
    test::click(test::child<QToolButton>(m_panel.get(), "removeFilter"));
    QCOMPARE(visibleRows(), 3);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString visiblePath = dir.filePath(QStringLiteral("visible.jsonl"));
    QString error;
    QVERIFY2(m_panel->exportTo(visiblePath, true, &error), qPrintable(error));
    QFile visible(visiblePath);
    QVERIFY(visible.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = visible.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QStringList sequences;
    for (const QByteArray &line : lines) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        QVERIFY(event.value(QLatin1String("eventName")).toString() != QLatin1String("REMOVE"));
        sequences.append(event.value(QLatin1String("sequenceNumber")).toString());
    }
    QCOMPARE(sequences, QStringList({"1", "2", "3"}));

    const QString allPath = dir.filePath(QStringLiteral("all.jsonl"));
    QVERIFY2(m_panel->exportTo(allPath, false, &error), qPrintable(error));
    QFile all(allPath);
    QVERIFY(all.open(QIODevice::ReadOnly));
    QCOMPARE(all.readAll().trimmed().split('\n').size(), 4);

    // A filter that hides everything exports nothing, not everything.
    test::typeInto(test::child<QLineEdit>(m_panel.get(), "keyFilter"), QStringLiteral("nobody"));
    QTRY_COMPARE(visibleRows(), 0);
    QVERIFY2(m_panel->exportTo(visiblePath, true, &error), qPrintable(error));
    QFile none(visiblePath);
    QVERIFY(none.open(QIODevice::ReadOnly));
    QCOMPARE(none.size(), 0);

    QVERIFY(!m_panel->exportTo(dir.filePath(QStringLiteral("missing/dir/x.jsonl")), false, &error));
    QVERIFY(!error.isEmpty());
}

void TestStreamInspector::startNeedsConnectionAndTable()
{
    auto *start = test::child<QPushButton>(m_panel.get(), "startButton");
    auto *stop = test::child<QPushButton>(m_panel.get(), "stopButton");
    QVERIFY(!start->isEnabled());
    QVERIFY(!stop->isEnabled());
    m_panel->showTable(QStringLiteral("Orders"));
    QVERIFY(!start->isEnabled());
    m_session->connectToLocalEndpoint(QUrl(QStringLiteral("http://127.0.0.1:9")));
    QTRY_VERIFY(start->isEnabled());
    QVERIFY(
        test::child<QLabel>(m_panel.get(), "titleLabel")->text().contains(QLatin1String("Orders")));
}

QTEST_MAIN(TestStreamInspector)

#include "tst_streaminspector.moc"
