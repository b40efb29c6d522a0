// Loads N items (default 1,000,000) through ItemTableModel into a QTableView and prints the
// time, the items' JSON size, memory and the longest main-thread stall. Pages of about 1 MB,
// as DynamoDB returns them, are built and parsed on a worker thread, the way a network reply
// arrives; the main thread only stores them, as it would a real page.
#include "itempagesource.h"
#include "itemtablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace dyna;

namespace {

constexpr qsizetype kPageBytes = 1024 * 1024;

qint64 statusKiB(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QJsonObject attribute(const char *type, const QJsonValue &value)
{
    return {{QLatin1String(type), value}};
}

// About six attributes of mixed types, some nested, varying by item.
QJsonObject makeItem(qint64 i, QRandomGenerator &random)
{
    QJsonObject item{
        {QStringLiteral("pk"),
         attribute("S", QStringLiteral("user#%1").arg(i % 50000, 6, 10, QLatin1Char('0')))},
        {QStringLiteral("sk"), attribute("N", QString::number(i))},
        {QStringLiteral("name"),
         attribute("S", QStringLiteral("Customer %1").arg(random.generate() % 100000))},
        {QStringLiteral("balance"), attribute("N", QStringLiteral("%1.%2")
                                                       .arg(random.generate() % 1000000)
                                                       .arg(random.generate() % 100 + 1))},
    };
    if (i % 2 == 0)
        item.insert(QStringLiteral("active"), QJsonObject{{QStringLiteral("BOOL"), i % 4 == 0}});
    if (i % 3 == 0) {
        QByteArray bytes(16, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
        item.insert(QStringLiteral("token"), attribute("B", QString::fromLatin1(bytes.toBase64())));
    }
    if (i % 5 == 0) {
        item.insert(
            QStringLiteral("profile"),
            attribute("M",
                      QJsonObject{
                          {QStringLiteral("age"), attribute("N", QString::number(18 + i % 60))},
                          {QStringLiteral("address"),
                           attribute("M", QJsonObject{{QStringLiteral("city"),
                                                       attribute("S", QStringLiteral("Lyon"))},
                                                      {QStringLiteral("zip"),
                                                       attribute("S", QStringLiteral("69001"))}})},
                      }));
    }
    if (i % 4 == 1) {
        item.insert(QStringLiteral("history"),
                    attribute("L", QJsonArray{attribute("N", QString::number(i * 3)),
                                              attribute("S", QStringLiteral("login")),
                                              attribute("NULL", true)}));
    }
    if (i % 7 == 0)
        item.insert(QStringLiteral("tags"),
                    attribute("SS", QJsonArray{QStringLiteral("gold"), QStringLiteral("eu")}));
    return item;
}

// Builds pages on its own thread: items until the page's JSON reaches about 1 MB, then the
// page is serialised and parsed back, as a response body would be.
class PageWorker : public QObject
{
    Q_OBJECT
public:
    explicit PageWorker(qint64 total)
        : m_total(total)
    {}

    void produce(qint64 first, int generation)
    {
        QRandomGenerator random(quint32(first) + 1);
        QJsonArray items;
        qsizetype bytes = 0;
        qint64 next = first;
        while (next < m_total && bytes < kPageBytes) {
            const QJsonObject item = makeItem(next++, random);
            bytes += QJsonDocument(item).toJson(QJsonDocument::Compact).size();
            items.append(item);
        }
        const QByteArray body = QJsonDocument(items).toJson(QJsonDocument::Compact);
        Q_EMIT pageReady(dynamo::WirePage::fromItems(QJsonDocument::fromJson(body).array()), first,
                         next, qint64(bytes), generation);
    }

Q_SIGNALS:
    void pageReady(const dyna::dynamo::WirePage &page, qint64 first, qint64 next, qint64 jsonBytes,
                   int generation);

private:
    qint64 m_total;
};

class ThreadedPageSource : public models::ItemPageSource
{
    Q_OBJECT
public:
    explicit ThreadedPageSource(qint64 total)
        : m_worker(new PageWorker(total))
        , m_total(total)
    {
        m_worker->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        connect(m_worker, &PageWorker::pageReady, this, &ThreadedPageSource::onPageReady);
        m_thread.start();
    }
    ~ThreadedPageSource() override
    {
        m_thread.quit();
        m_thread.wait();
    }

    void requestPage(const QJsonObject &exclusiveStartKey) override
    {
        const qint64 first = exclusiveStartKey.value(QLatin1String("sk"))
                                 .toObject()
                                 .value(QLatin1String("N"))
                                 .toString()
                                 .toLongLong();
        const int generation = ++m_generation;
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, first, generation] {
            worker->produce(first, generation);
        });
    }
    void cancel() override { ++m_generation; }

    qint64 jsonBytes() const { return m_jsonBytes; }

private:
    void onPageReady(const dynamo::WirePage &page, qint64 first, qint64 next, qint64 jsonBytes,
                     int generation)
    {
        Q_UNUSED(first)
        if (generation != m_generation)
            return;
        m_jsonBytes += jsonBytes;
        const QJsonObject key =
            next < m_total
                ? QJsonObject{{QStringLiteral("sk"), attribute("N", QString::number(next))}}
                : QJsonObject{};
        Q_EMIT pageArrived(page, key, 0.5 * double(jsonBytes) / 4096.0, int(page.size()),
                           int(page.size()));
    }

    QThread m_thread;
    PageWorker *m_worker;
    qint64 m_total;
    int m_generation = 0;
    qint64 m_jsonBytes = 0;
};

void print(const char *name, const QString &value)
{
    std::printf("%-28s %s\n", name, qPrintable(value));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    qint64 total = 1000000;
    const QStringList args = QCoreApplication::arguments();
    const qsizetype itemsArg = args.indexOf(QStringLiteral("--items"));
    if (itemsArg > 0 && itemsArg + 1 < args.size())
        total = args.at(itemsArg + 1).toLongLong();
    if (total <= 0) {
        std::fprintf(stderr, "usage: bench_item_model [--items N]\n");
        return 2;
    }

    const qint64 hwmBefore = statusKiB("VmHWM");
    const qint64 rssBefore = statusKiB("VmRSS");

    ThreadedPageSource source(total);
    models::ItemTableModel model;
    QTableView view;
    view.resize(1200, 800);
    view.setModel(&model);
    view.show();

    // The longest gap between ticks of a 1 ms timer: how long the window could not repaint.
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 longestStall = 0;
    int stallsOver50 = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        const qint64 gap = now - lastTick;
        longestStall = std::max(longestStall, gap);
        if (gap > 50 * 1000000LL)
            ++stallsOver50;
        lastTick = now;
    });

    // A user dragging the scroll bar to the end: the view then asks the model for more itself.
    int viewFetches = 0;
    QObject::connect(&model, &models::ItemTableModel::rowsInserted, &app,
                     [&] { QTimer::singleShot(0, &view, [&] { view.scrollToBottom(); }); });
    QObject::connect(&model, &models::ItemTableModel::loadingChanged, &app, [&](bool loading) {
        if (loading)
            ++viewFetches;
    });
    QObject::connect(&model, &models::ItemTableModel::statusChanged, &app, [&] {
        if (model.isComplete() && model.pageCount() > 0)
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
    });
    // Safety net should the view not ask (it only does when the last row is visible).
    int nudges = 0;
    QTimer nudge;
    nudge.setInterval(100);
    QObject::connect(&nudge, &QTimer::timeout, &app, [&] {
        if (model.canFetchMore()) {
            ++nudges;
            model.fetchMore();
        }
    });

    clock.start();
    ticker.start();
    nudge.start();
    model.setSource(&source, {QStringLiteral("pk"), QStringLiteral("sk")});
    model.fetchMore();
    app.exec();
    const qint64 elapsedMs = clock.elapsed();
    ticker.stop();
    nudge.stop();

    const qint64 hwmAfter = statusKiB("VmHWM");
    const qint64 rssAfter = statusKiB("VmRSS");
    const double jsonMiB = double(source.jsonBytes()) / (1024.0 * 1024.0);
    const double modelMiB = double(model.memoryEstimate()) / (1024.0 * 1024.0);
    const double grownMiB = double(hwmAfter - hwmBefore) / 1024.0;

    print("items", QString::number(model.rowCount()));
    print("columns", QString::number(model.columnCount()));
    print("pages", QString::number(model.pageCount()));
    print("total time ms", QString::number(elapsedMs));
    print("items per second", QString::number(qint64(double(model.rowCount()) * 1000.0 /
                                                     double(std::max<qint64>(elapsedMs, 1)))));
    print("items JSON MiB", QString::number(jsonMiB, 'f', 1));
    print("model stored JSON MiB",
          QString::number(double(model.storedJsonBytes()) / (1024.0 * 1024.0), 'f', 1));
    print("model memory estimate MiB", QString::number(modelMiB, 'f', 1));
    print("model / JSON", QString::number(modelMiB / jsonMiB, 'f', 2));
    print("VmHWM before MiB", QString::number(double(hwmBefore) / 1024.0, 'f', 1));
    print("VmRSS before MiB", QString::number(double(rssBefore) / 1024.0, 'f', 1));
    print("VmHWM after MiB", QString::number(double(hwmAfter) / 1024.0, 'f', 1));
    print("VmRSS after MiB", QString::number(double(rssAfter) / 1024.0, 'f', 1));
    print("peak growth / JSON", QString::number(grownMiB / jsonMiB, 'f', 2));
    print("longest stall ms", QString::number(double(longestStall) / 1e6, 'f', 1));
    print("stalls over 50 ms", QString::number(stallsOver50));
    print("fetches (view / nudged)",
          QStringLiteral("%1 / %2").arg(viewFetches - nudges).arg(nudges));
    return model.rowCount() == total ? 0 : 1;
}

#include "bench_item_model.moc"
