#pragma once

#include <QDialog>
#include <QPointer>
#include <QProcessEnvironment>
#include <QUrl>
#include <QUuid>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace dyna::aws {
class AwsClient;
class CredentialsProvider;
class Job;
class RequestJob;
} // namespace dyna::aws

namespace dyna::profiles {
class ConnectionResolver;
class ProfileStore;
struct Profile;
struct ProfileSecrets;
} // namespace dyna::profiles

namespace dyna::views {

class ErrorPane;

// Creates, edits, duplicates, deletes and tests the saved connection profiles. Everything that
// touches the keychain or the network is asynchronous; errors are shown inline and never clear
// what the user typed.
class ConnectionManagerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionManagerDialog(profiles::ProfileStore *store, QWidget *parent = nullptr);
    ~ConnectionManagerDialog() override;

    // Where "Import from AWS config…" and "Test connection" read ~/.aws and the AWS_* variables.
    void setEnvironment(const QProcessEnvironment &environment, const QString &homeDir);
    // STS normally follows the profile's region; tests point it at a loopback server.
    void setStsEndpointOverride(const QUrl &url) { m_stsOverride = url; }

    // The saved profile selected in the list; null while a new profile is being written.
    QUuid currentProfileId() const;
    void selectProfile(const QUuid &id);

Q_SIGNALS:
    void connectRequested(const QUuid &profileId);

private:
    QWidget *createListSide();
    QWidget *createFormSide();
    QWidget *createAssumeRolePage();
    QWidget *createSharedConfigPage();

    void reloadList();
    void reloadSharedConfigNames();
    void reloadRoleSources();
    void updateListButtons();
    void onCurrentRowChanged();
    void showProfile(const profiles::Profile &profile);
    void clearForm();
    void updateCredentialWidgets();
    // The host of an http:// endpoint that is not loopback, else empty.
    QString plainHttpHost() const;
    void updatePlainHttp();
    void confirmPlainHttp();
    profiles::Profile formProfile() const;
    std::optional<profiles::ProfileSecrets> formSecrets(const profiles::Profile &profile) const;

    void save();
    void keepSecretsInMemory();
    void duplicateCurrent();
    void confirmDelete();
    void deleteProfile(const QUuid &id);
    void importFromAwsConfig();
    void importVaultKeys();
    void exportVaultKeys();
    void chooseColour();

    void showFormError(const QString &message, bool keychainUnavailable = false);
    void clearFormError();

    void cancelTest();
    void testConnection();
    void onResolved(profiles::ConnectionResolver *resolver, int generation, bool readOnly);
    void onListed(aws::RequestJob *job, int generation, qint64 latencyMs,
                  std::shared_ptr<aws::CredentialsProvider> credentials, const QString &region);
    void showTestResult(const QStringList &lines);
    void finishTest();

    profiles::ProfileStore *m_store;
    QProcessEnvironment m_environment;
    QString m_homeDir;
    QUrl m_stsOverride;
    // The profile the form edits; null for a new one.
    QUuid m_editingId;
    bool m_reloading = false;

    QListWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_import;
    QPushButton *m_importVault;
    QPushButton *m_exportVault;

    QLineEdit *m_name;
    QComboBox *m_region;
    QLineEdit *m_endpoint;
    QCheckBox *m_allowPlainHttp;
    // The host the user allowed plain HTTP to: another host needs its own confirmation.
    QString m_plainHttpHost;
    QLineEdit *m_colour;
    QPushButton *m_pickColour;
    QCheckBox *m_readOnly;
    QCheckBox *m_production;
    QComboBox *m_source;
    QStackedWidget *m_sourcePages;
    QComboBox *m_roleSource;
    QLineEdit *m_roleArn;
    QLineEdit *m_sessionName;
    QLineEdit *m_externalId;
    QSpinBox *m_duration;
    QLineEdit *m_mfaSerial;
    QComboBox *m_sharedConfigProfile;
    QGroupBox *m_keys;
    QLineEdit *m_accessKeyId;
    QLineEdit *m_secretAccessKey;
    QLineEdit *m_sessionToken;
    QCheckBox *m_showSecrets;

    QLabel *m_formError;
    QPushButton *m_keepInMemory;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_test;
    QPushButton *m_connect;
    QLabel *m_testResult;
    ErrorPane *m_testError;

    // Drops the answers of a test that a newer one replaced.
    int m_testGeneration = 0;
    QPointer<profiles::ConnectionResolver> m_resolver;
    QPointer<aws::AwsClient> m_client;
    QPointer<aws::Job> m_testJob;
};

} // namespace dyna::views
