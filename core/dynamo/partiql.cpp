#include "partiql.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dyna::dynamo {

namespace {

enum class TokenKind { Word, QuotedIdentifier, String, Number, Parameter, Symbol };

struct Token
{
    TokenKind kind = TokenKind::Symbol;
    QString text; // unquoted for quoted identifiers and strings
    int start = 0;
    int end = 0;

    bool isKeyword(QLatin1String keyword) const
    {
        return kind == TokenKind::Word && text.compare(keyword, Qt::CaseInsensitive) == 0;
    }
    bool isSymbol(QChar symbol) const
    {
        return kind == TokenKind::Symbol && text.size() == 1 && text.at(0) == symbol;
    }
    bool isName() const { return kind == TokenKind::Word || kind == TokenKind::QuotedIdentifier; }
};

// Reads a '...' or "..." run starting at `pos`; a doubled quote is an escaped one. Returns the
// index just past the closing quote (or the end of an unterminated run).
int skipQuoted(const QString &text, int pos, QString *content)
{
    const QChar quote = text.at(pos);
    int i = pos + 1;
    while (i < text.size()) {
        if (text.at(i) == quote) {
            if (i + 1 < text.size() && text.at(i + 1) == quote) {
                if (content)
                    content->append(quote);
                i += 2;
                continue;
            }
            return i + 1;
        }
        if (content)
            content->append(text.at(i));
        ++i;
    }
    return i;
}

// Index just past a comment starting at `pos`, or `pos` when none starts there.
int skipComment(const QString &text, int pos)
{
    if (text.mid(pos, 2) == QLatin1String("--")) {
        const int newline = text.indexOf(QLatin1Char('\n'), pos);
        return newline < 0 ? int(text.size()) : newline + 1;
    }
    if (text.mid(pos, 2) == QLatin1String("/*")) {
        const int close = text.indexOf(QLatin1String("*/"), pos + 2);
        return close < 0 ? int(text.size()) : close + 2;
    }
    return pos;
}

QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    int i = 0;
    const int size = int(text.size());
    while (i < size) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const int afterComment = skipComment(text, i);
        if (afterComment != i) {
            i = afterComment;
            continue;
        }
        Token token;
        token.start = i;
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            token.kind = c == QLatin1Char('\'') ? TokenKind::String : TokenKind::QuotedIdentifier;
            i = skipQuoted(text, i, &token.text);
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            token.kind = TokenKind::Word;
            while (i < size && (text.at(i).isLetterOrNumber() || text.at(i) == QLatin1Char('_')))
                ++i;
            token.text = text.mid(token.start, i - token.start);
        } else if (c.isDigit()) {
            token.kind = TokenKind::Number;
            while (i < size && (text.at(i).isLetterOrNumber() || text.at(i) == QLatin1Char('.')))
                ++i;
            token.text = text.mid(token.start, i - token.start);
        } else if (c == QLatin1Char('?')) {
            token.kind = TokenKind::Parameter;
            token.text = c;
            ++i;
        } else {
            token.kind = TokenKind::Symbol;
            static const QStringList pairs = {QStringLiteral("<="), QStringLiteral(">="),
                                              QStringLiteral("<>"), QStringLiteral("!="),
                                              QStringLiteral("||")};
            const QString two = text.mid(i, 2);
            token.text = pairs.contains(two) ? two : QString(c);
            i += int(token.text.size());
        }
        token.end = i;
        tokens.append(token);
    }
    return tokens;
}

// [start, end) of every statement, split at ';' outside quotes and comments, untrimmed.
QList<StatementRange> rawRanges(const QString &text)
{
    QList<StatementRange> ranges;
    int start = 0;
    int i = 0;
    const int size = int(text.size());
    while (i < size) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            i = skipQuoted(text, i, nullptr);
            continue;
        }
        const int afterComment = skipComment(text, i);
        if (afterComment != i) {
            i = afterComment;
            continue;
        }
        if (c == QLatin1Char(';')) {
            ranges.append({start, i});
            start = i + 1;
        }
        ++i;
    }
    ranges.append({start, size});
    return ranges;
}

StatementRange trimmed(const QString &text, StatementRange range)
{
    while (range.start < range.end && text.at(range.start).isSpace())
        ++range.start;
    while (range.end > range.start && text.at(range.end - 1).isSpace())
        --range.end;
    return range;
}

// The condition of a WHERE clause as nested AND / OR / NOT, evaluated for one question: does
// every row it can match have the partition key pinned by '=' or IN?
class ConditionReader
{
public:
    ConditionReader(const QList<Token> &tokens, int begin, int end, QString partitionKey)
        : m_tokens(tokens)
        , m_pos(begin)
        , m_end(end)
        , m_key(std::move(partitionKey))
    {}

    bool pinsKey() { return readOr(); }

private:
    bool atEnd() const { return m_pos >= m_end; }
    const Token &current() const { return m_tokens.at(m_pos); }

    bool readOr()
    {
        bool pinned = readAnd();
        while (!atEnd() && current().isKeyword(QLatin1String("OR"))) {
            ++m_pos;
            pinned = readAnd() && pinned;
        }
        return pinned;
    }

    bool readAnd()
    {
        bool pinned = readNot();
        while (!atEnd() && current().isKeyword(QLatin1String("AND"))) {
            ++m_pos;
            pinned = readNot() || pinned;
        }
        return pinned;
    }

    bool readNot()
    {
        if (!atEnd() && current().isKeyword(QLatin1String("NOT"))) {
            ++m_pos;
            readNot();
            return false;
        }
        if (!atEnd() && current().isSymbol(QLatin1Char('('))) {
            ++m_pos;
            const bool pinned = readOr();
            if (!atEnd() && current().isSymbol(QLatin1Char(')')))
                ++m_pos;
            return pinned;
        }
        return readComparison();
    }

    // One comparison, up to the next AND / OR / ')' at its own nesting level. The AND of
    // BETWEEN x AND y belongs to the comparison.
    bool readComparison()
    {
        const int begin = m_pos;
        int depth = 0;
        bool between = false;
        while (!atEnd()) {
            const Token &token = current();
            if (token.kind == TokenKind::Symbol) {
                if (token.text == QLatin1String("(") || token.text == QLatin1String("[") ||
                    token.text == QLatin1String("{"))
                    ++depth;
                else if (token.text == QLatin1String(")") || token.text == QLatin1String("]") ||
                         token.text == QLatin1String("}")) {
                    if (depth == 0)
                        break;
                    --depth;
                }
            } else if (depth == 0 && token.isKeyword(QLatin1String("BETWEEN"))) {
                between = true;
            } else if (depth == 0 && token.isKeyword(QLatin1String("AND"))) {
                if (!between)
                    break;
                between = false;
            } else if (depth == 0 && token.isKeyword(QLatin1String("OR"))) {
                break;
            }
            ++m_pos;
        }
        return comparisonPinsKey(begin, m_pos);
    }

    bool isKey(int index) const
    {
        const Token &token = m_tokens.at(index);
        if (!token.isName() || token.text != m_key)
            return false;
        // A path such as key.member or key[0] is not the key itself.
        const bool pathBefore = index > 0 && m_tokens.at(index - 1).isSymbol(QLatin1Char('.'));
        const bool pathAfter =
            index + 1 < m_end && (m_tokens.at(index + 1).isSymbol(QLatin1Char('.')) ||
                                  m_tokens.at(index + 1).isSymbol(QLatin1Char('[')));
        return !pathBefore && !pathAfter;
    }

    bool comparisonPinsKey(int begin, int end) const
    {
        if (end - begin < 3)
            return false;
        if (isKey(begin)) {
            const Token &op = m_tokens.at(begin + 1);
            return op.isSymbol(QLatin1Char('=')) || op.isKeyword(QLatin1String("IN"));
        }
        return isKey(end - 1) && m_tokens.at(end - 2).isSymbol(QLatin1Char('='));
    }

    const QList<Token> &m_tokens;
    int m_pos;
    int m_end;
    QString m_key;
};

QString hashKeyOf(const QJsonArray &keySchema)
{
    for (const QJsonValue &element : keySchema) {
        const QJsonObject key = element.toObject();
        if (key.value(QLatin1String("KeyType")).toString() == QLatin1String("HASH"))
            return key.value(QLatin1String("AttributeName")).toString();
    }
    return {};
}

QString partitionKeyOf(const QJsonObject &table, const QString &index)
{
    if (index.isEmpty())
        return hashKeyOf(table.value(QLatin1String("KeySchema")).toArray());
    for (const auto *kind : {"GlobalSecondaryIndexes", "LocalSecondaryIndexes"}) {
        for (const QJsonValue &element : table.value(QLatin1String(kind)).toArray()) {
            const QJsonObject description = element.toObject();
            if (description.value(QLatin1String("IndexName")).toString() == index)
                return hashKeyOf(description.value(QLatin1String("KeySchema")).toArray());
        }
    }
    return {};
}

} // namespace

StatementRange statementAt(const QString &text, int cursor)
{
    const QList<StatementRange> ranges = rawRanges(text);
    cursor = qBound(0, cursor, int(text.size()));
    // A cursor right after a ';' still means the statement that ';' closes, as when the cursor
    // sits at the end of the line just typed.
    qsizetype holding = 0;
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        if (cursor > ranges.at(i).start && cursor <= ranges.at(i).end) {
            holding = i;
            break;
        }
        if (cursor == ranges.at(i).start) {
            holding = qMax<qsizetype>(0, i - 1);
            break;
        }
    }
    // On a blank stretch after the last ';', the statement before it is the one meant.
    for (qsizetype i = holding; i >= 0; --i) {
        const StatementRange range = trimmed(text, ranges.at(i));
        if (range.start < range.end &&
            !tokenize(text.mid(range.start, range.end - range.start)).isEmpty())
            return range;
    }
    return {cursor, cursor};
}

QStringList splitStatements(const QString &text)
{
    QStringList statements;
    for (const StatementRange &raw : rawRanges(text)) {
        const StatementRange range = trimmed(text, raw);
        const QString statement = text.mid(range.start, range.end - range.start);
        if (!tokenize(statement).isEmpty())
            statements.append(statement);
    }
    return statements;
}

int countParameters(const QString &statement)
{
    int count = 0;
    for (const Token &token : tokenize(statement)) {
        if (token.kind == TokenKind::Parameter)
            ++count;
    }
    return count;
}

StatementTarget statementTarget(const QString &statement)
{
    const QList<Token> tokens = tokenize(statement);
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        if (!token.isKeyword(QLatin1String("FROM")) && !token.isKeyword(QLatin1String("INTO")) &&
            !token.isKeyword(QLatin1String("UPDATE")))
            continue;
        if (!tokens.at(i + 1).isName())
            continue;
        StatementTarget target;
        target.table = tokens.at(i + 1).text;
        if (i + 3 < tokens.size() && tokens.at(i + 2).isSymbol(QLatin1Char('.')) &&
            tokens.at(i + 3).isName())
            target.index = tokens.at(i + 3).text;
        return target;
    }
    return {};
}

FullScanCheck checkFullScan(const QString &statement, const QJsonObject &tableDescription)
{
    const QList<Token> tokens = tokenize(statement);
    if (tokens.isEmpty() || !tokens.first().isKeyword(QLatin1String("SELECT")))
        return {};

    // The WHERE and ORDER BY of the SELECT itself, not of a nested one.
    int depth = 0;
    int where = -1;
    int end = int(tokens.size());
    for (int i = 0; i < int(tokens.size()); ++i) {
        const Token &token = tokens.at(i);
        if (token.isSymbol(QLatin1Char('(')) || token.isSymbol(QLatin1Char('[')))
            ++depth;
        else if (token.isSymbol(QLatin1Char(')')) || token.isSymbol(QLatin1Char(']')))
            --depth;
        else if (depth == 0 && where < 0 && token.isKeyword(QLatin1String("WHERE")))
            where = i;
        else if (depth == 0 && where >= 0 && token.isKeyword(QLatin1String("ORDER")))
            end = i;
    }

    const StatementTarget target = statementTarget(statement);
    if (where < 0) {
        return {true,
                QCoreApplication::translate("PartiQL", "The statement has no WHERE clause, so it "
                                                       "reads every item of %1.")
                    .arg(target.table.isEmpty() ? QStringLiteral("the table")
                                                : QStringLiteral("\"%1\"").arg(target.table))};
    }

    const QString key = partitionKeyOf(tableDescription, target.index);
    // Without the key schema there is nothing to check the condition against.
    if (key.isEmpty())
        return {};
    if (ConditionReader(tokens, where + 1, end, key).pinsKey())
        return {};
    const QString reason =
        target.index.isEmpty()
            ? QCoreApplication::translate("PartiQL",
                                          "The WHERE clause has no equality or IN condition on "
                                          "the partition key \"%1\" that every match must meet, "
                                          "so the statement reads the whole table.")
                  .arg(key)
            : QCoreApplication::translate("PartiQL",
                                          "The WHERE clause has no equality or IN condition on "
                                          "the partition key \"%1\" of the index \"%2\" that "
                                          "every match must meet, so the statement reads the "
                                          "whole index.")
                  .arg(key, target.index);
    return {true, reason};
}

const QStringList &partiqlKeywords()
{
    static const QStringList keywords = {
        QStringLiteral("SELECT"),      QStringLiteral("FROM"),
        QStringLiteral("WHERE"),       QStringLiteral("INSERT"),
        QStringLiteral("INTO"),        QStringLiteral("VALUE"),
        QStringLiteral("UPDATE"),      QStringLiteral("SET"),
        QStringLiteral("REMOVE"),      QStringLiteral("DELETE"),
        QStringLiteral("EXISTS"),      QStringLiteral("MISSING"),
        QStringLiteral("BETWEEN"),     QStringLiteral("IN"),
        QStringLiteral("AND"),         QStringLiteral("OR"),
        QStringLiteral("NOT"),         QStringLiteral("IS"),
        QStringLiteral("NULL"),        QStringLiteral("TRUE"),
        QStringLiteral("FALSE"),       QStringLiteral("ORDER"),
        QStringLiteral("BY"),          QStringLiteral("ASC"),
        QStringLiteral("DESC"),        QStringLiteral("RETURNING"),
        QStringLiteral("ALL"),         QStringLiteral("MODIFIED"),
        QStringLiteral("NEW"),         QStringLiteral("OLD"),
        QStringLiteral("BEGINS_WITH"), QStringLiteral("CONTAINS"),
        QStringLiteral("SIZE"),        QStringLiteral("ATTRIBUTE_TYPE"),
        QStringLiteral("LIST_APPEND"), QStringLiteral("SET_ADD"),
        QStringLiteral("SET_DELETE")};
    return keywords;
}

} // namespace dyna::dynamo
