#include "statementhistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dyna::session {

namespace {

// The file may run this far past the cap before it is rewritten, so that adding to a full
// history does not rewrite the whole file every time.
constexpr int kSlack = StatementHistory::maxEntries / 10;

QByteArray toLine(const HistoryEntry &entry)
{
    QJsonObject object{{QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("statement"), entry.statement},
                       {QStringLiteral("durationMs"), entry.durationMs},
                       {QStringLiteral("capacity"), entry.capacity},
                       {QStringLiteral("success"), entry.success}};
    if (!entry.profile.isEmpty())
        object.insert(QStringLiteral("profile"), entry.profile);
    if (!entry.table.isEmpty())
        object.insert(QStringLiteral("table"), entry.table);
    if (!entry.error.isEmpty())
        object.insert(QStringLiteral("error"), entry.error);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

bool fromLine(const QByteArray &line, HistoryEntry *entry)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    const QJsonValue statement = object.value(QLatin1String("statement"));
    if (!statement.isString())
        return false;
    entry->statement = statement.toString();
    entry->time =
        QDateTime::fromString(object.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    entry->profile = object.value(QLatin1String("profile")).toString();
    entry->table = object.value(QLatin1String("table")).toString();
    entry->durationMs = qint64(object.value(QLatin1String("durationMs")).toDouble());
    entry->capacity = object.value(QLatin1String("capacity")).toDouble();
    entry->success = object.value(QLatin1String("success")).toBool();
    entry->error = object.value(QLatin1String("error")).toString();
    return true;
}

QString namedPath(const QString &filePath)
{
    return filePath + QLatin1String(".named.json");
}

void ensureFolder(const QString &filePath)
{
    QDir().mkpath(QFileInfo(filePath).absolutePath());
}

} // namespace

StatementHistory::StatementHistory(QString filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
{
    load();
}

void StatementHistory::load()
{
    QFile file(m_filePath);
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            ++m_fileLines;
            HistoryEntry entry;
            // A damaged line (a crash mid-write, a hand edit) costs that entry only.
            if (fromLine(line, &entry))
                m_entries.append(entry);
        }
    }
    if (m_entries.size() > maxEntries)
        m_entries.remove(0, m_entries.size() - maxEntries);

    QFile named(namedPath(m_filePath));
    if (named.open(QIODevice::ReadOnly)) {
        const QJsonObject object = QJsonDocument::fromJson(named.readAll()).object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isString())
                m_named.insert(it.key(), it.value().toString());
        }
    }
}

void StatementHistory::add(const HistoryEntry &entry)
{
    m_entries.append(entry);
    if (m_entries.size() > maxEntries)
        m_entries.remove(0, m_entries.size() - maxEntries);
    if (m_fileLines + 1 > maxEntries + kSlack) {
        rewrite();
    } else {
        ensureFolder(m_filePath);
        QFile file(m_filePath);
        if (file.open(QIODevice::WriteOnly | QIODevice::Append)) {
            file.write(toLine(entry));
            ++m_fileLines;
        }
    }
    Q_EMIT changed();
}

QList<HistoryEntry> StatementHistory::search(const QString &text) const
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return m_entries;
    QList<HistoryEntry> found;
    for (const HistoryEntry &entry : m_entries) {
        if (entry.statement.contains(needle, Qt::CaseInsensitive) ||
            entry.table.contains(needle, Qt::CaseInsensitive) ||
            entry.profile.contains(needle, Qt::CaseInsensitive))
            found.append(entry);
    }
    return found;
}

void StatementHistory::saveNamed(const QString &name, const QString &statement)
{
    m_named.insert(name, statement);
    writeNamed();
    Q_EMIT changed();
}

void StatementHistory::removeNamed(const QString &name)
{
    if (m_named.remove(name) == 0)
        return;
    writeNamed();
    Q_EMIT changed();
}

void StatementHistory::rewrite()
{
    ensureFolder(m_filePath);
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return;
    for (const HistoryEntry &entry : std::as_const(m_entries))
        file.write(toLine(entry));
    if (file.commit())
        m_fileLines = int(m_entries.size());
}

void StatementHistory::writeNamed() const
{
    ensureFolder(m_filePath);
    QJsonObject object;
    for (auto it = m_named.cbegin(); it != m_named.cend(); ++it)
        object.insert(it.key(), it.value());
    QSaveFile file(namedPath(m_filePath));
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(object).toJson());
    file.commit();
}

} // namespace dyna::session
