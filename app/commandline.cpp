#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace dyna::app {

std::optional<CommandLine> parseCommandLine(const QCoreApplication &app, int *exitCode)
{
    return parseCommandLine(app.arguments(), exitCode);
}

std::optional<CommandLine> parseCommandLine(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Administration console for Amazon DynamoDB."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption endpoint(
        QStringLiteral("endpoint"),
        QCoreApplication::translate("CommandLine",
                                    "Connect to this endpoint, e.g. DynamoDB Local at "
                                    "http://127.0.0.1:8000 (the default)."),
        QStringLiteral("url"), QStringLiteral("http://127.0.0.1:8000"));
    const QCommandLineOption region(
        QStringLiteral("region"),
        QCoreApplication::translate("CommandLine", "Region to sign requests for."),
        QStringLiteral("name"), QStringLiteral("us-east-1"));
    const QCommandLineOption seedDemo(
        QStringLiteral("seed-demo"),
        QCoreApplication::translate("CommandLine",
                                    "Load the demo dataset when the endpoint has no tables."));
    const QCommandLineOption grab(
        QStringLiteral("grab"),
        QCoreApplication::translate("CommandLine",
                                    "Save a screenshot of the window to this PNG file once the "
                                    "tables are listed, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption benchW5(
        QStringLiteral("bench-w5"),
        QCoreApplication::translate("CommandLine",
                                    "Benchmark: open this table, print how many milliseconds after "
                                    "the start the table list, the table and its first items were "
                                    "shown, then quit. Uses no saved settings."),
        QStringLiteral("table"));
    parser.addOptions({endpoint, region, seedDemo, grab, benchW5});
    parser.process(arguments); // exits on --help, --version and unknown options

    CommandLine options;
    options.endpoint = QUrl::fromUserInput(parser.value(endpoint));
    options.region = parser.value(region);
    options.seedDemo = parser.isSet(seedDemo);
    options.grabPath = parser.value(grab);
    options.benchW5Table = parser.value(benchW5);
    if (!options.endpoint.isValid() || options.endpoint.host().isEmpty()) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("CommandLine", "Not a valid endpoint URL: %1")
                           .arg(parser.value(endpoint))));
        *exitCode = 2;
        return std::nullopt;
    }
    return options;
}

} // namespace dyna::app
