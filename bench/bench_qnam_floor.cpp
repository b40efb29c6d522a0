// The floor of a Qt client: sequential PutItem calls through a bare QNetworkAccessManager, with
// pre-built bodies and a fixed dummy signature (DynamoDB Local checks only that one is there).
// dynabench's W4 runs the same calls through the console's client (preflight, SigV4, retry
// bookkeeping); the difference between the two is what the client itself costs per request.
//   bench_qnam_floor --endpoint http://127.0.0.1:8765 [--puts 2000]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const auto option = [&](const char *name, const QString &fallback) {
        const qsizetype at = arguments.indexOf(QLatin1String(name));
        return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
    };
    const QUrl endpoint(option("--endpoint", QStringLiteral("http://127.0.0.1:8765")));
    const int puts = option("--puts", QStringLiteral("2000")).toInt();
    if (endpoint.host() != QLatin1String("127.0.0.1") &&
        endpoint.host() != QLatin1String("localhost")) {
        std::fprintf(stderr, "only 127.0.0.1 or localhost\n");
        return 2;
    }
    std::vector<QByteArray> bodies;
    for (int i = 0; i < puts; ++i) {
        const QJsonObject item{
            {QStringLiteral("pk"),
             QJsonObject{{QStringLiteral("S"),
                          QStringLiteral("w4-qnam-%1").arg(QCoreApplication::applicationPid())}}},
            {QStringLiteral("sk"),
             QJsonObject{
                 {QStringLiteral("S"), QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'))}}},
            {QStringLiteral("note"),
             QJsonObject{{QStringLiteral("S"), QString(200, QLatin1Char('x'))}}}};
        bodies.push_back(
            QJsonDocument(QJsonObject{{QStringLiteral("TableName"), QStringLiteral("BenchW4")},
                                      {QStringLiteral("Item"), item}})
                .toJson(QJsonDocument::Compact));
    }
    QNetworkRequest request(endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-amz-json-1.0"));
    request.setRawHeader("X-Amz-Target", "DynamoDB_20120810.PutItem");
    request.setRawHeader("X-Amz-Date", "20250101T000000Z");
    request.setRawHeader(
        "Authorization",
        "AWS4-HMAC-SHA256 Credential=bench/20250101/us-east-1/dynamodb/aws4_request, "
        "SignedHeaders=host, Signature=0");
    QNetworkAccessManager network;
    std::vector<double> latencies;
    QElapsedTimer clock;
    std::function<void()> next = [&] {
        if (latencies.size() == bodies.size()) {
            QCoreApplication::quit();
            return;
        }
        clock.start();
        QNetworkReply *reply = network.post(request, bodies[latencies.size()]);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            latencies.push_back(clock.nsecsElapsed() / 1e6);
            if (reply->error() != QNetworkReply::NoError) {
                std::fprintf(stderr, "%s\n", reply->readAll().constData());
                QCoreApplication::exit(1);
                return;
            }
            reply->deleteLater();
            next();
        });
    };
    next();
    if (app.exec() != 0)
        return 1;
    std::sort(latencies.begin(), latencies.end());
    const auto pct = [&](double p) {
        return latencies[std::min(latencies.size() - 1,
                                  size_t(std::ceil(p / 100 * double(latencies.size()))) - 1)];
    };
    std::printf("RESULT workload=w4 items=%zu p50_ms=%.3f p99_ms=%.3f max_ms=%.3f\n",
                latencies.size(), pct(50), pct(99), latencies.back());
    return 0;
}
