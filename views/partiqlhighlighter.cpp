#include "partiqlhighlighter.h"

#include "dynamo/partiql.h"

#include <QTextDocument>

namespace dyna::views {

namespace {

// Index just past the quote that closes a literal opened before `from`; a doubled quote is an
// escaped one. -1 when the literal goes on past the line.
qsizetype closingQuote(const QString &text, qsizetype from, QChar quote)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text.at(i) != quote)
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == quote) {
            ++i;
            continue;
        }
        return i + 1;
    }
    return -1;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

PartiqlHighlighter::PartiqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    for (const QString &keyword : dynamo::partiqlKeywords())
        m_keywords.insert(keyword.toUpper());
    m_keyword.setForeground(QColor(0x1f, 0x4e, 0x9b));
    m_keyword.setFontWeight(QFont::Bold);
    m_string.setForeground(QColor(0x2e, 0x7d, 0x32));
    m_identifier.setForeground(QColor(0x6a, 0x1b, 0x9a));
    m_number.setForeground(QColor(0xb3, 0x5c, 0x00));
    m_parameter.setForeground(QColor(0xc6, 0x28, 0x28));
    m_parameter.setFontWeight(QFont::Bold);
    m_comment.setForeground(QColor(0x75, 0x75, 0x75));
    m_comment.setFontItalic(true);
}

void PartiqlHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(Plain);
    qsizetype i = 0;
    const int previous = previousBlockState();
    if (previous == InString || previous == InIdentifier) {
        const QChar quote = previous == InString ? QLatin1Char('\'') : QLatin1Char('"');
        const qsizetype end = closingQuote(text, 0, quote);
        const QTextCharFormat &format = previous == InString ? m_string : m_identifier;
        if (end < 0) {
            setFormat(0, int(text.size()), format);
            setCurrentBlockState(previous);
            return;
        }
        setFormat(0, int(end), format);
        i = end;
    }
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const bool string = c == QLatin1Char('\'');
            const QTextCharFormat &format = string ? m_string : m_identifier;
            const qsizetype end = closingQuote(text, i + 1, c);
            if (end < 0) {
                setFormat(int(i), int(text.size() - i), format);
                setCurrentBlockState(string ? InString : InIdentifier);
                return;
            }
            setFormat(int(i), int(end - i), format);
            i = end;
        } else if (c == QLatin1Char('-') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('-')) {
            setFormat(int(i), int(text.size() - i), m_comment);
            return;
        } else if (c == QLatin1Char('?')) {
            setFormat(int(i), 1, m_parameter);
            ++i;
        } else if (c.isDigit()) {
            qsizetype end = i;
            while (end < text.size() && (isWordChar(text.at(end)) || text.at(end) == '.'))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (isWordChar(c)) {
            qsizetype end = i;
            while (end < text.size() && isWordChar(text.at(end)))
                ++end;
            if (m_keywords.contains(text.mid(i, end - i).toUpper()))
                setFormat(int(i), int(end - i), m_keyword);
            i = end;
        } else {
            ++i;
        }
    }
}

} // namespace dyna::views
