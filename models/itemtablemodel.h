#pragma once

#include "aws/awserror.h"
#include "dynamo/attributevalue.h"
#include "itempagesource.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <memory>
#include <vector>

namespace dyna::models {

// The item grid: one row per item, loaded a page at a time as the view scrolls (canFetchMore /
// fetchMore follow LastEvaluatedKey). Key columns come first, then every other attribute name
// in the order it was first seen.
//
// Rows are kept as their compact wire JSON, packed into one buffer per page, plus the set of
// columns the row has (shared between rows of the same shape). data() decodes a row on demand
// and keeps the most recently decoded rows, so a million items cost about their JSON size.
class ItemTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        TypeRole = Qt::UserRole + 1, // "S", "N", ... "M"; empty when the item lacks the attribute
        SortRole,                    // text to sort on; numbers compare through ItemSortProxy
        ValueRole,                   // the dynamo::AttributeValue (Invalid when absent)
        ItemRole,                    // the whole dynamo::Item of the row, on any cell
        KeyColumnRole,               // header: true for key attribute columns
        AttributeNameRole,           // header: the attribute name without the key marker
    };
    Q_ENUM(Role)

    explicit ItemTableModel(QObject *parent = nullptr);
    ~ItemTableModel() override;

    // Resets the grid to read from source (not owned; may be null). keyAttributes are the
    // table's (or index's) partition key then sort key.
    void setSource(ItemPageSource *source, const QStringList &keyAttributes);
    ItemPageSource *source() const { return m_source; }
    QStringList keyAttributes() const { return m_keys; }
    QStringList attributeNames() const { return m_columns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    dynamo::Item item(int row) const;
    // Compact wire JSON of one row, as stored.
    QByteArray itemJson(int row) const;

    // Status of the load.
    bool isLoading() const { return m_inFlight; }
    // True once the last page (no LastEvaluatedKey) has arrived.
    bool isComplete() const { return !m_hasMore; }
    int pageCount() const { return m_pages; }
    double consumedCapacity() const { return m_consumedCapacity; }
    int lastPageScannedCount() const { return m_lastScanned; }
    int lastPageCount() const { return m_lastCount; }
    qint64 totalScannedCount() const { return m_totalScanned; }
    qint64 totalCount() const { return m_totalCount; }
    // The error of the last failed page; fetching stops until retry().
    const aws::AwsError &lastError() const { return m_error; }
    // A page failed (the endpoint went away, say): more is left, but only retry() asks for it.
    bool stoppedByError() const { return m_source && m_hasMore && !m_inFlight && m_failed; }
    void retry();

    // Bytes of the stored rows' JSON, and an estimate of everything the model holds.
    qint64 storedJsonBytes() const { return m_jsonBytes; }
    qint64 memoryEstimate() const;

    // Short cell text: numbers as sent, binary as base64 with its size, {n attributes}, [n items].
    static QString displayText(const dynamo::AttributeValue &value);

Q_SIGNALS:
    void loadingChanged(bool loading);
    // Rows, pages, capacity or counts changed.
    void statusChanged();
    void errorOccurred(const dyna::aws::AwsError &error);

private:
    struct Row
    {
        quint32 page;   // index in m_blobs
        quint32 offset; // start of the JSON in that blob
        quint32 length;
        quint32 shape; // index in m_shapes: the columns this row has
    };

    void onPageArrived(const dynamo::WirePage &page, const QJsonObject &lastEvaluatedKey,
                       double consumedCapacity, int scannedCount, int count);
    void encodePending();
    void finishPending();
    void onPageFailed(const aws::AwsError &error);
    void setLoading(bool loading);
    const dynamo::Item &decoded(int row) const;
    bool hasColumn(const Row &row, int column) const;

    QPointer<ItemPageSource> m_source;
    QStringList m_keys;
    QStringList m_columns;
    QHash<QString, int> m_columnIndex;
    std::vector<QByteArray> m_blobs;
    // A deque, not a vector: appending a page never moves the rows already stored, so a
    // million-row grid has no reallocation pause of tens of milliseconds.
    std::deque<Row> m_rows;
    // Shapes are sorted column lists, interned: rows of one table mostly share a few.
    std::vector<QList<int>> m_shapes;
    QHash<QList<int>, quint32> m_shapeIndex;
    mutable QCache<int, dynamo::Item> m_cache;

    // A page being encoded, a slice per event-loop turn.
    struct PendingPage
    {
        dynamo::WirePage page;
        QJsonObject lastEvaluatedKey;
        double consumedCapacity = 0;
        int scannedCount = 0;
        int count = 0;
        qsizetype next = 0;
        QStringList newColumns;
        QByteArray blob;
        std::vector<Row> rows;
    };
    std::unique_ptr<PendingPage> m_pending;
    QTimer m_encodeTimer;

    QJsonObject m_nextKey;
    bool m_hasMore = false;
    bool m_inFlight = false;
    bool m_failed = false;
    aws::AwsError m_error;
    int m_pages = 0;
    double m_consumedCapacity = 0;
    int m_lastScanned = 0;
    int m_lastCount = 0;
    qint64 m_totalScanned = 0;
    qint64 m_totalCount = 0;
    qint64 m_jsonBytes = 0;
};

// Sorts an ItemTableModel column by its values: numbers numerically and exactly, other values
// by type then text, items without the attribute first.
class ItemSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ItemSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace dyna::models
