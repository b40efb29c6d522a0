#include "transaction.h"

#include "itemsize.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace dyna::dynamo {

namespace {

const QString kTransactWrite = QStringLiteral("TransactWriteItems");
const QString kTransactGet = QStringLiteral("TransactGetItems");
// DynamoDB's limit on the aggregate size of the items of one transaction.
constexpr qint64 kMaxTransactionBytes = 4 * 1024 * 1024;

// Looked up under the same context lupdate files the strings under (a free TransactionRowText::tr()
// would be filed under the namespace, and its translations never found).
struct TransactionRowText
{
    Q_DECLARE_TR_FUNCTIONS(TransactionRow)
};

QString rowSentence(int index, TransactionRow::Kind kind, const QString &sentence)
{
    return TransactionRowText::tr("Row %1 (%2): %3")
        .arg(index + 1)
        .arg(transactionKindName(kind), sentence);
}

// Placeholders as DynamoDB's expression grammar writes them; expressions have no string
// literals, so a plain scan finds every one.
QSet<QString> placeholders(const QStringList &expressions, QChar sigil)
{
    static const QRegularExpression pattern(QStringLiteral("([#:])[A-Za-z0-9_]+"));
    QSet<QString> found;
    for (const QString &expression : expressions) {
        auto it = pattern.globalMatch(expression);
        while (it.hasNext()) {
            const auto match = it.next();
            if (match.captured(1).front() == sigil)
                found.insert(match.captured(0));
        }
    }
    return found;
}

std::optional<QString> checkPlaceholders(const TransactionRow &row)
{
    QStringList expressions{row.updateExpression, row.conditionExpression, row.projection};
    expressions.removeAll(QString());
    const QSet<QString> usedNames = placeholders(expressions, QLatin1Char('#'));
    const QSet<QString> usedValues = placeholders(expressions, QLatin1Char(':'));
    QStringList used = usedNames.values() + usedValues.values();
    used.sort();
    for (const QString &name : std::as_const(used)) {
        const bool defined = name.startsWith(QLatin1Char('#')) ? row.names.contains(name)
                                                               : row.values.contains(name);
        if (!defined)
            return TransactionRowText::tr(
                       "the placeholder %1 is used in an expression but not defined.")
                .arg(name);
    }
    for (auto it = row.names.begin(); it != row.names.end(); ++it) {
        if (!usedNames.contains(it.key()))
            return TransactionRowText::tr(
                       "the name placeholder %1 is defined but no expression uses it.")
                .arg(it.key());
        if (!it.value().isString() || it.value().toString().isEmpty())
            return TransactionRowText::tr(
                       "the name placeholder %1 must stand for an attribute name.")
                .arg(it.key());
    }
    for (auto it = row.values.begin(); it != row.values.end(); ++it) {
        if (!usedValues.contains(it.key()))
            return TransactionRowText::tr(
                       "the value placeholder %1 is defined but no expression uses it.")
                .arg(it.key());
        QString valueError;
        if (!AttributeValue::fromWire(it.value(), &valueError).isValid())
            return TransactionRowText::tr("the value of %1 is not a DynamoDB value: %2")
                .arg(it.key(), valueError);
    }
    return std::nullopt;
}

std::optional<QString> checkRow(const TransactionRow &row)
{
    if (row.table.trimmed().isEmpty())
        return TransactionRowText::tr("choose a table.");
    if (row.kind == TransactionRow::Put) {
        if (row.item.isEmpty())
            return TransactionRowText::tr(
                "the item is empty; it needs at least the table's key attributes.");
        if (const auto tooLarge = checkItemSize(row.item))
            return *tooLarge;
    } else if (row.key.isEmpty()) {
        return TransactionRowText::tr("the key is empty; give the item's key attributes.");
    }
    if (row.kind == TransactionRow::Update && row.updateExpression.trimmed().isEmpty())
        return TransactionRowText::tr("an update needs an update expression, such as SET #n = :v.");
    if (row.kind == TransactionRow::ConditionCheck && row.conditionExpression.trimmed().isEmpty())
        return TransactionRowText::tr("a condition check needs a condition expression.");
    return checkPlaceholders(row);
}

// Another row's key is the same item as a Put's when the Put's item holds every key attribute
// with the same value: the key names exactly the table's key schema.
bool sameItem(const TransactionRow &a, const TransactionRow &b)
{
    if (a.table != b.table)
        return false;
    const bool aPut = a.kind == TransactionRow::Put;
    const bool bPut = b.kind == TransactionRow::Put;
    if (aPut && bPut)
        return a.item == b.item;
    if (!aPut && !bPut)
        return a.key == b.key;
    const Item &item = aPut ? a.item : b.item;
    const Item &key = aPut ? b.key : a.key;
    for (auto it = key.begin(); it != key.end(); ++it) {
        if (item.value(it.key()) != it.value())
            return false;
    }
    return true;
}

QJsonObject actionFor(const TransactionRow &row)
{
    QJsonObject action{{QStringLiteral("TableName"), row.table}};
    if (row.kind == TransactionRow::Put)
        action.insert(QStringLiteral("Item"), itemToWire(row.item));
    else
        action.insert(QStringLiteral("Key"), itemToWire(row.key));
    if (!row.updateExpression.trimmed().isEmpty() && row.kind == TransactionRow::Update)
        action.insert(QStringLiteral("UpdateExpression"), row.updateExpression);
    if (!row.conditionExpression.trimmed().isEmpty() && row.kind != TransactionRow::Get) {
        action.insert(QStringLiteral("ConditionExpression"), row.conditionExpression);
        // The failing item's current image comes back in its cancellation reason.
        action.insert(QStringLiteral("ReturnValuesOnConditionCheckFailure"),
                      QStringLiteral("ALL_OLD"));
    }
    if (!row.projection.trimmed().isEmpty() && row.kind == TransactionRow::Get)
        action.insert(QStringLiteral("ProjectionExpression"), row.projection);
    if (!row.names.isEmpty())
        action.insert(QStringLiteral("ExpressionAttributeNames"), row.names);
    if (!row.values.isEmpty())
        action.insert(QStringLiteral("ExpressionAttributeValues"), row.values);
    return {{transactionKindName(row.kind), action}};
}

QJsonArray buildActions(const QList<TransactionRow> &rows, bool write, QString *error,
                        int *errorRow)
{
    auto fail = [&](int row, const QString &sentence) {
        if (error)
            *error = sentence;
        if (errorRow)
            *errorRow = row;
        return QJsonArray();
    };
    if (error)
        error->clear();
    if (errorRow)
        *errorRow = -1;
    if (rows.isEmpty())
        return fail(-1, TransactionRowText::tr("A transaction needs at least one row."));
    if (rows.size() > kMaxTransactionRows)
        return fail(-1,
                    TransactionRowText::tr("A transaction holds at most %1 rows; this one has %2.")
                        .arg(kMaxTransactionRows)
                        .arg(rows.size()));
    QJsonArray actions;
    qint64 totalBytes = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const TransactionRow &row = rows.at(i);
        if (write == (row.kind == TransactionRow::Get)) {
            return fail(
                i, rowSentence(
                       i, row.kind,
                       write ? TransactionRowText::tr("a read belongs in a Get transaction.")
                             : TransactionRowText::tr("a write belongs in a Write transaction.")));
        }
        if (const auto problem = checkRow(row))
            return fail(i, rowSentence(i, row.kind, *problem));
        for (int j = 0; j < i; ++j) {
            if (sameItem(rows.at(j), row)) {
                return fail(i, rowSentence(i, row.kind,
                                           TransactionRowText::tr(
                                               "it touches the same item as row %1; DynamoDB "
                                               "allows one action per item in a transaction.")
                                               .arg(j + 1)));
            }
        }
        if (row.kind == TransactionRow::Put)
            totalBytes += itemSize(row.item);
        actions.append(actionFor(row));
    }
    if (totalBytes > kMaxTransactionBytes)
        return fail(-1, TransactionRowText::tr(
                            "The items add up to %1 bytes; DynamoDB's limit for a transaction is "
                            "4 MB (%2 bytes).")
                            .arg(totalBytes)
                            .arg(kMaxTransactionBytes));
    return actions;
}

} // namespace

QString transactionKindName(TransactionRow::Kind kind)
{
    switch (kind) {
    case TransactionRow::Put:
        return QStringLiteral("Put");
    case TransactionRow::Update:
        return QStringLiteral("Update");
    case TransactionRow::Delete:
        return QStringLiteral("Delete");
    case TransactionRow::ConditionCheck:
        return QStringLiteral("ConditionCheck");
    case TransactionRow::Get:
        return QStringLiteral("Get");
    }
    return {};
}

QJsonObject transactWriteRequest(const QList<TransactionRow> &rows, const QString &token,
                                 QString *error, int *errorRow)
{
    const QJsonArray actions = buildActions(rows, true, error, errorRow);
    if (actions.isEmpty())
        return {};
    QJsonObject input{{QStringLiteral("TransactItems"), actions},
                      {QStringLiteral("ReturnConsumedCapacity"), QStringLiteral("TOTAL")}};
    if (!token.isEmpty())
        input.insert(QStringLiteral("ClientRequestToken"), token);
    return input;
}

QJsonObject transactGetRequest(const QList<TransactionRow> &rows, QString *error, int *errorRow)
{
    const QJsonArray actions = buildActions(rows, false, error, errorRow);
    if (actions.isEmpty())
        return {};
    return {{QStringLiteral("TransactItems"), actions},
            {QStringLiteral("ReturnConsumedCapacity"), QStringLiteral("TOTAL")}};
}

TransactionJob::TransactionJob(aws::AwsClient *client, Mode mode, QList<TransactionRow> rows,
                               const QString &token, QObject *parent)
    : aws::Job(parent)
    , m_client(client)
    , m_mode(mode)
    , m_rows(std::move(rows))
{
    if (m_mode == Mode::Write) {
        m_token = token.trimmed().isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                            : token.trimmed();
    }
}

QString TransactionJob::operation() const
{
    return m_mode == Mode::Write ? kTransactWrite : kTransactGet;
}

void TransactionJob::start()
{
    QString problem;
    const QJsonObject input = m_mode == Mode::Write
                                  ? transactWriteRequest(m_rows, m_token, &problem, &m_errorRow)
                                  : transactGetRequest(m_rows, &problem, &m_errorRow);
    if (!problem.isEmpty() || !m_client) {
        const aws::AwsError error =
            m_client ? aws::AwsError::localFailure(aws::ErrorKind::Validation, operation(),
                                                   QStringLiteral("InvalidTransaction"), problem)
                     : aws::AwsError::cancelled(operation());
        // Queued, so `finished` never arrives before the caller has connected to it.
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    m_running = m_client->call(aws::Service::DynamoDb, operation(), input);
    connect(m_running, &aws::Job::finished, this,
            [this, job = m_running.data()] { onCallFinished(job); });
    m_running->start();
}

void TransactionJob::cancel()
{
    if (m_running)
        m_running->cancel();
    else
        finish(aws::AwsError::cancelled(operation()));
}

bool TransactionJob::isCancelledTransaction() const
{
    return error().code == QLatin1String("TransactionCanceledException");
}

QList<aws::CancellationReason> TransactionJob::cancellationReasons() const
{
    if (!isCancelledTransaction())
        return {};
    // Rows DynamoDB gave no reason for (an endpoint that reports fewer) did not cause it.
    QList<aws::CancellationReason> reasons = error().cancellationReasons;
    while (reasons.size() < m_rows.size())
        reasons.append({QStringLiteral("None"), {}, {}});
    return reasons.mid(0, m_rows.size());
}

void TransactionJob::onCallFinished(aws::RequestJob *job)
{
    m_running = nullptr;
    if (job->error().isError()) {
        finish(job->error());
        return;
    }
    const QJsonObject &response = job->response();
    m_capacity = dynamo::consumedCapacity(operation(), response);
    if (m_mode == Mode::Get) {
        const QJsonArray responses = response.value(QStringLiteral("Responses")).toArray();
        for (const auto &entry : responses) {
            const QJsonValue item = entry.toObject().value(QStringLiteral("Item"));
            m_items.append(item.isObject() ? std::optional<Item>(itemFromWire(item.toObject()))
                                           : std::nullopt);
        }
    }
    finish({});
}

} // namespace dyna::dynamo
