#pragma once

#include "aws/job.h"
#include "itemformat.h"

#include <QFile>
#include <QPointer>
#include <QSet>

#include <memory>

namespace dyna::aws {
class AwsClient;
class RequestJob;
} // namespace dyna::aws

namespace dyna::dynamo {

class BatchWriteJob;

// One attribute of a table's primary key: its name and type (S, N or B).
struct KeyAttribute
{
    QString name;
    AttributeValue::Type type = AttributeValue::Type::String;
};

// What an import did with each record of the file. Every record is accounted for: written,
// rejected before sending or failed; if the job itself ends with an error (cancelled, no
// credentials, network), the items still on their way are in none of them.
struct ImportReport
{
    int records = 0; // records read (blank lines are not records)
    int written = 0;
    int calls = 0; // BatchWriteItem calls made
    // Records that are not valid items for the table (syntax, types, missing or empty key
    // attributes, over 400 KB); none of them was sent.
    QList<LineError> rejected;
    // Valid items DynamoDB refused (for example an index key of the wrong type) or kept
    // unprocessed under throttling; the message is DynamoDB's reason.
    QList<LineError> failed;
};

// Puts every item of a file into a table with BatchWriteItem. The file is read twice: once to
// check every record and count the items (so progress has a total), then in chunks of up to
// kChunkItems that are written before the next chunk is read, so memory stays small.
//
// BatchWriteItem refuses a whole call whose items share a key ("Provided list of item keys
// contains duplicates"). A chunk therefore ends before the first item whose key it already
// holds; since chunks are written one after the other, a later line with the same key is
// written after the earlier one and wins, as sequential PutItem calls would.
//
// When DynamoDB refuses a chunk (a validation error or throttling that outlasts the retries),
// its items are sent again one by one, so only the items that really fail are reported, each
// with its line number and DynamoDB's reason. Puts are idempotent, so items of the chunk that
// had been written are merely written again.
class ImportJob : public aws::Job
{
    Q_OBJECT
public:
    static constexpr int kChunkItems = 100;

    ImportJob(aws::AwsClient *client, QString tableName, QString fileName, ItemFileFormat format,
              QObject *parent = nullptr);
    ~ImportJob() override;

    // The table's key (partition key first). Without it the job reads it with DescribeTable.
    void setKeySchema(QList<KeyAttribute> key) { m_key = std::move(key); }
    const QList<KeyAttribute> &keySchema() const { return m_key; }

    void start() override;
    void cancel() override;

    const ImportReport &report() const { return m_report; }
    // Valid items in the file, known once the first reading is done.
    int total() const { return m_total; }

    // Why item cannot go into a table with this key, or nullopt when it can.
    static std::optional<QString> checkItem(const Item &item, const QList<KeyAttribute> &key);

Q_SIGNALS:
    void progress(int written, int total);

private:
    struct Pending
    {
        int line = 0;
        QByteArray text;
        Item item;
    };

    void begin();
    void onDescribed(aws::RequestJob *job);
    void openFile();
    void checkSlice();
    void writeNextChunk();
    void sendChunk();
    void onChunkFinished(BatchWriteJob *job);
    void sendNextSingle();
    void onSingleFinished(BatchWriteJob *job, const Pending &pending);
    // Whether a refused chunk is worth splitting into single items.
    static bool isItemLevelError(const aws::AwsError &error);
    QByteArray keyText(const Item &item) const;
    void fail(const aws::AwsError &error);

    QPointer<aws::AwsClient> m_client;
    QString m_tableName;
    QString m_fileName;
    ItemFileFormat m_format;
    QList<KeyAttribute> m_key;
    QFile m_file;
    std::unique_ptr<ItemFileReader> m_reader;
    QList<Pending> m_chunk;
    QList<Pending> m_singles;
    std::optional<Pending> m_carry; // the item that ended the last chunk with a repeated key
    QPointer<aws::Job> m_current;
    ImportReport m_report;
    int m_total = 0;
};

} // namespace dyna::dynamo
