#pragma once

#include "dynamo/backups.h"

#include <QAbstractTableModel>
#include <QList>

namespace dyna::models {

// The backups list: one row per backup (name, table, type, status, created, size), pages
// appended as ListBackups delivers them.
class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Table, Type, Status, Created, Size, ColumnCount };
    enum Role { BackupArnRole = Qt::UserRole + 1 };

    explicit BackupListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void clear();
    // Appends one ListBackups page ("BackupSummaries").
    void appendPage(const QJsonObject &response);
    // Replaces the row of the same backup (after DescribeBackup), if listed.
    void updateBackup(const dynamo::BackupSummary &backup);
    void removeBackup(const QString &backupArn);

    const dynamo::BackupSummary &backup(int row) const { return m_backups.at(row); }
    int rowOf(const QString &backupArn) const;

private:
    QList<dynamo::BackupSummary> m_backups;
};

} // namespace dyna::models
