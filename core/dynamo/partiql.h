#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dyna::dynamo {

// [start, end) character offsets into the editor's text.
struct StatementRange
{
    int start = 0;
    int end = 0;
};

// Statements are separated by ';' outside string literals ('...') and quoted identifiers ("...").
StatementRange statementAt(const QString &text, int cursor); // the statement holding the cursor
QStringList splitStatements(const QString &text);            // trimmed, empty ones dropped
int countParameters(const QString &statement);               // '?' outside literals/identifiers

// The table a statement reads or writes: after FROM / INTO / UPDATE; quotes removed;
// "Table"."Index" gives {"Table", "Index"}. Empty when none.
struct StatementTarget
{
    QString table;
    QString index;
};
StatementTarget statementTarget(const QString &statement);

// A SELECT whose WHERE has no equality or IN on the partition key (of the table or index in
// tableDescription, the DescribeTable "Table" object) reads the whole table.
struct FullScanCheck
{
    bool fullScan = false;
    QString reason;
};
FullScanCheck checkFullScan(const QString &statement, const QJsonObject &tableDescription);

// SELECT, FROM, WHERE, INSERT, INTO, VALUE, UPDATE, SET, REMOVE, DELETE, EXISTS, MISSING, ...
const QStringList &partiqlKeywords();

} // namespace dyna::dynamo
