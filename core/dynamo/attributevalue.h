#pragma once

#include "exactjson.h"

#include <QByteArrayList>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <variant>

class QJsonObject;
class QJsonValue;

namespace dyna::dynamo {

template<typename Traits>
class WireReader;

class AttributeValue;
using AttributeList = QList<AttributeValue>;
using AttributeMap = QMap<QString, AttributeValue>;
// One item: attribute name -> value, ordered by name.
using Item = AttributeMap;

// Where a nested value sits, for error messages: "orders[2].price", "meta[\"a.b\"]". Built on
// the stack while walking a value (a child points at its parent, so it must not outlive it)
// and turned into text only when an error is reported. Names that are empty or contain '.',
// '[', ']', '"' or whitespace are written ["..."], like ValidationError::memberPath.
class AttributePath
{
public:
    AttributePath() = default; // the item itself
    AttributePath child(QStringView name) const { return AttributePath(this, name, -1); }
    AttributePath child(qsizetype index) const { return AttributePath(this, {}, index); }
    // Number of names and indexes from the item down to here.
    int depth() const { return m_parent ? m_parent->depth() + 1 : 0; }
    QString toString() const;
    // "orders[2].price: <sentence>", or the sentence alone for the item itself.
    QString annotate(const QString &sentence) const;

private:
    AttributePath(const AttributePath *parent, QStringView name, qsizetype index)
        : m_parent(parent)
        , m_name(name)
        , m_index(index)
    {}

    const AttributePath *m_parent = nullptr;
    QStringView m_name;
    qsizetype m_index = -1;
};

// A DynamoDB attribute value: S, N, B, BOOL, NULL, SS, NS, BS, L or M.
//
// Small (32 bytes) and cheap to copy: strings, binaries and sets are Qt's implicitly shared
// containers, lists and maps are shared immutable nodes. N is kept as DynamoDB's canonical
// decimal text ("1.5", never 1.5 as a double). Sets keep the order they were given in.
// A default-constructed value is Invalid: the answer for "no such attribute".
class AttributeValue
{
public:
    enum class Type : quint8 {
        Invalid,
        Null,
        Bool,
        String,
        Number,
        Binary,
        StringSet,
        NumberSet,
        BinarySet,
        List,
        Map,
    };

    AttributeValue() = default;

    static AttributeValue null();
    static AttributeValue fromBool(bool value);
    static AttributeValue fromString(QString text);
    // Checked and canonicalised ("01.50" -> "1.5"); Invalid with a sentence in *error when
    // text is not a DynamoDB number.
    static AttributeValue fromNumber(QStringView text, QString *error = nullptr);
    static AttributeValue fromBinary(QByteArray bytes);
    // Sets must be non-empty without duplicates (numbers compared by value, so "1" and "1.0"
    // are duplicates); Invalid with a sentence in *error otherwise.
    static AttributeValue fromStringSet(QStringList members, QString *error = nullptr);
    static AttributeValue fromNumberSet(const QStringList &members, QString *error = nullptr);
    static AttributeValue fromBinarySet(QByteArrayList members, QString *error = nullptr);
    static AttributeValue fromList(AttributeList elements);
    static AttributeValue fromMap(AttributeMap entries);

    Type type() const { return static_cast<Type>(m_data.index()); }
    bool isValid() const { return type() != Type::Invalid; }
    bool isSet() const;
    bool isScalar() const;

    // Each accessor answers an empty value when the type differs.
    bool toBool() const;
    const QString &string() const;     // S
    const QString &numberText() const; // N, canonical
    const QByteArray &binary() const;  // B, raw bytes
    const QStringList &stringSet() const;
    const QStringList &numberSet() const; // canonical texts
    const QByteArrayList &binarySet() const;
    const AttributeList &list() const;
    const AttributeMap &map() const;
    // Number of members of a set, elements of a list or entries of a map; 0 otherwise.
    qsizetype size() const;

    // Sets compare regardless of order; everything else compares exactly.
    bool operator==(const AttributeValue &other) const;

    // "S", "N", ... "M"; empty for Invalid.
    static QLatin1StringView typeCode(Type type);
    // Type::Invalid when code is not one of the ten.
    static Type typeFromCode(QStringView code);

    // Wire JSON, as DynamoDB sends it: {"S":"x"}, {"N":"1.5"}, {"B":"<base64>"}, ...
    // Invalid with a sentence naming the path in *error when json is not a valid value.
    static AttributeValue fromWire(const QJsonValue &json, QString *error = nullptr,
                                   const AttributePath &path = {});
    // The same from text typed by a user (numbers kept exact while parsing).
    static AttributeValue fromWire(const ExactJsonValue &json, QString *error = nullptr,
                                   const AttributePath &path = {});
    QJsonObject toWire() const;
    // Wire JSON with map keys in name order, for writing text.
    ExactJsonValue toExactWire() const;

private:
    template<typename Traits>
    friend class WireReader;

    struct NullTag
    {
        bool operator==(const NullTag &) const = default;
    };
    struct NumberText
    {
        QString text;
        bool operator==(const NumberText &) const = default;
    };
    struct StringSetData
    {
        QStringList members;
        bool operator==(const StringSetData &) const = default;
    };
    struct NumberSetData
    {
        QStringList members;
        bool operator==(const NumberSetData &) const = default;
    };
    using ListData = std::shared_ptr<const AttributeList>;
    using MapData = std::shared_ptr<const AttributeMap>;

    // The alternatives are in Type order, so index() is the type.
    std::variant<std::monostate, NullTag, bool, QString, NumberText, QByteArray, StringSetData,
                 NumberSetData, QByteArrayList, ListData, MapData>
        m_data;
};

// Wire items: {"name": {"S": "x"}, ...}. On error: an empty item and a sentence naming the
// attribute path in *error (which is cleared on success).
Item itemFromWire(const QJsonObject &json, QString *error = nullptr);
QJsonObject itemToWire(const Item &item);

// DynamoDB JSON typed by a user, parsed without losing digits. Syntax errors name the line and
// column. On error: an empty item and a sentence in *error (cleared on success).
Item itemFromWireText(QByteArrayView utf8, QString *error = nullptr);
Item itemFromWire(const ExactJsonValue &json, QString *error = nullptr);
// Attributes named in leadingKeys (typically the table's key) come first, the rest by name.
ExactJsonValue itemToExactWire(const Item &item, const QStringList &leadingKeys = {});
QByteArray itemToWireText(const Item &item, JsonFormat format = JsonFormat::Indented,
                          const QStringList &leadingKeys = {});

// Strict standard base64 (RFC 4648 alphabet, padded, no whitespace), as DynamoDB requires.
// nullopt when text is not such base64.
std::optional<QByteArray> decodeBase64Strict(QStringView text);

// How deeply lists and maps may nest: DynamoDB counts the item as the first of 32 levels, so
// a chain of at most 31 lists/maps (verified against DynamoDB Local 1.25.1).
constexpr int kMaxNestedContainers = 31;

} // namespace dyna::dynamo
