#pragma once

#include "operationspage.h"

#include <QJsonValue>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace dyna::aws {
class AwsError;
class Job;
} // namespace dyna::aws

namespace dyna::dynamo {
class PaginatedJob;
} // namespace dyna::dynamo

namespace dyna::models {
class BackupListModel;
} // namespace dyna::models

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {

class ErrorPane;

// On-demand backups: create one of the chosen table, list backups (this table or all tables,
// by type and creation time, a page at a time), see one backup's details, delete (confirmed)
// and restore into a new table. New backups are followed until AVAILABLE.
class BackupsPanel : public OperationsPage
{
    Q_OBJECT
public:
    explicit BackupsPanel(session::Session *session, QWidget *parent = nullptr);

    void showTable(const QString &tableName) override;
    void refresh() override;

    models::BackupListModel *model() const { return m_model; }
    // Backups per ListBackups page; 25 unless set.
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    // How often a CREATING backup and a restored table are polled; 1 s unless set (tests).
    void setPollInterval(int ms) override;
    QString detailsText() const;

Q_SIGNALS:
    // A ListBackups page arrived (or the list ended in an error).
    void listed();
    // DescribeBackup of the selected backup arrived.
    void described();

private:
    void loadPage(bool more);
    void createBackup();
    void deleteSelected();
    void restoreSelected();
    void describeSelected();
    void pollCreating();
    void showFailure(const aws::AwsError &error);
    void updateActions();
    QString selectedArn() const;
    bool isCurrent(const QString &tableName, quint64 generation) const;

    session::Session *m_session;
    QString m_tableName;
    models::BackupListModel *m_model;
    QLabel *m_title;
    QComboBox *m_scope;
    QComboBox *m_type;
    QCheckBox *m_timeRange;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QPushButton *m_refresh;
    QLineEdit *m_backupName;
    QPushButton *m_create;
    ErrorPane *m_error;
    QTableView *m_view;
    QLabel *m_details;
    QPushButton *m_delete;
    QPushButton *m_restore;
    QPushButton *m_loadMore;
    QTimer *m_poll;
    QPointer<dynamo::PaginatedJob> m_listJob;
    QPointer<aws::Job> m_createJob;
    QJsonValue m_nextToken;
    int m_pageSize = 25;
    int m_pollMs = 1000;
    bool m_unsupported = false;
};

} // namespace dyna::views
