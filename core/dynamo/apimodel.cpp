#include "apimodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace dyna::dynamo {

using namespace Qt::StringLiterals;

namespace {

// The models are read with our own small JSON reader because QJsonObject sorts keys: the
// model's member order decides which problem is reported first, and it is the order in
// which AWS documents the members.
struct JsonMember;

struct JsonNode
{
    enum class Type : quint8 { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    QString string;
    std::vector<JsonNode> items;
    std::vector<JsonMember> members;

    const JsonNode *find(QStringView key) const;
    QString stringAt(QStringView key) const
    {
        const JsonNode *node = find(key);
        return node && node->type == Type::String ? node->string : QString();
    }
    bool boolAt(QStringView key) const
    {
        const JsonNode *node = find(key);
        return node && node->type == Type::Bool && node->boolean;
    }
};

// Not a std::pair: clang with libstdc++ cannot instantiate std::pair<QString, JsonNode> while
// JsonNode is being defined (the fuzz build uses clang).
struct JsonMember
{
    QString first;
    JsonNode second;
};

const JsonNode *JsonNode::find(QStringView key) const
{
    for (const auto &[name, node] : members) {
        if (name == key)
            return &node;
    }
    return nullptr;
}

class JsonReader
{
public:
    explicit JsonReader(const QByteArray &text)
        : m_begin(text.constData())
        , m_pos(text.constData())
        , m_end(text.constData() + text.size())
    {}

    bool read(JsonNode *root, QString *error)
    {
        skipSpace();
        if (!value(root, 0))
            return failed(error);
        skipSpace();
        if (m_pos != m_end) {
            m_error = "unexpected text after the end";
            return failed(error);
        }
        return true;
    }

private:
    static constexpr int MaxDepth = 128;

    bool failed(QString *error) const
    {
        if (error) {
            *error = QCoreApplication::translate(
                         "ApiModel", "The API model is not valid JSON: %1 at offset %2.")
                         .arg(QString::fromLatin1(m_error))
                         .arg(m_pos - m_begin);
        }
        return false;
    }

    void skipSpace()
    {
        while (m_pos != m_end &&
               (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t'))
            ++m_pos;
    }

    bool literal(const char *word)
    {
        for (; *word; ++word, ++m_pos) {
            if (m_pos == m_end || *m_pos != *word) {
                m_error = "invalid literal";
                return false;
            }
        }
        return true;
    }

    bool value(JsonNode *out, int depth)
    {
        if (depth > MaxDepth) {
            m_error = "nesting too deep";
            return false;
        }
        if (m_pos == m_end) {
            m_error = "unexpected end";
            return false;
        }
        switch (*m_pos) {
        case '{':
            return object(out, depth);
        case '[':
            return array(out, depth);
        case '"':
            out->type = JsonNode::Type::String;
            return string(&out->string);
        case 't':
            out->type = JsonNode::Type::Bool;
            out->boolean = true;
            return literal("true");
        case 'f':
            out->type = JsonNode::Type::Bool;
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number(out);
        }
    }

    bool object(JsonNode *out, int depth)
    {
        out->type = JsonNode::Type::Object;
        ++m_pos;
        skipSpace();
        if (m_pos != m_end && *m_pos == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            QString key;
            if (m_pos == m_end || *m_pos != '"') {
                m_error = "expected a key";
                return false;
            }
            if (!string(&key))
                return false;
            skipSpace();
            if (m_pos == m_end || *m_pos != ':') {
                m_error = "expected ':'";
                return false;
            }
            ++m_pos;
            skipSpace();
            out->members.push_back({std::move(key), JsonNode()});
            if (!value(&out->members.back().second, depth + 1))
                return false;
            skipSpace();
            if (m_pos != m_end && *m_pos == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos != m_end && *m_pos == '}') {
                ++m_pos;
                return true;
            }
            m_error = "expected ',' or '}'";
            return false;
        }
    }

    bool array(JsonNode *out, int depth)
    {
        out->type = JsonNode::Type::Array;
        ++m_pos;
        skipSpace();
        if (m_pos != m_end && *m_pos == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            out->items.emplace_back();
            if (!value(&out->items.back(), depth + 1))
                return false;
            skipSpace();
            if (m_pos != m_end && *m_pos == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos != m_end && *m_pos == ']') {
                ++m_pos;
                return true;
            }
            m_error = "expected ',' or ']'";
            return false;
        }
    }

    bool number(JsonNode *out)
    {
        const char *start = m_pos;
        while (m_pos != m_end &&
               ((*m_pos >= '0' && *m_pos <= '9') || *m_pos == '-' || *m_pos == '+' ||
                *m_pos == '.' || *m_pos == 'e' || *m_pos == 'E')) {
            ++m_pos;
        }
        bool ok = false;
        out->type = JsonNode::Type::Number;
        out->number = QByteArray(start, m_pos - start).toDouble(&ok);
        if (!ok || start == m_pos) {
            m_pos = start;
            m_error = "invalid value";
            return false;
        }
        return true;
    }

    bool hex4(char16_t *out)
    {
        if (m_end - m_pos < 4) {
            m_error = "invalid \\u escape";
            return false;
        }
        bool ok = false;
        *out = QByteArray(m_pos, 4).toUShort(&ok, 16);
        if (!ok) {
            m_error = "invalid \\u escape";
            return false;
        }
        m_pos += 4;
        return true;
    }

    bool string(QString *out)
    {
        ++m_pos;
        const char *run = m_pos;
        const auto flush = [&] { out->append(QString::fromUtf8(run, m_pos - run)); };
        while (m_pos != m_end) {
            const char c = *m_pos;
            if (c == '"') {
                flush();
                ++m_pos;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                m_error = "control character in a string";
                return false;
            }
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            flush();
            if (++m_pos == m_end)
                break;
            const char escape = *m_pos++;
            switch (escape) {
            case '"':
            case '\\':
            case '/':
                out->append(QLatin1Char(escape));
                break;
            case 'b':
                out->append(QLatin1Char('\b'));
                break;
            case 'f':
                out->append(QLatin1Char('\f'));
                break;
            case 'n':
                out->append(QLatin1Char('\n'));
                break;
            case 'r':
                out->append(QLatin1Char('\r'));
                break;
            case 't':
                out->append(QLatin1Char('\t'));
                break;
            case 'u': {
                // Surrogate pairs arrive as two escapes; appending both code units joins them.
                char16_t unit = 0;
                if (!hex4(&unit))
                    return false;
                out->append(QChar(unit));
                break;
            }
            default:
                m_error = "invalid escape";
                return false;
            }
            run = m_pos;
        }
        m_error = "unterminated string";
        return false;
    }

    const char *m_begin;
    const char *m_pos;
    const char *m_end;
    const char *m_error = "";
};

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// The code unit of the \uXXXX escape at index i, or -1.
qint64 unicodeEscapeAt(const QString &text, qsizetype i)
{
    if (i + 6 > text.size() || text.at(i) != u'\\' || text.at(i + 1) != u'u')
        return -1;
    qint64 code = 0;
    for (qsizetype k = i + 2; k < i + 6; ++k) {
        const int digit = hexValue(text.at(k));
        if (digit < 0)
            return -1;
        code = code * 16 + digit;
    }
    return code;
}

// The models' patterns are Java regular expressions (the services are Java); QRegularExpression
// is PCRE2. Differences that occur in the AWS models:
// - \uXXXX escapes: PCRE2 wants \x{XXXX}. A surrogate pair written as two escapes
//   (\uD800\uDC00) is one code point, and some models write code points above U+FFFF with
//   five or six digits (\u10000-\u10FFFF), which Java would misread as \u1000 followed by '0';
//   the authors' intent is the supplementary range, so that is what we match.
// - \p{Print} and the other Java POSIX classes: US-ASCII only in Java; PCRE2's [:print:] etc.
//   are ASCII too when Unicode properties are off, which is also why \w and \d stay ASCII.
// Returns an empty string when the pattern cannot be translated.
QString javaPatternToPcre(const QString &java)
{
    static const QSet<QString> posixClasses = {
        u"Lower"_s, u"Upper"_s, u"ASCII"_s, u"Alpha"_s, u"Digit"_s,  u"Alnum"_s, u"Punct"_s,
        u"Graph"_s, u"Print"_s, u"Blank"_s, u"Cntrl"_s, u"XDigit"_s, u"Space"_s};

    QString out;
    out.reserve(java.size() + 16);
    int classDepth = 0;
    for (qsizetype i = 0; i < java.size(); ++i) {
        const QChar c = java.at(i);
        if (c != u'\\') {
            if (c == u'[')
                ++classDepth;
            else if (c == u']' && classDepth > 0)
                --classDepth;
            out.append(c);
            continue;
        }
        if (i + 1 >= java.size())
            return {};
        const QChar next = java.at(i + 1);
        if (next == u'u') {
            qint64 code = unicodeEscapeAt(java, i);
            if (code < 0)
                return {};
            i += 5; // the last hex digit
            const qint64 low =
                QChar::isHighSurrogate(char32_t(code)) ? unicodeEscapeAt(java, i + 1) : -1;
            if (low >= 0 && QChar::isLowSurrogate(char32_t(low))) {
                code = QChar::surrogateToUcs4(char16_t(code), char16_t(low));
                i += 6;
            } else {
                qint64 extended = code;
                qsizetype used = 0;
                for (qsizetype k = 1; k <= 2 && i + k < java.size(); ++k) {
                    const int digit = hexValue(java.at(i + k));
                    if (digit < 0)
                        break;
                    extended = extended * 16 + digit;
                    if (extended >= 0x10000 && extended <= 0x10FFFF) {
                        code = extended;
                        used = k;
                    }
                }
                i += used;
            }
            out.append(u"\\x{"_s + QString::number(code, 16) + u'}');
            continue;
        }
        if ((next == u'p' || next == u'P') && i + 2 < java.size() && java.at(i + 2) == u'{') {
            const qsizetype close = java.indexOf(u'}', i + 3);
            if (close < 0)
                return {};
            const QString name = java.mid(i + 3, close - i - 3);
            if (posixClasses.contains(name)) {
                const QString posix =
                    u"[:"_s + (next == u'P' ? u"^"_s : QString()) + name.toLower() + u":]"_s;
                out.append(classDepth > 0 ? posix : u'[' + posix + u']');
                i = close;
                continue;
            }
        }
        out.append(c);
        out.append(next);
        ++i;
    }
    return out;
}

enum class Kind : quint8 {
    String,
    Boolean,
    Integer,
    Long,
    Double,
    Timestamp,
    Blob,
    List,
    Map,
    Structure
};

struct Member
{
    QString name;
    int shape = -1;
    bool required = false;
    bool idempotencyToken = false;
};

struct Shape
{
    QString name;
    Kind kind = Kind::String;
    bool isUnion = false;
    // Values of sensitive shapes (tokens, SAML assertions) are never quoted in messages.
    bool sensitive = false;
    std::optional<double> min;
    std::optional<double> max;
    std::optional<QRegularExpression> pattern;
    QString javaPattern;
    QSet<QString> enumValues;
    QStringList enumList;
    // A string whose content must be looked at (the others only need a type check).
    bool checksContent = false;
    int member = -1; // list
    int key = -1;    // map
    int value = -1;  // map
    std::vector<Member> members;
    QHash<QString, int> memberIndex;
};

struct ModelData
{
    QString targetPrefix;
    QString signingName;
    QString endpointPrefix;
    QString apiVersion;
    QString jsonVersion;
    QString protocol;
    QString serviceFullName;
    std::vector<Shape> shapes;
    QStringList operations;
    QHash<QString, int> operationInputs; // -1 for an operation without input
};

bool parseKind(const QString &type, Kind *kind)
{
    static const QHash<QString, Kind> kinds = {
        {u"string"_s, Kind::String},       {u"boolean"_s, Kind::Boolean},
        {u"integer"_s, Kind::Integer},     {u"long"_s, Kind::Long},
        {u"double"_s, Kind::Double},       {u"float"_s, Kind::Double},
        {u"timestamp"_s, Kind::Timestamp}, {u"blob"_s, Kind::Blob},
        {u"list"_s, Kind::List},           {u"map"_s, Kind::Map},
        {u"structure"_s, Kind::Structure}};
    const auto it = kinds.constFind(type);
    if (it == kinds.constEnd())
        return false;
    *kind = *it;
    return true;
}

// The SDK v2 models predate Smithy's union trait; DynamoDB's Smithy model declares
// AttributeValue a union, and the service rejects values that set zero or several members.
bool isKnownUnion(const QString &signingName, const QString &shape)
{
    return signingName == u"dynamodb" && shape == u"AttributeValue";
}

bool buildModel(const JsonNode &root, ModelData *d, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const JsonNode *metadata = root.find(u"metadata");
    const JsonNode *shapes = root.find(u"shapes");
    const JsonNode *operations = root.find(u"operations");
    if (root.type != JsonNode::Type::Object || !metadata || !shapes || !operations ||
        shapes->type != JsonNode::Type::Object || operations->type != JsonNode::Type::Object) {
        return fail(QCoreApplication::translate(
            "ApiModel", "The API model has no metadata, shapes or operations."));
    }
    d->targetPrefix = metadata->stringAt(u"targetPrefix");
    d->endpointPrefix = metadata->stringAt(u"endpointPrefix");
    d->signingName = metadata->stringAt(u"signingName");
    if (d->signingName.isEmpty())
        d->signingName = d->endpointPrefix;
    d->apiVersion = metadata->stringAt(u"apiVersion");
    d->jsonVersion = metadata->stringAt(u"jsonVersion");
    d->protocol = metadata->stringAt(u"protocol");
    d->serviceFullName = metadata->stringAt(u"serviceFullName");

    QHash<QString, int> indexOf;
    indexOf.reserve(qsizetype(shapes->members.size()));
    for (std::size_t i = 0; i < shapes->members.size(); ++i)
        indexOf.insert(shapes->members[i].first, int(i));
    const auto resolve = [&](const JsonNode *ref, int *index) {
        if (!ref)
            return false;
        const auto it = indexOf.constFind(ref->stringAt(u"shape"));
        if (it == indexOf.constEnd())
            return false;
        *index = *it;
        return true;
    };
    const auto number = [](const JsonNode &node, QStringView key) -> std::optional<double> {
        const JsonNode *n = node.find(key);
        if (n && n->type == JsonNode::Type::Number)
            return n->number;
        return std::nullopt;
    };

    d->shapes.resize(shapes->members.size());
    for (std::size_t i = 0; i < shapes->members.size(); ++i) {
        const auto &[name, node] = shapes->members[i];
        Shape &shape = d->shapes[i];
        shape.name = name;
        const QString type = node.stringAt(u"type");
        if (!parseKind(type, &shape.kind))
            return fail(
                QCoreApplication::translate("ApiModel", "Shape %1 has an unsupported type \"%2\".")
                    .arg(name, type));
        shape.sensitive = node.boolAt(u"sensitive");
        shape.min = number(node, u"min");
        shape.max = number(node, u"max");
        if (const JsonNode *values = node.find(u"enum")) {
            for (const JsonNode &value : values->items) {
                shape.enumList.append(value.string);
                shape.enumValues.insert(value.string);
            }
        }
        shape.javaPattern = node.stringAt(u"pattern");
        if (!shape.javaPattern.isEmpty()) {
            const QString pcre = javaPatternToPcre(shape.javaPattern);
            QRegularExpression re(QRegularExpression::anchoredPattern(pcre));
            // Compiled once here, so that a pattern PCRE2 cannot handle fails the load.
            if (pcre.isEmpty() || !re.isValid()) {
                return fail(QCoreApplication::translate(
                                "ApiModel", "Shape %1 has a pattern that cannot be used: %2 (%3).")
                                .arg(name, shape.javaPattern, re.errorString()));
            }
            shape.pattern = std::move(re);
        }
        shape.checksContent = shape.min || shape.max || shape.pattern || !shape.enumList.isEmpty();
        switch (shape.kind) {
        case Kind::List:
            if (!resolve(node.find(u"member"), &shape.member))
                return fail(QCoreApplication::translate("ApiModel",
                                                        "List shape %1 has no valid member shape.")
                                .arg(name));
            break;
        case Kind::Map:
            if (!resolve(node.find(u"key"), &shape.key) ||
                !resolve(node.find(u"value"), &shape.value))
                return fail(QCoreApplication::translate(
                                "ApiModel", "Map shape %1 has no valid key or value shape.")
                                .arg(name));
            break;
        case Kind::Structure: {
            shape.isUnion = node.boolAt(u"union") || isKnownUnion(d->signingName, name);
            QSet<QString> required;
            if (const JsonNode *list = node.find(u"required")) {
                for (const JsonNode &item : list->items)
                    required.insert(item.string);
            }
            if (const JsonNode *members = node.find(u"members")) {
                for (const auto &[memberName, ref] : members->members) {
                    Member member;
                    member.name = memberName;
                    if (!resolve(&ref, &member.shape)) {
                        return fail(
                            QCoreApplication::translate(
                                "ApiModel", "Member %1 of shape %2 refers to an unknown shape.")
                                .arg(memberName, name));
                    }
                    member.required = required.contains(memberName);
                    member.idempotencyToken = ref.boolAt(u"idempotencyToken");
                    shape.memberIndex.insert(memberName, int(shape.members.size()));
                    shape.members.push_back(std::move(member));
                }
            }
            break;
        }
        default:
            break;
        }
    }
    for (std::size_t i = 0; i < d->shapes.size(); ++i) {
        const Shape &shape = d->shapes[i];
        if (shape.kind == Kind::Map && d->shapes[std::size_t(shape.key)].kind != Kind::String)
            return fail(QCoreApplication::translate(
                            "ApiModel", "Map shape %1 has a key shape that is not a string.")
                            .arg(shape.name));
    }

    for (const auto &[name, node] : operations->members) {
        int input = -1;
        if (const JsonNode *ref = node.find(u"input")) {
            if (!resolve(ref, &input) || d->shapes[std::size_t(input)].kind != Kind::Structure) {
                return fail(
                    QCoreApplication::translate(
                        "ApiModel", "Operation %1 has an input that is not a known structure.")
                        .arg(name));
            }
        }
        d->operations.append(name);
        d->operationInputs.insert(name, input);
    }
    return true;
}

std::shared_ptr<const ApiModel> loadBundled(const QString &fileName)
{
    QFile file(u":/aws-models/"_s + fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The bundled API model %s is missing.", qPrintable(fileName));
    QString error;
    auto model = ApiModel::fromJson(file.readAll(), &error);
    if (!model)
        qFatal("The bundled API model %s cannot be loaded: %s", qPrintable(fileName),
               qPrintable(error));
    return model;
}

qsizetype codePointCount(QStringView text)
{
    qsizetype count = text.size();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            --count;
            ++i;
        }
    }
    return count;
}

// Standard, padded base64 (what the JSON protocols send); the decoded size without decoding.
std::optional<qsizetype> base64DecodedSize(QStringView text)
{
    if (text.size() % 4 != 0)
        return std::nullopt;
    qsizetype padding = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'=') {
            if (i < text.size() - 2)
                return std::nullopt;
            ++padding;
            continue;
        }
        const bool alphabet = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') ||
                              (c >= u'0' && c <= u'9') || c == u'+' || c == u'/';
        if (!alphabet || padding > 0)
            return std::nullopt;
    }
    return text.size() / 4 * 3 - padding;
}

QString formatNumber(double value)
{
    if (std::trunc(value) == value && std::abs(value) < 1e18)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString describeJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("ApiModel", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("ApiModel", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("ApiModel", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("ApiModel", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("ApiModel", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("ApiModel", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("ApiModel", "nothing");
}

QString quoted(const QString &text)
{
    constexpr qsizetype Shown = 80;
    if (text.size() <= Shown)
        return u'"' + text + u'"';
    const qsizetype cut = text.at(Shown - 1).isHighSurrogate() ? Shown - 1 : Shown;
    return u'"' + text.left(cut) + QChar(0x2026) + u'"';
}

// A map key can be written after a dot when it cannot be mistaken for path syntax.
bool isPlainKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    return std::none_of(key.cbegin(), key.cend(), [](QChar c) {
        return c == u'.' || c == u'[' || c == u']' || c == u'"' || c == u'\\' || c.isSpace() ||
               c.category() == QChar::Other_Control;
    });
}

int editDistance(const QString &a, const QString &b)
{
    const QString x = a.toLower();
    const QString y = b.toLower();
    std::vector<int> row(std::size_t(y.size() + 1));
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const int above = row[std::size_t(j)];
            const int cost = x[i - 1] == y[j - 1] ? 0 : 1;
            row[std::size_t(j)] =
                std::min({above + 1, row[std::size_t(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row.back();
}

class Validator
{
public:
    explicit Validator(const ModelData &model)
        : m_model(model)
    {}

    bool structure(const QJsonObject &object, const Shape &shape);

    std::optional<ValidationError> error;

private:
    struct Segment
    {
        enum class Kind : quint8 { Member, Index, Key };
        Kind kind;
        QString text;
        qsizetype index = 0;
    };
    // Segments are pushed while descending and formatted only when a problem is found.
    class Step
    {
    public:
        Step(std::vector<Segment> &path, Segment segment)
            : m_path(path)
        {
            m_path.push_back(std::move(segment));
        }
        ~Step() { m_path.pop_back(); }
        Step(const Step &) = delete;
        Step &operator=(const Step &) = delete;

    private:
        std::vector<Segment> &m_path;
    };

    const Shape &shapeAt(int index) const { return m_model.shapes[std::size_t(index)]; }
    QString path() const;
    // Messages are formatted with one multi-argument arg() call each, so that a '%' in a
    // user's value or map key is never taken for a placeholder.
    bool fail(const QString &message)
    {
        error = ValidationError{path(), message};
        return false;
    }

    bool value(const QJsonValue &value, const Shape &shape);
    bool list(const QJsonArray &array, const Shape &shape);
    bool map(const QJsonObject &object, const Shape &shape);
    bool string(const QString &text, const Shape &shape, bool isKey);
    bool number(double number, const Shape &shape);
    bool blob(const QString &text, const Shape &shape);
    bool size(qsizetype count, const Shape &shape, const char *atLeast, const char *atMost);
    bool unknownMember(const QString &name, const Shape &shape);
    bool unionProblem(const QJsonObject &object, const Shape &shape);

    const ModelData &m_model;
    std::vector<Segment> m_path;
};

QString Validator::path() const
{
    QString out;
    for (const Segment &segment : m_path) {
        switch (segment.kind) {
        case Segment::Kind::Member:
            if (!out.isEmpty())
                out.append(u'.');
            out.append(segment.text);
            break;
        case Segment::Kind::Index:
            out.append(u'[' + QString::number(segment.index) + u']');
            break;
        case Segment::Kind::Key:
            if (isPlainKey(segment.text)) {
                if (!out.isEmpty())
                    out.append(u'.');
                out.append(segment.text);
            } else {
                QString escaped = segment.text;
                escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
                out.append(u"[\""_s + escaped + u"\"]"_s);
            }
            break;
        }
    }
    return out;
}

bool Validator::structure(const QJsonObject &object, const Shape &shape)
{
    // The common union case (every attribute value) in one lookup.
    if (shape.isUnion && object.size() == 1) {
        const auto it = object.constBegin();
        const QString key = it.key();
        const auto found = shape.memberIndex.constFind(key);
        if (found == shape.memberIndex.constEnd())
            return unknownMember(key, shape);
        const QJsonValue memberValue = *it;
        if (memberValue.isNull())
            return unionProblem(object, shape);
        const Member &member = shape.members[std::size_t(*found)];
        Step step(m_path, {Segment::Kind::Member, member.name});
        return value(memberValue, shapeAt(member.shape));
    }
    // Where each member sits in the object, so that members can be visited in the model's
    // order without building a value for every absent one.
    QVarLengthArray<qsizetype, 32> positions(qsizetype(shape.members.size()), -1);
    qsizetype set = 0;
    qsizetype position = 0;
    // Unknown members first: a misspelt required member is better reported as a typo.
    for (auto it = object.constBegin(); it != object.constEnd(); ++it, ++position) {
        const QString key = it.key();
        const auto found = shape.memberIndex.constFind(key);
        if (found == shape.memberIndex.constEnd())
            return unknownMember(key, shape);
        positions[*found] = position;
        if (shape.isUnion && !it->isNull())
            ++set;
    }
    if (shape.isUnion && set != 1)
        return unionProblem(object, shape);
    const auto begin = object.constBegin();
    for (std::size_t i = 0; i < shape.members.size(); ++i) {
        const Member &member = shape.members[i];
        const qsizetype at = positions[qsizetype(i)];
        if (at < 0 && !member.required)
            continue;
        const QJsonValue memberValue = at < 0 ? QJsonValue() : QJsonValue(*(begin + at));
        if (memberValue.isNull() && !member.required)
            continue;
        Step step(m_path, {Segment::Kind::Member, member.name});
        if (memberValue.isNull())
            return fail(QCoreApplication::translate("ApiModel", "%1 is required.").arg(path()));
        if (!value(memberValue, shapeAt(member.shape)))
            return false;
    }
    return true;
}

bool Validator::unionProblem(const QJsonObject &object, const Shape &shape)
{
    QStringList names;
    QStringList set;
    for (const Member &member : shape.members) {
        names.append(member.name);
        if (!object.value(member.name).isNull() && !object.value(member.name).isUndefined())
            set.append(member.name);
    }
    if (set.isEmpty()) {
        return fail(
            QCoreApplication::translate("ApiModel", "%1 must set exactly one of %2; it sets none.")
                .arg(path(), names.join(u", ")));
    }
    return fail(
        QCoreApplication::translate("ApiModel", "%1 must set exactly one of %2; it sets %3: %4.")
            .arg(path(), names.join(u", "), QString::number(set.size()), set.join(u", ")));
}

bool Validator::unknownMember(const QString &name, const Shape &shape)
{
    Step step(m_path, {Segment::Kind::Member, name});
    QStringList close;
    QStringList all;
    // Close enough to be a typo: case differences are free, then about one edit in four.
    const int tolerance = std::clamp(int(name.size() / 4), 1, 3);
    int best = tolerance + 1;
    for (const Member &member : shape.members) {
        all.append(member.name);
        const int distance = editDistance(name, member.name);
        if (distance > tolerance)
            continue;
        if (distance < best) {
            best = distance;
            close = QStringList{member.name};
        } else if (distance == best) {
            close.append(member.name);
        }
    }
    if (!close.isEmpty()) {
        return fail(
            QCoreApplication::translate("ApiModel", "%1 is not a member of %2; did you mean %3?")
                .arg(path(), shape.name,
                     close.join(QCoreApplication::translate("ApiModel", " or "))));
    }
    if (all.isEmpty())
        return fail(QCoreApplication::translate("ApiModel",
                                                "%1 is not a member of %2, which has no members.")
                        .arg(path(), shape.name));
    return fail(
        QCoreApplication::translate("ApiModel", "%1 is not a member of %2; its members are %3.")
            .arg(path(), shape.name, all.join(u", ")));
}

bool Validator::value(const QJsonValue &value, const Shape &shape)
{
    const auto wrongType = [&](const QString &expected) {
        return fail(QCoreApplication::translate("ApiModel", "%1 must be %2; got %3.")
                        .arg(path(), expected, describeJson(value)));
    };
    switch (shape.kind) {
    case Kind::String:
        if (!value.isString())
            return wrongType(QCoreApplication::translate("ApiModel", "a string"));
        return !shape.checksContent || string(value.toString(), shape, false);
    case Kind::Boolean:
        return value.isBool() ||
               wrongType(QCoreApplication::translate("ApiModel", "true or false"));
    case Kind::Integer:
    case Kind::Long:
        if (!value.isDouble())
            return wrongType(QCoreApplication::translate("ApiModel", "a whole number"));
        return number(value.toDouble(), shape);
    case Kind::Double:
        if (!value.isDouble())
            return wrongType(QCoreApplication::translate("ApiModel", "a number"));
        return number(value.toDouble(), shape);
    case Kind::Timestamp:
        if (value.isDouble())
            return true;
        if (value.isString() &&
            QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid()) {
            return true;
        }
        return wrongType(QCoreApplication::translate(
            "ApiModel", "a timestamp (seconds since 1970 or an ISO 8601 date and time)"));
    case Kind::Blob:
        if (!value.isString())
            return wrongType(QCoreApplication::translate("ApiModel", "base64-encoded binary data"));
        return blob(value.toString(), shape);
    case Kind::List:
        if (!value.isArray())
            return wrongType(QCoreApplication::translate("ApiModel", "a list"));
        return list(value.toArray(), shape);
    case Kind::Map:
        if (!value.isObject())
            return wrongType(QCoreApplication::translate("ApiModel", "a map (an object)"));
        return map(value.toObject(), shape);
    case Kind::Structure:
        if (!value.isObject())
            return wrongType(QCoreApplication::translate("ApiModel", "an object"));
        return structure(value.toObject(), shape);
    }
    return true;
}

bool Validator::list(const QJsonArray &array, const Shape &shape)
{
    if (!size(array.size(), shape,
              QT_TRANSLATE_NOOP("ApiModel", "%1 must have at least %2 items; it has %3."),
              QT_TRANSLATE_NOOP("ApiModel", "%1 must have at most %2 items; it has %3."))) {
        return false;
    }
    const Shape &member = shapeAt(shape.member);
    for (qsizetype i = 0; i < array.size(); ++i) {
        Step step(m_path, {Segment::Kind::Index, QString(), i});
        if (!value(array.at(i), member))
            return false;
    }
    return true;
}

bool Validator::map(const QJsonObject &object, const Shape &shape)
{
    if (!size(object.size(), shape,
              QT_TRANSLATE_NOOP("ApiModel", "%1 must have at least %2 entries; it has %3."),
              QT_TRANSLATE_NOOP("ApiModel", "%1 must have at most %2 entries; it has %3."))) {
        return false;
    }
    const Shape &key = shapeAt(shape.key);
    const Shape &member = shapeAt(shape.value);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        Step step(m_path, {Segment::Kind::Key, it.key()});
        if (key.checksContent && !string(m_path.back().text, key, true))
            return false;
        if (!value(it.value(), member))
            return false;
    }
    return true;
}

bool Validator::size(qsizetype count, const Shape &shape, const char *atLeast, const char *atMost)
{
    if (shape.min && count < *shape.min) {
        if (*shape.min == 1)
            return fail(
                QCoreApplication::translate("ApiModel", "%1 must not be empty.").arg(path()));
        return fail(QCoreApplication::translate("ApiModel", atLeast)
                        .arg(path(), formatNumber(*shape.min), QString::number(count)));
    }
    if (shape.max && count > *shape.max)
        return fail(QCoreApplication::translate("ApiModel", atMost)
                        .arg(path(), formatNumber(*shape.max), QString::number(count)));
    return true;
}

bool Validator::string(const QString &text, const Shape &shape, bool isKey)
{
    // Checked first, formatted only on failure: this runs for every attribute name.
    enum class Problem { None, Enum, Empty, Short, Long, Pattern } problem = Problem::None;
    qsizetype length = 0;
    if (!shape.enumList.isEmpty() && !shape.enumValues.contains(text)) {
        problem = Problem::Enum;
    } else if (shape.min || shape.max) {
        // Smithy's length trait counts Unicode code points, not UTF-16 units or bytes. A
        // string of n UTF-16 units has between n/2 and n code points, which usually settles it
        // without counting.
        const qsizetype units = text.size();
        const bool surelyLongEnough = !shape.min || (units + 1) / 2 >= *shape.min;
        const bool surelyShortEnough = !shape.max || units <= *shape.max;
        if (!surelyLongEnough || !surelyShortEnough) {
            length = codePointCount(text);
            if (shape.min && length < *shape.min)
                problem = *shape.min == 1 ? Problem::Empty : Problem::Short;
            else if (shape.max && length > *shape.max)
                problem = Problem::Long;
        }
    }
    if (problem == Problem::None && shape.pattern && !shape.pattern->match(text).hasMatch())
        problem = Problem::Pattern;
    if (problem == Problem::None)
        return true;

    // For a map key the message talks about the key; the path already points at its entry.
    const QString subject =
        isKey ? QCoreApplication::translate("ApiModel", "The key of %1").arg(path()) : path();
    const QString got = shape.sensitive
                            ? QString()
                            : QCoreApplication::translate("ApiModel", "; got %1").arg(quoted(text));
    switch (problem) {
    case Problem::Enum:
        return fail(QCoreApplication::translate("ApiModel", "%1 must be one of %2%3.")
                        .arg(subject, shape.enumList.join(u", "), got));
    case Problem::Empty:
        return fail(QCoreApplication::translate("ApiModel", "%1 must not be empty.").arg(subject));
    case Problem::Short:
        return fail(QCoreApplication::translate(
                        "ApiModel", "%1 must be at least %2 characters long; it has %3.")
                        .arg(subject, formatNumber(*shape.min), QString::number(length)));
    case Problem::Long:
        return fail(QCoreApplication::translate("ApiModel",
                                                "%1 must be at most %2 characters long; it has %3.")
                        .arg(subject, formatNumber(*shape.max), QString::number(length)));
    case Problem::Pattern:
    case Problem::None:
        break;
    }
    return fail(QCoreApplication::translate("ApiModel", "%1 must match the pattern %2%3.")
                    .arg(subject, shape.javaPattern, got));
}

bool Validator::number(double number, const Shape &shape)
{
    if (shape.kind == Kind::Integer || shape.kind == Kind::Long) {
        if (std::trunc(number) != number) {
            return fail(
                QCoreApplication::translate("ApiModel", "%1 must be a whole number; got %2.")
                    .arg(path(), formatNumber(number)));
        }
        // Smithy integers are 32-bit and longs 64-bit: [-limit, limit).
        const bool isInteger = shape.kind == Kind::Integer;
        const double limit = isInteger ? 2147483648.0 : 9223372036854775808.0;
        if (number < -limit || number >= limit) {
            const qint64 lowest =
                isInteger ? std::numeric_limits<qint32>::min() : std::numeric_limits<qint64>::min();
            const qint64 highest =
                isInteger ? std::numeric_limits<qint32>::max() : std::numeric_limits<qint64>::max();
            return fail(
                QCoreApplication::translate("ApiModel", "%1 must be between %2 and %3; got %4.")
                    .arg(path(), QString::number(lowest), QString::number(highest),
                         formatNumber(number)));
        }
    }
    if (shape.min && number < *shape.min) {
        return fail(QCoreApplication::translate("ApiModel", "%1 must be at least %2; got %3.")
                        .arg(path(), formatNumber(*shape.min), formatNumber(number)));
    }
    if (shape.max && number > *shape.max) {
        return fail(QCoreApplication::translate("ApiModel", "%1 must be at most %2; got %3.")
                        .arg(path(), formatNumber(*shape.max), formatNumber(number)));
    }
    return true;
}

bool Validator::blob(const QString &text, const Shape &shape)
{
    const std::optional<qsizetype> bytes = base64DecodedSize(text);
    if (!bytes) {
        return fail(
            QCoreApplication::translate(
                "ApiModel", "%1 must be base64-encoded binary data; got text that is not base64.")
                .arg(path()));
    }
    if (shape.min && *bytes < *shape.min) {
        return fail(
            QCoreApplication::translate("ApiModel", "%1 must be at least %2 bytes long; it has %3.")
                .arg(path(), formatNumber(*shape.min), QString::number(*bytes)));
    }
    if (shape.max && *bytes > *shape.max) {
        return fail(
            QCoreApplication::translate("ApiModel", "%1 must be at most %2 bytes long; it has %3.")
                .arg(path(), formatNumber(*shape.max), QString::number(*bytes)));
    }
    return true;
}

} // namespace

struct ApiModel::Data : ModelData
{
};

ApiModel::ApiModel()
    : d(std::make_unique<Data>())
{}

ApiModel::~ApiModel() = default;

std::shared_ptr<const ApiModel> ApiModel::dynamoDb()
{
    static const std::shared_ptr<const ApiModel> model =
        loadBundled(u"dynamodb-2012-08-10.normal.json"_s);
    return model;
}

std::shared_ptr<const ApiModel> ApiModel::streams()
{
    static const std::shared_ptr<const ApiModel> model =
        loadBundled(u"streams.dynamodb-2012-08-10.normal.json"_s);
    return model;
}

std::shared_ptr<const ApiModel> ApiModel::sts()
{
    static const std::shared_ptr<const ApiModel> model =
        loadBundled(u"sts-2011-06-15.normal.json"_s);
    return model;
}

std::shared_ptr<const ApiModel> ApiModel::fromJson(const QByteArray &json, QString *error)
{
    JsonNode root;
    if (!JsonReader(json).read(&root, error))
        return nullptr;
    std::shared_ptr<ApiModel> model(new ApiModel);
    if (!buildModel(root, model->d.get(), error))
        return nullptr;
    return model;
}

QString ApiModel::targetPrefix() const
{
    return d->targetPrefix;
}

QString ApiModel::signingName() const
{
    return d->signingName;
}

QString ApiModel::endpointPrefix() const
{
    return d->endpointPrefix;
}

QString ApiModel::apiVersion() const
{
    return d->apiVersion;
}

QString ApiModel::jsonVersion() const
{
    return d->jsonVersion;
}

QString ApiModel::protocol() const
{
    return d->protocol;
}

QString ApiModel::serviceFullName() const
{
    return d->serviceFullName;
}

bool ApiModel::hasOperation(const QString &operation) const
{
    return d->operationInputs.contains(operation);
}

QStringList ApiModel::operations() const
{
    return d->operations;
}

QStringList ApiModel::idempotencyTokenMembers(const QString &operation) const
{
    QStringList members;
    const int input = d->operationInputs.value(operation, -1);
    if (input < 0)
        return members;
    for (const Member &member : d->shapes[std::size_t(input)].members) {
        if (member.idempotencyToken)
            members.append(member.name);
    }
    return members;
}

std::optional<ValidationError> ApiModel::validateInput(const QString &operation,
                                                       const QJsonObject &input) const
{
    const auto it = d->operationInputs.constFind(operation);
    if (it == d->operationInputs.constEnd()) {
        return ValidationError{
            QString(), QCoreApplication::translate("ApiModel", "%1 is not an operation of %2.")
                           .arg(operation, d->serviceFullName)};
    }
    static const Shape empty = [] {
        Shape shape;
        shape.name = u"the input"_s;
        return shape;
    }();
    const Shape &shape = *it < 0 ? empty : d->shapes[std::size_t(*it)];
    Validator validator(*d);
    if (validator.structure(input, shape))
        return std::nullopt;
    return validator.error;
}

} // namespace dyna::dynamo
