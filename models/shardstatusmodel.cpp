#include "shardstatusmodel.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace dyna::models {

namespace {

bool sameStatus(const streams::ShardStatus &a, const streams::ShardStatus &b)
{
    return a.shard.parentShardId == b.shard.parentShardId &&
           a.shard.startingSequenceNumber == b.shard.startingSequenceNumber &&
           a.shard.endingSequenceNumber == b.shard.endingSequenceNumber && a.state == b.state &&
           a.lastSequenceNumber == b.lastSequenceNumber &&
           a.recordsDelivered == b.recordsDelivered && a.lagMs == b.lagMs &&
           a.recordsPerSecond == b.recordsPerSecond && a.problem == b.problem;
}

} // namespace

ShardStatusModel::ShardStatusModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

ShardStatusModel::~ShardStatusModel() = default;

QModelIndex ShardStatusModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, childrenOf(nodeOf(parent)).at(row));
}

QModelIndex ShardStatusModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || !node->parent)
        return {};
    return indexOfNode(node->parent);
}

int ShardStatusModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(nodeOf(parent)).size());
}

int ShardStatusModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ShardStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const streams::ShardStatus &status = nodeOf(index)->status;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ShardColumn:
            return status.shard.shardId;
        case StateColumn:
            return stateText(status.state);
        case RecordsColumn:
            return QString::number(status.recordsDelivered);
        case LagColumn:
            return lagText(status.lagMs);
        case RateColumn:
            return QString::number(status.recordsPerSecond, 'f', 1);
        case LastSequenceColumn:
            return status.lastSequenceNumber;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && status.state == streams::ShardStatus::State::Failed &&
            !status.problem.isEmpty())
            return status.problem;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RecordsColumn || index.column() == LagColumn ||
            index.column() == RateColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    return {};
}

QVariant ShardStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case ShardColumn:
        return tr("Shard");
    case StateColumn:
        return tr("State");
    case RecordsColumn:
        return tr("Records");
    case LagColumn:
        return tr("Lag");
    case RateColumn:
        return tr("Records/s");
    case LastSequenceColumn:
        return tr("Last sequence number");
    }
    return {};
}

void ShardStatusModel::setShards(const streams::ShardStatusList &shards)
{
    QHash<QString, const streams::ShardStatus *> listed;
    for (const streams::ShardStatus &status : shards) {
        if (!status.shard.shardId.isEmpty())
            listed.insert(status.shard.shardId, &status);
    }
    const auto wantedParent = [&](const streams::ShardStatus &status) {
        const QString &parentId = status.shard.parentShardId;
        return parentId != status.shard.shardId && listed.contains(parentId) ? parentId : QString();
    };

    // Gone, or in the wrong place (its parent appeared or went): removed, and re-inserted below.
    QStringList misplaced;
    for (const auto &[id, node] : m_nodes) {
        const auto it = listed.constFind(id);
        const QString currentParent = node->parent ? node->parent->status.shard.shardId : QString();
        if (it == listed.cend() || wantedParent(**it) != currentParent)
            misplaced.append(id);
    }
    for (const QString &id : std::as_const(misplaced)) {
        // An earlier removal may have taken it with its ancestor.
        const auto it = m_nodes.find(id);
        if (it != m_nodes.end())
            removeNode(it->second.get());
    }

    for (const streams::ShardStatus &status : shards) {
        const auto it = m_nodes.find(status.shard.shardId);
        if (it == m_nodes.end() || sameStatus(it->second->status, status))
            continue;
        it->second->status = status;
        Q_EMIT dataChanged(indexOfNode(it->second.get(), 0),
                           indexOfNode(it->second.get(), ColumnCount - 1));
    }

    // Parents go in before their children; `visiting` stops a (malformed) lineage cycle.
    QSet<QString> visiting;
    std::function<void(const streams::ShardStatus &)> ensureInserted =
        [&](const streams::ShardStatus &status) {
            const QString &id = status.shard.shardId;
            if (id.isEmpty() || m_nodes.count(id) || visiting.contains(id))
                return;
            visiting.insert(id);
            const QString parentId = wantedParent(status);
            if (!parentId.isEmpty())
                ensureInserted(*listed.value(parentId));
            const auto parentIt = parentId.isEmpty() ? m_nodes.end() : m_nodes.find(parentId);
            insertNode(status, parentIt == m_nodes.end() ? nullptr : parentIt->second.get());
        };
    for (const streams::ShardStatus &status : shards)
        ensureInserted(*listed.value(status.shard.shardId, &status));
}

qint64 ShardStatusModel::totalLagMs() const
{
    qint64 lag = -1;
    for (const auto &[id, node] : m_nodes)
        lag = std::max(lag, node->status.lagMs);
    return lag;
}

streams::ShardStatus ShardStatusModel::status(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->status : streams::ShardStatus{};
}

QModelIndex ShardStatusModel::indexOf(const QString &shardId, int column) const
{
    const auto it = m_nodes.find(shardId);
    return it == m_nodes.end() ? QModelIndex() : indexOfNode(it->second.get(), column);
}

QString ShardStatusModel::stateText(streams::ShardStatus::State state)
{
    switch (state) {
    case streams::ShardStatus::State::Waiting:
        return tr("waiting for parent");
    case streams::ShardStatus::State::Reading:
        return tr("reading");
    case streams::ShardStatus::State::Drained:
        return tr("drained");
    case streams::ShardStatus::State::Failed:
        return tr("failed");
    }
    return {};
}

QString ShardStatusModel::lagText(qint64 lagMs)
{
    if (lagMs < 0)
        return QStringLiteral("\u2014");
    if (lagMs == 0)
        return tr("caught up");
    if (lagMs < 60 * 1000)
        return tr("%1 s").arg(double(lagMs) / 1000.0, 0, 'f', 1);
    if (lagMs < 60 * 60 * 1000)
        return tr("%1 min").arg(lagMs / (60 * 1000));
    return tr("%1 h").arg(double(lagMs) / (60.0 * 60.0 * 1000.0), 0, 'f', 1);
}

const QList<ShardStatusModel::Node *> &ShardStatusModel::childrenOf(const Node *node) const
{
    return node ? node->children : m_roots;
}

int ShardStatusModel::rowOf(const Node *node) const
{
    return int(childrenOf(node->parent).indexOf(node));
}

QModelIndex ShardStatusModel::indexOfNode(const Node *node, int column) const
{
    return node ? createIndex(rowOf(node), column, node) : QModelIndex();
}

ShardStatusModel::Node *ShardStatusModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

void ShardStatusModel::removeNode(Node *node)
{
    const int row = rowOf(node);
    beginRemoveRows(indexOfNode(node->parent), row, row);
    (node->parent ? node->parent->children : m_roots).removeAt(row);
    forgetSubtree(node);
    endRemoveRows();
}

void ShardStatusModel::forgetSubtree(Node *node)
{
    for (Node *child : std::as_const(node->children))
        forgetSubtree(child);
    m_nodes.erase(node->status.shard.shardId);
}

void ShardStatusModel::insertNode(const streams::ShardStatus &status, Node *parent)
{
    QList<Node *> &siblings = parent ? parent->children : m_roots;
    const int row = int(siblings.size());
    beginInsertRows(indexOfNode(parent), row, row);
    auto node = std::make_unique<Node>();
    node->status = status;
    node->parent = parent;
    siblings.append(node.get());
    m_nodes.emplace(status.shard.shardId, std::move(node));
    endInsertRows();
}

} // namespace dyna::models
