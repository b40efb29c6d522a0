#pragma once

// simdjson's DOM as a source of DynamoDB wire JSON, for the paths that read many items
// (Scan and Query pages). Internal to core: it pulls in simdjson.h.

#include "attributevalue.h"
#include "exactjson.h"

#include <QCoreApplication>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wnull-dereference"
#include <simdjson.h>
#pragma GCC diagnostic pop

namespace dyna::dynamo {

// Attribute names and type codes repeat on every item of a page: one shared QString each
// (per thread) instead of an allocation per use.
QString internedKey(std::string_view key);

// The value interface WireReader expects (see attributevalue.cpp), over simdjson elements.
struct SimdJsonTraits
{
    using Value = simdjson::dom::element;

    static QString text(std::string_view view)
    {
        return QString::fromUtf8(view.data(), qsizetype(view.size()));
    }
    // By value: value_unsafe() refers into the temporary result, which a range-for would outlive.
    static simdjson::dom::object object(const Value &v) { return v.get_object().value_unsafe(); }
    static simdjson::dom::array array(const Value &v) { return v.get_array().value_unsafe(); }
    static bool isObject(const Value &v) { return v.is_object(); }
    static bool isArray(const Value &v) { return v.is_array(); }
    static bool isString(const Value &v) { return v.is_string(); }
    static bool isBool(const Value &v) { return v.is_bool(); }
    static QString string(const Value &v) { return text(v.get_string().value_unsafe()); }
    static bool boolean(const Value &v) { return v.get_bool().value_unsafe(); }
    static qsizetype memberCount(const Value &v) { return qsizetype(object(v).size()); }
    static qsizetype elementCount(const Value &v) { return qsizetype(array(v).size()); }
    static QString description(const Value &v)
    {
        using Type = ExactJsonValue::Type;
        switch (v.type()) {
        case simdjson::dom::element_type::ARRAY:
            return ExactJsonValue::typeDescription(Type::Array);
        case simdjson::dom::element_type::OBJECT:
            return ExactJsonValue::typeDescription(Type::Object);
        case simdjson::dom::element_type::STRING:
            return ExactJsonValue::typeDescription(Type::String);
        case simdjson::dom::element_type::BOOL:
            return ExactJsonValue::typeDescription(Type::Bool);
        case simdjson::dom::element_type::NULL_VALUE:
            return ExactJsonValue::typeDescription(Type::Null);
        case simdjson::dom::element_type::INT64:
        case simdjson::dom::element_type::UINT64:
        case simdjson::dom::element_type::DOUBLE:
            return ExactJsonValue::typeDescription(Type::Number);
        }
        return QCoreApplication::translate("AttributeValue", "nothing");
    }
    template<typename F>
    static bool forEachElement(const Value &v, F &&f)
    {
        qsizetype i = 0;
        for (const simdjson::dom::element element : array(v)) {
            if (!f(i++, element))
                return false;
        }
        return true;
    }
    template<typename F>
    static bool forEachMember(const Value &v, F &&f)
    {
        for (const simdjson::dom::key_value_pair member : object(v)) {
            if (!f(internedKey(member.key), member.value))
                return false;
        }
        return true;
    }
};

// A wire item from simdjson; the same checks and error sentences as itemFromWire(QJsonObject).
Item itemFromWire(const simdjson::dom::element &json, QString *error = nullptr);

} // namespace dyna::dynamo
