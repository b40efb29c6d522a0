#pragma once

#include "operationspage.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace dyna::aws {
class Job;
class RequestJob;
} // namespace dyna::aws

namespace dyna::dynamo {
class PaginatedJob;
} // namespace dyna::dynamo

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {

class ErrorPane;

// CloudWatch contributor insights of the chosen table and each of its global secondary indexes
// (read from DescribeTable), with enable and disable (after a confirmation), and the account's
// ListContributorInsights below. Polls while something is ENABLING or DISABLING.
class ContributorInsightsPanel : public OperationsPage
{
    Q_OBJECT
public:
    explicit ContributorInsightsPanel(session::Session *session, QWidget *parent = nullptr);

    void showTable(const QString &tableName) override;
    void refresh() override;

    // How often a transitional status is read again; 1000 ms unless set.
    void setPollInterval(int ms) override;

Q_SIGNALS:
    // After the table and all its indexes were described (or the first error was shown).
    void described();
    // After the account's list was read.
    void listed();

private:
    void describeTable();
    void describeInsights();
    void onInsightsDescribed(aws::RequestJob *job, int row);
    void listAccount();
    void askToSwitch(bool enable);
    void switchInsights(const QString &indexName, bool enable);
    void showFailure(const aws::Job *job);
    QString resourceText(const QString &indexName) const;
    int selectedRow() const;
    void updateActions();

    session::Session *m_session;
    QLabel *m_title;
    ErrorPane *m_error;
    QTableWidget *m_resources;
    QTableWidget *m_account;
    QPushButton *m_enable;
    QPushButton *m_disable;
    QTimer *m_poll;
    QPointer<aws::RequestJob> m_tableJob;
    QPointer<aws::RequestJob> m_changeJob;
    QPointer<dynamo::PaginatedJob> m_listJob;
    QString m_tableName;
    QStringList m_indexes;
    int m_round = 0;   // drops answers of an earlier round of Describe calls
    int m_pending = 0; // Describe calls of this round still out
    bool m_transitional = false;
    bool m_supported = true;
};

} // namespace dyna::views
