#include "streameventfilter.h"

#include "streameventmodel.h"

namespace dyna::models {

StreamEventFilter::StreamEventFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_types{streams::StreamEventType::Insert, streams::StreamEventType::Modify,
              streams::StreamEventType::Remove}
{
    // The feed's order is the order of events; sorting would hide that.
    setDynamicSortFilter(false);
}

StreamEventFilter::~StreamEventFilter() = default;

void StreamEventFilter::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_events = qobject_cast<StreamEventModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void StreamEventFilter::setEventTypes(const QSet<streams::StreamEventType> &types)
{
    if (types == m_types)
        return;
    m_types = types;
    invalidateFilter();
}

void StreamEventFilter::setKeyFilter(const QString &text)
{
    if (text == m_keyFilter)
        return;
    m_keyFilter = text;
    invalidateFilter();
}

void StreamEventFilter::setTextFilter(const QString &text)
{
    if (text == m_textFilter)
        return;
    m_textFilter = text;
    invalidateFilter();
}

bool StreamEventFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const StreamEventModel *events = m_events.data();
    if (!events || sourceParent.isValid())
        return true;
    const streams::StreamRecord &record = events->record(sourceRow);
    if (!m_types.contains(record.type))
        return false;
    if (!m_keyFilter.isEmpty() &&
        !StreamEventModel::keysText(record).contains(m_keyFilter, Qt::CaseInsensitive))
        return false;
    return m_textFilter.isEmpty() ||
           StreamEventModel::searchText(record).contains(m_textFilter, Qt::CaseInsensitive);
}

} // namespace dyna::models
