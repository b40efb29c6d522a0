#include "readonlyguard.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dyna::profiles {

namespace {

// Allow-list: everything else is a write. DynamoDB reads, then DynamoDB Streams.
const QSet<QString> &readOperations()
{
    static const QSet<QString> reads = {
        QStringLiteral("BatchGetItem"),
        QStringLiteral("DescribeBackup"),
        QStringLiteral("DescribeContinuousBackups"),
        QStringLiteral("DescribeContributorInsights"),
        QStringLiteral("DescribeEndpoints"),
        QStringLiteral("DescribeExport"),
        QStringLiteral("DescribeGlobalTable"),
        QStringLiteral("DescribeGlobalTableSettings"),
        QStringLiteral("DescribeImport"),
        QStringLiteral("DescribeKinesisStreamingDestination"),
        QStringLiteral("DescribeLimits"),
        QStringLiteral("DescribeTable"),
        QStringLiteral("DescribeTableReplicaAutoScaling"),
        QStringLiteral("DescribeTimeToLive"),
        QStringLiteral("GetItem"),
        QStringLiteral("GetResourcePolicy"),
        QStringLiteral("ListBackups"),
        QStringLiteral("ListContributorInsights"),
        QStringLiteral("ListExports"),
        QStringLiteral("ListGlobalTables"),
        QStringLiteral("ListImports"),
        QStringLiteral("ListTables"),
        QStringLiteral("ListTagsOfResource"),
        QStringLiteral("Query"),
        QStringLiteral("Scan"),
        QStringLiteral("TransactGetItems"),
        QStringLiteral("DescribeStream"),
        QStringLiteral("GetRecords"),
        QStringLiteral("GetShardIterator"),
        QStringLiteral("ListStreams"),
    };
    return reads;
}

bool isPartiQl(const QString &operation)
{
    return operation == QLatin1String("ExecuteStatement") ||
           operation == QLatin1String("BatchExecuteStatement") ||
           operation == QLatin1String("ExecuteTransaction");
}

// The leading keyword after whitespace, comments ("--" to end of line, "/* */") and opening
// parentheses.
bool isSelectStatement(const QString &statement)
{
    static const QRegularExpression leading(
        QStringLiteral("^(?:\\s+|--[^\\n]*(?:\\n|$)|/\\*.*?\\*/|\\()*([A-Za-z]+)"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = leading.match(statement);
    return match.hasMatch() &&
           match.captured(1).compare(QLatin1String("SELECT"), Qt::CaseInsensitive) == 0;
}

QStringList statementsOf(const QString &operation, const QJsonObject &input)
{
    if (operation == QLatin1String("ExecuteStatement"))
        return {input.value(QStringLiteral("Statement")).toString()};
    const QString listMember = operation == QLatin1String("BatchExecuteStatement")
                                   ? QStringLiteral("Statements")
                                   : QStringLiteral("TransactStatements");
    QStringList statements;
    const QJsonArray list = input.value(listMember).toArray();
    for (const QJsonValue &entry : list)
        statements.append(entry.toObject().value(QStringLiteral("Statement")).toString());
    return statements;
}

} // namespace

bool isWriteOperation(const QString &operation)
{
    return !readOperations().contains(operation);
}

bool isWriteRequest(const QString &operation, const QJsonObject &input)
{
    if (!isPartiQl(operation))
        return isWriteOperation(operation);
    const QStringList statements = statementsOf(operation, input);
    if (statements.isEmpty())
        return true;
    return !std::all_of(statements.begin(), statements.end(), isSelectStatement);
}

bool isWriteCall(aws::Service service, const QString &operation, const QJsonObject &input)
{
    return service != aws::Service::Sts && isWriteRequest(operation, input);
}

aws::AwsClient::Preflight readOnlyPreflight(aws::AwsClient::Preflight inner)
{
    return [inner = std::move(inner)](aws::Service service, const QString &operation,
                                      QJsonObject &input) -> aws::AwsError {
        if (isWriteCall(service, operation, input)) {
            return aws::AwsError::localFailure(
                aws::ErrorKind::Validation, operation, QStringLiteral("ReadOnlyProfile"),
                QCoreApplication::translate("ReadOnlyGuard",
                                            "This connection is read-only: %1 was not sent.")
                    .arg(operation));
        }
        return inner ? inner(service, operation, input) : aws::AwsError();
    };
}

} // namespace dyna::profiles
