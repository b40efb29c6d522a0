#include "workspacestate.h"

#include "itemspanel.h"
#include "itemtablemodel.h"
#include "navigationpanel.h"
#include "operationspanel.h"
#include "partiqleditor.h"
#include "partiqlpanel.h"
#include "querybuilder.h"
#include "streaminspectorpanel.h"
#include "transactionpanel.h"

#include "aws/awsclient.h"
#include "session/session.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

#include <iterator>
#include <utility>

namespace dyna::views {

namespace {

constexpr int kDefaultSaveDelayMs = 1000;

const TransactionPanel::Column kTextColumns[] = {
    TransactionPanel::KeyColumn,       TransactionPanel::UpdateColumn,
    TransactionPanel::ConditionColumn, TransactionPanel::ProjectionColumn,
    TransactionPanel::NamesColumn,     TransactionPanel::ValuesColumn,
};
const char *const kTextColumnKeys[] = {"key",        "update", "condition",
                                       "projection", "names",  "values"};

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseJson(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace

WorkspaceState::WorkspaceState(QMainWindow *window, session::Session *session, QSettings *settings,
                               const Panels &panels)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_settings(settings)
    , m_panels(panels)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDefaultSaveDelayMs);
    connect(m_timer, &QTimer::timeout, this, &WorkspaceState::save);

    m_window->restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray());
    m_window->restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray());
    m_panels.splitter->restoreState(
        m_settings->value(QStringLiteral("window/splitter")).toByteArray());
    m_window->installEventFilter(this);
    connect(m_panels.splitter, &QSplitter::splitterMoved, this, &WorkspaceState::scheduleSave);
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this,
            &WorkspaceState::save);

    connect(m_session, &session::Session::connectionChanged, this,
            &WorkspaceState::onConnectionChanged);
    connect(m_panels.navigation, &NavigationPanel::currentTableChanged, this,
            &WorkspaceState::onTableSelected);
    connect(m_panels.navigation, &NavigationPanel::loaded, this, [this] { selectPendingTable(); });
    connect(m_panels.tabs, &QTabWidget::currentChanged, this, &WorkspaceState::scheduleSave);
    connect(m_panels.partiql->editor(), &QPlainTextEdit::textChanged, this,
            &WorkspaceState::scheduleSave);
    connect(m_panels.items->queryBuilder(), &QueryBuilder::changed, this,
            &WorkspaceState::scheduleSave);
    for (const char *name : {"keyFilter", "textFilter"}) {
        if (auto *filter = m_panels.streams->findChild<QLineEdit *>(QLatin1String(name)))
            connect(filter, &QLineEdit::textChanged, this, &WorkspaceState::scheduleSave);
    }
    if (auto *pages =
            m_panels.operations->findChild<QListWidget *>(QStringLiteral("operationsPages"))) {
        connect(pages, &QListWidget::currentRowChanged, this, &WorkspaceState::scheduleSave);
    }
    if (auto *rows =
            m_panels.transactions->findChild<QTableWidget *>(QStringLiteral("rowsTable"))) {
        // A row's cell widgets are set after the row is inserted.
        connect(rows->model(), &QAbstractItemModel::rowsInserted, this, [this] {
            QTimer::singleShot(0, this, &WorkspaceState::watchTransactionRows);
            scheduleSave();
        });
        connect(rows->model(), &QAbstractItemModel::rowsRemoved, this,
                &WorkspaceState::scheduleSave);
    }
    for (const char *name : {"modeCombo", "jsonFormatCombo"}) {
        if (auto *combo = m_panels.transactions->findChild<QComboBox *>(QLatin1String(name)))
            connect(combo, &QComboBox::currentIndexChanged, this, &WorkspaceState::scheduleSave);
    }
    watchTransactionRows();

    QHeaderView *header = m_panels.items->grid()->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this,
            [this](int section, int, int newSize) { onSectionResized(section, newSize); });
    connect(header, &QHeaderView::sectionClicked, this, &WorkspaceState::onSectionClicked);
    connect(m_panels.items, &ItemsPanel::tableReady, this, &WorkspaceState::onTableReady);
    connect(m_panels.items, &ItemsPanel::pageLoaded, this, &WorkspaceState::applyGrid);

    onConnectionChanged();
}

WorkspaceState::~WorkspaceState() = default;

QString WorkspaceState::connectionKey(const session::Session *session)
{
    if (!session->client())
        return {};
    if (!session->profileId().isNull())
        return QStringLiteral("profile-") + session->profileId().toString(QUuid::WithoutBraces);
    // Percent-encoded so that the URL's slashes do not open settings groups.
    return QStringLiteral("local-") +
           QString::fromLatin1(QUrl::toPercentEncoding(session->endpointOverride().toString()));
}

void WorkspaceState::setSaveDelay(int ms)
{
    m_timer->setInterval(ms);
}

bool WorkspaceState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::Close)
            save();
        else if (event->type() == QEvent::Move || event->type() == QEvent::Resize)
            scheduleSave();
    }
    return QObject::eventFilter(watched, event);
}

void WorkspaceState::scheduleSave()
{
    // Not restarted by later changes: steady typing is still written every interval.
    if (!m_restoring && !m_timer->isActive())
        m_timer->start();
}

bool WorkspaceState::isCurrent() const
{
    // Between a new connection and our handler, panels reset; those changes are not the user's.
    return !m_restoring && !m_key.isEmpty() && m_session->generation() == m_generation;
}

QString WorkspaceState::groupOf(const QString &key) const
{
    return QStringLiteral("workspace/") + key;
}

void WorkspaceState::save()
{
    m_timer->stop();
    m_settings->setValue(QStringLiteral("window/geometry"), m_window->saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), m_window->saveState());
    m_settings->setValue(QStringLiteral("window/splitter"), m_panels.splitter->saveState());
    if (!m_key.isEmpty())
        saveConnection();
    m_settings->sync();
    Q_EMIT saved();
}

void WorkspaceState::saveConnection()
{
    m_settings->beginGroup(groupOf(m_key));
    m_settings->setValue(QStringLiteral("tab"), m_panels.tabs->currentIndex());
    m_settings->setValue(QStringLiteral("table"), m_table);
    m_settings->setValue(QStringLiteral("partiql"), m_panels.partiql->editor()->toPlainText());
    m_settings->setValue(QStringLiteral("queryBuilder"),
                         compactJson(m_panels.items->queryBuilder()->saveState()));
    m_settings->setValue(QStringLiteral("transactions"), compactJson(transactionState()));
    m_settings->setValue(QStringLiteral("operationsPage"),
                         m_panels.operations->pages().indexOf(m_panels.operations->currentPage()));
    for (const char *name : {"keyFilter", "textFilter"}) {
        if (auto *filter = m_panels.streams->findChild<QLineEdit *>(QLatin1String(name)))
            m_settings->setValue(QStringLiteral("streams/") + QLatin1String(name), filter->text());
    }
    if (!m_gridTable.isEmpty())
        m_settings->setValue(QStringLiteral("grids/") + m_gridTable, compactJson(m_grid));
    m_settings->endGroup();
}

void WorkspaceState::onConnectionChanged()
{
    // The panels have already dropped the old connection's table; the rest still shows what
    // the user did there.
    if (!m_key.isEmpty())
        save();
    m_key = connectionKey(m_session);
    m_generation = m_session->generation();
    m_table.clear();
    m_pendingTable.clear();
    m_pendingIndex.clear();
    m_gridTable.clear();
    m_grid = {};
    if (!m_key.isEmpty())
        restoreConnection();
}

void WorkspaceState::restoreConnection()
{
    m_restoring = true;
    m_settings->beginGroup(groupOf(m_key));
    const int tab = m_settings->value(QStringLiteral("tab"), -1).toInt();
    if (tab >= 0 && tab < m_panels.tabs->count())
        m_panels.tabs->setCurrentIndex(tab);
    m_panels.partiql->editor()->setPlainText(
        m_settings->value(QStringLiteral("partiql")).toString());
    // Without a saved form the builder starts empty rather than with another connection's.
    const QJsonObject builder = parseJson(m_settings->value(QStringLiteral("queryBuilder")));
    m_panels.items->queryBuilder()->restoreState(builder);
    restoreTransactions(parseJson(m_settings->value(QStringLiteral("transactions"))));
    const int page = m_settings->value(QStringLiteral("operationsPage"), -1).toInt();
    if (page >= 0 && page < m_panels.operations->pages().size())
        m_panels.operations->setCurrentPage(m_panels.operations->pages().at(page));
    for (const char *name : {"keyFilter", "textFilter"}) {
        if (auto *filter = m_panels.streams->findChild<QLineEdit *>(QLatin1String(name))) {
            filter->setText(
                m_settings->value(QStringLiteral("streams/") + QLatin1String(name)).toString());
        }
    }
    m_table = m_settings->value(QStringLiteral("table")).toString();
    m_settings->endGroup();
    m_restoring = false;

    m_pendingTable = m_table;
    // The index belongs to the restored table; the builder learns its indexes when it is read.
    m_pendingIndex = builder.value(QLatin1String("index")).toString();
    if (!m_pendingTable.isEmpty() && m_panels.navigation->selectTable(m_pendingTable))
        m_pendingTable.clear();
}

void WorkspaceState::selectPendingTable()
{
    if (m_pendingTable.isEmpty() || m_session->generation() != m_generation)
        return;
    // A table that is gone stays unselected.
    const QString table = std::exchange(m_pendingTable, QString());
    m_panels.navigation->selectTable(table);
}

void WorkspaceState::onTableSelected(const QString &tableName)
{
    // An empty selection comes from a reload or a reconnect; the user's last table stays.
    if (tableName.isEmpty() || !isCurrent())
        return;
    if (tableName != m_pendingTable)
        m_pendingTable.clear();
    if (tableName != m_table)
        m_pendingIndex.clear();
    m_table = tableName;
    scheduleSave();
}

void WorkspaceState::onTableReady(const QString &tableName)
{
    if (m_key.isEmpty())
        return;
    if (!m_gridTable.isEmpty() && m_gridTable != tableName)
        save();
    m_gridTable = tableName;
    m_grid = parseJson(m_settings->value(groupOf(m_key) + QStringLiteral("/grids/") + tableName));
    m_sortApplied = false;
    if (!m_pendingIndex.isEmpty() && tableName == m_table) {
        // setTable() chose the table itself; keep what is typed, pick the saved index.
        QueryBuilder *builder = m_panels.items->queryBuilder();
        QJsonObject state = builder->saveState();
        state.insert(QStringLiteral("index"), std::exchange(m_pendingIndex, QString()));
        builder->restoreState(state);
    }
}

void WorkspaceState::applyGrid()
{
    if (m_gridTable.isEmpty() || m_gridTable != m_panels.items->tableName())
        return;
    QTableView *grid = m_panels.items->grid();
    const QStringList columns = m_panels.items->model()->attributeNames();
    const QJsonObject widths = m_grid.value(QLatin1String("widths")).toObject();
    const bool restoring = std::exchange(m_restoring, true);
    for (qsizetype column = 0; column < columns.size(); ++column) {
        const int width = widths.value(columns.at(column)).toInt();
        if (width > 0 && grid->horizontalHeader()->sectionSize(int(column)) != width)
            grid->horizontalHeader()->resizeSection(int(column), width);
    }
    const int sortColumn =
        int(columns.indexOf(m_grid.value(QLatin1String("sortColumn")).toString()));
    if (!m_sortApplied && sortColumn >= 0) {
        m_sortApplied = true;
        grid->sortByColumn(sortColumn, m_grid.value(QLatin1String("descending")).toBool()
                                           ? Qt::DescendingOrder
                                           : Qt::AscendingOrder);
    }
    m_restoring = restoring;
}

void WorkspaceState::onSectionResized(int section, int newSize)
{
    if (m_restoring || m_gridTable.isEmpty() || m_gridTable != m_panels.items->tableName())
        return;
    const QString column = m_panels.items->model()->attributeNames().value(section);
    if (column.isEmpty())
        return;
    QJsonObject widths = m_grid.value(QLatin1String("widths")).toObject();
    widths.insert(column, newSize);
    m_grid.insert(QStringLiteral("widths"), widths);
    scheduleSave();
}

void WorkspaceState::onSectionClicked()
{
    if (m_gridTable.isEmpty() || m_gridTable != m_panels.items->tableName())
        return;
    // The header has already turned its indicator to the clicked column.
    const QHeaderView *header = m_panels.items->grid()->horizontalHeader();
    const QString column =
        m_panels.items->model()->attributeNames().value(header->sortIndicatorSection());
    if (column.isEmpty())
        return;
    m_grid.insert(QStringLiteral("sortColumn"), column);
    m_grid.insert(QStringLiteral("descending"),
                  header->sortIndicatorOrder() == Qt::DescendingOrder);
    m_sortApplied = true;
    scheduleSave();
}

void WorkspaceState::watchTransactionRows()
{
    auto *rows = m_panels.transactions->findChild<QTableWidget *>(QStringLiteral("rowsTable"));
    if (!rows)
        return;
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (auto *kind =
                qobject_cast<QComboBox *>(rows->cellWidget(row, TransactionPanel::KindColumn))) {
            connect(kind, &QComboBox::currentIndexChanged, this, &WorkspaceState::scheduleSave,
                    Qt::UniqueConnection);
        }
        if (auto *table =
                qobject_cast<QComboBox *>(rows->cellWidget(row, TransactionPanel::TableColumn))) {
            connect(table, &QComboBox::currentTextChanged, this, &WorkspaceState::scheduleSave,
                    Qt::UniqueConnection);
        }
        for (const TransactionPanel::Column column : kTextColumns) {
            if (auto *edit = qobject_cast<QLineEdit *>(rows->cellWidget(row, column))) {
                connect(edit, &QLineEdit::textChanged, this, &WorkspaceState::scheduleSave,
                        Qt::UniqueConnection);
            }
        }
    }
}

QJsonObject WorkspaceState::transactionState() const
{
    QJsonObject state;
    for (const char *name : {"modeCombo", "jsonFormatCombo"}) {
        if (auto *combo = m_panels.transactions->findChild<QComboBox *>(QLatin1String(name)))
            state.insert(QLatin1String(name), combo->currentIndex());
    }
    auto *rows = m_panels.transactions->findChild<QTableWidget *>(QStringLiteral("rowsTable"));
    QJsonArray array;
    for (int row = 0; rows && row < rows->rowCount(); ++row) {
        QJsonObject texts;
        if (auto *kind =
                qobject_cast<QComboBox *>(rows->cellWidget(row, TransactionPanel::KindColumn)))
            texts.insert(QStringLiteral("kind"), kind->currentIndex());
        if (auto *table =
                qobject_cast<QComboBox *>(rows->cellWidget(row, TransactionPanel::TableColumn)))
            texts.insert(QStringLiteral("table"), table->currentText());
        for (int i = 0; i < int(std::size(kTextColumns)); ++i) {
            if (auto *edit = qobject_cast<QLineEdit *>(rows->cellWidget(row, kTextColumns[i])))
                texts.insert(QLatin1String(kTextColumnKeys[i]), edit->text());
        }
        array.append(texts);
    }
    state.insert(QStringLiteral("rows"), array);
    return state;
}

void WorkspaceState::restoreTransactions(const QJsonObject &state)
{
    if (state.isEmpty())
        return;
    for (const char *name : {"modeCombo", "jsonFormatCombo"}) {
        if (auto *combo = m_panels.transactions->findChild<QComboBox *>(QLatin1String(name)))
            combo->setCurrentIndex(state.value(QLatin1String(name)).toInt());
    }
    auto *rows = m_panels.transactions->findChild<QTableWidget *>(QStringLiteral("rowsTable"));
    const QJsonArray array = state.value(QLatin1String("rows")).toArray();
    if (!rows)
        return;
    while (rows->rowCount() < array.size())
        m_panels.transactions->addRow();
    for (int row = 0; row < array.size(); ++row) {
        const QJsonObject texts = array.at(row).toObject();
        if (auto *kind =
                qobject_cast<QComboBox *>(rows->cellWidget(row, TransactionPanel::KindColumn)))
            kind->setCurrentIndex(texts.value(QLatin1String("kind")).toInt());
        if (auto *table =
                qobject_cast<QComboBox *>(rows->cellWidget(row, TransactionPanel::TableColumn)))
            table->setEditText(texts.value(QLatin1String("table")).toString());
        for (int i = 0; i < int(std::size(kTextColumns)); ++i) {
            if (auto *edit = qobject_cast<QLineEdit *>(rows->cellWidget(row, kTextColumns[i])))
                edit->setText(texts.value(QLatin1String(kTextColumnKeys[i])).toString());
        }
    }
}

} // namespace dyna::views
