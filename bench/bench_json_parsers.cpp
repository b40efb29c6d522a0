// QJsonDocument against simdjson on real Scan pages from DynamoDB Local.
//
//   bench_json_parsers --endpoint http://127.0.0.1:PORT --table Bench [--pages 10] [--repeat 20]
//                      [--only VARIANT]
//
// Fetches up to --pages raw Scan response bodies once, then times every variant --repeat times
// on those same bytes. Every variant reports the same tally (items, attributes, name lengths),
// so one that skips work is caught; simdjson-item must also decode every item exactly like
// itemFromWire. Each variant is its own function, so `callgrind_annotate --inclusive=yes`
// gives its instruction count from a single `--repeat 1` run.

#include "dynamo/attributevalue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <simdjson.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <stdexcept>
#include <string_view>
#include <vector>

using namespace dyna;
using dynamo::AttributeValue;
using dynamo::Item;
namespace od = simdjson::ondemand;

namespace {

// What every variant must agree on. Name lengths count UTF-16 units, as QString does.
struct Tally
{
    qint64 items = 0;
    qint64 attributes = 0;
    qint64 nameLength = 0;
    bool operator==(const Tally &) const = default;
};

qint64 utf16Length(std::string_view utf8)
{
    qint64 units = 0;
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte & 0xC0) != 0x80)
            ++units;
        if (byte >= 0xF0) // a surrogate pair
            ++units;
    }
    return units;
}

QString qstring(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// ---- simdjson -> AttributeValue, the counterpart of itemFromWire ----
//
// Throws std::runtime_error on data itemFromWire would reject; a bench only needs to stop.

[[noreturn]] void reject(const QString &why)
{
    throw std::runtime_error(why.toStdString());
}

AttributeValue checked(AttributeValue value, const QString &error)
{
    if (!value.isValid())
        reject(error);
    return value;
}

QByteArray base64(std::string_view text)
{
    auto bytes = dynamo::decodeBase64Strict(qstring(text));
    if (!bytes)
        reject(QStringLiteral("Invalid base64: %1").arg(qstring(text)));
    return std::move(*bytes);
}

AttributeValue readValue(od::value json, int containers);

AttributeValue readPayload(std::string_view code, od::value payload, int containers)
{
    QString error;
    if (code == "S")
        return AttributeValue::fromString(qstring(payload.get_string()));
    if (code == "N")
        return checked(AttributeValue::fromNumber(qstring(payload.get_string()), &error), error);
    if (code == "B")
        return AttributeValue::fromBinary(base64(payload.get_string()));
    if (code == "BOOL")
        return AttributeValue::fromBool(payload.get_bool());
    if (code == "NULL") {
        if (!payload.get_bool())
            reject(QStringLiteral("NULL must be true"));
        return AttributeValue::null();
    }
    if (code == "SS" || code == "NS") {
        QStringList members;
        for (auto member : payload.get_array())
            members.append(qstring(member.get_string()));
        return checked(code == "SS" ? AttributeValue::fromStringSet(std::move(members), &error)
                                    : AttributeValue::fromNumberSet(members, &error),
                       error);
    }
    if (code == "BS") {
        QByteArrayList members;
        for (auto member : payload.get_array())
            members.append(base64(member.get_string()));
        return checked(AttributeValue::fromBinarySet(std::move(members), &error), error);
    }
    if (code != "L" && code != "M")
        reject(QStringLiteral("Unknown type %1").arg(qstring(code)));
    if (containers >= dynamo::kMaxNestedContainers)
        reject(QStringLiteral("Nested too deeply"));
    if (code == "L") {
        dynamo::AttributeList elements;
        for (auto element : payload.get_array())
            elements.append(readValue(element.value(), containers + 1));
        return AttributeValue::fromList(std::move(elements));
    }
    dynamo::AttributeMap entries;
    for (auto field : payload.get_object()) {
        const std::string_view name = field.unescaped_key();
        if (name.empty())
            reject(QStringLiteral("Empty attribute name"));
        entries.insert(qstring(name), readValue(field.value(), containers + 1));
    }
    return AttributeValue::fromMap(std::move(entries));
}

AttributeValue readValue(od::value json, int containers)
{
    AttributeValue result;
    int types = 0;
    for (auto field : json.get_object()) {
        if (++types > 1)
            reject(QStringLiteral("An attribute value with several types"));
        result = readPayload(field.unescaped_key(), field.value(), containers);
    }
    if (types == 0)
        reject(QStringLiteral("An empty attribute value"));
    return result;
}

Item readItem(od::object json)
{
    Item item;
    for (auto field : json) {
        const std::string_view name = field.unescaped_key();
        if (name.empty())
            reject(QStringLiteral("Empty attribute name"));
        item.insert(qstring(name), readValue(field.value(), 0));
    }
    return item;
}

void countItem(Tally &tally, const Item &item)
{
    ++tally.items;
    tally.attributes += item.size();
    for (auto it = item.keyBegin(); it != item.keyEnd(); ++it)
        tally.nameLength += it->size();
}

QJsonArray qtItems(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1StringView("Items")).toArray();
}

// ---- the variants ----

class Bench
{
public:
    explicit Bench(QList<QByteArray> bodies)
        : m_bodies(std::move(bodies))
    {}

    Tally qjsonItem();
    Tally qjsonCompact();
    Tally qjsonOnly();
    Tally simdjsonItem();
    Tally simdjsonRaw();
    Tally simdjsonOnly();

    // Untimed: simdjson-item must produce exactly the items itemFromWire produces.
    void verifySimdjsonItems();
    // Bytes the last grid variant kept for its rows (compact JSON or raw item JSON).
    qint64 keptBytes() const { return m_keptBytes; }

private:
    // simdjson needs SIMDJSON_PADDING readable bytes past the end; a QByteArray from
    // QNetworkReply does not promise them, so the copy is part of the simdjson cost.
    simdjson::padded_string padded(const QByteArray &body) const
    {
        return simdjson::padded_string(body.constData(), size_t(body.size()));
    }
    // The grid's column lookup: every name of every row goes through it.
    void addColumn(const QString &name)
    {
        if (!m_columns.contains(name))
            m_columns.insert(name, int(m_columns.size()));
    }

    QList<QByteArray> m_bodies;
    od::parser m_parser;
    QHash<QString, int> m_columns;
    qint64 m_keptBytes = 0;
};

[[gnu::noinline]] Tally Bench::qjsonItem()
{
    Tally tally;
    for (const QByteArray &body : std::as_const(m_bodies)) {
        const QJsonArray items = qtItems(body);
        for (const QJsonValue &json : items) {
            QString error;
            const Item item = dynamo::itemFromWire(json.toObject(), &error);
            if (!error.isEmpty())
                reject(error);
            countItem(tally, item);
        }
    }
    return tally;
}

[[gnu::noinline]] Tally Bench::qjsonCompact()
{
    Tally tally;
    m_columns.clear();
    m_keptBytes = 0;
    for (const QByteArray &body : std::as_const(m_bodies)) {
        const QJsonArray items = qtItems(body);
        QByteArray blob; // one per page, as ItemTableModel keeps it
        for (const QJsonValue &json : items) {
            const QJsonObject object = json.toObject();
            ++tally.items;
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString name = it.key();
                ++tally.attributes;
                tally.nameLength += name.size();
                addColumn(name);
            }
            blob.append(QJsonDocument(object).toJson(QJsonDocument::Compact));
        }
        m_keptBytes += blob.size();
    }
    return tally;
}

[[gnu::noinline]] Tally Bench::qjsonOnly()
{
    Tally tally;
    for (const QByteArray &body : std::as_const(m_bodies)) {
        const QJsonArray items = qtItems(body);
        for (const QJsonValue &json : items) {
            const QJsonObject object = json.toObject();
            ++tally.items;
            for (auto it = object.begin(); it != object.end(); ++it) {
                ++tally.attributes;
                tally.nameLength += it.key().size();
            }
        }
    }
    return tally;
}

[[gnu::noinline]] Tally Bench::simdjsonItem()
{
    Tally tally;
    for (const QByteArray &body : std::as_const(m_bodies)) {
        const simdjson::padded_string json = padded(body);
        od::document doc = m_parser.iterate(json);
        for (auto element : doc.find_field_unordered("Items").get_array())
            countItem(tally, readItem(element.get_object()));
    }
    return tally;
}

[[gnu::noinline]] Tally Bench::simdjsonRaw()
{
    Tally tally;
    m_columns.clear();
    m_keptBytes = 0;
    for (const QByteArray &body : std::as_const(m_bodies)) {
        const simdjson::padded_string json = padded(body);
        od::document doc = m_parser.iterate(json);
        QByteArray blob;
        for (auto element : doc.find_field_unordered("Items").get_array()) {
            od::object object = element.get_object();
            const std::string_view raw = object.raw_json();
            // raw_json() consumed the item; rewind to read its names.
            object.reset();
            ++tally.items;
            for (auto field : object) {
                const std::string_view name = field.unescaped_key();
                ++tally.attributes;
                tally.nameLength += utf16Length(name);
                addColumn(qstring(name));
            }
            blob.append(raw.data(), qsizetype(raw.size()));
        }
        m_keptBytes += blob.size();
    }
    return tally;
}

[[gnu::noinline]] Tally Bench::simdjsonOnly()
{
    Tally tally;
    for (const QByteArray &body : std::as_const(m_bodies)) {
        const simdjson::padded_string json = padded(body);
        od::document doc = m_parser.iterate(json);
        for (auto element : doc.find_field_unordered("Items").get_array()) {
            ++tally.items;
            for (auto field : element.get_object()) {
                ++tally.attributes;
                tally.nameLength += utf16Length(field.unescaped_key());
            }
        }
    }
    return tally;
}

void Bench::verifySimdjsonItems()
{
    qint64 index = 0;
    for (const QByteArray &body : std::as_const(m_bodies)) {
        const QJsonArray expected = qtItems(body);
        const simdjson::padded_string json = padded(body);
        od::document doc = m_parser.iterate(json);
        qsizetype i = 0;
        for (auto element : doc.find_field_unordered("Items").get_array()) {
            const Item actual = readItem(element.get_object());
            if (i >= expected.size() || actual != dynamo::itemFromWire(expected.at(i).toObject()))
                reject(QStringLiteral("simdjson-item differs from qjson-item at item %1")
                           .arg(index + i));
            ++i;
        }
        if (i != expected.size())
            reject(QStringLiteral("simdjson-item found %1 items where qjson-item found %2")
                       .arg(i)
                       .arg(expected.size()));
        index += i;
    }
}

struct Variant
{
    const char *name;
    Tally (Bench::*run)();
    bool grid; // keeps per-row bytes, so its output size is worth printing
};

constexpr Variant kVariants[] = {
    {"qjson-item", &Bench::qjsonItem, false},    {"qjson-compact", &Bench::qjsonCompact, true},
    {"qjson-only", &Bench::qjsonOnly, false},    {"simdjson-item", &Bench::simdjsonItem, false},
    {"simdjson-raw", &Bench::simdjsonRaw, true}, {"simdjson-only", &Bench::simdjsonOnly, false},
};

// ---- fetching real pages ----

QList<QByteArray> fetchPages(const QUrl &endpoint, const QString &table, int pages)
{
    QNetworkAccessManager network;
    QList<QByteArray> bodies;
    QJsonObject startKey;
    while (bodies.size() < pages) {
        QJsonObject request{{QStringLiteral("TableName"), table}, {QStringLiteral("Limit"), 2500}};
        if (!startKey.isEmpty())
            request.insert(QStringLiteral("ExclusiveStartKey"), startKey);
        QNetworkRequest http(endpoint);
        http.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-amz-json-1.0");
        http.setRawHeader("X-Amz-Target", "DynamoDB_20120810.Scan");
        // DynamoDB Local only checks that a SigV4 header is present.
        http.setRawHeader("Authorization",
                          "AWS4-HMAC-SHA256 Credential=x/20260101/us-east-1/dynamodb/"
                          "aws4_request, SignedHeaders=host, Signature=0");
        QNetworkReply *reply =
            network.post(http, QJsonDocument(request).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString networkError = reply->errorString();
        reply->deleteLater();
        if (status != 200)
            throw std::runtime_error(QStringLiteral("Scan failed (HTTP %1): %2 %3")
                                         .arg(status)
                                         .arg(networkError, QString::fromUtf8(body.left(300)))
                                         .toStdString());
        bodies.append(body);
        startKey = QJsonDocument::fromJson(body)
                       .object()
                       .value(QLatin1StringView("LastEvaluatedKey"))
                       .toObject();
        if (startKey.isEmpty())
            break;
    }
    return bodies;
}

QByteArray peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return "unknown";
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).simplified();
    }
    return "unknown";
}

// Wall time counts the waits for a core on a busy machine; this thread's CPU time does not.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

struct Result
{
    const Variant *variant;
    std::vector<double> ms; // one per pass
    std::vector<double> cpuMs;
    Tally tally;
    qint64 keptBytes;
};

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times QJsonDocument against simdjson on Scan pages from DynamoDB Local."));
    parser.addHelpOption();
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"),
                                            QStringLiteral("DynamoDB Local URL (loopback only)."),
                                            QStringLiteral("url"));
    const QCommandLineOption tableOption(QStringLiteral("table"), QStringLiteral("Table to scan."),
                                         QStringLiteral("name"), QStringLiteral("Bench"));
    const QCommandLineOption pagesOption(QStringLiteral("pages"),
                                         QStringLiteral("Scan pages to fetch (Limit 2500 each)."),
                                         QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Timed passes per variant."),
                                          QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Run this variant alone (for peak RSS)."),
                                        QStringLiteral("variant"));
    parser.addOptions({endpointOption, tableOption, pagesOption, repeatOption, onlyOption});
    parser.process(arguments);

    const QUrl endpoint(parser.value(endpointOption));
    if (endpoint.scheme() != QLatin1StringView("http") ||
        (endpoint.host() != QLatin1StringView("127.0.0.1") &&
         endpoint.host() != QLatin1StringView("localhost"))) {
        std::fprintf(stderr, "Refusing endpoint \"%s\": only http://127.0.0.1 or localhost.\n",
                     qPrintable(endpoint.toString()));
        return 2;
    }
    const int pages = parser.value(pagesOption).toInt();
    const int repeat = parser.value(repeatOption).toInt();
    const QString only = parser.value(onlyOption);
    std::vector<const Variant *> selected;
    for (const Variant &variant : kVariants) {
        if (only.isEmpty() || only == QLatin1StringView(variant.name))
            selected.push_back(&variant);
    }
    if (pages < 1 || repeat < 1 || selected.empty()) {
        std::fprintf(stderr, "Need --pages >= 1, --repeat >= 1 and a known --only variant.\n");
        return 2;
    }

    const QList<QByteArray> bodies = fetchPages(endpoint, parser.value(tableOption), pages);
    qint64 bytes = 0;
    for (const QByteArray &body : bodies)
        bytes += body.size();
    const double megabytes = double(bytes) / 1e6;
    std::printf("%lld Scan pages, %.2f MB of response bodies; simdjson implementation %s\n\n",
                static_cast<long long>(bodies.size()), megabytes,
                simdjson::get_active_implementation()->name().c_str());

    Bench bench(bodies);
    if (std::any_of(selected.begin(), selected.end(),
                    [](const Variant *v) { return v->run == &Bench::simdjsonItem; })) {
        bench.verifySimdjsonItems();
    }

    // Variants take turns within each pass, so load from other processes on this shared
    // machine falls on all of them alike.
    std::vector<Result> results;
    for (const Variant *variant : selected)
        results.push_back({variant, {}, {}, {}, 0});
    for (int pass = 0; pass < repeat; ++pass) {
        for (Result &result : results) {
            const double cpuStart = threadCpuMs();
            const auto start = std::chrono::steady_clock::now();
            const Tally tally = (bench.*result.variant->run)();
            const auto stop = std::chrono::steady_clock::now();
            result.ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
            result.cpuMs.push_back(threadCpuMs() - cpuStart);
            result.keptBytes = bench.keptBytes();
            const Tally &expected = pass > 0 ? result.tally : results.front().tally;
            if ((pass > 0 || &result != &results.front()) && tally != expected) {
                std::fprintf(stderr,
                             "%s counted %lld items / %lld attributes / %lld name units "
                             "where %lld / %lld / %lld were expected.\n",
                             result.variant->name, static_cast<long long>(tally.items),
                             static_cast<long long>(tally.attributes),
                             static_cast<long long>(tally.nameLength),
                             static_cast<long long>(expected.items),
                             static_cast<long long>(expected.attributes),
                             static_cast<long long>(expected.nameLength));
                return 1;
            }
            result.tally = tally;
        }
    }

    std::printf("| variant | MB | median ms/MB | min ms/MB | median CPU ms/MB | ns/item | items | "
                "attributes "
                "| kept bytes |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const Result &result : results) {
        const double med = median(result.ms);
        const double fastest = *std::min_element(result.ms.begin(), result.ms.end());
        std::printf("| %s | %.2f | %.2f | %.2f | %.2f | %.0f | %lld | %lld | %s |\n",
                    result.variant->name, megabytes, med / megabytes, fastest / megabytes,
                    median(result.cpuMs) / megabytes, med * 1e6 / double(result.tally.items),
                    static_cast<long long>(result.tally.items),
                    static_cast<long long>(result.tally.attributes),
                    result.variant->grid ? qPrintable(QString::number(result.keptBytes)) : "-");
    }

    const auto ratio = [&](const char *slow, const char *fast) {
        const auto find = [&](const char *name) {
            return std::find_if(results.begin(), results.end(), [&](const Result &r) {
                return std::string_view(r.variant->name) == name;
            });
        };
        const auto a = find(slow);
        const auto b = find(fast);
        if (a != results.end() && b != results.end())
            std::printf("%s / %s: %.3fx median wall time, %.3fx median CPU time\n", fast, slow,
                        median(b->ms) / median(a->ms), median(b->cpuMs) / median(a->cpuMs));
    };
    std::printf("\n");
    ratio("qjson-item", "simdjson-item");
    ratio("qjson-compact", "simdjson-raw");
    ratio("qjson-only", "simdjson-only");
    std::printf("Peak RSS (VmHWM): %s\n", peakRss().constData());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    try {
        return run(app.arguments());
    } catch (const std::exception &e) {
        std::fprintf(stderr, "Error: %s\n", e.what());
        return 1;
    }
}
