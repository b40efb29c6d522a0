#include "connectionmanagerdialog.h"

#include "mfaprompt.h"
#include "theme.h"

#include "errorpane.h"
#include "profilepresentation.h"
#include "vaultkeysdialog.h"

#include "aws/awsclient.h"
#include "aws/endpointresolver.h"
#include "aws/requestjob.h"
#include "aws/sts.h"
#include "dynamo/preflight.h"
#include "profiles/connectionresolver.h"
#include "profiles/profile.h"
#include "profiles/profilestore.h"
#include "profiles/readonlyguard.h"
#include "profiles/sharedconfig.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace dyna::views {

using profiles::CredentialSource;
using profiles::Profile;
using profiles::ProfileSecrets;

namespace {

constexpr int IdRole = Qt::UserRole;

// A name not used by any stored profile, for duplicates: "base", "base 2", "base 3", ...
QString unusedName(const QString &base, const QList<Profile> &profiles)
{
    const auto taken = [&profiles](const QString &name) {
        for (const Profile &profile : profiles) {
            if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

} // namespace

ConnectionManagerDialog::ConnectionManagerDialog(profiles::ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_environment(QProcessEnvironment::systemEnvironment())
    , m_homeDir(QDir::homePath())
{
    setWindowTitle(tr("Connection Manager"));

    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createListSide());
    splitter->addWidget(createFormSide());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 520});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_store, &profiles::ProfileStore::profilesChanged, this,
            &ConnectionManagerDialog::reloadList);
    reloadList();
    reloadSharedConfigNames();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        clearForm();
    resize(860, 600);
}

ConnectionManagerDialog::~ConnectionManagerDialog() = default;

QWidget *ConnectionManagerDialog::createListSide()
{
    auto *side = new QWidget(this);
    m_list = new QListWidget(side);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Connections"));
    m_new = new QPushButton(tr("New"), side);
    m_new->setObjectName(QStringLiteral("newProfile"));
    m_duplicate = new QPushButton(tr("Duplicate"), side);
    m_duplicate->setObjectName(QStringLiteral("duplicateProfile"));
    m_delete = new QPushButton(tr("Delete"), side);
    m_delete->setObjectName(QStringLiteral("deleteProfile"));
    m_import = new QPushButton(tr("Import from AWS config…"), side);
    m_import->setObjectName(QStringLiteral("importProfile"));
    m_importVault = new QPushButton(tr("Import vault keys…"), side);
    m_importVault->setObjectName(QStringLiteral("importVault"));
    m_exportVault = new QPushButton(tr("Export vault keys…"), side);
    m_exportVault->setObjectName(QStringLiteral("exportVault"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addWidget(new QLabel(tr("Profiles"), side));
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_import);
    layout->addWidget(m_importVault);
    layout->addWidget(m_exportVault);

    connect(m_list, &QListWidget::currentRowChanged, this,
            &ConnectionManagerDialog::onCurrentRowChanged);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT connectRequested(item->data(IdRole).toUuid());
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_list->setCurrentRow(-1);
        clearForm();
        m_name->setFocus();
    });
    connect(m_duplicate, &QPushButton::clicked, this, &ConnectionManagerDialog::duplicateCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ConnectionManagerDialog::confirmDelete);
    connect(m_import, &QPushButton::clicked, this, &ConnectionManagerDialog::importFromAwsConfig);
    connect(m_importVault, &QPushButton::clicked, this, &ConnectionManagerDialog::importVaultKeys);
    connect(m_exportVault, &QPushButton::clicked, this, &ConnectionManagerDialog::exportVaultKeys);
    return side;
}

QWidget *ConnectionManagerDialog::createFormSide()
{
    auto *side = new QWidget(this);
    const auto named = [](QWidget *widget, const char *name) {
        widget->setObjectName(QLatin1String(name));
        return widget;
    };

    m_name = new QLineEdit(side);
    named(m_name, "name");
    m_region = new QComboBox(side);
    named(m_region, "region");
    m_region->setEditable(true);
    m_region->addItems(commonRegions());
    m_endpoint = new QLineEdit(side);
    named(m_endpoint, "endpoint");
    m_endpoint->setPlaceholderText(tr("The region's endpoint, or e.g. http://127.0.0.1:8000"));
    m_allowPlainHttp = new QCheckBox(tr("Allow plain HTTP (unencrypted) to this endpoint"), side);
    named(m_allowPlainHttp, "allowPlainHttp");
    m_allowPlainHttp->setToolTip(tr("Only for an http:// endpoint on another machine. Without "
                                    "TLS anyone on the network can read the items and replay or "
                                    "alter the signed requests."));
    m_allowPlainHttp->setEnabled(false);
    connect(m_endpoint, &QLineEdit::textChanged, this, &ConnectionManagerDialog::updatePlainHttp);
    // clicked, not toggled: only the user's tick asks, never a profile being shown.
    connect(m_allowPlainHttp, &QCheckBox::clicked, this, [this](bool checked) {
        if (!checked) {
            m_plainHttpHost.clear();
            return;
        }
        m_allowPlainHttp->setChecked(false);
        confirmPlainHttp();
    });
    m_colour = new QLineEdit(side);
    named(m_colour, "colour");
    m_colour->setPlaceholderText(tr("#rrggbb"));
    m_pickColour = new QPushButton(tr("Choose…"), side);
    named(m_pickColour, "pickColour");
    m_readOnly = new QCheckBox(tr("Read-only (refuse every write request)"), side);
    named(m_readOnly, "readOnly");
    m_production =
        new QCheckBox(tr("&Production (colour around the window, confirm every write)"), side);
    named(m_production, "production");
    m_production->setToolTip(tr("The window, its tabs and the status bar show the profile's "
                                "colour (red when none is set), and each write request waits "
                                "for your confirmation."));
    m_source = new QComboBox(side);
    named(m_source, "credentialSource");
    m_source->addItem(tr("Access keys"), int(CredentialSource::AccessKeys));
    m_source->addItem(tr("Assume role"), int(CredentialSource::AssumeRole));
    m_source->addItem(tr("AWS config profile"), int(CredentialSource::SharedConfig));
    m_source->addItem(tr("Environment variables"), int(CredentialSource::Environment));

    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colour, 1);
    colourRow->addWidget(m_pickColour);

    auto *general = new QFormLayout;
    general->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    general->addRow(tr("&Name:"), m_name);
    general->addRow(tr("&Region:"), m_region);
    general->addRow(tr("&Endpoint override:"), m_endpoint);
    general->addRow(QString(), m_allowPlainHttp);
    // A row holding a layout gets no buddy by itself: the label needs one for its shortcut.
    auto *colourLabel = new QLabel(tr("C&olour:"), side);
    colourLabel->setBuddy(m_colour);
    general->addRow(colourLabel, colourRow);
    general->addRow(QString(), m_readOnly);
    general->addRow(QString(), m_production);
    general->addRow(tr("&Credentials:"), m_source);

    auto *keysPage = new QLabel(
        tr("The secret access key and session token are kept in the system keychain, never in "
           "the settings file."),
        side);
    keysPage->setWordWrap(true);
    auto *environmentPage = new QLabel(
        tr("AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN and AWS_REGION are read "
           "from the environment DynaConsole was started from, each time it connects."),
        side);
    environmentPage->setWordWrap(true);
    m_sourcePages = new QStackedWidget(side);
    m_sourcePages->addWidget(keysPage);
    m_sourcePages->addWidget(createAssumeRolePage());
    m_sourcePages->addWidget(createSharedConfigPage());
    m_sourcePages->addWidget(environmentPage);

    m_keys = new QGroupBox(tr("Access keys"), side);
    m_accessKeyId = new QLineEdit(m_keys);
    named(m_accessKeyId, "accessKeyId");
    m_secretAccessKey = new QLineEdit(m_keys);
    named(m_secretAccessKey, "secretAccessKey");
    m_sessionToken = new QLineEdit(m_keys);
    named(m_sessionToken, "sessionToken");
    for (QLineEdit *secret : {m_secretAccessKey, m_sessionToken})
        secret->setEchoMode(QLineEdit::Password);
    m_showSecrets = new QCheckBox(tr("Show"), m_keys);
    named(m_showSecrets, "showSecrets");
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretAccessKey, 1);
    secretRow->addWidget(m_showSecrets);
    auto *keysForm = new QFormLayout(m_keys);
    keysForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    keysForm->addRow(tr("Access &key ID:"), m_accessKeyId);
    auto *secretLabel = new QLabel(tr("&Secret access key:"), m_keys);
    secretLabel->setBuddy(m_secretAccessKey);
    keysForm->addRow(secretLabel, secretRow);
    keysForm->addRow(tr("Session &token:"), m_sessionToken);

    m_formError = new QLabel(side);
    named(m_formError, "formError");
    m_formError->setWordWrap(true);
    setTextTone(m_formError, Tone::ErrorText);
    m_formError->hide();
    m_keepInMemory = new QPushButton(tr("Keep secrets in memory for this session"), side);
    named(m_keepInMemory, "keepInMemory");
    m_keepInMemory->hide();
    m_status = new QLabel(side);
    named(m_status, "status");

    m_save = new QPushButton(tr("Save"), side);
    named(m_save, "save");
    m_test = new QPushButton(tr("Test connection"), side);
    named(m_test, "testConnection");
    m_connect = new QPushButton(tr("Connect"), side);
    named(m_connect, "connect");
    m_connect->setDefault(true);
    auto *close = new QPushButton(tr("Close"), side);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_save);
    actions->addWidget(m_test);
    actions->addStretch(1);
    actions->addWidget(m_connect);
    actions->addWidget(close);

    m_testResult = new QLabel(side);
    named(m_testResult, "testResult");
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->hide();
    m_testError = new ErrorPane(side);
    named(m_testError, "testError");

    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addLayout(general);
    layout->addWidget(m_sourcePages);
    layout->addWidget(m_keys);
    layout->addWidget(m_formError);
    layout->addWidget(m_keepInMemory, 0, Qt::AlignLeft);
    layout->addWidget(m_testResult);
    layout->addWidget(m_testError);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addLayout(actions);

    connect(m_source, &QComboBox::currentIndexChanged, this,
            &ConnectionManagerDialog::updateCredentialWidgets);
    connect(m_showSecrets, &QCheckBox::toggled, this, [this](bool show) {
        const auto mode = show ? QLineEdit::Normal : QLineEdit::Password;
        m_secretAccessKey->setEchoMode(mode);
        m_sessionToken->setEchoMode(mode);
    });
    connect(m_pickColour, &QPushButton::clicked, this, &ConnectionManagerDialog::chooseColour);
    connect(m_save, &QPushButton::clicked, this, &ConnectionManagerDialog::save);
    connect(m_keepInMemory, &QPushButton::clicked, this,
            &ConnectionManagerDialog::keepSecretsInMemory);
    connect(m_test, &QPushButton::clicked, this, &ConnectionManagerDialog::testConnection);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (!currentProfileId().isNull())
            Q_EMIT connectRequested(currentProfileId());
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    return side;
}

QWidget *ConnectionManagerDialog::createAssumeRolePage()
{
    auto *page = new QGroupBox(tr("Role"), this);
    m_roleSource = new QComboBox(page);
    m_roleSource->setObjectName(QStringLiteral("roleSource"));
    m_roleArn = new QLineEdit(page);
    m_roleArn->setObjectName(QStringLiteral("roleArn"));
    m_roleArn->setPlaceholderText(QStringLiteral("arn:aws:iam::123456789012:role/RoleName"));
    m_sessionName = new QLineEdit(page);
    m_sessionName->setObjectName(QStringLiteral("sessionName"));
    m_sessionName->setPlaceholderText(tr("dynaconsole-<timestamp>"));
    m_externalId = new QLineEdit(page);
    m_externalId->setObjectName(QStringLiteral("externalId"));
    m_duration = new QSpinBox(page);
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setRange(profiles::AssumeRoleSettings::MinDurationSeconds,
                         profiles::AssumeRoleSettings::MaxDurationSeconds);
    m_duration->setValue(profiles::AssumeRoleSettings::DefaultDurationSeconds);
    m_duration->setSuffix(tr(" s"));
    m_mfaSerial = new QLineEdit(page);
    m_mfaSerial->setObjectName(QStringLiteral("mfaSerial"));
    m_mfaSerial->setPlaceholderText(tr("Optional, e.g. arn:aws:iam::123456789012:mfa/user"));

    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Source &profile:"), m_roleSource);
    form->addRow(tr("Role &ARN:"), m_roleArn);
    form->addRow(tr("Session na&me:"), m_sessionName);
    form->addRow(tr("E&xternal ID:"), m_externalId);
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(tr("M&FA serial:"), m_mfaSerial);

    connect(m_roleSource, &QComboBox::currentIndexChanged, this,
            &ConnectionManagerDialog::updateCredentialWidgets);
    return page;
}

QWidget *ConnectionManagerDialog::createSharedConfigPage()
{
    auto *page = new QWidget(this);
    m_sharedConfigProfile = new QComboBox(page);
    m_sharedConfigProfile->setObjectName(QStringLiteral("sharedConfigProfile"));
    m_sharedConfigProfile->setEditable(true);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("AWS config &profile:"), m_sharedConfigProfile);
    return page;
}

void ConnectionManagerDialog::setEnvironment(const QProcessEnvironment &environment,
                                             const QString &homeDir)
{
    m_environment = environment;
    m_homeDir = homeDir;
    reloadSharedConfigNames();
}

QUuid ConnectionManagerDialog::currentProfileId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toUuid() : QUuid();
}

void ConnectionManagerDialog::selectProfile(const QUuid &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toUuid() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void ConnectionManagerDialog::reloadList()
{
    const QUuid current = currentProfileId();
    m_reloading = true;
    m_list->clear();
    for (const Profile &profile : m_store->profiles()) {
        QString text = profile.name;
        if (profile.readOnly)
            text += QLatin1Char(' ') + tr("(read-only)");
        if (profile.production)
            text += QLatin1Char(' ') + tr("(production)");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(IdRole, profile.id);
        if (!profile.colour.isEmpty())
            item->setIcon(colourSwatch(profile.colour));
    }
    m_reloading = false;
    // Keeps the selection without reloading the form: that would discard unsaved typing.
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toUuid() == current) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(row);
        }
    }
    updateListButtons();
    reloadRoleSources();
}

void ConnectionManagerDialog::reloadSharedConfigNames()
{
    const QString current = m_sharedConfigProfile->currentText();
    QStringList warnings;
    const auto config = profiles::SharedConfig::load(m_environment, m_homeDir, &warnings);
    m_sharedConfigProfile->clear();
    m_sharedConfigProfile->addItems(config.profileNames());
    m_sharedConfigProfile->setCurrentText(current);
}

void ConnectionManagerDialog::reloadRoleSources()
{
    const QUuid current = m_roleSource->currentData().toUuid();
    const QSignalBlocker blocker(m_roleSource);
    m_roleSource->clear();
    m_roleSource->addItem(tr("This profile's own keys"), QUuid());
    for (const Profile &profile : m_store->profiles()) {
        if (profile.id != m_editingId)
            m_roleSource->addItem(profile.name, profile.id);
    }
    m_roleSource->setCurrentIndex(std::max(0, m_roleSource->findData(current)));
}

void ConnectionManagerDialog::updateListButtons()
{
    const bool saved = !currentProfileId().isNull();
    m_duplicate->setEnabled(saved);
    m_delete->setEnabled(saved);
    m_exportVault->setEnabled(saved);
    m_connect->setEnabled(saved);
}

void ConnectionManagerDialog::onCurrentRowChanged()
{
    if (m_reloading)
        return;
    const QUuid id = currentProfileId();
    updateListButtons();
    if (id.isNull())
        return;
    // A result belongs to the profile it was tested for.
    cancelTest();
    if (const auto profile = m_store->profile(id))
        showProfile(*profile);
}

void ConnectionManagerDialog::showProfile(const Profile &profile)
{
    m_editingId = profile.id;
    reloadRoleSources();
    clearFormError();
    m_status->clear();
    m_name->setText(profile.name);
    m_region->setCurrentText(profile.region);
    m_endpoint->setText(profile.endpoint.toString());
    m_plainHttpHost = profile.allowPlainHttp ? plainHttpHost() : QString();
    m_allowPlainHttp->setChecked(!m_plainHttpHost.isEmpty());
    m_colour->setText(profile.colour);
    m_readOnly->setChecked(profile.readOnly);
    m_production->setChecked(profile.production);
    m_source->setCurrentIndex(m_source->findData(int(profile.source)));
    m_accessKeyId->setText(profile.accessKeyId);
    // Secrets are never read back into the form: empty means "keep what the keychain holds".
    m_secretAccessKey->clear();
    m_sessionToken->clear();
    const bool saved = !profile.id.isNull();
    const QString stored = saved ? tr("stored in the keychain") : QString();
    m_secretAccessKey->setPlaceholderText(stored);
    m_sessionToken->setPlaceholderText(saved ? stored : tr("Only for temporary keys"));
    const profiles::AssumeRoleSettings &role = profile.assumeRole;
    m_roleSource->setCurrentIndex(std::max(0, m_roleSource->findData(role.sourceProfileId)));
    m_roleArn->setText(role.roleArn);
    m_sessionName->setText(role.sessionName);
    m_externalId->setText(role.externalId);
    m_duration->setValue(role.durationSeconds);
    m_mfaSerial->setText(role.mfaSerial);
    m_sharedConfigProfile->setCurrentText(profile.sharedConfigProfile);
    updateCredentialWidgets();
}

void ConnectionManagerDialog::clearForm()
{
    Profile profile;
    profile.region = QStringLiteral("us-east-1");
    cancelTest();
    showProfile(profile);
}

void ConnectionManagerDialog::updateCredentialWidgets()
{
    const auto source = CredentialSource(m_source->currentData().toInt());
    m_sourcePages->setCurrentIndex(m_source->currentIndex());
    // The stack is only as tall as the page shown, not as its tallest page.
    for (int i = 0; i < m_sourcePages->count(); ++i) {
        const auto policy =
            i == m_sourcePages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_sourcePages->widget(i)->setSizePolicy(policy, policy);
    }
    m_keys->setVisible(
        source == CredentialSource::AccessKeys ||
        (source == CredentialSource::AssumeRole && m_roleSource->currentData().toUuid().isNull()));
}

QString ConnectionManagerDialog::plainHttpHost() const
{
    const QUrl url(m_endpoint->text().trimmed());
    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0 ||
        url.host().isEmpty() || aws::isLoopbackHost(url.host()))
        return {};
    return url.host();
}

void ConnectionManagerDialog::updatePlainHttp()
{
    const QString host = plainHttpHost();
    m_allowPlainHttp->setEnabled(!host.isEmpty());
    if (host != m_plainHttpHost) {
        m_plainHttpHost.clear();
        m_allowPlainHttp->setChecked(false);
    }
}

void ConnectionManagerDialog::confirmPlainHttp()
{
    const QString host = plainHttpHost();
    if (host.isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Allow plain HTTP"),
        tr("Send requests to %1 without encryption? Without TLS anyone on the network can read "
           "the items and replay or alter the signed requests. Allow this only on a network you "
           "trust.")
            .arg(host),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmPlainHttp"));
    box->setDefaultButton(QMessageBox::No);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, host] {
        // The endpoint may have changed while the question was open.
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes ||
            plainHttpHost() != host)
            return;
        m_plainHttpHost = host;
        m_allowPlainHttp->setChecked(true);
    });
    box->open();
}

Profile ConnectionManagerDialog::formProfile() const
{
    Profile profile;
    profile.id = m_editingId;
    profile.name = m_name->text().trimmed();
    profile.region = m_region->currentText().trimmed();
    profile.endpoint = QUrl(m_endpoint->text().trimmed());
    profile.allowPlainHttp = m_allowPlainHttp->isChecked();
    profile.colour = m_colour->text().trimmed();
    profile.readOnly = m_readOnly->isChecked();
    profile.production = m_production->isChecked();
    profile.source = CredentialSource(m_source->currentData().toInt());
    profile.assumeRole.roleArn = m_roleArn->text().trimmed();
    profile.assumeRole.sessionName = m_sessionName->text().trimmed();
    profile.assumeRole.externalId = m_externalId->text().trimmed();
    profile.assumeRole.durationSeconds = m_duration->value();
    profile.assumeRole.mfaSerial = m_mfaSerial->text().trimmed();
    if (profile.source == CredentialSource::AssumeRole)
        profile.assumeRole.sourceProfileId = m_roleSource->currentData().toUuid();
    if (profile.source == CredentialSource::SharedConfig)
        profile.sharedConfigProfile = m_sharedConfigProfile->currentText().trimmed();
    if (profile.hasOwnKeys())
        profile.accessKeyId = m_accessKeyId->text().trimmed();
    return profile;
}

std::optional<ProfileSecrets> ConnectionManagerDialog::formSecrets(const Profile &profile) const
{
    if (!profile.hasOwnKeys())
        return std::nullopt;
    ProfileSecrets secrets{m_secretAccessKey->text(), m_sessionToken->text()};
    if (!profile.id.isNull() && secrets.isEmpty())
        return std::nullopt;
    return secrets;
}

void ConnectionManagerDialog::save()
{
    clearFormError();
    m_status->clear();
    const Profile profile = formProfile();
    const QString invalid = profiles::validateProfile(profile, m_store->profiles());
    if (!invalid.isEmpty()) {
        showFormError(invalid);
        return;
    }
    m_save->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_store->save(profile, formSecrets(profile), this,
                  [this](const Profile &saved, const profiles::ProfileStore::Outcome &outcome) {
                      m_save->setEnabled(true);
                      if (!outcome.ok()) {
                          m_status->clear();
                          showFormError(outcome.error, outcome.keychainUnavailable);
                          return;
                      }
                      reloadList();
                      {
                          // A test started since the click on Save is still about this profile.
                          const QSignalBlocker blocker(m_list);
                          selectProfile(saved.id);
                      }
                      showProfile(saved);
                      updateListButtons();
                      m_status->setText(tr("Saved \"%1\".").arg(saved.name));
                  });
}

void ConnectionManagerDialog::keepSecretsInMemory()
{
    m_store->setInMemorySecrets(true);
    save();
}

void ConnectionManagerDialog::showFormError(const QString &message, bool keychainUnavailable)
{
    m_formError->setText(message);
    m_formError->show();
    m_keepInMemory->setVisible(keychainUnavailable);
}

void ConnectionManagerDialog::clearFormError()
{
    m_formError->clear();
    m_formError->hide();
    m_keepInMemory->hide();
}

void ConnectionManagerDialog::duplicateCurrent()
{
    const QUuid id = currentProfileId();
    const auto profile = m_store->profile(id);
    if (!profile)
        return;
    const QString name = unusedName(tr("%1 (copy)").arg(profile->name), m_store->profiles());
    clearFormError();
    m_store->duplicate(id, name, this,
                       [this](const Profile &copy, const profiles::ProfileStore::Outcome &outcome) {
                           if (!outcome.ok()) {
                               showFormError(outcome.error, outcome.keychainUnavailable);
                               return;
                           }
                           reloadList();
                           selectProfile(copy.id);
                       });
}

void ConnectionManagerDialog::confirmDelete()
{
    const auto profile = m_store->profile(currentProfileId());
    if (!profile)
        return;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Delete profile"),
                        tr("Delete the profile \"%1\" and its stored secrets?").arg(profile->name),
                        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QUuid id = profile->id;
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            deleteProfile(id);
    });
    box->open();
}

void ConnectionManagerDialog::deleteProfile(const QUuid &id)
{
    clearFormError();
    m_store->remove(id, this, [this, id](const profiles::ProfileStore::Outcome &outcome) {
        if (!outcome.ok()) {
            showFormError(outcome.error, outcome.keychainUnavailable);
            return;
        }
        reloadList();
        if (m_editingId == id) {
            if (m_list->count() > 0)
                m_list->setCurrentRow(0);
            else
                clearForm();
        }
    });
}

void ConnectionManagerDialog::importFromAwsConfig()
{
    QStringList warnings;
    const auto config = std::make_shared<profiles::SharedConfig>(
        profiles::SharedConfig::load(m_environment, m_homeDir, &warnings));

    auto *chooser = new QDialog(this);
    chooser->setObjectName(QStringLiteral("importChooser"));
    chooser->setWindowTitle(tr("Import from AWS config"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    auto *names = new QListWidget(chooser);
    names->setObjectName(QStringLiteral("importNames"));
    names->addItems(config->profileNames());
    auto *message = new QLabel(chooser);
    message->setObjectName(QStringLiteral("importMessage"));
    message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, chooser);
    auto *import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    import->setEnabled(false);
    auto *layout = new QVBoxLayout(chooser);
    layout->addWidget(new QLabel(config->profileNames().isEmpty()
                                     ? tr("No profiles were found in the AWS config files.")
                                     : tr("Choose a profile of the AWS config files:"),
                                 chooser));
    layout->addWidget(names, 1);
    layout->addWidget(message);
    if (!warnings.isEmpty()) {
        auto *problems = new QLabel(warnings.join(QLatin1Char('\n')), chooser);
        problems->setWordWrap(true);
        layout->addWidget(problems);
    }
    layout->addWidget(buttons);

    // SSO profiles need `aws sso login` first, which DynaConsole cannot do: say so instead.
    connect(names, &QListWidget::currentTextChanged, chooser,
            [config, message, import](const QString &name) {
                QString error;
                const auto resolved = config->resolve(name, &error);
                if (!resolved) {
                    message->setText(error);
                    import->setEnabled(false);
                } else if (resolved->kind == profiles::ResolvedProfile::Kind::Sso) {
                    message->setText(resolved->ssoMessage);
                    import->setEnabled(false);
                } else {
                    message->setText(resolved->region.isEmpty()
                                         ? tr("No region is set for this profile.")
                                         : tr("Region: %1").arg(resolved->region));
                    import->setEnabled(true);
                }
            });
    connect(buttons, &QDialogButtonBox::rejected, chooser, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, chooser, [this, chooser, names, config] {
        const QString name = names->currentItem() ? names->currentItem()->text() : QString();
        chooser->accept();
        if (name.isEmpty())
            return;
        QString error;
        const auto resolved = config->resolve(name, &error);
        Profile profile;
        profile.name = unusedName(name, m_store->profiles());
        profile.region = resolved ? resolved->region : QString();
        profile.source = CredentialSource::SharedConfig;
        profile.sharedConfigProfile = name;
        m_list->setCurrentRow(-1);
        showProfile(profile);
        // Saving right away; a missing region is reported inline and the form keeps the import.
        save();
    });
    chooser->open();
}

void ConnectionManagerDialog::importVaultKeys()
{
    auto *dialog = new VaultImportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VaultImportDialog::imported, this,
            [this](const profiles::VaultImport &result) {
                // A new, unsaved profile: the user names it, reviews it and clicks Save.
                Profile profile = result.profile;
                profile.id = QUuid();
                m_list->setCurrentRow(-1);
                cancelTest();
                showProfile(profile);
                m_secretAccessKey->setText(result.secrets.secretAccessKey);
                m_sessionToken->setText(result.secrets.sessionToken);
                m_status->setText(tr("Imported. Name the profile, review it and click Save."));
                activateWindow();
                m_name->setFocus();
            });
    dialog->open();
}

void ConnectionManagerDialog::exportVaultKeys()
{
    const auto profile = m_store->profile(currentProfileId());
    if (!profile)
        return;
    auto *dialog = new VaultExportDialog(m_store, *profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ConnectionManagerDialog::chooseColour()
{
    auto *dialog = new QColorDialog(QColor(m_colour->text()), this);
    dialog->setObjectName(QStringLiteral("colourDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this,
            [this](const QColor &colour) { m_colour->setText(colour.name()); });
    dialog->open();
}

void ConnectionManagerDialog::cancelTest()
{
    ++m_testGeneration;
    if (m_resolver)
        m_resolver->cancel();
    if (m_testJob)
        m_testJob->cancel();
    if (m_client)
        m_client->deleteLater();
    m_test->setEnabled(true);
    m_testResult->hide();
    m_testError->clear();
}

void ConnectionManagerDialog::testConnection()
{
    cancelTest();

    Profile profile = formProfile();
    // The name does not matter for a test: an unnamed form can still be tried.
    if (profile.name.isEmpty())
        profile.name = tr("Unsaved profile");
    const QString invalid = profiles::validateProfile(profile);
    if (!invalid.isEmpty()) {
        m_testResult->hide();
        showFormError(invalid);
        return;
    }
    clearFormError();
    m_test->setEnabled(false);
    showTestResult({tr("Testing the connection…")});
    auto *resolver = new profiles::ConnectionResolver(m_store, profile, formSecrets(profile), this);
    resolver->setEnvironment(m_environment, m_homeDir);
    resolver->setStsEndpointOverride(m_stsOverride);
    resolver->setMfaPrompt(mfaPrompt(this));
    m_resolver = resolver;
    const int generation = m_testGeneration;
    const bool readOnly = profile.readOnly;
    connect(resolver, &aws::Job::finished, this, [this, resolver, generation, readOnly] {
        resolver->deleteLater();
        onResolved(resolver, generation, readOnly);
    });
    resolver->start();
}

void ConnectionManagerDialog::onResolved(profiles::ConnectionResolver *resolver, int generation,
                                         bool readOnly)
{
    if (generation != m_testGeneration)
        return;
    if (resolver->error().isError()) {
        m_testResult->hide();
        m_testError->showError(resolver->error());
        finishTest();
        return;
    }
    auto *client = dynamo::createClient(resolver->clientConfig(), resolver->credentials(), this);
    if (readOnly)
        client->setPreflight(profiles::readOnlyPreflight(client->preflight()));
    m_client = client;
    auto *job = client->call(aws::Service::DynamoDb, QStringLiteral("ListTables"),
                             {{QStringLiteral("Limit"), 1}});
    m_testJob = job;
    const auto credentials = resolver->credentials();
    const QString region = resolver->clientConfig().endpoint.region;
    auto timer = std::make_shared<QElapsedTimer>();
    connect(job, &aws::Job::finished, this, [this, job, generation, timer, credentials, region] {
        onListed(job, generation, timer->elapsed(), credentials, region);
    });
    timer->start();
    job->start();
}

void ConnectionManagerDialog::onListed(aws::RequestJob *job, int generation, qint64 latencyMs,
                                       std::shared_ptr<aws::CredentialsProvider> credentials,
                                       const QString &region)
{
    if (generation != m_testGeneration || !m_client)
        return;
    if (job->error().isError()) {
        m_testResult->hide();
        m_testError->showError(job->error());
        finishTest();
        return;
    }
    QString error;
    const auto endpoint = m_client->endpoint(aws::Service::DynamoDb, &error);
    const QJsonArray names = job->response().value(QStringLiteral("TableNames")).toArray();
    QStringList lines = {tr("Endpoint: %1").arg(endpoint ? endpoint->url.toString() : error),
                         tr("ListTables answered in %1 ms").arg(latencyMs),
                         names.isEmpty() ? tr("No tables")
                                         : tr("First table: %1").arg(names.first().toString())};
    showTestResult(lines);

    // A local endpoint (DynamoDB Local) accepts any keys, so asking AWS who they belong to
    // would say nothing about this connection, unless STS itself was pointed somewhere.
    if (m_client->isLocalEndpoint() && m_stsOverride.isEmpty()) {
        finishTest();
        return;
    }
    aws::StsConfig sts;
    sts.endpoint.region = region;
    sts.endpoint.overrideUrl = m_stsOverride;
    auto *identity = new aws::GetCallerIdentityJob(std::move(credentials), sts, nullptr, this);
    m_testJob = identity;
    connect(identity, &aws::Job::finished, this, [this, identity, generation, lines] {
        if (generation != m_testGeneration)
            return;
        if (identity->error().isError()) {
            m_testError->showError(identity->error());
        } else {
            showTestResult(lines + QStringList{tr("Account: %1").arg(identity->result().account)});
        }
        finishTest();
    });
    identity->start();
}

void ConnectionManagerDialog::showTestResult(const QStringList &lines)
{
    m_testResult->setText(lines.join(QLatin1Char('\n')));
    m_testResult->show();
}

void ConnectionManagerDialog::finishTest()
{
    m_test->setEnabled(true);
    if (m_client)
        m_client->deleteLater();
}

} // namespace dyna::views
