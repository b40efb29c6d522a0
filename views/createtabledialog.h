#pragma once

#include "dynamo/tablespec.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace dyna::aws {
class Job;
} // namespace dyna::aws

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {

class ErrorPane;

// The fields of one secondary index (name, keys, projection, capacity) and a list of the
// indexes added so far. Shared by the create and update dialogs.
class IndexEditor : public QWidget
{
    Q_OBJECT
public:
    // `allowLocal`: offer local secondary indexes (only possible when creating a table).
    explicit IndexEditor(bool allowLocal, QWidget *parent = nullptr);

    QList<dynamo::IndexSpec> globalIndexes() const { return m_global; }
    QList<dynamo::IndexSpec> localIndexes() const { return m_local; }
    void showError(const QString &message);

private:
    void addIndex();
    void removeSelected();
    void refreshList();

    QComboBox *m_kind = nullptr;
    QLineEdit *m_name;
    QLineEdit *m_partitionKey;
    QComboBox *m_partitionType;
    QLineEdit *m_sortKey;
    QComboBox *m_sortType;
    QComboBox *m_projection;
    QLineEdit *m_nonKeyAttributes;
    QSpinBox *m_read;
    QSpinBox *m_write;
    QListWidget *m_list;
    QLabel *m_error;
    QList<dynamo::IndexSpec> m_global;
    QList<dynamo::IndexSpec> m_local;
};

// The create-table wizard as a tabbed dialog: keys, indexes, capacity, settings. Problems are
// shown next to the field; Create runs CreateTable, then waits (without blocking) until the
// table and its indexes are ACTIVE. On any error the dialog stays open with what was typed.
class CreateTableDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateTableDialog(session::Session *session, QWidget *parent = nullptr);

    // The spec as currently entered.
    dynamo::TableSpec spec() const;
    QString progressText() const;

Q_SIGNALS:
    void tableCreated(const QString &tableName);

private:
    void create();
    void showFieldError(const dynamo::SpecError &error);
    void clearFieldErrors();
    void setBusy(bool busy);
    QLabel *addFieldError(dynamo::SpecField field, int tab);

    QPointer<session::Session> m_session;
    QTabWidget *m_tabs;
    QLineEdit *m_tableName;
    QLineEdit *m_partitionKey;
    QComboBox *m_partitionType;
    QLineEdit *m_sortKey;
    QComboBox *m_sortType;
    IndexEditor *m_indexes;
    QComboBox *m_billing;
    QSpinBox *m_read;
    QSpinBox *m_write;
    QCheckBox *m_stream;
    QComboBox *m_streamView;
    QComboBox *m_tableClass;
    QCheckBox *m_deletionProtection;
    QPlainTextEdit *m_tags;
    QLabel *m_progress;
    ErrorPane *m_error;
    QPushButton *m_create;
    QHash<dynamo::SpecField, QPair<QLabel *, int>> m_fieldErrors; // label, tab
    QPointer<aws::Job> m_job;
};

} // namespace dyna::views
