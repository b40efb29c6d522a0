// The item grid's lazy model and the item detail tree, over pages served from memory.
#include "itemdetailmodel.h"
#include "itempagesource.h"
#include "itemtablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace dyna;
using models::ItemTableModel;

namespace {

// A test double for paging only: answers each request on the next event-loop turn, like a
// network reply, with the page named by the start key.
class MemoryPageSource : public models::ItemPageSource
{
public:
    explicit MemoryPageSource(QList<QJsonArray> pages, QObject *parent = nullptr)
        : ItemPageSource(parent)
        , m_pages(std::move(pages))
    {}

    void requestPage(const QJsonObject &exclusiveStartKey) override
    {
        const int page = exclusiveStartKey.value(QLatin1String("page"))
                             .toObject()
                             .value(QLatin1String("N"))
                             .toString()
                             .toInt();
        requestedPages.append(page);
        const int generation = ++m_generation;
        QTimer::singleShot(0, this, [this, page, generation] {
            if (generation != m_generation)
                return;
            if (failNext) {
                failNext = false;
                Q_EMIT pageFailed(aws::AwsError::localFailure(
                    aws::ErrorKind::Throttling, QStringLiteral("Scan"),
                    QStringLiteral("ProvisionedThroughputExceededException"),
                    QStringLiteral("Too many requests.")));
                return;
            }
            const bool last = page + 1 >= m_pages.size();
            const QJsonObject next =
                last ? QJsonObject{}
                     : QJsonObject{{QStringLiteral("page"),
                                    QJsonObject{{QStringLiteral("N"), QString::number(page + 1)}}}};
            const QJsonArray &items = m_pages.at(page);
            Q_EMIT pageArrived(dynamo::WirePage::fromItems(items), next, 0.5 * (page + 1),
                               int(items.size()) + 2, int(items.size()));
        });
    }
    void cancel() override { ++m_generation; }

    QList<int> requestedPages;
    bool failNext = false;

private:
    QList<QJsonArray> m_pages;
    int m_generation = 0;
};

QJsonObject wire(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QJsonObject numberedItem(int i)
{
    return {{QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), QStringLiteral("p")}}},
            {QStringLiteral("sk"), QJsonObject{{QStringLiteral("N"), QString::number(i)}}}};
}

// Fetches as a view would until the source has no more pages. (QAbstractItemModelTester
// fetches too, so a page may already be on its way.)
void fetchAll(ItemTableModel &model)
{
    QSignalSpy status(&model, &ItemTableModel::statusChanged);
    while (!model.isComplete()) {
        if (model.canFetchMore())
            model.fetchMore();
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore()); // one request at a time
        QVERIFY(status.wait(2000));
    }
}

} // namespace

class TestItemTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesLoadOnFetchMoreWithOneInsertEach();
    void largePageLandsInOneInsert();
    void columnsAreKeysThenUnionInOrderSeen();
    void displayAndType_data();
    void displayAndType();
    void proxySortsNumbersExactly();
    void itemAndValueRoles();
    void failedPageStopsUntilRetry();
    void resetDropsTheAnswerInFlight();
    void detailTreeExpandsMapsListsAndSets();
};

void TestItemTableModel::pagesLoadOnFetchMoreWithOneInsertEach()
{
    QList<QJsonArray> pages(3);
    for (int i = 0; i < 25; ++i)
        pages[i / 10].append(numberedItem(i));
    MemoryPageSource source(pages);
    ItemTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(!model.canFetchMore());
    QSignalSpy loading(&model, &ItemTableModel::loadingChanged);

    model.setSource(&source, {QStringLiteral("pk"), QStringLiteral("sk")});
    QVERIFY(!model.isComplete());
    QVERIFY(model.canFetchMore() != model.isLoading()); // the tester may have fetched already
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy inserted(&model, &ItemTableModel::rowsInserted);
    fetchAll(model);

    QCOMPARE(model.rowCount(), 25);
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 9);
    QCOMPARE(inserted.at(2).at(1).toInt(), 20);
    QCOMPARE(inserted.at(2).at(2).toInt(), 24);
    QCOMPARE(source.requestedPages, (QList<int>{0, 1, 2}));
    QCOMPARE(loading.size(), 6); // on and off per page
    QVERIFY(model.isComplete());
    QVERIFY(!model.canFetchMore());
    QCOMPARE(model.pageCount(), 3);
    QCOMPARE(model.consumedCapacity(), 0.5 + 1.0 + 1.5);
    QCOMPARE(model.lastPageCount(), 5);
    QCOMPARE(model.lastPageScannedCount(), 7);
    QCOMPARE(model.totalCount(), 25);
    QCOMPARE(model.totalScannedCount(), 31);
    for (int row = 0; row < 25; ++row)
        QCOMPARE(model.index(row, 1).data().toString(), QString::number(row));

    qint64 jsonBytes = 0;
    for (int row = 0; row < 25; ++row) {
        QCOMPARE(model.itemJson(row),
                 QJsonDocument(numberedItem(row)).toJson(QJsonDocument::Compact));
        jsonBytes += model.itemJson(row).size();
    }
    QCOMPARE(model.storedJsonBytes(), jsonBytes);
    QVERIFY(model.memoryEstimate() >= jsonBytes);
}

void TestItemTableModel::largePageLandsInOneInsert()
{
    // Big enough to be encoded over several event-loop turns.
    QJsonArray page;
    for (int i = 0; i < 20000; ++i)
        page.append(numberedItem(i));
    MemoryPageSource source({page, QJsonArray{numberedItem(20000)}});
    ItemTableModel model;
    model.setSource(&source, {QStringLiteral("pk"), QStringLiteral("sk")});
    QSignalSpy inserted(&model, &ItemTableModel::rowsInserted);
    model.fetchMore();
    QVERIFY(inserted.wait(10000));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 20000);
    QCOMPARE(model.index(19999, 1).data().toString(), QStringLiteral("19999"));
    QCOMPARE(model.pageCount(), 1);
    QVERIFY(model.canFetchMore());
    QCOMPARE(source.requestedPages, (QList<int>{0}));
}

void TestItemTableModel::columnsAreKeysThenUnionInOrderSeen()
{
    QList<QJsonArray> pages{
        {wire(R"({"pk":{"S":"a"},"zeta":{"N":"1"}})"),
         wire(R"({"pk":{"S":"b"},"alpha":{"S":"x"}})")},
        {wire(R"({"pk":{"S":"c"},"alpha":{"S":"y"},"mid":{"BOOL":true}})")},
    };
    MemoryPageSource source(pages);
    ItemTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(&source, {QStringLiteral("pk")});
    QCOMPARE(model.columnCount(), 1);
    QSignalSpy columns(&model, &ItemTableModel::columnsInserted);
    fetchAll(model);

    QCOMPARE(model.attributeNames(), (QStringList{QStringLiteral("pk"), QStringLiteral("zeta"),
                                                  QStringLiteral("alpha"), QStringLiteral("mid")}));
    QCOMPARE(columns.size(), 2); // one insert per page that brought new names
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("pk (PK)"));
    QVERIFY(model.headerData(0, Qt::Horizontal, ItemTableModel::KeyColumnRole).toBool());
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("zeta"));
    QVERIFY(!model.headerData(1, Qt::Horizontal, ItemTableModel::KeyColumnRole).toBool());

    // Absent attributes: no text, no type.
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("1"));
    QVERIFY(!model.index(0, 2).data().isValid());
    QCOMPARE(model.index(0, 2).data(ItemTableModel::TypeRole).toString(), QString());
    QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("x"));
    QCOMPARE(model.index(2, 3).data().toString(), QStringLiteral("true"));
    QCOMPARE(model.index(2, 3).data(ItemTableModel::TypeRole).toString(), QStringLiteral("BOOL"));
}

void TestItemTableModel::displayAndType_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("type");

    QTest::newRow("exact number") << QByteArray(R"({"N":"12345678901234567890.123"})")
                                  << QStringLiteral("12345678901234567890.123")
                                  << QStringLiteral("N");
    QTest::newRow("string") << QByteArray(R"({"S":"héllo"})") << QStringLiteral("héllo")
                            << QStringLiteral("S");
    QTest::newRow("binary") << QByteArray(R"({"B":"aGVsbG8="})")
                            << QStringLiteral("aGVsbG8= (5 bytes)") << QStringLiteral("B");
    QTest::newRow("long binary") << QByteArray(R"({"B":")" + QByteArray(300, 'x').toBase64() +
                                               R"("})")
                                 << QString::fromLatin1(QByteArray(300, 'x').toBase64().left(24)) +
                                        QChar(0x2026) + QStringLiteral(" (300 bytes)")
                                 << QStringLiteral("B");
    QTest::newRow("bool") << QByteArray(R"({"BOOL":false})") << QStringLiteral("false")
                          << QStringLiteral("BOOL");
    QTest::newRow("null") << QByteArray(R"({"NULL":true})") << QStringLiteral("null")
                          << QStringLiteral("NULL");
    QTest::newRow("map") << QByteArray(R"({"M":{"a":{"S":"x"},"b":{"N":"1"},"c":{"NULL":true}}})")
                         << QStringLiteral("{3 attributes}") << QStringLiteral("M");
    QTest::newRow("list") << QByteArray(
                                 R"({"L":[{"S":"x"},{"N":"1"},{"L":[]},{"M":{}},{"B":"AA=="}]})")
                          << QStringLiteral("[5 items]") << QStringLiteral("L");
    QTest::newRow("string set") << QByteArray(R"({"SS":["a","b"]})") << QStringLiteral("{a, b}")
                                << QStringLiteral("SS");
    QTest::newRow("number set") << QByteArray(R"({"NS":["10","-1.5"]})")
                                << QStringLiteral("{10, -1.5}") << QStringLiteral("NS");
    QTest::newRow("binary set") << QByteArray(R"({"BS":["AQI="]})") << QStringLiteral("{AQI=}")
                                << QStringLiteral("BS");
}

void TestItemTableModel::displayAndType()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, display);
    QFETCH(QString, type);

    QJsonObject item = numberedItem(1);
    item.insert(QStringLiteral("v"), QJsonDocument::fromJson(value).object());
    MemoryPageSource source({QJsonArray{item}});
    ItemTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(&source, {QStringLiteral("pk"), QStringLiteral("sk")});
    fetchAll(model);
    QCOMPARE(model.columnCount(), 3);
    const QModelIndex cell = model.index(0, 2);
    QCOMPARE(cell.data().toString(), display);
    QCOMPARE(cell.data(ItemTableModel::TypeRole).toString(), type);
    QCOMPARE(cell.data(ItemTableModel::ValueRole).value<dynamo::AttributeValue>(),
             dynamo::AttributeValue::fromWire(QJsonDocument::fromJson(value).object()));
}

void TestItemTableModel::proxySortsNumbersExactly()
{
    const QStringList numbers{QStringLiteral("10"),
                              QStringLiteral("9"),
                              QStringLiteral("2"),
                              QStringLiteral("-1e3"),
                              QStringLiteral("12345678901234567890.123"),
                              QStringLiteral("12345678901234567890.122")};
    QJsonArray items;
    for (int i = 0; i < numbers.size(); ++i) {
        QJsonObject item = numberedItem(i);
        item.insert(QStringLiteral("n"), QJsonObject{{QStringLiteral("N"), numbers.at(i)}});
        items.append(item);
    }
    items.append(numberedItem(99)); // no "n": sorts first
    MemoryPageSource source({items});
    ItemTableModel model;
    model.setSource(&source, {QStringLiteral("pk"), QStringLiteral("sk")});
    fetchAll(model);

    models::ItemSortProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.sort(2, Qt::AscendingOrder);
    QStringList sorted;
    for (int row = 0; row < proxy.rowCount(); ++row)
        sorted.append(proxy.index(row, 2).data(ItemTableModel::SortRole).toString());
    // Numbers are kept canonical, as DynamoDB sends them: "-1e3" is "-1000".
    QCOMPARE(sorted, (QStringList{QString(), QStringLiteral("-1000"), QStringLiteral("2"),
                                  QStringLiteral("9"), QStringLiteral("10"),
                                  QStringLiteral("12345678901234567890.122"),
                                  QStringLiteral("12345678901234567890.123")}));
}

void TestItemTableModel::itemAndValueRoles()
{
    const QJsonObject wireItem =
        wire(R"({"pk":{"S":"a"},"sk":{"N":"1"},"tags":{"SS":["x","y"]},"n":{"N":"0.5"}})");
    MemoryPageSource source({QJsonArray{wireItem}});
    ItemTableModel model;
    model.setSource(&source, {QStringLiteral("pk"), QStringLiteral("sk")});
    fetchAll(model);
    const dynamo::Item expected = dynamo::itemFromWire(wireItem);
    for (int column = 0; column < model.columnCount(); ++column) {
        QCOMPARE(model.index(0, column).data(ItemTableModel::ItemRole).value<dynamo::Item>(),
                 expected);
        const QString name =
            model.headerData(column, Qt::Horizontal, ItemTableModel::AttributeNameRole).toString();
        QCOMPARE(
            model.index(0, column).data(ItemTableModel::ValueRole).value<dynamo::AttributeValue>(),
            expected.value(name));
    }
    QCOMPARE(model.item(0), expected);
}

void TestItemTableModel::failedPageStopsUntilRetry()
{
    MemoryPageSource source({QJsonArray{numberedItem(0)}, QJsonArray{numberedItem(1)}});
    ItemTableModel model;
    model.setSource(&source, {QStringLiteral("pk"), QStringLiteral("sk")});
    QSignalSpy errors(&model, &ItemTableModel::errorOccurred);
    model.fetchMore();
    QTRY_COMPARE(model.rowCount(), 1);
    QVERIFY(!model.stoppedByError());

    source.failNext = true;
    model.fetchMore();
    QVERIFY(!model.stoppedByError()); // in flight
    QVERIFY(errors.wait(2000));
    QCOMPARE(errors.first().first().value<aws::AwsError>().kind, aws::ErrorKind::Throttling);
    QCOMPARE(model.lastError().kind, aws::ErrorKind::Throttling);
    QVERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore()); // a view would otherwise retry in a loop
    QVERIFY(model.stoppedByError());
    QCOMPARE(model.rowCount(), 1);

    model.retry();
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(source.requestedPages, (QList<int>{0, 1, 1}));
    QVERIFY(model.isComplete());
    QVERIFY(!model.stoppedByError());
}

void TestItemTableModel::resetDropsTheAnswerInFlight()
{
    MemoryPageSource first({QJsonArray{numberedItem(0), numberedItem(1)}});
    MemoryPageSource second({QJsonArray{numberedItem(7)}});
    ItemTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(&first, {QStringLiteral("pk"), QStringLiteral("sk")});
    model.fetchMore();
    model.setSource(&second, {QStringLiteral("pk"), QStringLiteral("sk")});
    fetchAll(model);
    QTest::qWait(10); // the first source's answer, had it not been dropped
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("7"));
    QCOMPARE(model.pageCount(), 1);
}

void TestItemTableModel::detailTreeExpandsMapsListsAndSets()
{
    const dynamo::Item item = dynamo::itemFromWire(wire(
        R"({"pk":{"S":"a"},"meta":{"M":{"depth":{"N":"12345678901234567890.123"},"list":{"L":[{"S":"x"},{"M":{"k":{"BOOL":true}}}]}}},"tags":{"SS":["red","blue"]}})"));
    models::ItemDetailModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setItem(item);

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Type"));
    const QModelIndex meta = model.index(0, 0);
    QCOMPARE(meta.data().toString(), QStringLiteral("meta"));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("M"));
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("{2 attributes}"));
    QCOMPARE(model.rowCount(meta), 2);
    QCOMPARE(model.index(0, 2, meta).data().toString(), QStringLiteral("12345678901234567890.123"));
    const QModelIndex list = model.index(1, 0, meta);
    QCOMPARE(list.data().toString(), QStringLiteral("list"));
    QCOMPARE(model.rowCount(list), 2);
    const QModelIndex nested = model.index(1, 0, list);
    QCOMPARE(nested.data().toString(), QStringLiteral("[1]"));
    QCOMPARE(model.index(0, 0, nested).data().toString(), QStringLiteral("k"));
    QCOMPARE(model.index(0, 2, nested).data().toString(), QStringLiteral("true"));
    QCOMPARE(model.parent(model.index(0, 0, nested)), nested);

    const QModelIndex tags = model.index(2, 0);
    QCOMPARE(model.rowCount(tags), 2);
    QCOMPARE(model.index(0, 1, tags).data().toString(), QStringLiteral("S"));
    QCOMPARE(model.index(1, 2, tags).data().toString(), QStringLiteral("blue"));
    QCOMPARE(model.rowCount(model.index(0, 0, tags)), 0);

    model.setItem({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestItemTableModel)
#include "tst_itemtablemodel.moc"
