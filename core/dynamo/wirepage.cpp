#include "wirepage.h"

#include "simdjsonwire.h"

#include "aws/requestjob.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

namespace dyna::dynamo {

namespace {

QString invalidJson(simdjson::error_code code)
{
    return QCoreApplication::translate("WirePage", "The response is not valid JSON (%1).")
        .arg(QString::fromUtf8(simdjson::error_message(code)));
}

// Members besides the items are few and small; Qt's parser reads them from their minified text.
QJsonValue toQtJson(const simdjson::dom::element &element)
{
    const std::string text = "[" + simdjson::minify(element) + "]";
    return QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), qsizetype(text.size())))
        .array()
        .at(0);
}

struct KeyHash
{
    using is_transparent = void;
    size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
};

// Where each element of the top-level member `name`'s array sits in the body, so the grid can
// keep an item's JSON as sent instead of writing it out again. Only run on text simdjson has
// already validated, so it needs no error handling; an empty result means "not found".
class ElementSpans
{
public:
    static std::vector<QByteArrayView> find(QByteArrayView json, std::string_view name)
    {
        ElementSpans scanner(json);
        return scanner.findIn(name);
    }

private:
    explicit ElementSpans(QByteArrayView json)
        : m_p(json.data())
        , m_end(json.data() + json.size())
    {}

    std::vector<QByteArrayView> findIn(std::string_view name)
    {
        std::vector<QByteArrayView> spans;
        skipSpace();
        if (!consume('{'))
            return spans;
        while (skipSpace(), m_p < m_end && *m_p == '"') {
            const std::string_view key = string();
            skipSpace();
            consume(':');
            skipSpace();
            if (key != name || m_p >= m_end || *m_p != '[') {
                skipValue();
            } else {
                ++m_p;
                while (skipSpace(), m_p < m_end && *m_p != ']') {
                    const char *start = m_p;
                    skipValue();
                    spans.emplace_back(start, m_p - start);
                    skipSpace();
                    consume(',');
                }
                return spans;
            }
            skipSpace();
            consume(',');
        }
        return spans;
    }

    bool consume(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    // At the opening quote; returns the raw (still escaped) text and stops after the closing one.
    std::string_view string()
    {
        const char *start = ++m_p;
        // Strings are most of an item's bytes: memchr finds the closing quote far faster than
        // a byte loop; a quote after an odd run of backslashes is escaped.
        for (;;) {
            const auto *quote = static_cast<const char *>(memchr(m_p, '"', size_t(m_end - m_p)));
            if (!quote) {
                m_p = m_end;
                return {start, size_t(m_end - start)};
            }
            qsizetype backslashes = 0;
            for (const char *b = quote - 1; b >= start && *b == '\\'; --b)
                ++backslashes;
            m_p = quote + 1;
            if (backslashes % 2 == 0)
                return {start, size_t(quote - start)};
        }
    }
    void skipValue()
    {
        if (m_p >= m_end)
            return;
        if (*m_p == '"') {
            string();
            return;
        }
        if (*m_p != '{' && *m_p != '[') {
            while (m_p < m_end && *m_p != ',' && *m_p != '}' && *m_p != ']' && *m_p != ' ' &&
                   *m_p != '\n' && *m_p != '\r' && *m_p != '\t')
                ++m_p;
            return;
        }
        int depth = 0;
        do {
            const char c = *m_p;
            if (c == '"') {
                string();
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']')
                --depth;
            ++m_p;
        } while (depth > 0 && m_p < m_end);
    }

    const char *m_p;
    const char *m_end;
};

// Bounded, so a table with ever-new attribute names cannot grow it without end.
constexpr size_t kMaxInternedKeys = 4096;

} // namespace

QString internedKey(std::string_view key)
{
    thread_local std::unordered_map<std::string, QString, KeyHash, std::equal_to<>> keys;
    const auto found = keys.find(key);
    if (found != keys.end())
        return found->second;
    if (keys.size() >= kMaxInternedKeys)
        keys.clear();
    return keys.emplace(std::string(key), SimdJsonTraits::text(key)).first->second;
}

std::optional<WirePage> WirePage::read(QByteArrayView body, Items form, QString *error)
{
    // One parser per thread keeps its buffers from page to page.
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (const auto code = parser.parse(body.data(), size_t(body.size())).get(root)) {
        *error = invalidJson(code);
        return std::nullopt;
    }
    simdjson::dom::object object;
    if (root.get_object().get(object)) {
        *error = QCoreApplication::translate("WirePage", "The response is not a JSON object.");
        return std::nullopt;
    }
    WirePage page;
    for (const simdjson::dom::key_value_pair member : object) {
        if (member.key != "Items") {
            page.envelope.insert(SimdJsonTraits::text(member.key), toQtJson(member.value));
            continue;
        }
        simdjson::dom::array items;
        if (member.value.get_array().get(items)) {
            *error = QCoreApplication::translate("WirePage", "\"Items\" is not an array.");
            return std::nullopt;
        }
        std::vector<QByteArrayView> spans;
        if (form == Items::Json) {
            spans = ElementSpans::find(body, "Items");
            // A body the scanner reads differently from simdjson falls back to writing items out.
            if (spans.size() != items.size())
                spans.clear();
        }
        if (form == Items::Decoded)
            page.items.reserve(qsizetype(items.size()));
        else {
            page.itemJson.reserve(qsizetype(items.size()));
            page.itemNames.reserve(qsizetype(items.size()));
        }
        qsizetype index = 0;
        for (const simdjson::dom::element item : items) {
            if (form == Items::Json) {
                if (!item.is_object()) {
                    *error = QCoreApplication::translate("WirePage", "Item %1 is not an object.")
                                 .arg(index);
                    return std::nullopt;
                }
                if (size_t(index) < spans.size()) {
                    page.itemJson.append(spans[size_t(index)].toByteArray());
                } else {
                    const std::string json = simdjson::minify(item);
                    page.itemJson.append(QByteArray(json.data(), qsizetype(json.size())));
                }
                QStringList names;
                names.reserve(qsizetype(SimdJsonTraits::object(item).size()));
                for (const simdjson::dom::key_value_pair attribute : SimdJsonTraits::object(item))
                    names.append(internedKey(attribute.key));
                page.itemNames.append(std::move(names));
            } else {
                QString itemError;
                page.items.append(itemFromWire(item, &itemError));
                if (!itemError.isEmpty()) {
                    *error = QCoreApplication::translate("WirePage", "Item %1: %2")
                                 .arg(index)
                                 .arg(itemError);
                    return std::nullopt;
                }
            }
            ++index;
        }
    }
    error->clear();
    return page;
}

WirePage::Holder WirePage::readInto(aws::RequestJob *job, Items form)
{
    auto holder = std::make_shared<std::optional<WirePage>>();
    job->setBodyReader([holder, form](const QByteArray &body, QJsonObject *response) {
        QString error;
        *holder = read(body, form, &error);
        if (!*holder)
            return false;
        *response = (*holder)->envelope;
        return true;
    });
    return holder;
}

WirePage WirePage::fromItems(const QJsonArray &items)
{
    WirePage page;
    page.itemJson.reserve(items.size());
    page.itemNames.reserve(items.size());
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        page.itemJson.append(QJsonDocument(object).toJson(QJsonDocument::Compact));
        page.itemNames.append(object.keys());
    }
    return page;
}

void WirePage::append(const WirePage &other)
{
    items.append(other.items);
    itemJson.append(other.itemJson);
    itemNames.append(other.itemNames);
}

} // namespace dyna::dynamo
