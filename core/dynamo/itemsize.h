#pragma once

#include "attributevalue.h"

#include <QString>

#include <optional>

namespace dyna::dynamo {

class DecimalNumber;

// DynamoDB's item size limit: 400 KB, counted in binary kilobytes.
constexpr qint64 kMaxItemBytes = 400 * 1024;

// Sizes by DynamoDB's rules (see itemsize.cpp for the sources), in bytes.
qint64 numberSize(const DecimalNumber &number);
// Value alone, without the attribute name; 0 for an invalid value.
qint64 attributeValueSize(const AttributeValue &value);
// Sum over attributes of (UTF-8 bytes of the name + size of the value).
qint64 itemSize(const Item &item);

// nullopt when the item fits; otherwise a sentence such as "The item is 412 345 bytes;
// DynamoDB's limit is 400 KB (409 600 bytes). Its largest attribute is "payload" at 405 000
// bytes."
std::optional<QString> checkItemSize(const Item &item);

} // namespace dyna::dynamo
