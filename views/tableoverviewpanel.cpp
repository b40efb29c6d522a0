#include "tableoverviewpanel.h"

#include "errorpane.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "session/session.h"

#include <QDateTime>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
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

} // namespace

TableOverviewPanel::TableOverviewPanel(session::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_error(new ErrorPane(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("Select a table"));
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_error);
    layout->addLayout(m_form);
    layout->addStretch(1);
    connect(m_error, &ErrorPane::reconnectRequested, m_session, &session::Session::reconnect);
    connect(m_session, &session::Session::connectionChanged, this, [this] {
        m_tableName.clear();
        m_title->setText(tr("Select a table"));
        clearFields();
        m_error->clear();
    });
}

void TableOverviewPanel::showTable(const QString &tableName)
{
    if (m_job)
        m_job->cancel();
    m_tableName = tableName;
    m_title->setText(tableName);
    clearFields();
    m_error->clear();
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
    const QString billing = table.value(QStringLiteral("BillingModeSummary"))
                                .toObject()
                                .value(QStringLiteral("BillingMode"))
                                .toString();
    const QJsonObject throughput = table.value(QStringLiteral("ProvisionedThroughput")).toObject();
    setField(QStringLiteral("billing"), tr("Capacity"),
             billing == QLatin1String("PAY_PER_REQUEST")
                 ? tr("On-demand")
                 : tr("Provisioned: %1 RCU, %2 WCU")
                       .arg(throughput.value(QStringLiteral("ReadCapacityUnits")).toInteger())
                       .arg(throughput.value(QStringLiteral("WriteCapacityUnits")).toInteger()));
    // DynamoDB refreshes these about every six hours; say so rather than imply precision.
    setField(QStringLiteral("items"), tr("Items (approx.)"),
             locale.toString(table.value(QStringLiteral("ItemCount")).toInteger()));
    setField(QStringLiteral("size"), tr("Size (approx.)"),
             locale.formattedDataSize(table.value(QStringLiteral("TableSizeBytes")).toInteger()));
    QStringList indexes;
    for (const QString &kind :
         {QStringLiteral("GlobalSecondaryIndexes"), QStringLiteral("LocalSecondaryIndexes")}) {
        for (const auto &value : table.value(kind).toArray()) {
            const QJsonObject index = value.toObject();
            indexes.append(
                QStringLiteral("%1 [%2] %3")
                    .arg(index.value(QStringLiteral("IndexName")).toString(),
                         kind.startsWith(QLatin1Char('G')) ? tr("GSI") : tr("LSI"),
                         keySchemaText(index.value(QStringLiteral("KeySchema")).toArray(),
                                       definitions)));
        }
    }
    setField(QStringLiteral("indexes"), tr("Indexes"),
             indexes.isEmpty() ? tr("None") : indexes.join(QLatin1Char('\n')));
    const QJsonObject stream = table.value(QStringLiteral("StreamSpecification")).toObject();
    setField(QStringLiteral("stream"), tr("Stream"),
             stream.value(QStringLiteral("StreamEnabled")).toBool()
                 ? stream.value(QStringLiteral("StreamViewType")).toString()
                 : tr("Disabled"));
    const auto created = QDateTime::fromSecsSinceEpoch(
        qint64(table.value(QStringLiteral("CreationDateTime")).toDouble()));
    setField(QStringLiteral("created"), tr("Created"),
             locale.toString(created, QLocale::ShortFormat));
    setField(QStringLiteral("arn"), tr("ARN"), table.value(QStringLiteral("TableArn")).toString());
    Q_EMIT described(tableName);
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
