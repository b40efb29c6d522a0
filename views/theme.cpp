#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableWidget>
#include <QTableWidgetItem>
#include <QVariant>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace dyna::views {

namespace {

constexpr double MinimumContrast = 4.5;

// Where setItemTone() remembers an item's tones, so that the table can recolour it.
constexpr int ForegroundToneRole = Qt::UserRole + 0x7400;
constexpr int BackgroundToneRole = Qt::UserRole + 0x7401;

constexpr char StyleSheetProperty[] = "_dyna_toneStyleSheet";
constexpr char TonesProperty[] = "_dyna_tones";
constexpr char FollowsStyleSheetProperty[] = "_dyna_followsToneStyleSheet";
constexpr char FollowsItemsProperty[] = "_dyna_followsItemTones";
constexpr char OriginalStyleProperty[] = "_dyna_originalStyle";
constexpr char OriginalPaletteProperty[] = "_dyna_originalPalette";
constexpr char AppearanceProperty[] = "_dyna_appearance";

struct ToneSpec
{
    Tone tone;
    QColor light;
    QColor dark;
    bool text;                             // must stay readable on Base and Window
    std::optional<Tone> onBackground = {}; // and on this banner background
};

// Light colours are the ones the views always had; dark ones are lighter variants of them.
const ToneSpec *spec(Tone tone)
{
    static const ToneSpec specs[] = {
        {Tone::ErrorText, QColor(0xb0, 0x00, 0x20), QColor(0xff, 0x8a, 0x80), true},
        {Tone::SuccessText, QColor(0x1b, 0x5e, 0x20), QColor(0x81, 0xc7, 0x84), true},
        {Tone::ErrorBackground, QColor(0xfd, 0xec, 0xea), QColor(0x4d, 0x22, 0x22), false},
        {Tone::ErrorBorder, QColor(0xe0, 0xa0, 0xa0), QColor(0x8c, 0x3c, 0x3c), false},
        {Tone::ErrorBannerText, QColor(0x61, 0x1a, 0x15), QColor(0xff, 0xb4, 0xab), true,
         Tone::ErrorBackground},
        {Tone::InfoBackground, QColor(0xe8, 0xf0, 0xfe), QColor(0x1f, 0x33, 0x50), false},
        {Tone::InfoBorder, QColor(0xa8, 0xc0, 0xe8), QColor(0x3f, 0x5f, 0x8f), false},
        {Tone::InfoText, QColor(0x1a, 0x35, 0x60), QColor(0xb3, 0xd1, 0xff), true,
         Tone::InfoBackground},
        {Tone::WarningBackground, QColor(0xff, 0xf3, 0xcd), QColor(0x4a, 0x3b, 0x0c), false},
        {Tone::WarningBorder, QColor(0xe0, 0xc3, 0x6a), QColor(0x8a, 0x6f, 0x1e), false},
        {Tone::WarningText, QColor(0x66, 0x4d, 0x03), QColor(0xff, 0xd9, 0x7a), true,
         Tone::WarningBackground},
        {Tone::SyntaxKey, QColor(0x1f, 0x4e, 0x9b), QColor(0x7f, 0xb4, 0xff), true},
        {Tone::SyntaxString, QColor(0x2e, 0x7d, 0x32), QColor(0x98, 0xc3, 0x79), true},
        {Tone::SyntaxNumber, QColor(0xb3, 0x5c, 0x00), QColor(0xf0, 0xa3, 0x5e), true},
        {Tone::SyntaxLiteral, QColor(0x7b, 0x1f, 0xa2), QColor(0xd7, 0xa6, 0xff), true},
        {Tone::SyntaxTag, QColor(0xc6, 0x28, 0x28), QColor(0xff, 0x8a, 0x80), true},
        {Tone::SyntaxKeyword, QColor(0x1f, 0x4e, 0x9b), QColor(0x82, 0xaa, 0xff), true},
        {Tone::SyntaxIdentifier, QColor(0x6a, 0x1b, 0x9a), QColor(0xc7, 0x92, 0xea), true},
        {Tone::SyntaxComment, QColor(0x75, 0x75, 0x75), QColor(0x9e, 0x9e, 0x9e), true},
        {Tone::SyntaxParameter, QColor(0xc6, 0x28, 0x28), QColor(0xff, 0x8a, 0x80), true},
        {Tone::SyntaxError, QColor(0xd5, 0x00, 0x00), QColor(0xff, 0x6e, 0x6e), true},
    };
    for (const ToneSpec &s : specs) {
        if (s.tone == tone)
            return &s;
    }
    return &specs[0];
}

double linear(float channel)
{
    return channel <= 0.04045f ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
           0.0722 * linear(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// A system palette may use other backgrounds than ours: move the lightness away from them
// until the text reads well on all of them.
QColor readable(QColor colour, const QList<QColor> &backgrounds, bool lighten)
{
    const auto enough = [&backgrounds](const QColor &c) {
        return std::all_of(backgrounds.cbegin(), backgrounds.cend(),
                           [&c](const QColor &b) { return contrast(c, b) >= MinimumContrast; });
    };
    for (int step = 0; step < 50 && !enough(colour); ++step) {
        float hue = 0;
        float saturation = 0;
        float lightness = 0;
        colour.getHslF(&hue, &saturation, &lightness);
        lightness = lighten ? qMin(1.0f, lightness + 0.02f) : qMax(0.0f, lightness - 0.02f);
        colour = QColor::fromHslF(hue, saturation, lightness);
    }
    return colour;
}

struct Scheme
{
    QColor window, text, base, alternateBase, button, highlight, highlightedText, link, linkVisited,
        toolTipBase, toolTipText, placeholder, disabledText, disabledHighlight, light, midlight,
        mid, dark, shadow;
};

QPalette makePalette(const Scheme &s)
{
    QPalette palette;
    for (const QPalette::ColorGroup group :
         {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const QColor text = disabled ? s.disabledText : s.text;
        palette.setColor(group, QPalette::Window, s.window);
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::Base, s.base);
        palette.setColor(group, QPalette::AlternateBase, s.alternateBase);
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::Button, s.button);
        palette.setColor(group, QPalette::ButtonText, text);
        palette.setColor(group, QPalette::BrightText, Qt::white);
        palette.setColor(group, QPalette::Highlight, disabled ? s.disabledHighlight : s.highlight);
        palette.setColor(group, QPalette::HighlightedText,
                         disabled ? s.disabledText : s.highlightedText);
        palette.setColor(group, QPalette::Link, disabled ? s.disabledText : s.link);
        palette.setColor(group, QPalette::LinkVisited, disabled ? s.disabledText : s.linkVisited);
        palette.setColor(group, QPalette::ToolTipBase, s.toolTipBase);
        palette.setColor(group, QPalette::ToolTipText, s.toolTipText);
        palette.setColor(group, QPalette::PlaceholderText,
                         disabled ? s.disabledText : s.placeholder);
        palette.setColor(group, QPalette::Light, s.light);
        palette.setColor(group, QPalette::Midlight, s.midlight);
        palette.setColor(group, QPalette::Mid, s.mid);
        palette.setColor(group, QPalette::Dark, s.dark);
        palette.setColor(group, QPalette::Shadow, s.shadow);
    }
    return palette;
}

QPalette lightPalette()
{
    return makePalette({.window = QColor(0xf0, 0xf0, 0xf0),
                        .text = QColor(0x1a, 0x1a, 0x1a),
                        .base = Qt::white,
                        .alternateBase = QColor(0xf6, 0xf6, 0xf6),
                        .button = QColor(0xf0, 0xf0, 0xf0),
                        .highlight = QColor(0x2a, 0x6f, 0xc9),
                        .highlightedText = Qt::white,
                        .link = QColor(0x0b, 0x57, 0xd0),
                        .linkVisited = QColor(0x7b, 0x1f, 0xa2),
                        .toolTipBase = QColor(0xff, 0xff, 0xdc),
                        .toolTipText = Qt::black,
                        .placeholder = QColor(0x6e, 0x6e, 0x6e),
                        .disabledText = QColor(0x9e, 0x9e, 0x9e),
                        .disabledHighlight = QColor(0xc8, 0xc8, 0xc8),
                        .light = Qt::white,
                        .midlight = QColor(0xe3, 0xe3, 0xe3),
                        .mid = QColor(0xb8, 0xb8, 0xb8),
                        .dark = QColor(0x9f, 0x9f, 0x9f),
                        .shadow = QColor(0x76, 0x76, 0x76)});
}

QPalette darkPalette()
{
    return makePalette({.window = QColor(0x2d, 0x2d, 0x30),
                        .text = QColor(0xe8, 0xe8, 0xe8),
                        .base = QColor(0x1e, 0x1e, 0x1e),
                        .alternateBase = QColor(0x27, 0x27, 0x2a),
                        .button = QColor(0x3a, 0x3a, 0x3d),
                        .highlight = QColor(0x2f, 0x65, 0xca),
                        .highlightedText = Qt::white,
                        .link = QColor(0x6c, 0xb4, 0xff),
                        .linkVisited = QColor(0xc7, 0x9b, 0xff),
                        .toolTipBase = QColor(0x3c, 0x3c, 0x40),
                        .toolTipText = QColor(0xe8, 0xe8, 0xe8),
                        .placeholder = QColor(0x9a, 0x9a, 0x9a),
                        .disabledText = QColor(0x7f, 0x7f, 0x7f),
                        .disabledHighlight = QColor(0x4a, 0x4a, 0x4f),
                        .light = QColor(0x4a, 0x4a, 0x4e),
                        .midlight = QColor(0x3f, 0x3f, 0x43),
                        .mid = QColor(0x2a, 0x2a, 0x2d),
                        .dark = QColor(0x1c, 0x1c, 0x1e),
                        .shadow = QColor(0x0a, 0x0a, 0x0a)});
}

void applyToneStyleSheet(QWidget *widget)
{
    QString sheet = widget->property(StyleSheetProperty).toString();
    const QVariantList tones = widget->property(TonesProperty).toList();
    for (const QVariant &tone : tones)
        sheet = sheet.arg(toneColour(Tone(tone.toInt())).name());
    if (widget->styleSheet() != sheet)
        widget->setStyleSheet(sheet);
}

void recolourItems(QTableWidget *table)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            QTableWidgetItem *item = table->item(row, column);
            if (!item)
                continue;
            if (const QVariant tone = item->data(ForegroundToneRole); tone.isValid())
                item->setForeground(toneColour(Tone(tone.toInt())));
            if (const QVariant tone = item->data(BackgroundToneRole); tone.isValid())
                item->setBackground(toneColour(Tone(tone.toInt())));
        }
    }
}

// Connects `apply` once per object, however often the object's tones are set.
void followOnce(QObject *object, const char *flag, const std::function<void()> &apply)
{
    if (object->property(flag).toBool())
        return;
    object->setProperty(flag, true);
    QObject::connect(appearanceNotifier(), &AppearanceNotifier::changed, object, apply);
}

} // namespace

AppearanceNotifier::AppearanceNotifier(QObject *parent)
    : QObject(parent)
{}

bool AppearanceNotifier::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() &&
        event->type() == QEvent::ApplicationPaletteChange)
        Q_EMIT changed();
    return QObject::eventFilter(watched, event);
}

AppearanceNotifier *appearanceNotifier()
{
    QCoreApplication *app = QCoreApplication::instance();
    auto *notifier = app->findChild<AppearanceNotifier *>(QString(), Qt::FindDirectChildrenOnly);
    if (!notifier) {
        notifier = new AppearanceNotifier(app);
        app->installEventFilter(notifier);
    }
    return notifier;
}

void applyAppearance(Appearance appearance)
{
    AppearanceNotifier *notifier = appearanceNotifier();
    // What "System" goes back to: the platform's choice, before any override of ours.
    if (!notifier->property(OriginalPaletteProperty).isValid()) {
        notifier->setProperty(OriginalStyleProperty, QApplication::style()->name());
        notifier->setProperty(OriginalPaletteProperty,
                              QVariant::fromValue(QGuiApplication::palette()));
    }
    {
        // One changed() once everything is in place, not one per intermediate palette.
        const QSignalBlocker blocker(notifier);
        if (appearance == Appearance::System) {
            const QString style = notifier->property(OriginalStyleProperty).toString();
            if (!style.isEmpty() && QApplication::style()->name() != style)
                QApplication::setStyle(style);
            QApplication::setPalette(notifier->property(OriginalPaletteProperty).value<QPalette>());
        } else {
            if (QApplication::style()->name().compare(u"fusion", Qt::CaseInsensitive) != 0)
                QApplication::setStyle(QStringLiteral("Fusion"));
            QApplication::setPalette(appearance == Appearance::Dark ? darkPalette()
                                                                    : lightPalette());
        }
    }
    notifier->setProperty(AppearanceProperty, int(appearance));
    Q_EMIT notifier->changed();
}

Appearance currentAppearance()
{
    return Appearance(appearanceNotifier()->property(AppearanceProperty).toInt());
}

QColor textColourOn(const QColor &background)
{
    return contrast(Qt::black, background) >= contrast(Qt::white, background) ? QColor(Qt::black)
                                                                              : QColor(Qt::white);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor toneColour(Tone tone, const QPalette &palette)
{
    const ToneSpec *s = spec(tone);
    const bool dark = isDark(palette);
    const QColor colour = dark ? s->dark : s->light;
    if (!s->text)
        return colour;
    QList<QColor> backgrounds{palette.color(QPalette::Base), palette.color(QPalette::Window)};
    if (s->onBackground)
        backgrounds.append(toneColour(*s->onBackground, palette));
    return readable(colour, backgrounds, dark);
}

void followAppearance(QObject *context, const std::function<void()> &apply)
{
    apply();
    QObject::connect(appearanceNotifier(), &AppearanceNotifier::changed, context, apply);
}

void setToneStyleSheet(QWidget *widget, const QString &styleSheet, const QList<Tone> &tones)
{
    QVariantList toneValues;
    for (const Tone tone : tones)
        toneValues.append(int(tone));
    widget->setProperty(StyleSheetProperty, styleSheet);
    widget->setProperty(TonesProperty, toneValues);
    applyToneStyleSheet(widget);
    followOnce(widget, FollowsStyleSheetProperty, [widget] { applyToneStyleSheet(widget); });
}

void setTextTone(QWidget *widget, std::optional<Tone> tone)
{
    if (tone)
        setToneStyleSheet(widget, QStringLiteral("color: %1;"), {*tone});
    else
        setToneStyleSheet(widget, QString(), {});
}

void setItemTone(QTableWidgetItem *item, Qt::ItemDataRole role, std::optional<Tone> tone)
{
    const int toneRole = role == Qt::BackgroundRole ? BackgroundToneRole : ForegroundToneRole;
    item->setData(toneRole, tone ? QVariant(int(*tone)) : QVariant());
    item->setData(role, tone ? QVariant(QBrush(toneColour(*tone))) : QVariant());
    if (QTableWidget *table = item->tableWidget())
        followOnce(table, FollowsItemsProperty, [table] { recolourItems(table); });
}

} // namespace dyna::views
