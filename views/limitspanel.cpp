#include "limitspanel.h"

#include "errorpane.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "dynamo/limits.h"
#include "session/session.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dyna::views {

namespace {

enum Column { WhatColumn, ValueColumn, MaximumColumn, PercentColumn, ColumnCount };

QTableWidgetItem *cell(const QString &text, bool number)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QLabel *valueLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("–"), parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

LimitsPanel::LimitsPanel(session::Session *session, QWidget *parent)
    : OperationsPage(parent)
    , m_session(session)
    , m_title(new QLabel(tr("Capacity limits"), this))
    , m_error(new ErrorPane(this))
    , m_accountRead(valueLabel("accountMaxRead", this))
    , m_accountWrite(valueLabel("accountMaxWrite", this))
    , m_tableRead(valueLabel("tableMaxRead", this))
    , m_tableWrite(valueLabel("tableMaxWrite", this))
    , m_note(new QLabel(this))
    , m_comparison(new QTableWidget(0, ColumnCount, this))
{
    styleTitle(m_title);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);

    m_comparison->setObjectName(QStringLiteral("comparisonTable"));
    m_comparison->setAccessibleName(tr("The table's capacity against the quotas"));
    m_comparison->setHorizontalHeaderLabels(
        {tr("Quota"), tr("This table"), tr("Maximum"), tr("Used")});
    m_comparison->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    for (int column = ValueColumn; column < ColumnCount; ++column)
        m_comparison->horizontalHeader()->setSectionResizeMode(column,
                                                               QHeaderView::ResizeToContents);
    m_comparison->verticalHeader()->hide();
    m_comparison->setSelectionMode(QAbstractItemView::NoSelection);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->addRow(tr("Account maximum, read capacity units"), m_accountRead);
    form->addRow(tr("Account maximum, write capacity units"), m_accountWrite);
    form->addRow(tr("Per-table maximum, read capacity units"), m_tableRead);
    form->addRow(tr("Per-table maximum, write capacity units"), m_tableWrite);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_comparison, 1);

    connect(m_error, &ErrorPane::reconnectRequested, m_session, &session::Session::reconnect);
}

void LimitsPanel::showTable(const QString &tableName)
{
    m_tableName = tableName;
    refresh();
}

void LimitsPanel::refresh()
{
    ++m_round;
    m_limits.reset();
    m_table.reset();
    m_error->clear();
    m_note->clear();
    m_comparison->setRowCount(0);
    m_title->setText(m_tableName.isEmpty() ? tr("Capacity limits")
                                           : tr("Capacity limits beside %1").arg(m_tableName));
    if (m_limitsJob)
        m_limitsJob->cancel();
    if (m_tableJob)
        m_tableJob->cancel();
    if (!m_session->client())
        return;
    const int round = m_round;
    const quint64 generation = m_session->generation();
    const auto call = [this, round, generation](const QString &operation, const QJsonObject &input,
                                                std::optional<QJsonObject> *answer) {
        auto *job = m_session->client()->call(aws::Service::DynamoDb, operation, input);
        connect(job, &aws::Job::finished, this, [this, job, round, generation, answer] {
            if (round != m_round || generation != m_session->generation() ||
                job->error().kind == aws::ErrorKind::Cancelled)
                return;
            if (job->error().isError())
                m_error->showError(job->error(), job->error().kind == aws::ErrorKind::Auth &&
                                                     m_session->canReconnect());
            else
                *answer = job->response();
            onAnswer();
        });
        job->start();
        return job;
    };
    m_pending = m_tableName.isEmpty() ? 1 : 2;
    m_limitsJob = call(QStringLiteral("DescribeLimits"), {}, &m_limits);
    if (!m_tableName.isEmpty())
        m_tableJob = call(QStringLiteral("DescribeTable"),
                          {{QStringLiteral("TableName"), m_tableName}}, &m_table);
}

void LimitsPanel::onAnswer()
{
    if (--m_pending > 0)
        return;
    showComparison();
    Q_EMIT described();
}

void LimitsPanel::showComparison()
{
    if (!m_limits)
        return;
    const QLocale locale;
    const auto limits = dynamo::parseDescribeLimits(*m_limits);
    m_accountRead->setText(locale.toString(limits.accountMaxRead));
    m_accountWrite->setText(locale.toString(limits.accountMaxWrite));
    m_tableRead->setText(locale.toString(limits.tableMaxRead));
    m_tableWrite->setText(locale.toString(limits.tableMaxWrite));
    if (!m_table) {
        m_note->setText(m_tableName.isEmpty()
                            ? tr("Select a table to see its capacity against these quotas.")
                            : QString());
        return;
    }
    const QJsonObject table = m_table->value(QStringLiteral("Table")).toObject();
    const auto comparison = dynamo::compareWithLimits(limits, table);
    const auto capacity = dynamo::provisionedCapacity(table);
    m_note->setText(comparison.onDemand
                        ? comparison.note
                        : tr("%1 provisions %2 read and %3 write capacity units, counting its "
                             "global secondary indexes.")
                              .arg(m_tableName, locale.toString(capacity.read),
                                   locale.toString(capacity.write)));
    for (const auto &row : comparison.rows) {
        const int index = m_comparison->rowCount();
        m_comparison->insertRow(index);
        m_comparison->setItem(index, WhatColumn, cell(row.what, false));
        m_comparison->setItem(
            index, ValueColumn,
            cell(row.tableValue ? locale.toString(*row.tableValue) : tr("on-demand"), true));
        m_comparison->setItem(index, MaximumColumn, cell(locale.toString(row.maximum), true));
        m_comparison->setItem(
            index, PercentColumn,
            cell(row.percent ? tr("%1 %").arg(locale.toString(*row.percent, 'f', 2)) : QString(),
                 true));
    }
}

} // namespace dyna::views
