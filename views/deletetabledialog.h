#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dyna::aws {
class Job;
} // namespace dyna::aws

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {

class ErrorPane;

// Deleting a table is final, so Delete is enabled only once the table's name is typed exactly.
// With deletion protection on, the dialog explains how to turn it off instead. After DeleteTable
// it waits (without blocking) until DescribeTable says the table is gone.
class DeleteTableDialog : public QDialog
{
    Q_OBJECT
public:
    // `table`: the DescribeTable "Table" object (its name and DeletionProtectionEnabled).
    DeleteTableDialog(session::Session *session, const QJsonObject &table,
                      QWidget *parent = nullptr);

    QString progressText() const;

Q_SIGNALS:
    void tableDeleted(const QString &tableName);

private:
    void updateButton();
    void deleteTable();

    QPointer<session::Session> m_session;
    QString m_tableName;
    bool m_protected;
    QLineEdit *m_confirmation;
    QLabel *m_progress;
    ErrorPane *m_error;
    QPushButton *m_delete;
    QPointer<aws::Job> m_job;
};

} // namespace dyna::views
