#include "updatetabledialog.h"

#include "createtabledialog.h"
#include "errorpane.h"
#include "theme.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "dynamo/tablewaiter.h"
#include "session/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dyna::views {

namespace {

QSpinBox *spin(QWidget *parent, const QString &objectName, qint64 value)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(0, 1000000);
    box->setValue(int(value));
    return box;
}

// Provisioned capacity, or the on-demand maximum, of a table or index description.
dynamo::Throughput throughputOf(const QJsonObject &object, bool provisioned)
{
    if (provisioned) {
        const QJsonObject capacity =
            object.value(QStringLiteral("ProvisionedThroughput")).toObject();
        return {capacity.value(QStringLiteral("ReadCapacityUnits")).toInteger(),
                capacity.value(QStringLiteral("WriteCapacityUnits")).toInteger()};
    }
    const QJsonObject limits = object.value(QStringLiteral("OnDemandThroughput")).toObject();
    return {limits.value(QStringLiteral("MaxReadRequestUnits")).toInteger(),
            limits.value(QStringLiteral("MaxWriteRequestUnits")).toInteger()};
}

} // namespace

UpdateTableDialog::UpdateTableDialog(session::Session *session, const QJsonObject &table,
                                     QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(table)
    , m_tableName(table.value(QStringLiteral("TableName")).toString())
    , m_billing(new QComboBox(this))
    , m_newIndexes(new IndexEditor(false, this))
    , m_stream(new QCheckBox(tr("Enable a stream"), this))
    , m_streamView(new QComboBox(this))
    , m_tableClass(new QComboBox(this))
    , m_deletionProtection(new QCheckBox(tr("Protect from deletion"), this))
    , m_fieldError(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_error(new ErrorPane(this))
    , m_apply(new QPushButton(tr("Apply"), this))
{
    setWindowTitle(tr("Update table %1").arg(m_tableName));
    m_stream->setToolTip(tr("Keep every change to the items for 24 hours, for the Streams tab "
                            "and triggers."));
    m_deletionProtection->setToolTip(tr("While on, deleting the table fails until it is turned "
                                        "off."));
    const bool provisioned = table.value(QStringLiteral("BillingModeSummary"))
                                 .toObject()
                                 .value(QStringLiteral("BillingMode"))
                                 .toString() != QLatin1String("PAY_PER_REQUEST");
    m_billing->setObjectName(QStringLiteral("billingMode"));
    m_billing->addItem(tr("On-demand"), int(dynamo::BillingMode::PayPerRequest));
    m_billing->addItem(tr("Provisioned"), int(dynamo::BillingMode::Provisioned));
    m_billing->setCurrentIndex(provisioned ? 1 : 0);
    const dynamo::Throughput current = throughputOf(table, provisioned);
    m_read = spin(this, QStringLiteral("readCapacity"), current.read);
    m_write = spin(this, QStringLiteral("writeCapacity"), current.write);

    auto *capacity =
        new QGroupBox(tr("Capacity (on-demand: maximum request units, 0 = none)"), this);
    auto *capacityForm = new QFormLayout(capacity);
    capacityForm->addRow(tr("Billing"), m_billing);
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_read);
    tableRow->addWidget(m_write);
    capacityForm->addRow(tr("Table read / write"), tableRow);
    for (const auto &value : table.value(QStringLiteral("GlobalSecondaryIndexes")).toArray()) {
        const QJsonObject index = value.toObject();
        const QString name = index.value(QStringLiteral("IndexName")).toString();
        const dynamo::Throughput indexThroughput = throughputOf(index, provisioned);
        IndexRow indexRow{spin(this, QStringLiteral("indexRead_") + name, indexThroughput.read),
                          spin(this, QStringLiteral("indexWrite_") + name, indexThroughput.write),
                          new QCheckBox(tr("Delete"), this)};
        indexRow.remove->setObjectName(QStringLiteral("deleteIndex_") + name);
        auto *line = new QHBoxLayout;
        line->addWidget(indexRow.read);
        line->addWidget(indexRow.write);
        line->addWidget(indexRow.remove);
        capacityForm->addRow(tr("Index %1").arg(name), line);
        m_indexRows.insert(name, indexRow);
        m_indexOrder.append(name);
    }

    auto *newIndexes = new QGroupBox(tr("New global secondary indexes"), this);
    auto *newIndexesLayout = new QVBoxLayout(newIndexes);
    newIndexesLayout->addWidget(m_newIndexes);

    const QJsonObject stream = table.value(QStringLiteral("StreamSpecification")).toObject();
    m_stream->setObjectName(QStringLiteral("streamEnabled"));
    m_stream->setChecked(stream.value(QStringLiteral("StreamEnabled")).toBool());
    m_streamView->setObjectName(QStringLiteral("streamViewType"));
    m_streamView->addItems({QStringLiteral("NEW_AND_OLD_IMAGES"), QStringLiteral("NEW_IMAGE"),
                            QStringLiteral("OLD_IMAGE"), QStringLiteral("KEYS_ONLY")});
    if (m_stream->isChecked())
        m_streamView->setCurrentText(stream.value(QStringLiteral("StreamViewType")).toString());
    m_streamView->setEnabled(m_stream->isChecked());
    connect(m_stream, &QCheckBox::toggled, m_streamView, &QWidget::setEnabled);
    m_tableClass->setObjectName(QStringLiteral("tableClass"));
    m_tableClass->addItems(
        {QStringLiteral("STANDARD"), QStringLiteral("STANDARD_INFREQUENT_ACCESS")});
    m_tableClass->setCurrentText(table.value(QStringLiteral("TableClassSummary"))
                                     .toObject()
                                     .value(QStringLiteral("TableClass"))
                                     .toString(QStringLiteral("STANDARD")));
    m_deletionProtection->setObjectName(QStringLiteral("deletionProtection"));
    m_deletionProtection->setChecked(
        table.value(QStringLiteral("DeletionProtectionEnabled")).toBool());
    auto *settings = new QGroupBox(tr("Settings"), this);
    auto *settingsForm = new QFormLayout(settings);
    auto *streamRow = new QHBoxLayout;
    streamRow->addWidget(m_stream);
    streamRow->addWidget(m_streamView, 1);
    settingsForm->addRow(tr("Stream"), streamRow);
    settingsForm->addRow(tr("Table class"), m_tableClass);
    settingsForm->addRow(QString(), m_deletionProtection);

    m_fieldError->setObjectName(QStringLiteral("fieldError"));
    m_fieldError->setWordWrap(true);
    setTextTone(m_fieldError, Tone::ErrorText);
    m_fieldError->hide();
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setWordWrap(true);
    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    connect(m_apply, &QPushButton::clicked, this, &UpdateTableDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(capacity);
    layout->addWidget(newIndexes, 1);
    layout->addWidget(settings);
    layout->addWidget(m_fieldError);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
}

dynamo::TableUpdate UpdateTableDialog::update() const
{
    dynamo::TableUpdate update;
    update.tableName = m_tableName;
    update.billingMode = dynamo::BillingMode(m_billing->currentData().toInt());
    update.throughput = dynamo::Throughput{m_read->value(), m_write->value()};
    for (const QString &name : m_indexOrder) {
        const IndexRow &indexRow = m_indexRows.value(name);
        if (indexRow.remove->isChecked())
            update.deleteIndexes.append(name);
        else
            update.indexThroughput.append(
                {name, dynamo::Throughput{indexRow.read->value(), indexRow.write->value()}});
    }
    update.createIndexes = m_newIndexes->globalIndexes();
    update.streamEnabled = m_stream->isChecked();
    update.streamViewType = m_streamView->currentText();
    update.tableClass = m_tableClass->currentText();
    update.deletionProtection = m_deletionProtection->isChecked();
    return update;
}

QString UpdateTableDialog::progressText() const
{
    return m_progress->text();
}

void UpdateTableDialog::setBusy(bool busy)
{
    m_apply->setEnabled(!busy);
}

void UpdateTableDialog::fail(const QString &sentence)
{
    m_fieldError->setText(sentence);
    m_fieldError->setVisible(!sentence.isEmpty());
}

void UpdateTableDialog::apply()
{
    fail({});
    m_error->clear();
    m_progress->clear();
    QString error;
    m_steps = dynamo::updateTableRequests(m_table, update(), &error);
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    if (m_steps.isEmpty()) {
        m_progress->setText(tr("Nothing to change."));
        return;
    }
    if (!m_session || !m_session->client()) {
        fail(tr("Connect to an account or DynamoDB Local first."));
        return;
    }
    setBusy(true);
    runStep(0);
}

void UpdateTableDialog::runStep(int index)
{
    aws::AwsClient *client = m_session ? m_session->client() : nullptr;
    if (!client) {
        setBusy(false);
        fail(tr("The connection was closed before the update finished."));
        return;
    }
    if (index >= m_steps.size()) {
        m_progress->setText(tr("Table %1 is updated and ACTIVE.").arg(m_tableName));
        Q_EMIT tableUpdated(m_tableName);
        accept();
        return;
    }
    const int total = int(m_steps.size());
    const QString stepText = tr("Step %1 of %2: %3").arg(index + 1).arg(total);
    m_progress->setText(stepText.arg(m_steps.at(index).description));
    auto *job = client->call(aws::Service::DynamoDb, QStringLiteral("UpdateTable"),
                             m_steps.at(index).input);
    m_job = job;
    connect(job, &aws::Job::finished, this, [this, job, client, index, stepText] {
        if (job->error().isError()) {
            setBusy(false);
            m_error->showError(job->error(), job->error().kind == aws::ErrorKind::Auth &&
                                                 m_session && m_session->canReconnect());
            return;
        }
        auto *waiter = new dynamo::TableWaiter(client, m_tableName,
                                               dynamo::TableWaiter::Condition::Exists, this);
        waiter->setAutoDelete(true);
        m_job = waiter;
        connect(
            waiter, &dynamo::TableWaiter::progress, this,
            [this, stepText](const QString &status) { m_progress->setText(stepText.arg(status)); });
        connect(waiter, &aws::Job::finished, this, [this, waiter, index] {
            // Later steps (and a retry after a failure) start from what DynamoDB now reports.
            if (!waiter->table().isEmpty())
                m_table = waiter->table();
            if (waiter->error().isError()) {
                setBusy(false);
                m_error->showError(waiter->error());
                return;
            }
            runStep(index + 1);
        });
        waiter->start();
    });
    job->start();
}

} // namespace dyna::views
