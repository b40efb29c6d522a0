// The PartiQL editor's text helpers: which statement the cursor is in, parameters, the target
// table and whether a SELECT reads the whole table.
#include "dynamo/partiql.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace dyna::dynamo;

namespace {

QJsonObject keySchema(const QString &hash, const QString &range = {})
{
    QJsonArray schema{QJsonObject{{QStringLiteral("AttributeName"), hash},
                                  {QStringLiteral("KeyType"), QStringLiteral("HASH")}}};
    if (!range.isEmpty())
        schema.append(QJsonObject{{QStringLiteral("AttributeName"), range},
                                  {QStringLiteral("KeyType"), QStringLiteral("RANGE")}});
    return {{QStringLiteral("KeySchema"), schema}};
}

// A DescribeTable "Table" with key pk/sk and a global index "byOwner" keyed on owner/created.
QJsonObject tableDescription()
{
    QJsonObject table = keySchema(QStringLiteral("pk"), QStringLiteral("sk"));
    table.insert(QStringLiteral("TableName"), QStringLiteral("Orders"));
    QJsonObject index = keySchema(QStringLiteral("owner"), QStringLiteral("created"));
    index.insert(QStringLiteral("IndexName"), QStringLiteral("byOwner"));
    table.insert(QStringLiteral("GlobalSecondaryIndexes"), QJsonArray{index});
    return table;
}

} // namespace

class TestPartiql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statementAtCursor_data();
    void statementAtCursor();
    void splitSelection_data();
    void splitSelection();
    void countParameters_data();
    void countParameters();
    void statementTarget_data();
    void statementTarget();
    void checkFullScan_data();
    void checkFullScan();
    void fullScanReasonNamesTheKey();
    void keywords();
};

void TestPartiql::statementAtCursor_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("cursor");
    QTest::addColumn<QString>("expected");

    const QString two = QStringLiteral("SELECT * FROM \"A\";\nSELECT * FROM \"B\"");
    QTest::newRow("first") << two << 3 << QStringLiteral("SELECT * FROM \"A\"");
    QTest::newRow("second") << two << int(two.size()) - 2 << QStringLiteral("SELECT * FROM \"B\"");
    QTest::newRow("just after ';'")
        << two << int(two.indexOf(QLatin1Char(';'))) + 1 << QStringLiteral("SELECT * FROM \"A\"");
    QTest::newRow("start of line two")
        << two << int(two.indexOf(QLatin1Char('\n'))) + 1 << QStringLiteral("SELECT * FROM \"B\"");

    const QString literal =
        QStringLiteral("UPDATE \"T\" SET note = 'a;b' WHERE pk = 'x';DELETE FROM \"T\"");
    QTest::newRow("';' inside a string")
        << literal << 20 << QStringLiteral("UPDATE \"T\" SET note = 'a;b' WHERE pk = 'x'");
    QTest::newRow("after the string's ';'")
        << literal << int(literal.indexOf(QLatin1String("b'")))
        << QStringLiteral("UPDATE \"T\" SET note = 'a;b' WHERE pk = 'x'");
    const QString identifier = QStringLiteral("SELECT \"odd;name\" FROM \"T;1\"; SELECT 2");
    QTest::newRow("';' inside quoted identifiers")
        << identifier << 25 << QStringLiteral("SELECT \"odd;name\" FROM \"T;1\"");
    const QString escaped = QStringLiteral("SELECT * FROM T WHERE a = 'it''s;';SELECT 3");
    QTest::newRow("doubled quote")
        << escaped << 5 << QStringLiteral("SELECT * FROM T WHERE a = 'it''s;'");
    QTest::newRow("blank after the last ';'")
        << QStringLiteral("SELECT 1;\n\n") << 11 << QStringLiteral("SELECT 1");
    QTest::newRow("single statement, no ';'")
        << QStringLiteral("  SELECT 1  ") << 0 << QStringLiteral("SELECT 1");
    QTest::newRow("empty") << QString() << 0 << QString();
}

void TestPartiql::statementAtCursor()
{
    QFETCH(QString, text);
    QFETCH(int, cursor);
    QFETCH(QString, expected);
    const StatementRange range = statementAt(text, cursor);
    QVERIFY(range.start <= range.end);
    QCOMPARE(text.mid(range.start, range.end - range.start), expected);
}

void TestPartiql::splitSelection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("one") << QStringLiteral("SELECT 1") << QStringList{QStringLiteral("SELECT 1")};
    QTest::newRow("trailing ';' and blanks")
        << QStringLiteral(" INSERT INTO \"T\" VALUE {'pk': 'a;b'} ;\n ; \n")
        << QStringList{QStringLiteral("INSERT INTO \"T\" VALUE {'pk': 'a;b'}")};
    QTest::newRow("a selection across lines")
        << QStringLiteral(
               "UPDATE \"T\" SET a = 1 WHERE pk = 'x';\nDELETE FROM \"T\" WHERE pk = 'y'")
        << QStringList{QStringLiteral("UPDATE \"T\" SET a = 1 WHERE pk = 'x'"),
                       QStringLiteral("DELETE FROM \"T\" WHERE pk = 'y'")};
    QTest::newRow("comment holding ';'")
        << QStringLiteral("SELECT 1 -- first; really\n;SELECT 2")
        << QStringList{QStringLiteral("SELECT 1 -- first; really"), QStringLiteral("SELECT 2")};
    QTest::newRow("only blanks") << QStringLiteral(" ;\n; ") << QStringList{};
}

void TestPartiql::splitSelection()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(splitStatements(text), expected);
}

void TestPartiql::countParameters_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<int>("count");
    QTest::newRow("none") << QStringLiteral("SELECT * FROM T") << 0;
    QTest::newRow("two") << QStringLiteral("SELECT * FROM T WHERE pk = ? AND sk > ?") << 2;
    QTest::newRow("in a string") << QStringLiteral("SELECT * FROM T WHERE a = '?' AND b = ?") << 1;
    QTest::newRow("in an identifier") << QStringLiteral("SELECT \"what?\" FROM T WHERE pk=?") << 1;
    QTest::newRow("in a list") << QStringLiteral("SELECT * FROM T WHERE pk IN [?,?,?]") << 3;
    QTest::newRow("insert value") << QStringLiteral("INSERT INTO T VALUE {'pk': ?, 'n': ?}") << 2;
}

void TestPartiql::countParameters()
{
    QFETCH(QString, statement);
    QFETCH(int, count);
    QCOMPARE(dyna::dynamo::countParameters(statement), count);
}

void TestPartiql::statementTarget_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("index");
    QTest::newRow("select quoted") << QStringLiteral("SELECT * FROM \"Orders\" WHERE pk = 1")
                                   << QStringLiteral("Orders") << QString();
    QTest::newRow("select bare, lower case")
        << QStringLiteral("select a, b from Orders") << QStringLiteral("Orders") << QString();
    QTest::newRow("index") << QStringLiteral("SELECT * FROM \"Orders\".\"byOwner\" WHERE owner=?")
                           << QStringLiteral("Orders") << QStringLiteral("byOwner");
    QTest::newRow("quotes with a dot inside")
        << QStringLiteral("SELECT * FROM \"my.table\"") << QStringLiteral("my.table") << QString();
    QTest::newRow("doubled quote in identifier")
        << QStringLiteral("DELETE FROM \"a\"\"b\" WHERE pk = 1") << QStringLiteral("a\"b")
        << QString();
    QTest::newRow("insert") << QStringLiteral("INSERT INTO \"Orders\" VALUE {'pk': 'from'}")
                            << QStringLiteral("Orders") << QString();
    QTest::newRow("update") << QStringLiteral("UPDATE Orders SET a = 'FROM x' WHERE pk = 1")
                            << QStringLiteral("Orders") << QString();
    QTest::newRow("FROM in a string first") << QStringLiteral("SELECT 'FROM x' AS y FROM \"Real\"")
                                            << QStringLiteral("Real") << QString();
    QTest::newRow("none") << QStringLiteral("SELECT 1") << QString() << QString();
}

void TestPartiql::statementTarget()
{
    QFETCH(QString, statement);
    QFETCH(QString, table);
    QFETCH(QString, index);
    const StatementTarget target = dyna::dynamo::statementTarget(statement);
    QCOMPARE(target.table, table);
    QCOMPARE(target.index, index);
}

void TestPartiql::checkFullScan_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<bool>("fullScan");

    const QString from = QStringLiteral("SELECT * FROM \"Orders\" ");
    QTest::newRow("pk = ?") << from + QStringLiteral("WHERE pk = ?") << false;
    QTest::newRow("quoted key, value first")
        << from + QStringLiteral("WHERE 'a' = \"pk\"") << false;
    QTest::newRow("pk IN [...]") << from + QStringLiteral("WHERE pk IN ['a', 'b']") << false;
    QTest::newRow("pk = 'x' AND sk > 3")
        << from + QStringLiteral("WHERE pk = 'x' AND sk > 3") << false;
    QTest::newRow("sk BETWEEN .. AND pk = ..")
        << from + QStringLiteral("WHERE sk BETWEEN 1 AND 5 AND pk = 'x'") << false;
    QTest::newRow("pk = 1 OR pk = 2") << from + QStringLiteral("WHERE pk = 1 OR pk = 2") << false;
    QTest::newRow("parenthesised")
        << from + QStringLiteral("WHERE (pk = 1 OR pk = 2) AND x = 3") << false;
    QTest::newRow("ORDER BY after")
        << from + QStringLiteral("WHERE pk = 1 ORDER BY sk DESC") << false;
    QTest::newRow("not a SELECT") << QStringLiteral("DELETE FROM \"Orders\" WHERE sk = 1") << false;

    QTest::newRow("no WHERE") << from << true;
    QTest::newRow("WHERE sk = 1") << from + QStringLiteral("WHERE sk = 1") << true;
    QTest::newRow("WHERE pk > 1") << from + QStringLiteral("WHERE pk > 1") << true;
    QTest::newRow("pk = 1 OR x = 2") << from + QStringLiteral("WHERE pk = 1 OR x = 2") << true;
    QTest::newRow("NOT pk = 1") << from + QStringLiteral("WHERE NOT pk = 1") << true;
    QTest::newRow("pk <> 1") << from + QStringLiteral("WHERE pk <> 1") << true;
    QTest::newRow("begins_with(pk)") << from + QStringLiteral("WHERE begins_with(pk, 'a')") << true;
    QTest::newRow("a path under pk") << from + QStringLiteral("WHERE pk.inner = 1") << true;
    QTest::newRow("pk only in a string") << from + QStringLiteral("WHERE x = 'pk = 1'") << true;

    const QString index = QStringLiteral("SELECT * FROM \"Orders\".\"byOwner\" ");
    QTest::newRow("index key pinned") << index + QStringLiteral("WHERE owner = ?") << false;
    QTest::newRow("index: table key is not the index key")
        << index + QStringLiteral("WHERE pk = ?") << true;
    QTest::newRow("index: no WHERE") << index << true;
}

void TestPartiql::checkFullScan()
{
    QFETCH(QString, statement);
    QFETCH(bool, fullScan);
    const FullScanCheck check = dyna::dynamo::checkFullScan(statement, tableDescription());
    QCOMPARE(check.fullScan, fullScan);
    QCOMPARE(check.reason.isEmpty(), !fullScan);
}

void TestPartiql::fullScanReasonNamesTheKey()
{
    const FullScanCheck table = dyna::dynamo::checkFullScan(
        QStringLiteral("SELECT * FROM \"Orders\" WHERE sk = 1"), tableDescription());
    QVERIFY2(table.reason.contains(QLatin1String("\"pk\"")), qPrintable(table.reason));
    const FullScanCheck index = dyna::dynamo::checkFullScan(
        QStringLiteral("SELECT * FROM \"Orders\".\"byOwner\" WHERE pk = 1"), tableDescription());
    QVERIFY2(index.reason.contains(QLatin1String("\"owner\"")) &&
                 index.reason.contains(QLatin1String("\"byOwner\"")),
             qPrintable(index.reason));
    // Without the key schema a WHERE cannot be judged; a missing WHERE always can.
    QVERIFY(
        !dyna::dynamo::checkFullScan(QStringLiteral("SELECT * FROM T WHERE sk = 1"), {}).fullScan);
    QVERIFY(dyna::dynamo::checkFullScan(QStringLiteral("SELECT * FROM T"), {}).fullScan);
}

void TestPartiql::keywords()
{
    const QStringList &words = partiqlKeywords();
    for (const char *word :
         {"SELECT", "FROM", "WHERE", "INSERT", "INTO", "VALUE", "UPDATE", "SET", "REMOVE", "DELETE",
          "EXISTS", "MISSING", "BETWEEN", "IN", "AND", "OR", "NOT"})
        QVERIFY2(words.contains(QLatin1String(word)), word);
}

QTEST_GUILESS_MAIN(TestPartiql)
#include "tst_partiql.moc"
