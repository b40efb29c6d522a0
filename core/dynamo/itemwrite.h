#pragma once

#include "attributevalue.h"

#include "aws/job.h"

#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace dyna::aws {
class AwsClient;
class RequestJob;
} // namespace dyna::aws

namespace dyna::dynamo {

class BatchWriteJob;

// The key attributes of item (those of keyAttributes it has).
Item itemKey(const Item &item, const QStringList &keyAttributes);

// nullopt when edited keeps every key attribute of original; otherwise a sentence naming the
// changed attribute. A changed key is refused rather than turned into put-new + delete-old: that
// would be a different operation than "save", and Duplicate already offers it explicitly.
std::optional<QString> checkKeyUnchanged(const Item &original, const Item &edited,
                                         const QStringList &keyAttributes);

// PutItem input that writes edited only if the stored item is still the one the user started
// from: every attribute of original must still hold its original value (DynamoDB's `=` compares
// sets, lists and maps by value), and every attribute that edited adds must still be absent.
// DynamoDB cannot say "no other attributes", so an attribute that another writer added and that
// neither item names is not detected. An empty original means a new item: the condition is
// attribute_not_exists on the partition key, so a new item never overwrites one.
// Names and values go through #a0.. and :v0.. placeholders in wire form.
QJsonObject conditionalPut(const QString &table, const Item &original, const Item &edited,
                           const QStringList &keyAttributes);

// UpdateItem input that turns original into edited (SET what changed or was added, REMOVE what
// was dropped) under the same condition as conditionalPut. Unlike a put, it leaves alone any
// attribute another writer added that neither item names.
QJsonObject conditionalUpdate(const QString &table, const Item &original, const Item &edited,
                              const QStringList &keyAttributes);

// DeleteItem input that deletes original only if it is unchanged (same rule as above).
QJsonObject conditionalDelete(const QString &table, const Item &original,
                              const QStringList &keyAttributes);

// Saves a new item with conditionalPut, an edited one with conditionalUpdate. The size limit is
// checked before anything is sent. When the condition fails, the job finishes with the Conflict
// error and the item as DynamoDB now holds it (from the failed put's old image when the endpoint
// returns one, else a consistent GetItem), so the user can compare before deciding.
class SaveItemJob : public aws::Job
{
    Q_OBJECT
public:
    // An empty original saves a new item.
    SaveItemJob(aws::AwsClient *client, QString table, QStringList keyAttributes, Item original,
                Item edited, QObject *parent = nullptr);

    void start() override;
    void cancel() override;

    const Item &savedItem() const { return m_edited; }
    // Write capacity units the save consumed, as DynamoDB reported them.
    double consumedCapacity() const { return m_consumedCapacity; }
    bool isConflict() const;
    // After a conflict: true when the current item could be read (currentItem() is then
    // meaningful: nullopt means the item no longer exists).
    bool isCurrentItemKnown() const { return m_currentKnown; }
    const std::optional<Item> &currentItem() const { return m_current; }

private:
    void onPutFinished(aws::RequestJob *job);
    void onGetFinished(aws::RequestJob *job);

    QPointer<aws::AwsClient> m_client;
    QString m_table;
    QStringList m_keyAttributes;
    Item m_original;
    Item m_edited;
    double m_consumedCapacity = 0;
    aws::AwsError m_conflict;
    std::optional<Item> m_current;
    bool m_currentKnown = false;
    QPointer<aws::RequestJob> m_running;
};

// Deletes items: one with a DeleteItem conditional on it being unchanged, several with
// BatchWriteItem (unconditional: BatchWriteItem takes no conditions) and progress.
class DeleteItemsJob : public aws::Job
{
    Q_OBJECT
public:
    DeleteItemsJob(aws::AwsClient *client, QString table, QStringList keyAttributes,
                   QList<Item> items, QObject *parent = nullptr);

    void start() override;
    void cancel() override;

    int total() const { return int(m_items.size()); }
    int deleted() const { return m_deleted; }

Q_SIGNALS:
    void progress(int deleted, int total);

private:
    QPointer<aws::AwsClient> m_client;
    QString m_table;
    QStringList m_keyAttributes;
    QList<Item> m_items;
    int m_deleted = 0;
    QPointer<aws::Job> m_running;
};

} // namespace dyna::dynamo
