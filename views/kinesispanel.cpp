#include "kinesispanel.h"

#include "confirmdialog.h"
#include "errorpane.h"
#include "theme.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "dynamo/kinesisdestinations.h"
#include "session/session.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace dyna::views {

namespace {

enum Column { ArnColumn, StatusColumn, PrecisionColumn, DescriptionColumn, ColumnCount };

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

KinesisPanel::KinesisPanel(session::Session *session, QWidget *parent)
    : OperationsPage(parent)
    , m_session(session)
    , m_title(new QLabel(tr("Select a table"), this))
    , m_error(new ErrorPane(this))
    , m_destinations(new QTableWidget(0, ColumnCount, this))
    , m_streamArn(new QLineEdit(this))
    , m_arnProblem(new QLabel(this))
    , m_precision(new QComboBox(this))
    , m_enable(new QPushButton(tr("Enable streaming"), this))
    , m_update(new QPushButton(tr("Change precision"), this))
    , m_disable(new QPushButton(tr("Disable…"), this))
    , m_poll(new QTimer(this))
{
    styleTitle(m_title);

    m_destinations->setObjectName(QStringLiteral("destinations"));
    m_destinations->setAccessibleName(tr("Kinesis streaming destinations"));
    m_destinations->setHorizontalHeaderLabels(
        {tr("Kinesis data stream"), tr("Status"), tr("Creation time precision"), tr("Details")});
    m_destinations->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_destinations->horizontalHeader()->setStretchLastSection(true);
    m_destinations->verticalHeader()->hide();
    m_destinations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_destinations->setSelectionMode(QAbstractItemView::SingleSelection);

    m_streamArn->setObjectName(QStringLiteral("streamArnEdit"));
    m_streamArn->setAccessibleName(tr("Kinesis data stream ARN"));
    m_streamArn->setPlaceholderText(
        QStringLiteral("arn:aws:kinesis:us-east-1:123456789012:stream/orders"));
    m_streamArn->setClearButtonEnabled(true);
    m_arnProblem->setObjectName(QStringLiteral("arnProblem"));
    m_arnProblem->setWordWrap(true);
    setTextTone(m_arnProblem, Tone::ErrorText);
    m_arnProblem->hide();
    m_precision->setObjectName(QStringLiteral("precisionCombo"));
    m_precision->setAccessibleName(tr("Approximate creation time precision"));
    m_precision->addItem(tr("Milliseconds"), QStringLiteral("MILLISECOND"));
    m_precision->addItem(tr("Microseconds"), QStringLiteral("MICROSECOND"));
    m_enable->setObjectName(QStringLiteral("enableButton"));
    m_update->setObjectName(QStringLiteral("updateButton"));
    m_update->setToolTip(tr("Apply the chosen precision to the selected destination"));
    m_disable->setObjectName(QStringLiteral("disableButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Stream ARN"), m_streamArn);
    form->addRow(QString(), m_arnProblem);
    form->addRow(tr("Creation time precision"), m_precision);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_enable);
    buttons->addWidget(m_update);
    buttons->addStretch(1);
    buttons->addWidget(m_disable);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_error);
    layout->addWidget(m_destinations, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    m_poll->setSingleShot(true);
    m_poll->setInterval(1000);
    connect(m_poll, &QTimer::timeout, this, &KinesisPanel::describe);
    connect(m_enable, &QPushButton::clicked, this, &KinesisPanel::enableStreaming);
    connect(m_update, &QPushButton::clicked, this, &KinesisPanel::changePrecision);
    connect(m_disable, &QPushButton::clicked, this, &KinesisPanel::askToDisable);
    connect(m_streamArn, &QLineEdit::textChanged, this, [this] {
        m_arnProblem->hide();
        updateActions();
    });
    connect(m_destinations, &QTableWidget::itemSelectionChanged, this,
            &KinesisPanel::updateActions);
    connect(m_error, &ErrorPane::reconnectRequested, m_session, &session::Session::reconnect);
    connect(m_session, &session::Session::connectionChanged, this, [this] { showTable({}); });
    updateActions();
}

void KinesisPanel::setPollInterval(int ms)
{
    m_poll->setInterval(ms);
}

void KinesisPanel::showTable(const QString &tableName)
{
    m_tableName = tableName;
    m_title->setText(tableName.isEmpty() ? tr("Select a table")
                                         : tr("Kinesis streaming of %1").arg(tableName));
    m_destinations->setRowCount(0);
    m_error->clear();
    m_noticeShown = false;
    m_supported = true;
    refresh();
}

void KinesisPanel::refresh()
{
    m_poll->stop();
    describe();
    updateActions();
}

void KinesisPanel::describe()
{
    if (m_describeJob)
        m_describeJob->cancel();
    if (m_tableName.isEmpty() || !m_session->client())
        return;
    auto *job = m_session->client()->call(aws::Service::DynamoDb,
                                          QStringLiteral("DescribeKinesisStreamingDestination"),
                                          {{QStringLiteral("TableName"), m_tableName}});
    m_describeJob = job;
    const quint64 generation = m_session->generation();
    connect(job, &aws::Job::finished, this,
            [this, job, generation] { onDescribed(job, generation); });
    job->start();
}

void KinesisPanel::onDescribed(aws::RequestJob *job, quint64 generation)
{
    if (job != m_describeJob || generation != m_session->generation() ||
        job->input().value(QStringLiteral("TableName")).toString() != m_tableName ||
        job->error().kind == aws::ErrorKind::Cancelled)
        return;
    if (job->error().isError()) {
        m_supported = job->error().kind != aws::ErrorKind::Unsupported;
        m_noticeShown = false;
        m_error->showError(job->error(),
                           job->error().kind == aws::ErrorKind::Auth && m_session->canReconnect());
        updateActions();
        Q_EMIT described();
        return;
    }
    const QString selected = selectedStreamArn();
    const auto destinations = dynamo::parseKinesisDestinations(job->response()).destinations;
    m_destinations->setRowCount(0);
    bool transitional = false;
    for (const auto &destination : destinations) {
        const int row = m_destinations->rowCount();
        m_destinations->insertRow(row);
        m_destinations->setItem(row, ArnColumn, cell(destination.streamArn));
        m_destinations->setItem(row, StatusColumn, cell(destination.statusText));
        m_destinations->setItem(row, PrecisionColumn,
                                cell(destination.creationTimePrecision.isEmpty()
                                         ? tr("MILLISECOND (default)")
                                         : destination.creationTimePrecision));
        m_destinations->setItem(row, DescriptionColumn, cell(destination.statusDescription));
        if (destination.streamArn == selected)
            m_destinations->selectRow(row);
        transitional = transitional || destination.isTransitional();
    }
    // Only the notice goes away by itself: an error stays until the user acts again.
    if (destinations.isEmpty()) {
        m_error->showNotice(
            tr("Table %1 does not stream to any Kinesis data stream.").arg(m_tableName));
        m_noticeShown = true;
    } else if (m_noticeShown) {
        m_error->clear();
        m_noticeShown = false;
    }
    if (transitional)
        m_poll->start();
    updateActions();
    Q_EMIT described();
}

void KinesisPanel::enableStreaming()
{
    const QString arn = m_streamArn->text().trimmed();
    if (!dynamo::kinesisStreamArnProblem(arn).isEmpty()) {
        showArnProblem();
        return;
    }
    send(QStringLiteral("EnableKinesisStreamingDestination"),
         dynamo::enableKinesisDestinationInput(m_tableName, arn,
                                               m_precision->currentData().toString()));
}

void KinesisPanel::changePrecision()
{
    const QString arn = selectedStreamArn();
    if (arn.isEmpty())
        return;
    send(QStringLiteral("UpdateKinesisStreamingDestination"),
         dynamo::updateKinesisDestinationInput(m_tableName, arn,
                                               m_precision->currentData().toString()));
}

void KinesisPanel::askToDisable()
{
    const QString arn = selectedStreamArn();
    if (arn.isEmpty())
        return;
    const QString tableName = m_tableName;
    ConfirmDialog::ask(
        this, tr("Disable Kinesis streaming"),
        tr("Stop streaming the changes of table %1 to the Kinesis data stream %2? Neither the "
           "table nor the stream is deleted; you can enable streaming again later.")
            .arg(tableName, arn),
        arn, tr("Disable streaming"), false, [this, arn, tableName] {
            if (tableName == m_tableName)
                disableStreaming(arn);
        });
}

void KinesisPanel::disableStreaming(const QString &streamArn)
{
    send(QStringLiteral("DisableKinesisStreamingDestination"),
         dynamo::disableKinesisDestinationInput(m_tableName, streamArn));
}

void KinesisPanel::send(const QString &operation, const QJsonObject &input)
{
    if (!m_session->client() || m_changeJob)
        return;
    m_error->clear();
    m_noticeShown = false;
    auto *job = m_session->client()->call(aws::Service::DynamoDb, operation, input);
    m_changeJob = job;
    const QString tableName = m_tableName;
    const quint64 generation = m_session->generation();
    connect(job, &aws::Job::finished, this, [this, job, tableName, generation, operation] {
        m_changeJob = nullptr;
        if (generation != m_session->generation() || tableName != m_tableName) {
            updateActions();
            return;
        }
        if (job->error().isError()) {
            if (job->error().kind == aws::ErrorKind::Unsupported)
                m_supported = false;
            m_noticeShown = false;
            m_error->showError(job->error(), job->error().kind == aws::ErrorKind::Auth &&
                                                 m_session->canReconnect());
        } else if (operation == QLatin1String("EnableKinesisStreamingDestination")) {
            m_streamArn->clear();
        }
        updateActions();
        refresh();
    });
    updateActions();
    job->start();
}

QString KinesisPanel::selectedStreamArn() const
{
    const auto rows = m_destinations->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_destinations->item(rows.first().row(), ArnColumn)->text();
}

QString KinesisPanel::selectedStatus() const
{
    const auto rows = m_destinations->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_destinations->item(rows.first().row(), StatusColumn)->text();
}

void KinesisPanel::updateActions()
{
    const bool ready = m_supported && !m_tableName.isEmpty() && m_session->client() && !m_changeJob;
    const QString status = selectedStatus();
    m_streamArn->setEnabled(m_supported && !m_tableName.isEmpty());
    m_precision->setEnabled(m_supported && !m_tableName.isEmpty());
    m_enable->setEnabled(ready && !m_streamArn->text().trimmed().isEmpty());
    m_update->setEnabled(ready && status == QLatin1String("ACTIVE"));
    m_disable->setEnabled(
        ready && (status == QLatin1String("ACTIVE") || status == QLatin1String("ENABLE_FAILED")));
}

void KinesisPanel::showArnProblem()
{
    m_arnProblem->setText(dynamo::kinesisStreamArnProblem(m_streamArn->text()));
    m_arnProblem->show();
    m_streamArn->setFocus();
}

} // namespace dyna::views
