#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

namespace dyna::session {

struct HistoryEntry
{
    QDateTime time;
    QString profile;
    QString table;
    QString statement;
    qint64 durationMs = 0;
    double capacity = 0;
    bool success = false;
    QString error;
};

// The statements run in the PartiQL workbench, newest last, and the statements saved by name.
class StatementHistory : public QObject
{
    Q_OBJECT
public:
    // JSON Lines file, loaded at once.
    explicit StatementHistory(QString filePath, QObject *parent = nullptr);

    // Appended to the file at once; newest last; capped at 5000.
    void add(const HistoryEntry &entry);
    QList<HistoryEntry> entries() const { return m_entries; }
    // Case-insensitive over statement, table, profile.
    QList<HistoryEntry> search(const QString &text) const;
    void saveNamed(const QString &name, const QString &statement);
    void removeNamed(const QString &name);
    // Kept in a sibling file "<filePath>.named.json".
    QMap<QString, QString> named() const { return m_named; }

    static constexpr int maxEntries = 5000;

Q_SIGNALS:
    void changed();

private:
    void load();
    void rewrite();
    void writeNamed() const;

    QString m_filePath;
    QList<HistoryEntry> m_entries;
    int m_fileLines = 0; // lines in the file, damaged ones included
    QMap<QString, QString> m_named;
};

} // namespace dyna::session
