#include "itemtablemodel.h"

#include "dynamo/decimalnumber.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>

namespace dyna::models {

namespace {

// Decoded rows kept for data(): enough for a few screens of a tall view.
constexpr int kDecodedRowCache = 512;
constexpr int kMaxShownChars = 200;
constexpr int kMaxShownBase64 = 24;
constexpr int kMaxShownMembers = 10;
// Longest run of page encoding between two event-loop turns.
constexpr int kEncodeSliceMs = 4;

// lupdate files these strings under the context they are looked up by; a free tr() would
// be filed under the namespace, where no lookup finds its translations.
struct ItemTableModelText
{
    Q_DECLARE_TR_FUNCTIONS(ItemTableModel)
};

QString shortened(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars) + QChar(0x2026);
}

QString binaryText(const QByteArray &bytes)
{
    return ItemTableModelText::tr("%1 (%n bytes)", nullptr, int(bytes.size()))
        .arg(shortened(QString::fromLatin1(bytes.toBase64()), kMaxShownBase64));
}

template<typename List, typename Format>
QString setText(const List &members, Format format)
{
    QStringList shown;
    for (qsizetype i = 0; i < members.size() && i < kMaxShownMembers; ++i)
        shown.append(format(members.at(i)));
    if (members.size() > kMaxShownMembers)
        shown.append(QString(QChar(0x2026)));
    return QLatin1Char('{') + shown.join(QLatin1String(", ")) + QLatin1Char('}');
}

} // namespace

ItemTableModel::ItemTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(kDecodedRowCache)
{
    m_encodeTimer.setSingleShot(true);
    m_encodeTimer.setInterval(0);
    connect(&m_encodeTimer, &QTimer::timeout, this, &ItemTableModel::encodePending);
}

ItemTableModel::~ItemTableModel()
{
    if (m_source)
        m_source->cancel();
}

void ItemTableModel::setSource(ItemPageSource *source, const QStringList &keyAttributes)
{
    beginResetModel();
    if (m_source) {
        disconnect(m_source, nullptr, this, nullptr);
        m_source->cancel();
    }
    const bool wasLoading = m_inFlight;
    m_inFlight = false;
    m_encodeTimer.stop();
    m_pending.reset();
    m_source = source;
    m_keys = keyAttributes;
    m_columns = keyAttributes;
    m_columnIndex.clear();
    for (int i = 0; i < m_columns.size(); ++i)
        m_columnIndex.insert(m_columns.at(i), i);
    m_blobs.clear();
    m_rows.clear();
    m_shapes.clear();
    m_shapeIndex.clear();
    m_cache.clear();
    m_nextKey = {};
    m_hasMore = source != nullptr;
    m_failed = false;
    m_error = {};
    m_pages = 0;
    m_consumedCapacity = 0;
    m_lastScanned = 0;
    m_lastCount = 0;
    m_totalScanned = 0;
    m_totalCount = 0;
    m_jsonBytes = 0;
    if (source) {
        connect(source, &ItemPageSource::pageArrived, this, &ItemTableModel::onPageArrived);
        connect(source, &ItemPageSource::pageFailed, this, &ItemTableModel::onPageFailed);
    }
    endResetModel();
    // A view may have asked for the first page while the reset ended.
    if (wasLoading && !m_inFlight)
        Q_EMIT loadingChanged(false);
    Q_EMIT statusChanged();
}

int ItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == ItemRole)
        return QVariant::fromValue(decoded(index.row()));
    if (role != Qt::DisplayRole && role != TypeRole && role != SortRole && role != ValueRole)
        return {};
    const Row &row = m_rows[size_t(index.row())];
    if (!hasColumn(row, index.column())) {
        if (role == TypeRole)
            return QString();
        if (role == ValueRole)
            return QVariant::fromValue(dynamo::AttributeValue());
        return {};
    }
    const dynamo::AttributeValue value = decoded(index.row()).value(m_columns.at(index.column()));
    switch (role) {
    case Qt::DisplayRole:
        return displayText(value);
    case TypeRole:
        return QString(dynamo::AttributeValue::typeCode(value.type()));
    case ValueRole:
        return QVariant::fromValue(value);
    default: // SortRole
        switch (value.type()) {
        case dynamo::AttributeValue::Type::String:
            return value.string();
        case dynamo::AttributeValue::Type::Number:
            return value.numberText();
        case dynamo::AttributeValue::Type::Binary:
            return QString::fromLatin1(value.binary().toBase64());
        default:
            return displayText(value);
        }
    }
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString &name = m_columns.at(section);
    const bool isKey = section < m_keys.size();
    switch (role) {
    case Qt::DisplayRole:
        if (!isKey)
            return name;
        return section == 0 ? ItemTableModelText::tr("%1 (PK)").arg(name)
                            : ItemTableModelText::tr("%1 (SK)").arg(name);
    case KeyColumnRole:
        return isKey;
    case AttributeNameRole:
        return name;
    default:
        return {};
    }
}

bool ItemTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_source && m_hasMore && !m_inFlight && !m_failed;
}

void ItemTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setLoading(true);
    m_source->requestPage(m_nextKey);
}

void ItemTableModel::retry()
{
    m_failed = false;
    fetchMore();
}

dynamo::Item ItemTableModel::item(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return {};
    return decoded(row);
}

QByteArray ItemTableModel::itemJson(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return {};
    const Row &r = m_rows[size_t(row)];
    return m_blobs[r.page].mid(r.offset, r.length);
}

qint64 ItemTableModel::memoryEstimate() const
{
    qint64 bytes = qint64(m_rows.size() * sizeof(Row));
    for (const QByteArray &blob : m_blobs)
        bytes += blob.capacity() + qint64(sizeof(QByteArray));
    for (const QList<int> &shape : m_shapes)
        bytes += shape.capacity() * qint64(sizeof(int)) + qint64(sizeof(shape));
    for (const QString &column : m_columns)
        bytes += column.capacity() * 2;
    return bytes;
}

QString ItemTableModel::displayText(const dynamo::AttributeValue &value)
{
    using Type = dynamo::AttributeValue::Type;
    switch (value.type()) {
    case Type::Invalid:
        return {};
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Type::String:
        return shortened(value.string(), kMaxShownChars);
    case Type::Number:
        return value.numberText();
    case Type::Binary:
        return binaryText(value.binary());
    case Type::StringSet:
        return setText(value.stringSet(),
                       [](const QString &s) { return shortened(s, kMaxShownBase64); });
    case Type::NumberSet:
        return setText(value.numberSet(), [](const QString &s) { return s; });
    case Type::BinarySet:
        return setText(value.binarySet(), [](const QByteArray &b) {
            return shortened(QString::fromLatin1(b.toBase64()), kMaxShownBase64);
        });
    case Type::List:
        return ItemTableModelText::tr("[%n items]", nullptr, int(value.size()));
    case Type::Map:
        return ItemTableModelText::tr("{%n attributes}", nullptr, int(value.size()));
    }
    return {};
}

void ItemTableModel::onPageArrived(const dynamo::WirePage &page,
                                   const QJsonObject &lastEvaluatedKey, double consumedCapacity,
                                   int scannedCount, int count)
{
    if (!m_inFlight || m_pending)
        return;
    m_pending = std::make_unique<PendingPage>();
    m_pending->page = page;
    m_pending->lastEvaluatedKey = lastEvaluatedKey;
    m_pending->consumedCapacity = consumedCapacity;
    m_pending->scannedCount = scannedCount;
    m_pending->count = count;
    m_pending->rows.reserve(size_t(page.itemJson.size()));
    // The item JSON lands in one buffer; reserving it spares the copies of growing it.
    qsizetype bytes = 0;
    for (const QByteArray &json : std::as_const(page.itemJson))
        bytes += json.size();
    m_pending->blob.reserve(bytes);
    encodePending();
}

void ItemTableModel::encodePending()
{
    PendingPage &pending = *m_pending;
    QElapsedTimer budget;
    budget.start();
    const auto page = quint32(m_blobs.size());
    const QByteArrayList &itemJson = pending.page.itemJson;
    QList<int> shape;
    QStringList itemNewColumns;
    while (pending.next < itemJson.size()) {
        // Storing a 1 MB page takes longer than a frame: yield to the event loop now and
        // then, and insert the page in one go when it is all stored.
        if (pending.next % 64 == 0 && budget.elapsed() >= kEncodeSliceMs) {
            m_encodeTimer.start();
            return;
        }
        const qsizetype i = pending.next++;
        shape.clear();
        itemNewColumns.clear();
        for (const QString &name : pending.page.itemNames.at(i)) {
            const auto column = m_columnIndex.constFind(name);
            if (column == m_columnIndex.cend())
                itemNewColumns.append(name);
            else
                shape.append(*column);
        }
        // Names come in wire order, which DynamoDB does not keep from item to item: an item's
        // new columns are added in name order so the columns do not depend on it.
        itemNewColumns.sort();
        itemNewColumns.removeDuplicates();
        for (const QString &name : std::as_const(itemNewColumns)) {
            const int column = int(m_columns.size() + pending.newColumns.size());
            m_columnIndex.insert(name, column);
            pending.newColumns.append(name);
            shape.append(column);
        }
        std::sort(shape.begin(), shape.end());
        shape.erase(std::unique(shape.begin(), shape.end()), shape.end());
        auto found = m_shapeIndex.constFind(shape);
        if (found == m_shapeIndex.cend()) {
            found = m_shapeIndex.insert(shape, quint32(m_shapes.size()));
            m_shapes.push_back(shape);
        }
        const QByteArray &json = itemJson.at(i);
        pending.rows.push_back({page, quint32(pending.blob.size()), quint32(json.size()), *found});
        pending.blob.append(json);
    }
    // The per-item buffers are no longer needed once the page is in one blob.
    pending.page = {};
    finishPending();
}

void ItemTableModel::finishPending()
{
    const std::unique_ptr<PendingPage> pending = std::move(m_pending);
    m_nextKey = pending->lastEvaluatedKey;
    m_hasMore = !m_nextKey.isEmpty();
    ++m_pages;
    m_consumedCapacity += pending->consumedCapacity;
    m_lastScanned = pending->scannedCount;
    m_lastCount = pending->count;
    m_totalScanned += pending->scannedCount;
    m_totalCount += pending->count;
    // Not loading any more before the rows land: a view may ask for the next page as soon
    // as it sees them.
    setLoading(false);

    if (!pending->newColumns.isEmpty()) {
        const int first = int(m_columns.size());
        beginInsertColumns({}, first, first + int(pending->newColumns.size()) - 1);
        m_columns.append(pending->newColumns);
        endInsertColumns();
    }
    if (!pending->rows.empty()) {
        pending->blob.squeeze();
        m_jsonBytes += pending->blob.size();
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(pending->rows.size()) - 1);
        m_blobs.push_back(std::move(pending->blob));
        m_rows.insert(m_rows.end(), pending->rows.begin(), pending->rows.end());
        endInsertRows();
    }
    Q_EMIT statusChanged();
    // A filtered Scan may return no items yet more to read; no rows means no view will ask.
    if (pending->rows.empty() && m_hasMore)
        fetchMore();
}

void ItemTableModel::onPageFailed(const aws::AwsError &error)
{
    if (!m_inFlight)
        return;
    m_failed = true;
    m_error = error;
    setLoading(false);
    Q_EMIT errorOccurred(error);
    Q_EMIT statusChanged();
}

void ItemTableModel::setLoading(bool loading)
{
    if (m_inFlight == loading)
        return;
    m_inFlight = loading;
    Q_EMIT loadingChanged(loading);
}

const dynamo::Item &ItemTableModel::decoded(int row) const
{
    if (const dynamo::Item *cached = m_cache.object(row))
        return *cached;
    const Row &r = m_rows[size_t(row)];
    const QByteArray json =
        QByteArray::fromRawData(m_blobs[r.page].constData() + r.offset, qsizetype(r.length));
    auto *item = new dynamo::Item(dynamo::itemFromWire(QJsonDocument::fromJson(json).object()));
    m_cache.insert(row, item);
    return *item;
}

bool ItemTableModel::hasColumn(const Row &row, int column) const
{
    const QList<int> &shape = m_shapes[row.shape];
    return std::binary_search(shape.cbegin(), shape.cend(), column);
}

ItemSortProxy::ItemSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

bool ItemSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QString leftType = left.data(ItemTableModel::TypeRole).toString();
    const QString rightType = right.data(ItemTableModel::TypeRole).toString();
    if (leftType != rightType)
        return leftType < rightType; // absent ("") first, then by type code
    const QString leftText = left.data(ItemTableModel::SortRole).toString();
    const QString rightText = right.data(ItemTableModel::SortRole).toString();
    if (leftType == QLatin1String("N"))
        return dynamo::compareNumbers(leftText, rightText) < 0;
    return leftText < rightText;
}

} // namespace dyna::models
