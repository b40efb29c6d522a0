#include "attributevalue.h"

#include "decimalnumber.h"
#include "simdjsonwire.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace dyna::dynamo {

namespace {

bool nameNeedsBrackets(QStringView name)
{
    if (name.isEmpty())
        return true;
    return std::any_of(name.begin(), name.end(), [](QChar c) {
        return c == u'.' || c == u'[' || c == u']' || c == u'"' || c.isSpace();
    });
}

void setError(QString *error, const AttributePath &path, const QString &sentence)
{
    if (error)
        *error = path.annotate(sentence);
}

QString quotedForMessage(QStringView text)
{
    constexpr qsizetype kMaxShown = 40;
    if (text.size() <= kMaxShown)
        return QLatin1Char('"') + text.toString() + QLatin1Char('"');
    return QLatin1Char('"') + text.left(kMaxShown - 3).toString() + QStringLiteral("...\"");
}

int base64Value(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'a' && c <= u'z')
        return c - u'a' + 26;
    if (c >= u'0' && c <= u'9')
        return c - u'0' + 52;
    if (c == u'+')
        return 62;
    if (c == u'/')
        return 63;
    return -1;
}

// Duplicate search: quadratic for the small sets that are the common case (no hashing, no
// allocation), hashed beyond that. Returns the index of the first member that repeats an
// earlier one, or -1.
template<typename T>
qsizetype firstDuplicate(const QList<T> &members)
{
    constexpr qsizetype kLinearLimit = 16;
    const qsizetype n = members.size();
    if (n <= kLinearLimit) {
        for (qsizetype i = 1; i < n; ++i) {
            for (qsizetype j = 0; j < i; ++j) {
                if (members.at(i) == members.at(j))
                    return i;
            }
        }
        return -1;
    }
    QSet<T> seen;
    seen.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (seen.contains(members.at(i)))
            return i;
        seen.insert(members.at(i));
    }
    return -1;
}

template<typename T>
bool sameMembers(const QList<T> &a, const QList<T> &b)
{
    if (a.size() != b.size())
        return false;
    if (a == b)
        return true;
    // Set members are unique, so equal sizes and inclusion mean equality.
    const QSet<T> bSet(b.begin(), b.end());
    return std::all_of(a.begin(), a.end(), [&](const T &m) { return bSet.contains(m); });
}

QString emptySetMessage(AttributeValue::Type type)
{
    switch (type) {
    case AttributeValue::Type::StringSet:
        return QCoreApplication::translate(
            "AttributeValue", "A string set cannot be empty; DynamoDB does not store empty sets.");
    case AttributeValue::Type::NumberSet:
        return QCoreApplication::translate(
            "AttributeValue", "A number set cannot be empty; DynamoDB does not store empty sets.");
    default:
        return QCoreApplication::translate(
            "AttributeValue", "A binary set cannot be empty; DynamoDB does not store empty sets.");
    }
}

} // namespace

// ---- AttributePath ----

QString AttributePath::toString() const
{
    QVarLengthArray<const AttributePath *, 16> chain;
    for (const AttributePath *p = this; p && p->m_parent; p = p->m_parent)
        chain.append(p);
    QString text;
    for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
        const AttributePath *p = *it;
        if (p->m_index >= 0) {
            text += QLatin1Char('[') + QString::number(p->m_index) + QLatin1Char(']');
        } else if (nameNeedsBrackets(p->m_name)) {
            QString escaped = p->m_name.toString();
            escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
            text += QLatin1String("[\"") + escaped + QLatin1String("\"]");
        } else {
            if (!text.isEmpty())
                text += QLatin1Char('.');
            text += p->m_name;
        }
    }
    return text;
}

QString AttributePath::annotate(const QString &sentence) const
{
    const QString where = toString();
    if (where.isEmpty())
        return sentence;
    return QCoreApplication::translate("AttributeValue", "%1: %2").arg(where, sentence);
}

// ---- base64 ----

std::optional<QByteArray> decodeBase64Strict(QStringView text)
{
    const qsizetype n = text.size();
    if (n % 4 != 0)
        return std::nullopt;
    QByteArray out;
    out.reserve(n / 4 * 3);
    for (qsizetype i = 0; i < n; i += 4) {
        const bool last = i + 4 == n;
        int v[4];
        int padding = 0;
        for (int k = 0; k < 4; ++k) {
            const char16_t c = text[i + k].unicode();
            if (c == u'=' && last && k >= 2) {
                ++padding;
                v[k] = 0;
                continue;
            }
            if (padding > 0) // data after '='
                return std::nullopt;
            v[k] = base64Value(c);
            if (v[k] < 0)
                return std::nullopt;
        }
        const quint32 triple =
            quint32(v[0]) << 18 | quint32(v[1]) << 12 | quint32(v[2]) << 6 | quint32(v[3]);
        out += char(triple >> 16);
        if (padding < 2)
            out += char((triple >> 8) & 0xFF);
        if (padding < 1)
            out += char(triple & 0xFF);
    }
    return out;
}

// ---- construction with validation ----

namespace {

struct Checked
{
    // Canonical number text, keeping text itself when it already is canonical (no copy).
    static std::optional<QString> number(QString text, QString *error, const AttributePath &path)
    {
        DecimalNumber::Error problem = DecimalNumber::Error::None;
        const DecimalNumber n = DecimalNumber::parse(text, &problem);
        if (!n.isValid()) {
            setError(error, path, numberErrorMessage(problem, text));
            return std::nullopt;
        }
        if (n.isCanonicalText(text))
            return text;
        return n.toString();
    }

    static bool stringSet(const QStringList &members, QString *error, const AttributePath &path)
    {
        if (members.isEmpty()) {
            setError(error, path, emptySetMessage(AttributeValue::Type::StringSet));
            return false;
        }
        const qsizetype dup = firstDuplicate(members);
        if (dup >= 0) {
            setError(error, path,
                     QCoreApplication::translate("AttributeValue",
                                                 "The string set contains %1 more than once.")
                         .arg(quotedForMessage(members.at(dup))));
            return false;
        }
        return true;
    }

    // Canonicalises in place; duplicates are found by value ("1" and "1.0").
    static bool numberSet(QStringList &members, QString *error, const AttributePath &path)
    {
        if (members.isEmpty()) {
            setError(error, path, emptySetMessage(AttributeValue::Type::NumberSet));
            return false;
        }
        const QStringList original = members;
        for (qsizetype i = 0; i < members.size(); ++i) {
            auto canonical = number(members.at(i), error, path.child(i));
            if (!canonical)
                return false;
            if (*canonical != members.at(i))
                members[i] = *canonical;
        }
        const qsizetype dup = firstDuplicate(members);
        if (dup >= 0) {
            const qsizetype first = members.indexOf(members.at(dup));
            const QString message =
                original.at(first) == original.at(dup)
                    ? QCoreApplication::translate("AttributeValue",
                                                  "The number set contains %1 more than once.")
                          .arg(quotedForMessage(original.at(dup)))
                    : QCoreApplication::translate("AttributeValue",
                                                  "The number set contains the same number "
                                                  "twice: %1 and %2.")
                          .arg(quotedForMessage(original.at(first)),
                               quotedForMessage(original.at(dup)));
            setError(error, path, message);
            return false;
        }
        return true;
    }

    static bool binarySet(const QByteArrayList &members, QString *error, const AttributePath &path)
    {
        if (members.isEmpty()) {
            setError(error, path, emptySetMessage(AttributeValue::Type::BinarySet));
            return false;
        }
        const qsizetype dup = firstDuplicate(members);
        if (dup >= 0) {
            const qsizetype first = members.indexOf(members.at(dup));
            setError(error, path,
                     QCoreApplication::translate("AttributeValue",
                                                 "The binary set contains the same bytes twice "
                                                 "(members %1 and %2).")
                         .arg(first)
                         .arg(dup));
            return false;
        }
        return true;
    }
};

} // namespace

AttributeValue AttributeValue::null()
{
    AttributeValue v;
    v.m_data.emplace<NullTag>();
    return v;
}

AttributeValue AttributeValue::fromBool(bool value)
{
    AttributeValue v;
    v.m_data.emplace<bool>(value);
    return v;
}

AttributeValue AttributeValue::fromString(QString text)
{
    AttributeValue v;
    v.m_data.emplace<QString>(std::move(text));
    return v;
}

AttributeValue AttributeValue::fromNumber(QStringView text, QString *error)
{
    auto canonical = Checked::number(text.toString(), error, {});
    AttributeValue v;
    if (canonical)
        v.m_data.emplace<NumberText>(NumberText{std::move(*canonical)});
    return v;
}

AttributeValue AttributeValue::fromBinary(QByteArray bytes)
{
    AttributeValue v;
    v.m_data.emplace<QByteArray>(std::move(bytes));
    return v;
}

AttributeValue AttributeValue::fromStringSet(QStringList members, QString *error)
{
    AttributeValue v;
    if (Checked::stringSet(members, error, {}))
        v.m_data.emplace<StringSetData>(StringSetData{std::move(members)});
    return v;
}

AttributeValue AttributeValue::fromNumberSet(const QStringList &members, QString *error)
{
    QStringList canonical = members;
    AttributeValue v;
    if (Checked::numberSet(canonical, error, {}))
        v.m_data.emplace<NumberSetData>(NumberSetData{std::move(canonical)});
    return v;
}

AttributeValue AttributeValue::fromBinarySet(QByteArrayList members, QString *error)
{
    AttributeValue v;
    if (Checked::binarySet(members, error, {}))
        v.m_data.emplace<QByteArrayList>(std::move(members));
    return v;
}

AttributeValue AttributeValue::fromList(AttributeList elements)
{
    AttributeValue v;
    v.m_data.emplace<ListData>(std::make_shared<const AttributeList>(std::move(elements)));
    return v;
}

AttributeValue AttributeValue::fromMap(AttributeMap entries)
{
    AttributeValue v;
    v.m_data.emplace<MapData>(std::make_shared<const AttributeMap>(std::move(entries)));
    return v;
}

// ---- accessors ----

bool AttributeValue::isSet() const
{
    const Type t = type();
    return t == Type::StringSet || t == Type::NumberSet || t == Type::BinarySet;
}

bool AttributeValue::isScalar() const
{
    const Type t = type();
    return t == Type::Null || t == Type::Bool || t == Type::String || t == Type::Number ||
           t == Type::Binary;
}

bool AttributeValue::toBool() const
{
    const bool *b = std::get_if<bool>(&m_data);
    return b && *b;
}

const QString &AttributeValue::string() const
{
    static const QString empty;
    const QString *s = std::get_if<QString>(&m_data);
    return s ? *s : empty;
}

const QString &AttributeValue::numberText() const
{
    static const QString empty;
    const NumberText *n = std::get_if<NumberText>(&m_data);
    return n ? n->text : empty;
}

const QByteArray &AttributeValue::binary() const
{
    static const QByteArray empty;
    const QByteArray *b = std::get_if<QByteArray>(&m_data);
    return b ? *b : empty;
}

const QStringList &AttributeValue::stringSet() const
{
    static const QStringList empty;
    const StringSetData *s = std::get_if<StringSetData>(&m_data);
    return s ? s->members : empty;
}

const QStringList &AttributeValue::numberSet() const
{
    static const QStringList empty;
    const NumberSetData *s = std::get_if<NumberSetData>(&m_data);
    return s ? s->members : empty;
}

const QByteArrayList &AttributeValue::binarySet() const
{
    static const QByteArrayList empty;
    const QByteArrayList *s = std::get_if<QByteArrayList>(&m_data);
    return s ? *s : empty;
}

const AttributeList &AttributeValue::list() const
{
    static const AttributeList empty;
    const ListData *l = std::get_if<ListData>(&m_data);
    return l ? **l : empty;
}

const AttributeMap &AttributeValue::map() const
{
    static const AttributeMap empty;
    const MapData *m = std::get_if<MapData>(&m_data);
    return m ? **m : empty;
}

qsizetype AttributeValue::size() const
{
    switch (type()) {
    case Type::StringSet:
        return stringSet().size();
    case Type::NumberSet:
        return numberSet().size();
    case Type::BinarySet:
        return binarySet().size();
    case Type::List:
        return list().size();
    case Type::Map:
        return map().size();
    default:
        return 0;
    }
}

bool AttributeValue::operator==(const AttributeValue &other) const
{
    if (type() != other.type())
        return false;
    switch (type()) {
    case Type::StringSet:
        return sameMembers(stringSet(), other.stringSet());
    case Type::NumberSet:
        return sameMembers(numberSet(), other.numberSet());
    case Type::BinarySet:
        return sameMembers(binarySet(), other.binarySet());
    case Type::List:
        return list() == other.list();
    case Type::Map:
        return map() == other.map();
    default:
        return m_data == other.m_data;
    }
}

QLatin1StringView AttributeValue::typeCode(Type type)
{
    switch (type) {
    case Type::Invalid:
        break;
    case Type::Null:
        return QLatin1StringView("NULL");
    case Type::Bool:
        return QLatin1StringView("BOOL");
    case Type::String:
        return QLatin1StringView("S");
    case Type::Number:
        return QLatin1StringView("N");
    case Type::Binary:
        return QLatin1StringView("B");
    case Type::StringSet:
        return QLatin1StringView("SS");
    case Type::NumberSet:
        return QLatin1StringView("NS");
    case Type::BinarySet:
        return QLatin1StringView("BS");
    case Type::List:
        return QLatin1StringView("L");
    case Type::Map:
        return QLatin1StringView("M");
    }
    return {};
}

AttributeValue::Type AttributeValue::typeFromCode(QStringView code)
{
    for (int t = int(Type::Null); t <= int(Type::Map); ++t) {
        if (code == typeCode(Type(t)))
            return Type(t);
    }
    return Type::Invalid;
}

// ---- wire JSON in ----

namespace {

// The two JSON trees the reader walks: QJsonValue (service responses) and ExactJsonValue
// (text typed by a user). One reader, so both accept exactly the same documents.
struct QtJsonTraits
{
    using Value = QJsonValue;
    static bool isObject(const Value &v) { return v.isObject(); }
    static bool isArray(const Value &v) { return v.isArray(); }
    static bool isString(const Value &v) { return v.isString(); }
    static bool isBool(const Value &v) { return v.isBool(); }
    static QString string(const Value &v) { return v.toString(); }
    static bool boolean(const Value &v) { return v.toBool(); }
    static qsizetype memberCount(const Value &v) { return v.toObject().size(); }
    static QString description(const Value &v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
            return ExactJsonValue::typeDescription(ExactJsonValue::Type::Null);
        case QJsonValue::Bool:
            return ExactJsonValue::typeDescription(ExactJsonValue::Type::Bool);
        case QJsonValue::Double:
            return ExactJsonValue::typeDescription(ExactJsonValue::Type::Number);
        case QJsonValue::String:
            return ExactJsonValue::typeDescription(ExactJsonValue::Type::String);
        case QJsonValue::Array:
            return ExactJsonValue::typeDescription(ExactJsonValue::Type::Array);
        case QJsonValue::Object:
            return ExactJsonValue::typeDescription(ExactJsonValue::Type::Object);
        case QJsonValue::Undefined:
            break;
        }
        return QCoreApplication::translate("AttributeValue", "nothing");
    }
    template<typename F>
    static bool forEachElement(const Value &v, F &&f)
    {
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!f(i, array.at(i)))
                return false;
        }
        return true;
    }
    template<typename F>
    static bool forEachMember(const Value &v, F &&f)
    {
        const QJsonObject object = v.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!f(it.key(), it.value()))
                return false;
        }
        return true;
    }
    static qsizetype elementCount(const Value &v) { return v.toArray().size(); }
};

struct ExactJsonTraits
{
    using Value = ExactJsonValue;
    static bool isObject(const Value &v) { return v.isObject(); }
    static bool isArray(const Value &v) { return v.isArray(); }
    static bool isString(const Value &v) { return v.isString(); }
    static bool isBool(const Value &v) { return v.isBool(); }
    static const QString &string(const Value &v) { return v.string(); }
    static bool boolean(const Value &v) { return v.toBool(); }
    static qsizetype memberCount(const Value &v) { return qsizetype(v.members().size()); }
    static QString description(const Value &v) { return ExactJsonValue::typeDescription(v.type()); }
    template<typename F>
    static bool forEachElement(const Value &v, F &&f)
    {
        const auto &elements = v.elements();
        for (size_t i = 0; i < elements.size(); ++i) {
            if (!f(qsizetype(i), elements[i]))
                return false;
        }
        return true;
    }
    template<typename F>
    static bool forEachMember(const Value &v, F &&f)
    {
        for (const ExactJsonMember &m : v.members()) {
            if (!f(m.key, m.value))
                return false;
        }
        return true;
    }
    static qsizetype elementCount(const Value &v) { return qsizetype(v.elements().size()); }
};

QString nestingMessage()
{
    return QCoreApplication::translate("AttributeValue",
                                       "Lists and maps are nested more than 32 levels deep "
                                       "(counting the item itself); DynamoDB allows 32.");
}

QString emptyNameMessage()
{
    return QCoreApplication::translate("AttributeValue", "An attribute name cannot be empty.");
}

} // namespace

// Builds values from either JSON tree; a friend of AttributeValue so that decoded strings and
// lists move into the value without another copy or check.
template<typename Traits>
class WireReader
{
public:
    using Value = typename Traits::Value;

    static AttributeValue read(const Value &json, QString *error, const AttributePath &path,
                               int containers)
    {
        if (!Traits::isObject(json)) {
            setError(error, path,
                     QCoreApplication::translate("AttributeValue",
                                                 "Expected an attribute value such as "
                                                 "{\"S\": \"text\"} but found %1.")
                         .arg(Traits::description(json)));
            return {};
        }
        const qsizetype count = Traits::memberCount(json);
        if (count != 1) {
            setError(error, path,
                     count == 0 ? QCoreApplication::translate(
                                      "AttributeValue",
                                      "The attribute value is empty; it needs exactly one type "
                                      "such as \"S\", \"N\" or \"M\".")
                                : QCoreApplication::translate(
                                      "AttributeValue",
                                      "The attribute value has %1 types; it needs exactly one.")
                                      .arg(count));
            return {};
        }
        AttributeValue result;
        Traits::forEachMember(json, [&](const QString &code, const Value &payload) {
            result = readPayload(code, payload, error, path, containers);
            return true;
        });
        return result;
    }

    static Item readItem(const Value &json, QString *error)
    {
        if (error)
            error->clear();
        if (!Traits::isObject(json)) {
            if (error)
                *error = QCoreApplication::translate(
                             "AttributeValue",
                             "An item in DynamoDB JSON must be an object of attribute names, "
                             "such as {\"id\": {\"S\": \"a1\"}}, but this is %1.")
                             .arg(Traits::description(json));
            return {};
        }
        Item item;
        const AttributePath root;
        const bool ok = Traits::forEachMember(json, [&](const QString &name, const Value &v) {
            const AttributePath path = root.child(name);
            if (name.isEmpty()) {
                setError(error, path, emptyNameMessage());
                return false;
            }
            AttributeValue value = read(v, error, path, 0);
            if (!value.isValid())
                return false;
            item.insert(item.cend(), name, std::move(value));
            return true;
        });
        return ok ? item : Item();
    }

private:
    static QString wrongPayload(QLatin1StringView code, const QString &expected, const Value &v)
    {
        return QCoreApplication::translate("AttributeValue",
                                           "The value of \"%1\" must be %2, but it is %3.")
            .arg(code, expected, Traits::description(v));
    }

    static AttributeValue readPayload(const QString &code, const Value &payload, QString *error,
                                      const AttributePath &path, int containers)
    {
        using Type = AttributeValue::Type;
        const Type type = AttributeValue::typeFromCode(code);
        const QLatin1StringView c = AttributeValue::typeCode(type);
        switch (type) {
        case Type::Invalid:
            setError(error, path,
                     QCoreApplication::translate("AttributeValue",
                                                 "Unknown type %1; expected one of S, N, B, "
                                                 "BOOL, NULL, SS, NS, BS, L, M.")
                         .arg(quotedForMessage(code)));
            return {};
        case Type::String:
            if (!Traits::isString(payload))
                break;
            return AttributeValue::fromString(Traits::string(payload));
        case Type::Number:
            if (!Traits::isString(payload)) {
                setError(error, path,
                         QCoreApplication::translate("AttributeValue",
                                                     "The value of \"N\" must be a string "
                                                     "such as {\"N\": \"1.5\"}, but it is %1.")
                             .arg(Traits::description(payload)));
                return {};
            }
            return number(Traits::string(payload), error, path);
        case Type::Binary:
            if (!Traits::isString(payload))
                break;
            return binary(Traits::string(payload), error, path);
        case Type::Bool:
            if (!Traits::isBool(payload))
                break;
            return AttributeValue::fromBool(Traits::boolean(payload));
        case Type::Null:
            if (!Traits::isBool(payload) || !Traits::boolean(payload)) {
                setError(error, path,
                         QCoreApplication::translate(
                             "AttributeValue", "A NULL value must be written {\"NULL\": true}."));
                return {};
            }
            return AttributeValue::null();
        case Type::StringSet:
        case Type::NumberSet:
        case Type::BinarySet:
            if (!Traits::isArray(payload))
                break;
            return set(type, payload, error, path);
        case Type::List:
            if (!Traits::isArray(payload))
                break;
            return list(payload, error, path, containers);
        case Type::Map:
            if (!Traits::isObject(payload))
                break;
            return map(payload, error, path, containers);
        }
        setError(error, path, wrongPayload(c, expectedPayload(type), payload));
        return {};
    }

    static QString expectedPayload(AttributeValue::Type type)
    {
        using Type = AttributeValue::Type;
        switch (type) {
        case Type::String:
            return QCoreApplication::translate("AttributeValue", "a string");
        case Type::Binary:
            return QCoreApplication::translate("AttributeValue", "a base64 string");
        case Type::Bool:
            return QCoreApplication::translate("AttributeValue", "true or false");
        case Type::StringSet:
            return QCoreApplication::translate("AttributeValue", "an array of strings");
        case Type::NumberSet:
            return QCoreApplication::translate("AttributeValue",
                                               "an array of strings holding numbers");
        case Type::BinarySet:
            return QCoreApplication::translate("AttributeValue", "an array of base64 strings");
        case Type::List:
            return QCoreApplication::translate("AttributeValue", "an array of attribute values");
        case Type::Map:
            return QCoreApplication::translate("AttributeValue", "an object of attribute values");
        default:
            return {};
        }
    }

    static AttributeValue number(const QString &text, QString *error, const AttributePath &path)
    {
        auto canonical = Checked::number(text, error, path);
        if (!canonical)
            return {};
        AttributeValue v;
        v.m_data.template emplace<AttributeValue::NumberText>(
            AttributeValue::NumberText{std::move(*canonical)});
        return v;
    }

    static AttributeValue binary(const QString &text, QString *error, const AttributePath &path)
    {
        auto bytes = decodeBase64Strict(text);
        if (!bytes) {
            setError(error, path,
                     QCoreApplication::translate("AttributeValue", "%1 is not valid base64.")
                         .arg(quotedForMessage(text)));
            return {};
        }
        return AttributeValue::fromBinary(std::move(*bytes));
    }

    static AttributeValue set(AttributeValue::Type type, const Value &payload, QString *error,
                              const AttributePath &path)
    {
        using Type = AttributeValue::Type;
        QStringList texts;
        QByteArrayList bytes;
        const qsizetype n = Traits::elementCount(payload);
        if (type == Type::BinarySet)
            bytes.reserve(n);
        else
            texts.reserve(n);
        const bool ok = Traits::forEachElement(payload, [&](qsizetype i, const Value &member) {
            if (!Traits::isString(member)) {
                setError(error, path.child(i),
                         QCoreApplication::translate("AttributeValue",
                                                     "Each member of \"%1\" must be a "
                                                     "string, but this one is %2.")
                             .arg(AttributeValue::typeCode(type), Traits::description(member)));
                return false;
            }
            if (type != Type::BinarySet) {
                texts.append(Traits::string(member));
                return true;
            }
            auto decoded = decodeBase64Strict(Traits::string(member));
            if (!decoded) {
                setError(error, path.child(i),
                         QCoreApplication::translate("AttributeValue", "%1 is not valid base64.")
                             .arg(quotedForMessage(Traits::string(member))));
                return false;
            }
            bytes.append(std::move(*decoded));
            return true;
        });
        if (!ok)
            return {};
        AttributeValue v;
        switch (type) {
        case Type::StringSet:
            if (Checked::stringSet(texts, error, path))
                v.m_data.template emplace<AttributeValue::StringSetData>(
                    AttributeValue::StringSetData{std::move(texts)});
            break;
        case Type::NumberSet:
            if (Checked::numberSet(texts, error, path))
                v.m_data.template emplace<AttributeValue::NumberSetData>(
                    AttributeValue::NumberSetData{std::move(texts)});
            break;
        default:
            if (Checked::binarySet(bytes, error, path))
                v.m_data.template emplace<QByteArrayList>(std::move(bytes));
            break;
        }
        return v;
    }

    static AttributeValue list(const Value &payload, QString *error, const AttributePath &path,
                               int containers)
    {
        if (containers >= kMaxNestedContainers) {
            setError(error, path, nestingMessage());
            return {};
        }
        AttributeList elements;
        elements.reserve(Traits::elementCount(payload));
        const bool ok = Traits::forEachElement(payload, [&](qsizetype i, const Value &element) {
            AttributeValue v = read(element, error, path.child(i), containers + 1);
            if (!v.isValid())
                return false;
            elements.append(std::move(v));
            return true;
        });
        return ok ? AttributeValue::fromList(std::move(elements)) : AttributeValue();
    }

    static AttributeValue map(const Value &payload, QString *error, const AttributePath &path,
                              int containers)
    {
        if (containers >= kMaxNestedContainers) {
            setError(error, path, nestingMessage());
            return {};
        }
        AttributeMap entries;
        const bool ok = Traits::forEachMember(payload, [&](const QString &name, const Value &v) {
            const AttributePath childPath = path.child(name);
            if (name.isEmpty()) {
                setError(error, childPath, emptyNameMessage());
                return false;
            }
            AttributeValue value = read(v, error, childPath, containers + 1);
            if (!value.isValid())
                return false;
            // Both JSON trees hand over keys in order often enough that the hint pays off.
            entries.insert(entries.cend(), name, std::move(value));
            return true;
        });
        return ok ? AttributeValue::fromMap(std::move(entries)) : AttributeValue();
    }
};

AttributeValue AttributeValue::fromWire(const QJsonValue &json, QString *error,
                                        const AttributePath &path)
{
    if (error)
        error->clear();
    return WireReader<QtJsonTraits>::read(json, error, path, std::max(0, path.depth() - 1));
}

AttributeValue AttributeValue::fromWire(const ExactJsonValue &json, QString *error,
                                        const AttributePath &path)
{
    if (error)
        error->clear();
    return WireReader<ExactJsonTraits>::read(json, error, path, std::max(0, path.depth() - 1));
}

Item itemFromWire(const QJsonObject &json, QString *error)
{
    return WireReader<QtJsonTraits>::readItem(QJsonValue(json), error);
}

Item itemFromWire(const ExactJsonValue &json, QString *error)
{
    return WireReader<ExactJsonTraits>::readItem(json, error);
}

Item itemFromWire(const simdjson::dom::element &json, QString *error)
{
    return WireReader<SimdJsonTraits>::readItem(json, error);
}

Item itemFromWireText(QByteArrayView utf8, QString *error)
{
    ExactJsonError syntax;
    const auto json = parseExactJson(utf8, &syntax);
    if (!json) {
        if (error)
            *error = syntax.toString();
        return {};
    }
    return itemFromWire(*json, error);
}

// ---- wire JSON out ----

QJsonObject AttributeValue::toWire() const
{
    const QString code = typeCode(type());
    switch (type()) {
    case Type::Invalid:
        return {};
    case Type::Null:
        return {{code, true}};
    case Type::Bool:
        return {{code, toBool()}};
    case Type::String:
        return {{code, string()}};
    case Type::Number:
        return {{code, numberText()}};
    case Type::Binary:
        return {{code, QString::fromLatin1(binary().toBase64())}};
    case Type::StringSet:
        return {{code, QJsonArray::fromStringList(stringSet())}};
    case Type::NumberSet:
        return {{code, QJsonArray::fromStringList(numberSet())}};
    case Type::BinarySet: {
        QJsonArray array;
        for (const QByteArray &member : binarySet())
            array.append(QString::fromLatin1(member.toBase64()));
        return {{code, array}};
    }
    case Type::List: {
        QJsonArray array;
        for (const AttributeValue &element : list())
            array.append(element.toWire());
        return {{code, array}};
    }
    case Type::Map:
        return {{code, itemToWire(map())}};
    }
    return {};
}

ExactJsonValue AttributeValue::toExactWire() const
{
    auto strings = [](const QStringList &list) {
        std::vector<ExactJsonValue> out;
        out.reserve(size_t(list.size()));
        for (const QString &s : list)
            out.push_back(ExactJsonValue::fromString(s));
        return ExactJsonValue::fromArray(std::move(out));
    };
    ExactJsonValue payload;
    switch (type()) {
    case Type::Invalid:
        return {};
    case Type::Null:
        payload = ExactJsonValue::fromBool(true);
        break;
    case Type::Bool:
        payload = ExactJsonValue::fromBool(toBool());
        break;
    case Type::String:
        payload = ExactJsonValue::fromString(string());
        break;
    case Type::Number:
        payload = ExactJsonValue::fromString(numberText());
        break;
    case Type::Binary:
        payload = ExactJsonValue::fromString(QString::fromLatin1(binary().toBase64()));
        break;
    case Type::StringSet:
        payload = strings(stringSet());
        break;
    case Type::NumberSet:
        payload = strings(numberSet());
        break;
    case Type::BinarySet: {
        std::vector<ExactJsonValue> out;
        for (const QByteArray &member : binarySet())
            out.push_back(ExactJsonValue::fromString(QString::fromLatin1(member.toBase64())));
        payload = ExactJsonValue::fromArray(std::move(out));
        break;
    }
    case Type::List: {
        std::vector<ExactJsonValue> out;
        out.reserve(size_t(list().size()));
        for (const AttributeValue &element : list())
            out.push_back(element.toExactWire());
        payload = ExactJsonValue::fromArray(std::move(out));
        break;
    }
    case Type::Map:
        payload = itemToExactWire(map());
        break;
    }
    return ExactJsonValue::fromObject({{QString(typeCode(type())), std::move(payload)}});
}

QJsonObject itemToWire(const Item &item)
{
    QJsonObject json;
    for (auto it = item.cbegin(); it != item.cend(); ++it)
        json.insert(it.key(), it.value().toWire());
    return json;
}

ExactJsonValue itemToExactWire(const Item &item, const QStringList &leadingKeys)
{
    std::vector<ExactJsonMember> members;
    members.reserve(size_t(item.size()));
    for (const QString &key : leadingKeys) {
        const auto it = item.constFind(key);
        if (it != item.cend())
            members.push_back({key, it.value().toExactWire()});
    }
    for (auto it = item.cbegin(); it != item.cend(); ++it) {
        if (!leadingKeys.contains(it.key()))
            members.push_back({it.key(), it.value().toExactWire()});
    }
    return ExactJsonValue::fromObject(std::move(members));
}

QByteArray itemToWireText(const Item &item, JsonFormat format, const QStringList &leadingKeys)
{
    return writeExactJson(itemToExactWire(item, leadingKeys), format);
}

} // namespace dyna::dynamo
