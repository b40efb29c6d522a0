#pragma once

#include "dynamo/attributevalue.h"
#include "dynamo/countjob.h"
#include "dynamo/queryspec.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QTreeView;

namespace dyna::aws {
class RequestJob;
} // namespace dyna::aws

namespace dyna::models {
class ItemDetailModel;
class ItemPageSource;
class ItemSortProxy;
class ItemTableModel;
} // namespace dyna::models

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {

class EmptyState;
class ErrorPane;
class QueryBuilder;

// The items of one table: the query builder over a lazily loaded grid, the selected item as
// a tree, and the actions on items (new, edit, duplicate, delete, export, import).
class ItemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ItemsPanel(session::Session *session, QWidget *parent = nullptr);
    ~ItemsPanel() override;

    // Describes the table, then loads its first page with a Scan.
    void showTable(const QString &tableName);
    QString tableName() const { return m_tableName; }
    const QJsonObject &tableDescription() const { return m_table; }

    // Runs what the query builder holds (after its own checks).
    void run();
    // Runs the last query again from its first page.
    void refresh();
    void fetchNextPage();
    void newItem();
    void editSelected();
    void duplicateSelected();
    void deleteSelected();
    // Off: Delete removes the selected items without asking (Preferences).
    void setConfirmDeletes(bool confirm) { m_confirmDeletes = confirm; }
    // Ask for a file, then export or import with a progress dialog.
    void exportItems(bool wholeTable);
    void importItems();
    // The same without the file dialog.
    void exportTo(const QString &fileName, bool wholeTable);
    void importFrom(const QString &fileName);
    // Counts the table's items exactly with a parallel Select=COUNT scan; the status says how
    // many so far and then the total.
    void countItems();
    // What the last import did, line by line, as shown to the user.
    QString lastTransferReport() const { return m_transferReport; }

    QueryBuilder *queryBuilder() const { return m_builder; }
    models::ItemTableModel *model() const { return m_model; }
    QTableView *grid() const { return m_grid; }
    QTreeView *detailView() const { return m_detailView; }
    QString statusText() const;
    ErrorPane *errorPane() const { return m_error; }
    // The text over the grid that says what to do next (hidden while there is nothing to say).
    EmptyState *emptyState() const { return m_empty; }
    QList<QAction *> itemActions() const;

Q_SIGNALS:
    // The description arrived and the builder knows the table's keys and indexes.
    void tableReady(const QString &tableName);
    // A page arrived or failed; the grid has its rows.
    void pageLoaded();
    // An export or import ended (successfully or not); the report says how.
    void transferFinished();
    // A count ended; -1 when it failed or was cancelled.
    void countFinished(qint64 count);

private:
    void onDescribed(aws::RequestJob *job);
    void runSpec(const dynamo::QuerySpec &spec);
    void load(models::ItemPageSource *source, const QStringList &keyAttributes);
    void updateStatus();
    void updateActions();
    void updateEmptyState();
    void onCurrentRowChanged();
    void deleteItems(const QList<dynamo::Item> &items);
    QList<int> selectedRows() const;
    QStringList keyAttributes() const;
    enum class EditorMode { Edit, New, Duplicate };
    void openEditor(EditorMode mode, const dynamo::Item &item);

    session::Session *m_session;
    QString m_tableName;
    QJsonObject m_table;
    dynamo::QuerySpec m_lastSpec;
    QString m_transferReport;
    QPointer<aws::RequestJob> m_describe;
    QueryBuilder *m_builder;
    models::ItemTableModel *m_model;
    models::ItemSortProxy *m_proxy;
    models::ItemDetailModel *m_detail;
    QPointer<models::ItemPageSource> m_source;
    QLineEdit *m_find;
    QTableView *m_grid;
    QTreeView *m_detailView;
    QLabel *m_status;
    ErrorPane *m_error;
    EmptyState *m_empty;
    QAction *m_nextPageAction;
    QAction *m_refreshAction;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_duplicateAction;
    QAction *m_deleteAction;
    QAction *m_exportAction;
    QAction *m_exportTableAction;
    QAction *m_importAction;
    QAction *m_countAction;
    QPointer<dynamo::CountJob> m_count;
    QElapsedTimer m_countClock;
    bool m_confirmDeletes = true;
    QAction *m_findAction;
};

} // namespace dyna::views
