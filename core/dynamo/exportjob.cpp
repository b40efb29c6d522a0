#include "exportjob.h"

#include "pagination.h"
#include "parallelscanjob.h"

#include "aws/awsclient.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dyna::dynamo {

namespace {
const QString kOperation = QStringLiteral("Export");
// Items written per event-loop turn, so a large export of the items at hand stays cancellable.
constexpr qsizetype kSliceItems = 1000;
} // namespace

ExportJob::ExportJob(QList<Item> items, QString fileName, ItemFileFormat format,
                     QStringList leadingKeys, QObject *parent)
    : aws::Job(parent)
    , m_given(std::move(items))
    , m_fileName(std::move(fileName))
    , m_writer(std::make_unique<ItemFileWriter>(m_fileName, format, std::move(leadingKeys)))
{}

ExportJob::ExportJob(aws::AwsClient *client, QString operation, QJsonObject input, QString fileName,
                     ItemFileFormat format, QStringList leadingKeys, QObject *parent)
    : aws::Job(parent)
    , m_client(client)
    , m_operation(std::move(operation))
    , m_input(std::move(input))
    , m_fileName(std::move(fileName))
    , m_writer(std::make_unique<ItemFileWriter>(m_fileName, format, std::move(leadingKeys)))
    , m_fromTable(true)
{}

ExportJob::~ExportJob() = default;

qint64 ExportJob::bytes() const
{
    return m_writer ? m_writer->bytesWritten() : 0;
}

void ExportJob::start()
{
    QMetaObject::invokeMethod(this, &ExportJob::begin, Qt::QueuedConnection);
}

void ExportJob::cancel()
{
    if (isFinished())
        return;
    m_writer->cancel();
    finish(aws::AwsError::cancelled(kOperation));
    if (m_pages)
        m_pages->cancel();
}

void ExportJob::begin()
{
    if (isFinished())
        return;
    if (!m_writer->open()) {
        fail(aws::AwsError::localFailure(aws::ErrorKind::Validation, kOperation,
                                         QStringLiteral("FileError"), m_writer->errorString()));
        return;
    }
    if (!m_fromTable) {
        writeSlice();
        return;
    }
    if (!m_client) {
        fail(aws::AwsError::cancelled(kOperation));
        return;
    }
    if (m_segments > 1 && m_operation == QLatin1String("Scan")) {
        auto *scan =
            new ParallelScanJob(m_client, m_input, m_segments, WirePage::Items::Decoded, this);
        connect(scan, &ParallelScanJob::page, this,
                [this](int, const WirePage &page) { onPage(page); });
        m_pages = scan;
    } else {
        auto *pages =
            new PaginatedJob(m_client, aws::Service::DynamoDb, m_operation, m_input, this);
        pages->setItems(WirePage::Items::Decoded);
        connect(pages, &PaginatedJob::wirePage, this,
                [this](PaginatedJob *, const WirePage &page) { onPage(page); });
        m_pages = pages;
    }
    connect(m_pages, &aws::Job::finished, this, &ExportJob::onPagesFinished);
    m_pages->start();
}

void ExportJob::writeSlice()
{
    if (isFinished())
        return;
    const qsizetype end = qMin(m_given.size(), m_givenDone + kSliceItems);
    for (; m_givenDone < end; ++m_givenDone) {
        if (!writeItem(m_given.at(m_givenDone)))
            return;
    }
    Q_EMIT progress(m_items, bytes());
    if (m_givenDone < m_given.size())
        QMetaObject::invokeMethod(this, &ExportJob::writeSlice, Qt::QueuedConnection);
    else
        complete();
}

bool ExportJob::writeItem(const Item &item)
{
    if (!m_writer->write(item)) {
        fail(aws::AwsError::localFailure(aws::ErrorKind::Validation, kOperation,
                                         QStringLiteral("FileError"), m_writer->errorString()));
        return false;
    }
    ++m_items;
    return true;
}

void ExportJob::onPage(const WirePage &page)
{
    if (isFinished())
        return;
    // Items that are not valid DynamoDB JSON already failed the page when it was read.
    for (const Item &item : page.items) {
        if (!writeItem(item))
            return;
    }
    Q_EMIT progress(m_items, bytes());
}

void ExportJob::onPagesFinished()
{
    if (isFinished())
        return;
    if (m_pages->error().isError()) {
        fail(m_pages->error());
        return;
    }
    complete();
}

void ExportJob::complete()
{
    if (!m_writer->commit()) {
        fail(aws::AwsError::localFailure(aws::ErrorKind::Validation, kOperation,
                                         QStringLiteral("FileError"), m_writer->errorString()));
        return;
    }
    Q_EMIT progress(m_items, bytes());
    finish({});
}

void ExportJob::fail(const aws::AwsError &error)
{
    m_writer->cancel();
    if (m_pages)
        m_pages->cancel();
    finish(error);
}

} // namespace dyna::dynamo
