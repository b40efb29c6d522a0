#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace dyna::bench {

// `dynabench --endpoint URL w1|w2|w3|w4 [--table Bench] [--pk p0007] [--puts 2000]
//  [--segments N] [--page-size N] [--decode grid|full] [--time-limit-s 900]`, as
//  ../shared/peers-bench runs a peer.
struct BenchOptions
{
    QString workload;
    QUrl endpoint{QStringLiteral("http://127.0.0.1:8765")};
    QString table = QStringLiteral("Bench");
    QString partitionKey = QStringLiteral("p0007");
    int puts = 2000;
    int segments = 0; // 0: planned from the table's size
    int pageSize = 0; // 0: planned from the table's size
    int timeLimitSeconds = 900;
    // How W1 and W2 read items: as the grid does (each item's JSON and attribute names; rows
    // are decoded only when shown) or fully decoded into values (as the editor and export do).
    bool fullDecode = false;

    // nullopt with a sentence in *error for unknown options, bad numbers and any endpoint
    // that is not this machine.
    static std::optional<BenchOptions> parse(const QStringList &arguments, QString *error);
};

} // namespace dyna::bench
