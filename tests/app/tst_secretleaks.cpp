// No secret in the settings, logs, screenshots of dialogs or the clipboard: a profile with
// canary credentials is typed into the connection manager, used against DynamoDB Local and
// deleted, and then every file the app wrote (its own home, config, data, cache and temp
// folders) and every log line is searched for the canaries in several encodings.
//
// The keychain stays the real one of the test's D-Bus session (scripts/run-tests.sh):
// gnome-keyring is another process reached over D-Bus, so moving this process's XDG folders
// does not move the keyring, whose own (encrypted) file is outside what is searched here.
#include "localendpoint.h"
#include "mainwindow.h"
#include "widgetdriver.h"

#include "connectionmanagerdialog.h"
#include "itemspanel.h"
#include "itemtablemodel.h"
#include "navigationpanel.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "profiles/keychainqueue.h"
#include "profiles/profile.h"
#include "profiles/profilestore.h"
#include "session/session.h"
#include "session/statementhistory.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <memory>

using namespace dyna;
using namespace dyna::test;

namespace {

const QString CanarySecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYCANARY1");
const QString CanaryToken =
    QStringLiteral("IQoJb3JpZ2luX2VjCANARYTOKEN/Zz9+aGVsbG8wb3JsZA==SESSIONCANARY2");
const QString AccessKeyId = QStringLiteral("AKIACANARYLEAKTEST1");
const QString ProfileName = QStringLiteral("Leak canary");
constexpr int ItemCount = 7;

// The folders the app may write to; set before QApplication exists (see main()).
QTemporaryDir *root = nullptr;

QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void collectMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&logMutex);
        logLines.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QString rootPath(const char *name)
{
    return root->filePath(QLatin1String(name));
}

// Base64 of `bytes` wherever it starts in a longer blob: the characters that depend only on
// `bytes`, for each of the three alignments.
QList<QByteArray> base64Needles(const QByteArray &bytes)
{
    QList<QByteArray> needles;
    const int skip[] = {0, 2, 3};
    for (int prefix = 0; prefix < 3; ++prefix) {
        const QByteArray encoded = (QByteArray(prefix, '\0') + bytes).toBase64();
        const qsizetype complete = (prefix + bytes.size()) / 3 * 4;
        const QByteArray needle = encoded.mid(skip[prefix], complete - skip[prefix]);
        needles.append(needle);
        needles.append(QByteArray(needle).replace('+', '-').replace('/', '_'));
    }
    return needles;
}

// Every form in which a secret could be written: UTF-8, UTF-16LE, JSON-escaped, base64 and
// percent-encoded (upper- and lower-case hex).
QList<QByteArray> encodings(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QList<QByteArray> forms = {utf8};
    forms.append(QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2));
    forms.append(QByteArray(utf8).replace("/", "\\/"));
    forms.append(base64Needles(utf8));
    const QByteArray percent = QUrl::toPercentEncoding(secret);
    forms.append(percent);
    forms.append(percent.toLower());
    forms.append(QUrl::toPercentEncoding(secret, "/"));
    return forms;
}

// The name of the first encoding of a canary that `bytes` contains, or empty.
QString leakIn(const QByteArray &bytes)
{
    const QList<std::pair<const char *, QString>> canaries = {{"secret", CanarySecret},
                                                              {"token", CanaryToken}};
    for (const auto &[what, canary] : canaries) {
        const QList<QByteArray> forms = encodings(canary);
        for (qsizetype i = 0; i < forms.size(); ++i) {
            if (bytes.contains(forms.at(i)))
                return QStringLiteral("%1 (encoding #%2)").arg(QLatin1String(what)).arg(i);
        }
    }
    return {};
}

profiles::KeychainQueue::Status keychainStatus(const QString &key)
{
    profiles::KeychainQueue queue;
    bool called = false;
    auto status = profiles::KeychainQueue::Status::Failed;
    queue.read(key, nullptr, [&](const profiles::KeychainQueue::Result &result) {
        called = true;
        status = result.status;
    });
    if (!QTest::qWaitFor([&called] { return called; }, 20000))
        return profiles::KeychainQueue::Status::Failed;
    return status;
}

// What a user can read on screen: the texts of every widget of every window.
QStringList visibleTexts()
{
    QStringList texts;
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        texts.append(widget->windowTitle());
        texts.append(widget->toolTip());
        if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            texts.append(edit->displayText());
            texts.append(edit->placeholderText());
        } else if (auto *text = qobject_cast<QTextEdit *>(widget)) {
            texts.append(text->toPlainText());
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
            texts.append(plain->toPlainText());
        } else if (auto *label = qobject_cast<QLabel *>(widget)) {
            texts.append(label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            texts.append(button->text());
        } else if (auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int row = 0; row < list->count(); ++row)
                texts.append(list->item(row)->text());
        }
    }
    return texts;
}

} // namespace

class TestSecretLeaks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void storeThroughTheDialog();
    void vaultExportCopiesNoSecret();
    void connectAndLoadItems();
    void reopenedDialogShowsNoSecret();
    void filesHoldNoSecretWhileStored();
    void deleteRemovesTheKeychainEntries();
    void nothingLeakedAnywhere();

private:
    views::ConnectionManagerDialog *openManager();
    void walkFiles(QStringList *files, QString *settingsText);

    QString m_table;
    QUuid m_profileId;
    QStringList m_clipboardHistory;
    session::Session m_writer;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<profiles::ProfileStore> m_store;
    std::unique_ptr<session::Session> m_session;
    std::unique_ptr<session::StatementHistory> m_history;
    std::unique_ptr<app::MainWindow> m_window;
};

void TestSecretLeaks::initTestCase()
{
    // Here, not in main(): QTest::qExec installs its own handler, which this one passes on to.
    // Every category speaks, so "nothing in the log" covers debug output; Qt's own chatty
    // categories stay at their defaults.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
    previousHandler = qInstallMessageHandler(collectMessage);
    QVERIFY2(localEndpoint().isValid(), "DynamoDB Local is not running (run through ctest)");
    // The app's own locations, in case anything asks QStandardPaths rather than XDG_*.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QDir::tempPath().startsWith(root->path()));
    QVERIFY(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(root->path()));

    m_writer.connectToLocalEndpoint(localEndpoint());
    m_table = uniqueTableName(QStringLiteral("SecretLeaks"));
    std::unique_ptr<aws::RequestJob> created(
        callAndWait(m_writer.client(), QStringLiteral("CreateTable"),
                    simpleTableInput(m_table, QStringLiteral("pk"))));
    QVERIFY(created && !created->error().isError());
    QList<QJsonObject> items;
    for (int i = 0; i < ItemCount; ++i)
        items.append({{QStringLiteral("pk"),
                       QJsonObject{{QStringLiteral("S"), QStringLiteral("item-%1").arg(i)}}}});
    QVERIFY(putItems(m_writer.client(), m_table, items));

    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            [this] { m_clipboardHistory.append(QGuiApplication::clipboard()->text()); });

    m_settings =
        std::make_unique<QSettings>(rootPath("config/DynaConsole.ini"), QSettings::IniFormat);
    m_store = std::make_unique<profiles::ProfileStore>(m_settings.get());
    m_session = std::make_unique<session::Session>();
    m_history = std::make_unique<session::StatementHistory>(rootPath("data/history.jsonl"));
    m_window = std::make_unique<app::MainWindow>(m_session.get(), m_store.get(), m_settings.get(),
                                                 m_history.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSecretLeaks::cleanupTestCase()
{
    m_window.reset();
    delete callAndWait(m_writer.client(), QStringLiteral("DeleteTable"),
                       {{QStringLiteral("TableName"), m_table}});
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
}

views::ConnectionManagerDialog *TestSecretLeaks::openManager()
{
    QApplication::setActiveWindow(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    views::ConnectionManagerDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            dialog = m_window->findChild<views::ConnectionManagerDialog *>();
            return dialog && dialog->isVisible();
        }))
        qFatal("Ctrl+Shift+O did not open the connection manager");
    return dialog;
}

void TestSecretLeaks::storeThroughTheDialog()
{
    views::ConnectionManagerDialog *dialog = openManager();
    click(child<QPushButton>(dialog, "newProfile"));
    typeInto(child<QLineEdit>(dialog, "name"), ProfileName);
    typeInto(child<QComboBox>(dialog, "region"), QStringLiteral("us-east-1"));
    typeInto(child<QLineEdit>(dialog, "endpoint"), localEndpoint().toString());
    typeInto(child<QLineEdit>(dialog, "accessKeyId"), AccessKeyId);
    auto *secret = child<QLineEdit>(dialog, "secretAccessKey");
    auto *token = child<QLineEdit>(dialog, "sessionToken");
    typeInto(secret, CanarySecret);
    typeInto(token, CanaryToken);

    for (QLineEdit *field : {secret, token}) {
        QVERIFY(field->text() == CanarySecret || field->text() == CanaryToken);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QVERIFY(leakIn(field->displayText().toUtf8()).isEmpty());
        // Copying out of a password field copies nothing.
        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_C, Qt::ControlModifier);
        QVERIFY(field->text() == CanarySecret || field->text() == CanaryToken);
        QVERIFY(leakIn(QGuiApplication::clipboard()->text().toUtf8()).isEmpty());
    }
    QVERIFY2(leakIn(visibleTexts().join(QLatin1Char('\n')).toUtf8()).isEmpty(),
             "a typed secret is shown on screen");

    click(child<QPushButton>(dialog, "save"));
    QTRY_COMPARE(m_store->profiles().size(), 1);
    const profiles::Profile saved = m_store->profiles().constFirst();
    QCOMPARE(saved.name, ProfileName);
    QCOMPARE(saved.accessKeyId, AccessKeyId);
    m_profileId = saved.id;
    QVERIFY2(child<QLabel>(dialog, "formError")->isHidden(),
             qPrintable(child<QLabel>(dialog, "formError")->text()));

    // The secrets went to the real keychain (compared without printing them).
    bool loaded = false;
    bool same = false;
    m_store->loadSecrets(m_profileId, this,
                         [&](const profiles::ProfileSecrets &secrets,
                             const profiles::ProfileStore::Outcome &outcome) {
                             loaded = true;
                             same = outcome.ok() && secrets.secretAccessKey == CanarySecret &&
                                    secrets.sessionToken == CanaryToken;
                         });
    QTRY_VERIFY(loaded);
    QVERIFY2(same, "the keychain does not hold the typed secrets");
    QCOMPARE(keychainStatus(profiles::ProfileStore::secretKeyName(m_profileId)),
             profiles::KeychainQueue::Status::Ok);
}

void TestSecretLeaks::vaultExportCopiesNoSecret()
{
    auto *dialog = m_window->findChild<views::ConnectionManagerDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->currentProfileId(), m_profileId);
    click(child<QPushButton>(dialog, "exportVault"));
    QDialog *vault = nullptr;
    QTRY_VERIFY((vault = dialog->findChild<QDialog *>(QStringLiteral("vaultExport"))) &&
                vault->isVisible());
    auto *text = child<QPlainTextEdit>(vault, "vaultText");
    auto *copy = child<QPushButton>(vault, "copyVault");
    auto *include = child<QCheckBox>(vault, "includeSecrets");

    QVERIFY(copy->isVisible());
    click(copy);
    QVERIFY(QGuiApplication::clipboard()->text().contains(AccessKeyId));
    QVERIFY(leakIn(QGuiApplication::clipboard()->text().toUtf8()).isEmpty());

    // Exporting the secret is the seed's vault format; it is shown only on request and the
    // copy button goes away while it is.
    click(include);
    QTRY_VERIFY(text->toPlainText().contains(QLatin1String("AWS_SECRET_ACCESS_KEY=")));
    QVERIFY(!copy->isVisible());
    click(include);
    QTRY_VERIFY(!text->toPlainText().contains(QLatin1String("AWS_SECRET_ACCESS_KEY=")));
    QVERIFY(copy->isVisible());
    QVERIFY(leakIn(text->toPlainText().toUtf8()).isEmpty());
    vault->reject();

    QVERIFY(!m_clipboardHistory.isEmpty());
    for (const QString &copied : std::as_const(m_clipboardHistory))
        QVERIFY2(leakIn(copied.toUtf8()).isEmpty(), "a secret reached the clipboard");
}

void TestSecretLeaks::connectAndLoadItems()
{
    auto *dialog = m_window->findChild<views::ConnectionManagerDialog *>();
    QVERIFY(dialog);
    views::NavigationPanel *navigation = m_window->navigation();
    QSignalSpy loaded(navigation, &views::NavigationPanel::loaded);
    click(child<QPushButton>(dialog, "connect"));
    QVERIFY(loaded.wait(20000));
    QTRY_VERIFY(!m_window->findChild<views::ConnectionManagerDialog *>());
    QCOMPARE(m_session->profileId(), m_profileId);
    QCOMPARE(m_session->client()->config().endpoint.overrideUrl, localEndpoint());

    QSignalSpy ready(m_window->items(), &views::ItemsPanel::tableReady);
    QVERIFY(navigation->selectTable(m_table));
    QVERIFY(!ready.isEmpty() || ready.wait(10000));
    QTRY_VERIFY(!m_window->items()->model()->isLoading());
    // The scan ran with the canary keys (DynamoDB Local accepts any).
    QCOMPARE(m_window->items()->model()->rowCount(), ItemCount);
}

void TestSecretLeaks::reopenedDialogShowsNoSecret()
{
    views::ConnectionManagerDialog *dialog = openManager();
    dialog->selectProfile(m_profileId);
    QCOMPARE(child<QLineEdit>(dialog, "name")->text(), ProfileName);
    auto *secret = child<QLineEdit>(dialog, "secretAccessKey");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY(leakIn(secret->displayText().toUtf8()).isEmpty());
    QVERIFY(leakIn(secret->text().toUtf8()).isEmpty());
    QVERIFY(leakIn(child<QLineEdit>(dialog, "sessionToken")->text().toUtf8()).isEmpty());
    const QStringList texts = visibleTexts();
    QVERIFY(texts.contains(ProfileName));
    QVERIFY2(leakIn(texts.join(QLatin1Char('\n')).toUtf8()).isEmpty(),
             "a secret is shown on screen");

    // Screenshots land in the searched folders too.
    QVERIFY(dialog->grab().save(rootPath("tmp/connection-manager.png")));
    QVERIFY(m_window->grab().save(rootPath("tmp/main-window.png")));
}

void TestSecretLeaks::walkFiles(QStringList *files, QString *settingsText)
{
    m_settings->sync();
    QDirIterator it(root->path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        const QString leak = leakIn(bytes);
        QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("%1 holds the %2").arg(path, leak)));
        files->append(QDir(root->path()).relativeFilePath(path));
        if (path == m_settings->fileName())
            *settingsText = QString::fromUtf8(bytes);
    }
}

void TestSecretLeaks::filesHoldNoSecretWhileStored()
{
    QStringList files;
    QString settingsText;
    walkFiles(&files, &settingsText);
    if (QTest::currentTestFailed())
        return;
    qInfo("files written while the profile is stored: %s",
          qPrintable(files.join(QStringLiteral(", "))));
    QVERIFY2(files.contains(QStringLiteral("config/DynaConsole.ini")),
             qPrintable(files.join(QLatin1Char(' '))));
    QVERIFY(files.contains(QStringLiteral("tmp/connection-manager.png")));
    // The search really read the settings: the non-secret half of the profile is there.
    QVERIFY(settingsText.contains(ProfileName));
    QVERIFY(settingsText.contains(AccessKeyId));
}

void TestSecretLeaks::deleteRemovesTheKeychainEntries()
{
    auto *dialog = m_window->findChild<views::ConnectionManagerDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->currentProfileId(), m_profileId);
    click(child<QPushButton>(dialog, "deleteProfile"));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(QStringLiteral("confirmDelete"))));
    click(box->button(QMessageBox::Yes));
    QTRY_VERIFY(m_store->profiles().isEmpty());
    QTRY_COMPARE(child<QListWidget>(dialog, "profileList")->count(), 0);
    QCOMPARE(keychainStatus(profiles::ProfileStore::secretKeyName(m_profileId)),
             profiles::KeychainQueue::Status::NotFound);
    QCOMPARE(keychainStatus(profiles::ProfileStore::sessionTokenKeyName(m_profileId)),
             profiles::KeychainQueue::Status::NotFound);
    dialog->close();
}

void TestSecretLeaks::nothingLeakedAnywhere()
{
    // Everything the window keeps (workspace, history) is written when it goes.
    m_window.reset();
    m_history.reset();
    m_session.reset();
    m_store.reset();

    QStringList files;
    QString settingsText;
    walkFiles(&files, &settingsText);
    if (QTest::currentTestFailed())
        return;
    qInfo("files written by the end: %s", qPrintable(files.join(QStringLiteral(", "))));
    QVERIFY(files.contains(QStringLiteral("config/DynaConsole.ini")));
    QVERIFY(!settingsText.contains(AccessKeyId));

    QVERIFY(!m_clipboardHistory.isEmpty());
    for (const QString &copied : std::as_const(m_clipboardHistory))
        QVERIFY2(leakIn(copied.toUtf8()).isEmpty(), "a secret reached the clipboard");

    QStringList lines;
    {
        QMutexLocker locker(&logMutex);
        lines = logLines;
    }
    QVERIFY(!lines.isEmpty());
    for (const QString &line : std::as_const(lines))
        QVERIFY2(leakIn(line.toUtf8()).isEmpty(), "a secret is in the log");
}

int main(int argc, char **argv)
{
    // Before QApplication, so Qt and every library see the test's own folders from the start.
    QTemporaryDir folders;
    if (!folders.isValid())
        qFatal("no temporary folder");
    root = &folders;
    const std::pair<const char *, const char *> locations[] = {{"HOME", "home"},
                                                               {"XDG_CONFIG_HOME", "config"},
                                                               {"XDG_DATA_HOME", "data"},
                                                               {"XDG_CACHE_HOME", "cache"},
                                                               {"TMPDIR", "tmp"}};
    for (const auto &[variable, folder] : locations) {
        const QString path = rootPath(folder);
        if (!QDir().mkpath(path))
            qFatal("cannot create %s", qPrintable(path));
        qputenv(variable, QFile::encodeName(path));
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DynaConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("DynaConsole"));
    TestSecretLeaks test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretleaks.moc"
