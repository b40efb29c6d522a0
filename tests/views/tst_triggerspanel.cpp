// The triggers panel, offscreen: the Add dialog alone (schedule checked as it is typed, the cost
// of itemPolled, the spec it makes), then the panel fed through the watcher's signals and driven
// by clicks.
#include "triggerdialog.h"
#include "triggerspanel.h"

#include "session/session.h"
#include "streams/streamrecord.h"
#include "streams/streamwatcher.h"
#include "streams/triggerspec.h"
#include "widgetdriver.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>

#include <memory>

using namespace dyna;
using streams::TriggerKind;
using streams::TriggerSpec;
using views::TriggerDialog;
using views::TriggersPanel;

namespace {

const QString kOrdersArn = QStringLiteral(
    "arn:aws:dynamodb:us-east-1:000000000000:table/Orders/stream/2026-11-30T00:00:00.000");
const QString kOtherArn = QStringLiteral(
    "arn:aws:dynamodb:us-east-1:000000000000:table/Other/stream/2026-11-30T00:00:00.000");

// One GetRecords element, read the way the consumer reads it.
streams::StreamRecord record(const QString &eventName, const QString &pk, int sequence,
                             const QString &streamArn = kOrdersArn)
{
    const QJsonObject keys{{QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), pk}}}};
    QJsonObject change{
        {QStringLiteral("ApproximateCreationDateTime"), 1796000000},
        {QStringLiteral("Keys"), keys},
        {QStringLiteral("SequenceNumber"), QString::number(1000 + sequence)},
        {QStringLiteral("SizeBytes"), 40},
        {QStringLiteral("StreamViewType"), QStringLiteral("NEW_AND_OLD_IMAGES")},
    };
    if (eventName != QLatin1String("REMOVE"))
        change.insert(QStringLiteral("NewImage"), keys);
    const QJsonObject wire{
        {QStringLiteral("eventID"), QStringLiteral("event-%1").arg(sequence)},
        {QStringLiteral("eventName"), eventName},
        {QStringLiteral("eventSource"), QStringLiteral("aws:dynamodb")},
        {QStringLiteral("dynamodb"), change},
    };
    QString error;
    const std::optional<streams::StreamRecord> parsed =
        streams::StreamRecord::fromWire(wire, streamArn, QStringLiteral("shardId-1"), &error);
    if (!parsed)
        qFatal("bad test record: %s", qPrintable(error));
    return *parsed;
}

TriggerSpec streamSpec(TriggerKind kind, qint64 scheduleMs, const QString &id = {})
{
    TriggerSpec spec;
    spec.id = id;
    spec.kind = kind;
    spec.tableName = QStringLiteral("Orders");
    spec.scheduleMs = scheduleMs;
    return spec;
}

QPushButton *okButton(const TriggerDialog *dialog)
{
    return test::child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

QString kindLabel(const TriggerDialog *dialog, TriggerKind kind)
{
    auto *combo = test::child<QComboBox>(dialog, "kindCombo");
    return combo->itemText(combo->findData(int(kind)));
}

} // namespace

class TestTriggersPanel : public QObject
{
    Q_OBJECT

private:
    QStringList logLines() const;
    QString cell(int row, TriggersPanel::Column column) const;
    void selectRow(int row);
    void clickLogLine(int line);

    std::unique_ptr<session::Session> m_session;
    std::unique_ptr<streams::StreamWatcher> m_watcher;
    std::unique_ptr<TriggersPanel> m_panel;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_log = nullptr;

private Q_SLOTS:
    void dialogLabelsEveryKind();
    void invalidScheduleDisablesOk_data();
    void invalidScheduleDisablesOk();
    void itemPolledShowsCostWarning();
    void itemPolledNeedsKeyAttributes();
    void dialogSpecRoundTrip_data();
    void dialogSpecRoundTrip();
    void typedFieldsMakeTheSpec();

    void init();
    void cleanup();
    void addButtonOpensPrefilledDialog();
    void eachTriggerLogsOnlyItsEvents();
    void removeStopsTrigger();
    void runNowFiresAtOnce();
    void selectingLogLineShowsItsJson();
    void logKeepsLastThousandLines();
    void pollingProblemsAreLogged();
};

// ---- the dialog ----

void TestTriggersPanel::dialogLabelsEveryKind()
{
    TriggerDialog dialog(QStringLiteral("Orders"), {}, 0);
    auto *combo = test::child<QComboBox>(&dialog, "kindCombo");
    QCOMPARE(combo->count(), int(streams::triggerNames().size()));
    for (const QString &name : streams::triggerNames()) {
        const int index = combo->findData(int(*streams::triggerKindFromName(name)));
        QVERIFY(index >= 0);
        // A readable label with the seed's name in brackets.
        QVERIFY2(combo->itemText(index).endsWith(QStringLiteral("(%1)").arg(name)),
                 qPrintable(combo->itemText(index)));
        QVERIFY(combo->itemText(index).size() > name.size() + 4);
    }
    QCOMPARE(combo->itemText(0), QStringLiteral("New items (streamRecordInserted)"));
}

void TestTriggersPanel::invalidScheduleDisablesOk_data()
{
    QTest::addColumn<QString>("schedule");
    QTest::newRow("words") << QStringLiteral("soon");
    QTest::newRow("no unit") << QStringLiteral("30");
    QTest::newRow("zero") << QStringLiteral("0s");
    QTest::newRow("over a day") << QStringLiteral("25h");
    QTest::newRow("empty") << QString();
}

void TestTriggersPanel::invalidScheduleDisablesOk()
{
    QFETCH(QString, schedule);
    TriggerDialog dialog(QStringLiteral("Orders"), {}, 0);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = test::child<QLineEdit>(&dialog, "scheduleEdit");
    auto *sentence = test::child<QLabel>(&dialog, "scheduleSentence");
    QVERIFY(okButton(&dialog)->isEnabled());

    test::typeInto(edit, schedule);
    QVERIFY(!okButton(&dialog)->isEnabled());
    QString expected;
    QCOMPARE(TriggerSpec::parseSchedule(schedule, &expected), qint64(-1));
    QCOMPARE(sentence->text(), expected);
    QVERIFY(sentence->isVisible());

    test::typeInto(edit, QStringLiteral("90s"));
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY2(sentence->text().contains(QStringLiteral("every 90 s")), qPrintable(sentence->text()));
}

void TestTriggersPanel::itemPolledShowsCostWarning()
{
    // 40 KB: ten 4 KB read units, five at eventual consistency.
    TriggerDialog dialog(QStringLiteral("Orders"), {QStringLiteral("pk"), QStringLiteral("sk")},
                         40 * 1024);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *warning = test::child<QLabel>(&dialog, "costWarning");
    auto *keys = test::child<QLineEdit>(&dialog, "keyAttributesEdit");
    auto *fromLatest = test::child<QCheckBox>(&dialog, "fromLatestCheck");
    auto *schedule = test::child<QLineEdit>(&dialog, "scheduleEdit");
    QVERIFY(!warning->isVisible());
    QVERIFY(!keys->isVisible());
    QVERIFY(fromLatest->isVisible());

    QVERIFY(test::chooseWithKeys(test::child<QComboBox>(&dialog, "kindCombo"),
                                 kindLabel(&dialog, TriggerKind::ItemPolled)));
    QVERIFY(warning->isVisible());
    QVERIFY(keys->isVisible());
    QVERIFY(!fromLatest->isVisible());
    QCOMPARE(keys->text(), QStringLiteral("pk, sk"));
    // The untouched one-minute default became itemPolled's five minutes: 12 polls an hour.
    QCOMPARE(schedule->text(), QStringLiteral("5m"));
    QVERIFY2(warning->text().contains(QStringLiteral("about 5 read capacity units per poll")),
             qPrintable(warning->text()));
    QVERIFY(warning->text().contains(QStringLiteral("12 polls an hour")));
    QVERIFY(warning->text().contains(QStringLiteral("about 60 read capacity units an hour")));

    // Polling every 30 s is ten times as expensive, and the figures follow as it is typed.
    test::typeInto(schedule, QStringLiteral("30s"));
    QVERIFY(warning->text().contains(QStringLiteral("120 polls an hour")));
    QVERIFY(warning->text().contains(QStringLiteral("about 600 read capacity units an hour")));
    QVERIFY(okButton(&dialog)->isEnabled());

    QVERIFY(test::chooseWithKeys(test::child<QComboBox>(&dialog, "kindCombo"),
                                 kindLabel(&dialog, TriggerKind::RecordModified)));
    QVERIFY(!warning->isVisible());
    // A schedule the user typed stays.
    QCOMPARE(schedule->text(), QStringLiteral("30s"));
}

void TestTriggersPanel::itemPolledNeedsKeyAttributes()
{
    TriggerDialog dialog(QStringLiteral("Orders"), {}, 0);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(test::chooseWithKeys(test::child<QComboBox>(&dialog, "kindCombo"),
                                 kindLabel(&dialog, TriggerKind::ItemPolled)));
    auto *problem = test::child<QLabel>(&dialog, "problemLabel");
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("keyAttributes")),
             qPrintable(problem->text()));

    test::typeInto(test::child<QLineEdit>(&dialog, "keyAttributesEdit"), QStringLiteral("pk"));
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(!problem->isVisible());

    test::typeInto(test::child<QLineEdit>(&dialog, "tableEdit"), QStringLiteral("x"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("not a valid table name")),
             qPrintable(problem->text()));
}

void TestTriggersPanel::dialogSpecRoundTrip_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("inserted") << QStringLiteral(
        R"({"trigger":"streamRecordInserted","target":{"tableName":"Orders"},
                             "schedule":"30s"})");
    QTest::newRow("modified from latest")
        << QStringLiteral(R"({"trigger":"streamRecordModified","target":{"tableName":"Prices"},
                             "schedule":"1m","fromLatest":true})");
    QTest::newRow("removed, milliseconds")
        << QStringLiteral(R"({"trigger":"streamRecordRemoved","target":{"tableName":"a.b-c_d"},
                             "schedule":"500ms"})");
    QTest::newRow("shard opened") << QStringLiteral(
        R"({"trigger":"streamShardOpened","target":{"tableName":"Orders"},
                             "schedule":"1h"})");
    QTest::newRow("polled") << QStringLiteral(
        R"({"trigger":"itemPolled","tableName":"LegacyInventory",
                             "keyAttributes":["pk","sk"],"schedule":"5m"})");
}

void TestTriggersPanel::dialogSpecRoundTrip()
{
    QFETCH(QString, json);
    const std::optional<TriggerSpec> original =
        TriggerSpec::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    QVERIFY(original);
    TriggerDialog dialog(QStringLiteral("Elsewhere"), {QStringLiteral("id")}, 0);
    dialog.setSpec(*original);
    QVERIFY(dialog.isValid());
    QVERIFY(okButton(&dialog)->isEnabled());
    QCOMPARE(dialog.spec().toJson(), original->toJson());
}

void TestTriggersPanel::typedFieldsMakeTheSpec()
{
    TriggerDialog dialog(QStringLiteral("Orders"), {QStringLiteral("pk")}, 0);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(test::child<QLineEdit>(&dialog, "tableEdit")->text(), QStringLiteral("Orders"));
    QVERIFY(test::chooseWithKeys(test::child<QComboBox>(&dialog, "kindCombo"),
                                 kindLabel(&dialog, TriggerKind::RecordRemoved)));
    test::typeInto(test::child<QLineEdit>(&dialog, "tableEdit"), QStringLiteral("Archive"));
    test::typeInto(test::child<QLineEdit>(&dialog, "scheduleEdit"), QStringLiteral("2m"));
    test::click(test::child<QCheckBox>(&dialog, "fromLatestCheck"));

    const TriggerSpec spec = dialog.spec();
    QCOMPARE(spec.kind, TriggerKind::RecordRemoved);
    QCOMPARE(spec.tableName, QStringLiteral("Archive"));
    QCOMPARE(spec.scheduleMs, qint64(2 * 60 * 1000));
    QVERIFY(spec.fromLatest);

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    test::click(okButton(&dialog));
    QCOMPARE(accepted.size(), 1);
}

// ---- the panel ----

void TestTriggersPanel::init()
{
    m_session = std::make_unique<session::Session>();
    m_watcher = std::make_unique<streams::StreamWatcher>();
    m_panel = std::make_unique<TriggersPanel>(m_session.get(), m_watcher.get());
    m_panel->resize(1000, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_table = test::child<QTableWidget>(m_panel.get(), "triggerTable");
    m_log = test::child<QPlainTextEdit>(m_panel.get(), "log");
}

void TestTriggersPanel::cleanup()
{
    m_panel.reset();
    m_watcher.reset();
    m_session.reset();
}

QStringList TestTriggersPanel::logLines() const
{
    QStringList lines = m_log->toPlainText().split(QLatin1Char('\n'));
    lines.removeAll(QString());
    return lines;
}

QString TestTriggersPanel::cell(int row, TriggersPanel::Column column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

void TestTriggersPanel::selectRow(int row)
{
    const QRect rect = m_table->visualItemRect(m_table->item(row, TriggersPanel::TableColumn));
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestTriggersPanel::clickLogLine(int line)
{
    // A plain text edit scrolls by lines: put the line at the top, then click on it.
    m_log->verticalScrollBar()->setValue(line);
    const QTextCursor cursor(m_log->document()->findBlockByNumber(line));
    QTest::mouseClick(m_log->viewport(), Qt::LeftButton, {},
                      m_log->cursorRect(cursor).center() + QPoint(4, 0));
    QCOMPARE(m_log->textCursor().blockNumber(), line);
}

void TestTriggersPanel::addButtonOpensPrefilledDialog()
{
    QVERIFY(
        test::child<QLabel>(m_panel.get(), "note")->text().contains(QStringLiteral("Streams tab")));
    m_panel->setTable(QStringLiteral("Orders"), {QStringLiteral("pk")}, 8192);
    test::click(test::child<QPushButton>(m_panel.get(), "addButton"));
    TriggerDialog *dialog = m_panel->dialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(test::child<QLineEdit>(dialog, "tableEdit")->text(), QStringLiteral("Orders"));
    QVERIFY(test::chooseWithKeys(test::child<QComboBox>(dialog, "kindCombo"),
                                 kindLabel(dialog, TriggerKind::RecordModified)));
    test::typeInto(test::child<QLineEdit>(dialog, "scheduleEdit"), QStringLiteral("15s"));
    test::click(okButton(dialog));

    QCOMPARE(m_table->rowCount(), 1);
    QCOMPARE(cell(0, TriggersPanel::TriggerColumn), QStringLiteral("streamRecordModified"));
    QCOMPARE(cell(0, TriggersPanel::TableColumn), QStringLiteral("Orders"));
    QCOMPARE(cell(0, TriggersPanel::ScheduleColumn), QStringLiteral("15 s"));
    QCOMPARE(cell(0, TriggersPanel::FiringsColumn), QStringLiteral("0"));
    QCOMPARE(cell(0, TriggersPanel::LastFiredColumn), QStringLiteral("never"));
    QCOMPARE(m_panel->dispatcher()->triggers().size(), 1);
    QTRY_VERIFY(!m_panel->dialog());
}

void TestTriggersPanel::eachTriggerLogsOnlyItsEvents()
{
    const QString inserted = m_panel->addTrigger(
        streamSpec(TriggerKind::RecordInserted, 200, QStringLiteral("newOrders")));
    const QString modified = m_panel->addTrigger(streamSpec(TriggerKind::RecordModified, 300));
    QVERIFY(!inserted.isEmpty());
    QVERIFY(!modified.isEmpty());
    QCOMPARE(m_table->rowCount(), 2);
    QCOMPARE(cell(0, TriggersPanel::TriggerColumn), QStringLiteral("newOrders"));

    Q_EMIT m_watcher->recordsArrived(
        {record(QStringLiteral("INSERT"), QStringLiteral("order#1"), 1),
         record(QStringLiteral("MODIFY"), QStringLiteral("order#2"), 2),
         record(QStringLiteral("REMOVE"), QStringLiteral("order#3"), 3),
         record(QStringLiteral("INSERT"), QStringLiteral("order#4"), 4),
         record(QStringLiteral("INSERT"), QStringLiteral("other#1"), 5, kOtherArn)});
    // Queued until the schedule comes round.
    QCOMPARE(cell(0, TriggersPanel::PendingColumn), QStringLiteral("2"));
    QCOMPARE(cell(1, TriggersPanel::PendingColumn), QStringLiteral("1"));
    QVERIFY(logLines().isEmpty());

    QTRY_COMPARE(logLines().size(), 3);
    const QStringList lines = logLines();
    const QRegularExpression time(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d "));
    for (const QString &line : lines)
        QVERIFY2(time.match(line).hasMatch(), qPrintable(line));
    QCOMPARE(lines.filter(QStringLiteral("newOrders INSERT pk=order#1")).size(), 1);
    QCOMPARE(lines.filter(QStringLiteral("newOrders INSERT pk=order#4")).size(), 1);
    QCOMPARE(
        lines.filter(QStringLiteral("streamRecordModified on Orders MODIFY pk=order#2")).size(), 1);
    QVERIFY(lines.filter(QStringLiteral("order#3")).isEmpty());
    QVERIFY(lines.filter(QStringLiteral("other#1")).isEmpty());

    QTRY_COMPARE(cell(0, TriggersPanel::EventsColumn), QStringLiteral("2"));
    QCOMPARE(cell(0, TriggersPanel::FiringsColumn), QStringLiteral("1"));
    QCOMPARE(cell(0, TriggersPanel::PendingColumn), QStringLiteral("0"));
    QTRY_COMPARE(cell(1, TriggersPanel::EventsColumn), QStringLiteral("1"));
    QCOMPARE(cell(1, TriggersPanel::FiringsColumn), QStringLiteral("1"));
    QVERIFY(time.match(cell(1, TriggersPanel::LastFiredColumn) + QLatin1Char(' ')).hasMatch());
}

void TestTriggersPanel::removeStopsTrigger()
{
    const QString first = m_panel->addTrigger(streamSpec(TriggerKind::RecordInserted, 100));
    const QString second = m_panel->addTrigger(streamSpec(TriggerKind::RecordRemoved, 100));
    QCOMPARE(m_panel->triggerIds(), (QStringList{first, second}));
    auto *remove = test::child<QPushButton>(m_panel.get(), "removeButton");
    QVERIFY(!remove->isEnabled());

    selectRow(0);
    QVERIFY(remove->isEnabled());
    test::click(remove);
    QCOMPARE(m_table->rowCount(), 1);
    QCOMPARE(m_panel->triggerIds(), QStringList{second});
    QCOMPARE(cell(0, TriggersPanel::TriggerColumn), QStringLiteral("streamRecordRemoved"));

    Q_EMIT m_watcher->recordsArrived(
        {record(QStringLiteral("INSERT"), QStringLiteral("order#1"), 1),
         record(QStringLiteral("REMOVE"), QStringLiteral("order#2"), 2)});
    QTRY_COMPARE(logLines().size(), 1);
    QVERIFY(logLines().first().contains(QStringLiteral("REMOVE pk=order#2")));
    // The removed trigger's schedule has passed several times: still nothing from it.
    QTest::qWait(300);
    QCOMPARE(logLines().size(), 1);
}

void TestTriggersPanel::runNowFiresAtOnce()
{
    m_panel->addTrigger(
        streamSpec(TriggerKind::RecordInserted, 60 * 60 * 1000, QStringLiteral("hourly")));
    Q_EMIT m_watcher->recordsArrived(
        {record(QStringLiteral("INSERT"), QStringLiteral("order#9"), 1)});
    QCOMPARE(cell(0, TriggersPanel::PendingColumn), QStringLiteral("1"));
    auto *run = test::child<QPushButton>(m_panel.get(), "runButton");
    QVERIFY(!run->isEnabled());

    selectRow(0);
    test::click(run);
    QCOMPARE(logLines().size(), 1);
    QVERIFY(logLines().first().endsWith(QStringLiteral("hourly INSERT pk=order#9")));
    QCOMPARE(cell(0, TriggersPanel::PendingColumn), QStringLiteral("0"));
    QCOMPARE(cell(0, TriggersPanel::FiringsColumn), QStringLiteral("1"));

    // Nothing left: the log says so instead of staying silent.
    test::click(run);
    QCOMPARE(logLines().size(), 2);
    QVERIFY2(logLines().last().contains(QStringLiteral("nothing is queued")),
             qPrintable(logLines().last()));
    QCOMPARE(cell(0, TriggersPanel::FiringsColumn), QStringLiteral("1"));
}

void TestTriggersPanel::selectingLogLineShowsItsJson()
{
    const QString id = m_panel->addTrigger(streamSpec(TriggerKind::RecordInserted, 60 * 60 * 1000));
    Q_EMIT m_watcher->recordsArrived(
        {record(QStringLiteral("INSERT"), QStringLiteral("order#1"), 1),
         record(QStringLiteral("INSERT"), QStringLiteral("order#2"), 2)});
    m_panel->runNow(id);
    QCOMPARE(logLines().size(), 2);
    auto *detail = test::child<QPlainTextEdit>(m_panel.get(), "logDetail");

    clickLogLine(1);
    QJsonObject shown = QJsonDocument::fromJson(detail->toPlainText().toUtf8()).object();
    QCOMPARE(shown.value(QStringLiteral("eventName")).toString(), QStringLiteral("INSERT"));
    QCOMPARE(shown.value(QStringLiteral("sequenceNumber")).toString(), QStringLiteral("1002"));
    QCOMPARE(shown.value(QStringLiteral("streamArn")).toString(), kOrdersArn);

    clickLogLine(0);
    shown = QJsonDocument::fromJson(detail->toPlainText().toUtf8()).object();
    QCOMPARE(shown.value(QStringLiteral("sequenceNumber")).toString(), QStringLiteral("1001"));
}

void TestTriggersPanel::logKeepsLastThousandLines()
{
    const QString id = m_panel->addTrigger(streamSpec(TriggerKind::RecordInserted, 60 * 60 * 1000));
    streams::StreamRecordList records;
    const int total = TriggersPanel::kMaxLogLines + 5;
    for (int i = 0; i < total; ++i)
        records.append(record(QStringLiteral("INSERT"), QStringLiteral("order#%1").arg(i), i));
    Q_EMIT m_watcher->recordsArrived(records);
    m_panel->runNow(id);

    const QStringList lines = logLines();
    QCOMPARE(int(lines.size()), TriggersPanel::kMaxLogLines);
    QVERIFY(lines.first().endsWith(QStringLiteral("pk=order#5")));
    QVERIFY(lines.last().endsWith(QStringLiteral("pk=order#%1").arg(total - 1)));
    QCOMPARE(cell(0, TriggersPanel::EventsColumn), QString::number(total));

    // The details stay with their lines once the oldest are dropped.
    clickLogLine(0);
    const QJsonObject shown =
        QJsonDocument::fromJson(
            test::child<QPlainTextEdit>(m_panel.get(), "logDetail")->toPlainText().toUtf8())
            .object();
    QCOMPARE(shown.value(QStringLiteral("keys")).toObject(),
             QJsonObject({{QStringLiteral("pk"),
                           QJsonObject{{QStringLiteral("S"), QStringLiteral("order#5")}}}}));
}

void TestTriggersPanel::pollingProblemsAreLogged()
{
    TriggerSpec polled;
    polled.kind = TriggerKind::ItemPolled;
    polled.tableName = QStringLiteral("Legacy");
    polled.keyAttributes = {QStringLiteral("pk")};
    polled.scheduleMs = 60 * 60 * 1000;

    // Not connected: said at once, and the trigger waits.
    const QString id = m_panel->addTrigger(polled);
    QVERIFY(!id.isEmpty());
    QCOMPARE(logLines().size(), 1);
    QVERIFY2(logLines().first().contains(QStringLiteral("not connected")),
             qPrintable(logLines().first()));
    QVERIFY(cell(0, TriggersPanel::ScheduleColumn).contains(QStringLiteral("stopped")));
    QCOMPARE(m_panel->dispatcher()->triggers().size(), 0);

    // Nothing listens on port 1: Run Now starts the poller on the connection and its failure is
    // logged as a sentence.
    m_session->connectToLocalEndpoint(QUrl(QStringLiteral("http://127.0.0.1:1")));
    selectRow(0);
    test::click(test::child<QPushButton>(m_panel.get(), "runButton"));
    QCOMPARE(cell(0, TriggersPanel::ScheduleColumn), QStringLiteral("1 h"));
    QTRY_VERIFY_WITH_TIMEOUT(logLines().filter(QStringLiteral("the scan failed")).size() == 1,
                             30000);

    // A new connection stops polling until Run Now.
    m_session->connectToLocalEndpoint(QUrl(QStringLiteral("http://127.0.0.1:2")));
    QVERIFY2(logLines().last().contains(QStringLiteral("polling stopped")),
             qPrintable(logLines().last()));
    QVERIFY(cell(0, TriggersPanel::ScheduleColumn).contains(QStringLiteral("stopped")));
}

QTEST_MAIN(TestTriggersPanel)
#include "tst_triggerspanel.moc"
