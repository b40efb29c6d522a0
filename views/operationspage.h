#pragma once

#include <QWidget>

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

Q_SIGNALS:
    // A restore or an import made a new table, so the navigation can list it.
    void tableCreated(const QString &tableName);
};

} // namespace dyna::views
