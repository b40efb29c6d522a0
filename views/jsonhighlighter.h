#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QTextDocument;

namespace dyna::views {

// The two ways an item is written as text: DynamoDB JSON ({"name": {"S": "x"}}) or plain
// "document" JSON ({"name": "x"}, with $B/$SS/$NS/$BS tags for what plain JSON cannot say).
enum class JsonMode { DynamoDb, Plain };

// Colours JSON as it is typed: keys, strings, numbers, true/false/null, the type tags of the
// current mode, and a wavy underline at the position of the current parse error.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document);

    void setMode(JsonMode mode);
    JsonMode mode() const { return m_mode; }
    // Line and column count from 1, as parse errors report them; 0 clears the mark.
    void setErrorPosition(int line, int column);
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }

protected:
    void highlightBlock(const QString &text) override;

private:
    bool isTypeTag(QStringView key) const;

    JsonMode m_mode = JsonMode::DynamoDb;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_tag;
};

} // namespace dyna::views
