#include "navigationmodel.h"

#include <algorithm>

namespace dyna::models {

struct NavigationModel::Node
{
    Kind kind = Kind::Connection;
    QString text;
    QUuid profileId;
    QString colour;
    bool readOnly = false;
    RegionState state = RegionState::NotLoaded;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        const auto it = std::find_if(siblings.begin(), siblings.end(),
                                     [this](const auto &child) { return child.get() == this; });
        return int(it - siblings.begin());
    }

    Node *append(std::unique_ptr<Node> child)
    {
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
};

NavigationModel::NavigationModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

NavigationModel::~NavigationModel() = default;

NavigationModel::Node *NavigationModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex NavigationModel::indexFor(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

QModelIndex NavigationModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeFor(parent)->children[size_t(row)].get());
}

QModelIndex NavigationModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int NavigationModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int NavigationModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant NavigationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    const Node *connection = node;
    while (connection->kind != Kind::Connection)
        connection = connection->parent;
    const Node *region = node->kind == Kind::Table    ? node->parent
                         : node->kind == Kind::Region ? node
                                                      : nullptr;
    const bool active = m_hasActive && connection->profileId == m_activeProfile &&
                        (!region || region->text == m_activeRegion);

    switch (role) {
    case Qt::DisplayRole:
        switch (node->kind) {
        case Kind::Connection:
            return node->readOnly ? tr("%1 (read-only)").arg(node->text) : node->text;
        case Kind::Region:
            switch (node->state) {
            case RegionState::Connecting:
                return tr("%1 — connecting…").arg(node->text);
            case RegionState::Loading:
                return tr("%1 — listing tables…").arg(node->text);
            case RegionState::Failed:
                return tr("%1 — failed").arg(node->text);
            case RegionState::Loaded:
                return tr("%1 (%2)").arg(node->text).arg(node->children.size());
            case RegionState::NotLoaded:
                break;
            }
            return node->text;
        case Kind::Table:
            return node->text;
        }
        return {};
    case Qt::ToolTipRole:
        if (node->kind == Kind::Region && !active)
            return tr("Double-click to connect to %1 in %2").arg(connection->text, node->text);
        if (node->kind == Kind::Table && !active)
            return tr("Double-click to connect to %1 and open %2").arg(region->text, node->text);
        return {};
    case KindRole:
        return int(node->kind);
    case ProfileIdRole:
        return connection->profileId;
    case RegionRole:
        return region ? region->text : QString();
    case TableNameRole:
        return node->kind == Kind::Table ? node->text : QString();
    case ActiveRole:
        return active;
    case ColourRole:
        return connection->colour;
    default:
        return {};
    }
}

NavigationModel::Node *NavigationModel::findConnection(const QUuid &profileId) const
{
    for (const auto &child : m_root->children) {
        if (child->profileId == profileId)
            return child.get();
    }
    return nullptr;
}

NavigationModel::Node *NavigationModel::findRegion(const QUuid &profileId,
                                                   const QString &region) const
{
    const Node *connection = findConnection(profileId);
    if (!connection)
        return nullptr;
    for (const auto &child : connection->children) {
        if (child->text == region)
            return child.get();
    }
    return nullptr;
}

void NavigationModel::setConnections(const QList<Connection> &connections)
{
    for (int row = int(m_root->children.size()) - 1; row >= 0; --row) {
        const QUuid id = m_root->children[size_t(row)]->profileId;
        const bool kept = std::any_of(connections.begin(), connections.end(),
                                      [&id](const Connection &c) { return c.profileId == id; });
        if (kept)
            continue;
        beginRemoveRows({}, row, row);
        m_root->children.erase(m_root->children.begin() + row);
        endRemoveRows();
    }
    for (const Connection &connection : connections) {
        Node *node = findConnection(connection.profileId);
        if (node) {
            node->text = connection.name;
            node->colour = connection.colour;
            node->readOnly = connection.readOnly;
            const QModelIndex index = indexFor(node);
            Q_EMIT dataChanged(index, index);
        } else {
            const int row = int(m_root->children.size());
            beginInsertRows({}, row, row);
            auto created = std::make_unique<Node>();
            created->kind = Kind::Connection;
            created->text = connection.name;
            created->profileId = connection.profileId;
            created->colour = connection.colour;
            created->readOnly = connection.readOnly;
            m_root->append(std::move(created));
            endInsertRows();
        }
        for (const QString &region : connection.regions)
            addRegion(connection.profileId, region);
    }
}

QModelIndex NavigationModel::addRegion(const QUuid &profileId, const QString &region)
{
    Node *connection = findConnection(profileId);
    if (!connection || region.isEmpty())
        return {};
    if (Node *existing = findRegion(profileId, region))
        return indexFor(existing);
    const int row = int(connection->children.size());
    beginInsertRows(indexFor(connection), row, row);
    auto node = std::make_unique<Node>();
    node->kind = Kind::Region;
    node->text = region;
    Node *added = connection->append(std::move(node));
    endInsertRows();
    return indexFor(added);
}

void NavigationModel::removeRegion(const QUuid &profileId, const QString &region)
{
    Node *node = findRegion(profileId, region);
    if (!node)
        return;
    if (m_hasActive && profileId == m_activeProfile && region == m_activeRegion)
        m_hasActive = false;
    const int row = node->row();
    beginRemoveRows(indexFor(node->parent), row, row);
    node->parent->children.erase(node->parent->children.begin() + row);
    endRemoveRows();
}

QStringList NavigationModel::regions(const QUuid &profileId) const
{
    QStringList names;
    if (const Node *connection = findConnection(profileId)) {
        for (const auto &child : connection->children)
            names.append(child->text);
    }
    return names;
}

void NavigationModel::setActive(const QUuid &profileId, const QString &region)
{
    const QModelIndex before = activeRegionIndex();
    const QModelIndex beforeConnection =
        m_hasActive ? connectionIndex(m_activeProfile) : QModelIndex();
    m_activeProfile = profileId;
    m_activeRegion = region;
    m_hasActive = true;
    // Roles of the whole subtree change; telling the view about connection and region rows
    // is enough for it to repaint them, and table rows repaint on their own when expanded.
    const auto touch = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        Q_EMIT dataChanged(index, index);
        const int tables = rowCount(index);
        if (tables > 0)
            Q_EMIT dataChanged(this->index(0, 0, index), this->index(tables - 1, 0, index));
    };
    touch(beforeConnection);
    touch(before);
    touch(connectionIndex(profileId));
    touch(activeRegionIndex());
}

QModelIndex NavigationModel::activeRegionIndex() const
{
    return m_hasActive ? regionIndex(m_activeProfile, m_activeRegion) : QModelIndex();
}

void NavigationModel::setRegionState(const QUuid &profileId, const QString &region,
                                     RegionState state)
{
    Node *node = findRegion(profileId, region);
    if (!node || node->state == state)
        return;
    node->state = state;
    const QModelIndex index = indexFor(node);
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole});
}

NavigationModel::RegionState NavigationModel::regionState(const QModelIndex &regionIndex) const
{
    const Node *node = nodeFor(regionIndex);
    return node->kind == Kind::Region ? node->state : RegionState::NotLoaded;
}

void NavigationModel::clearTables(const QUuid &profileId, const QString &region)
{
    Node *node = findRegion(profileId, region);
    if (!node || node->children.empty())
        return;
    beginRemoveRows(indexFor(node), 0, int(node->children.size()) - 1);
    node->children.clear();
    endRemoveRows();
}

void NavigationModel::appendTables(const QUuid &profileId, const QString &region,
                                   const QStringList &names)
{
    Node *node = findRegion(profileId, region);
    if (!node || names.isEmpty())
        return;
    const int first = int(node->children.size());
    beginInsertRows(indexFor(node), first, first + int(names.size()) - 1);
    node->children.reserve(node->children.size() + size_t(names.size()));
    for (const QString &name : names) {
        auto table = std::make_unique<Node>();
        table->kind = Kind::Table;
        table->text = name;
        node->append(std::move(table));
    }
    endInsertRows();
}

QStringList NavigationModel::tableNames(const QUuid &profileId, const QString &region) const
{
    QStringList names;
    if (const Node *node = findRegion(profileId, region)) {
        names.reserve(qsizetype(node->children.size()));
        for (const auto &child : node->children)
            names.append(child->text);
    }
    return names;
}

QModelIndex NavigationModel::connectionIndex(const QUuid &profileId) const
{
    return indexFor(findConnection(profileId));
}

QModelIndex NavigationModel::regionIndex(const QUuid &profileId, const QString &region) const
{
    return indexFor(findRegion(profileId, region));
}

QModelIndex NavigationModel::tableIndex(const QUuid &profileId, const QString &region,
                                        const QString &table) const
{
    const Node *node = findRegion(profileId, region);
    if (!node)
        return {};
    for (const auto &child : node->children) {
        if (child->text == table)
            return indexFor(child.get());
    }
    return {};
}

bool NavigationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(NavigationModel::KindRole).toInt() != int(NavigationModel::Kind::Table))
        return true;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace dyna::models
