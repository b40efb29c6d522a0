// The PartiQL workbench's history and saved statements, as a user sees them after a restart.
#include "session/statementhistory.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using dyna::session::HistoryEntry;
using dyna::session::StatementHistory;

namespace {

HistoryEntry entry(const QString &statement, const QString &table = QStringLiteral("Orders"),
                   const QString &profile = QStringLiteral("prod"))
{
    HistoryEntry e;
    e.time = QDateTime(QDate(2026, 3, 14), QTime(15, 9, 26, 535), Qt::UTC);
    e.profile = profile;
    e.table = table;
    e.statement = statement;
    e.durationMs = 42;
    e.capacity = 2.5;
    e.success = true;
    return e;
}

} // namespace

class TestStatementHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void persistsAcrossInstances();
    void search_data();
    void search();
    void keepsTheNewest();
    void namedStatements();
    void corruptLineIsSkipped();
    void missingFolderIsCreated();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.jsonl")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStatementHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStatementHistory::persistsAcrossInstances()
{
    HistoryEntry failed = entry(QStringLiteral("SELECT * FROM \"Orders\" WHERE pk = 'a\"b'"));
    failed.success = false;
    failed.error = QStringLiteral("Statement wasn't well formed.");
    failed.capacity = 0;
    {
        StatementHistory history(path());
        QSignalSpy changed(&history, &StatementHistory::changed);
        history.add(entry(QStringLiteral("SELECT 1")));
        history.add(failed);
        QCOMPARE(changed.size(), 2);
    }
    StatementHistory reopened(path());
    const QList<HistoryEntry> entries = reopened.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).statement, QStringLiteral("SELECT 1"));
    QVERIFY(entries.at(0).success);
    QCOMPARE(entries.at(0).durationMs, 42);
    QCOMPARE(entries.at(0).capacity, 2.5);
    QCOMPARE(entries.at(0).profile, QStringLiteral("prod"));
    QCOMPARE(entries.at(0).table, QStringLiteral("Orders"));
    QCOMPARE(entries.at(0).time, entry({}).time);
    QCOMPARE(entries.at(1).statement, failed.statement);
    QVERIFY(!entries.at(1).success);
    QCOMPARE(entries.at(1).error, failed.error);
}

void TestStatementHistory::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("statement, any case")
        << QStringLiteral("delete") << QStringList{QStringLiteral("DELETE FROM \"Users\"")};
    QTest::newRow("table") << QStringLiteral("users")
                           << QStringList{QStringLiteral("DELETE FROM \"Users\"")};
    QTest::newRow("profile") << QStringLiteral("STAGING")
                             << QStringList{
                                    QStringLiteral("SELECT * FROM \"Orders\" WHERE pk = 1")};
    QTest::newRow("several, oldest first")
        << QStringLiteral("from")
        << QStringList{QStringLiteral("SELECT * FROM \"Orders\""),
                       QStringLiteral("DELETE FROM \"Users\""),
                       QStringLiteral("SELECT * FROM \"Orders\" WHERE pk = 1")};
    QTest::newRow("empty gives all")
        << QString()
        << QStringList{QStringLiteral("SELECT * FROM \"Orders\""),
                       QStringLiteral("DELETE FROM \"Users\""),
                       QStringLiteral("SELECT * FROM \"Orders\" WHERE pk = 1")};
    QTest::newRow("nothing") << QStringLiteral("nowhere") << QStringList{};
}

void TestStatementHistory::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    StatementHistory history(path());
    history.add(entry(QStringLiteral("SELECT * FROM \"Orders\"")));
    history.add(entry(QStringLiteral("DELETE FROM \"Users\""), QStringLiteral("Users")));
    history.add(entry(QStringLiteral("SELECT * FROM \"Orders\" WHERE pk = 1"),
                      QStringLiteral("Orders"), QStringLiteral("staging")));
    QStringList found;
    for (const HistoryEntry &e : history.search(text))
        found.append(e.statement);
    QCOMPARE(found, expected);
}

void TestStatementHistory::keepsTheNewest()
{
    const int total = StatementHistory::maxEntries + 700;
    {
        StatementHistory history(path());
        for (int i = 0; i < total; ++i)
            history.add(entry(QStringLiteral("SELECT %1").arg(i)));
        QCOMPARE(history.entries().size(), StatementHistory::maxEntries);
        QCOMPARE(history.entries().first().statement,
                 QStringLiteral("SELECT %1").arg(total - StatementHistory::maxEntries));
        QCOMPARE(history.entries().last().statement, QStringLiteral("SELECT %1").arg(total - 1));
    }
    StatementHistory reopened(path());
    QCOMPARE(reopened.entries().size(), StatementHistory::maxEntries);
    QCOMPARE(reopened.entries().last().statement, QStringLiteral("SELECT %1").arg(total - 1));
    // The file itself does not grow without bound.
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().count('\n') <= StatementHistory::maxEntries * 11 / 10);
}

void TestStatementHistory::namedStatements()
{
    {
        StatementHistory history(path());
        QSignalSpy changed(&history, &StatementHistory::changed);
        history.saveNamed(QStringLiteral("open orders"),
                          QStringLiteral("SELECT * FROM \"Orders\" WHERE pk = ?"));
        history.saveNamed(QStringLiteral("cleanup"), QStringLiteral("DELETE FROM \"T\""));
        history.saveNamed(QStringLiteral("cleanup"), QStringLiteral("DELETE FROM \"T2\""));
        history.removeNamed(QStringLiteral("no such name"));
        QCOMPARE(changed.size(), 3);
    }
    StatementHistory reopened(path());
    QCOMPARE(reopened.named().size(), 2);
    QCOMPARE(reopened.named().value(QStringLiteral("cleanup")),
             QStringLiteral("DELETE FROM \"T2\""));
    QVERIFY(QFile::exists(path() + QStringLiteral(".named.json")));
    reopened.removeNamed(QStringLiteral("cleanup"));
    StatementHistory again(path());
    QCOMPARE(again.named().keys(), QStringList{QStringLiteral("open orders")});
    QVERIFY(again.entries().isEmpty());
}

void TestStatementHistory::corruptLineIsSkipped()
{
    {
        StatementHistory history(path());
        history.add(entry(QStringLiteral("SELECT 1")));
    }
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"statement\": \"SELECT 2\", \"time\": \n"); // a write cut short
        file.write("not json at all\n");
        file.write("[1, 2]\n");
    }
    StatementHistory history(path());
    QCOMPARE(history.entries().size(), 1);
    history.add(entry(QStringLiteral("SELECT 3")));
    StatementHistory reopened(path());
    QCOMPARE(reopened.entries().size(), 2);
    QCOMPARE(reopened.entries().last().statement, QStringLiteral("SELECT 3"));
}

void TestStatementHistory::missingFolderIsCreated()
{
    const QString nested = m_dir->filePath(QStringLiteral("a/b/history.jsonl"));
    {
        StatementHistory history(nested);
        history.add(entry(QStringLiteral("SELECT 1")));
        history.saveNamed(QStringLiteral("x"), QStringLiteral("SELECT 2"));
    }
    StatementHistory reopened(nested);
    QCOMPARE(reopened.entries().size(), 1);
    QCOMPARE(reopened.named().size(), 1);
}

QTEST_GUILESS_MAIN(TestStatementHistory)
#include "tst_statementhistory.moc"
