#include "actionicons.h"

#include <QFile>
#include <QHash>

namespace dyna::views {

QIcon fallbackIcon(const char *name)
{
    // Panels ask for the same few icons over and over; one SVG engine per name is enough.
    static QHash<QString, QIcon> cache;
    const QString key = QString::fromLatin1(name);
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    const QString path = QStringLiteral(":/icons/actions/%1.svg").arg(key);
    const QIcon icon = QFile::exists(path) ? QIcon(path) : QIcon();
    cache.insert(key, icon);
    return icon;
}

QIcon actionIcon(const char *name)
{
    return QIcon::fromTheme(QString::fromLatin1(name), fallbackIcon(name));
}

QStringList iconNames()
{
    using namespace icons;
    const char *const names[] = {New,    Open,  Save,  Properties, Export,   Import,      Edit,
                                 Delete, Copy,  Undo,  Find,       Clear,    Refresh,     Add,
                                 Remove, Next,  Run,   Pause,      Stop,     Preferences, Keyboard,
                                 About,  Help,  Quit,  Warning,    ReadOnly, Connection,  Region,
                                 Table,  Index, Stream};
    QStringList list;
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

} // namespace dyna::views
