// A whole table read as parallel segments against DynamoDB Local: every item exactly once,
// one `finished`, and a failing or cancelled scan that stops every segment.
#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "dynamo/exportjob.h"
#include "dynamo/parallelscanjob.h"
#include "localendpoint.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dyna;

namespace {

constexpr int kItems = 1234;

} // namespace

class TestParallelScanJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyItemExactlyOnce_data();
    void everyItemExactlyOnce();
    void cancelStopsEverySegment();
    void missingTableFailsOnce();
    void exportInSegmentsWritesEveryItem();

private:
    std::unique_ptr<QObject> m_owner;
    aws::AwsClient *m_client = nullptr;
    QString m_table;
};

void TestParallelScanJob::initTestCase()
{
    m_owner = std::make_unique<QObject>();
    m_client = test::localClient(m_owner.get());
    if (!m_client)
        QSKIP("DynamoDB Local is not running (the DDBLOCAL fixture starts it)");
    m_table = test::uniqueTableName(QStringLiteral("ParallelScan"));
    std::unique_ptr<aws::RequestJob> create(
        test::callAndWait(m_client, QStringLiteral("CreateTable"),
                          test::simpleTableInput(m_table, QStringLiteral("id"))));
    QVERIFY(create && !create->error().isError());
    QList<QJsonObject> items;
    for (int i = 0; i < kItems; ++i) {
        items.append(
            {{QStringLiteral("id"),
              QJsonObject{{QStringLiteral("S"), QStringLiteral("item-%1").arg(i)}}},
             {QStringLiteral("n"), QJsonObject{{QStringLiteral("N"), QString::number(i)}}}});
    }
    QVERIFY(test::putItems(m_client, m_table, items));
}

void TestParallelScanJob::cleanupTestCase()
{
    if (m_client && !m_table.isEmpty())
        delete test::callAndWait(m_client, QStringLiteral("DeleteTable"),
                                 {{QStringLiteral("TableName"), m_table}});
}

void TestParallelScanJob::everyItemExactlyOnce_data()
{
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("decoded");
    QTest::newRow("1 segment") << 1 << 100 << true;
    QTest::newRow("3 segments, grid form") << 3 << 100 << false;
    QTest::newRow("7 segments, small pages") << 7 << 30 << true;
}

void TestParallelScanJob::everyItemExactlyOnce()
{
    QFETCH(int, segments);
    QFETCH(int, limit);
    QFETCH(bool, decoded);
    dynamo::ParallelScanJob job(
        m_client, {{QStringLiteral("TableName"), m_table}, {QStringLiteral("Limit"), limit}},
        segments, decoded ? dynamo::WirePage::Items::Decoded : dynamo::WirePage::Items::Json);
    QHash<QString, int> seen;
    QSet<int> segmentsSeen;
    connect(&job, &dynamo::ParallelScanJob::page, this,
            [&](int segment, const dynamo::WirePage &page) {
                segmentsSeen.insert(segment);
                QVERIFY(page.size() <= limit);
                for (qsizetype i = 0; i < page.size(); ++i) {
                    const dynamo::Item item =
                        decoded ? page.items.at(i)
                                : dynamo::itemFromWire(
                                      QJsonDocument::fromJson(page.itemJson.at(i)).object());
                    ++seen[item.value(QStringLiteral("id")).string()];
                }
            });
    QSignalSpy finished(&job, &aws::Job::finished);
    job.start();
    QVERIFY(finished.wait(60000));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    QVERIFY2(!job.error().isError(), qPrintable(job.error().userMessage()));
    QCOMPARE(seen.size(), kItems);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    QCOMPARE(segmentsSeen.size(), segments);
    QVERIFY(job.pages() >= kItems / limit);
}

void TestParallelScanJob::cancelStopsEverySegment()
{
    dynamo::ParallelScanJob job(
        m_client, {{QStringLiteral("TableName"), m_table}, {QStringLiteral("Limit"), 10}}, 4,
        dynamo::WirePage::Items::Json);
    int pagesAfterCancel = 0;
    bool cancelled = false;
    connect(&job, &dynamo::ParallelScanJob::page, this, [&](int, const dynamo::WirePage &) {
        if (cancelled) {
            ++pagesAfterCancel;
            return;
        }
        cancelled = true;
        job.cancel();
    });
    QSignalSpy finished(&job, &aws::Job::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    QTest::qWait(300);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job.error().kind, aws::ErrorKind::Cancelled);
    QCOMPARE(pagesAfterCancel, 0);
}

void TestParallelScanJob::missingTableFailsOnce()
{
    dynamo::ParallelScanJob job(
        m_client, {{QStringLiteral("TableName"), QStringLiteral("NoSuchTableForScan")}}, 3,
        dynamo::WirePage::Items::Decoded);
    QSignalSpy pages(&job, &dynamo::ParallelScanJob::page);
    QSignalSpy finished(&job, &aws::Job::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    QTest::qWait(300);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(pages.count(), 0);
    QCOMPARE(job.error().code, QStringLiteral("ResourceNotFoundException"));
}

void TestParallelScanJob::exportInSegmentsWritesEveryItem()
{
    QTemporaryDir folder;
    const QString fileName = folder.filePath(QStringLiteral("table.jsonl"));
    dynamo::ExportJob job(m_client, QStringLiteral("Scan"),
                          {{QStringLiteral("TableName"), m_table}, {QStringLiteral("Limit"), 200}},
                          fileName, dynamo::ItemFileFormat::JsonLines, {QStringLiteral("id")});
    job.setSegments(3);
    QSignalSpy finished(&job, &aws::Job::finished);
    job.start();
    QVERIFY(finished.wait(60000));
    QVERIFY2(!job.error().isError(), qPrintable(job.error().userMessage()));
    QCOMPARE(job.items(), kItems);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSet<QString> ids;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        // JSON Lines holds plain documents: "id" is the string itself.
        ids.insert(object.value(QStringLiteral("id")).toString());
    }
    QCOMPARE(ids.size(), kItems);
}

QTEST_GUILESS_MAIN(TestParallelScanJob)
#include "tst_parallelscanjob.moc"
