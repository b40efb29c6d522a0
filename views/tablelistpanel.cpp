#include "tablelistpanel.h"

#include "errorpane.h"
#include "tablelistmodel.h"

#include "aws/awsclient.h"
#include "dynamo/pagination.h"
#include "session/session.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace dyna::views {

TableListPanel::TableListPanel(session::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new models::TableListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_refresh(new QToolButton(this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
    , m_error(new ErrorPane(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_filter->setPlaceholderText(tr("Filter tables"));
    m_filter->setClearButtonEnabled(true);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("List the tables again"));
    m_status->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QToolButton::clicked, this, &TableListPanel::refresh);
    connect(m_session, &session::Session::connectionChanged, this, &TableListPanel::refresh);
    // A profile that could not connect: say why here, where the user looks for the tables.
    connect(m_session, &session::Session::connectionFailed, this,
            [this](const aws::AwsError &error) { m_error->showError(error); });
    connect(m_error, &ErrorPane::reconnectRequested, m_session, &session::Session::reconnect);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentTableChanged(current.data().toString());
            });
}

QString TableListPanel::currentTable() const
{
    return m_list->currentIndex().data().toString();
}

void TableListPanel::selectRow(int row)
{
    m_list->setCurrentIndex(m_proxy->index(row, 0));
}

QString TableListPanel::statusText() const
{
    return m_status->text();
}

void TableListPanel::refresh()
{
    if (m_job) {
        m_job->cancel();
        m_job->deleteLater();
    }
    m_model->clear();
    m_error->clear();
    if (!m_session->client()) {
        m_status->setText(tr("Not connected."));
        return;
    }
    m_status->setText(tr("Loading tables…"));
    auto *job = new dynamo::PaginatedJob(m_session->client(), aws::Service::DynamoDb,
                                         QStringLiteral("ListTables"),
                                         {{QStringLiteral("Limit"), 100}}, this);
    m_job = job;
    connect(job, &dynamo::PaginatedJob::page, this,
            [this](dynamo::PaginatedJob *, const QJsonObject &response) { onPage(response); });
    connect(job, &aws::Job::finished, this, [this, job] { onFinished(job); });
    job->start();
}

void TableListPanel::onPage(const QJsonObject &response)
{
    QStringList names;
    const QJsonArray tableNames = response.value(QStringLiteral("TableNames")).toArray();
    names.reserve(tableNames.size());
    for (const auto &name : tableNames)
        names.append(name.toString());
    m_model->appendTableNames(names);
    m_status->setText(tr("Loading tables… %1 so far").arg(m_model->rowCount()));
}

void TableListPanel::onFinished(dynamo::PaginatedJob *job)
{
    // A job replaced by a newer refresh is not ours to report.
    if (job != m_job)
        return;
    job->deleteLater();
    const int count = m_model->rowCount();
    if (job->error().isError()) {
        if (job->error().kind == aws::ErrorKind::Cancelled)
            return;
        const bool credentialsProblem = job->error().kind == aws::ErrorKind::Auth;
        m_error->showError(job->error(), credentialsProblem && m_session->canReconnect());
        m_status->setText(tr("Tables listed before the error: %1").arg(count));
    } else {
        m_status->setText(tr("Tables: %1").arg(count));
        if (count == 0 && m_session->isLocal()) {
            m_error->showNotice(
                tr("This local endpoint has no tables. If you expected some: DynamoDB Local "
                   "keeps a separate database per access key and region unless it was started "
                   "with -sharedDb, so tables created by another tool may be invisible here."));
        }
    }
    Q_EMIT loaded(count);
}

} // namespace dyna::views
