#pragma once

#include "attributevalue.h"
#include "exactjson.h"

namespace dyna::dynamo {

// The plain JSON "document" form of items, the one people read and type (docs/attribute-values.md):
//   object -> M, array -> L, string -> S, number -> N (its exact text, canonicalised),
//   true/false -> BOOL, null -> NULL,
//   {"$B": "<base64>"} -> B, {"$SS": ["a", "b"]} -> SS, {"$NS": [1, "2.5"]} -> NS,
//   {"$BS": ["<base64>", ...]} -> BS.
// A tag is a value only as the sole key of its object. A key that starts with "$$" stands for
// the key with one '$' fewer; the writer escapes keys that are tags or start with "$$" that way,
// so every item round-trips. Errors name the attribute path.
namespace DocumentTags {
inline constexpr QLatin1StringView binary("$B");
inline constexpr QLatin1StringView stringSet("$SS");
inline constexpr QLatin1StringView numberSet("$NS");
inline constexpr QLatin1StringView binarySet("$BS");
} // namespace DocumentTags

AttributeValue valueFromDocument(const ExactJsonValue &json, QString *error = nullptr,
                                 const AttributePath &path = {});
ExactJsonValue valueToDocument(const AttributeValue &value);

// The document must be an object of attribute names. On error: an empty item and a sentence in
// *error (cleared on success).
Item itemFromDocument(const ExactJsonValue &json, QString *error = nullptr);
// Attributes named in leadingKeys (typically the table's key) come first, the rest by name.
ExactJsonValue itemToDocument(const Item &item, const QStringList &leadingKeys = {});

// Text typed by a user: parsed with exactjson (numbers keep every digit; syntax errors name the
// line and column).
Item itemFromDocumentText(QByteArrayView utf8, QString *error = nullptr);
QByteArray itemToDocumentText(const Item &item, JsonFormat format = JsonFormat::Indented,
                              const QStringList &leadingKeys = {});

} // namespace dyna::dynamo
