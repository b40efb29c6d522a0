#include "partiqlhighlighter.h"

#include "theme.h"

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
    m_keyword.setFontWeight(QFont::Bold);
    m_parameter.setFontWeight(QFont::Bold);
    m_comment.setFontItalic(true);
    const auto setColours = [this] {
        m_keyword.setForeground(toneColour(Tone::SyntaxKeyword));
        m_string.setForeground(toneColour(Tone::SyntaxString));
        m_identifier.setForeground(toneColour(Tone::SyntaxIdentifier));
        m_number.setForeground(toneColour(Tone::SyntaxNumber));
        m_parameter.setForeground(toneColour(Tone::SyntaxParameter));
        m_comment.setForeground(toneColour(Tone::SyntaxComment));
    };
    setColours();
    connect(appearanceNotifier(), &AppearanceNotifier::changed, this, [this, setColours] {
        setColours();
        rehighlight();
    });
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
