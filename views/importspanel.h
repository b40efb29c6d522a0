#pragma once

#include "s3transferpanel.h"

namespace dyna::views {

class ImportDialog;

// The imports from S3 of the account (ListImports) with the details of the selected one
// (DescribeImport: status, processed, imported and error counts, failure reason) and
// "Import…", which creates a new table. Imports in progress are described again every second
// until they end; one that completes announces its table with tableCreated.
class ImportsPanel : public S3TransferPanel
{
    Q_OBJECT
public:
    explicit ImportsPanel(session::Session *session, QWidget *parent = nullptr);

    void showTable(const QString &tableName) override;

    // Opens the import form; nullptr when imports cannot start now.
    ImportDialog *openImportDialog();

protected:
    QStringList setSummaries(const QList<QJsonObject> &pages) override;
    bool applyDescription(const QJsonObject &response, bool watched) override;
    QString detailsText(int row) const override;
};

} // namespace dyna::views
