#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dyna::aws {
class RequestJob;
} // namespace dyna::aws

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {

class ErrorPane;

// Time to live of one table: reads DescribeTimeToLive, turns it on for an attribute (whose
// values are epoch seconds) or off after a confirmation that names the table. DynamoDB takes
// one change per table about every hour; its refusal is shown as it comes, and the attribute
// typed stays.
class TimeToLiveDialog : public QDialog
{
    Q_OBJECT
public:
    TimeToLiveDialog(session::Session *session, const QString &tableName,
                     QWidget *parent = nullptr);

    QString statusText() const;
    QLineEdit *attributeEdit() const { return m_attribute; }
    QPushButton *enableButton() const { return m_enable; }
    QPushButton *disableButton() const { return m_disable; }

Q_SIGNALS:
    // Emitted after every successful UpdateTimeToLive and after each DescribeTimeToLive.
    void timeToLiveChanged(const QString &tableName);
    void described();

private:
    void describe();
    void update(bool enabled);
    void setBusy(bool busy);
    void updateButtons();

    QPointer<session::Session> m_session;
    QString m_tableName;
    QLabel *m_status;
    QLineEdit *m_attribute;
    QPushButton *m_enable;
    QPushButton *m_disable;
    ErrorPane *m_error;
    QPointer<aws::RequestJob> m_job;
    QString m_currentStatus;
    QString m_currentAttribute;
    bool m_busy = true;
};

} // namespace dyna::views
