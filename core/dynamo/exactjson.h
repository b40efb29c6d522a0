#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

namespace dyna::dynamo {

struct ExactJsonMember;

// A JSON value that keeps each number's text exactly as written. QJsonDocument turns every
// number into a double, so a 20-digit integer typed by a user would lose digits; this type is
// for text typed or pasted by people (item editors, imports). Objects keep their members in
// the order written.
class ExactJsonValue
{
public:
    enum class Type : quint8 { Null, Bool, Number, String, Array, Object };

    ExactJsonValue() = default; // null
    static ExactJsonValue fromBool(bool value);
    // text must be JSON number syntax (as DynamoDB's canonical number text always is).
    static ExactJsonValue fromNumberText(QString text);
    static ExactJsonValue fromString(QString text);
    static ExactJsonValue fromArray(std::vector<ExactJsonValue> elements);
    static ExactJsonValue fromObject(std::vector<ExactJsonMember> members);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool() const { return m_bool; }
    // The number's text as written, e.g. "12345678901234567890" or "1.50e3".
    const QString &numberText() const { return m_text; }
    const QString &string() const { return m_text; }
    const std::vector<ExactJsonValue> &elements() const { return m_elements; }
    const std::vector<ExactJsonMember> &members() const { return m_members; }
    // The member named key, or nullptr.
    const ExactJsonValue *member(QStringView key) const;

    bool operator==(const ExactJsonValue &other) const;

    // Names for messages: "an object", "a string", ...
    static QString typeDescription(Type type);

private:
    std::vector<ExactJsonValue> m_elements;
    std::vector<ExactJsonMember> m_members;
    QString m_text;
    Type m_type = Type::Null;
    bool m_bool = false;
};

struct ExactJsonMember
{
    QString key;
    ExactJsonValue value;

    bool operator==(const ExactJsonMember &other) const = default;
};

// Where and why text is not valid JSON. Line and column count from 1; columns count characters.
struct ExactJsonError
{
    QString message;
    int line = 0;
    int column = 0;

    bool isError() const { return !message.isEmpty(); }
    // "Line 3, column 7: Expected "," or "}" after an object member but found "]"."
    QString toString() const;
};

// Strict RFC 8259 JSON in UTF-8 (an optional byte order mark is skipped). Rejected: invalid
// UTF-8, duplicate object keys, text after the value, comments, trailing commas, single
// quotes, NaN/Infinity, leading zeros in numbers, raw control characters in strings, lone
// surrogate escapes, and nesting deeper than kMaxExactJsonDepth.
constexpr int kMaxExactJsonDepth = 512;
std::optional<ExactJsonValue> parseExactJson(QByteArrayView utf8, ExactJsonError *error = nullptr);

enum class JsonFormat { Compact, Indented };

// UTF-8 JSON text; numbers are written with their exact text, members in their order.
// Indented output uses two spaces per level and ends with a newline.
QByteArray writeExactJson(const ExactJsonValue &value, JsonFormat format = JsonFormat::Compact);

} // namespace dyna::dynamo
