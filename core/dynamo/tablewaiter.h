#pragma once

#include "aws/job.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>

#include <chrono>
#include <optional>

class QTimer;

namespace dyna::aws {
class AwsClient;
class RequestJob;
} // namespace dyna::aws

namespace dyna::dynamo {

// One waiter of the SDKs' waiters2.json (the bundled DynamoDB one): how often to poll, how
// many times, and which answers end the wait.
struct WaiterDefinition
{
    enum class State { Success, Failure, Retry };
    struct Acceptor
    {
        QString matcher;  // "path", "pathAll", "pathAny", "error" or "status"
        QString argument; // dotted path for the path matchers, e.g. "Table.TableStatus"
        QString expected; // as text: "ACTIVE", "ResourceNotFoundException", "200"
        State state = State::Retry;
    };

    QString operation;
    int delaySeconds = 0;
    int maxAttempts = 0;
    QList<Acceptor> acceptors;

    // `name` from the bundled :/aws-models/dynamodb-2012-08-10.waiters2.json ("TableExists",
    // "TableNotExists"); std::nullopt when it is not there.
    static std::optional<WaiterDefinition> dynamoDb(const QString &name);
    static std::optional<WaiterDefinition> fromJson(const QJsonObject &waiters,
                                                    const QString &name);

    // What one answer means: the first acceptor that matches decides. Without a match an
    // error ends the wait as a failure and a response means "poll again", as in the SDKs.
    State evaluate(const QJsonObject &response, const QString &errorCode, int httpStatus) const;
};

// Polls DescribeTable until a table exists and is ACTIVE (by default also every global
// secondary index: a new index backfills while the table is already ACTIVE), or until it is
// gone. Timer-driven: never blocks the event loop. Ends with an error when the waiter's
// attempts run out, when a failure acceptor matches or on a call that fails for good.
class TableWaiter : public aws::Job
{
    Q_OBJECT
public:
    enum class Condition { Exists, NotExists };

    TableWaiter(aws::AwsClient *client, QString tableName, Condition condition,
                QObject *parent = nullptr);
    ~TableWaiter() override;

    // Replaces the waiter's delay between polls (tests; impatient users of DynamoDB Local).
    void setDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    void setWaitForIndexes(bool wait) { m_waitForIndexes = wait; }

    void start() override;
    void cancel() override;

    QString tableName() const { return m_tableName; }
    int attempts() const { return m_attempts; }
    // The last DescribeTable "Table" object seen (empty once the table is gone).
    QJsonObject table() const { return m_table; }

    // The waiter's verdict on one DescribeTable answer, including the index check; sets
    // *status to a line for the user such as "CREATING" or "index byEmail CREATING (backfilling)".
    static WaiterDefinition::State evaluate(const WaiterDefinition &definition, Condition condition,
                                            bool waitForIndexes, const QJsonObject &response,
                                            const aws::AwsError &error, QString *status);

Q_SIGNALS:
    void progress(const QString &status);

private:
    void poll();
    void onAnswer(aws::RequestJob *job);

    QPointer<aws::AwsClient> m_client;
    QString m_tableName;
    Condition m_condition;
    std::optional<WaiterDefinition> m_definition;
    std::optional<std::chrono::milliseconds> m_delay;
    bool m_waitForIndexes = true;
    int m_attempts = 0;
    QJsonObject m_table;
    QTimer *m_timer;
    QPointer<aws::RequestJob> m_call;
};

} // namespace dyna::dynamo
