#include "connectionmanagerdialog.h"
#include "widgetdriver.h"

#include "profiles/profile.h"
#include "profiles/profilestore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dyna;
using namespace dyna::test;
using dyna::views::ConnectionManagerDialog;

namespace {

const QString Secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYVAULTKEY");
const QString Token = QStringLiteral("FwoGZXIvYXdzEXAMPLETOKEN");

// Types multi-line text as a user pasting it would end up with.
void typeLines(QPlainTextEdit *edit, const QStringList &lines)
{
    edit->setFocus();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, lines.at(i));
    }
}

// Every text a user could see or select in the dialog.
QStringList visibleTexts(const QWidget *dialog)
{
    QStringList texts;
    for (const auto *edit : dialog->findChildren<QPlainTextEdit *>())
        texts.append(edit->toPlainText());
    for (const auto *edit : dialog->findChildren<QLineEdit *>())
        texts.append(edit->text());
    for (const auto *label : dialog->findChildren<QLabel *>())
        texts.append(label->text());
    for (const auto *button : dialog->findChildren<QAbstractButton *>())
        texts.append(button->text());
    return texts;
}

} // namespace

class TestVaultKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importFillsFormAndSaveStoresIt();
    void importErrorStaysInline();
    void exportShowsSecretsOnlyOnRequest();
    void exportSavesFile_data();
    void exportSavesFile();
    void browseFillsExportPath();

private:
    profiles::Profile storeProfile();
    std::unique_ptr<ConnectionManagerDialog> openDialog();
    QDialog *openExport(ConnectionManagerDialog *dialog);
    QDialog *openImport(ConnectionManagerDialog *dialog);
    void includeSecrets(QDialog *exportDialog);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<profiles::ProfileStore> m_store;
};

void TestVaultKeys::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<profiles::ProfileStore>(m_dir->filePath(QStringLiteral("p.ini")));
    m_store->setInMemorySecrets(true);
}

void TestVaultKeys::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

profiles::Profile TestVaultKeys::storeProfile()
{
    profiles::Profile profile;
    profile.name = QStringLiteral("Orders");
    profile.region = QStringLiteral("eu-west-1");
    profile.endpoint = QUrl(QStringLiteral("http://127.0.0.1:8000"));
    profile.accessKeyId = QStringLiteral("AKIAORDERS");
    profiles::Profile saved;
    bool done = false;
    m_store->save(profile, profiles::ProfileSecrets{Secret, Token}, nullptr,
                  [&](const profiles::Profile &result, const profiles::ProfileStore::Outcome &o) {
                      if (!o.ok())
                          qWarning("%s", qPrintable(o.error));
                      saved = result;
                      done = true;
                  });
    if (!QTest::qWaitFor([&done] { return done; }))
        qFatal("saving did not finish");
    return saved;
}

std::unique_ptr<ConnectionManagerDialog> TestVaultKeys::openDialog()
{
    auto dialog = std::make_unique<ConnectionManagerDialog>(m_store.get());
    dialog->setEnvironment(QProcessEnvironment(), m_dir->path());
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qFatal("the dialog was not shown");
    return dialog;
}

QDialog *TestVaultKeys::openImport(ConnectionManagerDialog *dialog)
{
    click(child<QPushButton>(dialog, "importVault"));
    auto *import = dialog->findChild<QDialog *>(QStringLiteral("vaultImport"));
    if (!import || !QTest::qWaitForWindowExposed(import))
        qFatal("the import dialog was not shown");
    return import;
}

QDialog *TestVaultKeys::openExport(ConnectionManagerDialog *dialog)
{
    auto *button = child<QPushButton>(dialog, "exportVault");
    if (!button->isEnabled())
        qFatal("export is disabled");
    click(button);
    auto *exportDialog = dialog->findChild<QDialog *>(QStringLiteral("vaultExport"));
    if (!exportDialog || !QTest::qWaitForWindowExposed(exportDialog))
        qFatal("the export dialog was not shown");
    return exportDialog;
}

void TestVaultKeys::includeSecrets(QDialog *exportDialog)
{
    auto *box = child<QCheckBox>(exportDialog, "includeSecrets");
    QVERIFY(!box->isChecked());
    click(box);
    QTRY_VERIFY(child<QPlainTextEdit>(exportDialog, "vaultText")->toPlainText().contains(Secret));
}

void TestVaultKeys::importFillsFormAndSaveStoresIt()
{
    auto dialog = openDialog();
    QDialog *import = openImport(dialog.get());
    typeLines(child<QPlainTextEdit>(import, "vaultText"),
              {QStringLiteral("AWS_ACCESS_KEY_ID=AKIAIMPORTED"),
               QStringLiteral("AWS_SECRET_ACCESS_KEY=") + Secret,
               QStringLiteral("AWS_REGION=eu-central-1"),
               QStringLiteral("AWS_ASSUME_ROLE_ARN=arn:aws:iam::123456789012:role/Reader"),
               QStringLiteral("AWS_ASSUME_ROLE_EXTERNAL_ID=ext-42"),
               QStringLiteral("AWS_ASSUME_ROLE_DURATION_SECONDS=1800")});
    click(child<QPushButton>(import, "vaultImportButton"));
    QTRY_VERIFY(!import->isVisible());

    auto *name = child<QLineEdit>(dialog.get(), "name");
    QVERIFY(name->text().isEmpty());
    QTRY_VERIFY(name->hasFocus());
    QCOMPARE(child<QComboBox>(dialog.get(), "credentialSource")->currentText(),
             QStringLiteral("Assume role"));
    QCOMPARE(child<QComboBox>(dialog.get(), "region")->currentText(),
             QStringLiteral("eu-central-1"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "roleArn")->text(),
             QStringLiteral("arn:aws:iam::123456789012:role/Reader"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "externalId")->text(), QStringLiteral("ext-42"));
    QCOMPARE(child<QSpinBox>(dialog.get(), "duration")->value(), 1800);
    QCOMPARE(child<QLineEdit>(dialog.get(), "accessKeyId")->text(), QStringLiteral("AKIAIMPORTED"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "secretAccessKey")->text(), Secret);
    QVERIFY(dialog->currentProfileId().isNull());
    QVERIFY(m_store->profiles().isEmpty());

    typeInto(name, QStringLiteral("Imported reader"));
    click(child<QPushButton>(dialog.get(), "save"));
    QTRY_COMPARE(m_store->profiles().size(), 1);
    const profiles::Profile saved = m_store->profiles().constFirst();
    QCOMPARE(saved.name, QStringLiteral("Imported reader"));
    QCOMPARE(saved.source, profiles::CredentialSource::AssumeRole);
    QCOMPARE(saved.accessKeyId, QStringLiteral("AKIAIMPORTED"));
    QString stored;
    m_store->loadSecrets(
        saved.id, nullptr,
        [&stored](const profiles::ProfileSecrets &secrets,
                  const profiles::ProfileStore::Outcome &) { stored = secrets.secretAccessKey; });
    QTRY_COMPARE(stored, Secret);
}

void TestVaultKeys::importErrorStaysInline()
{
    const profiles::Profile existing = storeProfile();
    auto dialog = openDialog();
    QCOMPARE(dialog->currentProfileId(), existing.id);
    QDialog *import = openImport(dialog.get());
    const QStringList lines = {QStringLiteral("AWS_ACCESS_KEY_ID=AKIAOTHER"),
                               QStringLiteral("AWS_SECRETS=oops")};
    auto *text = child<QPlainTextEdit>(import, "vaultText");
    typeLines(text, lines);
    click(child<QPushButton>(import, "vaultImportButton"));

    auto *error = child<QLabel>(import, "vaultError");
    QVERIFY(import->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("AWS_SECRETS")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1String("line 2")), qPrintable(error->text()));
    QCOMPARE(text->toPlainText(), lines.join(QLatin1Char('\n')));
    QCOMPARE(child<QLineEdit>(dialog.get(), "name")->text(), existing.name);
    QCOMPARE(child<QLineEdit>(dialog.get(), "accessKeyId")->text(), existing.accessKeyId);
    QCOMPARE(dialog->currentProfileId(), existing.id);
}

void TestVaultKeys::exportShowsSecretsOnlyOnRequest()
{
    storeProfile();
    auto dialog = openDialog();
    QDialog *exportDialog = openExport(dialog.get());
    auto *text = child<QPlainTextEdit>(exportDialog, "vaultText");
    QVERIFY(text->isReadOnly());
    QCOMPARE(text->toPlainText(), QStringLiteral("AWS_ACCESS_KEY_ID=AKIAORDERS\n"
                                                 "AWS_DYNAMODB_ENDPOINT=http://127.0.0.1:8000\n"
                                                 "AWS_REGION=eu-west-1"));
    for (const QString &shown : visibleTexts(exportDialog)) {
        QVERIFY2(!shown.contains(Secret), qPrintable(shown));
        QVERIFY2(!shown.contains(Token), qPrintable(shown));
    }
    auto *copy = child<QPushButton>(exportDialog, "copyVault");
    QVERIFY(copy->isVisible());
    click(copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), text->toPlainText());

    includeSecrets(exportDialog);
    QVERIFY(text->toPlainText().contains(QStringLiteral("AWS_SECRET_ACCESS_KEY=") + Secret));
    QVERIFY(text->toPlainText().contains(QStringLiteral("AWS_SESSION_TOKEN=") + Token));
    QVERIFY(!copy->isVisible());

    click(child<QCheckBox>(exportDialog, "includeSecrets"));
    QVERIFY(!text->toPlainText().contains(Secret));
    QVERIFY(copy->isVisible());
}

void TestVaultKeys::exportSavesFile_data()
{
    QTest::addColumn<bool>("withSecrets");
    QTest::newRow("without secrets") << false;
    QTest::newRow("with secrets") << true;
}

void TestVaultKeys::exportSavesFile()
{
    QFETCH(bool, withSecrets);
    storeProfile();
    auto dialog = openDialog();
    QDialog *exportDialog = openExport(dialog.get());
    if (withSecrets)
        includeSecrets(exportDialog);
    const QString shown = child<QPlainTextEdit>(exportDialog, "vaultText")->toPlainText();
    QCOMPARE(shown.contains(Secret), withSecrets);

    const QString path = m_dir->filePath(QStringLiteral("orders.env"));
    typeInto(child<QLineEdit>(exportDialog, "exportPath"), path);
    click(child<QPushButton>(exportDialog, "saveVault"));
    QVERIFY(!child<QLabel>(exportDialog, "vaultError")->isVisible());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), shown + QLatin1Char('\n'));
    // Owner, group and other bits: only the owner may read a file holding secrets.
    const QFile::Permissions mask = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                    QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                    QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (withSecrets)
        QCOMPARE(file.permissions() & mask, QFile::ReadOwner | QFile::WriteOwner);
    else
        QVERIFY(file.permissions().testFlag(QFile::ReadOwner));
}

void TestVaultKeys::browseFillsExportPath()
{
    storeProfile();
    auto dialog = openDialog();
    QDialog *exportDialog = openExport(dialog.get());
    click(child<QPushButton>(exportDialog, "browseExportPath"));
    QFileDialog *files = nullptr;
    QTRY_VERIFY(
        (files = exportDialog->findChild<QFileDialog *>(QStringLiteral("exportFileDialog"))));
    const QString path = m_dir->filePath(QStringLiteral("chosen.env"));
    QVERIFY(QTest::qWaitForWindowExposed(files));
    auto *fileName = child<QLineEdit>(files, "fileNameEdit");
    typeInto(fileName, path);
    QTest::keyClick(fileName, Qt::Key_Return);
    QTRY_VERIFY(!files->isVisible());
    QCOMPARE(child<QLineEdit>(exportDialog, "exportPath")->text(), path);
    QVERIFY(child<QPushButton>(exportDialog, "saveVault")->isEnabled());
}

QTEST_MAIN(TestVaultKeys)
#include "tst_vaultkeys.moc"
