#include "streameventmodel.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace dyna::models {

namespace {

const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

StreamEventModel::StreamEventModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

StreamEventModel::~StreamEventModel() = default;

int StreamEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StreamEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StreamEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const streams::StreamRecord &rec = record(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return rec.approximateCreation.toLocalTime().toString(kTimeFormat);
        case EventColumn:
            return streams::eventTypeName(rec.type);
        case KeysColumn:
            return keysText(rec);
        case SizeColumn:
            return sizeText(rec.sizeBytes);
        case ShardColumn:
            return rec.shardId;
        case SequenceColumn:
            return rec.sequenceNumber;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn) {
            const QString received = QDateTime::fromMSecsSinceEpoch(rec.receivedMsecs)
                                         .toLocalTime()
                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
            return tr("%1\nReceived at %2")
                .arg(rec.approximateCreation.toLocalTime().toString(kTimeFormat), received);
        }
        if (index.column() == KeysColumn)
            return QString::fromUtf8(QJsonDocument(rec.keys).toJson(QJsonDocument::Indented))
                .trimmed();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case EventTypeRole:
        return int(rec.type);
    case KeysTextRole:
        return keysText(rec);
    case SearchTextRole:
        return searchText(rec);
    case SequenceRole:
        return rec.sequenceNumber;
    }
    return {};
}

QVariant StreamEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case KeysColumn:
        return tr("Keys");
    case SizeColumn:
        return tr("Size");
    case ShardColumn:
        return tr("Shard");
    case SequenceColumn:
        return tr("Sequence number");
    }
    return {};
}

void StreamEventModel::append(const streams::StreamRecordList &records)
{
    if (records.isEmpty())
        return;
    m_received += records.size();
    m_pending.insert(m_pending.end(), records.cbegin(), records.cend());
    // Records beyond capacity would be dropped by the flush anyway: drop them now so a paused
    // or busy feed never holds more than capacity records in waiting.
    trimPending();
    scheduleFlush();
}

void StreamEventModel::setCapacity(int capacity)
{
    capacity = std::max(1, capacity);
    if (capacity == m_capacity)
        return;
    m_capacity = capacity;
    const std::size_t limit = std::size_t(m_capacity);
    if (m_rows.size() > limit)
        dropOldestRows(m_rows.size() - limit);
    trimPending();
    reportCounts();
}

void StreamEventModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!m_paused)
        flush();
}

void StreamEventModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_dropped = 0;
    m_received = 0;
    endResetModel();
    if (m_droppedReported != 0) {
        m_droppedReported = 0;
        Q_EMIT droppedChanged(0);
    }
    Q_EMIT countsChanged();
}

qint64 StreamEventModel::writeJsonLines(QIODevice *device, const QList<int> &rows) const
{
    qint64 lines = 0;
    const auto writeRow = [&](int row) {
        if (row < 0 || std::size_t(row) >= m_rows.size())
            return true;
        QByteArray line =
            QJsonDocument(record(row).toEventPayload()).toJson(QJsonDocument::Compact);
        line.append('\n');
        if (device->write(line) != line.size())
            return false;
        ++lines;
        return true;
    };
    if (rows.isEmpty()) {
        for (int row = 0; row < rowCount(); ++row) {
            if (!writeRow(row))
                return -1;
        }
    } else {
        for (int row : rows) {
            if (!writeRow(row))
                return -1;
        }
    }
    return lines;
}

QString StreamEventModel::valueText(const QJsonValue &wire)
{
    const QJsonObject object = wire.toObject();
    if (object.size() != 1)
        return compactJson(object);
    const QString type = object.begin().key();
    const QJsonValue value = object.begin().value();
    // S, N and B are strings on the wire (N keeps every digit, B is already base64).
    if (value.isString())
        return value.toString();
    if (type == QLatin1String("BOOL"))
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (type == QLatin1String("NULL"))
        return QStringLiteral("null");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return compactJson(value.toObject());
}

QString StreamEventModel::keysText(const streams::StreamRecord &record)
{
    QStringList names = record.keys.keys();
    names.sort();
    QStringList parts;
    parts.reserve(names.size());
    for (const QString &name : std::as_const(names))
        parts.append(name + QLatin1Char('=') + valueText(record.keys.value(name)));
    return parts.join(QLatin1String(", "));
}

QString StreamEventModel::searchText(const streams::StreamRecord &record)
{
    return compactJson(record.keys) + QLatin1Char(' ') + compactJson(record.oldImage) +
           QLatin1Char(' ') + compactJson(record.newImage);
}

QString StreamEventModel::sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return tr("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

void StreamEventModel::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_flushScheduled = false;
            flush();
        },
        Qt::QueuedConnection);
}

void StreamEventModel::flush()
{
    if (!m_paused && !m_pending.empty()) {
        // trimPending() keeps pending within capacity, so only old rows may have to go.
        const std::size_t incoming = m_pending.size();
        const std::size_t limit = std::size_t(m_capacity);
        if (m_rows.size() + incoming > limit)
            dropOldestRows(m_rows.size() + incoming - limit);
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(incoming) - 1);
        std::move(m_pending.begin(), m_pending.end(), std::back_inserter(m_rows));
        m_pending.clear();
        endInsertRows();
    }
    reportCounts();
}

void StreamEventModel::dropOldestRows(std::size_t count)
{
    if (count == 0)
        return;
    beginRemoveRows({}, 0, int(count) - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + std::ptrdiff_t(count));
    endRemoveRows();
    m_dropped += qint64(count);
}

void StreamEventModel::trimPending()
{
    const std::size_t limit = std::size_t(m_capacity);
    if (m_pending.size() <= limit)
        return;
    const std::size_t excess = m_pending.size() - limit;
    m_pending.erase(m_pending.begin(), m_pending.begin() + std::ptrdiff_t(excess));
    m_dropped += qint64(excess);
}

void StreamEventModel::reportCounts()
{
    if (m_dropped != m_droppedReported) {
        m_droppedReported = m_dropped;
        Q_EMIT droppedChanged(m_dropped);
    }
    Q_EMIT countsChanged();
}

} // namespace dyna::models
