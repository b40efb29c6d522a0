#pragma once

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace dyna::aws {
class RequestJob;
} // namespace dyna::aws

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {

class ErrorPane;
class TimeToLiveDialog;

// DescribeTable of the selected table, read-only: keys, indexes, billing, stream, counts.
class TableOverviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TableOverviewPanel(session::Session *session, QWidget *parent = nullptr);

    void showTable(const QString &tableName);
    QString fieldText(const QString &field) const;
    // Opens the time-to-live dialog of the table shown (nullptr when none is).
    TimeToLiveDialog *editTimeToLive();

Q_SIGNALS:
    void described(const QString &tableName);
    void timeToLiveDescribed(const QString &tableName);

private:
    void onDescribed(aws::RequestJob *job);
    void describeTimeToLive(const QString &tableName);
    void setField(const QString &field, const QString &label, const QString &value);
    void clearFields();

    session::Session *m_session;
    QLabel *m_title;
    QFormLayout *m_form;
    ErrorPane *m_error;
    QPushButton *m_timeToLive;
    QPointer<aws::RequestJob> m_job;
    QPointer<aws::RequestJob> m_ttlJob;
    QString m_tableName;
};

} // namespace dyna::views
