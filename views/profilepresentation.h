#pragma once

#include <QIcon>
#include <QStringList>

namespace dyna::views {

// The regions offered when a user picks one; any other region name can still be typed.
const QStringList &commonRegions();

// A small rounded square in a profile's colour, so a production profile is recognisable
// wherever its name appears.
QIcon colourSwatch(const QString &colour);

} // namespace dyna::views
