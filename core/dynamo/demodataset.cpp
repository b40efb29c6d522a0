#include "demodataset.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

namespace dyna::dynamo {

namespace {

// A tiny deterministic generator (64-bit LCG): the same dataset on every machine.
class Generator
{
public:
    explicit Generator(quint64 seed)
        : m_state(seed)
    {}
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33);
    }
    int below(int bound) { return int(next() % quint32(bound)); }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

private:
    quint64 m_state;
};

QJsonObject s(const QString &value)
{
    return {{QStringLiteral("S"), value}};
}
QJsonObject n(const QString &value)
{
    return {{QStringLiteral("N"), value}};
}
QJsonObject boolean(bool value)
{
    return {{QStringLiteral("BOOL"), value}};
}

QJsonObject attribute(const QString &name, const QString &type)
{
    return {{QStringLiteral("AttributeName"), name}, {QStringLiteral("AttributeType"), type}};
}

QJsonObject key(const QString &name, const QString &type)
{
    return {{QStringLiteral("AttributeName"), name}, {QStringLiteral("KeyType"), type}};
}

QString money(int cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QString customerId(int i)
{
    return QStringLiteral("C%1").arg(i, 5, 10, QLatin1Char('0'));
}

QString sku(int i)
{
    return QStringLiteral("SKU-%1").arg(i, 4, 10, QLatin1Char('0'));
}

const QList<QString> kFirstNames = {
    QStringLiteral("Ada"),      QStringLiteral("Grace"),   QStringLiteral("Linus"),
    QStringLiteral("Margaret"), QStringLiteral("Ken"),     QStringLiteral("Barbara"),
    QStringLiteral("Dennis"),   QStringLiteral("Frances"), QStringLiteral("Edsger"),
    QStringLiteral("Radia"),    QStringLiteral("José"),    QStringLiteral("Zoë")};
const QList<QString> kLastNames = {
    QStringLiteral("Lovelace"), QStringLiteral("Hopper"),   QStringLiteral("Torvalds"),
    QStringLiteral("Hamilton"), QStringLiteral("Thompson"), QStringLiteral("Liskov"),
    QStringLiteral("Ritchie"),  QStringLiteral("Allen"),    QStringLiteral("Dijkstra"),
    QStringLiteral("Perlman"),  QStringLiteral("Müller"),   QStringLiteral("Østergaard")};
const QList<QString> kCities = {QStringLiteral("Berlin"),  QStringLiteral("Lisbon"),
                                QStringLiteral("Seattle"), QStringLiteral("Osaka"),
                                QStringLiteral("Nairobi"), QStringLiteral("São Paulo")};
const QList<QString> kStatuses = {QStringLiteral("PENDING"), QStringLiteral("PAID"),
                                  QStringLiteral("SHIPPED"), QStringLiteral("DELIVERED"),
                                  QStringLiteral("CANCELLED")};
const QList<QString> kCategories = {QStringLiteral("books"), QStringLiteral("garden"),
                                    QStringLiteral("kitchen"), QStringLiteral("toys"),
                                    QStringLiteral("tools")};

QJsonObject customerItem(Generator &gen, int i)
{
    const QString first = gen.pick(kFirstNames);
    const QString last = gen.pick(kLastNames);
    QJsonArray tags;
    const QStringList allTags = {QStringLiteral("newsletter"), QStringLiteral("b2b"),
                                 QStringLiteral("early-adopter"), QStringLiteral("returns")};
    for (const QString &tag : allTags) {
        if (gen.below(3) == 0)
            tags.append(tag);
    }
    QJsonObject item{
        {QStringLiteral("customerId"), s(customerId(i))},
        {QStringLiteral("name"), s(first + QLatin1Char(' ') + last)},
        {QStringLiteral("email"),
         s(QStringLiteral("%1.%2%3@example.com").arg(first.toLower(), last.toLower()).arg(i))},
        {QStringLiteral("vip"), boolean(gen.below(10) == 0)},
        // Exact decimals beyond double precision: the console must show every digit.
        {QStringLiteral("balance"), n(money(gen.below(5000000)))},
        {QStringLiteral("lifetimeValueMicros"),
         n(QStringLiteral("1234567890123456789%1").arg(gen.below(10)))},
        {QStringLiteral("address"),
         QJsonObject{
             {QStringLiteral("M"),
              QJsonObject{
                  {QStringLiteral("city"), s(gen.pick(kCities))},
                  {QStringLiteral("zip"), s(QString::number(10000 + gen.below(89999)))},
                  {QStringLiteral("geo"),
                   QJsonObject{
                       {QStringLiteral("M"),
                        QJsonObject{
                            {QStringLiteral("lat"),
                             n(QStringLiteral("%1.%2").arg(gen.below(90)).arg(gen.below(10000)))},
                            {QStringLiteral("lon"), n(QStringLiteral("-%1.%2")
                                                          .arg(gen.below(180))
                                                          .arg(gen.below(10000)))}}}}}}}}},
    };
    if (!tags.isEmpty())
        item.insert(QStringLiteral("tags"), QJsonObject{{QStringLiteral("SS"), tags}});
    if (gen.below(4) == 0)
        item.insert(QStringLiteral("referredBy"), QJsonObject{{QStringLiteral("NULL"), true}});
    return item;
}

QJsonObject orderItem(Generator &gen, int i)
{
    const QString customer = customerId(gen.below(DemoDataset::kCustomers));
    const int day = 1 + gen.below(28);
    const int month = 1 + gen.below(12);
    QJsonArray lines;
    int totalCents = 0;
    const int count = 1 + gen.below(4);
    for (int l = 0; l < count; ++l) {
        const int quantity = 1 + gen.below(3);
        const int price = 199 + gen.below(20000);
        totalCents += quantity * price;
        lines.append(QJsonObject{
            {QStringLiteral("M"),
             QJsonObject{{QStringLiteral("sku"), s(sku(gen.below(DemoDataset::kProducts)))},
                         {QStringLiteral("quantity"), n(QString::number(quantity))},
                         {QStringLiteral("unitPrice"), n(money(price))}}}});
    }
    return {
        {QStringLiteral("customerId"), s(customer)},
        {QStringLiteral("orderId"), s(QStringLiteral("O%1").arg(i, 6, 10, QLatin1Char('0')))},
        {QStringLiteral("status"), s(gen.pick(kStatuses))},
        {QStringLiteral("orderedAt"), s(QStringLiteral("2026-%1-%2T%3:%4:00Z")
                                            .arg(month, 2, 10, QLatin1Char('0'))
                                            .arg(day, 2, 10, QLatin1Char('0'))
                                            .arg(gen.below(24), 2, 10, QLatin1Char('0'))
                                            .arg(gen.below(60), 2, 10, QLatin1Char('0')))},
        {QStringLiteral("total"), n(money(totalCents))},
        {QStringLiteral("lines"), QJsonObject{{QStringLiteral("L"), lines}}},
        {QStringLiteral("giftWrap"), boolean(gen.below(8) == 0)},
    };
}

QJsonObject productItem(Generator &gen, int i)
{
    QJsonArray sizes;
    for (int size = 36; size <= 46; size += 2 + gen.below(3))
        sizes.append(QString::number(size));
    QByteArray thumbnail(16 + gen.below(48), '\0');
    for (auto &byte : thumbnail)
        byte = char(gen.below(256));
    return {
        {QStringLiteral("sku"), s(sku(i))},
        {QStringLiteral("title"),
         s(QStringLiteral("%1 item #%2").arg(gen.pick(kCategories)).arg(i))},
        {QStringLiteral("category"), s(gen.pick(kCategories))},
        {QStringLiteral("price"), n(money(199 + gen.below(20000)))},
        {QStringLiteral("stock"), n(QString::number(gen.below(500)))},
        {QStringLiteral("sizes"), QJsonObject{{QStringLiteral("NS"), sizes}}},
        {QStringLiteral("thumbnail"),
         QJsonObject{{QStringLiteral("B"), QString::fromLatin1(thumbnail.toBase64())}}},
        {QStringLiteral("discontinued"), boolean(gen.below(15) == 0)},
    };
}

QJsonObject sessionItem(Generator &gen, int i)
{
    return {
        {QStringLiteral("sessionId"),
         s(QStringLiteral("sess-%1-%2").arg(i).arg(gen.next(), 8, 16, QLatin1Char('0')))},
        {QStringLiteral("customerId"), s(customerId(gen.below(DemoDataset::kCustomers)))},
        // Far in the future so that DynamoDB Local's TTL sweeper leaves the demo intact.
        {QStringLiteral("expiresAt"), n(QString::number(4102444800LL + gen.below(86400)))},
        {QStringLiteral("userAgent"), s(QStringLiteral("DemoBrowser/%1").arg(gen.below(40)))},
    };
}

} // namespace

DemoDataset::DemoDataset(aws::AwsClient *client, QObject *parent)
    : aws::Job(parent)
    , m_client(client)
{}

void DemoDataset::cancel()
{
    // Calls in flight end on their own; their answers are ignored once this job finished.
    if (m_writer)
        m_writer->cancel();
    finish(aws::AwsError::cancelled(QStringLiteral("DemoDataset")));
}

QStringList DemoDataset::tableNames()
{
    return {QStringLiteral("Customers"), QStringLiteral("Orders"), QStringLiteral("Products"),
            QStringLiteral("Sessions")};
}

QList<QJsonObject> DemoDataset::createTableRequests()
{
    const QString payPerRequest = QStringLiteral("PAY_PER_REQUEST");
    auto simple = [&](const QString &table, const QString &hashKey) {
        return QJsonObject{
            {QStringLiteral("TableName"), table},
            {QStringLiteral("BillingMode"), payPerRequest},
            {QStringLiteral("AttributeDefinitions"),
             QJsonArray{attribute(hashKey, QStringLiteral("S"))}},
            {QStringLiteral("KeySchema"), QJsonArray{key(hashKey, QStringLiteral("HASH"))}},
        };
    };
    const QJsonObject orders{
        {QStringLiteral("TableName"), QStringLiteral("Orders")},
        {QStringLiteral("BillingMode"), payPerRequest},
        {QStringLiteral("AttributeDefinitions"),
         QJsonArray{attribute(QStringLiteral("customerId"), QStringLiteral("S")),
                    attribute(QStringLiteral("orderId"), QStringLiteral("S")),
                    attribute(QStringLiteral("status"), QStringLiteral("S")),
                    attribute(QStringLiteral("orderedAt"), QStringLiteral("S"))}},
        {QStringLiteral("KeySchema"),
         QJsonArray{key(QStringLiteral("customerId"), QStringLiteral("HASH")),
                    key(QStringLiteral("orderId"), QStringLiteral("RANGE"))}},
        {QStringLiteral("GlobalSecondaryIndexes"),
         QJsonArray{QJsonObject{
             {QStringLiteral("IndexName"), QStringLiteral("ByStatus")},
             {QStringLiteral("KeySchema"),
              QJsonArray{key(QStringLiteral("status"), QStringLiteral("HASH")),
                         key(QStringLiteral("orderedAt"), QStringLiteral("RANGE"))}},
             {QStringLiteral("Projection"),
              QJsonObject{{QStringLiteral("ProjectionType"), QStringLiteral("ALL")}}}}}},
        {QStringLiteral("StreamSpecification"),
         QJsonObject{{QStringLiteral("StreamEnabled"), true},
                     {QStringLiteral("StreamViewType"), QStringLiteral("NEW_AND_OLD_IMAGES")}}},
    };
    return {simple(QStringLiteral("Customers"), QStringLiteral("customerId")), orders,
            simple(QStringLiteral("Products"), QStringLiteral("sku")),
            simple(QStringLiteral("Sessions"), QStringLiteral("sessionId"))};
}

QList<BatchWriteJob::WriteRequest> DemoDataset::items()
{
    Generator gen(20261129);
    QList<BatchWriteJob::WriteRequest> requests;
    requests.reserve(kCustomers + kOrders + kProducts + kSessions);
    for (int i = 0; i < kCustomers; ++i)
        requests.append(BatchWriteJob::put(QStringLiteral("Customers"), customerItem(gen, i)));
    for (int i = 0; i < kOrders; ++i)
        requests.append(BatchWriteJob::put(QStringLiteral("Orders"), orderItem(gen, i)));
    for (int i = 0; i < kProducts; ++i)
        requests.append(BatchWriteJob::put(QStringLiteral("Products"), productItem(gen, i)));
    for (int i = 0; i < kSessions; ++i)
        requests.append(BatchWriteJob::put(QStringLiteral("Sessions"), sessionItem(gen, i)));
    return requests;
}

void DemoDataset::start()
{
    if (!m_onlyIfEmpty) {
        createTables();
        return;
    }
    call(QStringLiteral("ListTables"), {{QStringLiteral("Limit"), 1}},
         [this](const QJsonObject &response) {
             if (response.value(QStringLiteral("TableNames")).toArray().isEmpty())
                 createTables();
             else
                 finish({});
         });
}

void DemoDataset::createTables()
{
    const QList<QJsonObject> requests = createTableRequests();
    Q_EMIT progress(tr("Creating tables"), 0, int(requests.size()));
    for (const QJsonObject &request : requests) {
        call(QStringLiteral("CreateTable"), request,
             [this, total = int(requests.size())](const QJsonObject &) {
                 Q_EMIT progress(tr("Creating tables"), ++m_tablesCreated, total);
                 if (m_tablesCreated == total)
                     waitUntilActive();
             });
    }
}

void DemoDataset::waitUntilActive()
{
    // DynamoDB Local creates tables ACTIVE at once; a real endpoint takes seconds.
    auto pending = std::make_shared<int>(int(tableNames().size()));
    auto anyCreating = std::make_shared<bool>(false);
    for (const QString &table : tableNames()) {
        call(QStringLiteral("DescribeTable"), {{QStringLiteral("TableName"), table}},
             [this, pending, anyCreating](const QJsonObject &response) {
                 const QString status = response.value(QStringLiteral("Table"))
                                            .toObject()
                                            .value(QStringLiteral("TableStatus"))
                                            .toString();
                 if (status != QLatin1String("ACTIVE"))
                     *anyCreating = true;
                 if (--*pending > 0)
                     return;
                 if (*anyCreating)
                     QTimer::singleShot(1000, this, &DemoDataset::waitUntilActive);
                 else
                     enableTimeToLive();
             });
    }
}

void DemoDataset::enableTimeToLive()
{
    call(QStringLiteral("UpdateTimeToLive"),
         {{QStringLiteral("TableName"), QStringLiteral("Sessions")},
          {QStringLiteral("TimeToLiveSpecification"),
           QJsonObject{{QStringLiteral("Enabled"), true},
                       {QStringLiteral("AttributeName"), QStringLiteral("expiresAt")}}}},
         [this](const QJsonObject &) { writeItems(); });
}

void DemoDataset::writeItems()
{
    auto *writer = new BatchWriteJob(m_client, items(), this);
    m_writer = writer;
    connect(writer, &BatchWriteJob::progress, this, [this](int written, int total) {
        Q_EMIT progress(tr("Writing items"), written, total);
    });
    connect(writer, &aws::Job::finished, this, [this, writer] {
        writer->deleteLater();
        m_seeded = !writer->error().isError();
        finish(writer->error());
    });
    writer->start();
}

void DemoDataset::call(const QString &operation, const QJsonObject &input,
                       std::function<void(const QJsonObject &)> next)
{
    if (!m_client) {
        finish(aws::AwsError::cancelled(operation));
        return;
    }
    auto *job = m_client->call(aws::Service::DynamoDb, operation, input);
    connect(job, &aws::Job::finished, this, [this, job, next] {
        if (isFinished())
            return;
        if (job->error().isError())
            finish(job->error());
        else
            next(job->response());
    });
    job->start();
}

} // namespace dyna::dynamo
