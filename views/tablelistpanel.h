#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QToolButton;

namespace dyna::dynamo {
class PaginatedJob;
} // namespace dyna::dynamo

namespace dyna::models {
class TableListModel;
} // namespace dyna::models

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {

class ErrorPane;

// The tables of the current connection: ListTables followed to the last page, a filter box,
// and an inline explanation when something goes wrong or the endpoint has no tables.
class TableListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TableListPanel(session::Session *session, QWidget *parent = nullptr);

    void refresh();
    models::TableListModel *model() const { return m_model; }
    QString currentTable() const;
    void selectRow(int row);
    QString statusText() const;
    ErrorPane *errorPane() const { return m_error; }

Q_SIGNALS:
    // After the last page arrived (or the listing failed).
    void loaded(int tableCount);
    void currentTableChanged(const QString &tableName);

private:
    void onPage(const QJsonObject &response);
    void onFinished(dynamo::PaginatedJob *job);

    session::Session *m_session;
    models::TableListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QToolButton *m_refresh;
    QListView *m_list;
    QLabel *m_status;
    ErrorPane *m_error;
    QPointer<dynamo::PaginatedJob> m_job;
};

} // namespace dyna::views
