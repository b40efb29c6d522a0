// dynabench: the console's client as one more peer of ../shared/peers-bench. It prints the
// harness's RESULT line as its last line on stdout; errors go to stderr with exit code 1.
#include "benchoptions.h"
#include "workloads.h"

#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "dynamo/preflight.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace dyna;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString error;
    const auto options = bench::BenchOptions::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr,
                     "%s\nusage: dynabench --endpoint URL w1|w2|w3|w4 [--table Bench] "
                     "[--pk p0007] [--puts 2000] [--segments N] [--page-size N] "
                     "[--decode grid|full]\n",
                     qPrintable(error));
        return 2;
    }

    aws::ClientConfig config;
    config.endpoint.region = QStringLiteral("us-east-1");
    config.endpoint.overrideUrl = options->endpoint;
    // DynamoDB Local checks that requests are signed, not by whom.
    auto credentials = std::make_shared<aws::StaticCredentialsProvider>(
        aws::Credentials{QStringLiteral("dynabench"), QStringLiteral("dynabench"), {}, {}});
    aws::AwsClient *client = dynamo::createClient(config, credentials, &app);

    int exitCode = 1;
    bench::Workload *workload = bench::Workload::create(*options, client, &app);
    QObject::connect(workload, &bench::Workload::done, &app,
                     [&exitCode](const QString &result, const QString &failure) {
                         if (failure.isEmpty()) {
                             std::printf("%s\n", qPrintable(result));
                             exitCode = 0;
                         } else {
                             std::fprintf(stderr, "%s\n", qPrintable(failure));
                         }
                         QCoreApplication::quit();
                     });
    QTimer::singleShot(options->timeLimitSeconds * 1000, &app, [&exitCode] {
        std::fprintf(stderr, "time limit reached\n");
        exitCode = 3;
        QCoreApplication::quit();
    });
    QMetaObject::invokeMethod(workload, &bench::Workload::start, Qt::QueuedConnection);
    app.exec();
    return exitCode;
}
