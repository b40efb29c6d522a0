#pragma once

#include "operationspage.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace dyna::aws {
class AwsError;
class RequestJob;
} // namespace dyna::aws

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {

class ErrorPane;
class JsonHighlighter;

// The resource-based policy of the selected table or of its stream: shown with its RevisionId,
// edited as JSON, checked before it is sent, saved conditionally on the revision loaded
// (ExpectedRevisionId; "NO_POLICY" when there was none) so a concurrent change is reported
// rather than overwritten, and deleted after a typed confirmation. The editor keeps what the
// user typed on every error.
class ResourcePolicyPanel : public OperationsPage
{
    Q_OBJECT
public:
    enum Resource { TableResource, StreamResource };

    explicit ResourcePolicyPanel(session::Session *session, QWidget *parent = nullptr);

    void showTable(const QString &tableName) override;
    void refresh() override;

    QString resourceArn() const;
    QString tableArn() const { return m_tableArn; }
    QString streamArn() const { return m_streamArn; }
    // The RevisionId of the policy loaded (or saved last); empty when the resource has none.
    QString loadedRevision() const { return m_revision; }
    bool hasPolicy() const { return m_hasPolicy; }

Q_SIGNALS:
    // The policy of the selected resource was read (or found absent).
    void policyLoaded();
    // A save or delete finished; `ok` is false when it failed or was refused before sending.
    void saved(bool ok);
    void deleted(bool ok);

private:
    void describe();
    void loadPolicy();
    bool validate();
    void save();
    void askDelete();
    void deletePolicy();
    void showFailure(const aws::AwsError &error);
    void setBusy(bool busy, const QString &status);
    void updateRevisionLabel();
    bool isStale(quint64 generation, const QString &tableName) const;

    session::Session *m_session;
    QLabel *m_title;
    ErrorPane *m_error;
    QComboBox *m_resource;
    QLabel *m_revisionLabel;
    QPlainTextEdit *m_editor;
    JsonHighlighter *m_highlighter;
    QLabel *m_validation;
    QFrame *m_conflict;
    QLabel *m_conflictText;
    QPushButton *m_conflictReload;
    QCheckBox *m_confirmSelf;
    QLabel *m_status;
    QPushButton *m_validate;
    QPushButton *m_save;
    QPushButton *m_delete;
    QPushButton *m_reload;
    QPointer<aws::RequestJob> m_job;
    QString m_tableName;
    QString m_tableArn;
    QString m_streamArn;
    QString m_revision;
    bool m_hasPolicy = false;
    bool m_loaded = false;
    bool m_supported = true;
};

} // namespace dyna::views
