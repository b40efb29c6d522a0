#include "benchoptions.h"

namespace dyna::bench {

namespace {

bool readNumber(const QString &text, int minimum, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum)
        return false;
    *out = value;
    return true;
}

} // namespace

std::optional<BenchOptions> BenchOptions::parse(const QStringList &arguments, QString *error)
{
    BenchOptions options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--"))) {
            if (!options.workload.isEmpty()) {
                *error = QStringLiteral("Only one workload may be given, not %1 and %2.")
                             .arg(options.workload, argument);
                return std::nullopt;
            }
            options.workload = argument;
            continue;
        }
        if (i + 1 >= arguments.size()) {
            *error = QStringLiteral("%1 needs a value.").arg(argument);
            return std::nullopt;
        }
        const QString value = arguments.at(++i);
        bool ok = true;
        if (argument == QLatin1String("--endpoint"))
            options.endpoint = QUrl(value);
        else if (argument == QLatin1String("--table"))
            options.table = value;
        else if (argument == QLatin1String("--pk"))
            options.partitionKey = value;
        else if (argument == QLatin1String("--puts"))
            ok = readNumber(value, 1, &options.puts);
        else if (argument == QLatin1String("--segments"))
            ok = readNumber(value, 0, &options.segments);
        else if (argument == QLatin1String("--page-size"))
            ok = readNumber(value, 0, &options.pageSize);
        else if (argument == QLatin1String("--decode")) {
            ok = value == QLatin1String("grid") || value == QLatin1String("full");
            options.fullDecode = value == QLatin1String("full");
            if (!ok) {
                *error = QStringLiteral("--decode takes grid or full, not \"%1\".").arg(value);
                return std::nullopt;
            }
        } else if (argument == QLatin1String("--time-limit-s"))
            ok = readNumber(value, 1, &options.timeLimitSeconds);
        else {
            *error = QStringLiteral("Unknown option %1.").arg(argument);
            return std::nullopt;
        }
        if (!ok) {
            *error = QStringLiteral("%1 takes a whole number, not \"%2\".").arg(argument, value);
            return std::nullopt;
        }
    }
    static const QStringList workloads{QStringLiteral("w1"), QStringLiteral("w2"),
                                       QStringLiteral("w3"), QStringLiteral("w4")};
    if (!workloads.contains(options.workload)) {
        *error = QStringLiteral("Name one workload: w1, w2, w3 or w4.");
        return std::nullopt;
    }
    // Benchmarks only ever talk to this machine.
    const QString host = options.endpoint.host();
    if (!options.endpoint.isValid() ||
        (host != QLatin1String("127.0.0.1") && host != QLatin1String("localhost"))) {
        *error = QStringLiteral("Refusing endpoint %1: only 127.0.0.1 or localhost.")
                     .arg(options.endpoint.toString());
        return std::nullopt;
    }
    return options;
}

} // namespace dyna::bench
