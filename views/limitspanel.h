#pragma once

#include "operationspage.h"

#include <QJsonObject>
#include <QPointer>

#include <optional>

class QLabel;
class QTableWidget;

namespace dyna::aws {
class RequestJob;
} // namespace dyna::aws

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {

class ErrorPane;

// The account's provisioned-capacity quotas in the region (DescribeLimits), and beside them
// the chosen table's provisioned capacity with its GSIs summed, as a share of each quota.
class LimitsPanel : public OperationsPage
{
    Q_OBJECT
public:
    explicit LimitsPanel(session::Session *session, QWidget *parent = nullptr);

    void showTable(const QString &tableName) override;
    void refresh() override;

Q_SIGNALS:
    // After both answers (or an error) were shown.
    void described();

private:
    void onAnswer();
    void showComparison();

    session::Session *m_session;
    QLabel *m_title;
    ErrorPane *m_error;
    QLabel *m_accountRead;
    QLabel *m_accountWrite;
    QLabel *m_tableRead;
    QLabel *m_tableWrite;
    QLabel *m_note;
    QTableWidget *m_comparison;
    QPointer<aws::RequestJob> m_limitsJob;
    QPointer<aws::RequestJob> m_tableJob;
    std::optional<QJsonObject> m_limits;
    std::optional<QJsonObject> m_table;
    QString m_tableName;
    int m_round = 0;
    int m_pending = 0;
};

} // namespace dyna::views
