#pragma once

#include "streams/streamrecord.h"

#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>

namespace dyna::models {

class StreamEventModel;

// The inspector's filter over a StreamEventModel: event types, a substring of the keys and a
// free-text substring of keys and images, all case-insensitive. Rows keep the feed's order.
class StreamEventFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit StreamEventFilter(QObject *parent = nullptr);
    ~StreamEventFilter() override;

    // Rows of other models are all accepted.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    // An empty set shows no row; all three by default.
    void setEventTypes(const QSet<streams::StreamEventType> &types);
    QSet<streams::StreamEventType> eventTypes() const { return m_types; }
    // Substring of the keys text ("pk=order#1, sk=42"); empty accepts every row.
    void setKeyFilter(const QString &text);
    QString keyFilter() const { return m_keyFilter; }
    // Substring of the keys, old and new image as compact JSON; empty accepts every row.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_textFilter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QPointer<StreamEventModel> m_events;
    QSet<streams::StreamEventType> m_types;
    QString m_keyFilter;
    QString m_textFilter;
};

} // namespace dyna::models
