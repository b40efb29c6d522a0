#pragma once

#include <QIcon>
#include <QStringList>

namespace dyna::views {

// The icon names the code asks for, by meaning. They follow the freedesktop icon naming spec so
// the desktop theme's icon wins; names outside the spec start with "dyna-". Each one has a
// bundled SVG under :/icons/actions for desktops whose theme lacks it.
namespace icons {
inline constexpr char New[] = "document-new";
inline constexpr char Open[] = "document-open";
inline constexpr char Save[] = "document-save";
inline constexpr char Properties[] = "document-properties";
inline constexpr char Export[] = "document-export";
inline constexpr char Import[] = "document-import";
inline constexpr char Edit[] = "dyna-edit";
inline constexpr char Delete[] = "edit-delete";
inline constexpr char Copy[] = "edit-copy";
inline constexpr char Undo[] = "edit-undo";
inline constexpr char Find[] = "edit-find";
inline constexpr char Clear[] = "edit-clear";
inline constexpr char Refresh[] = "view-refresh";
inline constexpr char Add[] = "list-add";
inline constexpr char Remove[] = "list-remove";
inline constexpr char Next[] = "go-next";
inline constexpr char Run[] = "media-playback-start";
inline constexpr char Pause[] = "media-playback-pause";
inline constexpr char Stop[] = "media-playback-stop";
inline constexpr char Preferences[] = "preferences-system";
inline constexpr char Keyboard[] = "preferences-desktop-keyboard";
inline constexpr char About[] = "help-about";
inline constexpr char Help[] = "help-contents";
inline constexpr char Quit[] = "application-exit";
inline constexpr char Warning[] = "dialog-warning";
inline constexpr char ReadOnly[] = "security-high";
inline constexpr char Connection[] = "network-server";
inline constexpr char Region[] = "folder";
inline constexpr char Table[] = "x-office-spreadsheet";
inline constexpr char Index[] = "view-list-details";
inline constexpr char Stream[] = "dyna-stream";
} // namespace icons

// The desktop theme's icon `name` when the theme has one, else our bundled SVG.
QIcon actionIcon(const char *name);
// Our bundled SVG only; a null icon when we ship none by that name.
QIcon fallbackIcon(const char *name);
// Every name in `icons`, so a test can check that each one is shipped.
QStringList iconNames();

} // namespace dyna::views
