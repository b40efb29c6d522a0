#pragma once

#include <QObject>
#include <QString>

class QSettings;

namespace dyna::session {

// What the Preferences dialog sets. The defaults are what a new user gets.
struct PreferenceValues
{
    enum class Appearance { System, Light, Dark };

    // Items per Query/Scan page; 0 is Automatic (dynamo::planFullScan: pages just under 1 MB).
    int pageSize = 0;
    // The segments a new Scan is split into (parallel scan); 0 is Automatic (from the table's
    // size and the machine), 1 reads sequentially.
    int scanSegments = 0;
    // Change records the Streams inspector keeps before dropping the oldest.
    int streamBufferSize = 100000;
    // The shortest wait between two GetRecords calls on one shard (DynamoDB allows 5 a second).
    int streamPollMs = 200;
    // How often the Operations pages look at something in progress (backups, exports, replicas).
    int operationsPollMs = 2000;
    // Ask before deleting items from the grid.
    bool confirmItemDeletes = true;
    // Ask before every write request on a profile marked as production.
    bool confirmProductionWrites = true;
    Appearance appearance = Appearance::System;
    // "" follows the system locale; otherwise a language code such as "de".
    QString language;

    static constexpr int MinStreamPollMs = 200;
    static constexpr int MinOperationsPollMs = 500;
    static constexpr int MaxScanSegments = 1000000;
    static constexpr int MaxPageSize = 1000000;

    // Values out of range are clamped, so a hand-edited settings file cannot break the console.
    static PreferenceValues load(QSettings &settings);
    void save(QSettings &settings) const;
    bool operator==(const PreferenceValues &) const = default;
};

// The preferences shared by the whole console, kept in QSettings (group "preferences").
class Preferences : public QObject
{
    Q_OBJECT
public:
    explicit Preferences(QSettings *settings, QObject *parent = nullptr);

    const PreferenceValues &values() const { return m_values; }
    // Saves them and emits `changed` when they differ from the current ones.
    void setValues(const PreferenceValues &values);

Q_SIGNALS:
    void changed();

private:
    QSettings *m_settings;
    PreferenceValues m_values;
};

} // namespace dyna::session
