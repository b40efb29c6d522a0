#pragma once

#include "profiles/profile.h"

#include <QDialog>
#include <QUuid>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace dyna::profiles {
class ProfileStore;
}

namespace dyna::views {

// Takes pasted `KEY=value` vault lines. A mistake is shown inline and the text stays, so the
// user can fix it; a valid key set is handed over by imported() and the dialog closes.
class VaultImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VaultImportDialog(QWidget *parent = nullptr);

Q_SIGNALS:
    void imported(const dyna::profiles::VaultImport &result);

private:
    void import();

    QPlainTextEdit *m_text;
    QLabel *m_error;
};

// Shows a saved profile as `KEY=value` vault lines and saves them to a file. Secrets are shown
// only on request, loaded from the store, and never copied to the clipboard.
class VaultExportDialog : public QDialog
{
    Q_OBJECT
public:
    VaultExportDialog(profiles::ProfileStore *store, const profiles::Profile &profile,
                      QWidget *parent = nullptr);

private:
    void setIncludeSecrets(bool include);
    void showLines();
    void browse();
    void saveToFile();
    void showError(const QString &message);

    profiles::ProfileStore *m_store;
    profiles::Profile m_profile;
    profiles::ProfileSecrets m_secrets;
    bool m_secretsShown = false;

    QPlainTextEdit *m_text;
    QCheckBox *m_includeSecrets;
    QPushButton *m_copy;
    QLineEdit *m_path;
    QPushButton *m_save;
    QLabel *m_status;
    QLabel *m_error;
};

} // namespace dyna::views
