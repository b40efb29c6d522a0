// A production connection as its user meets it, against DynamoDB Local: the window wears the
// profile's colour, every write waits for a yes (reads never do), "Don't Send" sends nothing,
// and the Preferences dialog can turn the question off. Also: Preferences reach the panels,
// and F1 lists the shortcuts the window really has.
#include "localendpoint.h"
#include "mainwindow.h"
#include "widgetdriver.h"

#include "itemspanel.h"
#include "navigationpanel.h"
#include "preferencesdialog.h"
#include "productionmarker.h"
#include "querybuilder.h"
#include "shortcutsdialog.h"
#include "streaminspectorpanel.h"
#include "writeconfirmation.h"

#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "profiles/profilestore.h"
#include "session/preferences.h"
#include "session/session.h"
#include "session/statementhistory.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace dyna;
using namespace dyna::test;

namespace {

const QColor ProductionBlue(0x15, 0x65, 0xc0);

QJsonObject item(const QString &key)
{
    return {{QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), key}}}};
}

} // namespace

class TestProductionProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void windowWearsTheProfileColour();
    void writeWaitsForAYesAndReadsDoNot();
    void waitingWritesCanBeSentTogether();
    void preferencesTurnTheQuestionOff();
    void preferencesReachThePanels();
    void shortcutSheetListsRealShortcuts();

private:
    void connect(bool production);
    aws::RequestJob *startPut(const QString &key);
    bool exists(const QString &key);

    QString m_table;
    QTemporaryDir m_dir;
    session::Session m_writer;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<profiles::ProfileStore> m_store;
    std::unique_ptr<session::Session> m_session;
    std::unique_ptr<session::StatementHistory> m_history;
    std::unique_ptr<app::MainWindow> m_window;
};

void TestProductionProfile::initTestCase()
{
    QVERIFY2(localEndpoint().isValid(), "DynamoDB Local is not running (run through ctest)");
    m_writer.connectToLocalEndpoint(localEndpoint());
    m_table = uniqueTableName(QStringLiteral("Production"));
    std::unique_ptr<aws::RequestJob> created(callAndWait(
        m_writer.client(), QStringLiteral("CreateTable"),
        {{QStringLiteral("TableName"), m_table},
         {QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")},
         {QStringLiteral("AttributeDefinitions"),
          QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                 {QStringLiteral("AttributeType"), QStringLiteral("S")}}}},
         {QStringLiteral("KeySchema"),
          QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                 {QStringLiteral("KeyType"), QStringLiteral("HASH")}}}}}));
    QVERIFY(created && !created->error().isError());
}

void TestProductionProfile::cleanupTestCase()
{
    delete callAndWait(m_writer.client(), QStringLiteral("DeleteTable"),
                       {{QStringLiteral("TableName"), m_table}});
}

void TestProductionProfile::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("dyna.ini")),
                                             QSettings::IniFormat);
    m_store = std::make_unique<profiles::ProfileStore>(m_settings.get());
    m_session = std::make_unique<session::Session>();
    m_history = std::make_unique<session::StatementHistory>(
        m_dir.filePath(QStringLiteral("history.jsonl")));
    m_window = std::make_unique<app::MainWindow>(m_session.get(), m_store.get(), m_settings.get(),
                                                 m_history.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestProductionProfile::cleanup()
{
    m_window.reset();
    m_history.reset();
    m_session.reset();
    m_store.reset();
    m_settings->clear();
    m_settings.reset();
}

void TestProductionProfile::connect(bool production)
{
    aws::ClientConfig config;
    config.endpoint.overrideUrl = localEndpoint();
    config.endpoint.region = QStringLiteral("us-east-1");
    auto credentials = std::make_shared<aws::StaticCredentialsProvider>(
        aws::Credentials{QStringLiteral("local"), QStringLiteral("local"), {}, {}});
    QSignalSpy loaded(m_window->navigation(), &views::NavigationPanel::loaded);
    m_session->connectWith(config, credentials, QStringLiteral("Orders prod"),
                           session::Session::Marks{false, production, ProductionBlue.name()});
    QVERIFY(loaded.wait(20000));
}

aws::RequestJob *TestProductionProfile::startPut(const QString &key)
{
    auto *job = new aws::RequestJob(
        m_session->client(), aws::Service::DynamoDb, QStringLiteral("PutItem"),
        QJsonObject{{QStringLiteral("TableName"), m_table}, {QStringLiteral("Item"), item(key)}});
    // The test reads each job's error after it finished: it owns them, not the event loop.
    job->setAutoDelete(false);
    job->setParent(this);
    job->start();
    return job;
}

bool TestProductionProfile::exists(const QString &key)
{
    std::unique_ptr<aws::RequestJob> job(
        callAndWait(m_writer.client(), QStringLiteral("GetItem"),
                    {{QStringLiteral("TableName"), m_table}, {QStringLiteral("Key"), item(key)}}));
    return job && job->response().contains(QStringLiteral("Item"));
}

void TestProductionProfile::windowWearsTheProfileColour()
{
    connect(true);
    auto *badge = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("productionBadge"));
    QVERIFY(badge);
    QTRY_VERIFY(badge->isVisible());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Orders prod")));
    QWidget *content = m_window->centralWidget();
    const QImage shot = m_window->grab().toImage();
    // For the README: how a production connection looks.
    if (const QString folder = qEnvironmentVariable("DYNA_SCREENSHOT_DIR"); !folder.isEmpty())
        QVERIFY(shot.save(folder + QStringLiteral("/production.png")));
    // The frame's left edge, half way down, and the status bar's corner are in the colour.
    const QPoint frame = content->mapTo(m_window.get(), QPoint(1, content->height() / 2));
    QCOMPARE(shot.pixelColor(frame), ProductionBlue);
    const QPoint status = m_window->statusBar()->mapTo(
        m_window.get(), QPoint(2, m_window->statusBar()->height() / 2));
    QCOMPARE(shot.pixelColor(status), ProductionBlue);

    connect(false);
    QTRY_VERIFY(!badge->isVisible());
    const QImage plain = m_window->grab().toImage();
    QVERIFY(plain.pixelColor(frame) != ProductionBlue);
    QVERIFY(plain.pixelColor(status) != ProductionBlue);
}

void TestProductionProfile::writeWaitsForAYesAndReadsDoNot()
{
    connect(true);
    views::WriteConfirmation *confirmation = m_window->writeConfirmation();

    // A read goes straight through.
    std::unique_ptr<aws::RequestJob> read(
        callAndWait(m_session->client(), QStringLiteral("GetItem"),
                    {{QStringLiteral("TableName"), m_table}, {QStringLiteral("Key"), item("x")}}));
    QVERIFY(read && !read->error().isError());
    QVERIFY(!confirmation->question());

    aws::RequestJob *refused = startPut(QStringLiteral("refused"));
    QSignalSpy refusedDone(refused, &aws::Job::finished);
    QTRY_VERIFY(confirmation->question());
    QMessageBox *question = confirmation->question();
    QVERIFY(question->text().contains(QStringLiteral("PutItem")));
    QVERIFY(question->text().contains(m_table));
    QVERIFY(question->detailedText().contains(QStringLiteral("refused")));
    QVERIFY(!child<QPushButton>(question, "sendAll")->isVisible());
    QTest::qWait(300);
    QCOMPARE(refusedDone.count(), 0); // nothing happens while the question is open
    click(child<QPushButton>(question, "dontSend"));
    QVERIFY(refusedDone.count() == 1 || refusedDone.wait(5000));
    QCOMPARE(refused->error().code, QStringLiteral("WriteNotConfirmed"));
    QVERIFY(refused->error().userMessage().contains(QStringLiteral("not sent")));
    QVERIFY(!exists(QStringLiteral("refused")));

    aws::RequestJob *approved = startPut(QStringLiteral("approved"));
    QSignalSpy approvedDone(approved, &aws::Job::finished);
    QTRY_VERIFY(confirmation->question());
    click(child<QPushButton>(confirmation->question(), "send"));
    QVERIFY(approvedDone.wait(10000));
    QVERIFY(!approved->error().isError());
    QVERIFY(exists(QStringLiteral("approved")));
}

void TestProductionProfile::waitingWritesCanBeSentTogether()
{
    connect(true);
    views::WriteConfirmation *confirmation = m_window->writeConfirmation();
    QList<aws::RequestJob *> jobs;
    std::vector<std::unique_ptr<QSignalSpy>> finished;
    for (const char *key : {"batch-1", "batch-2", "batch-3"}) {
        jobs.append(startPut(QLatin1String(key)));
        finished.push_back(std::make_unique<QSignalSpy>(jobs.last(), &aws::Job::finished));
    }
    QTRY_COMPARE(confirmation->waiting(), 3);
    QPushButton *sendAll = child<QPushButton>(confirmation->question(), "sendAll");
    QVERIFY(sendAll->isVisible());
    QVERIFY(sendAll->text().contains(QLatin1Char('3')));
    click(sendAll);
    for (int i = 0; i < jobs.size(); ++i) {
        QVERIFY(finished[i]->count() == 1 || finished[i]->wait(10000));
        QVERIFY(!jobs[i]->error().isError());
    }
    QVERIFY(!confirmation->question());
    for (const char *key : {"batch-1", "batch-2", "batch-3"})
        QVERIFY(exists(QLatin1String(key)));
}

void TestProductionProfile::preferencesTurnTheQuestionOff()
{
    connect(true);
    views::PreferencesDialog *dialog = m_window->showPreferences();
    auto *ask = child<QCheckBox>(dialog, "confirmProductionWrites");
    QVERIFY(ask->isChecked());
    QTest::mouseClick(ask, Qt::LeftButton, {}, QPoint(4, ask->height() / 2));
    QVERIFY(!ask->isChecked());
    QTest::keyClick(dialog, Qt::Key_Return);
    QVERIFY(!m_window->preferences()->values().confirmProductionWrites);

    aws::RequestJob *job = startPut(QStringLiteral("unasked"));
    QSignalSpy done(job, &aws::Job::finished);
    QVERIFY(done.wait(10000));
    QVERIFY(!job->error().isError());
    QVERIFY(!m_window->writeConfirmation()->question());
    QVERIFY(exists(QStringLiteral("unasked")));
}

void TestProductionProfile::preferencesReachThePanels()
{
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    auto *dialog = m_window->findChild<views::PreferencesDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const auto typeNumber = [](QSpinBox *box, const QString &text) {
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, text);
    };
    typeNumber(child<QSpinBox>(dialog, "pageSize"), QStringLiteral("250"));
    typeNumber(child<QSpinBox>(dialog, "scanSegments"), QStringLiteral("4"));
    typeNumber(child<QSpinBox>(dialog, "streamBufferSize"), QStringLiteral("5000"));
    click(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
    QTRY_VERIFY(!m_window->findChild<views::PreferencesDialog *>());

    {
        views::QueryBuilder *builder = m_window->items()->queryBuilder();
        QCOMPARE(child<QSpinBox>(builder, "pageSize")->value(), 250);
        QCOMPARE(child<QSpinBox>(builder, "segments")->value(), 4);
        QCOMPARE(child<QSpinBox>(m_window->streams(), "bufferSize")->value(), 5000);
    }
    // Saved: a new window on the same settings starts with them.
    m_window.reset();
    app::MainWindow again(m_session.get(), m_store.get(), m_settings.get(), m_history.get());
    QCOMPARE(child<QSpinBox>(again.items()->queryBuilder(), "pageSize")->value(), 250);
}

void TestProductionProfile::shortcutSheetListsRealShortcuts()
{
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *sheet = m_window->findChild<views::ShortcutsDialog *>();
    QVERIFY(sheet);
    QTRY_VERIFY(sheet->isVisible());
    QHash<QString, QString> shortcuts;
    QTreeWidget *list = sheet->list();
    for (int group = 0; group < list->topLevelItemCount(); ++group) {
        QTreeWidgetItem *header = list->topLevelItem(group);
        for (int row = 0; row < header->childCount(); ++row)
            shortcuts.insert(header->text(0) + QLatin1Char('/') + header->child(row)->text(0),
                             header->child(row)->text(1));
    }
    const QString refresh =
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R).toString(QKeySequence::NativeText);
    QCOMPARE(shortcuts.value(QStringLiteral("Connection menu/Refresh Tables")), refresh);
    QCOMPARE(shortcuts.value(QStringLiteral("Streams/Pause")),
             QKeySequence(Qt::CTRL | Qt::Key_P).toString(QKeySequence::NativeText));
    QVERIFY(shortcuts.value(QStringLiteral("Help menu/Keyboard Shortcuts"))
                .contains(QStringLiteral("F1")));
    sheet->close();
    // Ctrl+/ opens it too.
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QTRY_VERIFY(m_window->findChild<views::ShortcutsDialog *>() &&
                m_window->findChild<views::ShortcutsDialog *>()->isVisible());
}

QTEST_MAIN(TestProductionProfile)
#include "tst_productionprofile.moc"
