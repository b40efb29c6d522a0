#pragma once

#include "session/preferences.h"

#include <QColor>
#include <QList>
#include <QObject>
#include <QPalette>

#include <functional>
#include <optional>

class QTableWidgetItem;
class QWidget;

namespace dyna::views {

// System follows the platform's style and palette; Light and Dark use Fusion with our palettes.
// The same choice Preferences stores.
using Appearance = session::PreferenceValues::Appearance;

// Colours with a meaning, resolved against a palette: today's colours on light palettes, lighter
// variants on dark ones. Text tones always reach a WCAG contrast of 4.5 against the palette's
// Base and Window, banner texts also against their banner's background.
enum class Tone {
    ErrorText,
    SuccessText,
    ErrorBackground, // behind the palette's Text (a failed row) or ErrorBannerText
    ErrorBorder,
    ErrorBannerText,
    InfoBackground,
    InfoBorder,
    InfoText, // on InfoBackground
    WarningBackground,
    WarningBorder,
    WarningText, // on WarningBackground
    SyntaxKey,
    SyntaxString,
    SyntaxNumber,
    SyntaxLiteral,
    SyntaxTag,
    SyntaxKeyword,
    SyntaxIdentifier,
    SyntaxComment,
    SyntaxParameter,
    SyntaxError,
};

// Switches the whole application; open windows repaint and appearanceNotifier() announces it.
void applyAppearance(Appearance appearance);
Appearance currentAppearance();

bool isDark(const QPalette &palette = QPalette());
// Black or white, whichever contrasts more with `background` (WCAG).
QColor textColourOn(const QColor &background);
QColor toneColour(Tone tone, const QPalette &palette = QPalette());

// Emits changed() after applyAppearance() and whenever the application palette changes (the
// desktop switching between light and dark while the appearance is System).
class AppearanceNotifier : public QObject
{
    Q_OBJECT
public:
    explicit AppearanceNotifier(QObject *parent = nullptr);

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

AppearanceNotifier *appearanceNotifier();

// Runs `apply` now and after every appearance change, for as long as `context` lives.
void followAppearance(QObject *context, const std::function<void()> &apply);

// Sets the widget's style sheet to `styleSheet` with %1, %2, ... replaced by the colours of
// `tones`, now and after every appearance change. An empty style sheet clears it.
void setToneStyleSheet(QWidget *widget, const QString &styleSheet, const QList<Tone> &tones);
// The widget's text in `tone`; std::nullopt gives it back the palette's text colour.
void setTextTone(QWidget *widget, std::optional<Tone> tone);

// Colours an item that is already in a QTableWidget (role: Qt::ForegroundRole or
// Qt::BackgroundRole); the table recolours it after appearance changes. std::nullopt clears it.
void setItemTone(QTableWidgetItem *item, Qt::ItemDataRole role, std::optional<Tone> tone);

} // namespace dyna::views
