#pragma once

#include "itempagesource.h"

#include <QJsonArray>
#include <QPointer>
#include <QString>

namespace dyna::models {

// ExecuteStatement pages: lastEvaluatedKey is {"NextToken": "<token>"} while there are more,
// {} at the end.
class StatementPageSource : public ItemPageSource
{
    Q_OBJECT
public:
    StatementPageSource(aws::AwsClient *client, QString statement, QJsonArray parameters,
                        bool consistentRead, int limit = 0, QObject *parent = nullptr);
    ~StatementPageSource() override;

    void requestPage(const QJsonObject &exclusiveStartKey) override;
    void cancel() override;

private:
    void onFinished(aws::Job *job);

    QPointer<aws::AwsClient> m_client;
    QString m_statement;
    QJsonArray m_parameters;
    bool m_consistentRead = false;
    int m_limit = 0;
    QPointer<aws::RequestJob> m_job;
};

} // namespace dyna::models
