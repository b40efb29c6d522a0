#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace dyna::streams {

// Where each shard of each stream was read up to: the sequence number of the last record
// delivered, and whether a closed shard was read to its end. Kept in one JSON file written
// atomically (QSaveFile), so a crash leaves the previous version and a restart resumes
// at-least-once. Used by one consumer at a time, on its thread.
class CheckpointStore
{
public:
    explicit CheckpointStore(QString filePath);

    // The default file: stream-checkpoints.json in the application's data folder.
    static QString defaultPath();

    const QString &filePath() const { return m_path; }
    // A missing file is an empty store; an unreadable or malformed one is an error and leaves
    // the store empty.
    bool load(QString *error);
    bool save(QString *error) const;

    std::optional<QString> sequenceNumber(const QString &streamArn, const QString &shardId) const;
    bool isDrained(const QString &streamArn, const QString &shardId) const;
    // Keeps the larger of the stored and the given sequence number.
    void record(const QString &streamArn, const QString &shardId, const QString &sequenceNumber);
    void markDrained(const QString &streamArn, const QString &shardId);
    // Forgets every shard of one stream (a start from TRIM_HORIZON or LATEST).
    void forget(const QString &streamArn);
    int shardCount(const QString &streamArn) const;

private:
    struct Entry
    {
        QString sequenceNumber;
        bool drained = false;
    };

    QString m_path;
    QHash<QString, QHash<QString, Entry>> m_streams; // stream ARN -> shard id -> entry
};

} // namespace dyna::streams
