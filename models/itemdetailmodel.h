#pragma once

#include "dynamo/attributevalue.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace dyna::models {

// One item as a tree: name, type and value columns; maps and lists expand into their entries,
// sets into their members.
class ItemDetailModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, ValueColumn, ColumnCount };
    enum Role {
        ValueRole = Qt::UserRole + 1, // the dynamo::AttributeValue of the row
    };
    Q_ENUM(Role)

    explicit ItemDetailModel(QObject *parent = nullptr);
    ~ItemDetailModel() override;

    void setItem(const dynamo::Item &item);
    const dynamo::Item &item() const { return m_item; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;

    dynamo::Item m_item;
    std::unique_ptr<Node> m_root;
};

} // namespace dyna::models
