#pragma once

#include "dynamo/pointintime.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace dyna::aws {
class Job;
} // namespace dyna::aws

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {

class ErrorPane;

// Restores a backup or a table at a point in time into a new table, with overrides (billing
// mode and throughput, which indexes to keep, encryption). Pre-filled from the backup's source
// table (DescribeBackup) or the source table (DescribeTable); after the restore starts it
// follows the new table until it is ACTIVE and emits tableCreated. Shown with open(); stays
// open with what was typed when a call fails.
class RestoreTableDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Source { Backup, PointInTime };

    // From the backup `backupArn`.
    RestoreTableDialog(session::Session *session, const QString &backupArn,
                       QWidget *parent = nullptr);
    // The table `tableName` at a time inside `window` (or its latest restorable time).
    RestoreTableDialog(session::Session *session, const QString &tableName,
                       const dynamo::PointInTimeRecovery &window, QWidget *parent = nullptr);
    ~RestoreTableDialog() override;

    Source source() const { return m_source; }
    // Whether the source was described and the form can be sent.
    bool isReady() const { return m_ready; }
    QString progressText() const;
    // How often the new table is polled until ACTIVE; 1 s unless set (tests).
    void setPollInterval(int ms) { m_pollMs = ms; }

Q_SIGNALS:
    // The source was described and the form is filled.
    void ready();
    void tableCreated(const QString &tableName);

private:
    RestoreTableDialog(session::Session *session, Source source, QWidget *parent);
    void describeSource();
    void fill(const QJsonObject &table);
    void updateEnabled();
    dynamo::RestoreOverrides overrides() const;
    void restore();
    void waitForTable(const QString &tableName);

    session::Session *m_session;
    Source m_source;
    QString m_backupArn;
    QString m_tableName;
    dynamo::PointInTimeRecovery m_window;
    dynamo::RestoreOverrides m_prefill;
    bool m_ready = false;
    int m_pollMs = 1000;

    QLabel *m_sourceLabel;
    QLineEdit *m_target;
    QComboBox *m_billing;
    QSpinBox *m_read;
    QSpinBox *m_write;
    QListWidget *m_globalIndexes;
    QListWidget *m_localIndexes;
    QComboBox *m_encryption;
    QLineEdit *m_kmsKey;
    QCheckBox *m_latest = nullptr;
    QDateTimeEdit *m_time = nullptr;
    ErrorPane *m_error;
    QLabel *m_progress;
    QPushButton *m_restore;
    QPointer<aws::Job> m_job;
};

} // namespace dyna::views
