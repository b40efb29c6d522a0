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
QString countProblem(qsizetype count, int maximum)
{
    if (count == 0)
        return QCoreApplication::translate("StatementCallJob", "There is no statement to run.");
    if (count > maximum)
        return QCoreApplication::translate("StatementCallJob",
                                           "%1 statements were given, but DynamoDB runs at most "
                                           "%2 in one request. Split them into smaller groups.")
            .arg(count)
            .arg(maximum);
    return {};
}

} // namespace

StatementCallJob::StatementCallJob(aws::AwsClient *client, QList<Statement> statements,
                                   QString operation, QString listMember, int maximum,
                                   QJsonObject extraInput, QObject *parent)
    : aws::Job(parent)
    , m_client(client)
    , m_statements(std::move(statements))
    , m_operation(std::move(operation))
    , m_listMember(std::move(listMember))
    , m_maximum(maximum)
    , m_extraInput(std::move(extraInput))
{}

StatementCallJob::~StatementCallJob()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

void StatementCallJob::start()
{
    const QString problem = countProblem(m_statements.size(), m_maximum);
    if (!problem.isEmpty() || !m_client) {
        const aws::AwsError error =
            m_client ? aws::AwsError::invalidRequest(m_operation, m_listMember, problem)
                     : aws::AwsError::localFailure(
                           aws::ErrorKind::Network, m_operation, QStringLiteral("NoConnection"),
                           QCoreApplication::translate("StatementCallJob",
                                                       "The connection was closed."));
        // Finish on the next turn so the caller sees `finished` after start() returns.
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }
    QJsonObject input = m_extraInput;
    input.insert(m_listMember, wireStatements(m_statements));
    input.insert(QStringLiteral("ReturnConsumedCapacity"), QStringLiteral("TOTAL"));
    m_job = m_client->call(aws::Service::DynamoDb, m_operation, input);
    connect(m_job, &aws::Job::finished, this, &StatementCallJob::onFinished);
    m_job->start();
}

void StatementCallJob::cancel()
{
    if (isFinished())
        return;
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job = nullptr;
    }
    finish(aws::AwsError::cancelled(m_operation));
}

void StatementCallJob::onFinished(aws::Job *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    const auto *request = static_cast<aws::RequestJob *>(job);
    if (request->error().isError()) {
        readError(request->error());
        finish(request->error());
        return;
    }
    m_capacity = dynamo::consumedCapacity(m_operation, request->response()).total;
    readResponse(request->response());
    finish({});
}

BatchStatementJob::BatchStatementJob(aws::AwsClient *client, QList<Statement> statements,
                                     QObject *parent)
    : StatementCallJob(client, std::move(statements), QStringLiteral("BatchExecuteStatement"),
                       QStringLiteral("Statements"), kMaxBatchStatements, {}, parent)
{}

void BatchStatementJob::readResponse(const QJsonObject &response)
{
    const QJsonArray responses = response.value(QLatin1String("Responses")).toArray();
    m_results.clear();
    for (qsizetype i = 0; i < statements().size(); ++i) {
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
}

TransactionStatementJob::TransactionStatementJob(aws::AwsClient *client,
                                                 QList<Statement> statements,
                                                 QString clientRequestToken, QObject *parent)
    : StatementCallJob(client, std::move(statements), QStringLiteral("ExecuteTransaction"),
                       QStringLiteral("TransactStatements"), kMaxTransactionStatements,
                       {{QStringLiteral("ClientRequestToken"),
                         clientRequestToken.trimmed().isEmpty()
                             ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                             : clientRequestToken}},
                       parent)
{}

void TransactionStatementJob::readResponse(const QJsonObject &response)
{
    m_items.clear();
    const QJsonArray responses = response.value(QLatin1String("Responses")).toArray();
    for (qsizetype i = 0; i < statements().size(); ++i)
        m_items.append(responses.at(i).toObject().value(QLatin1String("Item")).toObject());
}

void TransactionStatementJob::readError(const aws::AwsError &error)
{
    m_reasons = error.cancellationReasons;
}

} // namespace dyna::dynamo
