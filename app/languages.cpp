#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace dyna::app {

QString installTranslators(const QString &language)
{
    static QPointer<QTranslator> qtTranslator;
    static QPointer<QTranslator> appTranslator;
    for (QTranslator *old : {qtTranslator.data(), appTranslator.data()}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *app = new QTranslator(QCoreApplication::instance());
    if (!app->load(locale, QStringLiteral("dynaconsole"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        delete app;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(app);
    appTranslator = app;
    // Qt's own dialogs and buttons in the same language, when the system has them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator = qt;
    } else {
        delete qt;
    }
    return app->language().section(QLatin1Char('_'), 0, 0);
}

} // namespace dyna::app
