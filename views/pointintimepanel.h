#pragma once

#include "operationspage.h"

#include "dynamo/pointintime.h"

#include <QPointer>

class QLabel;
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

// Point-in-time recovery of the chosen table: its status and restorable window, turning it on
// or off (off is confirmed: the window is lost) and restoring the table as it was at a time in
// the window into a new table.
class PointInTimePanel : public OperationsPage
{
    Q_OBJECT
public:
    explicit PointInTimePanel(session::Session *session, QWidget *parent = nullptr);

    void showTable(const QString &tableName) override;
    void refresh() override;

    dynamo::PointInTimeRecovery recovery() const { return m_recovery; }
    QString statusText() const;
    QString windowText() const;
    // How often a restored table is polled until ACTIVE; 1 s unless set (tests).
    void setPollInterval(int ms) override { m_pollMs = ms; }

Q_SIGNALS:
    // DescribeContinuousBackups or UpdateContinuousBackups answered (or failed).
    void updated();

private:
    void call(const QString &operation, const QJsonObject &input);
    void showRecovery(const dynamo::PointInTimeRecovery &recovery);
    void showFailure(const aws::AwsError &error);
    void disableRecovery();
    void restore();
    void updateActions();

    session::Session *m_session;
    QString m_tableName;
    dynamo::PointInTimeRecovery m_recovery;
    bool m_known = false;
    bool m_unsupported = false;
    int m_pollMs = 1000;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_window;
    ErrorPane *m_error;
    QPushButton *m_enable;
    QPushButton *m_disable;
    QPushButton *m_restore;
    QPushButton *m_refresh;
    QPointer<aws::RequestJob> m_job;
};

} // namespace dyna::views
