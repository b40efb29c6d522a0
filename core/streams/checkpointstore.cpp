#include "checkpointstore.h"

#include "streamrecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace dyna::streams {

namespace {

// Looked up under the same context lupdate files the strings under (a free
// CheckpointStoreText::tr() would be filed under the namespace, and its translations never found).
struct CheckpointStoreText
{
    Q_DECLARE_TR_FUNCTIONS(CheckpointStore)
};

} // namespace

CheckpointStore::CheckpointStore(QString filePath)
    : m_path(std::move(filePath))
{}

QString CheckpointStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/stream-checkpoints.json");
}

bool CheckpointStore::load(QString *error)
{
    m_streams.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CheckpointStoreText::tr("Could not read the stream checkpoints in %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = CheckpointStoreText::tr(
                     "The stream checkpoints in %1 are not valid JSON (%2); reading starts "
                     "without them.")
                     .arg(QDir::toNativeSeparators(m_path), parseError.errorString());
        return false;
    }
    const QJsonObject streams = document.object().value(QLatin1String("streams")).toObject();
    for (auto stream = streams.begin(); stream != streams.end(); ++stream) {
        const QJsonObject shards = stream.value().toObject();
        for (auto shard = shards.begin(); shard != shards.end(); ++shard) {
            const QJsonObject value = shard.value().toObject();
            Entry entry;
            entry.sequenceNumber = value.value(QLatin1String("sequenceNumber")).toString();
            entry.drained = value.value(QLatin1String("drained")).toBool();
            m_streams[stream.key()].insert(shard.key(), entry);
        }
    }
    return true;
}

bool CheckpointStore::save(QString *error) const
{
    QJsonObject streams;
    for (auto stream = m_streams.begin(); stream != m_streams.end(); ++stream) {
        QJsonObject shards;
        for (auto shard = stream->begin(); shard != stream->end(); ++shard) {
            QJsonObject value;
            if (!shard->sequenceNumber.isEmpty())
                value.insert(QStringLiteral("sequenceNumber"), shard->sequenceNumber);
            if (shard->drained)
                value.insert(QStringLiteral("drained"), true);
            shards.insert(shard.key(), value);
        }
        streams.insert(stream.key(), shards);
    }
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("streams"), streams}};

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        *error = CheckpointStoreText::tr("Could not save the stream checkpoints to %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}

std::optional<QString> CheckpointStore::sequenceNumber(const QString &streamArn,
                                                       const QString &shardId) const
{
    const auto stream = m_streams.constFind(streamArn);
    if (stream == m_streams.cend())
        return std::nullopt;
    const auto shard = stream->constFind(shardId);
    if (shard == stream->cend() || shard->sequenceNumber.isEmpty())
        return std::nullopt;
    return shard->sequenceNumber;
}

bool CheckpointStore::isDrained(const QString &streamArn, const QString &shardId) const
{
    const auto stream = m_streams.constFind(streamArn);
    return stream != m_streams.cend() && stream->value(shardId).drained;
}

void CheckpointStore::record(const QString &streamArn, const QString &shardId,
                             const QString &sequenceNumber)
{
    Entry &entry = m_streams[streamArn][shardId];
    if (entry.sequenceNumber.isEmpty() ||
        compareSequenceNumbers(entry.sequenceNumber, sequenceNumber) < 0)
        entry.sequenceNumber = sequenceNumber;
}

void CheckpointStore::markDrained(const QString &streamArn, const QString &shardId)
{
    m_streams[streamArn][shardId].drained = true;
}

void CheckpointStore::forget(const QString &streamArn)
{
    m_streams.remove(streamArn);
}

int CheckpointStore::shardCount(const QString &streamArn) const
{
    return int(m_streams.value(streamArn).size());
}

} // namespace dyna::streams
