// The item editor, offscreen, driven by keys and clicks: validation as you type, refusals that
// keep the user's text, lossless mode switches and the form kept in sync with the text.
#include "itemeditor.h"

#include "dynamo/documentconverter.h"
#include "session/session.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace dyna;
using dynamo::AttributeValue;
using dynamo::Item;

namespace {

const QStringList kKey{QStringLiteral("pk")};

Item sampleItem()
{
    return {{QStringLiteral("pk"), AttributeValue::fromString(QStringLiteral("user#1"))},
            {QStringLiteral("name"), AttributeValue::fromString(QStringLiteral("Ada"))},
            {QStringLiteral("balance"),
             AttributeValue::fromNumber(QStringLiteral("12345678901234567890.123456789"))},
            {QStringLiteral("tags"),
             AttributeValue::fromStringSet({QStringLiteral("b"), QStringLiteral("a")})},
            {QStringLiteral("avatar"), AttributeValue::fromBinary(QByteArray("\x00\x01\xfe", 3))},
            {QStringLiteral("scores"),
             AttributeValue::fromNumberSet({QStringLiteral("1.5"), QStringLiteral("-2")})}};
}

} // namespace

class TestItemEditor : public QObject
{
    Q_OBJECT

private:
    void replaceText(const QString &text);

    std::unique_ptr<session::Session> m_session;
    std::unique_ptr<views::ItemEditor> m_editor;
    QPlainTextEdit *m_text = nullptr;

private Q_SLOTS:
    void init();
    void cleanup();
    void validItemIsSummarised();
    void malformedJsonShowsPositionAndSaveIsRefused();
    void invalidItemIsRefused_data();
    void invalidItemIsRefused();
    void modeSwitchRoundTripsExactly();
    void modeSwitchIsRefusedWhileTextIsInvalid();
    void formEditUpdatesText();
    void invalidFormValueLeavesTextAlone();
    void revertRestoresTheItem();
    void saveAfterReconnectIsRefused();
};

void TestItemEditor::init()
{
    m_session = std::make_unique<session::Session>();
    m_editor = std::make_unique<views::ItemEditor>(m_session.get());
    m_editor->editItem(QStringLiteral("Users"), kKey, sampleItem());
    m_editor->resize(900, 500);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    m_text = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("itemText"));
    QVERIFY(m_text);
}

void TestItemEditor::cleanup()
{
    m_editor.reset();
    m_session.reset();
}

// Selects everything in the text and types text over it, as a user would.
void TestItemEditor::replaceText(const QString &text)
{
    m_text->setFocus();
    QTest::keyClick(m_text, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(m_text, Qt::Key_Delete);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(m_text, Qt::Key_Return);
        QTest::keyClicks(m_text, lines.at(i));
    }
    QCOMPARE(m_text->toPlainText(), text);
}

void TestItemEditor::validItemIsSummarised()
{
    QVERIFY2(m_editor->statusText().startsWith(QStringLiteral("Valid item · 6 attributes · ")),
             qPrintable(m_editor->statusText()));
    QVERIFY(m_editor->statusText().endsWith(QStringLiteral(" KB of 400 KB")));
}

void TestItemEditor::malformedJsonShowsPositionAndSaveIsRefused()
{
    const QString typed = QStringLiteral("{\"pk\": {\"S\": \"user#1\"},\n  \"name\": {\"S\": }\n}");
    replaceText(typed);
    // Debounced: the line follows the typing shortly after it stops.
    QTRY_VERIFY2(m_editor->statusText().startsWith(QStringLiteral("Line 2, column 17")),
                 qPrintable(m_editor->statusText()));
    // The error is underlined where it is: the "}" at line 2, column 17.
    const QTextBlock line = m_text->document()->findBlockByNumber(1);
    bool underlined = false;
    for (const QTextLayout::FormatRange &range : line.layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline) {
            QCOMPARE(range.start, 16);
            underlined = true;
        }
    }
    QVERIFY(underlined);

    QSignalSpy saved(m_editor.get(), &views::ItemEditor::saved);
    QTest::mouseClick(m_editor->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QVERIFY2(m_editor->statusText().contains(QStringLiteral("Line 2, column 17")),
             qPrintable(m_editor->statusText()));
    QVERIFY(m_editor->statusText().startsWith(QStringLiteral("Not saved")));
    // Ctrl+S is refused the same way.
    QTest::keyClick(m_text, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!m_editor->isSaving());
    QCOMPARE(saved.size(), 0);
    QCOMPARE(m_editor->text(), typed);
}

void TestItemEditor::invalidItemIsRefused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");

    QTest::newRow("key changed") << QStringLiteral("{\"pk\": {\"S\": \"user#2\"}}")
                                 << QStringLiteral("The key attribute \"pk\" was changed");
    QTest::newRow("key removed") << QStringLiteral("{\"name\": {\"S\": \"x\"}}")
                                 << QStringLiteral("The key attribute \"pk\" is missing");
    QTest::newRow("bad number") << QStringLiteral(
                                       "{\"pk\": {\"S\": \"user#1\"}, \"n\": {\"N\": \"1x\"}}")
                                << QStringLiteral("n");
    const QString big = QString(410 * 1024, QLatin1Char('x'));
    QTest::newRow("over 400 KB")
        << QStringLiteral("{\"pk\": {\"S\": \"user#1\"}, \"payload\": {\"S\": \"%1\"}}").arg(big)
        << QStringLiteral("limit is 400 KB");
}

void TestItemEditor::invalidItemIsRefused()
{
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    // Pasted rather than typed key by key: 400 KB of key clicks would take minutes.
    m_text->setPlainText(typed);
    QTRY_VERIFY2(m_editor->statusText().contains(reason), qPrintable(m_editor->statusText()));
    QVERIFY(!m_editor->statusText().startsWith(QStringLiteral("Valid")));
    QVERIFY(!m_editor->save());
    QVERIFY(m_editor->statusText().contains(reason));
    QCOMPARE(m_editor->text(), typed);
}

void TestItemEditor::modeSwitchRoundTripsExactly()
{
    const QString dynamoText = m_editor->text();
    auto *mode = m_editor->findChild<QComboBox *>(QStringLiteral("modeBox"));
    QVERIFY(mode);
    mode->setCurrentIndex(1);
    QCOMPARE(m_editor->mode(), views::JsonMode::Plain);
    const QString plain = m_editor->text();
    QVERIFY2(plain.contains(QStringLiteral("12345678901234567890.123456789")), qPrintable(plain));
    QVERIFY(plain.contains(QStringLiteral("\"$SS\"")));
    QVERIFY(plain.contains(QStringLiteral("\"$NS\"")));
    QVERIFY(plain.contains(QStringLiteral("\"$B\": \"AAH+\"")));
    QString error;
    QCOMPARE(dynamo::itemFromDocumentText(plain.toUtf8(), &error), sampleItem());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    mode->setCurrentIndex(0);
    QCOMPARE(m_editor->mode(), views::JsonMode::DynamoDb);
    QCOMPARE(m_editor->text(), dynamoText);
    QCOMPARE(dynamo::itemFromWireText(m_editor->text().toUtf8(), &error), sampleItem());
}

void TestItemEditor::modeSwitchIsRefusedWhileTextIsInvalid()
{
    const QString typed = QStringLiteral("{\"pk\": ");
    replaceText(typed);
    auto *mode = m_editor->findChild<QComboBox *>(QStringLiteral("modeBox"));
    mode->setCurrentIndex(1);
    QCOMPARE(mode->currentIndex(), 0);
    QCOMPARE(m_editor->mode(), views::JsonMode::DynamoDb);
    QCOMPARE(m_editor->text(), typed);
    QVERIFY2(m_editor->statusText().contains(QStringLiteral("format was not changed")),
             qPrintable(m_editor->statusText()));
}

void TestItemEditor::formEditUpdatesText()
{
    auto *form = m_editor->findChild<QTableWidget *>(QStringLiteral("itemForm"));
    QVERIFY(form);
    auto *tabs = m_editor->findChild<QTabWidget *>();
    tabs->setCurrentWidget(form);
    const auto rows = form->findItems(QStringLiteral("name"), Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    const int row = rows.first()->row();
    QTableWidgetItem *value = form->item(row, 2);
    QCOMPARE(value->text(), QStringLiteral("Ada"));

    form->setCurrentItem(value);
    form->editItem(value);
    auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("Grace"));
    QTest::keyClick(line, Qt::Key_Return);

    QString error;
    Item expected = sampleItem();
    expected.insert(QStringLiteral("name"), AttributeValue::fromString(QStringLiteral("Grace")));
    // The delegate commits the edit on the next event-loop turn.
    QTRY_COMPARE(dynamo::itemFromWireText(m_editor->text().toUtf8(), &error), expected);
    // The set, binary and exact number went through the form untouched.
    QVERIFY(m_editor->text().contains(QStringLiteral("12345678901234567890.123456789")));

    // The form is rebuilt from the text: cells are new, the rows stay in name order.
    QCOMPARE(form->item(row, 2)->text(), QStringLiteral("Grace"));
    // A new type reads the value anew: here as a string set.
    auto *type = qobject_cast<QComboBox *>(form->cellWidget(row, 1));
    QVERIFY(type);
    form->item(row, 2)->setText(QStringLiteral("[\"Grace\", \"Ada\"]"));
    type->setCurrentText(QStringLiteral("SS"));
    expected.insert(QStringLiteral("name"), AttributeValue::fromStringSet(
                                                {QStringLiteral("Grace"), QStringLiteral("Ada")}));
    QCOMPARE(dynamo::itemFromWireText(m_editor->text().toUtf8(), &error), expected);
}

void TestItemEditor::invalidFormValueLeavesTextAlone()
{
    const QString before = m_editor->text();
    auto *form = m_editor->findChild<QTableWidget *>(QStringLiteral("itemForm"));
    const int row = form->findItems(QStringLiteral("name"), Qt::MatchExactly).first()->row();
    auto *type = qobject_cast<QComboBox *>(form->cellWidget(row, 1));
    type->setCurrentText(QStringLiteral("N"));
    QCOMPARE(m_editor->text(), before);
    QVERIFY2(m_editor->statusText().startsWith(QStringLiteral("name: ")),
             qPrintable(m_editor->statusText()));
    QCOMPARE(form->item(row, 2)->text(), QStringLiteral("Ada"));
}

void TestItemEditor::revertRestoresTheItem()
{
    const QString original = m_editor->text();
    replaceText(QStringLiteral("{}"));
    QTest::mouseClick(m_editor->findChild<QPushButton *>(QStringLiteral("revertButton")),
                      Qt::LeftButton);
    QCOMPARE(m_editor->text(), original);
    QTRY_VERIFY(m_editor->statusText().startsWith(QStringLiteral("Valid item")));
}

void TestItemEditor::saveAfterReconnectIsRefused()
{
    // Nothing listens on port 1: the refusal must come before any request.
    m_session->connectToLocalEndpoint(QUrl(QStringLiteral("http://127.0.0.1:1")));
    m_editor->editItem(QStringLiteral("Users"), kKey, sampleItem());
    m_session->connectToLocalEndpoint(QUrl(QStringLiteral("http://127.0.0.1:1")),
                                      QStringLiteral("eu-west-1"));
    QSignalSpy saved(m_editor.get(), &views::ItemEditor::saved);
    QVERIFY(!m_editor->save());
    QVERIFY(!m_editor->isSaving());
    QVERIFY2(m_editor->statusText().contains(QStringLiteral("connection changed")),
             qPrintable(m_editor->statusText()));
    QCOMPARE(saved.size(), 0);
}

QTEST_MAIN(TestItemEditor)
#include "tst_itemeditor.moc"
