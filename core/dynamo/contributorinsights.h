#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dyna::dynamo {

enum class ContributorInsightsStatus { Unknown, Enabling, Enabled, Disabling, Disabled, Failed };

ContributorInsightsStatus contributorInsightsStatusFromString(const QString &status);
// ENABLING and DISABLING move on by themselves: worth polling.
bool isTransitional(ContributorInsightsStatus status);

// One entry of ListContributorInsights: a table (indexName empty) or one of its GSIs.
struct ContributorInsightsSummary
{
    QString tableName;
    QString indexName;
    ContributorInsightsStatus status = ContributorInsightsStatus::Unknown;
    QString statusText; // as sent, e.g. "ENABLED"
};

// DescribeContributorInsights' answer.
struct ContributorInsightsDescription
{
    QString tableName;
    QString indexName;
    ContributorInsightsStatus status = ContributorInsightsStatus::Unknown;
    QString statusText;
    QStringList rules;    // ContributorInsightsRuleList
    QDateTime lastUpdate; // invalid when not sent
    QString failureName;  // FailureException, when the status is FAILED
    QString failureDescription;
};

ContributorInsightsDescription parseContributorInsightsDescription(const QJsonObject &response);
// One page of ListContributorInsights.
QList<ContributorInsightsSummary> parseContributorInsightsSummaries(const QJsonObject &response);

// UpdateContributorInsights' input: ENABLE or DISABLE, for the table or one index of it.
QJsonObject updateContributorInsightsInput(const QString &tableName, bool enable,
                                           const QString &indexName = {});

} // namespace dyna::dynamo
