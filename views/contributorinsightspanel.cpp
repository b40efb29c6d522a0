#include "contributorinsightspanel.h"

#include "confirmdialog.h"
#include "emptystate.h"
#include "errorpane.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "dynamo/contributorinsights.h"
#include "dynamo/pagination.h"
#include "session/session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace dyna::views {

namespace {

enum Column { ResourceColumn, StatusColumn, UpdatedColumn, RulesColumn };

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

void setUpTable(QTableWidget *table, const QStringList &headers)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
}

} // namespace

ContributorInsightsPanel::ContributorInsightsPanel(session::Session *session, QWidget *parent)
    : OperationsPage(parent)
    , m_session(session)
    , m_title(new QLabel(tr("Select a table"), this))
    , m_error(new ErrorPane(this))
    , m_resources(new QTableWidget(this))
    , m_account(new QTableWidget(this))
    , m_enable(new QPushButton(tr("Enable"), this))
    , m_disable(new QPushButton(tr("Disable…"), this))
    , m_poll(new QTimer(this))
{
    styleTitle(m_title);

    m_resources->setObjectName(QStringLiteral("insightsTable"));
    m_resources->setAccessibleName(tr("Contributor insights of the table and its indexes"));
    // Arrow keys move between cells; Tab moves on to the next control.
    m_resources->setTabKeyNavigation(false);
    setUpTable(m_resources, {tr("Table or index"), tr("Status"), tr("Last update"), tr("Rules")});
    m_account->setObjectName(QStringLiteral("accountTable"));
    m_account->setAccessibleName(tr("Contributor insights in this account"));
    m_account->setTabKeyNavigation(false);
    new EmptyState(m_resources, tr("Choose a table in the tree on the left."));
    new EmptyState(m_account, tr("Contributor insights are off everywhere in this region. Turn "
                                 "them on for the chosen table with Enable."));
    setUpTable(m_account, {tr("Table"), tr("Index"), tr("Status")});
    m_enable->setObjectName(QStringLiteral("enableButton"));
    m_disable->setObjectName(QStringLiteral("disableButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_enable);
    buttons->addStretch(1);
    buttons->addWidget(m_disable);
    auto *accountTitle = new QLabel(tr("Contributor insights in this account and region"), this);
    QFont bold = accountTitle->font();
    bold.setBold(true);
    accountTitle->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_error);
    layout->addWidget(m_resources, 2);
    layout->addLayout(buttons);
    layout->addWidget(accountTitle);
    layout->addWidget(m_account, 1);

    m_poll->setSingleShot(true);
    m_poll->setInterval(1000);
    connect(m_poll, &QTimer::timeout, this, &ContributorInsightsPanel::describeInsights);
    connect(m_enable, &QPushButton::clicked, this, [this] { askToSwitch(true); });
    connect(m_disable, &QPushButton::clicked, this, [this] { askToSwitch(false); });
    connect(m_resources, &QTableWidget::itemSelectionChanged, this,
            &ContributorInsightsPanel::updateActions);
    connect(m_error, &ErrorPane::reconnectRequested, m_session, &session::Session::reconnect);
    updateActions();
}

void ContributorInsightsPanel::setPollInterval(int ms)
{
    m_poll->setInterval(ms);
}

void ContributorInsightsPanel::showTable(const QString &tableName)
{
    m_tableName = tableName;
    m_title->setText(tableName.isEmpty() ? tr("Select a table")
                                         : tr("Contributor insights of %1").arg(tableName));
    m_resources->setRowCount(0);
    m_indexes.clear();
    m_supported = true;
    refresh();
}

void ContributorInsightsPanel::refresh()
{
    m_poll->stop();
    m_error->clear();
    ++m_round;
    m_pending = 0;
    if (m_tableJob)
        m_tableJob->cancel();
    updateActions();
    if (!m_session->client())
        return;
    if (m_tableName.isEmpty())
        listAccount();
    else
        describeTable();
}

void ContributorInsightsPanel::describeTable()
{
    auto *job = m_session->client()->call(aws::Service::DynamoDb, QStringLiteral("DescribeTable"),
                                          {{QStringLiteral("TableName"), m_tableName}});
    m_tableJob = job;
    const quint64 generation = m_session->generation();
    connect(job, &aws::Job::finished, this, [this, job, generation] {
        if (job != m_tableJob || generation != m_session->generation() ||
            job->error().kind == aws::ErrorKind::Cancelled)
            return;
        if (job->error().isError()) {
            showFailure(job);
            Q_EMIT described();
            return;
        }
        const QJsonObject table = job->response().value(QStringLiteral("Table")).toObject();
        m_indexes.clear();
        for (const auto &index : table.value(QStringLiteral("GlobalSecondaryIndexes")).toArray())
            m_indexes.append(index.toObject().value(QStringLiteral("IndexName")).toString());
        m_resources->setRowCount(0);
        for (const QString &index : QStringList{QString()} + m_indexes) {
            const int row = m_resources->rowCount();
            m_resources->insertRow(row);
            auto *resource = cell(resourceText(index));
            resource->setData(Qt::UserRole, index);
            m_resources->setItem(row, ResourceColumn, resource);
            m_resources->setItem(row, StatusColumn, cell(tr("Reading…")));
            m_resources->setItem(row, RulesColumn, cell(QString()));
            m_resources->setItem(row, UpdatedColumn, cell(QString()));
        }
        describeInsights();
    });
    job->start();
}

void ContributorInsightsPanel::describeInsights()
{
    if (m_tableName.isEmpty() || !m_session->client())
        return;
    ++m_round;
    m_pending = m_resources->rowCount();
    m_transitional = false;
    for (int row = 0; row < m_resources->rowCount(); ++row) {
        const QString index = m_resources->item(row, ResourceColumn)->data(Qt::UserRole).toString();
        QJsonObject input{{QStringLiteral("TableName"), m_tableName}};
        if (!index.isEmpty())
            input.insert(QStringLiteral("IndexName"), index);
        auto *job = m_session->client()->call(aws::Service::DynamoDb,
                                              QStringLiteral("DescribeContributorInsights"), input);
        const int round = m_round;
        const quint64 generation = m_session->generation();
        connect(job, &aws::Job::finished, this, [this, job, row, round, generation] {
            if (round != m_round || generation != m_session->generation())
                return;
            onInsightsDescribed(job, row);
        });
        job->start();
    }
}

void ContributorInsightsPanel::onInsightsDescribed(aws::RequestJob *job, int row)
{
    if (job->error().isError()) {
        showFailure(job);
        m_resources->item(row, StatusColumn)->setText(tr("Unknown"));
    } else {
        const auto description = dynamo::parseContributorInsightsDescription(job->response());
        QString status = description.statusText;
        if (!description.failureName.isEmpty())
            status += QStringLiteral(": %1 (%2)")
                          .arg(description.failureDescription, description.failureName);
        m_resources->item(row, StatusColumn)->setText(status);
        m_resources->item(row, RulesColumn)->setText(description.rules.join(QLatin1Char('\n')));
        m_resources->item(row, UpdatedColumn)
            ->setText(description.lastUpdate.isValid()
                          ? description.lastUpdate.toLocalTime().toString(
                                QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QString());
        m_transitional = m_transitional || dynamo::isTransitional(description.status);
    }
    m_resources->resizeRowsToContents();
    if (--m_pending > 0)
        return;
    updateActions();
    if (m_transitional)
        m_poll->start();
    else if (m_supported)
        listAccount();
    Q_EMIT described();
}

void ContributorInsightsPanel::listAccount()
{
    if (m_listJob)
        m_listJob->cancel();
    auto *job = new dynamo::PaginatedJob(m_session->client(), aws::Service::DynamoDb,
                                         QStringLiteral("ListContributorInsights"), {}, this);
    m_listJob = job;
    auto rows = std::make_shared<QList<dynamo::ContributorInsightsSummary>>();
    connect(job, &dynamo::PaginatedJob::page, this,
            [rows](dynamo::PaginatedJob *, const QJsonObject &response) {
                rows->append(dynamo::parseContributorInsightsSummaries(response));
            });
    const quint64 generation = m_session->generation();
    connect(job, &aws::Job::finished, this, [this, job, rows, generation] {
        job->deleteLater();
        if (job != m_listJob || generation != m_session->generation() ||
            job->error().kind == aws::ErrorKind::Cancelled)
            return;
        if (job->error().isError()) {
            showFailure(job);
        } else {
            m_account->setRowCount(0);
            for (const auto &summary : std::as_const(*rows)) {
                const int row = m_account->rowCount();
                m_account->insertRow(row);
                m_account->setItem(row, 0, cell(summary.tableName));
                m_account->setItem(row, 1, cell(summary.indexName));
                m_account->setItem(row, 2, cell(summary.statusText));
            }
        }
        Q_EMIT listed();
    });
    job->start();
}

void ContributorInsightsPanel::askToSwitch(bool enable)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString index = m_resources->item(row, ResourceColumn)->data(Qt::UserRole).toString();
    if (enable) {
        switchInsights(index, true);
        return;
    }
    const QString tableName = m_tableName;
    const QString resource = index.isEmpty() ? tableName : index;
    ConfirmDialog::ask(this, tr("Disable contributor insights"),
                       tr("Disable contributor insights for %1? CloudWatch stops collecting "
                          "its most accessed and most throttled keys and deletes the rules.")
                           .arg(resourceText(index)),
                       resource, tr("Disable"), false, [this, tableName, index] {
                           if (tableName == m_tableName)
                               switchInsights(index, false);
                       });
}

void ContributorInsightsPanel::switchInsights(const QString &indexName, bool enable)
{
    if (!m_session->client() || m_changeJob)
        return;
    m_error->clear();
    auto *job = m_session->client()->call(
        aws::Service::DynamoDb, QStringLiteral("UpdateContributorInsights"),
        dynamo::updateContributorInsightsInput(m_tableName, enable, indexName));
    m_changeJob = job;
    const QString tableName = m_tableName;
    const quint64 generation = m_session->generation();
    connect(job, &aws::Job::finished, this, [this, job, tableName, generation] {
        m_changeJob = nullptr;
        if (generation != m_session->generation() || tableName != m_tableName) {
            updateActions();
            return;
        }
        if (job->error().isError())
            showFailure(job);
        m_poll->stop();
        describeInsights();
        updateActions();
    });
    updateActions();
    job->start();
}

void ContributorInsightsPanel::showFailure(const aws::Job *job)
{
    if (job->error().kind == aws::ErrorKind::Unsupported)
        m_supported = false;
    m_error->showError(job->error(),
                       job->error().kind == aws::ErrorKind::Auth && m_session->canReconnect());
    updateActions();
}

QString ContributorInsightsPanel::resourceText(const QString &indexName) const
{
    return indexName.isEmpty() ? tr("Table %1").arg(m_tableName)
                               : tr("Index %1 of %2").arg(indexName, m_tableName);
}

int ContributorInsightsPanel::selectedRow() const
{
    const auto rows = m_resources->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ContributorInsightsPanel::updateActions()
{
    const int row = selectedRow();
    const QString status = row >= 0 ? m_resources->item(row, StatusColumn)->text() : QString();
    const bool ready = m_supported && row >= 0 && !m_changeJob && m_session->client();
    m_enable->setEnabled(ready && (status == QLatin1String("DISABLED") ||
                                   status.startsWith(QLatin1String("FAILED"))));
    m_disable->setEnabled(ready && (status == QLatin1String("ENABLED") ||
                                    status.startsWith(QLatin1String("FAILED"))));
}

} // namespace dyna::views
