#include "vaultkeysdialog.h"

#include "theme.h"

#include "profiles/profilestore.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace dyna::views {

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("vaultError"));
    label->setWordWrap(true);
    setTextTone(label, Tone::ErrorText);
    label->hide();
    return label;
}

} // namespace

VaultImportDialog::VaultImportDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("vaultImport"));
    setWindowTitle(tr("Import vault keys"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("vaultText"));
    m_text->setPlaceholderText(tr("AWS_ACCESS_KEY_ID=…\nAWS_SECRET_ACCESS_KEY=…\nAWS_REGION=…"));
    m_error = errorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("vaultImportButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Paste the KEY=value lines of a vault key set:"), this));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &VaultImportDialog::import);
    resize(520, 320);
}

void VaultImportDialog::import()
{
    QString error;
    const auto result = profiles::importVaultText(m_text->toPlainText(), &error);
    if (!result) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    // Closed first, so the form that receives the import can take the focus back.
    accept();
    Q_EMIT imported(*result);
}

VaultExportDialog::VaultExportDialog(profiles::ProfileStore *store,
                                     const profiles::Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_profile(profile)
{
    setObjectName(QStringLiteral("vaultExport"));
    setWindowTitle(tr("Export vault keys of \"%1\"").arg(profile.name));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("vaultText"));
    m_text->setReadOnly(true);
    m_includeSecrets = new QCheckBox(tr("Include the secret access key and session token"), this);
    m_includeSecrets->setObjectName(QStringLiteral("includeSecrets"));
    m_includeSecrets->setEnabled(profile.hasOwnKeys());
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyVault"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setPlaceholderText(tr("File to save the lines to"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseExportPath"));
    m_save = new QPushButton(tr("Save to file"), this);
    m_save->setObjectName(QStringLiteral("saveVault"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("vaultStatus"));
    m_error = errorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_includeSecrets);
    layout->addWidget(m_copy, 0, Qt::AlignLeft);
    layout->addLayout(fileRow);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_includeSecrets, &QCheckBox::toggled, this, &VaultExportDialog::setIncludeSecrets);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_text->toPlainText()); });
    connect(browse, &QPushButton::clicked, this, &VaultExportDialog::browse);
    connect(m_save, &QPushButton::clicked, this, &VaultExportDialog::saveToFile);
    connect(m_path, &QLineEdit::textChanged, this,
            [this](const QString &path) { m_save->setEnabled(!path.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_save->setEnabled(false);
    showLines();
    resize(560, 360);
}

void VaultExportDialog::setIncludeSecrets(bool include)
{
    m_error->hide();
    if (!include) {
        m_secrets = {};
        m_secretsShown = false;
        showLines();
        return;
    }
    // Disabled until the secrets arrive, so an unchecked box never shows them late.
    m_includeSecrets->setEnabled(false);
    m_store->loadSecrets(m_profile.id, this,
                         [this](const profiles::ProfileSecrets &secrets,
                                const profiles::ProfileStore::Outcome &outcome) {
                             m_includeSecrets->setEnabled(true);
                             if (!outcome.ok()) {
                                 showError(outcome.error);
                                 const QSignalBlocker blocker(m_includeSecrets);
                                 m_includeSecrets->setChecked(false);
                                 return;
                             }
                             m_secrets = secrets;
                             m_secretsShown = true;
                             showLines();
                         });
}

void VaultExportDialog::showLines()
{
    const auto keys = profiles::exportVaultKeys(m_profile, m_secrets, m_secretsShown);
    QStringList lines;
    for (auto it = keys.begin(); it != keys.end(); ++it)
        lines.append(it.key() + QLatin1Char('=') + it.value());
    m_text->setPlainText(lines.join(QLatin1Char('\n')));
    // Secrets stay out of the clipboard, where any program could read them.
    m_copy->setVisible(!m_secretsShown);
}

void VaultExportDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Save vault keys"), m_path->text());
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_path->setText(file); });
    dialog->open();
}

void VaultExportDialog::saveToFile()
{
    m_error->hide();
    m_status->clear();
    const QString path = m_path->text().trimmed();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        showError(tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    // Only the owner may read a file that holds secrets.
    if (m_secretsShown && !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        showError(tr("Could not restrict the permissions of %1: %2").arg(path, file.errorString()));
        return;
    }
    file.write((m_text->toPlainText() + QLatin1Char('\n')).toUtf8());
    if (!file.commit()) {
        showError(tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_status->setText(tr("Saved to %1.").arg(path));
}

void VaultExportDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace dyna::views
