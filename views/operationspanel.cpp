#include "operationspanel.h"

#include "backupspanel.h"
#include "contributorinsightspanel.h"
#include "exportspanel.h"
#include "globaltablespanel.h"
#include "importspanel.h"
#include "kinesispanel.h"
#include "limitspanel.h"
#include "pointintimepanel.h"
#include "resourcepolicypanel.h"
#include "tagspanel.h"

#include "session/session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace dyna::views {

OperationsPanel::OperationsPanel(session::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_header(new QLabel(this))
    , m_timeToLive(new QPushButton(tr("Time to live…"), this))
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    m_list->setObjectName(QStringLiteral("operationsPages"));
    m_list->setAccessibleName(tr("Operations"));
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_header->setObjectName(QStringLiteral("operationsHeader"));
    m_header->setWordWrap(true);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_timeToLive->setObjectName(QStringLiteral("openTimeToLive"));
    m_timeToLive->setToolTip(tr("Time to live is set with the table's overview"));
    connect(m_timeToLive, &QPushButton::clicked, this, [this] {
        if (!m_tableName.isEmpty())
            Q_EMIT timeToLiveRequested(m_tableName);
    });

    addPage(new BackupsPanel(session, this), tr("Backups"),
            tr("On-demand backups: create, restore into a new table, delete"));
    addPage(new PointInTimePanel(session, this), tr("Point-in-time recovery"),
            tr("Continuous backups and restores to any second of the last 35 days"));
    addPage(new ExportsPanel(session, this), tr("Exports to S3"),
            tr("Full and incremental exports of the table to an S3 bucket"));
    addPage(new ImportsPanel(session, this), tr("Imports from S3"),
            tr("New tables from CSV, DynamoDB JSON or Amazon Ion files in S3"));
    addPage(new GlobalTablesPanel(session, this), tr("Global tables"),
            tr("Replicas of the table in other regions"));
    addPage(new TagsPanel(session, this), tr("Tags"), tr("The table's tags"));
    addPage(new ResourcePolicyPanel(session, this), tr("Resource policy"),
            tr("Resource-based policies of the table and its stream"));
    addPage(new KinesisPanel(session, this), tr("Kinesis streaming"),
            tr("Kinesis Data Streams destinations of the table's changes"));
    addPage(new ContributorInsightsPanel(session, this), tr("Contributor insights"),
            tr("The most accessed and throttled keys of the table and its indexes"));
    addPage(new LimitsPanel(session, this), tr("Limits"),
            tr("The account's capacity quotas beside the table's capacity"));

    // As wide as the longest page name, in every language: a wide page must not cut the names.
    const int listWidth = m_list->sizeHintForColumn(0) + 4 * m_list->frameWidth() + 24;
    m_list->setMinimumWidth(listWidth);
    m_list->setMaximumWidth(listWidth);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        syncCurrentPage();
    });
    m_list->setCurrentRow(0);

    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *header = new QHBoxLayout;
    header->addWidget(m_header, 1);
    header->addWidget(m_timeToLive);
    layout->addLayout(header);
    layout->addLayout(body, 1);

    connect(m_session, &session::Session::connectionChanged, this, [this] {
        m_shownTable.clear();
        m_tableName.clear();
        updateHeader();
        syncCurrentPage();
    });
    updateHeader();
}

void OperationsPanel::addPage(OperationsPage *page, const QString &title, const QString &toolTip)
{
    auto *item = new QListWidgetItem(title, m_list);
    item->setToolTip(toolTip);
    m_stack->addWidget(page);
    m_pages.append(page);
    connect(page, &OperationsPage::tableCreated, this, &OperationsPanel::tableCreated);
}

void OperationsPanel::showTable(const QString &tableName)
{
    m_tableName = tableName;
    updateHeader();
    if (isVisible())
        syncCurrentPage();
}

void OperationsPanel::setPollInterval(int ms)
{
    for (OperationsPage *page : std::as_const(m_pages))
        page->setPollInterval(ms);
}

void OperationsPanel::setCurrentPage(OperationsPage *page)
{
    const int row = int(m_pages.indexOf(page));
    if (row >= 0)
        m_list->setCurrentRow(row);
}

OperationsPage *OperationsPanel::currentPage() const
{
    return qobject_cast<OperationsPage *>(m_stack->currentWidget());
}

void OperationsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    syncCurrentPage();
}

void OperationsPanel::syncCurrentPage()
{
    OperationsPage *page = currentPage();
    if (!page || !isVisible())
        return;
    const auto shown = m_shownTable.constFind(page);
    if (shown != m_shownTable.cend() && *shown == m_tableName)
        return;
    m_shownTable.insert(page, m_tableName);
    page->showTable(m_tableName);
}

void OperationsPanel::updateHeader()
{
    if (!m_session->client()) {
        m_header->setText(tr("Connect to an account or to DynamoDB Local to manage backups, "
                             "exports and the other operations."));
    } else if (m_tableName.isEmpty()) {
        m_header->setText(tr("Choose a table in the navigation. Account-wide lists (backups, "
                             "exports, imports, global tables, limits) work without one."));
    } else {
        m_header->setText(tr("Operations on table %1").arg(m_tableName));
    }
    m_timeToLive->setEnabled(!m_tableName.isEmpty());
}

} // namespace dyna::views
