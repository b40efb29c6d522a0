// Light and dark appearance, offscreen: the palettes, the contrast of every text tone (WCAG,
// computed here independently of the views), a highlighter, an error banner, a table item and a
// label following a switch at runtime, and System giving back the platform's palette.
#include "errorpane.h"
#include "jsonhighlighter.h"
#include "theme.h"

#include "aws/awserror.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <cmath>

using namespace dyna;
using views::Appearance;
using views::Tone;

Q_DECLARE_METATYPE(dyna::views::Appearance)
Q_DECLARE_METATYPE(dyna::views::Tone)

namespace {

double relativeLuminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

const QList<Tone> textTones = {
    Tone::ErrorText,     Tone::SuccessText,     Tone::ErrorBannerText, Tone::InfoText,
    Tone::WarningText,   Tone::SyntaxKey,       Tone::SyntaxString,    Tone::SyntaxNumber,
    Tone::SyntaxLiteral, Tone::SyntaxTag,       Tone::SyntaxKeyword,   Tone::SyntaxIdentifier,
    Tone::SyntaxComment, Tone::SyntaxParameter, Tone::SyntaxError,
};

// The colour of the first character of `needle` in the editor, as the highlighter paints it.
QColor paintedColour(const QPlainTextEdit &editor, const QString &needle)
{
    const QTextBlock block = editor.document()->firstBlock();
    const int at = int(block.text().indexOf(needle));
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.start <= at && at < range.start + range.length)
            return range.format.foreground().color();
    }
    return {};
}

// The text pixel that stands out most from the most common (background) colour of the image.
std::pair<QColor, QColor> backgroundAndText(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    QColor text;
    double best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double ratio = contrastRatio(QColor(it.key()), QColor(background));
        if (ratio > best) {
            best = ratio;
            text = QColor(it.key());
        }
    }
    return {QColor(background), text};
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void palettesAreComplete_data();
    void palettesAreComplete();
    void textTonesAreReadable_data();
    void textTonesAreReadable();
    void tonesAdaptToAnUnusualSystemPalette();
    void highlighterFollowsTheSwitch();
    void errorPaneStaysReadable_data();
    void errorPaneStaysReadable();
    void labelsAndTableItemsFollowTheSwitch();
    void systemRestoresThePlatformPalette();

private:
    QString m_originalStyle;
    QPalette m_originalPalette;
};

void TestTheme::initTestCase()
{
    m_originalStyle = QApplication::style()->name();
    m_originalPalette = QGuiApplication::palette();
}

void TestTheme::cleanup()
{
    views::applyAppearance(Appearance::System);
}

void TestTheme::palettesAreComplete_data()
{
    QTest::addColumn<Appearance>("appearance");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << Appearance::Light << false;
    QTest::newRow("dark") << Appearance::Dark << true;
}

void TestTheme::palettesAreComplete()
{
    QFETCH(Appearance, appearance);
    QFETCH(bool, dark);
    views::applyAppearance(appearance);
    QCOMPARE(views::currentAppearance(), appearance);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));

    const QPalette palette = QGuiApplication::palette();
    QCOMPARE(views::isDark(palette), dark);
    QCOMPARE(views::isDark(), dark);
    QCOMPARE(relativeLuminance(palette.color(QPalette::Window)) < 0.2, dark);
    QCOMPARE(relativeLuminance(palette.color(QPalette::Base)) < 0.2, dark);

    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},
        {QPalette::WindowText, QPalette::Window},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::PlaceholderText, QPalette::Base},
        {QPalette::Link, QPalette::Base},
        {QPalette::LinkVisited, QPalette::Base},
    };
    for (const auto &[foreground, background] : pairs) {
        const double ratio = contrastRatio(palette.color(QPalette::Active, foreground),
                                           palette.color(QPalette::Active, background));
        QVERIFY2(
            ratio >= 4.5,
            qPrintable(
                QStringLiteral("role %1 on %2: %3").arg(foreground).arg(background).arg(ratio)));
    }
    // The Disabled group is set too: disabled text is dimmer than enabled text.
    const QColor enabled = palette.color(QPalette::Active, QPalette::Text);
    const QColor disabled = palette.color(QPalette::Disabled, QPalette::Text);
    const QColor base = palette.color(QPalette::Disabled, QPalette::Base);
    QVERIFY(contrastRatio(disabled, base) < contrastRatio(enabled, base));
    QVERIFY(contrastRatio(disabled, base) > 1.5);
    QCOMPARE(palette.color(QPalette::Inactive, QPalette::Highlight),
             palette.color(QPalette::Active, QPalette::Highlight));
}

void TestTheme::textTonesAreReadable_data()
{
    QTest::addColumn<Appearance>("appearance");
    QTest::addColumn<Tone>("tone");
    for (const Appearance appearance : {Appearance::Light, Appearance::Dark}) {
        for (const Tone tone : textTones) {
            QTest::addRow("%s tone %d", appearance == Appearance::Dark ? "dark" : "light",
                          int(tone))
                << appearance << tone;
        }
    }
}

void TestTheme::textTonesAreReadable()
{
    QFETCH(Appearance, appearance);
    QFETCH(Tone, tone);
    views::applyAppearance(appearance);
    const QPalette palette = QGuiApplication::palette();
    const QColor colour = views::toneColour(tone);
    QCOMPARE(views::toneColour(tone, palette), colour);
    QVERIFY2(contrastRatio(colour, palette.color(QPalette::Base)) >= 4.5,
             qPrintable(colour.name()));
    QVERIFY2(contrastRatio(colour, palette.color(QPalette::Window)) >= 4.5,
             qPrintable(colour.name()));

    // Banner texts on their banners, and ordinary text on a failed row.
    const std::pair<Tone, Tone> banners[] = {{Tone::ErrorBannerText, Tone::ErrorBackground},
                                             {Tone::InfoText, Tone::InfoBackground},
                                             {Tone::WarningText, Tone::WarningBackground}};
    for (const auto &[text, background] : banners) {
        if (text == tone)
            QVERIFY(contrastRatio(colour, views::toneColour(background)) >= 4.5);
    }
    QVERIFY(contrastRatio(palette.color(QPalette::Text),
                          views::toneColour(Tone::ErrorBackground)) >= 4.5);
}

void TestTheme::tonesAdaptToAnUnusualSystemPalette()
{
    // A desktop theme with grey windows and an off-white editor, and one with a dark blue-grey.
    QPalette grey;
    grey.setColor(QPalette::Window, QColor(0xc8, 0xc8, 0xc8));
    grey.setColor(QPalette::Base, QColor(0xf4, 0xf0, 0xe6));
    QPalette slate;
    slate.setColor(QPalette::Window, QColor(0x3b, 0x45, 0x52));
    slate.setColor(QPalette::Base, QColor(0x33, 0x3b, 0x46));
    QVERIFY(!views::isDark(grey));
    QVERIFY(views::isDark(slate));
    for (const QPalette &palette : {grey, slate}) {
        for (const Tone tone : textTones) {
            const QColor colour = views::toneColour(tone, palette);
            QVERIFY2(contrastRatio(colour, palette.color(QPalette::Window)) >= 4.5,
                     qPrintable(QStringLiteral("tone %1: %2").arg(int(tone)).arg(colour.name())));
            QVERIFY(contrastRatio(colour, palette.color(QPalette::Base)) >= 4.5);
        }
    }
}

void TestTheme::highlighterFollowsTheSwitch()
{
    views::applyAppearance(Appearance::Light);
    QPlainTextEdit editor;
    views::JsonHighlighter highlighter(editor.document());
    editor.setPlainText(QStringLiteral(R"({"name": {"S": "Ada"}, "age": {"N": "36"}})"));
    editor.resize(400, 120);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    highlighter.rehighlight();

    const QColor lightKey = paintedColour(editor, QStringLiteral("\"name\""));
    QVERIFY(lightKey.isValid());
    QVERIFY(contrastRatio(lightKey, editor.palette().color(QPalette::Base)) >= 4.5);

    views::applyAppearance(Appearance::Dark);
    const QColor darkKey = paintedColour(editor, QStringLiteral("\"name\""));
    QVERIFY(darkKey.isValid());
    QVERIFY(darkKey != lightKey);
    QTRY_VERIFY(views::isDark(editor.palette())); // widgets take the new palette from an event
    QVERIFY2(contrastRatio(darkKey, editor.palette().color(QPalette::Base)) >= 4.5,
             qPrintable(darkKey.name()));
    const QColor darkString = paintedColour(editor, QStringLiteral("\"Ada\""));
    QVERIFY(darkString != darkKey);
    QVERIFY(contrastRatio(darkString, editor.palette().color(QPalette::Base)) >= 4.5);

    views::applyAppearance(Appearance::Light);
    QCOMPARE(paintedColour(editor, QStringLiteral("\"name\"")), lightKey);
}

void TestTheme::errorPaneStaysReadable_data()
{
    QTest::addColumn<Appearance>("appearance");
    QTest::addColumn<bool>("notice");
    QTest::newRow("light error") << Appearance::Light << false;
    QTest::newRow("dark error") << Appearance::Dark << false;
    QTest::newRow("light notice") << Appearance::Light << true;
    QTest::newRow("dark notice") << Appearance::Dark << true;
}

void TestTheme::errorPaneStaysReadable()
{
    QFETCH(Appearance, appearance);
    QFETCH(bool, notice);
    // Shown in the other appearance first: the banner must follow the switch.
    views::applyAppearance(appearance == Appearance::Dark ? Appearance::Light : Appearance::Dark);
    views::ErrorPane pane;
    if (notice)
        pane.showNotice(QStringLiteral("The table is being created."));
    else
        pane.showError(aws::AwsError::timedOut(QStringLiteral("Scan"), 5000));
    pane.resize(420, pane.sizeHint().height());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const QImage before = pane.grab().toImage();

    views::applyAppearance(appearance);
    const QImage image = pane.grab().toImage();
    QVERIFY(image != before);
    const auto [background, text] = backgroundAndText(image);
    QCOMPARE(background.lightnessF() < 0.5, appearance == Appearance::Dark);
    QVERIFY2(contrastRatio(text, background) >= 4.5,
             qPrintable(text.name() + QStringLiteral(" on ") + background.name()));
    auto *summary = pane.findChildren<QLabel *>().value(0);
    QVERIFY(summary);
    QVERIFY(!summary->text().isEmpty());
}

void TestTheme::labelsAndTableItemsFollowTheSwitch()
{
    views::applyAppearance(Appearance::Light);
    QLabel label(QStringLiteral("The ARN is not valid."));
    views::setTextTone(&label, Tone::ErrorText);
    QTableWidget table(1, 1);
    table.setItem(0, 0, new QTableWidgetItem(QStringLiteral("ConditionalCheckFailed")));
    views::setItemTone(table.item(0, 0), Qt::BackgroundRole, Tone::ErrorBackground);
    label.ensurePolished();
    const QColor lightLabel = label.palette().color(QPalette::WindowText);
    QCOMPARE(lightLabel, views::toneColour(Tone::ErrorText));
    QCOMPARE(table.item(0, 0)->background().color(), views::toneColour(Tone::ErrorBackground));

    views::applyAppearance(Appearance::Dark);
    label.ensurePolished();
    const QColor darkLabel = label.palette().color(QPalette::WindowText);
    QVERIFY(darkLabel != lightLabel);
    QVERIFY(contrastRatio(darkLabel, QGuiApplication::palette().color(QPalette::Window)) >= 4.5);
    const QColor darkRow = table.item(0, 0)->background().color();
    QCOMPARE(darkRow, views::toneColour(Tone::ErrorBackground));
    QTRY_VERIFY(contrastRatio(table.palette().color(QPalette::Text), darkRow) >= 4.5);

    // Cleared: the label reads like any other again, the row loses its colour.
    views::setTextTone(&label, std::nullopt);
    views::setItemTone(table.item(0, 0), Qt::BackgroundRole, std::nullopt);
    views::applyAppearance(Appearance::Light);
    QTRY_COMPARE(label.palette().color(QPalette::WindowText),
                 QGuiApplication::palette().color(QPalette::WindowText));
    QCOMPARE(table.item(0, 0)->background().style(), Qt::NoBrush);
}

void TestTheme::systemRestoresThePlatformPalette()
{
    QPlainTextEdit editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    views::applyAppearance(Appearance::Dark);
    QTRY_VERIFY(views::isDark(editor.palette())); // widgets take the new palette from an event
    views::applyAppearance(Appearance::System);
    QCOMPARE(views::currentAppearance(), Appearance::System);
    QCOMPARE(QApplication::style()->name(), m_originalStyle);
    for (const QPalette::ColorGroup group :
         {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            const auto colorRole = QPalette::ColorRole(role);
            QCOMPARE(QGuiApplication::palette().color(group, colorRole),
                     m_originalPalette.color(group, colorRole));
        }
    }
    QTRY_COMPARE(editor.palette().color(QPalette::Base), m_originalPalette.color(QPalette::Base));
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
