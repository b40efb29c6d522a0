#pragma once

#include "s3transferpanel.h"

namespace dyna::views {

class ExportDialog;

// The exports to S3 of the account (ListExports) with the details of the selected one
// (DescribeExport: status, item count, billed size, failure reason) and "Export…" for the
// chosen table. Exports in progress are described again every second until they end.
class ExportsPanel : public S3TransferPanel
{
    Q_OBJECT
public:
    explicit ExportsPanel(session::Session *session, QWidget *parent = nullptr);

    void showTable(const QString &tableName) override;

    // Opens the export form for the chosen table; nullptr when exports cannot start now.
    ExportDialog *openExportDialog();

protected:
    QStringList setSummaries(const QList<QJsonObject> &pages) override;
    bool applyDescription(const QJsonObject &response, bool watched) override;
    QString detailsText(int row) const override;
    bool canStart() const override;

private:
    QString m_tableName;
    QString m_tableArn;
    QPointer<aws::RequestJob> m_tableJob;
};

} // namespace dyna::views
