#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QCoreApplication;

namespace dyna::app {

struct CommandLine
{
    QUrl endpoint; // DynamoDB Local or another override
    QString region;
    bool seedDemo = false;
    QString grabPath; // save a screenshot of the window once the tables are listed, then quit
    // Open this table, print how long it took (BenchW5), then quit.
    QString benchW5Table;
};

// Parses the arguments; prints help/version/errors and returns nullopt with `exitCode` set
// when the program should stop.
std::optional<CommandLine> parseCommandLine(const QCoreApplication &app, int *exitCode);
// The same for `arguments` (the program name first) instead of the application's.
std::optional<CommandLine> parseCommandLine(const QStringList &arguments, int *exitCode);

} // namespace dyna::app
