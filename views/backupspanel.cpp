#include "backupspanel.h"

#include "confirmdialog.h"
#include "emptystate.h"
#include "errorpane.h"
#include "restoretabledialog.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "backuplistmodel.h"
#include "dynamo/backups.h"
#include "dynamo/pagination.h"
#include "session/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dyna::views {

namespace {

const QString dateFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

} // namespace

BackupsPanel::BackupsPanel(session::Session *session, QWidget *parent)
    : OperationsPage(parent)
    , m_session(session)
    , m_model(new models::BackupListModel(this))
    , m_title(new QLabel(tr("Backups of all tables"), this))
    , m_scope(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_timeRange(new QCheckBox(tr("Created between"), this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_backupName(new QLineEdit(this))
    , m_create(new QPushButton(tr("Create backup"), this))
    , m_error(new ErrorPane(this))
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_restore(new QPushButton(tr("Restore…"), this))
    , m_loadMore(new QPushButton(tr("Load more"), this))
    , m_poll(new QTimer(this))
{
    styleTitle(m_title);

    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->setAccessibleName(tr("Tables"));
    m_scope->addItem(tr("This table"));
    m_scope->addItem(tr("All tables"));
    m_type->setObjectName(QStringLiteral("backupType"));
    m_type->setAccessibleName(tr("Backup type"));
    m_type->addItem(tr("User backups"), int(dynamo::BackupListFilter::Type::User));
    m_type->addItem(tr("System backups"), int(dynamo::BackupListFilter::Type::System));
    m_type->addItem(tr("AWS Backup"), int(dynamo::BackupListFilter::Type::AwsBackup));
    m_type->addItem(tr("All types"), int(dynamo::BackupListFilter::Type::All));
    m_timeRange->setObjectName(QStringLiteral("timeRange"));
    const QDateTime now = QDateTime::currentDateTime();
    for (auto [edit, name, accessible, value] :
         {std::tuple{m_from, "fromTime", tr("Created from"), now.addDays(-7)},
          std::tuple{m_to, "toTime", tr("Created before"), now.addDays(1)}}) {
        edit->setObjectName(QLatin1String(name));
        edit->setAccessibleName(accessible);
        edit->setDisplayFormat(dateFormat);
        edit->setDateTime(value);
        edit->setEnabled(false);
    }
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_backupName->setObjectName(QStringLiteral("backupName"));
    m_backupName->setAccessibleName(tr("Backup name"));
    m_backupName->setPlaceholderText(tr("Backup name"));
    m_create->setObjectName(QStringLiteral("createButton"));
    m_view->setObjectName(QStringLiteral("backupsView"));
    m_view->setAccessibleName(tr("Backups"));
    m_view->setTabKeyNavigation(false);
    m_view->setModel(m_model);
    new EmptyState(m_view, tr("No backups listed. Make one with Create backup."));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(models::BackupListModel::Name,
                                                     QHeaderView::Stretch);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_loadMore->setObjectName(QStringLiteral("loadMoreButton"));
    m_poll->setInterval(m_pollMs);
    m_poll->setSingleShot(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_type);
    filters->addWidget(m_timeRange);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("and"), this));
    filters->addWidget(m_to);
    filters->addStretch(1);
    filters->addWidget(m_refresh);
    auto *create = new QHBoxLayout;
    create->addWidget(m_backupName, 1);
    create->addWidget(m_create);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_restore);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    actions->addWidget(m_loadMore);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_title);
    layout->addLayout(create);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addWidget(m_details);

    connect(m_timeRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
    });
    connect(m_refresh, &QPushButton::clicked, this, &BackupsPanel::refresh);
    connect(m_scope, &QComboBox::activated, this, &BackupsPanel::refresh);
    connect(m_type, &QComboBox::activated, this, &BackupsPanel::refresh);
    connect(m_create, &QPushButton::clicked, this, &BackupsPanel::createBackup);
    connect(m_backupName, &QLineEdit::returnPressed, this, &BackupsPanel::createBackup);
    connect(m_backupName, &QLineEdit::textChanged, this, &BackupsPanel::updateActions);
    connect(m_delete, &QPushButton::clicked, this, &BackupsPanel::deleteSelected);
    connect(m_restore, &QPushButton::clicked, this, &BackupsPanel::restoreSelected);
    connect(m_loadMore, &QPushButton::clicked, this, [this] { loadPage(true); });
    connect(m_poll, &QTimer::timeout, this, &BackupsPanel::pollCreating);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        describeSelected();
    });
    connect(m_error, &ErrorPane::reconnectRequested, m_session, &session::Session::reconnect);
    // No reading here: the Operations tab shows the page again when it is in front.
    connect(m_session, &session::Session::connectionChanged, this, [this] {
        m_unsupported = false;
        updateActions();
    });
    updateActions();
}

void BackupsPanel::setPollInterval(int ms)
{
    m_pollMs = ms;
    m_poll->setInterval(ms);
}

QString BackupsPanel::detailsText() const
{
    return m_details->text();
}

void BackupsPanel::showTable(const QString &tableName)
{
    m_tableName = tableName;
    m_scope->setCurrentIndex(tableName.isEmpty() ? 1 : 0);
    m_scope->setEnabled(!tableName.isEmpty());
    if (m_backupName->text().isEmpty() || !m_backupName->isModified())
        m_backupName->setText(
            tableName.isEmpty()
                ? QString()
                : QStringLiteral("%1-%2").arg(tableName, QDateTime::currentDateTime().toString(
                                                             QStringLiteral("yyyyMMdd-HHmmss"))));
    refresh();
}

void BackupsPanel::refresh()
{
    loadPage(false);
}

bool BackupsPanel::isCurrent(const QString &tableName, quint64 generation) const
{
    return tableName == m_tableName && generation == m_session->generation();
}

void BackupsPanel::showFailure(const aws::AwsError &error)
{
    if (error.kind == aws::ErrorKind::Unsupported)
        m_unsupported = true;
    m_error->showError(error, error.kind == aws::ErrorKind::Auth && m_session->canReconnect());
    updateActions();
}

void BackupsPanel::loadPage(bool more)
{
    if (m_listJob)
        m_listJob->cancel();
    const bool allTables = m_tableName.isEmpty() || m_scope->currentIndex() == 1;
    m_title->setText(allTables ? tr("Backups of all tables")
                               : tr("Backups of %1").arg(m_tableName));
    if (!more) {
        m_model->clear();
        m_nextToken = QJsonValue();
        m_details->clear();
        m_error->clear();
    }
    if (!m_session->client()) {
        updateActions();
        return;
    }
    dynamo::BackupListFilter filter;
    filter.tableName = allTables ? QString() : m_tableName;
    filter.type = dynamo::BackupListFilter::Type(m_type->currentData().toInt());
    if (m_timeRange->isChecked()) {
        filter.from = m_from->dateTime();
        filter.to = m_to->dateTime();
    }
    filter.limit = m_pageSize;
    const QString problem = filter.validate();
    if (!problem.isEmpty()) {
        m_error->showNotice(problem);
        return;
    }
    QJsonObject input = filter.toInput();
    if (more && !m_nextToken.isUndefined() && !m_nextToken.isNull())
        input.insert(QStringLiteral("ExclusiveStartBackupArn"), m_nextToken);
    auto *job = new dynamo::PaginatedJob(m_session->client(), aws::Service::DynamoDb,
                                         QStringLiteral("ListBackups"), input, this);
    job->setAutoDelete(true);
    job->setMaxPages(1);
    m_listJob = job;
    const QString tableName = m_tableName;
    const quint64 generation = m_session->generation();
    connect(job, &dynamo::PaginatedJob::page, this,
            [this, tableName, generation](dynamo::PaginatedJob *, const QJsonObject &response) {
                if (isCurrent(tableName, generation))
                    m_model->appendPage(response);
            });
    connect(job, &aws::Job::finished, this, [this, job, tableName, generation] {
        if (!isCurrent(tableName, generation) || job->error().kind == aws::ErrorKind::Cancelled)
            return;
        m_listJob.clear();
        if (job->error().isError()) {
            showFailure(job->error());
        } else {
            m_nextToken = job->isComplete() ? QJsonValue() : job->nextToken();
            bool creating = false;
            for (int row = 0; row < m_model->rowCount(); ++row)
                creating = creating || m_model->backup(row).status == QLatin1String("CREATING");
            if (creating)
                m_poll->start();
        }
        updateActions();
        Q_EMIT listed();
    });
    updateActions();
    job->start();
}

void BackupsPanel::createBackup()
{
    const QString name = m_backupName->text().trimmed();
    if (m_tableName.isEmpty() || !m_session->client() || m_createJob)
        return;
    if (!dynamo::isValidName(name)) {
        m_error->showNotice(tr("A backup name must be 3 to 255 letters, digits, underscores (_), "
                               "hyphens (-) or dots (.)."));
        return;
    }
    m_error->clear();
    auto *job = m_session->client()->call(aws::Service::DynamoDb, QStringLiteral("CreateBackup"),
                                          dynamo::createBackupInput(m_tableName, name));
    job->setAutoDelete(true);
    m_createJob = job;
    updateActions();
    const QString tableName = m_tableName;
    const quint64 generation = m_session->generation();
    connect(job, &aws::Job::finished, this, [this, job, tableName, generation] {
        m_createJob.clear();
        if (!isCurrent(tableName, generation))
            return;
        if (job->error().isError()) {
            showFailure(job->error());
            return;
        }
        m_backupName->clear();
        m_backupName->setModified(false);
        refresh();
    });
    job->start();
}

QString BackupsPanel::selectedArn() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString()
                          : rows.first().data(models::BackupListModel::BackupArnRole).toString();
}

void BackupsPanel::describeSelected()
{
    const QString arn = selectedArn();
    m_details->clear();
    if (arn.isEmpty() || !m_session->client())
        return;
    auto *job = m_session->client()->call(aws::Service::DynamoDb, QStringLiteral("DescribeBackup"),
                                          {{QStringLiteral("BackupArn"), arn}});
    job->setAutoDelete(true);
    const quint64 generation = m_session->generation();
    connect(job, &aws::Job::finished, this, [this, job, arn, generation] {
        if (generation != m_session->generation() || selectedArn() != arn)
            return;
        if (job->error().isError()) {
            showFailure(job->error());
            return;
        }
        const auto details = dynamo::BackupDetails::fromJson(
            job->response().value(QStringLiteral("BackupDescription")).toObject());
        m_model->updateBackup(details.backup);
        const QLocale locale;
        QStringList lines{
            tr("Backup %1 (%2, %3)")
                .arg(details.backup.backupName, details.backup.type, details.backup.status),
            tr("ARN: %1").arg(details.backup.backupArn),
            tr("Source table: %1, %2 items, %3")
                .arg(details.backup.tableName,
                     locale.toString(
                         details.sourceTable.value(QStringLiteral("ItemCount")).toInteger()),
                     locale.formattedDataSize(
                         details.sourceTable.value(QStringLiteral("TableSizeBytes")).toInteger())),
            tr("Created: %1").arg(details.backup.created.toLocalTime().toString(dateFormat))};
        if (details.backup.expires.isValid())
            lines.append(
                tr("Expires: %1").arg(details.backup.expires.toLocalTime().toString(dateFormat)));
        m_details->setText(lines.join(QLatin1Char('\n')));
        Q_EMIT described();
    });
    job->start();
}

void BackupsPanel::pollCreating()
{
    if (!m_session->client())
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const dynamo::BackupSummary &backup = m_model->backup(row);
        if (backup.status != QLatin1String("CREATING"))
            continue;
        auto *job =
            m_session->client()->call(aws::Service::DynamoDb, QStringLiteral("DescribeBackup"),
                                      {{QStringLiteral("BackupArn"), backup.backupArn}});
        job->setAutoDelete(true);
        const quint64 generation = m_session->generation();
        connect(job, &aws::Job::finished, this, [this, job, generation] {
            if (generation != m_session->generation() || job->error().isError())
                return;
            const auto details = dynamo::BackupDetails::fromJson(
                job->response().value(QStringLiteral("BackupDescription")).toObject());
            m_model->updateBackup(details.backup);
            if (details.backup.status == QLatin1String("CREATING"))
                m_poll->start();
            updateActions();
        });
        job->start();
    }
}

void BackupsPanel::deleteSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const dynamo::BackupSummary backup = m_model->backup(rows.first().row());
    ConfirmDialog::ask(
        this, tr("Delete backup"),
        tr("Delete the backup %1 of table %2? It cannot be restored afterwards.")
            .arg(backup.backupName, backup.tableName),
        backup.backupName, tr("Delete backup"), true, [this, backup] {
            if (!m_session->client())
                return;
            auto *job =
                m_session->client()->call(aws::Service::DynamoDb, QStringLiteral("DeleteBackup"),
                                          {{QStringLiteral("BackupArn"), backup.backupArn}});
            job->setAutoDelete(true);
            const quint64 generation = m_session->generation();
            connect(job, &aws::Job::finished, this, [this, job, backup, generation] {
                if (generation != m_session->generation())
                    return;
                if (job->error().isError()) {
                    showFailure(job->error());
                    return;
                }
                m_model->removeBackup(backup.backupArn);
                m_details->setText(tr("Backup %1 was deleted.").arg(backup.backupName));
                updateActions();
            });
            job->start();
        });
}

void BackupsPanel::restoreSelected()
{
    const QString arn = selectedArn();
    if (arn.isEmpty())
        return;
    auto *dialog = new RestoreTableDialog(m_session, arn, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPollInterval(m_pollMs);
    connect(dialog, &RestoreTableDialog::tableCreated, this, &OperationsPage::tableCreated);
    dialog->open();
}

void BackupsPanel::updateActions()
{
    const bool connected = m_session->client() && !m_unsupported;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool available =
        !rows.isEmpty() && m_model->backup(rows.first().row()).status == QLatin1String("AVAILABLE");
    m_create->setEnabled(connected && !m_tableName.isEmpty() && !m_createJob &&
                         !m_backupName->text().trimmed().isEmpty());
    m_backupName->setEnabled(connected && !m_tableName.isEmpty());
    m_delete->setEnabled(connected && available);
    m_restore->setEnabled(connected && available);
    m_loadMore->setEnabled(connected && !m_listJob && !m_nextToken.isUndefined() &&
                           !m_nextToken.isNull());
    m_refresh->setEnabled(connected);
}

} // namespace dyna::views
