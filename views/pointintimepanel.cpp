#include "pointintimepanel.h"

#include "confirmdialog.h"
#include "errorpane.h"
#include "restoretabledialog.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "session/session.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dyna::views {

namespace {

const QString dateFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

} // namespace

PointInTimePanel::PointInTimePanel(session::Session *session, QWidget *parent)
    : OperationsPage(parent)
    , m_session(session)
    , m_title(new QLabel(tr("Select a table"), this))
    , m_status(new QLabel(this))
    , m_window(new QLabel(this))
    , m_error(new ErrorPane(this))
    , m_enable(new QPushButton(tr("Turn on"), this))
    , m_disable(new QPushButton(tr("Turn off…"), this))
    , m_restore(new QPushButton(tr("Restore to a point in time…"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
{
    styleTitle(m_title);
    m_status->setObjectName(QStringLiteral("status"));
    m_window->setObjectName(QStringLiteral("window"));
    m_window->setWordWrap(true);
    m_window->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_enable->setObjectName(QStringLiteral("enableButton"));
    m_disable->setObjectName(QStringLiteral("disableButton"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Point-in-time recovery"), m_status);
    form->addRow(tr("Restorable window"), m_window);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_enable);
    buttons->addWidget(m_disable);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_enable, &QPushButton::clicked, this, [this] {
        call(QStringLiteral("UpdateContinuousBackups"),
             dynamo::updateContinuousBackupsInput(m_tableName, true));
    });
    connect(m_disable, &QPushButton::clicked, this, &PointInTimePanel::disableRecovery);
    connect(m_restore, &QPushButton::clicked, this, &PointInTimePanel::restore);
    connect(m_refresh, &QPushButton::clicked, this, &PointInTimePanel::refresh);
    connect(m_error, &ErrorPane::reconnectRequested, m_session, &session::Session::reconnect);
    // No reading here: the Operations tab shows the page again when it is in front.
    connect(m_session, &session::Session::connectionChanged, this, [this] {
        m_unsupported = false;
        updateActions();
    });
    updateActions();
}

QString PointInTimePanel::statusText() const
{
    return m_status->text();
}

QString PointInTimePanel::windowText() const
{
    return m_window->text();
}

void PointInTimePanel::showTable(const QString &tableName)
{
    m_tableName = tableName;
    m_title->setText(tableName.isEmpty() ? tr("Select a table")
                                         : tr("Point-in-time recovery of %1").arg(tableName));
    refresh();
}

void PointInTimePanel::refresh()
{
    m_known = false;
    m_recovery = {};
    m_status->clear();
    m_window->clear();
    m_error->clear();
    if (m_tableName.isEmpty()) {
        if (m_job)
            m_job->cancel();
        updateActions();
        return;
    }
    call(QStringLiteral("DescribeContinuousBackups"),
         dynamo::describeContinuousBackupsInput(m_tableName));
}

void PointInTimePanel::call(const QString &operation, const QJsonObject &input)
{
    if (m_job)
        m_job->cancel();
    if (!m_session->client() || m_tableName.isEmpty()) {
        updateActions();
        return;
    }
    auto *job = m_session->client()->call(aws::Service::DynamoDb, operation, input);
    job->setAutoDelete(true);
    m_job = job;
    const QString tableName = m_tableName;
    const quint64 generation = m_session->generation();
    connect(job, &aws::Job::finished, this, [this, job, tableName, generation] {
        if (tableName != m_tableName || generation != m_session->generation() ||
            job->error().kind == aws::ErrorKind::Cancelled)
            return;
        m_job.clear();
        if (job->error().isError())
            showFailure(job->error());
        else
            showRecovery(dynamo::PointInTimeRecovery::fromResponse(job->response()));
        updateActions();
        Q_EMIT updated();
    });
    updateActions();
    job->start();
}

void PointInTimePanel::showRecovery(const dynamo::PointInTimeRecovery &recovery)
{
    m_known = true;
    m_recovery = recovery;
    m_status->setText(recovery.status.isEmpty() ? QStringLiteral("DISABLED") : recovery.status);
    if (recovery.isEnabled() && recovery.earliest.isValid() && recovery.latest.isValid())
        m_window->setText(tr("%1 to %2")
                              .arg(recovery.earliest.toLocalTime().toString(dateFormat),
                                   recovery.latest.toLocalTime().toString(dateFormat)));
    else
        m_window->setText(tr("None: turn point-in-time recovery on to restore to any second "
                             "from then on (up to 35 days back)."));
}

void PointInTimePanel::showFailure(const aws::AwsError &error)
{
    if (error.kind == aws::ErrorKind::Unsupported)
        m_unsupported = true;
    m_error->showError(error, error.kind == aws::ErrorKind::Auth && m_session->canReconnect());
}

void PointInTimePanel::disableRecovery()
{
    ConfirmDialog::ask(this, tr("Turn off point-in-time recovery"),
                       tr("Turn off point-in-time recovery for %1? The restorable window is "
                          "lost; turning it on again starts a new window from that moment.")
                           .arg(m_tableName),
                       m_tableName, tr("Turn off"), false, [this] {
                           call(QStringLiteral("UpdateContinuousBackups"),
                                dynamo::updateContinuousBackupsInput(m_tableName, false));
                       });
}

void PointInTimePanel::restore()
{
    if (!m_recovery.isEnabled())
        return;
    auto *dialog = new RestoreTableDialog(m_session, m_tableName, m_recovery, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPollInterval(m_pollMs);
    connect(dialog, &RestoreTableDialog::tableCreated, this, &OperationsPage::tableCreated);
    dialog->open();
}

void PointInTimePanel::updateActions()
{
    const bool usable = m_session->client() && !m_tableName.isEmpty() && !m_unsupported;
    const bool idle = !m_job;
    m_enable->setEnabled(usable && idle && m_known && !m_recovery.isEnabled());
    m_disable->setEnabled(usable && idle && m_known && m_recovery.isEnabled());
    m_restore->setEnabled(usable && idle && m_known && m_recovery.isEnabled());
    m_refresh->setEnabled(usable);
}

} // namespace dyna::views
