#pragma once

#include "itempagesource.h"

#include <QJsonArray>
#include <QString>

namespace dyna::models {

// ExecuteStatement pages: lastEvaluatedKey is {"NextToken": "<token>"} while there are more,
// {} at the end.
class StatementPageSource : public RequestPageSource
{
    Q_OBJECT
public:
    StatementPageSource(aws::AwsClient *client, const QString &statement,
                        const QJsonArray &parameters, bool consistentRead, int limit = 0,
                        QObject *parent = nullptr);
};

} // namespace dyna::models
