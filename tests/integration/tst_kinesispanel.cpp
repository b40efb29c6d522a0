// The Kinesis streaming panel against the control-plane test server (tables are DynamoDB
// Local's): enable with a stream ARN, watch ENABLING -> ACTIVE, change the precision, disable
// after a confirmation; a bad ARN never leaves the machine. Against plain DynamoDB Local the
// panel says the endpoint lacks the feature.
#include "controlplaneserver.h"
#include "fakekinesis.h"
#include "localendpoint.h"
#include "operationstest.h"

#include "confirmdialog.h"
#include "errorpane.h"
#include "kinesispanel.h"

#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "session/session.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace dyna;

namespace {

const QString kStreamArn =
    QStringLiteral("arn:aws:kinesis:us-east-1:123456789012:stream/orders-changes");

template<typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

QString cellText(QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

class TestKinesisPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void enableChangePrecisionDisable();
    void badArnRefusedBeforeSending();
    void sameStreamTwiceIsRefused();
    void plainDynamoDbLocalSaysNotSupported();

private:
    QString createTable(session::Session *session);
    std::unique_ptr<test::ControlPlaneServer> m_server;
    test::FakeKinesis *m_fake = nullptr;
    session::Session m_session;
};

void TestKinesisPanel::initTestCase()
{
    QVERIFY2(test::localEndpoint().isValid(), "DynamoDB Local is not running (run through ctest)");
    m_server = std::make_unique<test::ControlPlaneServer>(test::localEndpoint());
    QVERIFY(m_server->listen());
    m_fake = new test::FakeKinesis(m_server.get());
    m_server->setTransitionMs(300);
    test::connectToServer(m_session, *m_server, QStringLiteral("kinesis test"));
}

QString TestKinesisPanel::createTable(session::Session *session)
{
    const QString table = test::uniqueTableName(QStringLiteral("Kinesis"));
    return test::createTable(*session, table) ? table : QString();
}

void TestKinesisPanel::enableChangePrecisionDisable()
{
    const QString table = createTable(&m_session);
    QVERIFY(!table.isEmpty());
    views::KinesisPanel panel(&m_session);
    panel.setPollInterval(40);
    panel.resize(900, 420);
    panel.show();
    QStringList seen; // every status the user got to see, in order
    auto *destinations = child<QTableWidget>(&panel, "destinations");
    connect(&panel, &views::KinesisPanel::described, this, [&] {
        const QString status = cellText(destinations, 0, 1);
        if (!status.isEmpty() && (seen.isEmpty() || seen.last() != status))
            seen.append(status);
    });
    QSignalSpy described(&panel, &views::KinesisPanel::described);
    panel.showTable(table);
    QVERIFY(described.wait());
    QCOMPARE(destinations->rowCount(), 0);
    QVERIFY(panel.findChild<views::ErrorPane *>()->summaryText().contains(
        QLatin1String("does not stream")));

    auto *arn = child<QLineEdit>(&panel, "streamArnEdit");
    auto *precision = child<QComboBox>(&panel, "precisionCombo");
    auto *enable = child<QPushButton>(&panel, "enableButton");
    QVERIFY(!enable->isEnabled());
    QTest::keyClicks(arn, kStreamArn);
    precision->setCurrentIndex(precision->findData(QStringLiteral("MICROSECOND")));
    QVERIFY(enable->isEnabled());
    QTest::mouseClick(enable, Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(cellText(destinations, 0, 1), QStringLiteral("ACTIVE"), 10000);
    QVERIFY2((seen.mid(0, 2) == QStringList{QStringLiteral("ENABLING"), QStringLiteral("ACTIVE")}),
             qPrintable(seen.join(u',')));
    QCOMPARE(cellText(destinations, 0, 0), kStreamArn);
    QCOMPARE(cellText(destinations, 0, 2), QStringLiteral("MICROSECOND"));
    QVERIFY2(arn->text().isEmpty(), "the ARN stays typed after a successful enable");
    QCOMPARE(m_fake->status(table, kStreamArn), QStringLiteral("ACTIVE"));
    QCOMPARE(m_fake->precision(table, kStreamArn), QStringLiteral("MICROSECOND"));

    // Change the precision of the selected destination.
    destinations->selectRow(0);
    auto *update = child<QPushButton>(&panel, "updateButton");
    QVERIFY(update->isEnabled());
    precision->setCurrentIndex(precision->findData(QStringLiteral("MILLISECOND")));
    QTest::mouseClick(update, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cellText(destinations, 0, 2), QStringLiteral("MILLISECOND"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(cellText(destinations, 0, 1), QStringLiteral("ACTIVE"), 10000);
    QVERIFY2(seen.contains(QStringLiteral("UPDATING")), qPrintable(seen.join(u',')));
    QCOMPARE(m_fake->precision(table, kStreamArn), QStringLiteral("MILLISECOND"));

    const QString directory = qEnvironmentVariable("DYNA_SCREENSHOT_DIR");
    if (!directory.isEmpty()) {
        QTest::keyClicks(arn,
                         QStringLiteral("arn:aws:kinesis:us-east-1:123456789012:stream/audit"));
        QVERIFY(panel.grab().save(QDir(directory).filePath(QStringLiteral("kinesis.png"))));
        arn->clear();
    }

    // Disable asks first, naming the table and the stream.
    destinations->selectRow(0);
    auto *disable = child<QPushButton>(&panel, "disableButton");
    QVERIFY(disable->isEnabled());
    QTest::mouseClick(disable, Qt::LeftButton);
    auto *confirm = panel.findChild<views::ConfirmDialog *>();
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(table));
    QVERIFY(confirm->text().contains(kStreamArn));
    QCOMPARE(m_fake->status(table, kStreamArn), QStringLiteral("ACTIVE"));
    QTest::mouseClick(confirm->actionButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cellText(destinations, 0, 1), QStringLiteral("DISABLED"), 10000);
    QVERIFY2(seen.contains(QStringLiteral("DISABLING")), qPrintable(seen.join(u',')));
    QCOMPARE(m_fake->status(table, kStreamArn), QStringLiteral("DISABLED"));
    QVERIFY(!disable->isEnabled());

    QVERIFY2(m_server->loopback()->invalidRequests() == 0,
             qPrintable(m_server->loopback()->problems().join(u'\n')));
}

void TestKinesisPanel::badArnRefusedBeforeSending()
{
    const QString table = createTable(&m_session);
    QVERIFY(!table.isEmpty());
    views::KinesisPanel panel(&m_session);
    QSignalSpy described(&panel, &views::KinesisPanel::described);
    panel.showTable(table);
    QVERIFY(described.wait());
    const int enablesBefore = int(
        m_server->loopback()->requests(QStringLiteral("EnableKinesisStreamingDestination")).size());

    auto *arn = child<QLineEdit>(&panel, "streamArnEdit");
    auto *problem = child<QLabel>(&panel, "arnProblem");
    QTest::keyClicks(arn, QStringLiteral("arn:aws:kinesis:us-east-1:1234:stream/orders"));
    QTest::mouseClick(child<QPushButton>(&panel, "enableButton"), Qt::LeftButton);
    QVERIFY(!problem->isHidden());
    QVERIFY2(problem->text().contains(QLatin1String("12-digit")), qPrintable(problem->text()));
    QCOMPARE(arn->text(), QStringLiteral("arn:aws:kinesis:us-east-1:1234:stream/orders"));
    QTest::qWait(100);
    QCOMPARE(
        m_server->loopback()->requests(QStringLiteral("EnableKinesisStreamingDestination")).size(),
        enablesBefore);
    // Typing again takes the complaint away.
    QTest::keyClick(arn, Qt::Key_Backspace);
    QVERIFY(problem->isHidden());
}

void TestKinesisPanel::sameStreamTwiceIsRefused()
{
    const QString table = createTable(&m_session);
    QVERIFY(!table.isEmpty());
    views::KinesisPanel panel(&m_session);
    panel.setPollInterval(40);
    QSignalSpy described(&panel, &views::KinesisPanel::described);
    panel.showTable(table);
    QVERIFY(described.wait());
    auto *arn = child<QLineEdit>(&panel, "streamArnEdit");
    auto *enable = child<QPushButton>(&panel, "enableButton");
    auto *destinations = child<QTableWidget>(&panel, "destinations");
    QTest::keyClicks(arn, kStreamArn);
    QTest::mouseClick(enable, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cellText(destinations, 0, 1), QStringLiteral("ACTIVE"), 10000);

    QTest::keyClicks(arn, kStreamArn);
    QTest::mouseClick(enable, Qt::LeftButton);
    auto *error = panel.findChild<views::ErrorPane *>();
    QTRY_VERIFY_WITH_TIMEOUT(error->detailsText().contains(QLatin1String("ResourceInUseException")),
                             10000);
    QCOMPARE(arn->text(), kStreamArn); // what the user typed stays after the failure
    QCOMPARE(destinations->rowCount(), 1);
    QVERIFY2(m_server->loopback()->invalidRequests() == 0,
             qPrintable(m_server->loopback()->problems().join(u'\n')));
}

void TestKinesisPanel::plainDynamoDbLocalSaysNotSupported()
{
    session::Session local;
    local.connectToLocalEndpoint(test::localEndpoint());
    const QString table = createTable(&local);
    QVERIFY(!table.isEmpty());
    views::KinesisPanel panel(&local);
    QSignalSpy described(&panel, &views::KinesisPanel::described);
    panel.showTable(table);
    QVERIFY(described.wait());
    const QString summary = panel.findChild<views::ErrorPane *>()->summaryText();
    QVERIFY2(summary.contains(QLatin1String("does not support")), qPrintable(summary));
    auto *arn = child<QLineEdit>(&panel, "streamArnEdit");
    QVERIFY(!arn->isEnabled());
    QVERIFY(!child<QPushButton>(&panel, "enableButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&panel, "disableButton")->isEnabled());
}

QTEST_MAIN(TestKinesisPanel)
#include "tst_kinesispanel.moc"
