#pragma once

#include "operationspage.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace dyna::aws {
class RequestJob;
} // namespace dyna::aws

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {

class ErrorPane;

// Kinesis streaming destinations of the chosen table: the streams it replicates to with their
// status, enabling a new one (stream ARN checked before sending, creation-time precision),
// changing the precision of an active one and disabling one after a confirmation. Polls
// DescribeKinesisStreamingDestination while a destination is ENABLING, UPDATING or DISABLING.
class KinesisPanel : public OperationsPage
{
    Q_OBJECT
public:
    explicit KinesisPanel(session::Session *session, QWidget *parent = nullptr);

    void showTable(const QString &tableName) override;
    void refresh() override;

    // How often a transitional status is read again; 1000 ms unless set.
    void setPollInterval(int ms) override;

Q_SIGNALS:
    // After every DescribeKinesisStreamingDestination answer (or its error) was shown.
    void described();

private:
    void describe();
    void onDescribed(aws::RequestJob *job, quint64 generation);
    void enableStreaming();
    void changePrecision();
    void askToDisable();
    void disableStreaming(const QString &streamArn);
    void send(const QString &operation, const QJsonObject &input);
    QString selectedStreamArn() const;
    QString selectedStatus() const;
    void updateActions();
    void showArnProblem();

    session::Session *m_session;
    QLabel *m_title;
    ErrorPane *m_error;
    QTableWidget *m_destinations;
    QLineEdit *m_streamArn;
    QLabel *m_arnProblem;
    QComboBox *m_precision;
    QPushButton *m_enable;
    QPushButton *m_update;
    QPushButton *m_disable;
    QTimer *m_poll;
    QPointer<aws::RequestJob> m_describeJob;
    QPointer<aws::RequestJob> m_changeJob;
    QString m_tableName;
    bool m_supported = true;
    bool m_noticeShown = false; // the pane holds the "no destination" notice, not an error
};

} // namespace dyna::views
