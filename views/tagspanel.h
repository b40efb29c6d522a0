#pragma once

#include "operationspage.h"

#include "dynamo/tags.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dyna::aws {
class Job;
} // namespace dyna::aws

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {

class ErrorPane;

// The tags of the selected table: listed page by page (ListTagsOfResource), edited in place
// (add, change, remove rows, each row marked "added"/"changed", removed keys listed), checked
// against DynamoDB's tag rules and saved as one TagResource and one UntagResource. AWS-assigned
// ("aws:") tags are shown read-only. DynamoDB tags tables only, not backups; the panel says so.
class TagsPanel : public OperationsPage
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, ChangeColumn, ColumnCount };

    explicit TagsPanel(session::Session *session, QWidget *parent = nullptr);

    void showTable(const QString &tableName) override;
    void refresh() override;

    // The tags as listed by the last read, and as edited now (user tags only, in row order).
    QList<dynamo::Tag> listedTags() const { return m_listed; }
    QList<dynamo::Tag> editedTags() const;
    QString tableArn() const { return m_tableArn; }

Q_SIGNALS:
    // The list was read (after showTable, refresh or a save).
    void tagsLoaded();
    // A save finished; `ok` is false when it failed or was refused before sending.
    void saved(bool ok);

private:
    void describe();
    void listTags();
    void onListed(aws::Job *job, const QList<dynamo::Tag> &tags);
    void fillRows();
    void addRow();
    void removeSelectedRows();
    void save();
    void sendUntag(const dynamo::TagDiff &diff);
    void finishSave(aws::Job *job);
    void updateMarks();
    void setBusy(bool busy, const QString &status);
    void setActionsEnabled(bool enabled);
    bool isStale(quint64 generation, const QString &tableName) const;

    session::Session *m_session;
    QLabel *m_title;
    ErrorPane *m_error;
    QTableWidget *m_table;
    QLabel *m_validation;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_refresh;
    QPointer<aws::Job> m_job;
    QString m_tableName;
    QString m_tableArn;
    QList<dynamo::Tag> m_listed;
    bool m_supported = true;
    bool m_updatingMarks = false;
    bool m_savePending = false;
};

} // namespace dyna::views
