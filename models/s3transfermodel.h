#pragma once

#include "dynamo/s3export.h"
#include "dynamo/s3import.h"

#include <QAbstractTableModel>

namespace dyna::models {

// The exports to S3 or the imports from S3 of a connection, one row each, newest first as
// the list operations return them. Rows from a list (summaries) are filled in place by
// upsert() when a Describe call tells more, so a view keeps its selection while a job runs.
class S3TransferModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Exports, Imports };
    enum ExportColumn {
        ExportTableColumn,
        ExportStatusColumn,
        ExportTypeColumn,
        ExportItemsColumn,
        ExportSizeColumn,
        ExportStartColumn,
        ExportEndColumn,
        ExportColumnCount
    };
    enum ImportColumn {
        ImportTableColumn,
        ImportStatusColumn,
        ImportProcessedColumn,
        ImportImportedColumn,
        ImportErrorsColumn,
        ImportFormatColumn,
        ImportStartColumn,
        ImportSourceColumn,
        ImportColumnCount
    };
    // The ARN of the row's export or import.
    static constexpr int ArnRole = Qt::UserRole + 1;

    explicit S3TransferModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setExports(const QList<dynamo::ExportInfo> &exports);
    void setImports(const QList<dynamo::ImportInfo> &imports);
    void clear();
    // Replaces the row with the same ARN (keeping what a summary does not say), or inserts
    // the job as the first row.
    void upsert(const dynamo::ExportInfo &info);
    void upsert(const dynamo::ImportInfo &info);

    int rowOf(const QString &arn) const;
    dynamo::ExportInfo exportAt(int row) const;
    dynamo::ImportInfo importAt(int row) const;

    // "yyyy-MM-dd HH:mm:ss" in local time; empty for an invalid date.
    static QString dateText(const QDateTime &time);
    // "1,234" or "—" when unknown (-1).
    static QString countText(qint64 count);
    // "1.5 KiB" or "—" when unknown (-1).
    static QString sizeText(qint64 bytes);

private:
    Kind m_kind;
    QList<dynamo::ExportInfo> m_exports;
    QList<dynamo::ImportInfo> m_imports;
};

} // namespace dyna::models
