#pragma once

#include "dynamo/tablespec.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QPushButton;

namespace dyna::aws {
class Job;
} // namespace dyna::aws

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {

class ErrorPane;
class IndexEditor;

// Shows a table's current settings (from a DescribeTable "Table" object) and applies changes:
// billing and capacity, GSI capacity, GSI deletion and creation, stream, table class and
// deletion protection. DynamoDB takes some of these one call at a time, so Apply runs the
// calls in order and waits (without blocking) for the table and its indexes to be ACTIVE
// after each.
class UpdateTableDialog : public QDialog
{
    Q_OBJECT
public:
    UpdateTableDialog(session::Session *session, const QJsonObject &table,
                      QWidget *parent = nullptr);

    // The update as currently entered.
    dynamo::TableUpdate update() const;
    QString progressText() const;

Q_SIGNALS:
    void tableUpdated(const QString &tableName);

private:
    struct IndexRow
    {
        QSpinBox *read;
        QSpinBox *write;
        QCheckBox *remove;
    };

    void apply();
    void runStep(int index);
    void fail(const QString &sentence);
    void setBusy(bool busy);

    QPointer<session::Session> m_session;
    QJsonObject m_table;
    QString m_tableName;
    QComboBox *m_billing;
    QSpinBox *m_read;
    QSpinBox *m_write;
    QHash<QString, IndexRow> m_indexRows;
    QStringList m_indexOrder;
    IndexEditor *m_newIndexes;
    QCheckBox *m_stream;
    QComboBox *m_streamView;
    QComboBox *m_tableClass;
    QCheckBox *m_deletionProtection;
    QLabel *m_fieldError;
    QLabel *m_progress;
    ErrorPane *m_error;
    QPushButton *m_apply;
    QList<dynamo::UpdateStep> m_steps;
    QPointer<aws::Job> m_job;
};

} // namespace dyna::views
