#include "importdialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace dyna::views {

namespace {

QComboBox *keyTypeCombo(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->addItem(ImportDialog::tr("String"), QStringLiteral("S"));
    combo->addItem(ImportDialog::tr("Number"), QStringLiteral("N"));
    combo->addItem(ImportDialog::tr("Binary"), QStringLiteral("B"));
    return combo;
}

QSpinBox *capacityBox(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setRange(1, 40000);
    box->setValue(5);
    return box;
}

} // namespace

ImportDialog::ImportDialog(session::Session *session, QWidget *parent)
    : S3TransferDialog(session, QStringLiteral("ImportTable"),
                       {tr("S3 bucket"), tr("my-import-bucket"), tr("Key prefix"),
                        tr("optional, e.g. exports/AWSDynamoDB/…/data/")},
                       parent)
    , m_format(new QComboBox(this))
    , m_delimiter(lineEdit(QStringLiteral("delimiterEdit"), tr("CSV delimiter"), tr(","), this))
    , m_headers(lineEdit(QStringLiteral("headersEdit"), tr("CSV header list"),
                         tr("empty: the first line of each file"), this))
    , m_compression(new QComboBox(this))
    , m_tableName(lineEdit(QStringLiteral("tableNameEdit"), tr("New table name"), {}, this))
    , m_partitionKey(
          lineEdit(QStringLiteral("partitionKeyEdit"), tr("Partition key"), tr("pk"), this))
    , m_partitionType(
          keyTypeCombo(QStringLiteral("partitionTypeCombo"), tr("Partition key type"), this))
    , m_sortKey(lineEdit(QStringLiteral("sortKeyEdit"), tr("Sort key"), tr("optional"), this))
    , m_sortType(keyTypeCombo(QStringLiteral("sortTypeCombo"), tr("Sort key type"), this))
    , m_billing(new QComboBox(this))
    , m_read(capacityBox(QStringLiteral("readCapacitySpin"), tr("Read capacity units"), this))
    , m_write(capacityBox(QStringLiteral("writeCapacitySpin"), tr("Write capacity units"), this))
{
    setWindowTitle(tr("Import from S3"));
    m_delimiter->setMaxLength(1);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->setAccessibleName(tr("Input format"));
    m_format->addItem(tr("DynamoDB JSON"), QStringLiteral("DYNAMODB_JSON"));
    m_format->addItem(tr("Amazon Ion"), QStringLiteral("ION"));
    m_format->addItem(tr("CSV"), QStringLiteral("CSV"));
    m_compression->setObjectName(QStringLiteral("compressionCombo"));
    m_compression->setAccessibleName(tr("Compression"));
    m_compression->addItem(tr("None"), QStringLiteral("NONE"));
    m_compression->addItem(tr("GZIP"), QStringLiteral("GZIP"));
    m_compression->addItem(tr("ZSTD"), QStringLiteral("ZSTD"));
    m_billing->setObjectName(QStringLiteral("billingCombo"));
    m_billing->setAccessibleName(tr("Billing mode"));
    m_billing->addItem(tr("On-demand"), int(dynamo::BillingMode::PayPerRequest));
    m_billing->addItem(tr("Provisioned"), int(dynamo::BillingMode::Provisioned));

    const auto pair = [this](QWidget *first, QWidget *second) {
        auto *row = new QHBoxLayout;
        row->addWidget(first, 1);
        row->addWidget(second);
        return row;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("S3 bucket:"), bucketEdit());
    form->addRow(tr("Key prefix:"), prefixEdit());
    form->addRow(tr("Bucket owner:"), ownerEdit());
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("CSV delimiter:"), m_delimiter);
    form->addRow(tr("CSV headers:"), m_headers);
    form->addRow(tr("Compression:"), m_compression);
    form->addRow(tr("New table:"), m_tableName);
    form->addRow(tr("Partition key:"), pair(m_partitionKey, m_partitionType));
    form->addRow(tr("Sort key:"), pair(m_sortKey, m_sortType));
    form->addRow(tr("Billing:"), m_billing);
    form->addRow(tr("Capacity (read, write):"), pair(m_read, m_write));
    setForm(form, tr("Import"));

    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::updateFields);
    connect(m_billing, &QComboBox::currentIndexChanged, this, &ImportDialog::updateFields);
    updateFields();
}

dynamo::ImportSpec ImportDialog::spec() const
{
    dynamo::ImportSpec spec;
    spec.bucket = bucketEdit()->text();
    spec.keyPrefix = prefixEdit()->text();
    spec.bucketOwner = ownerEdit()->text();
    spec.format = m_format->currentData().toString();
    if (spec.format == QLatin1String("CSV")) {
        spec.csvDelimiter = m_delimiter->text();
        const QStringList headers = m_headers->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &header : headers)
            spec.csvHeaders.append(header.trimmed());
    }
    spec.compression = m_compression->currentData().toString();
    spec.table.tableName = m_tableName->text().trimmed();
    spec.table.partitionKey = {m_partitionKey->text().trimmed(),
                               m_partitionType->currentData().toString()};
    spec.table.sortKey = {m_sortKey->text().trimmed(), m_sortType->currentData().toString()};
    spec.table.billingMode = static_cast<dynamo::BillingMode>(m_billing->currentData().toInt());
    if (spec.table.billingMode == dynamo::BillingMode::Provisioned)
        spec.table.throughput = {m_read->value(), m_write->value()};
    return spec;
}

void ImportDialog::updateFields()
{
    const bool csv = m_format->currentData().toString() == QLatin1String("CSV");
    m_delimiter->setEnabled(csv);
    m_headers->setEnabled(csv);
    const bool provisioned =
        m_billing->currentData().toInt() == int(dynamo::BillingMode::Provisioned);
    m_read->setEnabled(provisioned);
    m_write->setEnabled(provisioned);
}

QJsonObject ImportDialog::request(QString *clientToken, QString *problem)
{
    dynamo::ImportSpec current = spec();
    const QJsonObject input = dynamo::importTableRequest(&current, problem);
    *clientToken = current.clientToken;
    return input;
}

void ImportDialog::started(const QJsonObject &response)
{
    Q_EMIT importStarted(dynamo::parseImportDescription(
        response.value(QStringLiteral("ImportTableDescription")).toObject()));
}

} // namespace dyna::views
