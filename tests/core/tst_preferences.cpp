// The preferences survive a restart, refuse out-of-range values from a hand-edited file and
// announce a change only when something changed.
#include "session/preferences.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dyna::session;

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newUserGetsTheDefaults();
    void valuesSurviveARestart();
    void outOfRangeValuesAreClamped();
    void changedOnlyWhenSomethingChanged();

private:
    QString settingsPath() const { return m_folder.filePath(QStringLiteral("settings.ini")); }
    QTemporaryDir m_folder;
};

void TestPreferences::newUserGetsTheDefaults()
{
    QSettings settings(m_folder.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    const PreferenceValues values = PreferenceValues::load(settings);
    QCOMPARE(values, PreferenceValues{});
    QCOMPARE(values.appearance, PreferenceValues::Appearance::System);
    QVERIFY(values.language.isEmpty());
    QVERIFY(values.confirmProductionWrites);
}

void TestPreferences::valuesSurviveARestart()
{
    PreferenceValues chosen;
    chosen.pageSize = 250;
    chosen.scanSegments = 8;
    chosen.streamBufferSize = 5000;
    chosen.streamPollMs = 1000;
    chosen.operationsPollMs = 10000;
    chosen.confirmItemDeletes = false;
    chosen.confirmProductionWrites = false;
    chosen.appearance = PreferenceValues::Appearance::Dark;
    chosen.language = QStringLiteral("de");
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        Preferences preferences(&settings);
        preferences.setValues(chosen);
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    Preferences restarted(&settings);
    QCOMPARE(restarted.values(), chosen);
}

void TestPreferences::outOfRangeValuesAreClamped()
{
    const QString path = m_folder.filePath(QStringLiteral("edited.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("preferences/pageSize"), -5);
        settings.setValue(QStringLiteral("preferences/scanSegments"), -2);
        settings.setValue(QStringLiteral("preferences/streamPollMs"), 10);
        settings.setValue(QStringLiteral("preferences/streamBufferSize"), QStringLiteral("lots"));
        settings.setValue(QStringLiteral("preferences/appearance"), QStringLiteral("purple"));
    }
    QSettings settings(path, QSettings::IniFormat);
    const PreferenceValues values = PreferenceValues::load(settings);
    QCOMPARE(values.pageSize, 0);
    // Below the range means Automatic, not a fixed count.
    QCOMPARE(values.scanSegments, 0);
    // DynamoDB allows five GetRecords a second per shard: never poll faster than that.
    QCOMPARE(values.streamPollMs, PreferenceValues::MinStreamPollMs);
    QCOMPARE(values.streamBufferSize, PreferenceValues{}.streamBufferSize);
    QCOMPARE(values.appearance, PreferenceValues::Appearance::System);
}

void TestPreferences::changedOnlyWhenSomethingChanged()
{
    QSettings settings(m_folder.filePath(QStringLiteral("signal.ini")), QSettings::IniFormat);
    Preferences preferences(&settings);
    QSignalSpy changed(&preferences, &Preferences::changed);
    preferences.setValues(preferences.values());
    QCOMPARE(changed.count(), 0);
    PreferenceValues values = preferences.values();
    values.scanSegments = 4;
    preferences.setValues(values);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(settings.value(QStringLiteral("preferences/scanSegments")).toInt(), 4);
}

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
