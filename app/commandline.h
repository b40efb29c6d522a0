#pragma once

#include <QString>
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
};

// Parses the arguments; prints help/version/errors and returns nullopt with `exitCode` set
// when the program should stop.
std::optional<CommandLine> parseCommandLine(const QCoreApplication &app, int *exitCode);

} // namespace dyna::app
