#pragma once

#include "streams/triggerspec.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace dyna::views {

// Creates one trigger: its kind, table, schedule ("30s", checked as it is typed), where a
// stream trigger starts, and for itemPolled the key attributes and what its scans cost. OK stays
// disabled until the fields make a valid trigger.
class TriggerDialog : public QDialog
{
    Q_OBJECT
public:
    // `keyAttributes` (partition key, then sort key) prefill the itemPolled key field;
    // `tableSizeBytes` (negative when unknown) prices its scans.
    TriggerDialog(const QString &tableName, const QStringList &keyAttributes, qint64 tableSizeBytes,
                  QWidget *parent = nullptr);

    // The trigger the fields describe; only meaningful while isValid().
    streams::TriggerSpec spec() const;
    // Fills the fields from `spec` (its id is not shown and not kept).
    void setSpec(const streams::TriggerSpec &spec);
    bool isValid() const;

private:
    streams::TriggerKind currentKind() const;
    QJsonObject fieldsAsJson() const;
    void kindChanged();
    void validate();

    qint64 m_tableSizeBytes;
    streams::TriggerKind m_lastKind = streams::TriggerKind::RecordInserted;
    QFormLayout *m_form;
    QComboBox *m_kind;
    QLineEdit *m_table;
    QLineEdit *m_schedule;
    QLabel *m_scheduleSentence;
    QCheckBox *m_fromLatest;
    QLineEdit *m_keyAttributes;
    QLabel *m_costWarning;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace dyna::views
