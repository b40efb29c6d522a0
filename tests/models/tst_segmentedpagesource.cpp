// A parallel scan's pages in the item grid: rows come in segment order, whichever segment
// answers first.
#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "dynamo/preflight.h"
#include "itemtablemodel.h"
#include "loopbackserver.h"
#include "segmentedpagesource.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dyna;
using models::ItemTableModel;
using test::LoopbackReply;
using test::LoopbackRequest;
using test::LoopbackServer;

namespace {

constexpr int kItemsPerPage = 2;
constexpr int kPagesPerSegment = 2;

QString itemName(int segment, int page, int index)
{
    return QStringLiteral("s%1-p%2-i%3").arg(segment).arg(page).arg(index);
}

QJsonObject stringKey(const QString &value)
{
    return {{QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), value}}}};
}

// Each segment holds kPagesPerSegment pages of its own items; segment i waits delays[i] ms
// before it answers.
LoopbackReply segmentReply(const LoopbackRequest &request, const QList<int> &delays)
{
    const int segment = request.json.value(QLatin1String("Segment")).toInt();
    const QString start = request.json.value(QLatin1String("ExclusiveStartKey"))
                              .toObject()
                              .value(QLatin1String("pk"))
                              .toObject()
                              .value(QLatin1String("S"))
                              .toString();
    const int page = start.isEmpty() ? 0 : start.section(QLatin1Char('-'), 1, 1).mid(1).toInt() + 1;
    QJsonArray items;
    for (int i = 0; i < kItemsPerPage; ++i) {
        QJsonObject item = stringKey(itemName(segment, page, i));
        // Segments differ in shape too, so their columns also depend on the order.
        item.insert(QStringLiteral("seg%1").arg(segment),
                    QJsonObject{{QStringLiteral("N"), QString::number(segment)}});
        items.append(item);
    }
    QJsonObject response{{QStringLiteral("Items"), items},
                         {QStringLiteral("Count"), kItemsPerPage},
                         {QStringLiteral("ScannedCount"), kItemsPerPage}};
    if (page + 1 < kPagesPerSegment)
        response.insert(QStringLiteral("LastEvaluatedKey"),
                        stringKey(itemName(segment, page, kItemsPerPage - 1)));
    return LoopbackReply::json(response).withDelay(delays.value(segment));
}

} // namespace

class TestSegmentedPageSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowsComeInSegmentOrder_data();
    void rowsComeInSegmentOrder();

private:
    aws::AwsClient *m_client = nullptr;
    LoopbackServer *m_server = nullptr;
};

void TestSegmentedPageSource::init()
{
    m_server = new LoopbackServer(this);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_client = dynamo::createClient(
        m_server->clientConfig(),
        std::make_shared<aws::StaticCredentialsProvider>(LoopbackServer::testCredentials()),
        m_server);
}

void TestSegmentedPageSource::cleanup()
{
    const QStringList problems = m_server->problems();
    delete m_server; // and the client with it
    m_server = nullptr;
    m_client = nullptr;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestSegmentedPageSource::rowsComeInSegmentOrder_data()
{
    QTest::addColumn<QList<int>>("delays");
    QTest::addColumn<QList<int>>("arrivalOrder");

    QTest::newRow("segment 1 answers first") << QList<int>{300, 0} << QList<int>{1, 0};
    QTest::newRow("segment 0 answers first") << QList<int>{0, 300} << QList<int>{0, 1};
    QTest::newRow("three segments, last first") << QList<int>{500, 250, 0} << QList<int>{2, 1, 0};
}

void TestSegmentedPageSource::rowsComeInSegmentOrder()
{
    QFETCH(QList<int>, delays);
    QFETCH(QList<int>, arrivalOrder);
    const int segments = int(delays.size());
    m_server->setHandler(
        [delays](const LoopbackRequest &request) { return segmentReply(request, delays); });
    // Which segment answered when: first pages end with a key naming their segment.
    QList<int> arrived;
    connect(m_client, &aws::AwsClient::responseReceived, this,
            [&arrived](aws::Service, const QString &, const QJsonObject &response) {
                const QString key = response.value(QLatin1String("LastEvaluatedKey"))
                                        .toObject()
                                        .value(QLatin1String("pk"))
                                        .toObject()
                                        .value(QLatin1String("S"))
                                        .toString();
                if (!key.isEmpty())
                    arrived.append(key.section(QLatin1Char('-'), 0, 0).mid(1).toInt());
            });

    QList<QJsonObject> inputs;
    for (int i = 0; i < segments; ++i)
        inputs.append({{QStringLiteral("TableName"), QStringLiteral("Orders")},
                       {QStringLiteral("Segment"), i},
                       {QStringLiteral("TotalSegments"), segments}});
    models::SegmentedPageSource source(m_client, inputs);
    ItemTableModel model;
    model.setSource(&source, {QStringLiteral("pk")});
    QSignalSpy status(&model, &ItemTableModel::statusChanged);
    while (!model.isComplete()) {
        if (model.canFetchMore())
            model.fetchMore();
        QVERIFY2(!model.lastError().isError(), qPrintable(model.lastError().details()));
        QVERIFY(status.wait(5000));
    }
    QCOMPARE(arrived, arrivalOrder);

    QStringList expected;
    for (int page = 0; page < kPagesPerSegment; ++page) {
        for (int segment = 0; segment < segments; ++segment) {
            for (int i = 0; i < kItemsPerPage; ++i)
                expected.append(itemName(segment, page, i));
        }
    }
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.append(model.data(model.index(row, 0)).toString());
    QCOMPARE(rows, expected);
    QCOMPARE(model.pageCount(), kPagesPerSegment);
    QCOMPARE(model.totalCount(), qint64(segments * kPagesPerSegment * kItemsPerPage));

    // Columns follow the rows: segment 0's attribute is seen first.
    QStringList columns{QStringLiteral("pk")};
    for (int segment = 0; segment < segments; ++segment)
        columns.append(QStringLiteral("seg%1").arg(segment));
    QCOMPARE(model.attributeNames(), columns);
    QCOMPARE(m_server->requests(QStringLiteral("Scan")).size(), segments * kPagesPerSegment);
}

QTEST_GUILESS_MAIN(TestSegmentedPageSource)
#include "tst_segmentedpagesource.moc"
