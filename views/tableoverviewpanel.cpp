#include "tableoverviewpanel.h"

#include "errorpane.h"
#include "timetolivedialog.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "session/session.h"

#include <QDateTime>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace dyna::views {

namespace {

QString keySchemaText(const QJsonArray &keySchema, const QJsonArray &definitions)
{
    QStringList parts;
    for (const auto &value : keySchema) {
        const QJsonObject key = value.toObject();
        const QString name = key.value(QStringLiteral("AttributeName")).toString();
        QString type;
        for (const auto &definition : definitions) {
            if (definition.toObject().value(QStringLiteral("AttributeName")).toString() == name)
                type = definition.toObject().value(QStringLiteral("AttributeType")).toString();
        }
        const bool hash = key.value(QStringLiteral("KeyType")).toString() == QLatin1String("HASH");
        parts.append(QStringLiteral("%1 (%2, %3)")
                         .arg(name, type,
                              hash ? TableOverviewPanel::tr("partition key")
                                   : TableOverviewPanel::tr("sort key")));
    }
    return parts.join(QStringLiteral(", "));
}

QString attributeDefinitionsText(const QJsonArray &definitions)
{
    QStringList parts;
    for (const auto &value : definitions) {
        const QJsonObject definition = value.toObject();
        parts.append(QStringLiteral("%1 (%2)").arg(
            definition.value(QStringLiteral("AttributeName")).toString(),
            definition.value(QStringLiteral("AttributeType")).toString()));
    }
    return parts.join(QStringLiteral(", "));
}

QString throughputText(const QJsonObject &provisioned, const QJsonObject &onDemand,
                       bool onDemandBilling)
{
    if (onDemandBilling) {
        const qint64 read = onDemand.value(QStringLiteral("MaxReadRequestUnits")).toInteger(-1);
        const qint64 write = onDemand.value(QStringLiteral("MaxWriteRequestUnits")).toInteger(-1);
        if (read <= 0 && write <= 0)
            return TableOverviewPanel::tr("On-demand");
        const auto limit = [](qint64 units) {
            return units > 0 ? QString::number(units) : TableOverviewPanel::tr("no maximum");
        };
        return TableOverviewPanel::tr("On-demand, at most %1 read and %2 write request units/s")
            .arg(limit(read), limit(write));
    }
    return TableOverviewPanel::tr("Provisioned: %1 RCU, %2 WCU")
        .arg(provisioned.value(QStringLiteral("ReadCapacityUnits")).toInteger())
        .arg(provisioned.value(QStringLiteral("WriteCapacityUnits")).toInteger());
}

bool isOnDemand(const QJsonObject &table)
{
    return table.value(QStringLiteral("BillingModeSummary"))
               .toObject()
               .value(QStringLiteral("BillingMode"))
               .toString() == QLatin1String("PAY_PER_REQUEST");
}

QString capacityText(const QJsonObject &table)
{
    return throughputText(table.value(QStringLiteral("ProvisionedThroughput")).toObject(),
                          table.value(QStringLiteral("OnDemandThroughput")).toObject(),
                          isOnDemand(table));
}

QString indexText(const QJsonObject &index, bool global, const QJsonArray &definitions,
                  const QLocale &locale)
{
    const QJsonObject projection = index.value(QStringLiteral("Projection")).toObject();
    QString projected = projection.value(QStringLiteral("ProjectionType")).toString();
    const QJsonArray nonKey = projection.value(QStringLiteral("NonKeyAttributes")).toArray();
    if (!nonKey.isEmpty()) {
        QStringList names;
        for (const auto &name : nonKey)
            names.append(name.toString());
        projected += QStringLiteral(" (%1)").arg(names.join(QStringLiteral(", ")));
    }
    QString text =
        TableOverviewPanel::tr("%1 [%2] %3; projects %4")
            .arg(index.value(QStringLiteral("IndexName")).toString(),
                 global ? TableOverviewPanel::tr("GSI") : TableOverviewPanel::tr("LSI"),
                 keySchemaText(index.value(QStringLiteral("KeySchema")).toArray(), definitions),
                 projected);
    if (global) {
        QString status = index.value(QStringLiteral("IndexStatus")).toString();
        if (index.value(QStringLiteral("Backfilling")).toBool())
            status += TableOverviewPanel::tr(", backfilling");
        text +=
            TableOverviewPanel::tr("; %1; %2")
                .arg(status,
                     throughputText(index.value(QStringLiteral("ProvisionedThroughput")).toObject(),
                                    index.value(QStringLiteral("OnDemandThroughput")).toObject(),
                                    index.value(QStringLiteral("ProvisionedThroughput"))
                                            .toObject()
                                            .value(QStringLiteral("ReadCapacityUnits"))
                                            .toInteger() == 0));
    }
    text += TableOverviewPanel::tr("; %1 items (approximate)")
                .arg(locale.toString(index.value(QStringLiteral("ItemCount")).toInteger()));
    return text;
}

QString encryptionText(const QJsonObject &table)
{
    const QJsonObject sse = table.value(QStringLiteral("SSEDescription")).toObject();
    if (sse.isEmpty())
        return TableOverviewPanel::tr("AWS owned key (default)");
    const QString type = sse.value(QStringLiteral("SSEType")).toString();
    const QString key = sse.value(QStringLiteral("KMSMasterKeyArn")).toString();
    QString text = type == QLatin1String("KMS") ? TableOverviewPanel::tr("AWS KMS key")
                                                : TableOverviewPanel::tr("AWS owned key");
    if (!key.isEmpty())
        text += QStringLiteral(" ") + key;
    const QString status = sse.value(QStringLiteral("Status")).toString();
    if (!status.isEmpty() && status != QLatin1String("ENABLED"))
        text += QStringLiteral(" (%1)").arg(status);
    return text;
}

} // namespace

TableOverviewPanel::TableOverviewPanel(session::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_error(new ErrorPane(this))
    , m_timeToLive(new QPushButton(tr("Time to &live…"), this))
{
    m_timeToLive->setObjectName(QStringLiteral("editTimeToLive"));
    m_timeToLive->setToolTip(tr("Turn time to live on or off for this table"));
    m_timeToLive->setEnabled(false);
    connect(m_timeToLive, &QPushButton::clicked, this, &TableOverviewPanel::editTimeToLive);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("Select a table"));
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_timeToLive);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addLayout(m_form);
    layout->addStretch(1);
    connect(m_error, &ErrorPane::reconnectRequested, m_session, &session::Session::reconnect);
    connect(m_session, &session::Session::connectionChanged, this, [this] {
        m_tableName.clear();
        m_title->setText(tr("Select a table"));
        m_timeToLive->setEnabled(false);
        clearFields();
        m_error->clear();
    });
}

TimeToLiveDialog *TableOverviewPanel::editTimeToLive()
{
    if (m_tableName.isEmpty() || !m_session->client())
        return nullptr;
    auto *dialog = new TimeToLiveDialog(m_session, m_tableName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TimeToLiveDialog::timeToLiveChanged, this, [this](const QString &tableName) {
        if (tableName == m_tableName)
            describeTimeToLive(tableName);
    });
    dialog->open();
    return dialog;
}

void TableOverviewPanel::showTable(const QString &tableName)
{
    if (m_job)
        m_job->cancel();
    m_tableName = tableName;
    m_title->setText(tableName);
    clearFields();
    m_error->clear();
    m_timeToLive->setEnabled(!tableName.isEmpty() && m_session->client());
    if (tableName.isEmpty() || !m_session->client())
        return;
    auto *job = m_session->client()->call(aws::Service::DynamoDb, QStringLiteral("DescribeTable"),
                                          {{QStringLiteral("TableName"), tableName}});
    m_job = job;
    connect(job, &aws::Job::finished, this, [this, job] { onDescribed(job); });
    job->start();
}

QString TableOverviewPanel::fieldText(const QString &field) const
{
    const auto *label = findChild<QLabel *>(QStringLiteral("field_") + field);
    return label ? label->text() : QString();
}

void TableOverviewPanel::onDescribed(aws::RequestJob *job)
{
    const QString tableName = job->input().value(QStringLiteral("TableName")).toString();
    if (tableName != m_tableName || job->error().kind == aws::ErrorKind::Cancelled)
        return;
    if (job->error().isError()) {
        m_error->showError(job->error(),
                           job->error().kind == aws::ErrorKind::Auth && m_session->canReconnect());
        return;
    }
    const QJsonObject table = job->response().value(QStringLiteral("Table")).toObject();
    const QJsonArray definitions = table.value(QStringLiteral("AttributeDefinitions")).toArray();
    const QLocale locale;

    setField(QStringLiteral("status"), tr("Status"),
             table.value(QStringLiteral("TableStatus")).toString());
    setField(QStringLiteral("keys"), tr("Primary key"),
             keySchemaText(table.value(QStringLiteral("KeySchema")).toArray(), definitions));
    setField(QStringLiteral("attributes"), tr("Attribute definitions"),
             attributeDefinitionsText(definitions));
    setField(QStringLiteral("billing"), tr("Capacity"), capacityText(table));
    findChild<QLabel *>(QStringLiteral("field_billing"))
        ->setToolTip(tr("RCU: read capacity units per second; WCU: write capacity units per "
                        "second."));
    // DynamoDB refreshes these about every six hours and says no more about when; say so
    // rather than imply precision.
    const QString approximate = tr("approximate; DynamoDB refreshes it about every six hours");
    setField(
        QStringLiteral("items"), tr("Items"),
        tr("%1 (%2)").arg(locale.toString(table.value(QStringLiteral("ItemCount")).toInteger()),
                          approximate));
    setField(QStringLiteral("size"), tr("Size"),
             tr("%1 (%2)").arg(locale.formattedDataSize(
                                   table.value(QStringLiteral("TableSizeBytes")).toInteger()),
                               approximate));
    QStringList indexes;
    for (const QString &kind :
         {QStringLiteral("GlobalSecondaryIndexes"), QStringLiteral("LocalSecondaryIndexes")}) {
        for (const auto &value : table.value(kind).toArray())
            indexes.append(indexText(value.toObject(), kind.startsWith(QLatin1Char('G')),
                                     definitions, locale));
    }
    setField(QStringLiteral("indexes"), tr("Indexes"),
             indexes.isEmpty() ? tr("None") : indexes.join(QLatin1Char('\n')));
    findChild<QLabel *>(QStringLiteral("field_indexes"))
        ->setToolTip(tr("GSI: global secondary index, any partition key; LSI: local secondary "
                        "index, same partition key as the table."));
    const QJsonObject stream = table.value(QStringLiteral("StreamSpecification")).toObject();
    setField(QStringLiteral("stream"), tr("Stream"),
             stream.value(QStringLiteral("StreamEnabled")).toBool()
                 ? tr("%1\n%2").arg(stream.value(QStringLiteral("StreamViewType")).toString(),
                                    table.value(QStringLiteral("LatestStreamArn")).toString())
                 : tr("Disabled"));
    setField(QStringLiteral("ttl"), tr("Time to live"), tr("Reading…"));
    setField(QStringLiteral("encryption"), tr("Encryption"), encryptionText(table));
    const QString tableClass = table.value(QStringLiteral("TableClassSummary"))
                                   .toObject()
                                   .value(QStringLiteral("TableClass"))
                                   .toString(QStringLiteral("STANDARD"));
    setField(QStringLiteral("tableClass"), tr("Table class"), tableClass);
    setField(QStringLiteral("deletionProtection"), tr("Deletion protection"),
             table.value(QStringLiteral("DeletionProtectionEnabled")).toBool() ? tr("On")
                                                                               : tr("Off"));
    const auto created = QDateTime::fromSecsSinceEpoch(
        qint64(table.value(QStringLiteral("CreationDateTime")).toDouble()));
    setField(QStringLiteral("created"), tr("Created"),
             locale.toString(created, QLocale::ShortFormat));
    setField(QStringLiteral("arn"), tr("ARN"), table.value(QStringLiteral("TableArn")).toString());
    describeTimeToLive(tableName);
    Q_EMIT described(tableName);
}

void TableOverviewPanel::describeTimeToLive(const QString &tableName)
{
    auto *job =
        m_session->client()->call(aws::Service::DynamoDb, QStringLiteral("DescribeTimeToLive"),
                                  {{QStringLiteral("TableName"), tableName}});
    m_ttlJob = job;
    connect(job, &aws::Job::finished, this, [this, job, tableName] {
        if (job != m_ttlJob || tableName != m_tableName)
            return;
        auto *field = findChild<QLabel *>(QStringLiteral("field_ttl"));
        if (!field)
            return;
        if (job->error().isError()) {
            field->setText(tr("Unknown: %1").arg(job->error().userMessage()));
            return;
        }
        const QJsonObject ttl =
            job->response().value(QStringLiteral("TimeToLiveDescription")).toObject();
        const QString status = ttl.value(QStringLiteral("TimeToLiveStatus")).toString();
        const QString attribute = ttl.value(QStringLiteral("AttributeName")).toString();
        if (status == QLatin1String("ENABLED"))
            field->setText(tr("On, attribute %1").arg(attribute));
        else if (status == QLatin1String("ENABLING") || status == QLatin1String("DISABLING"))
            field->setText(tr("%1 (attribute %2)").arg(status, attribute));
        else
            field->setText(tr("Off"));
        Q_EMIT timeToLiveDescribed(tableName);
    });
    job->start();
}

void TableOverviewPanel::setField(const QString &field, const QString &label, const QString &value)
{
    auto *valueLabel = new QLabel(value, this);
    valueLabel->setObjectName(QStringLiteral("field_") + field);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    valueLabel->setWordWrap(true);
    m_form->addRow(label, valueLabel);
}

void TableOverviewPanel::clearFields()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

} // namespace dyna::views
