#include "preferences.h"

#include <QSettings>

#include <algorithm>

namespace dyna::session {

namespace {

const char *appearanceName(PreferenceValues::Appearance appearance)
{
    switch (appearance) {
    case PreferenceValues::Appearance::Light:
        return "light";
    case PreferenceValues::Appearance::Dark:
        return "dark";
    case PreferenceValues::Appearance::System:
        break;
    }
    return "system";
}

int readInt(QSettings &settings, const char *key, int fallback, int minimum, int maximum)
{
    bool ok = false;
    const int value = settings.value(QLatin1String(key), fallback).toInt(&ok);
    return ok ? std::clamp(value, minimum, maximum) : fallback;
}

} // namespace

PreferenceValues PreferenceValues::load(QSettings &settings)
{
    PreferenceValues values;
    settings.beginGroup(QStringLiteral("preferences"));
    values.pageSize = readInt(settings, "pageSize", values.pageSize, 0, MaxPageSize);
    values.scanSegments =
        readInt(settings, "scanSegments", values.scanSegments, 0, MaxScanSegments);
    values.streamBufferSize =
        readInt(settings, "streamBufferSize", values.streamBufferSize, 1000, 10000000);
    values.streamPollMs =
        readInt(settings, "streamPollMs", values.streamPollMs, MinStreamPollMs, 60000);
    values.operationsPollMs =
        readInt(settings, "operationsPollMs", values.operationsPollMs, MinOperationsPollMs, 600000);
    values.confirmItemDeletes =
        settings.value(QStringLiteral("confirmItemDeletes"), values.confirmItemDeletes).toBool();
    values.confirmProductionWrites =
        settings.value(QStringLiteral("confirmProductionWrites"), values.confirmProductionWrites)
            .toBool();
    const QString appearance = settings.value(QStringLiteral("appearance")).toString();
    for (Appearance candidate : {Appearance::System, Appearance::Light, Appearance::Dark}) {
        if (appearance == QLatin1String(appearanceName(candidate)))
            values.appearance = candidate;
    }
    values.language = settings.value(QStringLiteral("language")).toString();
    settings.endGroup();
    return values;
}

void PreferenceValues::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("preferences"));
    settings.setValue(QStringLiteral("pageSize"), pageSize);
    settings.setValue(QStringLiteral("scanSegments"), scanSegments);
    settings.setValue(QStringLiteral("streamBufferSize"), streamBufferSize);
    settings.setValue(QStringLiteral("streamPollMs"), streamPollMs);
    settings.setValue(QStringLiteral("operationsPollMs"), operationsPollMs);
    settings.setValue(QStringLiteral("confirmItemDeletes"), confirmItemDeletes);
    settings.setValue(QStringLiteral("confirmProductionWrites"), confirmProductionWrites);
    settings.setValue(QStringLiteral("appearance"), QLatin1String(appearanceName(appearance)));
    settings.setValue(QStringLiteral("language"), language);
    settings.endGroup();
}

Preferences::Preferences(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_values(PreferenceValues::load(*settings))
{}

void Preferences::setValues(const PreferenceValues &values)
{
    if (values == m_values)
        return;
    m_values = values;
    m_values.save(*m_settings);
    m_settings->sync();
    Q_EMIT changed();
}

} // namespace dyna::session
