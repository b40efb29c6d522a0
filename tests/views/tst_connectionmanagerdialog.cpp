#include "connectionmanagerdialog.h"
#include "errorpane.h"
#include "loopbackserver.h"
#include "stsloopbackserver.h"
#include "widgetdriver.h"

#include "profiles/profile.h"
#include "profiles/profilestore.h"
#include "profiles/sharedconfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dyna;
using namespace dyna::test;
using dyna::views::ConnectionManagerDialog;

namespace {

void clickItem(QListWidget *list, const QString &startOfText)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        if (item->text().startsWith(startOfText)) {
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                              list->visualItemRect(item).center());
            return;
        }
    }
    qFatal("no list item starting with %s", qPrintable(startOfText));
}

QStringList itemTexts(const QListWidget *list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts;
}

} // namespace

class TestConnectionManagerDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void savesTypedProfileWithoutSecretInFile();
    void refusesInvalidInputAndKeepsTyping_data();
    void refusesInvalidInputAndKeepsTyping();
    void durationStaysInRange();
    void plainHttpCheckboxFollowsEndpoint_data();
    void plainHttpCheckboxFollowsEndpoint();
    void plainHttpAsksBeforeAllowing();
    void duplicatesProfileWithSecrets();
    void deleteAsksFirst_data();
    void deleteAsksFirst();
    void importsFromAwsConfig();
    void testConnectionListsTables();
    void testConnectionShowsAuthError();
    void testConnectionAssumesRole();
    void connectEmitsProfileId();
    void keychainKeepsSecretAcrossStores();
    void screenshot();

private:
    profiles::Profile storeProfile(const QString &name, const QString &secret);
    std::unique_ptr<ConnectionManagerDialog> openDialog();
    void fillAccessKeys(ConnectionManagerDialog *dialog, const QString &name, const QUrl &endpoint,
                        const QString &accessKeyId, const QString &secret);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<profiles::ProfileStore> m_store;
    QString m_settingsPath;
};

void TestConnectionManagerDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settingsPath = m_dir->filePath(QStringLiteral("profiles.ini"));
    m_store = std::make_unique<profiles::ProfileStore>(m_settingsPath);
    m_store->setInMemorySecrets(true);
}

void TestConnectionManagerDialog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

profiles::Profile TestConnectionManagerDialog::storeProfile(const QString &name,
                                                            const QString &secret)
{
    profiles::Profile profile;
    profile.name = name;
    profile.region = QStringLiteral("eu-west-1");
    profile.accessKeyId = QStringLiteral("AKIASTORED") + name.toUpper().remove(QLatin1Char(' '));
    profiles::Profile saved;
    bool done = false;
    m_store->save(profile, profiles::ProfileSecrets{secret, {}}, nullptr,
                  [&](const profiles::Profile &result, const profiles::ProfileStore::Outcome &o) {
                      if (!o.ok())
                          qWarning("%s", qPrintable(o.error));
                      saved = result;
                      done = true;
                  });
    if (!QTest::qWaitFor([&done] { return done; }))
        qFatal("saving %s did not finish", qPrintable(name));
    return saved;
}

std::unique_ptr<ConnectionManagerDialog> TestConnectionManagerDialog::openDialog()
{
    auto dialog = std::make_unique<ConnectionManagerDialog>(m_store.get());
    // No AWS config of the machine running the tests leaks in.
    dialog->setEnvironment(QProcessEnvironment(), m_dir->path());
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qFatal("the dialog was not shown");
    return dialog;
}

void TestConnectionManagerDialog::fillAccessKeys(ConnectionManagerDialog *dialog,
                                                 const QString &name, const QUrl &endpoint,
                                                 const QString &accessKeyId, const QString &secret)
{
    click(child<QPushButton>(dialog, "newProfile"));
    typeInto(child<QLineEdit>(dialog, "name"), name);
    typeInto(child<QComboBox>(dialog, "region"), QStringLiteral("us-east-1"));
    typeInto(child<QLineEdit>(dialog, "endpoint"), endpoint.toString());
    typeInto(child<QLineEdit>(dialog, "accessKeyId"), accessKeyId);
    typeInto(child<QLineEdit>(dialog, "secretAccessKey"), secret);
}

void TestConnectionManagerDialog::savesTypedProfileWithoutSecretInFile()
{
    const QString secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY");
    {
        auto dialog = openDialog();
        click(child<QPushButton>(dialog.get(), "newProfile"));
        typeInto(child<QLineEdit>(dialog.get(), "name"), QStringLiteral("Orders prod"));
        typeInto(child<QComboBox>(dialog.get(), "region"), QStringLiteral("eu-west-1"));
        typeInto(child<QLineEdit>(dialog.get(), "endpoint"),
                 QStringLiteral("http://127.0.0.1:8000"));
        typeInto(child<QLineEdit>(dialog.get(), "colour"), QStringLiteral("#1f77b4"));
        click(child<QCheckBox>(dialog.get(), "readOnly"));
        click(child<QCheckBox>(dialog.get(), "production"));
        typeInto(child<QLineEdit>(dialog.get(), "accessKeyId"), QStringLiteral("AKIAORDERS"));
        typeInto(child<QLineEdit>(dialog.get(), "secretAccessKey"), secret);
        click(child<QPushButton>(dialog.get(), "save"));

        auto *list = child<QListWidget>(dialog.get(), "profileList");
        QTRY_COMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QLatin1String("Orders prod")));
        QVERIFY(list->item(0)->text().contains(QLatin1String("read-only")));
        QVERIFY(list->item(0)->text().contains(QLatin1String("production")));
        QVERIFY(!list->item(0)->icon().isNull());
        QCOMPARE(dialog->currentProfileId(), m_store->profiles().constFirst().id);
        // The saved secret is not shown again; an empty field keeps the stored one.
        auto *secretField = child<QLineEdit>(dialog.get(), "secretAccessKey");
        QVERIFY(secretField->text().isEmpty());
        QVERIFY(secretField->placeholderText().contains(QLatin1String("keychain")));
    }

    const profiles::Profile saved = m_store->profiles().constFirst();
    QCOMPARE(saved.name, QStringLiteral("Orders prod"));
    QCOMPARE(saved.region, QStringLiteral("eu-west-1"));
    QCOMPARE(saved.endpoint, QUrl(QStringLiteral("http://127.0.0.1:8000")));
    QCOMPARE(saved.colour, QStringLiteral("#1f77b4"));
    QVERIFY(saved.readOnly);
    QVERIFY(saved.production);
    QCOMPARE(saved.accessKeyId, QStringLiteral("AKIAORDERS"));
    QString storedSecret;
    m_store->loadSecrets(saved.id, nullptr,
                         [&storedSecret](const profiles::ProfileSecrets &secrets,
                                         const profiles::ProfileStore::Outcome &) {
                             storedSecret = secrets.secretAccessKey;
                         });
    QTRY_COMPARE(storedSecret, secret);

    m_store.reset();
    QFile file(m_settingsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("Orders prod"));
    QVERIFY(bytes.contains("AKIAORDERS"));
    QVERIFY(!bytes.contains(secret.toUtf8()));
    QVERIFY(!bytes.contains("wJalrXUtnFEMI"));
}

void TestConnectionManagerDialog::refusesInvalidInputAndKeepsTyping_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("roleArn"); // non-empty: an Assume role profile
    QTest::addColumn<QString>("fieldInMessage");

    QTest::newRow("empty name") << QString() << QString() << QString() << "name";
    QTest::newRow("ftp endpoint") << "Local"
                                  << "ftp://x" << QString() << "endpoint";
    QTest::newRow("bad role ARN") << "Role" << QString() << "arn:aws:iam::12:role"
                                  << "role ARN";
}

void TestConnectionManagerDialog::refusesInvalidInputAndKeepsTyping()
{
    QFETCH(QString, name);
    QFETCH(QString, endpoint);
    QFETCH(QString, roleArn);
    QFETCH(QString, fieldInMessage);

    auto dialog = openDialog();
    click(child<QPushButton>(dialog.get(), "newProfile"));
    auto *nameField = child<QLineEdit>(dialog.get(), "name");
    auto *endpointField = child<QLineEdit>(dialog.get(), "endpoint");
    typeInto(nameField, name);
    typeInto(endpointField, endpoint);
    typeInto(child<QLineEdit>(dialog.get(), "accessKeyId"), QStringLiteral("AKIATYPED"));
    typeInto(child<QLineEdit>(dialog.get(), "secretAccessKey"), QStringLiteral("typed-secret"));
    auto *roleArnField = child<QLineEdit>(dialog.get(), "roleArn");
    if (!roleArn.isEmpty()) {
        QVERIFY(chooseWithKeys(child<QComboBox>(dialog.get(), "credentialSource"),
                               QStringLiteral("Assume role")));
        QVERIFY(roleArnField->isVisible());
        typeInto(roleArnField, roleArn);
    }
    click(child<QPushButton>(dialog.get(), "save"));

    auto *error = child<QLabel>(dialog.get(), "formError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(fieldInMessage, Qt::CaseInsensitive),
             qPrintable(error->text()));
    QTest::qWait(50);
    QVERIFY(m_store->profiles().isEmpty());
    QCOMPARE(child<QListWidget>(dialog.get(), "profileList")->count(), 0);
    // Everything typed is still there to be corrected.
    QCOMPARE(nameField->text(), name);
    QCOMPARE(endpointField->text(), endpoint);
    QCOMPARE(roleArnField->text(), roleArn);
    QCOMPARE(child<QLineEdit>(dialog.get(), "accessKeyId")->text(), QStringLiteral("AKIATYPED"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "secretAccessKey")->text(),
             QStringLiteral("typed-secret"));
}

void TestConnectionManagerDialog::durationStaysInRange()
{
    auto dialog = openDialog();
    click(child<QPushButton>(dialog.get(), "newProfile"));
    typeInto(child<QLineEdit>(dialog.get(), "name"), QStringLiteral("Short role"));
    QVERIFY(chooseWithKeys(child<QComboBox>(dialog.get(), "credentialSource"),
                           QStringLiteral("Assume role")));
    typeInto(child<QLineEdit>(dialog.get(), "roleArn"),
             QStringLiteral("arn:aws:iam::123456789012:role/Reader"));
    typeInto(child<QLineEdit>(dialog.get(), "accessKeyId"), QStringLiteral("AKIAROLE"));
    typeInto(child<QLineEdit>(dialog.get(), "secretAccessKey"), QStringLiteral("s"));
    auto *duration = child<QSpinBox>(dialog.get(), "duration");
    duration->setFocus();
    duration->selectAll();
    QTest::keyClicks(duration, QStringLiteral("100"));
    QTest::keyClick(duration, Qt::Key_Tab);
    QVERIFY(duration->value() >= profiles::AssumeRoleSettings::MinDurationSeconds);
    click(child<QPushButton>(dialog.get(), "save"));
    QTRY_COMPARE(m_store->profiles().size(), 1);
    const profiles::Profile saved = m_store->profiles().constFirst();
    QCOMPARE(saved.source, profiles::CredentialSource::AssumeRole);
    QCOMPARE(saved.assumeRole.durationSeconds, duration->value());
}

void TestConnectionManagerDialog::plainHttpCheckboxFollowsEndpoint_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("none") << QString() << false;
    QTest::newRow("http loopback") << "http://127.0.0.1:8000" << false;
    QTest::newRow("http localhost") << "http://localhost:8000" << false;
    QTest::newRow("http ::1") << "http://[::1]:8000" << false;
    QTest::newRow("https remote") << "https://db.example.com" << false;
    QTest::newRow("http remote") << "http://db.example.com:8000" << true;
    QTest::newRow("http private address") << "http://10.0.0.5:8000" << true;
}

void TestConnectionManagerDialog::plainHttpCheckboxFollowsEndpoint()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, enabled);

    auto dialog = openDialog();
    click(child<QPushButton>(dialog.get(), "newProfile"));
    typeInto(child<QLineEdit>(dialog.get(), "endpoint"), endpoint);
    auto *allow = child<QCheckBox>(dialog.get(), "allowPlainHttp");
    QVERIFY(allow->isVisible());
    QCOMPARE(allow->isEnabled(), enabled);
    QVERIFY(!allow->isChecked());
}

void TestConnectionManagerDialog::plainHttpAsksBeforeAllowing()
{
    const auto confirmation = [](ConnectionManagerDialog *dialog) {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor([&] {
                box = dialog->findChild<QMessageBox *>(QStringLiteral("confirmPlainHttp"));
                return box && box->isVisible();
            }))
            qFatal("no plain HTTP confirmation");
        return box;
    };

    auto dialog = openDialog();
    fillAccessKeys(dialog.get(), QStringLiteral("Lab"),
                   QUrl(QStringLiteral("http://db.example.com:8000")), QStringLiteral("AKIALAB"),
                   QStringLiteral("lab-secret"));
    auto *allow = child<QCheckBox>(dialog.get(), "allowPlainHttp");
    QVERIFY(allow->isEnabled());

    // No: the box stays unticked.
    click(allow);
    QMessageBox *box = confirmation(dialog.get());
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
    QVERIFY2(box->text().contains(QLatin1String("db.example.com")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QLatin1String("without encryption")), qPrintable(box->text()));
    QVERIFY(!allow->isChecked());
    click(box->button(QMessageBox::No));
    QTRY_VERIFY(!dialog->findChild<QMessageBox *>(QStringLiteral("confirmPlainHttp")));
    QVERIFY(!allow->isChecked());

    // Yes: ticked, and the flag is saved with the profile.
    click(allow);
    box = confirmation(dialog.get());
    click(box->button(QMessageBox::Yes));
    QTRY_VERIFY(allow->isChecked());
    click(child<QPushButton>(dialog.get(), "save"));
    QTRY_COMPARE(m_store->profiles().size(), 1);
    QVERIFY(m_store->profiles().constFirst().allowPlainHttp);

    // Another host needs its own yes; https makes the question moot.
    typeInto(child<QLineEdit>(dialog.get(), "endpoint"),
             QStringLiteral("http://other.example.com:8000"));
    QVERIFY(allow->isEnabled());
    QVERIFY(!allow->isChecked());
    typeInto(child<QLineEdit>(dialog.get(), "endpoint"), QStringLiteral("https://db.example.com"));
    QVERIFY(!allow->isEnabled());
    QVERIFY(!allow->isChecked());

    // Reopened, the stored profile shows its flag; unticking needs no question and is saved.
    dialog.reset();
    dialog = openDialog();
    clickItem(child<QListWidget>(dialog.get(), "profileList"), QStringLiteral("Lab"));
    allow = child<QCheckBox>(dialog.get(), "allowPlainHttp");
    QVERIFY(allow->isEnabled());
    QVERIFY(allow->isChecked());
    click(allow);
    QVERIFY(!allow->isChecked());
    QTest::qWait(50);
    QVERIFY(!dialog->findChild<QMessageBox *>(QStringLiteral("confirmPlainHttp")));
    click(child<QPushButton>(dialog.get(), "save"));
    QTRY_VERIFY(!m_store->profiles().constFirst().allowPlainHttp);
}

void TestConnectionManagerDialog::duplicatesProfileWithSecrets()
{
    const profiles::Profile original =
        storeProfile(QStringLiteral("Billing"), QStringLiteral("s1"));
    auto dialog = openDialog();
    auto *list = child<QListWidget>(dialog.get(), "profileList");
    clickItem(list, QStringLiteral("Billing"));
    click(child<QPushButton>(dialog.get(), "duplicateProfile"));
    QTRY_COMPARE(list->count(), 2);
    const QUuid copyId = dialog->currentProfileId();
    QVERIFY(copyId != original.id);
    const auto copy = m_store->profile(copyId);
    QVERIFY(copy);
    QVERIFY(copy->name.startsWith(QLatin1String("Billing")));
    QVERIFY(copy->name != original.name);
    QCOMPARE(copy->accessKeyId, original.accessKeyId);
    QCOMPARE(child<QLineEdit>(dialog.get(), "name")->text(), copy->name);
    QString secret;
    m_store->loadSecrets(
        copyId, nullptr,
        [&secret](const profiles::ProfileSecrets &secrets,
                  const profiles::ProfileStore::Outcome &) { secret = secrets.secretAccessKey; });
    QTRY_COMPARE(secret, QStringLiteral("s1"));
}

void TestConnectionManagerDialog::deleteAsksFirst_data()
{
    QTest::addColumn<QMessageBox::StandardButton>("answer");
    QTest::addColumn<QStringList>("remaining");
    QTest::newRow("yes") << QMessageBox::Yes << QStringList{QStringLiteral("Keep")};
    QTest::newRow("no") << QMessageBox::No
                        << QStringList{QStringLiteral("Keep"), QStringLiteral("Scratch")};
}

void TestConnectionManagerDialog::deleteAsksFirst()
{
    QFETCH(QMessageBox::StandardButton, answer);
    QFETCH(QStringList, remaining);

    storeProfile(QStringLiteral("Keep"), QStringLiteral("k"));
    storeProfile(QStringLiteral("Scratch"), QStringLiteral("s"));
    auto dialog = openDialog();
    auto *list = child<QListWidget>(dialog.get(), "profileList");
    clickItem(list, QStringLiteral("Scratch"));
    click(child<QPushButton>(dialog.get(), "deleteProfile"));

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(QStringLiteral("confirmDelete"))));
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains(QLatin1String("\"Scratch\"")));
    click(box->button(answer));

    QTRY_COMPARE(itemTexts(list), remaining);
    QTest::qWait(50);
    QStringList stored;
    for (const profiles::Profile &profile : m_store->profiles())
        stored.append(profile.name);
    QCOMPARE(stored, remaining);
}

void TestConnectionManagerDialog::importsFromAwsConfig()
{
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral(".aws")));
    QFile config(m_dir->filePath(QStringLiteral(".aws/config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile analytics]\n"
                 "region = us-west-2\n"
                 "\n"
                 "[profile work-sso]\n"
                 "sso_start_url = https://example.awsapps.com/start\n"
                 "sso_region = us-east-1\n"
                 "sso_account_id = 123456789012\n"
                 "sso_role_name = ReadOnly\n"
                 "region = eu-west-1\n");
    config.close();
    QFile credentials(m_dir->filePath(QStringLiteral(".aws/credentials")));
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write("[analytics]\n"
                      "aws_access_key_id = AKIAANALYTICS\n"
                      "aws_secret_access_key = analytics-secret\n");
    credentials.close();
    QStringList warnings;
    const auto shared =
        profiles::SharedConfig::load(QProcessEnvironment(), m_dir->path(), &warnings);
    QString error;
    const auto sso = shared.resolve(QStringLiteral("work-sso"), &error);
    QVERIFY2(sso, qPrintable(error));
    QVERIFY(!sso->ssoMessage.isEmpty());

    auto dialog = openDialog();
    click(child<QPushButton>(dialog.get(), "importProfile"));
    QDialog *chooser = nullptr;
    QTRY_VERIFY((chooser = dialog->findChild<QDialog *>(QStringLiteral("importChooser"))));
    QVERIFY(QTest::qWaitForWindowExposed(chooser));
    auto *names = child<QListWidget>(chooser, "importNames");
    QCOMPARE(itemTexts(names), shared.profileNames());
    auto *importButton = child<QPushButton>(chooser, "importButton");

    clickItem(names, QStringLiteral("work-sso"));
    QCOMPARE(child<QLabel>(chooser, "importMessage")->text(), sso->ssoMessage);
    QVERIFY(!importButton->isEnabled());

    clickItem(names, QStringLiteral("analytics"));
    QVERIFY(importButton->isEnabled());
    click(importButton);

    QTRY_COMPARE(m_store->profiles().size(), 1);
    const profiles::Profile imported = m_store->profiles().constFirst();
    QCOMPARE(imported.name, QStringLiteral("analytics"));
    QCOMPARE(imported.region, QStringLiteral("us-west-2"));
    QCOMPARE(imported.source, profiles::CredentialSource::SharedConfig);
    QCOMPARE(imported.sharedConfigProfile, QStringLiteral("analytics"));
    QTRY_COMPARE(dialog->currentProfileId(), imported.id);
    QVERIFY(child<QComboBox>(dialog.get(), "sharedConfigProfile")->isVisible());
}

void TestConnectionManagerDialog::testConnectionListsTables()
{
    test::LoopbackServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    server.enqueue(QStringLiteral("ListTables"),
                   test::LoopbackReply::json(
                       {{QStringLiteral("TableNames"), QJsonArray{QStringLiteral("Orders")}},
                        {QStringLiteral("LastEvaluatedTableName"), QStringLiteral("Orders")}}));
    const aws::Credentials keys = test::LoopbackServer::testCredentials();

    auto dialog = openDialog();
    fillAccessKeys(dialog.get(), QStringLiteral("Loopback"), server.url(), keys.accessKeyId,
                   keys.secretAccessKey);
    click(child<QPushButton>(dialog.get(), "testConnection"));

    auto *result = child<QLabel>(dialog.get(), "testResult");
    QTRY_VERIFY(result->text().contains(QLatin1String("Orders")));
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().contains(server.url().toString()), qPrintable(result->text()));
    QVERIFY(result->text().contains(QRegularExpression(QStringLiteral("\\b\\d+ ms\\b"))));
    QVERIFY(!child<views::ErrorPane>(dialog.get(), "testError")->isVisible());
    QCOMPARE(server.invalidRequests(), 0);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.requests().constFirst().operation, QStringLiteral("ListTables"));
    QCOMPARE(server.requests().constFirst().json.value(QStringLiteral("Limit")).toInt(), 1);
    QVERIFY(server.requests().constFirst().signatureVerified);
    // Testing does not save.
    QVERIFY(m_store->profiles().isEmpty());
}

void TestConnectionManagerDialog::testConnectionShowsAuthError()
{
    test::LoopbackServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    const aws::Credentials keys = test::LoopbackServer::testCredentials();

    auto dialog = openDialog();
    fillAccessKeys(dialog.get(), QStringLiteral("Loopback"), server.url(), keys.accessKeyId,
                   QStringLiteral("not-the-secret"));
    click(child<QPushButton>(dialog.get(), "testConnection"));

    auto *error = child<views::ErrorPane>(dialog.get(), "testError");
    QTRY_VERIFY(error->isVisible());
    QVERIFY(!error->summaryText().isEmpty());
    QVERIFY2(error->detailsText().contains(QLatin1String("InvalidSignatureException")),
             qPrintable(error->detailsText()));
    QVERIFY(!child<QLabel>(dialog.get(), "testResult")->isVisible());
    QVERIFY(child<QPushButton>(dialog.get(), "testConnection")->isEnabled());
    QCOMPARE(server.invalidRequests(), 1);
}

void TestConnectionManagerDialog::testConnectionAssumesRole()
{
    test::StsLoopbackServer sts;
    QVERIFY2(sts.listen(), qPrintable(sts.errorString()));
    test::LoopbackServer dynamo;
    QVERIFY2(dynamo.listen(), qPrintable(dynamo.errorString()));
    // DynamoDB learns each minted key as STS hands it out, so it can verify the signature.
    connect(
        &sts, &test::StsLoopbackServer::requestReceived, &dynamo,
        [&sts, &dynamo] {
            for (const aws::Credentials &minted : sts.minted())
                dynamo.addCredentials(minted.accessKeyId, minted.secretAccessKey);
        },
        Qt::QueuedConnection);
    dynamo.enqueue(QStringLiteral("ListTables"),
                   test::LoopbackReply::json({{QStringLiteral("TableNames"), QJsonArray{}}}));
    const aws::Credentials source = test::StsLoopbackServer::sourceCredentials();

    auto dialog = openDialog();
    dialog->setStsEndpointOverride(sts.url());
    fillAccessKeys(dialog.get(), QStringLiteral("Role"), dynamo.url(), source.accessKeyId,
                   source.secretAccessKey);
    QVERIFY(chooseWithKeys(child<QComboBox>(dialog.get(), "credentialSource"),
                           QStringLiteral("Assume role")));
    QCOMPARE(child<QComboBox>(dialog.get(), "roleSource")->currentIndex(), 0);
    QVERIFY(child<QLineEdit>(dialog.get(), "accessKeyId")->isVisible());
    typeInto(child<QLineEdit>(dialog.get(), "roleArn"),
             QStringLiteral("arn:aws:iam::123456789012:role/Reader"));
    click(child<QPushButton>(dialog.get(), "testConnection"));

    auto *result = child<QLabel>(dialog.get(), "testResult");
    auto *error = child<views::ErrorPane>(dialog.get(), "testError");
    QTRY_VERIFY2(result->text().contains(test::StsLoopbackServer::account()) || error->isVisible(),
                 qPrintable(result->text()));
    QVERIFY2(!error->isVisible(), qPrintable(error->summaryText() + error->detailsText()));
    QVERIFY(result->text().contains(QLatin1String("No tables")));
    QCOMPARE(sts.invalidRequests(), 0);
    QCOMPARE(sts.requests().constFirst().action, QStringLiteral("AssumeRole"));
    QCOMPARE(sts.requests().constFirst().accessKeyId, source.accessKeyId);
    QCOMPARE(sts.minted().size(), 1);
    QCOMPARE(dynamo.invalidRequests(), 0);
    QCOMPARE(dynamo.requestCount(), 1);
    QCOMPARE(dynamo.requests().constFirst().accessKeyId, sts.minted().constFirst().accessKeyId);
    QVERIFY(dynamo.requests().constFirst().signatureVerified);
}

void TestConnectionManagerDialog::connectEmitsProfileId()
{
    storeProfile(QStringLiteral("Alpha"), QStringLiteral("a"));
    const profiles::Profile beta = storeProfile(QStringLiteral("Beta"), QStringLiteral("b"));
    auto dialog = openDialog();
    QSignalSpy spy(dialog.get(), &ConnectionManagerDialog::connectRequested);
    clickItem(child<QListWidget>(dialog.get(), "profileList"), QStringLiteral("Beta"));
    click(child<QPushButton>(dialog.get(), "connect"));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.constFirst().constFirst().toUuid(), beta.id);
}

void TestConnectionManagerDialog::keychainKeepsSecretAcrossStores()
{
    m_store->setInMemorySecrets(false);
    const QString secret = QStringLiteral("keychain-secret-") + QUuid::createUuid().toString();
    auto dialog = openDialog();
    fillAccessKeys(dialog.get(), QStringLiteral("Keychain"), QUrl(), QStringLiteral("AKIAKEY"),
                   secret);
    click(child<QPushButton>(dialog.get(), "save"));
    auto *error = child<QLabel>(dialog.get(), "formError");
    // The settings are written before the secrets: done means the dialog selected the profile.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->currentProfileId().isNull() || error->isVisible(), 15000);
    if (error->isVisible()) {
        // Without a Secret Service the dialog offers the session-only fallback instead.
        QVERIFY(child<QPushButton>(dialog.get(), "keepInMemory")->isVisible());
        QSKIP("no usable keychain here; run under the keychain recipe");
    }
    const QUuid id = m_store->profiles().constFirst().id;
    dialog.reset();

    profiles::ProfileStore fresh(m_settingsPath);
    QString loaded;
    bool done = false;
    fresh.loadSecrets(
        id, nullptr,
        [&](const profiles::ProfileSecrets &secrets, const profiles::ProfileStore::Outcome &) {
            loaded = secrets.secretAccessKey;
            done = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QCOMPARE(loaded, secret);

    done = false;
    fresh.remove(id, nullptr, [&done](const profiles::ProfileStore::Outcome &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
}

void TestConnectionManagerDialog::screenshot()
{
    const QString directory = qEnvironmentVariable("DYNA_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("DYNA_SCREENSHOT_DIR is not set");
    test::LoopbackServer server;
    QVERIFY(server.listen());
    server.enqueue(QStringLiteral("ListTables"),
                   test::LoopbackReply::json(
                       {{QStringLiteral("TableNames"), QJsonArray{QStringLiteral("Orders")}}}));
    storeProfile(QStringLiteral("Production"), QStringLiteral("p"));
    storeProfile(QStringLiteral("Staging"), QStringLiteral("s"));
    auto dialog = openDialog();
    const aws::Credentials keys = test::LoopbackServer::testCredentials();
    fillAccessKeys(dialog.get(), QStringLiteral("Local orders"), server.url(), keys.accessKeyId,
                   keys.secretAccessKey);
    typeInto(child<QLineEdit>(dialog.get(), "colour"), QStringLiteral("#2e7d32"));
    click(child<QPushButton>(dialog.get(), "save"));
    QTRY_VERIFY(!dialog->currentProfileId().isNull());
    click(child<QPushButton>(dialog.get(), "testConnection"));
    auto *error = child<views::ErrorPane>(dialog.get(), "testError");
    QTRY_VERIFY2(
        child<QLabel>(dialog.get(), "testResult")->text().contains(QLatin1String("Orders")),
        qPrintable(child<QLabel>(dialog.get(), "testResult")->text() + error->summaryText() +
                   error->detailsText()));
    QVERIFY(
        dialog->grab().save(QDir(directory).filePath(QStringLiteral("connection-manager.png"))));
}

QTEST_MAIN(TestConnectionManagerDialog)
#include "tst_connectionmanagerdialog.moc"
