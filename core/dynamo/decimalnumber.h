#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace dyna::dynamo {

// A DynamoDB number, parsed without ever going through double.
//
// DynamoDB accepts Java BigDecimal syntax: an optional sign, digits with at most one '.', and
// an optional exponent ("+5", ".5", "5.", "007", "-17.4E37", "1e+5" are all numbers; " 1",
// "1.2.3", "NaN", "Infinity", "0x10" and "" are not). A number keeps at most 38 significant
// digits and its magnitude is 0 or between 1E-130 and 9.9999999999999999999999999999999999999E+125.
// The service stores it canonicalised: no sign for zero or positives, no leading or trailing
// zeros, no exponent ("01.50" -> "1.5", "-0" -> "0", "1e5" -> "100000"). Verified against
// DynamoDB Local 1.25.1. Only ASCII digits are accepted here, although the service also takes
// other Unicode digits.
//
// The object is small and lives on the stack: parsing and comparing never allocate.
class DecimalNumber
{
public:
    enum class Error { None, NotANumber, TooManyDigits, TooLarge, TooSmall };

    static constexpr int kMaxDigits = 38;
    static constexpr int kMaxExponent = 125;  // 9.99...E+125 is the largest magnitude
    static constexpr int kMinExponent = -130; // 1E-130 is the smallest non-zero magnitude

    DecimalNumber() = default; // zero

    // An invalid number (isValid() false) when text is not a DynamoDB number.
    static DecimalNumber parse(QStringView text, Error *error = nullptr);

    bool isValid() const { return m_valid; }
    bool isZero() const { return m_digitCount == 0; }
    bool isNegative() const { return m_negative; }
    // Significant digits: no leading or trailing zeros; 0 for zero.
    int digitCount() const { return m_digitCount; }
    // The i-th significant digit, 0..9.
    int digit(int i) const { return m_digits[i]; }
    // The value is d.ddd x 10^exponent(); 0 for zero.
    int exponent() const { return m_exponent; }

    // DynamoDB's canonical text, e.g. "1.5", "-0.001", "100000".
    QString toString() const;
    // Whether text is exactly toString() (so a canonical input can be kept without a copy).
    bool isCanonicalText(QStringView text) const;

    // Exact numeric order: negative, zero or positive like strcmp. Both must be valid.
    int compare(const DecimalNumber &other) const;

private:
    std::array<quint8, kMaxDigits> m_digits{};
    qint16 m_exponent = 0;
    quint8 m_digitCount = 0;
    bool m_negative = false;
    bool m_valid = true;
};

// The canonical text of a DynamoDB number, or nullopt with a sentence in *error.
std::optional<QString> normalizeNumber(QStringView text, QString *error = nullptr);
bool isValidNumber(QStringView text);

// Exact numeric comparison of two number texts, for sorting: negative when a < b, 0 when equal
// in value ("1.50" == "1.5"), positive when a > b. Texts that are not DynamoDB numbers sort
// before every number and among themselves by their text, so the order stays total.
// Each call parses both texts (tens of nanoseconds); to sort many rows, parse each value once
// into a DecimalNumber and sort with DecimalNumber::compare, about ten times faster.
int compareNumbers(QStringView a, QStringView b);

// A plain sentence saying why text is not a DynamoDB number, e.g.
// "“1E+126” is too large for DynamoDB, whose numbers must be below 1E+126."
QString numberErrorMessage(DecimalNumber::Error error, QStringView text);

} // namespace dyna::dynamo
