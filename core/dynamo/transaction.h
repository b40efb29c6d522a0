#pragma once

#include "attributevalue.h"
#include "consumedcapacity.h"

#include "aws/job.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>

#include <optional>

namespace dyna::aws {
class AwsClient;
class RequestJob;
} // namespace dyna::aws

namespace dyna::dynamo {

// One action of a TransactWriteItems (Put, Update, Delete, ConditionCheck) or TransactGetItems
// (Get) call. Rows may name different tables.
struct TransactionRow
{
    enum Kind { Put, Update, Delete, ConditionCheck, Get };

    Kind kind = Put;
    QString table;
    Item item; // Put
    Item key;  // every other kind
    QString updateExpression;
    QString conditionExpression;
    QString projection; // Get
    QJsonObject names;  // ExpressionAttributeNames: "#n" -> "name"
    QJsonObject values; // ExpressionAttributeValues in wire form: ":v" -> {"S": "x"}
};

// DynamoDB's limit on the actions of one transaction (raised from 25 in 2022).
inline constexpr int kMaxTransactionRows = 100;

// The wire member of the kind: "Put", "Update", "Delete", "ConditionCheck", "Get".
QString transactionKindName(TransactionRow::Kind kind);

// TransactWriteItems input for rows (every row a write kind), with ClientRequestToken set to
// token when it is not empty. Problems DynamoDB would reject are found here, first problem
// only, as a sentence naming the row ("Row 2 (Update): ..."): 1 to 100 rows, the table, the key
// (the item for Put), the 400 KB item limit, the expressions each kind needs, every #name and
// :value placeholder defined and every defined one used, and no item touched by two rows
// (DynamoDB refuses "multiple operations on one item"). Two Puts are compared only when their
// items are equal, since the key schema is not known here. On error: an empty object, the
// sentence in *error and the 0-based row in *errorRow (-1 for the whole transaction).
QJsonObject transactWriteRequest(const QList<TransactionRow> &rows, const QString &token,
                                 QString *error, int *errorRow = nullptr);
// TransactGetItems input for rows (every row a Get), checked the same way.
QJsonObject transactGetRequest(const QList<TransactionRow> &rows, QString *error,
                               int *errorRow = nullptr);

// Runs one transaction. A write transaction always carries a ClientRequestToken: the one given,
// or a fresh UUID when it is empty, so that running the same job's token again within 10 minutes
// is idempotent. When DynamoDB cancels the transaction, its reasons are kept one per row (code
// "None" for rows that were fine); a Get transaction keeps one item per row.
class TransactionJob : public aws::Job
{
    Q_OBJECT
public:
    enum class Mode { Write, Get };

    TransactionJob(aws::AwsClient *client, Mode mode, QList<TransactionRow> rows,
                   const QString &token = {}, QObject *parent = nullptr);

    void start() override;
    void cancel() override;

    Mode mode() const { return m_mode; }
    QString operation() const;
    const QList<TransactionRow> &rows() const { return m_rows; }
    // The ClientRequestToken sent (Write); empty for Get.
    const QString &token() const { return m_token; }
    // The row that failed validation before anything was sent; -1 otherwise.
    int errorRow() const { return m_errorRow; }
    // True when DynamoDB cancelled the transaction (TransactionCanceledException).
    bool isCancelledTransaction() const;
    // After a cancelled transaction: one reason per row, in row order.
    QList<aws::CancellationReason> cancellationReasons() const;
    // After a Get: one entry per row, nullopt when the item does not exist.
    const QList<std::optional<Item>> &items() const { return m_items; }
    CapacityUsage consumedCapacity() const { return m_capacity; }

private:
    void onCallFinished(aws::RequestJob *job);

    QPointer<aws::AwsClient> m_client;
    Mode m_mode;
    QList<TransactionRow> m_rows;
    QString m_token;
    int m_errorRow = -1;
    QList<std::optional<Item>> m_items;
    CapacityUsage m_capacity;
    QPointer<aws::RequestJob> m_running;
};

} // namespace dyna::dynamo
