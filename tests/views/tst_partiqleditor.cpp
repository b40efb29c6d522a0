// The PartiQL editor: highlighting, the statement under the cursor and completion.
#include "partiqleditor.h"
#include "partiqlhighlighter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace dyna;
using views::PartiqlEditor;

namespace {

// The format the highlighter gave the character at `position` of the first line.
QTextCharFormat formatAt(const PartiqlEditor &editor, int position)
{
    const QTextBlock block = editor.document()->firstBlock();
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (position >= range.start && position < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace

class TestPartiqlEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highlights_data();
    void highlights();
    void statementUnderCursor_data();
    void statementUnderCursor();
    void selectionWins();
    void completionOffersTableName();
    void ctrlSpaceOpensCompletion();
};

void TestPartiqlEditor::highlights_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("kind");
    QTest::newRow("keyword") << QStringLiteral("select") << QStringLiteral("keyword");
    QTest::newRow("string") << QStringLiteral("'it''s; a -- literal'") << QStringLiteral("string");
    QTest::newRow("parameter") << QStringLiteral("?") << QStringLiteral("parameter");
    QTest::newRow("identifier") << QStringLiteral("\"My Table\"") << QStringLiteral("identifier");
    QTest::newRow("number") << QStringLiteral("42.5") << QStringLiteral("number");
    QTest::newRow("comment") << QStringLiteral("-- note") << QStringLiteral("comment");
}

void TestPartiqlEditor::highlights()
{
    QFETCH(QString, token);
    QFETCH(QString, kind);
    PartiqlEditor editor;
    const QString prefix = QStringLiteral("x = ");
    editor.setPlainText(prefix + token + QStringLiteral(" y"));
    const views::PartiqlHighlighter *highlighter = editor.highlighter();
    const QHash<QString, QTextCharFormat> formats{
        {QStringLiteral("keyword"), highlighter->keywordFormat()},
        {QStringLiteral("string"), highlighter->stringFormat()},
        {QStringLiteral("parameter"), highlighter->parameterFormat()},
        {QStringLiteral("identifier"), highlighter->identifierFormat()},
        {QStringLiteral("number"), highlighter->numberFormat()},
        {QStringLiteral("comment"), highlighter->commentFormat()},
    };
    const QTextCharFormat expected = formats.value(kind);
    const int first = int(prefix.size());
    const int last = first + int(token.size()) - 1;
    QCOMPARE(formatAt(editor, first).foreground(), expected.foreground());
    QCOMPARE(formatAt(editor, last).foreground(), expected.foreground());
    // The plain word before it stays plain.
    QCOMPARE(formatAt(editor, 0).foreground(), QTextCharFormat().foreground());
    // Other kinds look different, so a user can tell them apart.
    for (auto it = formats.cbegin(); it != formats.cend(); ++it) {
        if (it.key() != kind)
            QVERIFY2(it.value().foreground() != expected.foreground(), qPrintable(it.key()));
    }
}

void TestPartiqlEditor::statementUnderCursor_data()
{
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first") << QStringLiteral("FROM \"A\"")
                           << QStringLiteral("SELECT * FROM \"A\" WHERE s = 'x;y'");
    QTest::newRow("second") << QStringLiteral("INTO")
                            << QStringLiteral("INSERT INTO \"B\" VALUE {'pk': 'a;b'}");
    QTest::newRow("third") << QStringLiteral("DELETE")
                           << QStringLiteral("DELETE FROM \"C\" WHERE pk = ?");
}

void TestPartiqlEditor::statementUnderCursor()
{
    QFETCH(QString, marker);
    QFETCH(QString, expected);
    PartiqlEditor editor;
    editor.setPlainText(QStringLiteral("SELECT * FROM \"A\" WHERE s = 'x;y';\n"
                                       "  INSERT INTO \"B\" VALUE {'pk': 'a;b'} ;\n"
                                       "DELETE FROM \"C\" WHERE pk = ?"));
    const int at = int(editor.toPlainText().indexOf(marker));
    QVERIFY(at >= 0);
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(at + 2);
    editor.setTextCursor(cursor);
    QCOMPARE(editor.currentStatement(), expected);
}

void TestPartiqlEditor::selectionWins()
{
    PartiqlEditor editor;
    editor.setPlainText(QStringLiteral("SELECT * FROM \"A\"; SELECT * FROM \"B\""));
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(0);
    cursor.setPosition(8, QTextCursor::KeepAnchor);
    editor.setTextCursor(cursor);
    QCOMPARE(editor.currentStatement(), QStringLiteral("SELECT *"));
}

void TestPartiqlEditor::completionOffersTableName()
{
    PartiqlEditor editor;
    editor.setCompletionNames({QStringLiteral("Orders"), QStringLiteral("Customers")},
                              {QStringLiteral("ByCustomer")}, {QStringLiteral("orderDate")});
    editor.resize(600, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setFocus();
    QTest::keyClicks(&editor, QStringLiteral("SELECT * FROM Cus"));
    QAbstractItemView *popup = editor.completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QStringList offered;
    for (int row = 0; row < popup->model()->rowCount(); ++row)
        offered.append(popup->model()->index(row, 0).data().toString());
    QCOMPARE(offered, QStringList{QStringLiteral("Customers")});

    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(editor.toPlainText(), QStringLiteral("SELECT * FROM Customers"));
}

void TestPartiqlEditor::ctrlSpaceOpensCompletion()
{
    PartiqlEditor editor;
    editor.setCompletionNames({}, {}, {QStringLiteral("orderDate")});
    editor.resize(600, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setFocus();
    // One letter does not open it by itself; Ctrl+Space does.
    QTest::keyClicks(&editor, QStringLiteral("SELECT o"));
    QAbstractItemView *popup = editor.completer()->popup();
    QVERIFY(!popup->isVisible());
    QTest::keyClick(&editor, Qt::Key_Space, Qt::ControlModifier);
    QTRY_VERIFY(popup->isVisible());
    QStringList offered;
    for (int row = 0; row < popup->model()->rowCount(); ++row)
        offered.append(popup->model()->index(row, 0).data().toString());
    QVERIFY2(offered.contains(QStringLiteral("orderDate")), qPrintable(offered.join(u',')));
    QVERIFY2(offered.contains(QStringLiteral("OR")), qPrintable(offered.join(u',')));
    QCOMPARE(editor.toPlainText(), QStringLiteral("SELECT o"));
}

QTEST_MAIN(TestPartiqlEditor)
#include "tst_partiqleditor.moc"
