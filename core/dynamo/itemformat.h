#pragma once

#include "attributevalue.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;
class QSaveFile;

namespace dyna::dynamo {

// The file formats items are exported to and imported from. Every format holds one item per
// record and round-trips every item exactly (sets, binary, nesting, 38-digit numbers).
//
// JsonLines: one compact plain document per line (documentconverter.h: numbers exact, $B, $SS,
//   $NS, $BS tags).
// DynamoDbJson: one line per item, {"Item":{...wire JSON...}}, as DynamoDB's export to S3 writes
//   it. A bare wire item per line is read too.
// Csv: RFC 4180 (UTF-8, commas, "" inside quoted cells, CRLF written, LF or CRLF read), a header
//   row, then one record per item. Each header cell is `name (T)`:
//     T = S, N, B or BOOL: the cell is the plain value (text, number text, base64, true/false);
//     T = NULL, SS, NS, BS, L or M: the cell is the value as compact document JSON;
//     T = JSON: the column mixes types (or holds empty strings/binaries), and every cell is the
//       value as compact document JSON ("abc" with its quotes for a string).
//   An empty cell means the item has no such attribute. A header without a recognised `(T)`
//   suffix (a spreadsheet's own file) is a string column named by the whole cell. The writer
//   puts the leading keys first, then the other attributes by name, and always writes a suffix,
//   so a name that itself ends in " (N)" survives.
// Blank lines are skipped in every format.
enum class ItemFileFormat { JsonLines, Csv, DynamoDbJson };

// A record that is not a valid item. Lines count from 1 as a text editor shows them (lines end
// at LF); a CSV record that spans lines is reported at its first line.
struct LineError
{
    int line = 0;
    QString message;
    QByteArray text; // the record as it is in the file

    bool operator==(const LineError &other) const = default;
};

struct ItemRecord
{
    int line = 0;                   // first line of the record
    QByteArray text;                // the record as it is in the file
    Item item;                      // empty when error is set
    std::optional<LineError> error; // why the record is not an item
};

// The text of items in one format, ending with a line break; what ItemFileWriter writes.
QByteArray formatItems(const QList<Item> &items, ItemFileFormat format,
                       const QStringList &leadingKeys = {});

// Writes items to a file through QSaveFile: the file appears (or replaces the old one) only on
// commit(); until then, and after cancel(), the target is untouched. CSV needs every column
// before the first row, so a CSV writer keeps the items in memory until commit().
class ItemFileWriter
{
public:
    ItemFileWriter(QString fileName, ItemFileFormat format, QStringList leadingKeys = {});
    ~ItemFileWriter();
    ItemFileWriter(const ItemFileWriter &) = delete;
    ItemFileWriter &operator=(const ItemFileWriter &) = delete;

    bool open();
    bool write(const Item &item);
    bool commit();
    // Discards everything written; the target file stays as it was.
    void cancel();

    qint64 bytesWritten() const { return m_bytes; }
    // A sentence naming the file, after open(), write() or commit() returned false.
    const QString &errorString() const { return m_error; }

private:
    bool writeBytes(const QByteArray &bytes);

    QString m_fileName;
    ItemFileFormat m_format;
    QStringList m_leadingKeys;
    std::unique_ptr<QSaveFile> m_file;
    QList<Item> m_pending; // CSV only
    qint64 m_bytes = 0;
    QString m_error;
};

// Reads items one record at a time from a device opened for reading (the caller keeps it alive).
class ItemFileReader
{
public:
    ItemFileReader(QIODevice *device, ItemFileFormat format);
    ~ItemFileReader();
    ItemFileReader(const ItemFileReader &) = delete;
    ItemFileReader &operator=(const ItemFileReader &) = delete;

    // The next record, good or bad; nullopt at the end. A bad CSV header is reported as one
    // error at its line and ends the reading.
    std::optional<ItemRecord> next();

private:
    struct Column
    {
        QString name;
        QString type; // a type code, or "JSON"
    };

    // One raw record: its first line and its bytes without the final line break; nullopt at
    // the end. CSV records may span lines; *unterminated is set when a quote is never closed.
    std::optional<std::pair<int, QByteArray>> readRawLine(); // with its line break
    std::optional<std::pair<int, QByteArray>> readLine();
    std::optional<std::pair<int, QByteArray>> readCsvRecord(bool *unterminated);
    ItemRecord parseLine(int line, const QByteArray &text) const;
    ItemRecord parseCsvRecord(int line, const QByteArray &text) const;
    std::optional<LineError> readCsvHeader();

    QIODevice *m_device;
    ItemFileFormat m_format;
    int m_nextLine = 1;
    bool m_headerRead = false;
    bool m_stopped = false;
    QList<Column> m_columns;
};

} // namespace dyna::dynamo
