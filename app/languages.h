#pragma once

#include <QString>

namespace dyna::app {

// Installs the translators for `language` ("de", "es", "en"), or for the system locale when it
// is empty. English needs none. The translators belong to the application and replace those of
// an earlier call. Returns the language the console now speaks ("en" when none matched).
QString installTranslators(const QString &language);

} // namespace dyna::app
