#include "itemformat.h"

#include "documentconverter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>

namespace dyna::dynamo {

namespace {

using Type = AttributeValue::Type;

const QString kJsonColumn = QStringLiteral("JSON");

// lupdate files these strings under the context they are looked up by; a free tr() would
// be filed under the namespace, where no lookup finds its translations.
struct ItemFileFormatText
{
    Q_DECLARE_TR_FUNCTIONS(ItemFileFormat)
};

QByteArray csvCell(const QByteArray &text)
{
    if (!text.contains(',') && !text.contains('"') && !text.contains('\n') && !text.contains('\r'))
        return text;
    QByteArray quoted = text;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

QByteArray cellText(const AttributeValue &value, QStringView columnType)
{
    if (columnType == u"S")
        return value.string().toUtf8();
    if (columnType == u"N")
        return value.numberText().toUtf8();
    if (columnType == u"B")
        return value.binary().toBase64();
    if (columnType == u"BOOL")
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    return writeExactJson(valueToDocument(value), JsonFormat::Compact);
}

QByteArray formatCsv(const QList<Item> &items, const QStringList &leadingKeys)
{
    // A column is typed when all its values share one type and an empty cell cannot be
    // mistaken for an empty string or binary.
    QMap<QString, QString> columnTypes;
    for (const Item &item : items) {
        for (auto it = item.begin(); it != item.end(); ++it) {
            const Type type = it.value().type();
            QString code = AttributeValue::typeCode(type);
            if ((type == Type::String && it.value().string().isEmpty()) ||
                (type == Type::Binary && it.value().binary().isEmpty())) {
                code = kJsonColumn;
            }
            auto column = columnTypes.find(it.key());
            if (column == columnTypes.end())
                columnTypes.insert(it.key(), code);
            else if (*column != code)
                *column = kJsonColumn;
        }
    }
    QStringList names;
    for (const QString &key : leadingKeys) {
        if (columnTypes.contains(key) && !names.contains(key))
            names.append(key);
    }
    for (auto it = columnTypes.cbegin(); it != columnTypes.cend(); ++it) {
        if (!names.contains(it.key()))
            names.append(it.key());
    }

    QByteArray out;
    QByteArrayList header;
    for (const QString &name : names)
        header.append(csvCell(QStringLiteral("%1 (%2)").arg(name, columnTypes[name]).toUtf8()));
    out += header.join(',') + "\r\n";
    for (const Item &item : items) {
        QByteArrayList cells;
        for (const QString &name : names) {
            const auto value = item.constFind(name);
            cells.append(value == item.cend() ? QByteArray()
                                              : csvCell(cellText(*value, columnTypes[name])));
        }
        out += cells.join(',') + "\r\n";
    }
    return out;
}

QByteArray formatLine(const Item &item, ItemFileFormat format, const QStringList &leadingKeys)
{
    if (format == ItemFileFormat::JsonLines)
        return itemToDocumentText(item, JsonFormat::Compact, leadingKeys) + '\n';
    std::vector<ExactJsonMember> wrapper;
    wrapper.push_back({QStringLiteral("Item"), itemToExactWire(item, leadingKeys)});
    return writeExactJson(ExactJsonValue::fromObject(std::move(wrapper)), JsonFormat::Compact) +
           '\n';
}

std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// Splits one CSV record into its cells, without quotes; nullopt with a sentence in *error when
// the quoting is broken.
std::optional<QByteArrayList> splitCsv(const QByteArray &record, QString *error)
{
    QByteArrayList cells;
    qsizetype i = 0;
    const qsizetype size = record.size();
    while (true) {
        QByteArray cell;
        if (i < size && record[i] == '"') {
            ++i;
            while (true) {
                if (i >= size) {
                    *error = ItemFileFormatText::tr("A quoted cell is never closed.");
                    return std::nullopt;
                }
                if (record[i] == '"') {
                    if (i + 1 < size && record[i + 1] == '"') {
                        cell += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += record[i++];
            }
            if (i < size && record[i] != ',') {
                *error = ItemFileFormatText::tr("Cell %1 has text after its closing quote.")
                             .arg(cells.size() + 1);
                return std::nullopt;
            }
        } else {
            while (i < size && record[i] != ',') {
                if (record[i] == '"') {
                    *error = ItemFileFormatText::tr(
                                 "Cell %1 contains a quote but does not start with one; quote the "
                                 "whole cell and double the quotes inside it.")
                                 .arg(cells.size() + 1);
                    return std::nullopt;
                }
                cell += record[i++];
            }
        }
        cells.append(cell);
        if (i >= size)
            return cells;
        ++i; // the comma
    }
}

} // namespace

QByteArray formatItems(const QList<Item> &items, ItemFileFormat format,
                       const QStringList &leadingKeys)
{
    if (format == ItemFileFormat::Csv)
        return formatCsv(items, leadingKeys);
    QByteArray out;
    for (const Item &item : items)
        out += formatLine(item, format, leadingKeys);
    return out;
}

// --- ItemFileWriter -------------------------------------------------------------------------

ItemFileWriter::ItemFileWriter(QString fileName, ItemFileFormat format, QStringList leadingKeys)
    : m_fileName(std::move(fileName))
    , m_format(format)
    , m_leadingKeys(std::move(leadingKeys))
{}

ItemFileWriter::~ItemFileWriter() = default;

bool ItemFileWriter::open()
{
    m_file = std::make_unique<QSaveFile>(m_fileName);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_error = QCoreApplication::translate("ItemFileWriter", "Could not create \"%1\": %2")
                      .arg(m_fileName, m_file->errorString());
        m_file.reset();
        return false;
    }
    return true;
}

bool ItemFileWriter::write(const Item &item)
{
    if (m_format == ItemFileFormat::Csv) {
        m_pending.append(item);
        return true;
    }
    return writeBytes(formatLine(item, m_format, m_leadingKeys));
}

bool ItemFileWriter::commit()
{
    if (m_format == ItemFileFormat::Csv) {
        const QByteArray text = formatCsv(m_pending, m_leadingKeys);
        m_pending.clear();
        if (!writeBytes(text))
            return false;
    }
    if (!m_file || !m_file->commit()) {
        if (m_error.isEmpty()) {
            m_error = QCoreApplication::translate("ItemFileWriter", "Could not save \"%1\": %2")
                          .arg(m_fileName, m_file ? m_file->errorString() : QString());
        }
        m_file.reset();
        return false;
    }
    m_file.reset();
    return true;
}

void ItemFileWriter::cancel()
{
    if (m_file)
        m_file->cancelWriting();
    // Destroying an uncommitted QSaveFile removes its temporary file.
    m_file.reset();
    m_pending.clear();
}

bool ItemFileWriter::writeBytes(const QByteArray &bytes)
{
    if (!m_file || m_file->write(bytes) != bytes.size()) {
        m_error = QCoreApplication::translate("ItemFileWriter", "Could not write \"%1\": %2")
                      .arg(m_fileName, m_file ? m_file->errorString() : QString());
        return false;
    }
    m_bytes += bytes.size();
    return true;
}

// --- ItemFileReader -------------------------------------------------------------------------

ItemFileReader::ItemFileReader(QIODevice *device, ItemFileFormat format)
    : m_device(device)
    , m_format(format)
{}

ItemFileReader::~ItemFileReader() = default;

std::optional<std::pair<int, QByteArray>> ItemFileReader::readRawLine()
{
    if (!m_device || m_device->atEnd())
        return std::nullopt;
    QByteArray line = m_device->readLine();
    if (line.isEmpty())
        return std::nullopt;
    if (m_nextLine == 1 && line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    return std::pair{m_nextLine++, line};
}

namespace {

QByteArray withoutLineBreak(QByteArray line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// Follows RFC 4180 quoting across the lines of one record: a quote opens a quoted cell only at
// the start of a cell, and "" inside one is an escaped quote.
class CsvQuoteScanner
{
public:
    void feed(const QByteArray &text)
    {
        for (const char c : text) {
            if (m_inQuotes) {
                if (m_quoteSeen) {
                    m_quoteSeen = false;
                    if (c == '"')
                        continue;
                    m_inQuotes = false;
                } else {
                    m_quoteSeen = c == '"';
                    continue;
                }
            }
            if (c == ',') {
                m_atCellStart = true;
                continue;
            }
            if (c == '"' && m_atCellStart)
                m_inQuotes = true;
            m_atCellStart = false;
        }
    }
    bool insideQuotes() const { return m_inQuotes && !m_quoteSeen; }

private:
    bool m_atCellStart = true;
    bool m_inQuotes = false;
    bool m_quoteSeen = false;
};

} // namespace

std::optional<std::pair<int, QByteArray>> ItemFileReader::readLine()
{
    auto line = readRawLine();
    if (line)
        line->second = withoutLineBreak(line->second);
    return line;
}

std::optional<std::pair<int, QByteArray>> ItemFileReader::readCsvRecord(bool *unterminated)
{
    auto record = readRawLine();
    if (!record)
        return std::nullopt;
    CsvQuoteScanner scanner;
    scanner.feed(record->second);
    while (scanner.insideQuotes()) {
        const auto more = readRawLine();
        if (!more)
            break;
        record->second += more->second;
        scanner.feed(more->second);
    }
    *unterminated = scanner.insideQuotes();
    record->second = withoutLineBreak(record->second);
    return record;
}

std::optional<LineError> ItemFileReader::readCsvHeader()
{
    std::optional<std::pair<int, QByteArray>> header;
    bool unterminated = false;
    do {
        header = readCsvRecord(&unterminated);
    } while (header && header->second.trimmed().isEmpty());
    if (!header) {
        m_stopped = true;
        return std::nullopt;
    }
    const auto fail = [&](const QString &reason) {
        return LineError{
            header->first,
            ItemFileFormatText::tr("The header row is not valid, so no rows were read: %1")
                .arg(reason),
            header->second};
    };
    QString error;
    const auto cells = unterminated ? std::nullopt : splitCsv(header->second, &error);
    if (!cells)
        return fail(unterminated ? ItemFileFormatText::tr("A quoted cell is never closed.")
                                 : error);
    static const QRegularExpression suffix(
        QStringLiteral("^(.+) \\((S|N|B|BOOL|NULL|SS|NS|BS|L|M|JSON)\\)$"),
        QRegularExpression::DotMatchesEverythingOption);
    QSet<QString> seen;
    for (const QByteArray &cell : *cells) {
        const auto text = decodeUtf8(cell);
        if (!text)
            return fail(
                ItemFileFormatText::tr("Column %1 is not valid UTF-8.").arg(m_columns.size() + 1));
        Column column{*text, QStringLiteral("S")};
        const auto match = suffix.match(*text);
        if (match.hasMatch())
            column = {match.captured(1), match.captured(2)};
        if (column.name.isEmpty())
            return fail(ItemFileFormatText::tr("Column %1 has no name.").arg(m_columns.size() + 1));
        if (seen.contains(column.name))
            return fail(
                ItemFileFormatText::tr("The attribute \"%1\" has two columns.").arg(column.name));
        seen.insert(column.name);
        m_columns.append(column);
    }
    return std::nullopt;
}

std::optional<ItemRecord> ItemFileReader::next()
{
    if (m_format == ItemFileFormat::Csv && !m_headerRead) {
        m_headerRead = true;
        if (auto error = readCsvHeader()) {
            m_stopped = true;
            return ItemRecord{error->line, error->text, {}, error};
        }
    }
    while (!m_stopped) {
        if (m_format == ItemFileFormat::Csv) {
            bool unterminated = false;
            const auto record = readCsvRecord(&unterminated);
            if (!record)
                break;
            if (record->second.isEmpty())
                continue;
            if (unterminated) {
                return ItemRecord{record->first,
                                  record->second,
                                  {},
                                  LineError{record->first,
                                            ItemFileFormatText::tr(
                                                "A quoted cell that starts on this line is never "
                                                "closed."),
                                            record->second}};
            }
            return parseCsvRecord(record->first, record->second);
        }
        const auto line = readLine();
        if (!line)
            break;
        if (line->second.trimmed().isEmpty())
            continue;
        return parseLine(line->first, line->second);
    }
    m_stopped = true;
    return std::nullopt;
}

ItemRecord ItemFileReader::parseLine(int line, const QByteArray &text) const
{
    const auto fail = [&](const QString &message) {
        return ItemRecord{line, text, {}, LineError{line, message, text}};
    };
    ExactJsonError jsonError;
    const auto json = parseExactJson(text, &jsonError);
    if (!json) {
        return fail(ItemFileFormatText::tr("Column %1: %2")
                        .arg(QString::number(jsonError.column), jsonError.message));
    }
    if (!json->isObject())
        return fail(ItemFileFormatText::tr("The line is %1, not an item object.")
                        .arg(ExactJsonValue::typeDescription(json->type())));
    QString error;
    Item item;
    if (m_format == ItemFileFormat::JsonLines) {
        item = itemFromDocument(*json, &error);
    } else {
        const ExactJsonValue *wrapped =
            json->members().size() == 1 ? json->member(u"Item") : nullptr;
        if (wrapped && wrapped->isObject()) {
            item = itemFromWire(*wrapped, &error);
            // A bare item whose only attribute happens to be called "Item".
            QString bareError;
            if (!error.isEmpty()) {
                const Item bare = itemFromWire(*json, &bareError);
                if (bareError.isEmpty()) {
                    item = bare;
                    error.clear();
                }
            }
        } else {
            item = itemFromWire(*json, &error);
        }
    }
    if (!error.isEmpty())
        return fail(error);
    return ItemRecord{line, text, item, std::nullopt};
}

ItemRecord ItemFileReader::parseCsvRecord(int line, const QByteArray &text) const
{
    const auto fail = [&](const QString &message) {
        return ItemRecord{line, text, {}, LineError{line, message, text}};
    };
    QString error;
    const auto cells = splitCsv(text, &error);
    if (!cells)
        return fail(error);
    if (cells->size() != m_columns.size()) {
        return fail(ItemFileFormatText::tr("The row has %1 cells but the header has %2 columns.")
                        .arg(cells->size())
                        .arg(m_columns.size()));
    }
    Item item;
    for (qsizetype i = 0; i < cells->size(); ++i) {
        const QByteArray &cell = cells->at(i);
        if (cell.isEmpty())
            continue;
        const Column &column = m_columns.at(i);
        const auto inColumn = [&](const QString &sentence) {
            return fail(ItemFileFormatText::tr("Column \"%1\": %2").arg(column.name, sentence));
        };
        const auto cellText = decodeUtf8(cell);
        if (!cellText)
            return inColumn(ItemFileFormatText::tr("The cell is not valid UTF-8."));
        AttributeValue value;
        if (column.type == u"S") {
            value = AttributeValue::fromString(*cellText);
        } else if (column.type == u"N") {
            value = AttributeValue::fromNumber(*cellText, &error);
        } else if (column.type == u"B") {
            if (const auto bytes = decodeBase64Strict(*cellText))
                value = AttributeValue::fromBinary(*bytes);
            else
                error = ItemFileFormatText::tr("\"%1\" is not base64.").arg(*cellText);
        } else if (column.type == u"BOOL") {
            if (cellText->compare(u"true", Qt::CaseInsensitive) == 0)
                value = AttributeValue::fromBool(true);
            else if (cellText->compare(u"false", Qt::CaseInsensitive) == 0)
                value = AttributeValue::fromBool(false);
            else
                error = ItemFileFormatText::tr("\"%1\" is neither true nor false.").arg(*cellText);
        } else {
            ExactJsonError jsonError;
            const auto json = parseExactJson(cell, &jsonError);
            if (!json) {
                error = ItemFileFormatText::tr("The cell is not JSON (character %1: %2)")
                            .arg(QString::number(jsonError.column), jsonError.message);
            } else {
                value = valueFromDocument(*json, &error);
                if (value.isValid() && column.type != kJsonColumn &&
                    AttributeValue::typeCode(value.type()) != column.type) {
                    error = ItemFileFormatText::tr(
                                "The value is of type %1, but the column holds type %2.")
                                .arg(AttributeValue::typeCode(value.type()), column.type);
                }
            }
        }
        if (!error.isEmpty() || !value.isValid())
            return inColumn(error);
        item.insert(column.name, value);
    }
    return ItemRecord{line, text, item, std::nullopt};
}

} // namespace dyna::dynamo
