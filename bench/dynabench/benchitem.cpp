#include "benchitem.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace dyna::bench {

namespace {

const QStringList &words()
{
    static const QStringList list =
        QStringLiteral("amber basil cedar delta ember fjord gamma harbor iris juniper kelp lumen "
                       "maple nectar onyx pepper quartz raven sierra tundra umber violet willow "
                       "xenon yarrow zephyr")
            .split(QLatin1Char(' '));
    return list;
}

// common.js's rng(): a 32-bit linear congruential generator seeded from the item's index.
class Random
{
public:
    explicit Random(quint32 seed)
        : m_state(seed * 2654435761u)
    {}
    double next()
    {
        m_state = m_state * 1664525u + 1013904223u;
        return m_state / 4294967296.0;
    }
    QString words(int count)
    {
        QStringList picked;
        for (int i = 0; i < count; ++i)
            picked.append(dyna::bench::words().at(int(next() * dyna::bench::words().size())));
        return picked.join(QLatin1Char(' '));
    }

private:
    quint32 m_state;
};

QJsonObject s(const QString &text)
{
    return {{QStringLiteral("S"), text}};
}

// JavaScript prints numbers in their shortest round-trip form, as QLocale's shortest does.
QJsonObject n(double value)
{
    return {
        {QStringLiteral("N"), QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest)}};
}

QJsonObject boolean(bool value)
{
    return {{QStringLiteral("BOOL"), value}};
}

} // namespace

QJsonObject makeWireItem(int index, const QString &pk, const QString &sk)
{
    Random random(quint32(index) + 1);
    const QString name = random.words(3);
    const double price = std::round(random.next() * 1e6) / 100;
    const bool active = random.next() < 0.5;
    QJsonArray tags;
    for (const QString &tag :
         {QStringLiteral("t%1").arg(index % 7), QStringLiteral("u%1").arg(index % 11),
          QStringLiteral("v%1").arg(index % 13), random.words(1)}) {
        if (!tags.contains(tag))
            tags.append(tag);
    }
    QJsonArray scores;
    for (int i = 0; i < 3; ++i)
        scores.append(n(std::floor(random.next() * 100)));
    scores.append(s(random.words(1)));
    scores.append(boolean(random.next() < 0.5));
    const QString street = QStringLiteral("%1 %2 st").arg(index % 997).arg(random.words(2));
    const QString city = random.words(1);
    const double lat = std::round(random.next() * 18000 - 9000) / 100;
    const double lon = std::round(random.next() * 36000 - 18000) / 100;
    const QJsonObject geo{{QStringLiteral("lat"), n(lat)}, {QStringLiteral("lon"), n(lon)}};
    const QJsonObject address{{QStringLiteral("street"), s(street)},
                              {QStringLiteral("city"), s(city)},
                              {QStringLiteral("zip"), n(10000 + index % 89999)},
                              {QStringLiteral("geo"), QJsonObject{{QStringLiteral("M"), geo}}}};
    const QString note = random.words(20);
    const QString created =
        QDateTime::fromMSecsSinceEpoch(qint64(1.7e12) + qint64(index) * 1000, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    return {
        {QStringLiteral("pk"), s(pk)},
        {QStringLiteral("sk"), s(sk)},
        {QStringLiteral("name"), s(name)},
        {QStringLiteral("email"), s(QStringLiteral("user%1@example.com").arg(index))},
        {QStringLiteral("count"), n(index)},
        {QStringLiteral("price"), n(price)},
        {QStringLiteral("active"), boolean(active)},
        {QStringLiteral("tags"), QJsonObject{{QStringLiteral("SS"), tags}}},
        {QStringLiteral("scores"), QJsonObject{{QStringLiteral("L"), scores}}},
        {QStringLiteral("address"), QJsonObject{{QStringLiteral("M"), address}}},
        {QStringLiteral("note"), s(note)},
        {QStringLiteral("created"), s(created)},
    };
}

} // namespace dyna::bench
