#pragma once

#include <QWidget>

#include <functional>

class QJsonObject;
class QLabel;

namespace dyna::aws {
class AwsError;
class RequestJob;
} // namespace dyna::aws

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {

// One page of the Operations tab (backups, point-in-time recovery, exports, ...). A page works
// on the table chosen in the navigation and may also list account-wide resources; it reads
// from the endpoint when shown and says plainly when the endpoint lacks its operations.
class OperationsPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The table the page works on; empty when none is chosen.
    virtual void showTable(const QString &tableName) = 0;
    // Reads everything the page shows again.
    virtual void refresh() = 0;
    // How often the page looks again at something in progress; pages that never wait on
    // anything ignore it.
    virtual void setPollInterval(int ms) { Q_UNUSED(ms) }

protected:
    using TableDescribed =
        std::function<void(const aws::AwsError &error, const QJsonObject &table)>;

    // The page's heading: larger and bold, named "title" for tests.
    static void styleTitle(QLabel *title);
    // Starts DescribeTable of `tableName`; `done` gets the error or the "Table" object. A
    // cancelled job, or an answer that arrives after a reconnect or after `currentTable()`
    // moved to another table, is dropped.
    aws::RequestJob *describeTable(session::Session *session, const QString &tableName,
                                   std::function<QString()> currentTable, TableDescribed done);

Q_SIGNALS:
    // A restore or an import made a new table, so the navigation can list it.
    void tableCreated(const QString &tableName);
};

} // namespace dyna::views
