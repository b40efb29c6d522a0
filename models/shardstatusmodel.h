#pragma once

#include "streams/shardinfo.h"

#include <QAbstractItemModel>

#include <map>
#include <memory>

namespace dyna::models {

// The shard lineage of the stream being read: a shard is a child of its parent when the parent
// is listed, else a top-level row. setShards() updates the tree in place (dataChanged, row
// inserts and removals, never a reset) so a QTreeView keeps its expansion and selection.
class ShardStatusModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        ShardColumn,
        StateColumn,
        RecordsColumn,
        LagColumn,
        RateColumn,
        LastSequenceColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ShardStatusModel(QObject *parent = nullptr);
    ~ShardStatusModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The consumer's current view of every shard. Shards no longer listed are removed (with
    // their subtree; listed descendants come back under their new place).
    void setShards(const streams::ShardStatusList &shards);

    int shardCount() const { return int(m_nodes.size()); }
    // The largest lag of any shard; -1 when no shard has delivered anything yet.
    qint64 totalLagMs() const;
    // The shard of the row of index; a default ShardStatus for an invalid index.
    streams::ShardStatus status(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &shardId, int column = 0) const;

    static QString stateText(streams::ShardStatus::State state);
    // "—" before anything was read, "caught up" at the tip, else "1.2 s", "3 min", "1.5 h".
    static QString lagText(qint64 lagMs);

private:
    struct Node
    {
        streams::ShardStatus status;
        Node *parent = nullptr;
        QList<Node *> children;
    };

    const QList<Node *> &childrenOf(const Node *node) const;
    int rowOf(const Node *node) const;
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    Node *nodeOf(const QModelIndex &index) const;
    void removeNode(Node *node);
    void forgetSubtree(Node *node);
    void insertNode(const streams::ShardStatus &status, Node *parent);

    std::map<QString, std::unique_ptr<Node>> m_nodes; // by shard id
    QList<Node *> m_roots;
};

} // namespace dyna::models
