#include "exportspanel.h"

#include "errorpane.h"
#include "exportdialog.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "dynamo/s3export.h"
#include "s3transfermodel.h"
#include "session/session.h"

#include <QLabel>
#include <QPushButton>

namespace dyna::views {

namespace {

QString exportDetails(const dynamo::ExportInfo &info)
{
    using models::S3TransferModel;
    QStringList lines;
    lines << ExportsPanel::tr("Status: %1").arg(info.status);
    if (!info.failureCode.isEmpty() || !info.failureMessage.isEmpty())
        lines << ExportsPanel::tr("Failure: %1 (%2)").arg(info.failureMessage, info.failureCode);
    lines << ExportsPanel::tr("Table: %1").arg(info.tableName());
    lines << ExportsPanel::tr("Destination: s3://%1/%2").arg(info.bucket, info.prefix);
    if (!info.bucketOwner.isEmpty())
        lines << ExportsPanel::tr("Bucket owner: %1").arg(info.bucketOwner);
    QString format = info.format;
    if (!info.sseAlgorithm.isEmpty())
        format += ExportsPanel::tr(", encrypted with %1 %2").arg(info.sseAlgorithm, info.kmsKeyId);
    lines << ExportsPanel::tr("Format: %1").arg(format.trimmed());
    if (info.exportType == QLatin1String("INCREMENTAL_EXPORT")) {
        lines << ExportsPanel::tr("Incremental export of the changes from %1 to %2 (%3)")
                     .arg(S3TransferModel::dateText(info.fromTime),
                          info.toTime.isValid() ? S3TransferModel::dateText(info.toTime)
                                                : ExportsPanel::tr("the latest change"),
                          info.viewType);
    } else {
        lines << ExportsPanel::tr("Full export of the table as of %1")
                     .arg(S3TransferModel::dateText(info.exportTime));
    }
    lines << ExportsPanel::tr("Items: %1").arg(S3TransferModel::countText(info.itemCount));
    lines
        << ExportsPanel::tr("Billed size: %1").arg(S3TransferModel::sizeText(info.billedSizeBytes));
    lines << ExportsPanel::tr("Started: %1").arg(S3TransferModel::dateText(info.startTime));
    if (info.endTime.isValid())
        lines << ExportsPanel::tr("Ended: %1").arg(S3TransferModel::dateText(info.endTime));
    if (!info.manifest.isEmpty())
        lines << ExportsPanel::tr("Manifest: %1").arg(info.manifest);
    lines << ExportsPanel::tr("ARN: %1").arg(info.exportArn);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ExportsPanel::ExportsPanel(session::Session *session, QWidget *parent)
    : S3TransferPanel(session, new models::S3TransferModel(models::S3TransferModel::Kind::Exports),
                      {tr("Exports to S3"), tr("Export…"),
                       tr("Export the chosen table to an S3 bucket"),
                       QStringLiteral("exportButton"), QStringLiteral("exportsView"),
                       QStringLiteral("exportDetails"), QStringLiteral("exportPollTimer"),
                       QStringLiteral("ListExports"), QStringLiteral("DescribeExport"),
                       QStringLiteral("ExportArn")},
                      parent)
{
    connect(actionButton(), &QPushButton::clicked, this, &ExportsPanel::openExportDialog);
    offerTableFilter();
    updateActions();
}

void ExportsPanel::showTable(const QString &tableName)
{
    m_tableName = tableName;
    m_tableArn.clear();
    setTableFilter({});
    title()->setText(tableName.isEmpty() ? tr("Exports to S3")
                                         : tr("Exports to S3 — %1").arg(tableName));
    updateActions();
    if (m_tableJob)
        m_tableJob->cancel();
    if (!tableName.isEmpty() && session()->client()) {
        // The export call names the table by its ARN.
        m_tableJob = describeTable(
            session(), tableName, [this] { return m_tableName; },
            [this](const aws::AwsError &error, const QJsonObject &table) {
                if (error.isError()) {
                    errorPane()->showError(error);
                    return;
                }
                m_tableArn = table.value(QStringLiteral("TableArn")).toString();
                setTableFilter(m_tableArn);
                updateActions();
            });
    }
    refresh();
}

ExportDialog *ExportsPanel::openExportDialog()
{
    if (!actionButton()->isEnabled())
        return nullptr;
    auto *dialog = new ExportDialog(session(), m_tableArn, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exportStarted, this, [this](const dynamo::ExportInfo &info) {
        model()->upsert(info);
        watch(info.exportArn, info.isFinal());
    });
    dialog->open();
    return dialog;
}

QStringList ExportsPanel::setSummaries(const QList<QJsonObject> &pages)
{
    QList<dynamo::ExportInfo> exports;
    for (const QJsonObject &page : pages)
        exports.append(dynamo::parseExportSummaries(page));
    model()->setExports(exports);
    QStringList arns;
    for (const dynamo::ExportInfo &info : std::as_const(exports))
        arns.append(info.exportArn);
    return arns;
}

bool ExportsPanel::applyDescription(const QJsonObject &response, bool /*watched*/)
{
    const dynamo::ExportInfo info = dynamo::parseExportDescription(
        response.value(QStringLiteral("ExportDescription")).toObject());
    model()->upsert(info);
    return info.isFinal();
}

QString ExportsPanel::detailsText(int row) const
{
    return row < 0 ? tr("Select an export to see its details.")
                   : exportDetails(model()->exportAt(row));
}

bool ExportsPanel::canStart() const
{
    return !m_tableArn.isEmpty();
}

} // namespace dyna::views
