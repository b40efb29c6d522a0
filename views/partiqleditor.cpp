#include "partiqleditor.h"

#include "partiqlhighlighter.h"

#include "dynamo/partiql.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

namespace dyna::views {

namespace {

constexpr int kMinimumPrefix = 2;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Appends the names not there yet; true when any was new.
bool addNew(QStringList &list, const QStringList &names)
{
    bool added = false;
    for (const QString &name : names) {
        if (!list.contains(name)) {
            list.append(name);
            added = true;
        }
    }
    return added;
}

} // namespace

PartiqlEditor::PartiqlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new PartiqlHighlighter(document()))
    , m_completer(new QCompleter(this))
    , m_words(new QStringListModel(this))
{
    setObjectName(QStringLiteral("partiqlEditor"));
    setAccessibleName(tr("PartiQL statement"));
    // Tab moves on to the next field (statements are indented with spaces); while the
    // completion popup is open, Tab accepts the completion instead (focusNextPrevChild).
    setTabChangesFocus(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    setFont(mono);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setPlaceholderText(tr("SELECT * FROM \"Table\" WHERE pk = ?  (Ctrl+Return runs the statement "
                          "under the cursor)"));
    m_completer->setModel(m_words);
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setModelSorting(QCompleter::UnsortedModel);
    m_completer->popup()->setObjectName(QStringLiteral("partiqlCompletionPopup"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &PartiqlEditor::insertCompletion);
    updateWords();
}

void PartiqlEditor::setCompletionNames(const QStringList &tables, const QStringList &indexes,
                                       const QStringList &attributes)
{
    m_tables = tables;
    m_indexes = indexes;
    m_attributes = attributes;
    updateWords();
}

void PartiqlEditor::addAttributeNames(const QStringList &attributes)
{
    if (addNew(m_attributes, attributes))
        updateWords();
}

void PartiqlEditor::addIndexNames(const QStringList &indexes)
{
    if (addNew(m_indexes, indexes))
        updateWords();
}

QStringList PartiqlEditor::completionWords() const
{
    return m_words->stringList();
}

void PartiqlEditor::updateWords()
{
    QStringList words = dynamo::partiqlKeywords();
    for (const QStringList *names : {&m_tables, &m_indexes, &m_attributes}) {
        for (const QString &name : *names) {
            if (!words.contains(name))
                words.append(name);
        }
    }
    m_words->setStringList(words);
}

QString PartiqlEditor::currentStatement() const
{
    const QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        return cursor.selectedText()
            .replace(QChar::ParagraphSeparator, QLatin1Char('\n'))
            .trimmed();
    const QString text = toPlainText();
    const dynamo::StatementRange range = dynamo::statementAt(text, cursor.position());
    return text.mid(range.start, range.end - range.start).trimmed();
}

QString PartiqlEditor::wordBeforeCursor() const
{
    const QTextCursor cursor = textCursor();
    const QString line = cursor.block().text();
    const int end = cursor.positionInBlock();
    int start = end;
    while (start > 0 && isWordChar(line.at(start - 1)))
        --start;
    return line.mid(start, end - start);
}

void PartiqlEditor::showCompletion(const QString &prefix)
{
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) +
                  m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void PartiqlEditor::insertCompletion(const QString &completion)
{
    QTextCursor cursor = textCursor();
    // Replace the typed prefix: the completion's case wins (keywords upper, names as stored).
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor,
                        int(m_completer->completionPrefix().size()));
    cursor.insertText(completion);
    setTextCursor(cursor);
}

bool PartiqlEditor::focusNextPrevChild(bool next)
{
    // The completer takes Tab for the completion shown: focus stays.
    if (m_completer->popup()->isVisible())
        return false;
    return QPlainTextEdit::focusNextPrevChild(next);
}

void PartiqlEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        // The popup's own keys: let the completer handle them.
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    const bool forced = event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
    if (!forced)
        QPlainTextEdit::keyPressEvent(event);
    const QString prefix = wordBeforeCursor();
    const bool typedWordChar = !event->text().isEmpty() && isWordChar(event->text().back());
    if (forced || (typedWordChar && prefix.size() >= kMinimumPrefix))
        showCompletion(prefix);
    else if (m_completer->popup()->isVisible() && prefix.size() < kMinimumPrefix)
        m_completer->popup()->hide();
}

} // namespace dyna::views
