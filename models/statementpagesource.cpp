#include "statementpagesource.h"

namespace dyna::models {

namespace {

QJsonObject statementInput(const QString &statement, const QJsonArray &parameters,
                           bool consistentRead, int limit)
{
    QJsonObject input{{QStringLiteral("Statement"), statement}};
    // The model allows no empty Parameters list.
    if (!parameters.isEmpty())
        input.insert(QStringLiteral("Parameters"), parameters);
    if (consistentRead)
        input.insert(QStringLiteral("ConsistentRead"), true);
    if (limit > 0)
        input.insert(QStringLiteral("Limit"), limit);
    return input;
}

} // namespace

StatementPageSource::StatementPageSource(aws::AwsClient *client, const QString &statement,
                                         const QJsonArray &parameters, bool consistentRead,
                                         int limit, QObject *parent)
    : RequestPageSource(client, QStringLiteral("ExecuteStatement"),
                        statementInput(statement, parameters, consistentRead, limit), parent)
{}

} // namespace dyna::models
