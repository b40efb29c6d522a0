#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace dyna::views {

namespace {

QDateTimeEdit *dateEdit(const QString &objectName, const QString &accessibleName,
                        const QDateTime &value, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(value.toLocalTime(), parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

ExportDialog::ExportDialog(session::Session *session, const QString &tableArn, QWidget *parent)
    : S3TransferDialog(session, QStringLiteral("ExportTableToPointInTime"),
                       {tr("S3 bucket"), tr("my-export-bucket"), tr("S3 prefix"),
                        tr("optional, e.g. exports/orders")},
                       parent)
    , m_tableArn(tableArn)
    , m_format(new QComboBox(this))
    , m_encryption(new QComboBox(this))
    , m_kmsKey(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_pointInTime(new QCheckBox(tr("Export the table as it was at"), this))
    , m_exportTime(dateEdit(QStringLiteral("exportTimeEdit"), tr("Export time"),
                            QDateTime::currentDateTime().addSecs(-3600), this))
    , m_fromTime(dateEdit(QStringLiteral("fromTimeEdit"), tr("Changes from"),
                          QDateTime::currentDateTime().addSecs(-3600), this))
    , m_toLatest(new QCheckBox(tr("Up to the latest change"), this))
    , m_toTime(dateEdit(QStringLiteral("toTimeEdit"), tr("Changes until"),
                        QDateTime::currentDateTime(), this))
    , m_viewType(new QComboBox(this))
{
    setWindowTitle(tr("Export to S3"));
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->setAccessibleName(tr("Export format"));
    m_format->addItem(tr("DynamoDB JSON"), QStringLiteral("DYNAMODB_JSON"));
    m_format->addItem(tr("Amazon Ion"), QStringLiteral("ION"));
    m_encryption->setObjectName(QStringLiteral("encryptionCombo"));
    m_encryption->setAccessibleName(tr("Encryption"));
    m_encryption->addItem(tr("Bucket default"), int(dynamo::S3Encryption::BucketDefault));
    m_encryption->addItem(tr("S3 managed keys (AES256)"), int(dynamo::S3Encryption::Aes256));
    m_encryption->addItem(tr("KMS key"), int(dynamo::S3Encryption::Kms));
    m_kmsKey->setObjectName(QStringLiteral("kmsKeyEdit"));
    m_kmsKey->setAccessibleName(tr("KMS key"));
    m_kmsKey->setPlaceholderText(tr("key id, ARN or alias"));
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_type->setAccessibleName(tr("Export type"));
    m_type->addItem(tr("Full export"), QStringLiteral("FULL_EXPORT"));
    m_type->addItem(tr("Incremental export"), QStringLiteral("INCREMENTAL_EXPORT"));
    m_pointInTime->setObjectName(QStringLiteral("pointInTimeCheck"));
    m_toLatest->setObjectName(QStringLiteral("toLatestCheck"));
    m_toLatest->setChecked(true);
    m_viewType->setObjectName(QStringLiteral("viewTypeCombo"));
    m_viewType->setAccessibleName(tr("View type"));
    m_viewType->addItem(tr("New and old images"), QStringLiteral("NEW_AND_OLD_IMAGES"));
    m_viewType->addItem(tr("New images only"), QStringLiteral("NEW_IMAGE"));

    auto *table = new QLabel(tableArn, this);
    table->setObjectName(QStringLiteral("tableArnLabel"));
    table->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("Table:"), table);
    form->addRow(tr("S3 bucket:"), bucketEdit());
    form->addRow(tr("Prefix:"), prefixEdit());
    form->addRow(tr("Bucket owner:"), ownerEdit());
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Encryption:"), m_encryption);
    form->addRow(tr("KMS key:"), m_kmsKey);
    form->addRow(tr("Type:"), m_type);
    form->addRow(m_pointInTime, m_exportTime);
    form->addRow(tr("Changes from:"), m_fromTime);
    form->addRow(m_toLatest, m_toTime);
    form->addRow(tr("View:"), m_viewType);
    setForm(form, tr("Export"));

    connect(m_encryption, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFields);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFields);
    connect(m_pointInTime, &QCheckBox::toggled, this, &ExportDialog::updateFields);
    connect(m_toLatest, &QCheckBox::toggled, this, &ExportDialog::updateFields);
    updateFields();
}

dynamo::ExportSpec ExportDialog::spec() const
{
    dynamo::ExportSpec spec;
    spec.tableArn = m_tableArn;
    spec.bucket = bucketEdit()->text();
    spec.prefix = prefixEdit()->text();
    spec.bucketOwner = ownerEdit()->text();
    spec.format = m_format->currentData().toString();
    spec.encryption = static_cast<dynamo::S3Encryption>(m_encryption->currentData().toInt());
    spec.kmsKeyId = m_kmsKey->text();
    spec.incremental = m_type->currentData().toString() == QLatin1String("INCREMENTAL_EXPORT");
    if (!spec.incremental && m_pointInTime->isChecked())
        spec.exportTime = m_exportTime->dateTime().toUTC();
    if (spec.incremental) {
        spec.fromTime = m_fromTime->dateTime().toUTC();
        if (!m_toLatest->isChecked())
            spec.toTime = m_toTime->dateTime().toUTC();
        spec.viewType = m_viewType->currentData().toString();
    }
    return spec;
}

void ExportDialog::updateFields()
{
    const bool incremental =
        m_type->currentData().toString() == QLatin1String("INCREMENTAL_EXPORT");
    m_kmsKey->setEnabled(m_encryption->currentData().toInt() == int(dynamo::S3Encryption::Kms));
    m_pointInTime->setEnabled(!incremental);
    m_exportTime->setEnabled(!incremental && m_pointInTime->isChecked());
    m_fromTime->setEnabled(incremental);
    m_toLatest->setEnabled(incremental);
    m_toTime->setEnabled(incremental && !m_toLatest->isChecked());
    m_viewType->setEnabled(incremental);
}

QJsonObject ExportDialog::request(QString *clientToken, QString *problem)
{
    dynamo::ExportSpec current = spec();
    const QJsonObject input =
        dynamo::exportTableRequest(&current, QDateTime::currentDateTimeUtc(), problem);
    *clientToken = current.clientToken;
    return input;
}

void ExportDialog::started(const QJsonObject &response)
{
    Q_EMIT exportStarted(dynamo::parseExportDescription(
        response.value(QStringLiteral("ExportDescription")).toObject()));
}

} // namespace dyna::views
