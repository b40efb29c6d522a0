#include "documentconverter.h"

#include "decimalnumber.h"

#include <QCoreApplication>

namespace dyna::dynamo {

namespace {

bool isTag(QStringView key)
{
    return key == DocumentTags::binary || key == DocumentTags::stringSet ||
           key == DocumentTags::numberSet || key == DocumentTags::binarySet;
}

QString unescapeKey(const QString &key)
{
    return key.startsWith(QLatin1String("$$")) ? key.mid(1) : key;
}

QString escapeKey(const QString &key)
{
    return isTag(key) || key.startsWith(QLatin1String("$$")) ? QLatin1Char('$') + key : key;
}

QString quotedForMessage(QStringView text)
{
    constexpr qsizetype kMaxShown = 40;
    if (text.size() <= kMaxShown)
        return QLatin1Char('"') + text.toString() + QLatin1Char('"');
    return QLatin1Char('"') + text.left(kMaxShown - 3).toString() + QStringLiteral("...\"");
}

class DocumentReader
{
public:
    explicit DocumentReader(QString *error)
        : m_error(error)
    {}

    AttributeValue read(const ExactJsonValue &json, const AttributePath &path, int containers)
    {
        switch (json.type()) {
        case ExactJsonValue::Type::Null:
            return AttributeValue::null();
        case ExactJsonValue::Type::Bool:
            return AttributeValue::fromBool(json.toBool());
        case ExactJsonValue::Type::String:
            return AttributeValue::fromString(json.string());
        case ExactJsonValue::Type::Number:
            return number(json.numberText(), path);
        case ExactJsonValue::Type::Array:
            return list(json, path, containers);
        case ExactJsonValue::Type::Object:
            return object(json, path, containers);
        }
        return {};
    }

    // The entries of a map or item; false (with the error set) on the first bad one.
    bool readEntries(const ExactJsonValue &json, const AttributePath &path, int containers,
                     Item *entries)
    {
        for (const ExactJsonMember &member : json.members()) {
            const QString name = unescapeKey(member.key);
            const AttributePath childPath = path.child(name);
            if (name.isEmpty()) {
                fail(childPath, QCoreApplication::translate("DocumentConverter",
                                                            "An attribute name cannot be empty."));
                return false;
            }
            if (isTag(member.key)) {
                fail(childPath, QCoreApplication::translate(
                                    "DocumentConverter",
                                    "%1 marks a tagged value and must be the only key of its "
                                    "object; for an attribute named %1, write \"$%2\".")
                                    .arg(quotedForMessage(member.key), member.key));
                return false;
            }
            // "$x" and "$$x" are distinct keys to the parser but both name "$x".
            if (entries->contains(name)) {
                fail(childPath,
                     QCoreApplication::translate("DocumentConverter",
                                                 "The attribute %1 appears twice in this object.")
                         .arg(quotedForMessage(name)));
                return false;
            }
            AttributeValue value = read(member.value, childPath, containers);
            if (!value.isValid())
                return false;
            entries->insert(name, std::move(value));
        }
        return true;
    }

private:
    AttributeValue fail(const AttributePath &path, const QString &sentence)
    {
        if (m_error)
            *m_error = path.annotate(sentence);
        return {};
    }

    AttributeValue number(const QString &text, const AttributePath &path)
    {
        QString problem;
        AttributeValue v = AttributeValue::fromNumber(text, &problem);
        if (!v.isValid())
            return fail(path, problem);
        return v;
    }

    bool checkNesting(const AttributePath &path, int containers)
    {
        if (containers < kMaxNestedContainers)
            return true;
        fail(path, QCoreApplication::translate("DocumentConverter",
                                               "Lists and maps are nested more than 32 levels "
                                               "deep (counting the item itself); DynamoDB "
                                               "allows 32."));
        return false;
    }

    AttributeValue list(const ExactJsonValue &json, const AttributePath &path, int containers)
    {
        if (!checkNesting(path, containers))
            return {};
        AttributeList elements;
        elements.reserve(qsizetype(json.elements().size()));
        qsizetype i = 0;
        for (const ExactJsonValue &element : json.elements()) {
            AttributeValue v = read(element, path.child(i++), containers + 1);
            if (!v.isValid())
                return {};
            elements.append(std::move(v));
        }
        return AttributeValue::fromList(std::move(elements));
    }

    AttributeValue object(const ExactJsonValue &json, const AttributePath &path, int containers)
    {
        const auto &members = json.members();
        if (members.size() == 1 && isTag(members.front().key))
            return tagged(members.front().key, members.front().value, path);
        if (!checkNesting(path, containers))
            return {};
        Item entries;
        if (!readEntries(json, path, containers + 1, &entries))
            return {};
        return AttributeValue::fromMap(std::move(entries));
    }

    AttributeValue tagged(const QString &tag, const ExactJsonValue &payload,
                          const AttributePath &path)
    {
        if (tag == DocumentTags::binary) {
            if (!payload.isString())
                return fail(path, QCoreApplication::translate(
                                      "DocumentConverter",
                                      "The value of \"$B\" must be a base64 string, but it is %1.")
                                      .arg(ExactJsonValue::typeDescription(payload.type())));
            auto bytes = decodeBase64Strict(payload.string());
            if (!bytes)
                return fail(path, QCoreApplication::translate("DocumentConverter",
                                                              "%1 is not valid base64.")
                                      .arg(quotedForMessage(payload.string())));
            return AttributeValue::fromBinary(std::move(*bytes));
        }
        if (!payload.isArray())
            return fail(
                path,
                QCoreApplication::translate("DocumentConverter",
                                            "The value of %1 must be an array, but it is %2.")
                    .arg(quotedForMessage(tag), ExactJsonValue::typeDescription(payload.type())));
        QString problem;
        AttributeValue set;
        if (tag == DocumentTags::stringSet) {
            QStringList members;
            qsizetype i = 0;
            for (const ExactJsonValue &member : payload.elements()) {
                if (!member.isString())
                    return fail(path.child(i), memberMessage(tag, member));
                members.append(member.string());
                ++i;
            }
            set = AttributeValue::fromStringSet(std::move(members), &problem);
        } else if (tag == DocumentTags::numberSet) {
            QStringList members;
            qsizetype i = 0;
            for (const ExactJsonValue &member : payload.elements()) {
                if (!member.isNumber() && !member.isString())
                    return fail(path.child(i), memberMessage(tag, member));
                const QString &text = member.isNumber() ? member.numberText() : member.string();
                QString numberProblem;
                if (!normalizeNumber(text, &numberProblem))
                    return fail(path.child(i), numberProblem);
                members.append(text);
                ++i;
            }
            set = AttributeValue::fromNumberSet(members, &problem);
        } else {
            QByteArrayList members;
            qsizetype i = 0;
            for (const ExactJsonValue &member : payload.elements()) {
                if (!member.isString())
                    return fail(path.child(i), memberMessage(tag, member));
                auto bytes = decodeBase64Strict(member.string());
                if (!bytes)
                    return fail(path.child(i), QCoreApplication::translate(
                                                   "DocumentConverter", "%1 is not valid base64.")
                                                   .arg(quotedForMessage(member.string())));
                members.append(std::move(*bytes));
                ++i;
            }
            set = AttributeValue::fromBinarySet(std::move(members), &problem);
        }
        if (!set.isValid())
            return fail(path, problem);
        return set;
    }

    static QString memberMessage(const QString &tag, const ExactJsonValue &member)
    {
        const QString expected =
            tag == DocumentTags::numberSet
                ? QCoreApplication::translate("DocumentConverter", "a number")
            : tag == DocumentTags::binarySet
                ? QCoreApplication::translate("DocumentConverter", "a base64 string")
                : QCoreApplication::translate("DocumentConverter", "a string");
        return QCoreApplication::translate("DocumentConverter",
                                           "Each member of %1 must be %2, but this one is %3.")
            .arg(quotedForMessage(tag), expected, ExactJsonValue::typeDescription(member.type()));
    }

    QString *m_error;
};

ExactJsonValue entriesToDocument(const Item &entries, const QStringList &leadingKeys)
{
    std::vector<ExactJsonMember> members;
    members.reserve(size_t(entries.size()));
    for (const QString &key : leadingKeys) {
        const auto it = entries.constFind(key);
        if (it != entries.cend())
            members.push_back({escapeKey(key), valueToDocument(it.value())});
    }
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (!leadingKeys.contains(it.key()))
            members.push_back({escapeKey(it.key()), valueToDocument(it.value())});
    }
    return ExactJsonValue::fromObject(std::move(members));
}

ExactJsonValue tagged(QLatin1StringView tag, ExactJsonValue payload)
{
    return ExactJsonValue::fromObject({{QString(tag), std::move(payload)}});
}

ExactJsonValue base64String(const QByteArray &bytes)
{
    return ExactJsonValue::fromString(QString::fromLatin1(bytes.toBase64()));
}

} // namespace

AttributeValue valueFromDocument(const ExactJsonValue &json, QString *error,
                                 const AttributePath &path)
{
    if (error)
        error->clear();
    return DocumentReader(error).read(json, path, std::max(0, path.depth() - 1));
}

ExactJsonValue valueToDocument(const AttributeValue &value)
{
    using Type = AttributeValue::Type;
    switch (value.type()) {
    case Type::Invalid:
    case Type::Null:
        return {};
    case Type::Bool:
        return ExactJsonValue::fromBool(value.toBool());
    case Type::String:
        return ExactJsonValue::fromString(value.string());
    case Type::Number:
        return ExactJsonValue::fromNumberText(value.numberText());
    case Type::Binary:
        return tagged(DocumentTags::binary, base64String(value.binary()));
    case Type::StringSet: {
        std::vector<ExactJsonValue> members;
        for (const QString &member : value.stringSet())
            members.push_back(ExactJsonValue::fromString(member));
        return tagged(DocumentTags::stringSet, ExactJsonValue::fromArray(std::move(members)));
    }
    case Type::NumberSet: {
        std::vector<ExactJsonValue> members;
        for (const QString &member : value.numberSet())
            members.push_back(ExactJsonValue::fromNumberText(member));
        return tagged(DocumentTags::numberSet, ExactJsonValue::fromArray(std::move(members)));
    }
    case Type::BinarySet: {
        std::vector<ExactJsonValue> members;
        for (const QByteArray &member : value.binarySet())
            members.push_back(base64String(member));
        return tagged(DocumentTags::binarySet, ExactJsonValue::fromArray(std::move(members)));
    }
    case Type::List: {
        std::vector<ExactJsonValue> elements;
        elements.reserve(size_t(value.list().size()));
        for (const AttributeValue &element : value.list())
            elements.push_back(valueToDocument(element));
        return ExactJsonValue::fromArray(std::move(elements));
    }
    case Type::Map:
        return entriesToDocument(value.map(), {});
    }
    return {};
}

Item itemFromDocument(const ExactJsonValue &json, QString *error)
{
    if (error)
        error->clear();
    if (!json.isObject()) {
        if (error)
            *error = QCoreApplication::translate(
                         "DocumentConverter",
                         "An item must be a JSON object of attribute names, such as "
                         "{\"id\": \"a1\"}, but this is %1.")
                         .arg(ExactJsonValue::typeDescription(json.type()));
        return {};
    }
    Item item;
    if (!DocumentReader(error).readEntries(json, {}, 0, &item))
        return {};
    return item;
}

ExactJsonValue itemToDocument(const Item &item, const QStringList &leadingKeys)
{
    return entriesToDocument(item, leadingKeys);
}

Item itemFromDocumentText(QByteArrayView utf8, QString *error)
{
    ExactJsonError syntax;
    const auto json = parseExactJson(utf8, &syntax);
    if (!json) {
        if (error)
            *error = syntax.toString();
        return {};
    }
    return itemFromDocument(*json, error);
}

QByteArray itemToDocumentText(const Item &item, JsonFormat format, const QStringList &leadingKeys)
{
    return writeExactJson(itemToDocument(item, leadingKeys), format);
}

} // namespace dyna::dynamo
