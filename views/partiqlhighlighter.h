#pragma once

#include <QSet>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QTextDocument;

namespace dyna::views {

// Colours PartiQL as it is typed: keywords, 'string literals', "quoted identifiers", numbers,
// ? parameters and -- comments. Literals and identifiers may span lines.
class PartiqlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit PartiqlHighlighter(QTextDocument *document);

    const QTextCharFormat &keywordFormat() const { return m_keyword; }
    const QTextCharFormat &stringFormat() const { return m_string; }
    const QTextCharFormat &identifierFormat() const { return m_identifier; }
    const QTextCharFormat &numberFormat() const { return m_number; }
    const QTextCharFormat &parameterFormat() const { return m_parameter; }
    const QTextCharFormat &commentFormat() const { return m_comment; }

protected:
    void highlightBlock(const QString &text) override;

private:
    // Block states: what the end of a line is still inside of.
    enum State { Plain = 0, InString = 1, InIdentifier = 2 };

    QSet<QString> m_keywords; // upper case
    QTextCharFormat m_keyword;
    QTextCharFormat m_string;
    QTextCharFormat m_identifier;
    QTextCharFormat m_number;
    QTextCharFormat m_parameter;
    QTextCharFormat m_comment;
};

} // namespace dyna::views
