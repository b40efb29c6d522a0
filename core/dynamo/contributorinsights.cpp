#include "contributorinsights.h"

#include "epochtime.h"

#include <QJsonArray>

namespace dyna::dynamo {

ContributorInsightsStatus contributorInsightsStatusFromString(const QString &status)
{
    static const QList<std::pair<QString, ContributorInsightsStatus>> names = {
        {QStringLiteral("ENABLING"), ContributorInsightsStatus::Enabling},
        {QStringLiteral("ENABLED"), ContributorInsightsStatus::Enabled},
        {QStringLiteral("DISABLING"), ContributorInsightsStatus::Disabling},
        {QStringLiteral("DISABLED"), ContributorInsightsStatus::Disabled},
        {QStringLiteral("FAILED"), ContributorInsightsStatus::Failed},
    };
    for (const auto &[name, value] : names) {
        if (name == status)
            return value;
    }
    return ContributorInsightsStatus::Unknown;
}

bool isTransitional(ContributorInsightsStatus status)
{
    return status == ContributorInsightsStatus::Enabling ||
           status == ContributorInsightsStatus::Disabling;
}

ContributorInsightsDescription parseContributorInsightsDescription(const QJsonObject &response)
{
    ContributorInsightsDescription description;
    description.tableName = response.value(QStringLiteral("TableName")).toString();
    description.indexName = response.value(QStringLiteral("IndexName")).toString();
    description.statusText = response.value(QStringLiteral("ContributorInsightsStatus")).toString();
    description.status = contributorInsightsStatusFromString(description.statusText);
    for (const auto &rule : response.value(QStringLiteral("ContributorInsightsRuleList")).toArray())
        description.rules.append(rule.toString());
    description.lastUpdate = dateFromJson(response.value(QStringLiteral("LastUpdateDateTime")));
    const QJsonObject failure = response.value(QStringLiteral("FailureException")).toObject();
    description.failureName = failure.value(QStringLiteral("ExceptionName")).toString();
    description.failureDescription =
        failure.value(QStringLiteral("ExceptionDescription")).toString();
    return description;
}

QList<ContributorInsightsSummary> parseContributorInsightsSummaries(const QJsonObject &response)
{
    QList<ContributorInsightsSummary> summaries;
    for (const auto &value :
         response.value(QStringLiteral("ContributorInsightsSummaries")).toArray()) {
        const QJsonObject object = value.toObject();
        ContributorInsightsSummary summary;
        summary.tableName = object.value(QStringLiteral("TableName")).toString();
        summary.indexName = object.value(QStringLiteral("IndexName")).toString();
        summary.statusText = object.value(QStringLiteral("ContributorInsightsStatus")).toString();
        summary.status = contributorInsightsStatusFromString(summary.statusText);
        summaries.append(summary);
    }
    return summaries;
}

QJsonObject updateContributorInsightsInput(const QString &tableName, bool enable,
                                           const QString &indexName)
{
    QJsonObject input{{QStringLiteral("TableName"), tableName},
                      {QStringLiteral("ContributorInsightsAction"),
                       enable ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE")}};
    if (!indexName.isEmpty())
        input.insert(QStringLiteral("IndexName"), indexName);
    return input;
}

} // namespace dyna::dynamo
