#include "s3transferpanel.h"

#include "emptystate.h"
#include "errorpane.h"
#include "s3transfermodel.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "dynamo/pagination.h"
#include "session/session.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace dyna::views {

S3TransferPanel::S3TransferPanel(session::Session *session, models::S3TransferModel *model,
                                 const Names &names, QWidget *parent)
    : OperationsPage(parent)
    , m_session(session)
    , m_model(model)
    , m_names(names)
    , m_title(new QLabel(names.title, this))
    , m_error(new ErrorPane(this))
    , m_action(new QPushButton(names.action, this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
    , m_poll(new QTimer(this))
    , m_buttons(new QHBoxLayout)
{
    m_model->setParent(this);
    styleTitle(m_title);
    m_action->setObjectName(names.actionObjectName);
    m_action->setToolTip(names.actionToolTip);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_view->setObjectName(names.viewObjectName);
    m_view->setAccessibleName(names.title);
    m_view->setTabKeyNavigation(false);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    new EmptyState(m_view, tr("None listed. Start one with %1 above.").arg(names.action));
    m_details->setObjectName(names.detailsObjectName);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_poll->setInterval(1000);
    m_poll->setObjectName(names.pollObjectName);

    m_buttons->addWidget(m_action);
    m_buttons->addWidget(m_refresh);
    m_buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_error);
    layout->addLayout(m_buttons);
    layout->addWidget(m_view, 2);
    layout->addWidget(m_details, 1);

    connect(m_refresh, &QPushButton::clicked, this, &S3TransferPanel::refresh);
    connect(m_poll, &QTimer::timeout, this, &S3TransferPanel::poll);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &S3TransferPanel::showDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &S3TransferPanel::showDetails);
    connect(m_error, &ErrorPane::reconnectRequested, m_session, &session::Session::reconnect);
    // No reading here: the Operations tab shows the page again when it is in front.
    connect(m_session, &session::Session::connectionChanged, this, [this] {
        m_supported = true;
        m_running.clear();
        m_describing.clear();
        m_model->clear();
        updateActions();
    });
}

void S3TransferPanel::offerTableFilter()
{
    m_onlyTable = new QCheckBox(tr("Only this table"), this);
    m_onlyTable->setObjectName(QStringLiteral("onlyThisTable"));
    m_onlyTable->setToolTip(tr("List only the transfers of the table chosen in the navigation"));
    m_onlyTable->setEnabled(false);
    m_buttons->insertWidget(2, m_onlyTable);
    connect(m_onlyTable, &QCheckBox::toggled, this, &S3TransferPanel::refresh);
}

void S3TransferPanel::setTableFilter(const QString &tableArn)
{
    if (tableArn == m_filterArn)
        return;
    m_filterArn = tableArn;
    if (!m_onlyTable)
        return;
    m_onlyTable->setEnabled(!tableArn.isEmpty());
    // Clearing the filter comes with a new table, whose page lists again anyway.
    if (m_onlyTable->isChecked() && !tableArn.isEmpty())
        refresh();
}

void S3TransferPanel::setPollInterval(int ms)
{
    m_poll->setInterval(ms);
}

void S3TransferPanel::refresh()
{
    if (m_list)
        m_list->cancel();
    updateActions();
    if (!m_session->client())
        return;
    m_error->clear();
    QJsonObject input;
    if (m_onlyTable && m_onlyTable->isChecked() && !m_filterArn.isEmpty())
        input.insert(QStringLiteral("TableArn"), m_filterArn);
    auto *job = new dynamo::PaginatedJob(m_session->client(), aws::Service::DynamoDb,
                                         m_names.listOperation, input, this);
    m_list = job;
    job->setAutoDelete(true);
    const quint64 generation = m_session->generation();
    auto pages = std::make_shared<QList<QJsonObject>>();
    connect(
        job, &dynamo::PaginatedJob::page, this,
        [pages](dynamo::PaginatedJob *, const QJsonObject &response) { pages->append(response); });
    connect(job, &aws::Job::finished, this, [this, job, generation, pages] {
        if (generation != m_session->generation() || job != m_list ||
            job->error().kind == aws::ErrorKind::Cancelled)
            return;
        if (job->error().isError()) {
            if (job->error().kind == aws::ErrorKind::Unsupported)
                m_supported = false;
            m_error->showError(job->error());
            updateActions();
            return;
        }
        m_supported = true;
        updateActions();
        const QString selected =
            m_model->data(m_view->currentIndex(), models::S3TransferModel::ArnRole).toString();
        // The summaries lack counts and sizes: describe each transfer once.
        const QStringList arns = setSummaries(*pages);
        for (const QString &arn : arns)
            describe(arn);
        const int row = m_model->rowOf(selected);
        if (row >= 0)
            m_view->selectRow(row);
        showDetails();
    });
    job->start();
}

void S3TransferPanel::watch(const QString &arn, bool final)
{
    m_view->selectRow(m_model->rowOf(arn));
    if (!final) {
        m_running.insert(arn);
        m_poll->start();
    }
    showDetails();
}

void S3TransferPanel::describe(const QString &arn)
{
    if (m_describing.contains(arn) || !m_session->client())
        return;
    m_describing.insert(arn);
    auto *job = m_session->client()->call(aws::Service::DynamoDb, m_names.describeOperation,
                                          {{m_names.arnKey, arn}});
    job->setAutoDelete(true);
    const quint64 generation = m_session->generation();
    connect(job, &aws::Job::finished, this,
            [this, job, generation] { onDescribed(job, generation); });
    job->start();
}

void S3TransferPanel::onDescribed(aws::RequestJob *job, quint64 generation)
{
    if (generation != m_session->generation())
        return;
    const QString arn = job->input().value(m_names.arnKey).toString();
    m_describing.remove(arn);
    const bool watched = m_running.remove(arn);
    if (job->error().isError()) {
        m_error->showError(job->error());
        return;
    }
    if (!applyDescription(job->response(), watched)) {
        m_running.insert(arn);
        m_poll->start();
    }
}

void S3TransferPanel::poll()
{
    if (m_running.isEmpty()) {
        m_poll->stop();
        return;
    }
    for (const QString &arn : std::as_const(m_running))
        describe(arn);
}

void S3TransferPanel::showDetails()
{
    m_details->setText(detailsText(m_view->currentIndex().row()));
}

void S3TransferPanel::updateActions()
{
    m_action->setEnabled(m_supported && canStart() && m_session->client() &&
                         !m_session->isReadOnly());
    m_refresh->setEnabled(m_supported);
}

} // namespace dyna::views
