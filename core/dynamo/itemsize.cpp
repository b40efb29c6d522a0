#include "itemsize.h"

#include "decimalnumber.h"

#include <QCoreApplication>

namespace dyna::dynamo {

// The rules, from "DynamoDB item sizes and formats" in the DynamoDB Developer Guide
// (docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html):
// - an item is the sum of its attribute names (UTF-8 bytes) and values;
// - S: UTF-8 bytes; B: raw bytes (not base64); BOOL and NULL: 1 byte;
// - N: "approximately 1 byte per two significant digits + 1 byte", leading and trailing zeros
//   trimmed. Precisely (measured by Zac Charles, github.com/zaccharles/dynamodb-calculator):
//   digits are stored in pairs aligned on the decimal point ("1.5" is two pairs, "15" one),
//   plus 1 byte, plus 1 for a negative number, at most 21 bytes; zero is 1 byte;
// - L and M: 3 bytes plus, per element, 1 byte and its size (and, for M, its name's bytes);
// - SS, NS, BS: the sum of their members' sizes, with no per-member overhead.
// Every rule above, including the exact number sizes and 409 600 bytes being accepted and
// 409 601 refused, was checked against DynamoDB Local 1.25.1.

namespace {

constexpr qint64 kContainerOverhead = 3;
constexpr qint64 kElementOverhead = 1;
constexpr qint64 kMaxNumberSize = 21;

// UTF-8 length without encoding; a lone surrogate becomes U+FFFD (3 bytes), as in toUtf8().
qint64 utf8Size(QStringView text)
{
    qint64 size = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            size += 1;
        } else if (c < 0x800) {
            size += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < n &&
                   QChar::isLowSurrogate(text[i + 1].unicode())) {
            size += 4;
            ++i;
        } else {
            size += 3;
        }
    }
    return size;
}

// floor(p / 2) for negative p too.
int pairIndex(int place)
{
    return place >= 0 ? place / 2 : -((-place + 1) / 2);
}

QString groupedBytes(qint64 bytes)
{
    QString digits = QString::number(bytes);
    // A no-break space keeps "409 600" on one line in an error pane.
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QChar(0x00A0));
    return digits;
}

} // namespace

qint64 numberSize(const DecimalNumber &number)
{
    if (number.isZero())
        return 1;
    const int firstPlace = number.exponent();
    const int lastPlace = number.exponent() - (number.digitCount() - 1);
    qint64 size = pairIndex(firstPlace) - pairIndex(lastPlace) + 1 + 1;
    if (number.isNegative())
        ++size;
    return std::min(size, kMaxNumberSize);
}

qint64 attributeValueSize(const AttributeValue &value)
{
    using Type = AttributeValue::Type;
    switch (value.type()) {
    case Type::Invalid:
        return 0;
    case Type::Null:
    case Type::Bool:
        return 1;
    case Type::String:
        return utf8Size(value.string());
    case Type::Number:
        return numberSize(DecimalNumber::parse(value.numberText()));
    case Type::Binary:
        return value.binary().size();
    case Type::StringSet: {
        qint64 size = 0;
        for (const QString &member : value.stringSet())
            size += utf8Size(member);
        return size;
    }
    case Type::NumberSet: {
        qint64 size = 0;
        for (const QString &member : value.numberSet())
            size += numberSize(DecimalNumber::parse(member));
        return size;
    }
    case Type::BinarySet: {
        qint64 size = 0;
        for (const QByteArray &member : value.binarySet())
            size += member.size();
        return size;
    }
    case Type::List: {
        qint64 size = kContainerOverhead;
        for (const AttributeValue &element : value.list())
            size += kElementOverhead + attributeValueSize(element);
        return size;
    }
    case Type::Map: {
        qint64 size = kContainerOverhead;
        const AttributeMap &entries = value.map();
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            size += kElementOverhead + utf8Size(it.key()) + attributeValueSize(it.value());
        return size;
    }
    }
    return 0;
}

qint64 itemSize(const Item &item)
{
    qint64 size = 0;
    for (auto it = item.cbegin(); it != item.cend(); ++it)
        size += utf8Size(it.key()) + attributeValueSize(it.value());
    return size;
}

std::optional<QString> checkItemSize(const Item &item)
{
    qint64 total = 0;
    qint64 largest = -1;
    QString largestName;
    for (auto it = item.cbegin(); it != item.cend(); ++it) {
        const qint64 size = utf8Size(it.key()) + attributeValueSize(it.value());
        total += size;
        if (size > largest) {
            largest = size;
            largestName = it.key();
        }
    }
    if (total <= kMaxItemBytes)
        return std::nullopt;
    return QCoreApplication::translate("ItemSize",
                                       "The item is %1 bytes; DynamoDB's limit is 400 KB (%2 "
                                       "bytes). Its largest attribute is \"%3\" at %4 bytes.")
        .arg(groupedBytes(total), groupedBytes(kMaxItemBytes), largestName, groupedBytes(largest));
}

} // namespace dyna::dynamo
