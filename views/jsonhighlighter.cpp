#include "jsonhighlighter.h"

#include "theme.h"

#include <QTextDocument>

namespace dyna::views {

namespace {

bool isNumberChar(QChar c)
{
    return c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.') ||
           c == QLatin1Char('e') || c == QLatin1Char('E');
}

// Index just past the string that starts with the quote at `start` (or the line's end when the
// string is not closed on this line; JSON strings cannot span lines).
qsizetype stringEnd(const QString &text, qsizetype start)
{
    for (qsizetype i = start + 1; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\'))
            ++i;
        else if (text.at(i) == QLatin1Char('"'))
            return i + 1;
    }
    return text.size();
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_tag.setFontWeight(QFont::Bold);
    const auto setColours = [this] {
        m_key.setForeground(toneColour(Tone::SyntaxKey));
        m_string.setForeground(toneColour(Tone::SyntaxString));
        m_number.setForeground(toneColour(Tone::SyntaxNumber));
        m_literal.setForeground(toneColour(Tone::SyntaxLiteral));
        m_tag.setForeground(toneColour(Tone::SyntaxTag));
    };
    setColours();
    connect(appearanceNotifier(), &AppearanceNotifier::changed, this, [this, setColours] {
        setColours();
        rehighlight();
    });
}

void JsonHighlighter::setMode(JsonMode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    rehighlight();
}

void JsonHighlighter::setErrorPosition(int line, int column)
{
    if (m_errorLine == line && m_errorColumn == column)
        return;
    const int previousLine = m_errorLine;
    m_errorLine = line;
    m_errorColumn = column;
    // Only the lines that gain or lose the mark need colouring again.
    for (const int changed : {previousLine, line}) {
        const QTextBlock block = document()->findBlockByNumber(changed - 1);
        if (block.isValid())
            rehighlightBlock(block);
    }
}

bool JsonHighlighter::isTypeTag(QStringView key) const
{
    static const QStringList dynamoTags{
        QStringLiteral("S"),    QStringLiteral("N"),  QStringLiteral("B"),  QStringLiteral("BOOL"),
        QStringLiteral("NULL"), QStringLiteral("SS"), QStringLiteral("NS"), QStringLiteral("BS"),
        QStringLiteral("L"),    QStringLiteral("M")};
    static const QStringList plainTags{QStringLiteral("$B"), QStringLiteral("$SS"),
                                       QStringLiteral("$NS"), QStringLiteral("$BS")};
    return (m_mode == JsonMode::DynamoDb ? dynamoTags : plainTags).contains(key);
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            const qsizetype end = stringEnd(text, i);
            qsizetype next = end;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
            const bool isKey = next < text.size() && text.at(next) == QLatin1Char(':');
            QTextCharFormat format = m_string;
            if (isKey) {
                const QStringView key = QStringView(text).mid(i + 1, qMax(0, end - i - 2));
                format = isTypeTag(key) ? m_tag : m_key;
            }
            setFormat(int(i), int(end - i), format);
            i = end;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            qsizetype end = i + 1;
            while (end < text.size() && isNumberChar(text.at(end)))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(end - i), m_literal);
            i = end;
        } else {
            ++i;
        }
    }

    if (m_errorLine == currentBlock().blockNumber() + 1 && m_errorColumn > 0) {
        // An error past the last character (an unexpected end) marks the last character.
        const int at = qMax(0, qMin(m_errorColumn - 1, int(text.size()) - 1));
        const int length = text.isEmpty() ? 0 : 1;
        for (int k = at; k < at + length; ++k) {
            QTextCharFormat marked = format(k);
            marked.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            marked.setUnderlineColor(toneColour(Tone::SyntaxError));
            setFormat(k, 1, marked);
        }
    }
}

} // namespace dyna::views
