#include "importspanel.h"

#include "importdialog.h"
#include "s3transfermodel.h"

#include "dynamo/s3import.h"

#include <QPushButton>

namespace dyna::views {

namespace {

QString importDetails(const dynamo::ImportInfo &info)
{
    using models::S3TransferModel;
    QStringList lines;
    lines << ImportsPanel::tr("Status: %1").arg(info.status);
    if (!info.failureCode.isEmpty() || !info.failureMessage.isEmpty())
        lines << ImportsPanel::tr("Failure: %1 (%2)").arg(info.failureMessage, info.failureCode);
    lines << ImportsPanel::tr("New table: %1").arg(info.tableName);
    lines << ImportsPanel::tr("Source: s3://%1/%2").arg(info.bucket, info.keyPrefix);
    if (!info.bucketOwner.isEmpty())
        lines << ImportsPanel::tr("Bucket owner: %1").arg(info.bucketOwner);
    QString format = info.format;
    if (!info.csvDelimiter.isEmpty())
        format += ImportsPanel::tr(", delimiter “%1”").arg(info.csvDelimiter);
    if (!info.csvHeaders.isEmpty())
        format += ImportsPanel::tr(", columns %1").arg(info.csvHeaders.join(QStringLiteral(", ")));
    if (!info.compression.isEmpty())
        format += ImportsPanel::tr(", compression %1").arg(info.compression);
    lines << ImportsPanel::tr("Format: %1").arg(format);
    lines << ImportsPanel::tr("Processed items: %1 (%2)")
                 .arg(S3TransferModel::countText(info.processedItemCount),
                      S3TransferModel::sizeText(info.processedSizeBytes));
    lines << ImportsPanel::tr("Imported items: %1")
                 .arg(S3TransferModel::countText(info.importedItemCount));
    lines << ImportsPanel::tr("Errors: %1").arg(S3TransferModel::countText(info.errorCount));
    lines << ImportsPanel::tr("Started: %1").arg(S3TransferModel::dateText(info.startTime));
    if (info.endTime.isValid())
        lines << ImportsPanel::tr("Ended: %1").arg(S3TransferModel::dateText(info.endTime));
    if (!info.cloudWatchLogGroupArn.isEmpty())
        lines << ImportsPanel::tr("Error log: %1").arg(info.cloudWatchLogGroupArn);
    lines << ImportsPanel::tr("ARN: %1").arg(info.importArn);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ImportsPanel::ImportsPanel(session::Session *session, QWidget *parent)
    : S3TransferPanel(session, new models::S3TransferModel(models::S3TransferModel::Kind::Imports),
                      {tr("Imports from S3"),
                       tr("Import…"),
                       tr("Create a new table from data in an S3 bucket"),
                       QStringLiteral("importButton"),
                       QStringLiteral("importsView"),
                       QStringLiteral("importDetails"),
                       {},
                       QStringLiteral("ListImports"),
                       QStringLiteral("DescribeImport"),
                       QStringLiteral("ImportArn")},
                      parent)
{
    connect(actionButton(), &QPushButton::clicked, this, &ImportsPanel::openImportDialog);
    updateActions();
}

void ImportsPanel::showTable(const QString &tableName)
{
    // Imports create tables, so the list covers the whole account whatever table is chosen.
    Q_UNUSED(tableName)
    refresh();
}

ImportDialog *ImportsPanel::openImportDialog()
{
    if (!actionButton()->isEnabled())
        return nullptr;
    auto *dialog = new ImportDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importStarted, this, [this](const dynamo::ImportInfo &info) {
        model()->upsert(info);
        watch(info.importArn, info.isFinal());
    });
    dialog->open();
    return dialog;
}

QStringList ImportsPanel::setSummaries(const QList<QJsonObject> &pages)
{
    QList<dynamo::ImportInfo> imports;
    for (const QJsonObject &page : pages)
        imports.append(dynamo::parseImportSummaries(page));
    model()->setImports(imports);
    QStringList arns;
    for (const dynamo::ImportInfo &info : std::as_const(imports))
        arns.append(info.importArn);
    return arns;
}

bool ImportsPanel::applyDescription(const QJsonObject &response, bool watched)
{
    const dynamo::ImportInfo info = dynamo::parseImportDescription(
        response.value(QStringLiteral("ImportTableDescription")).toObject());
    model()->upsert(info);
    // Only an import watched while it ran made the table now; older ones are just listed.
    if (watched && info.status == QLatin1String("COMPLETED"))
        Q_EMIT tableCreated(info.tableName);
    return info.isFinal();
}

QString ImportsPanel::detailsText(int row) const
{
    return row < 0 ? tr("Select an import to see its details.")
                   : importDetails(model()->importAt(row));
}

} // namespace dyna::views
