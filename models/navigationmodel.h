#pragma once

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <vector>

namespace dyna::models {

// The navigation tree: connections (saved profiles, or a local endpoint) → regions → tables.
// Only one region is connected at a time; the tables of regions visited earlier stay listed
// so the user can go back to them.
class NavigationModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { Connection, Region, Table };
    enum Role {
        KindRole = Qt::UserRole + 1,
        ProfileIdRole, // null for a local endpoint without a profile
        RegionRole,
        TableNameRole,
        ActiveRole, // the connection, region and tables the session is connected to
        ColourRole, // a profile's "#rrggbb", on connection nodes
    };
    enum class RegionState { NotLoaded, Connecting, Loading, Loaded, Failed };

    struct Connection
    {
        QUuid profileId;
        QString name;
        QString colour;
        bool readOnly = false;
        QStringList regions;
    };

    explicit NavigationModel(QObject *parent = nullptr);
    ~NavigationModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Replaces the connection list; regions (and their tables) that are still listed keep
    // their tables. The order given is the order shown.
    void setConnections(const QList<Connection> &connections);
    // Adds a region under a connection unless it is there already.
    QModelIndex addRegion(const QUuid &profileId, const QString &region);
    void removeRegion(const QUuid &profileId, const QString &region);
    QStringList regions(const QUuid &profileId) const;

    void setActive(const QUuid &profileId, const QString &region);
    QModelIndex activeRegionIndex() const;
    void setRegionState(const QUuid &profileId, const QString &region, RegionState state);
    RegionState regionState(const QModelIndex &regionIndex) const;

    void clearTables(const QUuid &profileId, const QString &region);
    // One page of ListTables: a single insert for the whole page.
    void appendTables(const QUuid &profileId, const QString &region, const QStringList &names);
    QStringList tableNames(const QUuid &profileId, const QString &region) const;

    QModelIndex connectionIndex(const QUuid &profileId) const;
    QModelIndex regionIndex(const QUuid &profileId, const QString &region) const;
    QModelIndex tableIndex(const QUuid &profileId, const QString &region,
                           const QString &table) const;

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node) const;
    Node *findConnection(const QUuid &profileId) const;
    Node *findRegion(const QUuid &profileId, const QString &region) const;

    std::unique_ptr<Node> m_root;
    QUuid m_activeProfile;
    QString m_activeRegion;
    bool m_hasActive = false;
};

// Filters table names and keeps every connection and region visible, so the filter never
// hides where the user can switch to.
class NavigationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
};

} // namespace dyna::models
