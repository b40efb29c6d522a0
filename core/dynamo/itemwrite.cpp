#include "itemwrite.h"

#include "batchwritejob.h"
#include "consumedcapacity.h"
#include "itemsize.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"

#include <QCoreApplication>

namespace dyna::dynamo {

namespace {

const QString kPutItem = QStringLiteral("PutItem");
const QString kConditionalCheckFailed = QStringLiteral("ConditionalCheckFailedException");

// Collects a condition (and, for updates, SET / REMOVE clauses) with #aN / :vN placeholders;
// a name used twice shares its placeholder.
class ConditionBuilder
{
public:
    QString name(const QString &attribute)
    {
        for (auto it = m_names.constBegin(); it != m_names.constEnd(); ++it) {
            if (it.value().toString() == attribute)
                return it.key();
        }
        const QString placeholder = QLatin1String("#a") + QString::number(m_names.size());
        m_names.insert(placeholder, attribute);
        return placeholder;
    }
    QString value(const AttributeValue &value)
    {
        const QString placeholder = QLatin1String(":v") + QString::number(m_values.size());
        m_values.insert(placeholder, value.toWire());
        return placeholder;
    }
    void requireEqual(const QString &attribute, const AttributeValue &current)
    {
        m_clauses.append(QStringLiteral("%1 = %2").arg(name(attribute), value(current)));
    }
    void requireAbsent(const QString &attribute)
    {
        m_clauses.append(QStringLiteral("attribute_not_exists(%1)").arg(name(attribute)));
    }
    void set(const QString &attribute, const AttributeValue &newValue)
    {
        m_sets.append(QStringLiteral("%1 = %2").arg(name(attribute), value(newValue)));
    }
    void remove(const QString &attribute) { m_removes.append(name(attribute)); }
    void addTo(QJsonObject &input) const
    {
        QStringList update;
        if (!m_sets.isEmpty())
            update.append(QStringLiteral("SET ") + m_sets.join(QLatin1String(", ")));
        if (!m_removes.isEmpty())
            update.append(QStringLiteral("REMOVE ") + m_removes.join(QLatin1String(", ")));
        if (!update.isEmpty())
            input.insert(QStringLiteral("UpdateExpression"), update.join(QLatin1Char(' ')));
        if (!m_clauses.isEmpty()) {
            input.insert(QStringLiteral("ConditionExpression"),
                         m_clauses.join(QLatin1String(" AND ")));
        }
        if (!m_names.isEmpty())
            input.insert(QStringLiteral("ExpressionAttributeNames"), m_names);
        if (!m_values.isEmpty())
            input.insert(QStringLiteral("ExpressionAttributeValues"), m_values);
    }

private:
    QStringList m_clauses;
    QStringList m_sets;
    QStringList m_removes;
    QJsonObject m_names;
    QJsonObject m_values;
};

ConditionBuilder unchangedCondition(const Item &original)
{
    ConditionBuilder condition;
    for (auto it = original.cbegin(); it != original.cend(); ++it)
        condition.requireEqual(it.key(), it.value());
    return condition;
}

} // namespace

Item itemKey(const Item &item, const QStringList &keyAttributes)
{
    Item key;
    for (const QString &name : keyAttributes) {
        const auto it = item.constFind(name);
        if (it != item.cend())
            key.insert(name, it.value());
    }
    return key;
}

std::optional<QString> checkKeyUnchanged(const Item &original, const Item &edited,
                                         const QStringList &keyAttributes)
{
    for (const QString &name : keyAttributes) {
        if (!edited.contains(name)) {
            return QCoreApplication::translate(
                       "ItemWrite", "The key attribute \"%1\" is missing; every item needs its "
                                    "full primary key.")
                .arg(name);
        }
        if (!original.isEmpty() && original.value(name) != edited.value(name)) {
            return QCoreApplication::translate(
                       "ItemWrite", "The key attribute \"%1\" was changed. A saved item keeps its "
                                    "key; use Duplicate to store a copy under a new key.")
                .arg(name);
        }
    }
    return std::nullopt;
}

QJsonObject conditionalPut(const QString &table, const Item &original, const Item &edited,
                           const QStringList &keyAttributes)
{
    QJsonObject input{{QStringLiteral("TableName"), table},
                      {QStringLiteral("Item"), itemToWire(edited)}};
    ConditionBuilder condition;
    if (original.isEmpty()) {
        if (!keyAttributes.isEmpty())
            condition.requireAbsent(keyAttributes.first());
    } else {
        condition = unchangedCondition(original);
        for (auto it = edited.cbegin(); it != edited.cend(); ++it) {
            if (!original.contains(it.key()))
                condition.requireAbsent(it.key());
        }
    }
    condition.addTo(input);
    input.insert(QStringLiteral("ReturnValuesOnConditionCheckFailure"), QStringLiteral("ALL_OLD"));
    input.insert(QStringLiteral("ReturnConsumedCapacity"), QStringLiteral("TOTAL"));
    return input;
}

QJsonObject conditionalUpdate(const QString &table, const Item &original, const Item &edited,
                              const QStringList &keyAttributes)
{
    QJsonObject input{{QStringLiteral("TableName"), table},
                      {QStringLiteral("Key"), itemToWire(itemKey(original, keyAttributes))}};
    ConditionBuilder builder = unchangedCondition(original);
    for (auto it = edited.cbegin(); it != edited.cend(); ++it) {
        if (keyAttributes.contains(it.key()))
            continue;
        const auto before = original.constFind(it.key());
        if (before == original.cend())
            builder.requireAbsent(it.key());
        if (before == original.cend() || before.value() != it.value())
            builder.set(it.key(), it.value());
    }
    for (auto it = original.cbegin(); it != original.cend(); ++it) {
        if (!edited.contains(it.key()))
            builder.remove(it.key());
    }
    builder.addTo(input);
    input.insert(QStringLiteral("ReturnValuesOnConditionCheckFailure"), QStringLiteral("ALL_OLD"));
    input.insert(QStringLiteral("ReturnConsumedCapacity"), QStringLiteral("TOTAL"));
    return input;
}

QJsonObject conditionalDelete(const QString &table, const Item &original,
                              const QStringList &keyAttributes)
{
    QJsonObject input{{QStringLiteral("TableName"), table},
                      {QStringLiteral("Key"), itemToWire(itemKey(original, keyAttributes))}};
    unchangedCondition(original).addTo(input);
    input.insert(QStringLiteral("ReturnValuesOnConditionCheckFailure"), QStringLiteral("ALL_OLD"));
    input.insert(QStringLiteral("ReturnConsumedCapacity"), QStringLiteral("TOTAL"));
    return input;
}

SaveItemJob::SaveItemJob(aws::AwsClient *client, QString table, QStringList keyAttributes,
                         Item original, Item edited, QObject *parent)
    : aws::Job(parent)
    , m_client(client)
    , m_table(std::move(table))
    , m_keyAttributes(std::move(keyAttributes))
    , m_original(std::move(original))
    , m_edited(std::move(edited))
{}

bool SaveItemJob::isConflict() const
{
    return error().code == kConditionalCheckFailed;
}

void SaveItemJob::start()
{
    // Checked here, not only in the client's preflight, so the refusal names the item's largest
    // attribute in a sentence of its own and nothing is queued.
    if (const auto tooLarge = checkItemSize(m_edited)) {
        QMetaObject::invokeMethod(
            this,
            [this, sentence = *tooLarge] {
                finish(aws::AwsError::localFailure(aws::ErrorKind::Validation, kPutItem,
                                                   QStringLiteral("ItemTooLarge"), sentence));
            },
            Qt::QueuedConnection);
        return;
    }
    if (const auto keyError = checkKeyUnchanged(m_original, m_edited, m_keyAttributes)) {
        QMetaObject::invokeMethod(
            this,
            [this, sentence = *keyError] {
                finish(aws::AwsError::localFailure(aws::ErrorKind::Validation, kPutItem,
                                                   QStringLiteral("KeyChanged"), sentence));
            },
            Qt::QueuedConnection);
        return;
    }
    if (!m_client) {
        QMetaObject::invokeMethod(
            this, [this] { finish(aws::AwsError::cancelled(kPutItem)); }, Qt::QueuedConnection);
        return;
    }
    // A new item is put (never over an existing one); an edited one is updated, so attributes
    // another writer added meanwhile, which neither version names, survive the save.
    auto *job =
        m_original.isEmpty()
            ? m_client->call(aws::Service::DynamoDb, kPutItem,
                             conditionalPut(m_table, m_original, m_edited, m_keyAttributes))
            : m_client->call(aws::Service::DynamoDb, QStringLiteral("UpdateItem"),
                             conditionalUpdate(m_table, m_original, m_edited, m_keyAttributes));
    connect(job, &aws::Job::finished, this, [this, job] { onPutFinished(job); });
    m_running = job;
    job->start();
}

void SaveItemJob::cancel()
{
    if (m_running)
        m_running->cancel();
    finish(aws::AwsError::cancelled(kPutItem));
}

void SaveItemJob::onPutFinished(aws::RequestJob *job)
{
    m_running = nullptr;
    m_consumedCapacity = dynamo::consumedCapacity(job->operation(), job->response()).total;
    const aws::AwsError putError = job->error();
    if (putError.code != kConditionalCheckFailed || !m_client) {
        finish(putError);
        return;
    }
    m_conflict = putError;
    if (!putError.item.isEmpty()) {
        QString parseError;
        const Item current = itemFromWire(putError.item, &parseError);
        if (parseError.isEmpty()) {
            m_current = current;
            m_currentKnown = true;
            finish(m_conflict);
            return;
        }
    }
    // No old image: either the endpoint does not return one or the item no longer exists.
    auto *get =
        m_client->call(aws::Service::DynamoDb, QStringLiteral("GetItem"),
                       {{QStringLiteral("TableName"), m_table},
                        {QStringLiteral("Key"), itemToWire(itemKey(m_edited, m_keyAttributes))},
                        {QStringLiteral("ConsistentRead"), true}});
    connect(get, &aws::Job::finished, this, [this, get] { onGetFinished(get); });
    m_running = get;
    get->start();
}

void SaveItemJob::onGetFinished(aws::RequestJob *job)
{
    m_running = nullptr;
    if (!job->error().isError()) {
        const QJsonObject wire = job->response().value(QStringLiteral("Item")).toObject();
        QString parseError;
        const Item current = itemFromWire(wire, &parseError);
        if (parseError.isEmpty()) {
            m_currentKnown = true;
            if (!wire.isEmpty())
                m_current = current;
        }
    }
    finish(m_conflict);
}

DeleteItemsJob::DeleteItemsJob(aws::AwsClient *client, QString table, QStringList keyAttributes,
                               QList<Item> items, QObject *parent)
    : aws::Job(parent)
    , m_client(client)
    , m_table(std::move(table))
    , m_keyAttributes(std::move(keyAttributes))
    , m_items(std::move(items))
{}

void DeleteItemsJob::start()
{
    if (!m_client || m_items.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(m_client ? aws::AwsError{}
                                : aws::AwsError::cancelled(QStringLiteral("DeleteItem")));
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_items.size() == 1) {
        auto *job =
            m_client->call(aws::Service::DynamoDb, QStringLiteral("DeleteItem"),
                           conditionalDelete(m_table, m_items.constFirst(), m_keyAttributes));
        connect(job, &aws::Job::finished, this, [this, job] {
            if (!job->error().isError()) {
                m_deleted = 1;
                Q_EMIT progress(m_deleted, total());
            }
            finish(job->error());
        });
        m_running = job;
        job->start();
        return;
    }
    QList<BatchWriteJob::WriteRequest> requests;
    requests.reserve(m_items.size());
    for (const Item &item : std::as_const(m_items))
        requests.append(BatchWriteJob::remove(m_table, itemToWire(itemKey(item, m_keyAttributes))));
    auto *batch = new BatchWriteJob(m_client, std::move(requests), this);
    batch->setAutoDelete(true);
    connect(batch, &BatchWriteJob::progress, this, [this](int written, int) {
        m_deleted = written;
        Q_EMIT progress(m_deleted, total());
    });
    connect(batch, &aws::Job::finished, this, [this, batch] {
        m_deleted = batch->written();
        finish(batch->error());
    });
    m_running = batch;
    batch->start();
}

void DeleteItemsJob::cancel()
{
    if (m_running)
        m_running->cancel();
    finish(aws::AwsError::cancelled(QStringLiteral("DeleteItem")));
}

} // namespace dyna::dynamo
