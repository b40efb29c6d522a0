#include "exactjson.h"

#include <QCoreApplication>
#include <QSet>

namespace dyna::dynamo {

ExactJsonValue ExactJsonValue::fromBool(bool value)
{
    ExactJsonValue v;
    v.m_type = Type::Bool;
    v.m_bool = value;
    return v;
}

ExactJsonValue ExactJsonValue::fromNumberText(QString text)
{
    ExactJsonValue v;
    v.m_type = Type::Number;
    v.m_text = std::move(text);
    return v;
}

ExactJsonValue ExactJsonValue::fromString(QString text)
{
    ExactJsonValue v;
    v.m_type = Type::String;
    v.m_text = std::move(text);
    return v;
}

ExactJsonValue ExactJsonValue::fromArray(std::vector<ExactJsonValue> elements)
{
    ExactJsonValue v;
    v.m_type = Type::Array;
    v.m_elements = std::move(elements);
    return v;
}

ExactJsonValue ExactJsonValue::fromObject(std::vector<ExactJsonMember> members)
{
    ExactJsonValue v;
    v.m_type = Type::Object;
    v.m_members = std::move(members);
    return v;
}

const ExactJsonValue *ExactJsonValue::member(QStringView key) const
{
    for (const ExactJsonMember &m : m_members) {
        if (m.key == key)
            return &m.value;
    }
    return nullptr;
}

bool ExactJsonValue::operator==(const ExactJsonValue &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Number:
    case Type::String:
        return m_text == other.m_text;
    case Type::Array:
        return m_elements == other.m_elements;
    case Type::Object:
        return m_members == other.m_members;
    }
    return false;
}

QString ExactJsonValue::typeDescription(Type type)
{
    switch (type) {
    case Type::Null:
        return QCoreApplication::translate("ExactJson", "null");
    case Type::Bool:
        return QCoreApplication::translate("ExactJson", "true or false");
    case Type::Number:
        return QCoreApplication::translate("ExactJson", "a number");
    case Type::String:
        return QCoreApplication::translate("ExactJson", "a string");
    case Type::Array:
        return QCoreApplication::translate("ExactJson", "an array");
    case Type::Object:
        return QCoreApplication::translate("ExactJson", "an object");
    }
    return {};
}

QString ExactJsonError::toString() const
{
    if (!isError())
        return {};
    return QCoreApplication::translate("ExactJson", "Line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(message);
}

namespace {

// Length of the well-formed UTF-8 sequence at p (RFC 3629, table 3-7 of Unicode), or 0.
int utf8SequenceLength(const uchar *p, qsizetype remaining)
{
    const uchar b0 = p[0];
    if (b0 < 0x80)
        return 1;
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        if (b0 == 0xE0)
            low = 0xA0;
        else if (b0 == 0xED)
            high = 0x9F; // no UTF-16 surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        if (b0 == 0xF0)
            low = 0x90;
        else if (b0 == 0xF4)
            high = 0x8F; // nothing above U+10FFFF
    } else {
        return 0;
    }
    if (remaining < length)
        return 0;
    if (p[1] < low || p[1] > high)
        return 0;
    for (int i = 2; i < length; ++i) {
        if (p[i] < 0x80 || p[i] > 0xBF)
            return 0;
    }
    return length;
}

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(ExactJson)

public:
    explicit Parser(QByteArrayView text)
        : m_data(reinterpret_cast<const uchar *>(text.data()))
        , m_size(text.size())
    {}

    std::optional<ExactJsonValue> run(ExactJsonError *error)
    {
        if (m_size >= 3 && m_data[0] == 0xEF && m_data[1] == 0xBB && m_data[2] == 0xBF)
            m_start = m_pos = 3;
        ExactJsonValue value;
        bool ok = false;
        skipWhitespace();
        if (m_pos == m_size) {
            fail(m_pos, tr("The text is empty; expected a JSON value."));
        } else if (parseValue(value, 1)) {
            skipWhitespace();
            if (m_pos == m_size)
                ok = true;
            else
                fail(m_pos, tr("Unexpected %1 after the end of the JSON value.").arg(found(m_pos)));
        }
        if (ok)
            return value;
        if (error)
            *error = makeError();
        return std::nullopt;
    }

private:
    bool fail(qsizetype at, QString message)
    {
        m_errorPos = at;
        m_message = std::move(message);
        return false;
    }

    ExactJsonError makeError() const
    {
        ExactJsonError e;
        e.message = m_message;
        e.line = 1;
        qsizetype lineStart = m_start;
        for (qsizetype i = m_start; i < m_errorPos; ++i) {
            if (m_data[i] == '\n') {
                ++e.line;
                lineStart = i + 1;
            }
        }
        // Columns count characters, not bytes: skip UTF-8 continuation bytes.
        e.column = 1;
        for (qsizetype i = lineStart; i < m_errorPos; ++i) {
            if ((m_data[i] & 0xC0) != 0x80)
                ++e.column;
        }
        return e;
    }

    // What is at pos, for messages: "\"]\"", "the end of the text", "byte 0xFF".
    QString found(qsizetype pos) const
    {
        if (pos >= m_size)
            return tr("the end of the text");
        const uchar c = m_data[pos];
        if (c >= 0x20 && c < 0x7F)
            return QStringLiteral("\"%1\"").arg(QLatin1Char(char(c)));
        if (c == '\n' || c == '\r')
            return tr("a line break");
        if (c == '\t')
            return tr("a tab");
        if (const int length = utf8SequenceLength(m_data + pos, m_size - pos); length > 1) {
            const QString character =
                QString::fromUtf8(reinterpret_cast<const char *>(m_data + pos), length);
            return QStringLiteral("\"%1\"").arg(character);
        }
        if (c >= 0x80)
            return tr("byte 0x%1, which is not valid UTF-8").arg(QString::number(c, 16).toUpper());
        return tr("control character U+%1").arg(c, 4, 16, QLatin1Char('0'));
    }

    void skipWhitespace()
    {
        while (m_pos < m_size && isJsonWhitespace(char(m_data[m_pos])))
            ++m_pos;
    }

    bool parseValue(ExactJsonValue &out, int depth)
    {
        if (m_pos >= m_size)
            return fail(m_pos, tr("Unexpected end of the text; expected a value."));
        const char c = char(m_data[m_pos]);
        switch (c) {
        case '{':
        case '[':
            if (depth > kMaxExactJsonDepth)
                return fail(
                    m_pos,
                    tr("The JSON is nested more than %1 levels deep.").arg(kMaxExactJsonDepth));
            return c == '{' ? parseObject(out, depth) : parseArray(out, depth);
        case '"': {
            QString text;
            if (!parseString(text))
                return false;
            out = ExactJsonValue::fromString(std::move(text));
            return true;
        }
        case '\'':
            return fail(m_pos, tr("Strings must be in double quotes, not single quotes."));
        default:
            break;
        }
        if (c == '-' || isDigit(c))
            return parseNumber(out);
        if (c == '+')
            return fail(m_pos, tr("A number may not start with \"+\"."));
        if (c == '.')
            return fail(m_pos, tr("A number needs a digit before the decimal point."));
        if (isLetter(c))
            return parseWord(out);
        return fail(m_pos, tr("Expected a value but found %1.").arg(found(m_pos)));
    }

    bool parseWord(ExactJsonValue &out)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_size && (isLetter(char(m_data[m_pos])) || isDigit(char(m_data[m_pos]))))
            ++m_pos;
        const QByteArrayView word(m_data + start, m_pos - start);
        if (word == "true") {
            out = ExactJsonValue::fromBool(true);
        } else if (word == "false") {
            out = ExactJsonValue::fromBool(false);
        } else if (word == "null") {
            out = ExactJsonValue();
        } else if (word == "NaN" || word == "Infinity") {
            return fail(start, tr("NaN and Infinity are not JSON numbers."));
        } else {
            return fail(start, tr("Unexpected word \"%1\": text must be in double quotes; only "
                                  "true, false and null are written without them.")
                                   .arg(QString::fromLatin1(word)));
        }
        return true;
    }

    bool parseNumber(ExactJsonValue &out)
    {
        const qsizetype start = m_pos;
        auto digitsFrom = [this] {
            const qsizetype begin = m_pos;
            while (m_pos < m_size && isDigit(char(m_data[m_pos])))
                ++m_pos;
            return m_pos - begin;
        };
        if (m_data[m_pos] == '-')
            ++m_pos;
        if (m_pos >= m_size || !isDigit(char(m_data[m_pos])))
            return fail(m_pos, tr("Expected a digit after \"-\" but found %1.").arg(found(m_pos)));
        if (m_data[m_pos] == '0' && m_pos + 1 < m_size && isDigit(char(m_data[m_pos + 1])))
            return fail(m_pos, tr("Numbers may not have leading zeros (write 7, not 07)."));
        digitsFrom();
        if (m_pos < m_size && m_data[m_pos] == '.') {
            ++m_pos;
            if (digitsFrom() == 0)
                return fail(
                    m_pos,
                    tr("Expected a digit after the decimal point but found %1.").arg(found(m_pos)));
        }
        if (m_pos < m_size && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_size && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
                ++m_pos;
            if (digitsFrom() == 0)
                return fail(m_pos,
                            tr("Expected a digit in the exponent but found %1.").arg(found(m_pos)));
        }
        out = ExactJsonValue::fromNumberText(
            QString::fromLatin1(reinterpret_cast<const char *>(m_data + start), m_pos - start));
        return true;
    }

    int hexDigit(qsizetype pos) const
    {
        if (pos >= m_size)
            return -1;
        const char c = char(m_data[pos]);
        if (isDigit(c))
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // Reads the four hex digits of a \u escape whose backslash is at pos.
    bool readUnicodeEscape(qsizetype pos, char16_t *unit)
    {
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexDigit(pos + 2 + i);
            if (h < 0)
                return fail(pos, tr("A \\u escape needs four hexadecimal digits."));
            value = value * 16 + h;
        }
        *unit = char16_t(value);
        return true;
    }

    bool parseString(QString &out)
    {
        const qsizetype open = m_pos;
        ++m_pos;
        for (;;) {
            const qsizetype runStart = m_pos;
            while (m_pos < m_size) {
                const uchar c = m_data[m_pos];
                if (c == '"' || c == '\\' || c < 0x20)
                    break;
                if (c < 0x80) {
                    ++m_pos;
                    continue;
                }
                const int length = utf8SequenceLength(m_data + m_pos, m_size - m_pos);
                if (length == 0)
                    return fail(m_pos, tr("The text is not valid UTF-8."));
                m_pos += length;
            }
            if (m_pos > runStart)
                out += QString::fromUtf8(reinterpret_cast<const char *>(m_data + runStart),
                                         m_pos - runStart);
            if (m_pos >= m_size)
                return fail(open, tr("This string is never closed with a double quote."));
            const uchar c = m_data[m_pos];
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return fail(m_pos, tr("A string may not contain %1; write it as an escape such "
                                      "as \\n or \\t.")
                                       .arg(found(m_pos)));
            if (!parseEscape(out))
                return false;
        }
    }

    bool parseEscape(QString &out)
    {
        const qsizetype backslash = m_pos;
        if (m_pos + 1 >= m_size)
            return fail(m_pos, tr("Unexpected end of the text inside an escape sequence."));
        const char e = char(m_data[m_pos + 1]);
        m_pos += 2;
        switch (e) {
        case '"':
            out += u'"';
            return true;
        case '\\':
            out += u'\\';
            return true;
        case '/':
            out += u'/';
            return true;
        case 'b':
            out += u'\b';
            return true;
        case 'f':
            out += u'\f';
            return true;
        case 'n':
            out += u'\n';
            return true;
        case 'r':
            out += u'\r';
            return true;
        case 't':
            out += u'\t';
            return true;
        case 'u':
            break;
        default:
            return fail(
                backslash,
                tr("Unknown escape sequence \\%1 in a string.").arg(QString::fromUtf8(&e, 1)));
        }
        char16_t high = 0;
        if (!readUnicodeEscape(backslash, &high))
            return false;
        m_pos = backslash + 6;
        if (QChar::isLowSurrogate(high))
            return fail(backslash, tr("The escape \\u%1 is half of a surrogate pair without "
                                      "its first half.")
                                       .arg(int(high), 4, 16, QLatin1Char('0')));
        if (!QChar::isHighSurrogate(high)) {
            out += QChar(high);
            return true;
        }
        char16_t low = 0;
        if (m_pos + 1 >= m_size || m_data[m_pos] != '\\' || m_data[m_pos + 1] != 'u' ||
            !readUnicodeEscape(m_pos, &low) || !QChar::isLowSurrogate(low)) {
            return fail(backslash, tr("The escape \\u%1 is half of a surrogate pair; it must be "
                                      "followed by a \\uDC00-\\uDFFF escape.")
                                       .arg(int(high), 4, 16, QLatin1Char('0')));
        }
        m_pos += 6;
        out += QChar(high);
        out += QChar(low);
        return true;
    }

    bool parseObject(ExactJsonValue &out, int depth)
    {
        ++m_pos; // '{'
        std::vector<ExactJsonMember> members;
        QSet<QString> keys; // only filled for large objects, where a linear search would be slow
        constexpr size_t kLinearSearchLimit = 16;
        skipWhitespace();
        if (m_pos < m_size && m_data[m_pos] == '}') {
            ++m_pos;
            out = ExactJsonValue::fromObject({});
            return true;
        }
        for (;;) {
            if (m_pos >= m_size || m_data[m_pos] != '"') {
                if (!members.empty() && m_pos < m_size && m_data[m_pos] == '}')
                    return fail(m_pos, tr("Remove the comma before \"}\": JSON does not allow a "
                                          "trailing comma."));
                if (m_pos < m_size && m_data[m_pos] == '\'')
                    return fail(m_pos, tr("Keys must be in double quotes, not single quotes."));
                return fail(m_pos,
                            tr("Expected a key in double quotes but found %1.").arg(found(m_pos)));
            }
            const qsizetype keyPos = m_pos;
            QString key;
            if (!parseString(key))
                return false;
            bool duplicate = false;
            if (members.size() < kLinearSearchLimit) {
                for (const ExactJsonMember &m : members)
                    duplicate = duplicate || m.key == key;
            } else {
                if (keys.isEmpty()) {
                    for (const ExactJsonMember &m : members)
                        keys.insert(m.key);
                }
                duplicate = keys.contains(key);
                keys.insert(key);
            }
            if (duplicate)
                return fail(keyPos, tr("The key \"%1\" appears twice in this object.").arg(key));
            skipWhitespace();
            if (m_pos >= m_size || m_data[m_pos] != ':')
                return fail(
                    m_pos,
                    tr("Expected \":\" after the key \"%1\" but found %2.").arg(key, found(m_pos)));
            ++m_pos;
            skipWhitespace();
            ExactJsonValue value;
            if (!parseValue(value, depth + 1))
                return false;
            members.push_back({std::move(key), std::move(value)});
            skipWhitespace();
            if (m_pos < m_size && m_data[m_pos] == ',') {
                ++m_pos;
                skipWhitespace();
                continue;
            }
            if (m_pos < m_size && m_data[m_pos] == '}') {
                ++m_pos;
                out = ExactJsonValue::fromObject(std::move(members));
                return true;
            }
            return fail(m_pos, tr("Expected \",\" or \"}\" after an object member but found %1.")
                                   .arg(found(m_pos)));
        }
    }

    bool parseArray(ExactJsonValue &out, int depth)
    {
        ++m_pos; // '['
        std::vector<ExactJsonValue> elements;
        skipWhitespace();
        if (m_pos < m_size && m_data[m_pos] == ']') {
            ++m_pos;
            out = ExactJsonValue::fromArray({});
            return true;
        }
        for (;;) {
            if (!elements.empty() && m_pos < m_size && m_data[m_pos] == ']')
                return fail(m_pos, tr("Remove the comma before \"]\": JSON does not allow a "
                                      "trailing comma."));
            ExactJsonValue value;
            if (!parseValue(value, depth + 1))
                return false;
            elements.push_back(std::move(value));
            skipWhitespace();
            if (m_pos < m_size && m_data[m_pos] == ',') {
                ++m_pos;
                skipWhitespace();
                continue;
            }
            if (m_pos < m_size && m_data[m_pos] == ']') {
                ++m_pos;
                out = ExactJsonValue::fromArray(std::move(elements));
                return true;
            }
            return fail(m_pos, tr("Expected \",\" or \"]\" after an array element but found %1.")
                                   .arg(found(m_pos)));
        }
    }

    const uchar *m_data;
    qsizetype m_size;
    qsizetype m_start = 0;
    qsizetype m_pos = 0;
    qsizetype m_errorPos = 0;
    QString m_message;
};

void writeString(const QString &text, QByteArray &out)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20) {
                out += "\\u00";
                out += kHex[uchar(c) >> 4];
                out += kHex[uchar(c) & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void writeIndent(QByteArray &out, int level)
{
    out += '\n';
    out.append(qsizetype(level) * 2, ' ');
}

void writeValue(const ExactJsonValue &value, QByteArray &out, bool indented, int level)
{
    switch (value.type()) {
    case ExactJsonValue::Type::Null:
        out += "null";
        return;
    case ExactJsonValue::Type::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case ExactJsonValue::Type::Number:
        out += value.numberText().toLatin1();
        return;
    case ExactJsonValue::Type::String:
        writeString(value.string(), out);
        return;
    case ExactJsonValue::Type::Array: {
        const auto &elements = value.elements();
        out += '[';
        for (size_t i = 0; i < elements.size(); ++i) {
            if (i > 0)
                out += ',';
            if (indented)
                writeIndent(out, level + 1);
            writeValue(elements[i], out, indented, level + 1);
        }
        if (indented && !elements.empty())
            writeIndent(out, level);
        out += ']';
        return;
    }
    case ExactJsonValue::Type::Object: {
        const auto &members = value.members();
        out += '{';
        for (size_t i = 0; i < members.size(); ++i) {
            if (i > 0)
                out += ',';
            if (indented)
                writeIndent(out, level + 1);
            writeString(members[i].key, out);
            out += indented ? ": " : ":";
            writeValue(members[i].value, out, indented, level + 1);
        }
        if (indented && !members.empty())
            writeIndent(out, level);
        out += '}';
        return;
    }
    }
}

} // namespace

std::optional<ExactJsonValue> parseExactJson(QByteArrayView utf8, ExactJsonError *error)
{
    if (error)
        *error = {};
    return Parser(utf8).run(error);
}

QByteArray writeExactJson(const ExactJsonValue &value, JsonFormat format)
{
    QByteArray out;
    const bool indented = format == JsonFormat::Indented;
    writeValue(value, out, indented, 0);
    if (indented)
        out += '\n';
    return out;
}

} // namespace dyna::dynamo
