#pragma once

#include <QString>

namespace dyna::test {

// Absolute path of a file under ../shared (models, signing vectors).
QString sharedPath(const QString &relative);

} // namespace dyna::test
