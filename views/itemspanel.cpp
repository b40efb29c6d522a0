#include "itemspanel.h"

#include "actionicons.h"
#include "emptystate.h"
#include "errorpane.h"
#include "itemdetailmodel.h"
#include "itemeditor.h"
#include "itempagesource.h"
#include "itemtablemodel.h"
#include "querybuilder.h"
#include "segmentedpagesource.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "dynamo/exportjob.h"
#include "dynamo/importjob.h"
#include "dynamo/itemformat.h"
#include "dynamo/itemwrite.h"
#include "dynamo/scanplan.h"
#include "session/session.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace dyna::views {

namespace {

dynamo::ItemFileFormat formatForFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return dynamo::ItemFileFormat::Csv;
    if (suffix == QLatin1String("json"))
        return dynamo::ItemFileFormat::DynamoDbJson;
    return dynamo::ItemFileFormat::JsonLines;
}

QString fileFilters()
{
    return QCoreApplication::translate("ItemsPanel", "JSON Lines (*.jsonl);;CSV (*.csv);;"
                                                     "DynamoDB JSON, one item per line (*.json)");
}

QString lineErrors(const QString &title, const QList<dynamo::LineError> &errors)
{
    if (errors.isEmpty())
        return {};
    QStringList lines{title};
    for (const dynamo::LineError &error : errors)
        lines.append(QCoreApplication::translate("ItemsPanel", "Line %1: %2")
                         .arg(error.line)
                         .arg(error.message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ItemsPanel::ItemsPanel(session::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_builder(new QueryBuilder(this))
    , m_model(new models::ItemTableModel(this))
    , m_proxy(new models::ItemSortProxy(this))
    , m_detail(new models::ItemDetailModel(this))
    , m_find(new QLineEdit(this))
    , m_grid(new QTableView(this))
    , m_detailView(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_error(new ErrorPane(this))
    , m_empty(nullptr)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_grid->setModel(m_proxy);
    m_grid->setAccessibleName(tr("Items"));
    // Arrow keys move between cells; Tab moves on to the next control instead of trapping.
    m_grid->setTabKeyNavigation(false);
    m_detailView->setAccessibleName(tr("Item details"));
    m_find->setAccessibleName(tr("Find in results"));
    m_grid->setSortingEnabled(true);
    m_grid->sortByColumn(-1, Qt::AscendingOrder);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setWordWrap(false);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 6);
    m_grid->horizontalHeader()->setDefaultSectionSize(140);
    m_detailView->setModel(m_detail);
    m_detailView->setUniformRowHeights(true);
    m_find->setPlaceholderText(tr("Find in loaded items (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_find->setMinimumWidth(220);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long status (several pages read, or a longer language) wraps instead of widening the
    // window and squeezing the table list.
    m_status->setWordWrap(true);
    m_empty = new EmptyState(m_grid, {});

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto makeAction = [this, toolbar](const QString &text, const QKeySequence &shortcut,
                                            auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            shortcut.isEmpty()
                ? text
                : tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        QWidget::addAction(action);
        toolbar->addAction(action);
        return action;
    };
    m_nextPageAction = makeAction(tr("Next Page"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                                  &ItemsPanel::fetchNextPage);
    m_refreshAction = makeAction(tr("Refresh"), QKeySequence::Refresh, &ItemsPanel::refresh);
    toolbar->addSeparator();
    m_newAction = makeAction(tr("New Item"), QKeySequence::New, &ItemsPanel::newItem);
    m_editAction = makeAction(tr("Edit"), QKeySequence(Qt::Key_F2), &ItemsPanel::editSelected);
    m_duplicateAction = makeAction(tr("Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
                                   &ItemsPanel::duplicateSelected);
    m_deleteAction = makeAction(tr("Delete"), QKeySequence::Delete, &ItemsPanel::deleteSelected);
    toolbar->addSeparator();
    m_exportAction = makeAction(tr("Export Results…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                                [this] { exportItems(false); });
    m_exportTableAction =
        makeAction(tr("Export Table…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                   [this] { exportItems(true); });
    m_importAction =
        makeAction(tr("Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), &ItemsPanel::importItems);
    m_countAction = makeAction(tr("Count Items"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                               &ItemsPanel::countItems);
    m_nextPageAction->setIcon(actionIcon(icons::Next));
    m_refreshAction->setIcon(actionIcon(icons::Refresh));
    m_newAction->setIcon(actionIcon(icons::New));
    m_editAction->setIcon(actionIcon(icons::Edit));
    m_duplicateAction->setIcon(actionIcon(icons::Copy));
    m_deleteAction->setIcon(actionIcon(icons::Delete));
    m_exportAction->setIcon(actionIcon(icons::Export));
    m_exportTableAction->setIcon(actionIcon(icons::Export));
    m_importAction->setIcon(actionIcon(icons::Import));
    m_findAction = new QAction(tr("Find"), this);
    m_findAction->setIcon(actionIcon(icons::Find));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    QWidget::addAction(m_findAction);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(toolbar, 1);
    findRow->addWidget(m_find);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_grid);
    splitter->addWidget(m_detailView);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_builder);
    layout->addLayout(findRow);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_builder, &QueryBuilder::runRequested, this, &ItemsPanel::run);
    connect(m_find, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_find, &QLineEdit::textChanged, this, &ItemsPanel::updateEmptyState);
    connect(m_model, &models::ItemTableModel::statusChanged, this, &ItemsPanel::updateStatus);
    connect(m_model, &models::ItemTableModel::loadingChanged, this, &ItemsPanel::updateStatus);
    connect(m_model, &models::ItemTableModel::statusChanged, this, &ItemsPanel::pageLoaded);
    connect(m_model, &models::ItemTableModel::errorOccurred, this,
            [this](const aws::AwsError &error) {
                m_error->showError(error);
                Q_EMIT pageLoaded();
            });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ItemsPanel::onCurrentRowChanged);
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ItemsPanel::updateActions);
    connect(m_grid, &QTableView::activated, this, &ItemsPanel::editSelected);
    connect(m_session, &session::Session::connectionChanged, this, [this] { showTable({}); });
    updateActions();
}

ItemsPanel::~ItemsPanel() = default;

QList<QAction *> ItemsPanel::itemActions() const
{
    return {m_nextPageAction,  m_refreshAction, m_newAction,    m_editAction,
            m_duplicateAction, m_deleteAction,  m_exportAction, m_exportTableAction,
            m_importAction,    m_countAction,   m_findAction};
}

void ItemsPanel::showTable(const QString &tableName)
{
    if (m_describe)
        m_describe->cancel();
    if (m_count)
        m_count->cancel();
    m_tableName = tableName;
    m_table = {};
    m_error->clear();
    m_detail->setItem({});
    if (m_source)
        m_source->cancel();
    m_model->setSource(nullptr, {});
    updateActions();
    if (tableName.isEmpty() || !m_session->client()) {
        m_status->setText(tableName.isEmpty() ? tr("Select a table.") : tr("Not connected."));
        return;
    }
    m_status->setText(tr("Reading the table's keys and indexes…"));
    auto *job = m_session->client()->call(aws::Service::DynamoDb, QStringLiteral("DescribeTable"),
                                          {{QStringLiteral("TableName"), tableName}});
    m_describe = job;
    connect(job, &aws::Job::finished, this, [this, job] { onDescribed(job); });
    job->start();
}

void ItemsPanel::onDescribed(aws::RequestJob *job)
{
    if (job != m_describe)
        return;
    if (job->error().isError()) {
        if (job->error().kind != aws::ErrorKind::Cancelled) {
            m_error->showError(job->error());
            m_status->setText(tr("Could not read the table."));
        }
        return;
    }
    m_table = job->response().value(QStringLiteral("Table")).toObject();
    m_builder->setLocalEndpoint(m_session->client() && m_session->client()->isLocalEndpoint());
    m_builder->setTable(m_table);
    Q_EMIT tableReady(m_tableName);
    // A first page, so the table's items show at once; scrolling reads on.
    dynamo::QuerySpec spec;
    spec.table = m_tableName;
    spec.scan = true;
    spec.pageSize = 100;
    runSpec(spec);
}

void ItemsPanel::run()
{
    if (m_table.isEmpty())
        return;
    runSpec(m_builder->spec());
}

void ItemsPanel::refresh()
{
    if (!m_table.isEmpty())
        runSpec(m_lastSpec);
}

void ItemsPanel::runSpec(const dynamo::QuerySpec &spec)
{
    aws::AwsClient *client = m_session->client();
    if (!client)
        return;
    m_error->clear();
    QString error;
    models::ItemPageSource *source = nullptr;
    if (spec.scan && spec.totalSegments > 1) {
        const QList<QJsonObject> inputs = dynamo::buildSegmentRequests(spec, &error, m_table);
        if (error.isEmpty())
            source = new models::SegmentedPageSource(client, inputs, this);
    } else {
        const QJsonObject input = dynamo::buildRequest(spec, &error, m_table);
        if (error.isEmpty())
            source = new models::RequestPageSource(client, dynamo::operation(spec), input, this);
    }
    if (!source) {
        m_error->showNotice(error);
        return;
    }
    m_lastSpec = spec;
    const dynamo::KeySchemaInfo index = dynamo::keySchema(m_table, spec.index);
    const dynamo::KeySchemaInfo table = dynamo::keySchema(m_table, {});
    QStringList keys;
    for (const QString &name :
         {index.partitionKey, index.sortKey, table.partitionKey, table.sortKey}) {
        if (!name.isEmpty() && !keys.contains(name))
            keys.append(name);
    }
    load(source, keys);
}

void ItemsPanel::load(models::ItemPageSource *source, const QStringList &keyAttributes)
{
    if (m_source) {
        m_source->cancel();
        m_source->deleteLater();
    }
    m_source = source;
    m_detail->setItem({});
    m_model->setSource(source, keyAttributes);
    m_model->fetchMore();
    updateActions();
}

void ItemsPanel::fetchNextPage()
{
    if (m_model->canFetchMore()) {
        m_model->fetchMore();
    } else if (m_model->stoppedByError()) {
        // The page the error stopped at, again: the rows already read stay.
        m_error->clear();
        m_model->retry();
    }
}

QString ItemsPanel::statusText() const
{
    return m_status->text();
}

void ItemsPanel::updateStatus()
{
    if (!m_model->source())
        return;
    QString text = dynamo::describe(m_lastSpec, m_table) + QStringLiteral(" · ") +
                   tr("%n item(s) loaded in %1 page(s)", nullptr, m_model->rowCount())
                       .arg(m_model->pageCount());
    if (m_model->pageCount() > 0) {
        text += tr(" · last page: %1 scanned, %2 returned")
                    .arg(m_model->lastPageScannedCount())
                    .arg(m_model->lastPageCount());
        text += tr(" · %1 capacity units").arg(m_model->consumedCapacity());
    }
    if (m_model->isLoading())
        text += tr(" · loading…");
    else if (m_model->isComplete())
        text += tr(" · end of results");
    else if (m_model->stoppedByError())
        text += tr(" · stopped by an error: press Ctrl+PgDown to try again");
    else
        text += tr(" · more: scroll down or press Ctrl+PgDown");
    m_status->setText(text);
    updateActions();
}

void ItemsPanel::updateActions()
{
    const bool ready = !m_table.isEmpty() && m_session->client();
    const bool writable = ready && !m_session->isReadOnly();
    const int selected = int(selectedRows().size());
    m_nextPageAction->setEnabled(m_model->canFetchMore() || m_model->stoppedByError());
    m_refreshAction->setEnabled(ready);
    m_newAction->setEnabled(writable);
    m_editAction->setEnabled(ready && selected == 1);
    m_duplicateAction->setEnabled(writable && selected == 1);
    m_deleteAction->setEnabled(writable && selected > 0);
    m_exportAction->setEnabled(ready && m_model->rowCount() > 0);
    m_exportTableAction->setEnabled(ready);
    m_countAction->setEnabled(ready && !m_count);
    m_importAction->setEnabled(writable);
    updateEmptyState();
}

void ItemsPanel::updateEmptyState()
{
    ItemsSituation situation;
    situation.tableChosen = !m_tableName.isEmpty();
    situation.loaded = !m_table.isEmpty() && m_model->source() && !m_model->isLoading();
    situation.complete = m_model->isComplete();
    situation.filtered = !m_lastSpec.scan || !m_lastSpec.index.isEmpty() ||
                         !m_lastSpec.filters.isEmpty() || !m_lastSpec.rawFilter.isEmpty();
    situation.find = m_find->text();
    situation.loadedRows = m_model->rowCount();
    m_empty->setText(EmptyState::itemsText(situation));
    m_empty->update();
}

QList<int> ItemsPanel::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_grid->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ItemsPanel::onCurrentRowChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_grid->currentIndex());
    m_detail->setItem(current.isValid() ? m_model->item(current.row()) : dynamo::Item());
    m_detailView->expandToDepth(0);
    m_detailView->resizeColumnToContents(0);
}

QStringList ItemsPanel::keyAttributes() const
{
    const dynamo::KeySchemaInfo key = dynamo::keySchema(m_table, {});
    QStringList keys{key.partitionKey};
    if (!key.sortKey.isEmpty())
        keys.append(key.sortKey);
    return keys;
}

void ItemsPanel::newItem()
{
    if (m_newAction->isEnabled())
        openEditor(EditorMode::New, {});
}

void ItemsPanel::editSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() == 1 && !m_table.isEmpty())
        openEditor(EditorMode::Edit, m_model->item(rows.first()));
}

void ItemsPanel::duplicateSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() == 1 && m_duplicateAction->isEnabled())
        openEditor(EditorMode::Duplicate, m_model->item(rows.first()));
}

void ItemsPanel::openEditor(EditorMode mode, const dynamo::Item &item)
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("itemEditorDialog"));
    auto *editor = new ItemEditor(m_session, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(editor);
    switch (mode) {
    case EditorMode::Edit:
        dialog->setWindowTitle(tr("Edit Item — %1").arg(m_tableName));
        editor->editItem(m_tableName, keyAttributes(), item);
        break;
    case EditorMode::New:
        dialog->setWindowTitle(tr("New Item — %1").arg(m_tableName));
        editor->newItem(m_tableName, keyAttributes());
        break;
    case EditorMode::Duplicate:
        dialog->setWindowTitle(tr("Duplicate Item — %1").arg(m_tableName));
        editor->duplicateItem(m_tableName, keyAttributes(), item);
        break;
    }
    connect(editor, &ItemEditor::saved, this, [this, dialog] {
        dialog->close();
        refresh();
    });
    dialog->resize(720, 560);
    dialog->show();
}

void ItemsPanel::deleteSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty() || !m_deleteAction->isEnabled())
        return;
    QList<dynamo::Item> items;
    for (int row : rows)
        items.append(m_model->item(row));
    if (!m_confirmDeletes) {
        deleteItems(items);
        return;
    }
    // Asked without a nested event loop: the deletion starts from the answer. The text names
    // the table and the first keys, so the user sees what goes, not only how many.
    constexpr qsizetype kKeysShown = 5;
    const QStringList keyNames = keyAttributes();
    QStringList keys;
    for (qsizetype i = 0; i < qMin(items.size(), kKeysShown); ++i) {
        QStringList parts;
        for (const QString &name : keyNames)
            parts.append(QStringLiteral("%1 = %2").arg(
                name, models::ItemTableModel::displayText(items.at(i).value(name))));
        keys.append(QStringLiteral("• ") + parts.join(QStringLiteral(", ")));
    }
    if (items.size() > kKeysShown)
        keys.append(tr("… and %n more", nullptr, int(items.size() - kKeysShown)));
    auto *confirm = new QMessageBox(
        QMessageBox::Warning, tr("Delete Items"),
        tr("Delete %n item(s) from %1? This cannot be undone.", nullptr, int(items.size()))
                .arg(m_tableName) +
            QStringLiteral("\n\n") + keys.join(QLatin1Char('\n')),
        QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("confirmDelete"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = confirm->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setDefaultButton(QMessageBox::Cancel);
    connect(remove, &QPushButton::clicked, this, [this, items] { deleteItems(items); });
    confirm->open();
}

void ItemsPanel::deleteItems(const QList<dynamo::Item> &items)
{
    auto *job =
        new dynamo::DeleteItemsJob(m_session->client(), m_tableName, keyAttributes(), items, this);
    m_status->setText(tr("Deleting %n item(s)…", nullptr, int(items.size())));
    connect(job, &dynamo::DeleteItemsJob::progress, this, [this](int deleted, int total) {
        m_status->setText(tr("Deleting… %1 of %2").arg(deleted).arg(total));
    });
    connect(job, &aws::Job::finished, this, [this, job] {
        if (job->error().isError())
            m_error->showError(job->error());
        else
            refresh();
    });
    job->start();
}

void ItemsPanel::exportItems(bool wholeTable)
{
    QString filter;
    const QString fileName = QFileDialog::getSaveFileName(
        this, wholeTable ? tr("Export Table") : tr("Export Results"),
        m_tableName + QStringLiteral(".jsonl"), fileFilters(), &filter);
    if (!fileName.isEmpty())
        exportTo(fileName, wholeTable);
}

void ItemsPanel::exportTo(const QString &fileName, bool wholeTable)
{
    if (m_table.isEmpty() || !m_session->client())
        return;
    const dynamo::ItemFileFormat format = formatForFile(fileName);
    dynamo::ExportJob *job = nullptr;
    if (wholeTable) {
        // Pages and segments as an automatic Scan plans them for this table.
        const dynamo::ScanPlan plan =
            dynamo::planFullScan(m_table, m_session->client()->isLocalEndpoint());
        job = new dynamo::ExportJob(
            m_session->client(), QStringLiteral("Scan"),
            {{QStringLiteral("TableName"), m_tableName},
             {QStringLiteral("Limit"), plan.pageSize},
             {QStringLiteral("ReturnConsumedCapacity"), QStringLiteral("TOTAL")}},
            fileName, format, keyAttributes(), this);
        job->setSegments(plan.segments);
    } else {
        QList<dynamo::Item> items;
        items.reserve(m_model->rowCount());
        for (int row = 0; row < m_model->rowCount(); ++row)
            items.append(m_model->item(row));
        job = new dynamo::ExportJob(items, fileName, format, keyAttributes(), this);
    }
    auto *progress =
        new QProgressDialog(tr("Exporting to %1…").arg(fileName), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("transferProgress"));
    progress->setWindowTitle(tr("Export"));
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, job, &aws::Job::cancel);
    connect(job, &dynamo::ExportJob::progress, progress, [progress](qint64 items, qint64 bytes) {
        progress->setLabelText(
            tr("Exported %1 items (%2 KB)…").arg(items).arg(double(bytes) / 1024.0, 0, 'f', 1));
    });
    connect(job, &aws::Job::finished, this, [this, job, progress] {
        progress->deleteLater();
        if (job->error().isError()) {
            m_transferReport = job->error().kind == aws::ErrorKind::Cancelled
                                   ? tr("Export cancelled; no file was written.")
                                   : job->error().userMessage();
            if (job->error().kind != aws::ErrorKind::Cancelled)
                m_error->showError(job->error());
        } else {
            m_transferReport =
                tr("Exported %n item(s) to %1.", nullptr, int(job->items())).arg(job->fileName());
        }
        m_status->setText(m_transferReport);
        Q_EMIT transferFinished();
    });
    job->start();
}

void ItemsPanel::countItems()
{
    if (m_table.isEmpty() || !m_session->client() || m_count)
        return;
    const dynamo::ScanPlan plan =
        dynamo::planFullScan(m_table, m_session->client()->isLocalEndpoint());
    auto *job = new dynamo::CountJob(m_session->client(), m_tableName, plan, this);
    m_count = job;
    m_countClock.start();
    m_status->setText(tr("Counting the items of %1…").arg(m_tableName));
    connect(job, &dynamo::CountJob::progress, this, [this, job](qint64 counted) {
        m_status->setText(
            tr("Counting the items of %1: %L2 so far…").arg(job->tableName()).arg(counted));
    });
    connect(job, &aws::Job::finished, this, [this, job] {
        const double seconds = double(m_countClock.elapsed()) / 1000.0;
        job->deleteLater();
        updateActions();
        if (job->error().isError()) {
            if (job->error().kind == aws::ErrorKind::Cancelled)
                m_status->setText(tr("The count was cancelled."));
            else
                m_error->showError(job->error());
            Q_EMIT countFinished(-1);
            return;
        }
        m_status->setText(tr("%1 holds %L2 items, counted by a scan in %n segment(s) in %3 s "
                             "(%4 capacity units).",
                             nullptr, job->plan().segments)
                              .arg(job->tableName())
                              .arg(job->count())
                              .arg(seconds, 0, 'f', 1)
                              .arg(job->consumedCapacity()));
        Q_EMIT countFinished(job->count());
    });
    updateActions();
    job->start();
}

void ItemsPanel::importItems()
{
    const QString fileName =
        QFileDialog::getOpenFileName(this, tr("Import Items"), {}, fileFilters());
    if (!fileName.isEmpty())
        importFrom(fileName);
}

void ItemsPanel::importFrom(const QString &fileName)
{
    if (m_table.isEmpty() || !m_session->client())
        return;
    auto *job = new dynamo::ImportJob(m_session->client(), m_tableName, fileName,
                                      formatForFile(fileName), this);
    auto *progress =
        new QProgressDialog(tr("Importing %1…").arg(fileName), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("transferProgress"));
    progress->setWindowTitle(tr("Import"));
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, job, &aws::Job::cancel);
    connect(job, &dynamo::ImportJob::progress, progress, [progress](int written, int total) {
        progress->setMaximum(total);
        progress->setValue(written);
    });
    connect(job, &aws::Job::finished, this, [this, job, progress] {
        progress->deleteLater();
        const dynamo::ImportReport &report = job->report();
        QStringList parts;
        parts.append(
            tr("%1 of %n record(s) written.", nullptr, report.records).arg(report.written));
        if (job->error().isError())
            parts.append(job->error().userMessage());
        const QString rejected = lineErrors(
            tr("%n record(s) rejected before sending:", nullptr, int(report.rejected.size())),
            report.rejected);
        const QString failed = lineErrors(
            tr("%n item(s) DynamoDB refused:", nullptr, int(report.failed.size())), report.failed);
        for (const QString &part : {rejected, failed}) {
            if (!part.isEmpty())
                parts.append(part);
        }
        m_transferReport = parts.join(QLatin1Char('\n'));
        m_status->setText(parts.first());
        if (!report.rejected.isEmpty() || !report.failed.isEmpty() || job->error().isError()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Import"), parts.first(),
                                        QMessageBox::Close, this);
            box->setObjectName(QStringLiteral("importReport"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setInformativeText(tr("Nothing was dropped silently: every line is listed "
                                       "below with its reason."));
            box->setDetailedText(m_transferReport);
            box->open();
        }
        refresh();
        Q_EMIT transferFinished();
    });
    job->start();
}

} // namespace dyna::views
