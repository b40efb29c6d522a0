#include "tablewaiter.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace dyna::dynamo {

namespace {

const QString DescribeTable = QStringLiteral("DescribeTable");

// lupdate files these strings under the context they are looked up by; a free tr() would
// be filed under the namespace, where no lookup finds its translations.
struct TableWaiterText
{
    Q_DECLARE_TR_FUNCTIONS(TableWaiter)
};

QString valueText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

// The values a waiter path selects: "a.b" one value, "a[].b" one per element of a.
QJsonArray select(const QJsonValue &root, QStringView path)
{
    if (path.isEmpty())
        return {root};
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    QStringView segment = dot < 0 ? path : path.left(dot);
    const QStringView rest = dot < 0 ? QStringView() : path.mid(dot + 1);
    const bool projection = segment.endsWith(QLatin1String("[]"));
    if (projection)
        segment.chop(2);
    const QJsonValue value = root.toObject().value(segment);
    if (value.isUndefined())
        return {};
    if (!projection)
        return select(value, rest);
    QJsonArray result;
    for (const auto &element : value.toArray()) {
        for (const auto &selected : select(element, rest))
            result.append(selected);
    }
    return result;
}

WaiterDefinition::State stateFromText(const QString &text)
{
    if (text == QLatin1String("success"))
        return WaiterDefinition::State::Success;
    if (text == QLatin1String("failure"))
        return WaiterDefinition::State::Failure;
    return WaiterDefinition::State::Retry;
}

} // namespace

std::optional<WaiterDefinition> WaiterDefinition::dynamoDb(const QString &name)
{
    static const QJsonObject waiters = [] {
        QFile file(QStringLiteral(":/aws-models/dynamodb-2012-08-10.waiters2.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return fromJson(waiters, name);
}

std::optional<WaiterDefinition> WaiterDefinition::fromJson(const QJsonObject &waiters,
                                                           const QString &name)
{
    const QJsonValue value = waiters.value(QStringLiteral("waiters")).toObject().value(name);
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject waiter = value.toObject();
    WaiterDefinition definition;
    definition.operation = waiter.value(QStringLiteral("operation")).toString();
    definition.delaySeconds = waiter.value(QStringLiteral("delay")).toInt();
    definition.maxAttempts = waiter.value(QStringLiteral("maxAttempts")).toInt();
    for (const auto &acceptorValue : waiter.value(QStringLiteral("acceptors")).toArray()) {
        const QJsonObject acceptor = acceptorValue.toObject();
        definition.acceptors.append(
            {acceptor.value(QStringLiteral("matcher")).toString(),
             acceptor.value(QStringLiteral("argument")).toString(),
             valueText(acceptor.value(QStringLiteral("expected"))),
             stateFromText(acceptor.value(QStringLiteral("state")).toString())});
    }
    if (definition.operation.isEmpty() || definition.maxAttempts < 1)
        return std::nullopt;
    return definition;
}

WaiterDefinition::State WaiterDefinition::evaluate(const QJsonObject &response,
                                                   const QString &errorCode, int httpStatus) const
{
    const bool failed = !errorCode.isEmpty();
    for (const Acceptor &acceptor : acceptors) {
        bool matches = false;
        if (acceptor.matcher == QLatin1String("error")) {
            matches = failed && errorCode == acceptor.expected;
        } else if (acceptor.matcher == QLatin1String("status")) {
            matches = QString::number(httpStatus) == acceptor.expected;
        } else if (!failed) {
            const QJsonArray selected = select(response, acceptor.argument);
            const auto equal = [&acceptor](const QJsonValue &v) {
                return valueText(v) == acceptor.expected;
            };
            if (acceptor.matcher == QLatin1String("path")) {
                matches = selected.size() == 1 && equal(selected.first());
            } else if (acceptor.matcher == QLatin1String("pathAll")) {
                matches =
                    !selected.isEmpty() && std::all_of(selected.begin(), selected.end(), equal);
            } else if (acceptor.matcher == QLatin1String("pathAny")) {
                matches = std::any_of(selected.begin(), selected.end(), equal);
            }
        }
        if (matches)
            return acceptor.state;
    }
    return failed ? State::Failure : State::Retry;
}

TableWaiter::TableWaiter(aws::AwsClient *client, QString tableName, Condition condition,
                         QObject *parent)
    : aws::Job(parent)
    , m_client(client)
    , m_tableName(std::move(tableName))
    , m_condition(condition)
    , m_definition(WaiterDefinition::dynamoDb(condition == Condition::Exists
                                                  ? QStringLiteral("TableExists")
                                                  : QStringLiteral("TableNotExists")))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &TableWaiter::poll);
}

TableWaiter::~TableWaiter()
{
    if (m_call)
        m_call->disconnect(this);
}

WaiterDefinition::State TableWaiter::evaluate(const WaiterDefinition &definition,
                                              Condition condition, bool waitForIndexes,
                                              const QJsonObject &response,
                                              const aws::AwsError &error, QString *status)
{
    const QJsonObject table = response.value(QStringLiteral("Table")).toObject();
    if (error.isError()) {
        *status = error.code == QLatin1String("ResourceNotFoundException")
                      ? TableWaiterText::tr("not found")
                      : error.userMessage();
    } else {
        *status = table.value(QStringLiteral("TableStatus")).toString();
    }
    WaiterDefinition::State state =
        definition.evaluate(response, error.isError() ? error.code : QString(), error.httpStatus);
    if (state != WaiterDefinition::State::Success || condition != Condition::Exists ||
        !waitForIndexes) {
        return state;
    }
    for (const auto &value : table.value(QStringLiteral("GlobalSecondaryIndexes")).toArray()) {
        const QJsonObject index = value.toObject();
        const QString indexStatus = index.value(QStringLiteral("IndexStatus")).toString();
        if (indexStatus == QLatin1String("ACTIVE"))
            continue;
        const QString name = index.value(QStringLiteral("IndexName")).toString();
        *status = index.value(QStringLiteral("Backfilling")).toBool()
                      ? TableWaiterText::tr("index %1 %2 (backfilling)").arg(name, indexStatus)
                      : TableWaiterText::tr("index %1 %2").arg(name, indexStatus);
        return WaiterDefinition::State::Retry;
    }
    return state;
}

void TableWaiter::start()
{
    if (isFinished() || m_attempts > 0 || m_timer->isActive())
        return;
    if (!m_definition) {
        finish(aws::AwsError::localFailure(
            aws::ErrorKind::Unsupported, DescribeTable, QStringLiteral("WaiterMissing"),
            TableWaiterText::tr("The bundled DynamoDB waiter definitions could not be read.")));
        return;
    }
    poll();
}

void TableWaiter::cancel()
{
    m_timer->stop();
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
    finish(aws::AwsError::cancelled(DescribeTable));
}

void TableWaiter::poll()
{
    if (isFinished())
        return;
    if (!m_client) {
        finish(aws::AwsError::cancelled(DescribeTable));
        return;
    }
    ++m_attempts;
    auto *job = m_client->call(aws::Service::DynamoDb, m_definition->operation,
                               {{QStringLiteral("TableName"), m_tableName}});
    m_call = job;
    connect(job, &aws::Job::finished, this, [this, job] { onAnswer(job); });
    job->start();
}

void TableWaiter::onAnswer(aws::RequestJob *job)
{
    m_call.clear();
    if (isFinished())
        return;
    if (job->error().kind == aws::ErrorKind::Cancelled) {
        finish(job->error());
        return;
    }
    QString status;
    const auto state = evaluate(*m_definition, m_condition, m_waitForIndexes, job->response(),
                                job->error(), &status);
    m_table = job->response().value(QStringLiteral("Table")).toObject();
    Q_EMIT progress(TableWaiterText::tr("Table %1: %2 (check %3 of %4)")
                        .arg(m_tableName, status)
                        .arg(m_attempts)
                        .arg(m_definition->maxAttempts));
    switch (state) {
    case WaiterDefinition::State::Success:
        finish({});
        return;
    case WaiterDefinition::State::Failure:
        if (job->error().isError()) {
            finish(job->error());
        } else {
            finish(aws::AwsError::localFailure(
                aws::ErrorKind::Conflict, DescribeTable, QStringLiteral("WaiterFailed"),
                TableWaiterText::tr("Table %1 reached state %2, which it cannot leave by waiting.")
                    .arg(m_tableName, status)));
        }
        return;
    case WaiterDefinition::State::Retry:
        break;
    }
    if (m_attempts >= m_definition->maxAttempts) {
        finish(aws::AwsError::localFailure(
            aws::ErrorKind::Transient, DescribeTable, QStringLiteral("WaiterTimedOut"),
            TableWaiterText::tr(
                "Table %1 was still %2 after %3 checks; it may finish later, refresh to see.")
                .arg(m_tableName, status)
                .arg(m_attempts)));
        return;
    }
    m_timer->start(m_delay.value_or(std::chrono::seconds(m_definition->delaySeconds)));
}

} // namespace dyna::dynamo
