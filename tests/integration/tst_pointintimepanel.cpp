// The point-in-time recovery panel against the control-plane test server: turning recovery on
// opens a window, a restore to a time inside it (or to the latest restorable time) makes a new
// real table holding the items of that time, turning it off needs confirmation, the server
// answers the documented errors, and against plain DynamoDB Local the panel says the endpoint
// has no point-in-time recovery.
#include "controlplaneserver.h"
#include "fakebackups.h"
#include "localendpoint.h"
#include "operationstest.h"
#include "widgetdriver.h"

#include "confirmdialog.h"
#include "errorpane.h"
#include "pointintimepanel.h"
#include "restoretabledialog.h"

#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "dynamo/backups.h"
#include "session/session.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>

using namespace dyna;
using views::ErrorPane;

class TestPointInTimePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void restoresTheItemsOfTheChosenTime();
    void turningOffNeedsConfirmation();
    void serverAnswersDocumentedErrors();
    void dynamoDbLocalHasNoPointInTimeRecovery();

private:
    std::unique_ptr<aws::RequestJob> call(const QString &operation, const QJsonObject &input)
    {
        return std::unique_ptr<aws::RequestJob>(
            test::callAndWait(m_session.client(), operation, input));
    }
    bool put(const QString &tableName, const QString &key);
    QStringList keysOf(const QString &tableName);
    QString restoreThroughDialog(views::PointInTimePanel *panel, const QString &target,
                                 const QDateTime &time);

    std::unique_ptr<test::ControlPlaneServer> m_server;
    session::Session m_session;
};

bool TestPointInTimePanel::put(const QString &tableName, const QString &key)
{
    auto answer =
        call(QStringLiteral("PutItem"),
             {{QStringLiteral("TableName"), tableName},
              {QStringLiteral("Item"),
               QJsonObject{{QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), key}}}}}});
    return answer && !answer->error().isError();
}

QStringList TestPointInTimePanel::keysOf(const QString &tableName)
{
    auto scan = call(QStringLiteral("Scan"), {{QStringLiteral("TableName"), tableName}});
    if (!scan || scan->error().isError())
        return {QStringLiteral("scan failed")};
    QStringList keys;
    for (const auto &item : scan->response().value(QStringLiteral("Items")).toArray())
        keys.append(item.toObject()
                        .value(QStringLiteral("pk"))
                        .toObject()
                        .value(QStringLiteral("S"))
                        .toString());
    keys.sort();
    return keys;
}

// Restores through the dialog to `time`, or to the latest restorable time when invalid.
QString TestPointInTimePanel::restoreThroughDialog(views::PointInTimePanel *panel,
                                                   const QString &target, const QDateTime &time)
{
    auto *restoreButton = test::child<QPushButton>(panel, "restoreButton");
    if (!restoreButton->isEnabled())
        return QStringLiteral("restore button disabled");
    test::click(restoreButton);
    auto *dialog = panel->findChild<views::RestoreTableDialog *>();
    if (!dialog)
        return QStringLiteral("no dialog");
    QSignalSpy ready(dialog, &views::RestoreTableDialog::ready);
    if (!dialog->isReady() && !ready.wait())
        return QStringLiteral("source not described");
    auto *latest = test::child<QCheckBox>(dialog, "useLatest");
    auto *timeEdit = test::child<QDateTimeEdit>(dialog, "restoreTime");
    if (time.isValid()) {
        test::click(latest);
        if (!timeEdit->isEnabled())
            return QStringLiteral("time not editable");
        timeEdit->setDateTime(time.toLocalTime());
    }
    test::typeInto(test::child<QLineEdit>(dialog, "targetName"), target);
    QSignalSpy created(panel, &views::OperationsPage::tableCreated);
    test::click(test::child<QPushButton>(dialog, "restoreButton"));
    if (!created.wait(10000)) {
        auto *error = dialog->findChild<ErrorPane *>();
        return dialog->progressText() + QLatin1Char(' ') + error->summaryText() + QLatin1Char(' ') +
               error->detailsText();
    }
    const QString progress = dialog->progressText();
    dialog->close();
    return created.first().first().toString() == target ? QString() : progress;
}

void TestPointInTimePanel::initTestCase()
{
    QVERIFY2(test::localEndpoint().isValid(), "DynamoDB Local is not running (run through ctest)");
    m_server = std::make_unique<test::ControlPlaneServer>(test::localEndpoint());
    QVERIFY(m_server->listen());
    new test::FakeBackups(m_server.get());
    m_server->setTransitionMs(100);
    test::connectToServer(m_session, *m_server, QStringLiteral("pitr test"));
}

void TestPointInTimePanel::cleanup()
{
    QVERIFY2(m_server->loopback()->invalidRequests() == 0,
             qPrintable(m_server->loopback()->problems().join(QLatin1Char('\n'))));
}

void TestPointInTimePanel::restoresTheItemsOfTheChosenTime()
{
    const QString table = test::uniqueTableName(QStringLiteral("Recovered"));
    QVERIFY(test::createTable(m_session, table));
    QVERIFY(put(table, QStringLiteral("early-1")));
    QVERIFY(put(table, QStringLiteral("early-2")));

    views::PointInTimePanel panel(&m_session);
    panel.setPollInterval(50);
    panel.resize(800, 300);
    panel.show();
    QSignalSpy updated(&panel, &views::PointInTimePanel::updated);
    panel.showTable(table);
    QVERIFY(updated.wait());
    QCOMPARE(panel.statusText(), QStringLiteral("DISABLED"));
    QVERIFY(panel.windowText().startsWith(QStringLiteral("None")));
    auto *enable = test::child<QPushButton>(&panel, "enableButton");
    QVERIFY(enable->isEnabled());
    QVERIFY(!test::child<QPushButton>(&panel, "restoreButton")->isEnabled());
    QVERIFY(!test::child<QPushButton>(&panel, "disableButton")->isEnabled());

    test::click(enable);
    QVERIFY(updated.wait());
    QCOMPARE(panel.statusText(), QStringLiteral("ENABLED"));
    QVERIFY(m_server->pointInTimeRecoveryEnabled(table));
    const QDateTime earliest = panel.recovery().earliest;
    QVERIFY(earliest.isValid());
    QVERIFY2(panel.windowText().startsWith(
                 earliest.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
             qPrintable(panel.windowText()));
    QVERIFY(!enable->isEnabled());

    // An item written after recovery was turned on, seen by the next look at the table.
    QTest::qWait(1500);
    QVERIFY(put(table, QStringLiteral("late")));
    test::click(test::child<QPushButton>(&panel, "refreshButton"));
    QVERIFY(updated.wait());
    const QDateTime seenLate = QDateTime::currentDateTimeUtc();
    // The latest restorable time trails "now" by 5 s: wait until it has passed that look.
    QTest::qWait(6000);
    test::click(test::child<QPushButton>(&panel, "refreshButton"));
    QVERIFY(updated.wait());
    QVERIFY2(panel.recovery().latest > seenLate, qPrintable(panel.windowText()));

    const QString directory = qEnvironmentVariable("DYNA_SCREENSHOT_DIR");
    if (!directory.isEmpty())
        QVERIFY(panel.grab().save(
            QDir(directory).filePath(QStringLiteral("point-in-time-recovery.png"))));

    // A whole second inside the window, before the late item: only the early items.
    const QDateTime beforeLate = QDateTime::fromSecsSinceEpoch(
        qint64(std::ceil(double(earliest.toMSecsSinceEpoch()) / 1000.0)), Qt::UTC);
    const QString early = table + QStringLiteral("-early");
    QString problem = restoreThroughDialog(&panel, early, beforeLate);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(keysOf(early), (QStringList{QStringLiteral("early-1"), QStringLiteral("early-2")}));

    // The latest restorable time includes the late item.
    QTRY_VERIFY(!panel.findChild<views::RestoreTableDialog *>());
    const QString latest = table + QStringLiteral("-latest");
    problem = restoreThroughDialog(&panel, latest, {});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(keysOf(latest), (QStringList{QStringLiteral("early-1"), QStringLiteral("early-2"),
                                          QStringLiteral("late")}));
}

void TestPointInTimePanel::turningOffNeedsConfirmation()
{
    const QString table = test::uniqueTableName(QStringLiteral("Unrecovered"));
    QVERIFY(test::createTable(m_session, table));
    auto enabled = call(QStringLiteral("UpdateContinuousBackups"),
                        {{QStringLiteral("TableName"), table},
                         {QStringLiteral("PointInTimeRecoverySpecification"),
                          QJsonObject{{QStringLiteral("PointInTimeRecoveryEnabled"), true}}}});
    QVERIFY(enabled && !enabled->error().isError());

    views::PointInTimePanel panel(&m_session);
    panel.show();
    QSignalSpy updated(&panel, &views::PointInTimePanel::updated);
    panel.showTable(table);
    QVERIFY(updated.wait());
    QCOMPARE(panel.statusText(), QStringLiteral("ENABLED"));
    auto *disable = test::child<QPushButton>(&panel, "disableButton");
    QVERIFY(disable->isEnabled());

    // Cancelling the confirmation changes nothing.
    test::click(disable);
    auto *confirm = panel.findChild<views::ConfirmDialog *>();
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(table));
    confirm->reject();
    QTRY_VERIFY(!panel.findChild<views::ConfirmDialog *>());
    QVERIFY(m_server->pointInTimeRecoveryEnabled(table));

    test::click(disable);
    confirm = panel.findChild<views::ConfirmDialog *>();
    QVERIFY(confirm);
    test::click(confirm->actionButton());
    QVERIFY(updated.wait());
    QCOMPARE(panel.statusText(), QStringLiteral("DISABLED"));
    QVERIFY(!m_server->pointInTimeRecoveryEnabled(table));
    QVERIFY(!test::child<QPushButton>(&panel, "restoreButton")->isEnabled());
    QVERIFY(test::child<QPushButton>(&panel, "enableButton")->isEnabled());
}

void TestPointInTimePanel::serverAnswersDocumentedErrors()
{
    auto missing = call(QStringLiteral("DescribeContinuousBackups"),
                        {{QStringLiteral("TableName"), QStringLiteral("NoSuchTable-pitr")}});
    QVERIFY(missing);
    QCOMPARE(missing->error().code, QStringLiteral("TableNotFoundException"));

    const QString table = test::uniqueTableName(QStringLiteral("Window"));
    QVERIFY(test::createTable(m_session, table));
    const QJsonObject latest{{QStringLiteral("SourceTableName"), table},
                             {QStringLiteral("TargetTableName"), table + QStringLiteral("-x")},
                             {QStringLiteral("UseLatestRestorableTime"), true}};
    auto off = call(QStringLiteral("RestoreTableToPointInTime"), latest);
    QVERIFY(off);
    QCOMPARE(off->error().code, QStringLiteral("PointInTimeRecoveryUnavailableException"));

    auto enabled = call(QStringLiteral("UpdateContinuousBackups"),
                        {{QStringLiteral("TableName"), table},
                         {QStringLiteral("PointInTimeRecoverySpecification"),
                          QJsonObject{{QStringLiteral("PointInTimeRecoveryEnabled"), true}}}});
    QVERIFY(enabled && !enabled->error().isError());
    const QJsonObject description = enabled->response()
                                        .value(QStringLiteral("ContinuousBackupsDescription"))
                                        .toObject()
                                        .value(QStringLiteral("PointInTimeRecoveryDescription"))
                                        .toObject();
    const QDateTime earliest =
        dynamo::dateFromJson(description.value(QStringLiteral("EarliestRestorableDateTime")));
    QVERIFY(earliest.isValid());
    QVERIFY(dynamo::dateFromJson(description.value(QStringLiteral("LatestRestorableDateTime"))) >=
            earliest);
    for (const QDateTime &outside : {earliest.addSecs(-60), earliest.addSecs(3600)}) {
        QJsonObject input = latest;
        input.remove(QStringLiteral("UseLatestRestorableTime"));
        input.insert(QStringLiteral("RestoreDateTime"), dynamo::dateToJson(outside));
        auto answer = call(QStringLiteral("RestoreTableToPointInTime"), input);
        QVERIFY(answer);
        QCOMPARE(answer->error().code, QStringLiteral("InvalidRestoreTimeException"));
    }
    QJsonObject existing = latest;
    existing.insert(QStringLiteral("TargetTableName"), table);
    auto clash = call(QStringLiteral("RestoreTableToPointInTime"), existing);
    QVERIFY(clash);
    QCOMPARE(clash->error().code, QStringLiteral("TableAlreadyExistsException"));
}

void TestPointInTimePanel::dynamoDbLocalHasNoPointInTimeRecovery()
{
    session::Session local;
    local.connectToLocalEndpoint(test::localEndpoint());
    const QString table = test::uniqueTableName(QStringLiteral("LocalPitr"));
    QVERIFY(test::createTable(local, table));
    views::PointInTimePanel panel(&local);
    panel.show();
    QSignalSpy updated(&panel, &views::PointInTimePanel::updated);
    panel.showTable(table);
    QVERIFY(updated.wait());
    auto *error = panel.findChild<ErrorPane *>();
    QVERIFY2(error->summaryText().contains(QStringLiteral("does not support")),
             qPrintable(error->summaryText() + QLatin1Char(' ') + error->detailsText()));
    for (const char *button : {"enableButton", "disableButton", "restoreButton", "refreshButton"})
        QVERIFY2(!test::child<QPushButton>(&panel, button)->isEnabled(), button);
}

QTEST_MAIN(TestPointInTimePanel)
#include "tst_pointintimepanel.moc"
