#include "importjob.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "batchwritejob.h"
#include "itemsize.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dyna::dynamo {

namespace {
const QString kOperation = QStringLiteral("Import");
// Records checked per event-loop turn during the first reading.
constexpr int kSliceRecords = 2000;

// lupdate files these strings under the context they are looked up by; a free tr() would
// be filed under the namespace, where no lookup finds its translations.
struct ImportJobText
{
    Q_DECLARE_TR_FUNCTIONS(ImportJob)
};
} // namespace

ImportJob::ImportJob(aws::AwsClient *client, QString tableName, QString fileName,
                     ItemFileFormat format, QObject *parent)
    : aws::Job(parent)
    , m_client(client)
    , m_tableName(std::move(tableName))
    , m_fileName(std::move(fileName))
    , m_format(format)
{}

ImportJob::~ImportJob() = default;

std::optional<QString> ImportJob::checkItem(const Item &item, const QList<KeyAttribute> &key)
{
    for (const KeyAttribute &attribute : key) {
        const auto value = item.constFind(attribute.name);
        const QLatin1StringView type = AttributeValue::typeCode(attribute.type);
        if (value == item.cend()) {
            return ImportJobText::tr("The item has no \"%1\", which is part of the table's key.")
                .arg(attribute.name);
        }
        if (value->type() != attribute.type) {
            return ImportJobText::tr(
                       "\"%1\" is part of the table's key and must be of type %2, but it is of "
                       "type %3.")
                .arg(attribute.name, type, AttributeValue::typeCode(value->type()));
        }
        if ((attribute.type == AttributeValue::Type::String && value->string().isEmpty()) ||
            (attribute.type == AttributeValue::Type::Binary && value->binary().isEmpty())) {
            return ImportJobText::tr("\"%1\" is part of the table's key and cannot be empty.")
                .arg(attribute.name);
        }
    }
    return checkItemSize(item);
}

void ImportJob::start()
{
    QMetaObject::invokeMethod(this, &ImportJob::begin, Qt::QueuedConnection);
}

void ImportJob::cancel()
{
    if (isFinished())
        return;
    finish(aws::AwsError::cancelled(kOperation));
    if (m_current)
        m_current->cancel();
}

void ImportJob::fail(const aws::AwsError &error)
{
    finish(error);
    if (m_current)
        m_current->cancel();
}

void ImportJob::begin()
{
    if (isFinished())
        return;
    if (!m_client) {
        fail(aws::AwsError::cancelled(kOperation));
        return;
    }
    if (!m_key.isEmpty()) {
        openFile();
        return;
    }
    auto *job = m_client->call(aws::Service::DynamoDb, QStringLiteral("DescribeTable"),
                               {{QStringLiteral("TableName"), m_tableName}});
    connect(job, &aws::Job::finished, this, [this, job] { onDescribed(job); });
    m_current = job;
    job->start();
}

void ImportJob::onDescribed(aws::RequestJob *job)
{
    if (isFinished())
        return;
    if (job->error().isError()) {
        fail(job->error());
        return;
    }
    const QJsonObject table = job->response().value(QStringLiteral("Table")).toObject();
    QHash<QString, QString> types;
    for (const auto &definition : table.value(QStringLiteral("AttributeDefinitions")).toArray()) {
        const QJsonObject object = definition.toObject();
        types.insert(object.value(QStringLiteral("AttributeName")).toString(),
                     object.value(QStringLiteral("AttributeType")).toString());
    }
    for (const auto &element : table.value(QStringLiteral("KeySchema")).toArray()) {
        const QJsonObject object = element.toObject();
        const QString name = object.value(QStringLiteral("AttributeName")).toString();
        const KeyAttribute attribute{name, AttributeValue::typeFromCode(types.value(name))};
        if (object.value(QStringLiteral("KeyType")).toString() == u"HASH")
            m_key.prepend(attribute);
        else
            m_key.append(attribute);
    }
    if (m_key.isEmpty()) {
        fail(aws::AwsError::localFailure(
            aws::ErrorKind::Validation, kOperation, QStringLiteral("NoKeySchema"),
            ImportJobText::tr("DynamoDB did not say what the key of table \"%1\" is.")
                .arg(m_tableName)));
        return;
    }
    openFile();
}

void ImportJob::openFile()
{
    m_file.setFileName(m_fileName);
    if (!m_file.open(QIODevice::ReadOnly)) {
        fail(aws::AwsError::localFailure(
            aws::ErrorKind::Validation, kOperation, QStringLiteral("FileError"),
            ImportJobText::tr("Could not open \"%1\": %2").arg(m_fileName, m_file.errorString())));
        return;
    }
    m_reader = std::make_unique<ItemFileReader>(&m_file, m_format);
    checkSlice();
}

void ImportJob::checkSlice()
{
    if (isFinished())
        return;
    for (int i = 0; i < kSliceRecords; ++i) {
        const auto record = m_reader->next();
        if (!record) {
            // Second reading: the same records, now written.
            m_file.seek(0);
            m_reader = std::make_unique<ItemFileReader>(&m_file, m_format);
            Q_EMIT progress(0, m_total);
            writeNextChunk();
            return;
        }
        ++m_report.records;
        if (record->error) {
            m_report.rejected.append(*record->error);
        } else if (const auto problem = checkItem(record->item, m_key)) {
            m_report.rejected.append({record->line, *problem, record->text});
        } else {
            ++m_total;
        }
    }
    QMetaObject::invokeMethod(this, &ImportJob::checkSlice, Qt::QueuedConnection);
}

QByteArray ImportJob::keyText(const Item &item) const
{
    Item key;
    for (const KeyAttribute &attribute : m_key)
        key.insert(attribute.name, item.value(attribute.name));
    return itemToWireText(key, JsonFormat::Compact);
}

void ImportJob::writeNextChunk()
{
    if (isFinished())
        return;
    m_chunk.clear();
    QSet<QByteArray> keys;
    if (m_carry) {
        keys.insert(keyText(m_carry->item));
        m_chunk.append(*std::exchange(m_carry, std::nullopt));
    }
    while (m_chunk.size() < kChunkItems) {
        const auto record = m_reader->next();
        if (!record)
            break;
        // Rejected records were reported by the first reading.
        if (record->error || checkItem(record->item, m_key))
            continue;
        Pending pending{record->line, record->text, record->item};
        const QByteArray key = keyText(record->item);
        if (keys.contains(key)) {
            m_carry = std::move(pending);
            break;
        }
        keys.insert(key);
        m_chunk.append(std::move(pending));
    }
    if (m_chunk.isEmpty()) {
        finish({});
        return;
    }
    sendChunk();
}

void ImportJob::sendChunk()
{
    QList<BatchWriteJob::WriteRequest> requests;
    for (const Pending &pending : std::as_const(m_chunk))
        requests.append(BatchWriteJob::put(m_tableName, itemToWire(pending.item)));
    auto *job = new BatchWriteJob(m_client, requests, this);
    connect(job, &BatchWriteJob::progress, this,
            [this](int written, int) { Q_EMIT progress(m_report.written + written, m_total); });
    connect(job, &aws::Job::finished, this, [this, job] { onChunkFinished(job); });
    m_current = job;
    job->start();
}

bool ImportJob::isItemLevelError(const aws::AwsError &error)
{
    return error.kind == aws::ErrorKind::Validation || error.kind == aws::ErrorKind::Throttling;
}

void ImportJob::onChunkFinished(BatchWriteJob *job)
{
    job->deleteLater();
    if (isFinished())
        return;
    m_report.calls += job->calls();
    if (!job->error().isError()) {
        m_report.written += int(m_chunk.size());
        Q_EMIT progress(m_report.written, m_total);
        writeNextChunk();
        return;
    }
    if (!isItemLevelError(job->error())) {
        fail(job->error());
        return;
    }
    m_singles = std::exchange(m_chunk, {});
    sendNextSingle();
}

void ImportJob::sendNextSingle()
{
    if (isFinished())
        return;
    if (m_singles.isEmpty()) {
        writeNextChunk();
        return;
    }
    const Pending pending = m_singles.takeFirst();
    auto *job = new BatchWriteJob(
        m_client, {BatchWriteJob::put(m_tableName, itemToWire(pending.item))}, this);
    connect(job, &aws::Job::finished, this,
            [this, job, pending] { onSingleFinished(job, pending); });
    m_current = job;
    job->start();
}

void ImportJob::onSingleFinished(BatchWriteJob *job, const Pending &pending)
{
    job->deleteLater();
    if (isFinished())
        return;
    m_report.calls += job->calls();
    if (!job->error().isError()) {
        ++m_report.written;
        Q_EMIT progress(m_report.written, m_total);
    } else if (isItemLevelError(job->error())) {
        m_report.failed.append({pending.line, job->error().userMessage(), pending.text});
    } else {
        fail(job->error());
        return;
    }
    sendNextSingle();
}

} // namespace dyna::dynamo
