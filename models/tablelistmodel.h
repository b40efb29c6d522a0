#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace dyna::models {

// The table names of one endpoint, in the order ListTables returns them.
class TableListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit TableListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void clear();
    // One page of ListTables: a single insert for the whole page.
    void appendTableNames(const QStringList &names);
    QStringList tableNames() const { return m_names; }

private:
    QStringList m_names;
};

} // namespace dyna::models
