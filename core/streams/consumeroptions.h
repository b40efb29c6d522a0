#pragma once

#include <QString>

namespace dyna::streams {

// Where reading starts on shards the consumer has no checkpoint for, and whether existing
// checkpoints are used.
enum class StartPosition {
    LastCheckpoint, // resume after each shard's checkpoint; shards without one from TRIM_HORIZON
    TrimHorizon,    // every record still in the stream (24 hours), checkpoints ignored
    Latest,         // only changes made from now on, checkpoints ignored
};

struct ConsumerOptions
{
    QString tableName;
    QString streamArn; // empty: the table's newest stream, from ListStreams
    StartPosition start = StartPosition::LastCheckpoint;
    // GetRecords on one shard at most every minPollIntervalMs (DynamoDB allows 5 calls per
    // second per shard); an empty answer doubles the wait up to idlePollIntervalMs.
    int minPollIntervalMs = 200;
    int idlePollIntervalMs = 1000;
    int describeIntervalMs = 10000; // how often DescribeStream looks for new shards
    int maxRecordsPerCall = 1000;   // GetRecords' Limit
    // After a failed call (throttling left after retries, a dropped connection…): the first
    // wait, doubled up to maxBackoffMs.
    int backoffMs = 1000;
    int maxBackoffMs = 30000;
    // The checkpoint file; empty: CheckpointStore::defaultPath().
    QString checkpointPath;
};

} // namespace dyna::streams
