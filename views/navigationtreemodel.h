#pragma once

#include "navigationmodel.h"

namespace dyna::views {

// The filtered navigation tree as the panel shows it: NavigationFilterModel plus an icon per
// node kind (the model layer has no Gui, so the decoration is added here).
class NavigationTreeModel : public models::NavigationFilterModel
{
    Q_OBJECT
public:
    using models::NavigationFilterModel::NavigationFilterModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace dyna::views
