#include "backuplistmodel.h"

#include <QJsonArray>
#include <QLocale>

namespace dyna::models {

BackupListModel::BackupListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const dynamo::BackupSummary &backup = m_backups.at(index.row());
    if (role == BackupArnRole)
        return backup.backupArn;
    if (role == Qt::ToolTipRole)
        return backup.backupArn;
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return backup.backupName;
    case Table:
        return backup.tableName;
    case Type:
        return backup.type;
    case Status:
        return backup.status;
    case Created:
        return backup.created.isValid()
                   ? backup.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                   : QString();
    case Size:
        return backup.sizeBytes < 0 ? QString() : QLocale().formattedDataSize(backup.sizeBytes);
    default:
        return {};
    }
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Table:
        return tr("Table");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Created:
        return tr("Created");
    case Size:
        return tr("Size");
    default:
        return {};
    }
}

void BackupListModel::clear()
{
    beginResetModel();
    m_backups.clear();
    endResetModel();
}

void BackupListModel::appendPage(const QJsonObject &response)
{
    const QJsonArray summaries = response.value(QStringLiteral("BackupSummaries")).toArray();
    if (summaries.isEmpty())
        return;
    beginInsertRows({}, int(m_backups.size()), int(m_backups.size() + summaries.size() - 1));
    for (const auto &summary : summaries)
        m_backups.append(dynamo::BackupSummary::fromJson(summary.toObject()));
    endInsertRows();
}

int BackupListModel::rowOf(const QString &backupArn) const
{
    for (int row = 0; row < m_backups.size(); ++row) {
        if (m_backups.at(row).backupArn == backupArn)
            return row;
    }
    return -1;
}

void BackupListModel::updateBackup(const dynamo::BackupSummary &backup)
{
    const int row = rowOf(backup.backupArn);
    if (row < 0)
        return;
    dynamo::BackupSummary &listed = m_backups[row];
    // DescribeBackup's details carry no table; keep what the list said.
    const QString tableName = backup.tableName.isEmpty() ? listed.tableName : backup.tableName;
    const QString tableArn = backup.tableArn.isEmpty() ? listed.tableArn : backup.tableArn;
    listed = backup;
    listed.tableName = tableName;
    listed.tableArn = tableArn;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BackupListModel::removeBackup(const QString &backupArn)
{
    const int row = rowOf(backupArn);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_backups.removeAt(row);
    endRemoveRows();
}

} // namespace dyna::models
