#include "decimalnumber.h"

#include <QCoreApplication>

#include <limits>

namespace dyna::dynamo {

namespace {

// Longest canonical text: "-0." + 129 zeros + 38 digits.
constexpr int kMaxCanonicalLength = 3 + 129 + DecimalNumber::kMaxDigits;

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

int signOf(const DecimalNumber &n)
{
    if (n.isZero())
        return 0;
    return n.isNegative() ? -1 : 1;
}

QString quoted(QStringView text)
{
    constexpr qsizetype kMaxShown = 40;
    if (text.size() <= kMaxShown)
        return QLatin1Char('"') + text.toString() + QLatin1Char('"');
    return QLatin1Char('"') + text.left(kMaxShown - 3).toString() + QStringLiteral("...\"");
}

} // namespace

DecimalNumber DecimalNumber::parse(QStringView text, Error *error)
{
    DecimalNumber n;
    auto fail = [&](Error e) {
        if (error)
            *error = e;
        DecimalNumber invalid;
        invalid.m_valid = false;
        return invalid;
    };

    qsizetype i = 0;
    const qsizetype size = text.size();
    if (i < size && (text[i] == u'+' || text[i] == u'-')) {
        n.m_negative = text[i] == u'-';
        ++i;
    }

    // Mantissa: positions count every digit, leading zeros included.
    qint64 digitsSeen = 0;
    qint64 integerDigits = -1; // digits before the point; -1 until a point is seen
    qint64 firstSignificant = -1;
    qint64 pendingZeros = 0; // zeros after a significant digit, kept until a non-zero follows
    bool tooManyDigits = false;
    for (; i < size; ++i) {
        const QChar c = text[i];
        if (c == u'.') {
            if (integerDigits >= 0)
                return fail(Error::NotANumber);
            integerDigits = digitsSeen;
            continue;
        }
        if (!isAsciiDigit(c))
            break;
        const int d = c.unicode() - u'0';
        if (d == 0) {
            if (firstSignificant >= 0)
                ++pendingZeros;
        } else {
            if (firstSignificant < 0)
                firstSignificant = digitsSeen;
            if (n.m_digitCount + pendingZeros + 1 > kMaxDigits) {
                tooManyDigits = true;
            } else {
                for (; pendingZeros > 0; --pendingZeros)
                    n.m_digits[n.m_digitCount++] = 0;
                n.m_digits[n.m_digitCount++] = quint8(d);
            }
            pendingZeros = 0;
        }
        ++digitsSeen;
    }
    if (digitsSeen == 0)
        return fail(Error::NotANumber);
    if (integerDigits < 0)
        integerDigits = digitsSeen;

    // Exponent: BigDecimal needs it to fit in a 32-bit int, and so does DynamoDB.
    qint64 exponent = 0;
    if (i < size && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < size && (text[i] == u'+' || text[i] == u'-')) {
            negativeExponent = text[i] == u'-';
            ++i;
        }
        const qsizetype exponentStart = i;
        for (; i < size && isAsciiDigit(text[i]); ++i) {
            exponent = exponent * 10 + (text[i].unicode() - u'0');
            if (exponent > std::numeric_limits<qint32>::max())
                return fail(Error::NotANumber);
        }
        if (i == exponentStart)
            return fail(Error::NotANumber);
        if (negativeExponent)
            exponent = -exponent;
    }
    if (i != size)
        return fail(Error::NotANumber);

    if (firstSignificant < 0) {
        DecimalNumber zero;
        if (error)
            *error = Error::None;
        return zero;
    }
    if (tooManyDigits)
        return fail(Error::TooManyDigits);
    const qint64 adjusted = integerDigits - 1 - firstSignificant + exponent;
    if (adjusted > kMaxExponent)
        return fail(Error::TooLarge);
    if (adjusted < kMinExponent)
        return fail(Error::TooSmall);
    n.m_exponent = qint16(adjusted);
    if (error)
        *error = Error::None;
    return n;
}

namespace {

// Writes the canonical text into buffer (at least kMaxCanonicalLength long); returns its length.
qsizetype writeCanonical(const DecimalNumber &n, char16_t *buffer)
{
    if (n.isZero()) {
        buffer[0] = u'0';
        return 1;
    }
    qsizetype length = 0;
    if (n.isNegative())
        buffer[length++] = u'-';
    const int count = n.digitCount();
    const int e = n.exponent();
    if (e < 0) {
        buffer[length++] = u'0';
        buffer[length++] = u'.';
        for (int z = 0; z < -e - 1; ++z)
            buffer[length++] = u'0';
        for (int d = 0; d < count; ++d)
            buffer[length++] = char16_t(u'0' + n.digit(d));
        return length;
    }
    for (int d = 0; d < count; ++d) {
        if (d == e + 1)
            buffer[length++] = u'.';
        buffer[length++] = char16_t(u'0' + n.digit(d));
    }
    for (int z = count; z <= e; ++z)
        buffer[length++] = u'0';
    return length;
}

} // namespace

QString DecimalNumber::toString() const
{
    char16_t buffer[kMaxCanonicalLength];
    const qsizetype length = writeCanonical(*this, buffer);
    return QString(reinterpret_cast<const QChar *>(buffer), length);
}

bool DecimalNumber::isCanonicalText(QStringView text) const
{
    if (text.size() > kMaxCanonicalLength)
        return false;
    char16_t buffer[kMaxCanonicalLength];
    const qsizetype length = writeCanonical(*this, buffer);
    return text == QStringView(buffer, length);
}

int DecimalNumber::compare(const DecimalNumber &other) const
{
    const int sign = signOf(*this);
    const int otherSign = signOf(other);
    if (sign != otherSign)
        return sign < otherSign ? -1 : 1;
    if (sign == 0)
        return 0;
    int magnitude = 0;
    if (m_exponent != other.m_exponent) {
        magnitude = m_exponent < other.m_exponent ? -1 : 1;
    } else {
        const int common = std::min(m_digitCount, other.m_digitCount);
        for (int d = 0; d < common && magnitude == 0; ++d) {
            if (m_digits[d] != other.m_digits[d])
                magnitude = m_digits[d] < other.m_digits[d] ? -1 : 1;
        }
        // Trailing digits are never zero, so the longer of two equal prefixes is larger.
        if (magnitude == 0 && m_digitCount != other.m_digitCount)
            magnitude = m_digitCount < other.m_digitCount ? -1 : 1;
    }
    return sign * magnitude;
}

std::optional<QString> normalizeNumber(QStringView text, QString *error)
{
    DecimalNumber::Error problem = DecimalNumber::Error::None;
    const DecimalNumber n = DecimalNumber::parse(text, &problem);
    if (!n.isValid()) {
        if (error)
            *error = numberErrorMessage(problem, text);
        return std::nullopt;
    }
    return n.toString();
}

bool isValidNumber(QStringView text)
{
    return DecimalNumber::parse(text).isValid();
}

int compareNumbers(QStringView a, QStringView b)
{
    const DecimalNumber x = DecimalNumber::parse(a);
    const DecimalNumber y = DecimalNumber::parse(b);
    if (x.isValid() && y.isValid())
        return x.compare(y);
    if (x.isValid() != y.isValid())
        return x.isValid() ? 1 : -1;
    return a.compare(b);
}

QString numberErrorMessage(DecimalNumber::Error error, QStringView text)
{
    switch (error) {
    case DecimalNumber::Error::None:
        break;
    case DecimalNumber::Error::NotANumber:
        if (text.isEmpty())
            return QCoreApplication::translate("DecimalNumber",
                                               "The number is empty; write at least one digit.");
        return QCoreApplication::translate("DecimalNumber", "%1 is not a number.")
            .arg(quoted(text));
    case DecimalNumber::Error::TooManyDigits:
        return QCoreApplication::translate(
                   "DecimalNumber",
                   "%1 has more than 38 significant digits, the most DynamoDB keeps.")
            .arg(quoted(text));
    case DecimalNumber::Error::TooLarge:
        return QCoreApplication::translate(
                   "DecimalNumber",
                   "%1 is too large: DynamoDB numbers must be smaller in magnitude than 1E+126.")
            .arg(quoted(text));
    case DecimalNumber::Error::TooSmall:
        return QCoreApplication::translate("DecimalNumber",
                                           "%1 is too close to zero: the smallest non-zero "
                                           "DynamoDB number is 1E-130.")
            .arg(quoted(text));
    }
    return {};
}

} // namespace dyna::dynamo
