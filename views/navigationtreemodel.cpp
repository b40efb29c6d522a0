#include "navigationtreemodel.h"

#include "actionicons.h"

namespace dyna::views {

QVariant NavigationTreeModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || !index.isValid())
        return models::NavigationFilterModel::data(index, role);
    using Kind = models::NavigationModel::Kind;
    switch (Kind(index.data(models::NavigationModel::KindRole).toInt())) {
    case Kind::Connection:
        return actionIcon(icons::Connection);
    case Kind::Region:
        return actionIcon(icons::Region);
    case Kind::Table:
        return actionIcon(icons::Table);
    }
    return {};
}

} // namespace dyna::views
