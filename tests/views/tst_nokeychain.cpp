// A machine without a keychain: the connection manager says so, keeps what the user typed,
// and "Keep secrets in memory" saves the profile without ever writing the secret to disk.
// The test runs itself again as a child process with no reachable Secret Service.
#include "connectionmanagerdialog.h"
#include "widgetdriver.h"

#include "profiles/profilestore.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace dyna;
using namespace dyna::test;

namespace {

constexpr char kChildVariable[] = "DYNA_NO_KEYCHAIN_CHILD";

} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepSecretsInMemoryWithoutKeychain();
    void keepSecretsInMemoryWithoutKeychainChild();

private:
    bool m_isChild = qEnvironmentVariableIsSet(kChildVariable);
};

void TestNoKeychain::keepSecretsInMemoryWithoutKeychain()
{
    if (m_isChild)
        QSKIP("child process");
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/dyna-no-bus"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("keepSecretsInMemoryWithoutKeychainChild")});
    QVERIFY(child.waitForFinished(60000));
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             qPrintable(output + QString::fromUtf8(child.readAllStandardError())));
    QVERIFY2(output.contains(QStringLiteral(
                 "PASS   : TestNoKeychain::keepSecretsInMemoryWithoutKeychainChild")),
             qPrintable(output));
}

void TestNoKeychain::keepSecretsInMemoryWithoutKeychainChild()
{
    if (!m_isChild)
        QSKIP("runs in the child process started by keepSecretsInMemoryWithoutKeychain");
    const QString secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYNOKEYCHAIN");
    QTemporaryDir dir;
    const QString settingsPath = dir.filePath(QStringLiteral("profiles.ini"));
    auto store = std::make_unique<profiles::ProfileStore>(settingsPath);
    auto dialog = std::make_unique<views::ConnectionManagerDialog>(store.get());
    dialog->setEnvironment(QProcessEnvironment(), dir.path());
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));

    QTest::mouseClick(child<QPushButton>(dialog.get(), "newProfile"), Qt::LeftButton);
    typeInto(child<QLineEdit>(dialog.get(), "name"), QStringLiteral("Laptop"));
    typeInto(child<QComboBox>(dialog.get(), "region")->lineEdit(), QStringLiteral("eu-west-1"));
    typeInto(child<QLineEdit>(dialog.get(), "accessKeyId"), QStringLiteral("AKIALAPTOP"));
    typeInto(child<QLineEdit>(dialog.get(), "secretAccessKey"), secret);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "save"), Qt::LeftButton);

    // Said plainly, with the one way out offered; nothing saved, nothing typed lost.
    auto *keepInMemory = child<QPushButton>(dialog.get(), "keepInMemory");
    QTRY_VERIFY(keepInMemory->isVisible());
    const auto labels = dialog->findChildren<QLabel *>();
    const bool explained = std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
        return label->isVisible() &&
               label->text().contains(QStringLiteral("No system keychain is available"));
    });
    QVERIFY2(explained, "no visible explanation that the keychain is missing");
    QVERIFY(store->profiles().isEmpty());
    QCOMPARE(child<QLineEdit>(dialog.get(), "secretAccessKey")->text(), secret);
    QCOMPARE(child<QLineEdit>(dialog.get(), "name")->text(), QStringLiteral("Laptop"));

    QTest::mouseClick(keepInMemory, Qt::LeftButton);
    auto *list = child<QListWidget>(dialog.get(), "profileList");
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(store->inMemorySecrets());
    QVERIFY(!keepInMemory->isVisible());
    const profiles::Profile saved = store->profiles().constFirst();
    QString loaded;
    store->loadSecrets(
        saved.id, nullptr,
        [&loaded](const profiles::ProfileSecrets &secrets,
                  const profiles::ProfileStore::Outcome &) { loaded = secrets.secretAccessKey; });
    QTRY_COMPARE(loaded, secret);

    dialog.reset();
    store.reset(); // writes the settings file
    QFile file(settingsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("AKIALAPTOP"));
    QVERIFY(!bytes.contains(secret.toUtf8()));
}

QTEST_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
