#include "itemdetailmodel.h"

#include "itemtablemodel.h"

namespace dyna::models {

struct ItemDetailModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    QString name;
    dynamo::AttributeValue value;
    std::vector<std::unique_ptr<Node>> children;

    Node *addChild(QString childName, dynamo::AttributeValue childValue)
    {
        auto child = std::make_unique<Node>();
        child->parent = this;
        child->row = int(children.size());
        child->name = std::move(childName);
        child->value = std::move(childValue);
        child->expand();
        children.push_back(std::move(child));
        return children.back().get();
    }

    void expand()
    {
        using Type = dynamo::AttributeValue::Type;
        const auto indexName = [](qsizetype i) { return QStringLiteral("[%1]").arg(i); };
        switch (value.type()) {
        case Type::Map: {
            const dynamo::AttributeMap &map = value.map();
            for (auto it = map.cbegin(); it != map.cend(); ++it)
                addChild(it.key(), it.value());
            break;
        }
        case Type::List:
            for (qsizetype i = 0; i < value.list().size(); ++i)
                addChild(indexName(i), value.list().at(i));
            break;
        case Type::StringSet:
            for (qsizetype i = 0; i < value.stringSet().size(); ++i)
                addChild(indexName(i), dynamo::AttributeValue::fromString(value.stringSet().at(i)));
            break;
        case Type::NumberSet:
            for (qsizetype i = 0; i < value.numberSet().size(); ++i)
                addChild(indexName(i), dynamo::AttributeValue::fromNumber(value.numberSet().at(i)));
            break;
        case Type::BinarySet:
            for (qsizetype i = 0; i < value.binarySet().size(); ++i)
                addChild(indexName(i), dynamo::AttributeValue::fromBinary(value.binarySet().at(i)));
            break;
        default:
            break;
        }
    }
};

ItemDetailModel::ItemDetailModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

ItemDetailModel::~ItemDetailModel() = default;

void ItemDetailModel::setItem(const dynamo::Item &item)
{
    beginResetModel();
    m_item = item;
    m_root = std::make_unique<Node>();
    m_root->value = dynamo::AttributeValue::fromMap(item);
    m_root->expand();
    endResetModel();
}

ItemDetailModel::Node *ItemDetailModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ItemDetailModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeFor(parent)->children[size_t(row)].get());
}

QModelIndex ItemDetailModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int ItemDetailModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ItemDetailModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ItemDetailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    if (role == ValueRole)
        return QVariant::fromValue(node->value);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return node->name;
    case TypeColumn:
        return QString(dynamo::AttributeValue::typeCode(node->value.type()));
    default:
        return ItemTableModel::displayText(node->value);
    }
}

QVariant ItemDetailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

} // namespace dyna::models
