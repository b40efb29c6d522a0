#include "s3transfermodel.h"

#include <QLocale>

namespace dyna::models {

namespace {

// A summary from a list says less than a description: keep the counts and times already known.
dynamo::ExportInfo merged(const dynamo::ExportInfo &known, const dynamo::ExportInfo &fresh)
{
    if (!fresh.tableArn.isEmpty())
        return fresh;
    dynamo::ExportInfo result = known;
    result.status = fresh.status;
    result.exportType = fresh.exportType;
    return result;
}

dynamo::ImportInfo merged(const dynamo::ImportInfo &known, const dynamo::ImportInfo &fresh)
{
    if (fresh.processedItemCount >= 0 || known.processedItemCount < 0)
        return fresh;
    dynamo::ImportInfo result = known;
    result.status = fresh.status;
    result.endTime = fresh.endTime;
    return result;
}

} // namespace

S3TransferModel::S3TransferModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

int S3TransferModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_kind == Kind::Exports ? m_exports.size() : m_imports.size());
}

int S3TransferModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_kind == Kind::Exports ? int(ExportColumnCount) : int(ImportColumnCount);
}

QVariant S3TransferModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_kind == Kind::Exports) {
        const dynamo::ExportInfo &info = m_exports.at(index.row());
        if (role == ArnRole)
            return info.exportArn;
        if (role == Qt::TextAlignmentRole)
            return index.column() == ExportItemsColumn || index.column() == ExportSizeColumn
                       ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                       : QVariant();
        if (role == Qt::ToolTipRole)
            return info.failureMessage.isEmpty() ? info.exportArn : info.failureMessage;
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case ExportTableColumn:
            return info.tableName();
        case ExportStatusColumn:
            return info.status;
        case ExportTypeColumn:
            return info.exportType;
        case ExportItemsColumn:
            return countText(info.itemCount);
        case ExportSizeColumn:
            return sizeText(info.billedSizeBytes);
        case ExportStartColumn:
            return dateText(info.startTime);
        case ExportEndColumn:
            return dateText(info.endTime);
        default:
            return {};
        }
    }
    const dynamo::ImportInfo &info = m_imports.at(index.row());
    if (role == ArnRole)
        return info.importArn;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= ImportProcessedColumn && index.column() <= ImportErrorsColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role == Qt::ToolTipRole)
        return info.failureMessage.isEmpty() ? info.importArn : info.failureMessage;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ImportTableColumn:
        return info.tableName;
    case ImportStatusColumn:
        return info.status;
    case ImportSourceColumn:
        return QStringLiteral("s3://%1/%2").arg(info.bucket, info.keyPrefix);
    case ImportFormatColumn:
        return info.format;
    case ImportProcessedColumn:
        return countText(info.processedItemCount);
    case ImportImportedColumn:
        return countText(info.importedItemCount);
    case ImportErrorsColumn:
        return countText(info.errorCount);
    case ImportStartColumn:
        return dateText(info.startTime);
    default:
        return {};
    }
}

QVariant S3TransferModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (m_kind == Kind::Exports) {
        switch (section) {
        case ExportTableColumn:
            return tr("Table");
        case ExportStatusColumn:
            return tr("Status");
        case ExportTypeColumn:
            return tr("Type");
        case ExportItemsColumn:
            return tr("Items");
        case ExportSizeColumn:
            return tr("Billed size");
        case ExportStartColumn:
            return tr("Started");
        case ExportEndColumn:
            return tr("Ended");
        default:
            return {};
        }
    }
    switch (section) {
    case ImportTableColumn:
        return tr("New table");
    case ImportStatusColumn:
        return tr("Status");
    case ImportSourceColumn:
        return tr("Source");
    case ImportFormatColumn:
        return tr("Format");
    case ImportProcessedColumn:
        return tr("Processed");
    case ImportImportedColumn:
        return tr("Imported");
    case ImportErrorsColumn:
        return tr("Errors");
    case ImportStartColumn:
        return tr("Started");
    default:
        return {};
    }
}

void S3TransferModel::setExports(const QList<dynamo::ExportInfo> &exports)
{
    beginResetModel();
    m_exports = exports;
    endResetModel();
}

void S3TransferModel::setImports(const QList<dynamo::ImportInfo> &imports)
{
    beginResetModel();
    m_imports = imports;
    endResetModel();
}

void S3TransferModel::clear()
{
    beginResetModel();
    m_exports.clear();
    m_imports.clear();
    endResetModel();
}

void S3TransferModel::upsert(const dynamo::ExportInfo &info)
{
    const int row = rowOf(info.exportArn);
    if (row >= 0) {
        m_exports[row] = merged(m_exports.at(row), info);
        Q_EMIT dataChanged(index(row, 0), index(row, ExportColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_exports.prepend(info);
    endInsertRows();
}

void S3TransferModel::upsert(const dynamo::ImportInfo &info)
{
    const int row = rowOf(info.importArn);
    if (row >= 0) {
        m_imports[row] = merged(m_imports.at(row), info);
        Q_EMIT dataChanged(index(row, 0), index(row, ImportColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_imports.prepend(info);
    endInsertRows();
}

int S3TransferModel::rowOf(const QString &arn) const
{
    if (m_kind == Kind::Exports) {
        for (int row = 0; row < m_exports.size(); ++row) {
            if (m_exports.at(row).exportArn == arn)
                return row;
        }
        return -1;
    }
    for (int row = 0; row < m_imports.size(); ++row) {
        if (m_imports.at(row).importArn == arn)
            return row;
    }
    return -1;
}

dynamo::ExportInfo S3TransferModel::exportAt(int row) const
{
    return row >= 0 && row < m_exports.size() ? m_exports.at(row) : dynamo::ExportInfo{};
}

dynamo::ImportInfo S3TransferModel::importAt(int row) const
{
    return row >= 0 && row < m_imports.size() ? m_imports.at(row) : dynamo::ImportInfo{};
}

QString S3TransferModel::dateText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QString();
}

QString S3TransferModel::countText(qint64 count)
{
    return count < 0 ? QStringLiteral("—") : QLocale().toString(count);
}

QString S3TransferModel::sizeText(qint64 bytes)
{
    return bytes < 0 ? QStringLiteral("—") : QLocale().formattedDataSize(bytes);
}

} // namespace dyna::models
