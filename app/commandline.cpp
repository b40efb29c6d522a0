#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace dyna::app {

std::optional<CommandLine> parseCommandLine(const QCoreApplication &app, int *exitCode)
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
    parser.addOptions({endpoint, region, seedDemo, grab});
    parser.process(app); // exits on --help, --version and unknown options

    CommandLine options;
    options.endpoint = QUrl::fromUserInput(parser.value(endpoint));
    options.region = parser.value(region);
    options.seedDemo = parser.isSet(seedDemo);
    options.grabPath = parser.value(grab);
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
