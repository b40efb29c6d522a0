#include "statementjobs.h"

#include "consumedcapacity.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUuid>

namespace dyna::dynamo {

namespace {

constexpr int kMaxBatchStatements = 25;
constexpr int kMaxTransactionStatements = 100;

QJsonArray wireStatements(const QList<Statement> &statements)
{
    QJsonArray array;
    for (const Statement &statement : statements) {
        QJsonObject entry{{QStringLiteral("Statement"), statement.text}};
        // The model allows no empty Parameters list: leave it out instead.
        if (!statement.parameters.isEmpty())
            entry.insert(QStringLiteral("Parameters"), statement.parameters);
        array.append(entry);
    }
    return array;
}

// The sentence for a statement count DynamoDB would refuse, or an empty string.
QString countProblem(const char *context, qsizetype count, int maximum)
{
    if (count == 0)
        return QCoreApplication::translate(context, "There is no statement to run.");
    if (count > maximum)
        return QCoreApplication::translate(context,
                                           "%1 statements were given, but DynamoDB runs at most "
                                           "%2 in one request. Split them into smaller groups.")
            .arg(count)
            .arg(maximum);
    return {};
}

} // namespace

BatchStatementJob::BatchStatementJob(aws::AwsClient *client, QList<Statement> statements,
                                     QObject *parent)
    : aws::Job(parent)
    , m_client(client)
    , m_statements(std::move(statements))
{}

BatchStatementJob::~BatchStatementJob()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

void BatchStatementJob::start()
{
    const QString operation = QStringLiteral("BatchExecuteStatement");
    const QString problem =
        countProblem("BatchStatementJob", m_statements.size(), kMaxBatchStatements);
    if (!problem.isEmpty() || !m_client) {
        const aws::AwsError error =
            m_client
                ? aws::AwsError::invalidRequest(operation, QStringLiteral("Statements"), problem)
                : aws::AwsError::localFailure(
                      aws::ErrorKind::Network, operation, QStringLiteral("NoConnection"),
                      QCoreApplication::translate("BatchStatementJob",
                                                  "The connection was closed."));
        // Finish on the next turn so the caller sees `finished` after start() returns.
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }
    const QJsonObject input{{QStringLiteral("Statements"), wireStatements(m_statements)},
                            {QStringLiteral("ReturnConsumedCapacity"), QStringLiteral("TOTAL")}};
    m_job = m_client->call(aws::Service::DynamoDb, operation, input);
    connect(m_job, &aws::Job::finished, this, &BatchStatementJob::onFinished);
    m_job->start();
}

void BatchStatementJob::cancel()
{
    if (isFinished())
        return;
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job = nullptr;
    }
    finish(aws::AwsError::cancelled(QStringLiteral("BatchExecuteStatement")));
}

void BatchStatementJob::onFinished(aws::Job *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    const auto *request = static_cast<aws::RequestJob *>(job);
    if (request->error().isError()) {
        finish(request->error());
        return;
    }
    const QJsonObject &response = request->response();
    m_capacity = dynamo::consumedCapacity(QStringLiteral("BatchExecuteStatement"), response).total;
    const QJsonArray responses = response.value(QLatin1String("Responses")).toArray();
    m_results.clear();
    for (qsizetype i = 0; i < m_statements.size(); ++i) {
        const QJsonObject entry = responses.at(i).toObject();
        StatementResult result;
        const QJsonObject error = entry.value(QLatin1String("Error")).toObject();
        result.ok = error.isEmpty();
        result.item = entry.value(QLatin1String("Item")).toObject();
        result.errorCode = error.value(QLatin1String("Code")).toString();
        result.errorMessage = error.value(QLatin1String("Message")).toString();
        if (!result.ok && result.item.isEmpty())
            result.item = error.value(QLatin1String("Item")).toObject();
        m_results.append(result);
    }
    finish({});
}

TransactionStatementJob::TransactionStatementJob(aws::AwsClient *client,
                                                 QList<Statement> statements,
                                                 QString clientRequestToken, QObject *parent)
    : aws::Job(parent)
    , m_client(client)
    , m_statements(std::move(statements))
    , m_token(clientRequestToken.trimmed().isEmpty()
                  ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                  : std::move(clientRequestToken))
{}

TransactionStatementJob::~TransactionStatementJob()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

void TransactionStatementJob::start()
{
    const QString operation = QStringLiteral("ExecuteTransaction");
    const QString problem =
        countProblem("TransactionStatementJob", m_statements.size(), kMaxTransactionStatements);
    if (!problem.isEmpty() || !m_client) {
        const aws::AwsError error =
            m_client ? aws::AwsError::invalidRequest(operation,
                                                     QStringLiteral("TransactStatements"), problem)
                     : aws::AwsError::localFailure(
                           aws::ErrorKind::Network, operation, QStringLiteral("NoConnection"),
                           QCoreApplication::translate("TransactionStatementJob",
                                                       "The connection was closed."));
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }
    const QJsonObject input{{QStringLiteral("TransactStatements"), wireStatements(m_statements)},
                            {QStringLiteral("ClientRequestToken"), m_token},
                            {QStringLiteral("ReturnConsumedCapacity"), QStringLiteral("TOTAL")}};
    m_job = m_client->call(aws::Service::DynamoDb, operation, input);
    connect(m_job, &aws::Job::finished, this, &TransactionStatementJob::onFinished);
    m_job->start();
}

void TransactionStatementJob::cancel()
{
    if (isFinished())
        return;
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job = nullptr;
    }
    finish(aws::AwsError::cancelled(QStringLiteral("ExecuteTransaction")));
}

void TransactionStatementJob::onFinished(aws::Job *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    const auto *request = static_cast<aws::RequestJob *>(job);
    if (request->error().isError()) {
        m_reasons = request->error().cancellationReasons;
        finish(request->error());
        return;
    }
    const QJsonObject &response = request->response();
    m_capacity = dynamo::consumedCapacity(QStringLiteral("ExecuteTransaction"), response).total;
    m_items.clear();
    const QJsonArray responses = response.value(QLatin1String("Responses")).toArray();
    for (qsizetype i = 0; i < m_statements.size(); ++i)
        m_items.append(responses.at(i).toObject().value(QLatin1String("Item")).toObject());
    finish({});
}

} // namespace dyna::dynamo
