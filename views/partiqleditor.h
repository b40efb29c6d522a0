#pragma once

#include <QPlainTextEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace dyna::views {

class PartiqlHighlighter;

// The PartiQL text editor: highlighted, with completion of keywords and of the table, index
// and attribute names given to it. Ctrl+Space opens the completion; typing a word of two or
// more letters offers it.
class PartiqlEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit PartiqlEditor(QWidget *parent = nullptr);

    // Names offered after the keywords; each list replaces the previous one of its kind.
    void setCompletionNames(const QStringList &tables, const QStringList &indexes,
                            const QStringList &attributes);
    void addAttributeNames(const QStringList &attributes);
    void addIndexNames(const QStringList &indexes);
    QStringList completionWords() const;
    QCompleter *completer() const { return m_completer; }
    PartiqlHighlighter *highlighter() const { return m_highlighter; }

    // The selection if any, else the ';'-separated statement holding the cursor; trimmed.
    QString currentStatement() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    QString wordBeforeCursor() const;
    void showCompletion(const QString &prefix);
    void insertCompletion(const QString &completion);
    void updateWords();

    PartiqlHighlighter *m_highlighter;
    QCompleter *m_completer;
    QStringListModel *m_words;
    QStringList m_tables;
    QStringList m_indexes;
    QStringList m_attributes;
};

} // namespace dyna::views
