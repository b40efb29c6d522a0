#include "fakecontributorinsights.h"

#include <QDateTime>
#include <QJsonArray>

namespace dyna::test {

FakeContributorInsights::FakeContributorInsights(ControlPlaneServer *server)
    : QObject(server)
    , m_server(server)
{
    server->handle(str("DescribeContributorInsights"),
                   [this](const LoopbackRequest &request, const Respond &respond) {
                       describe(request, respond);
                   });
    server->handle(str("UpdateContributorInsights"),
                   [this](const LoopbackRequest &request, const Respond &respond) {
                       update(request, respond);
                   });
    server->handle(
        str("ListContributorInsights"),
        [this](const LoopbackRequest &request, const Respond &respond) { list(request, respond); });
}

QString FakeContributorInsights::status(const QString &tableName, const QString &indexName) const
{
    return m_insights.value(Key(tableName, indexName)).status;
}

void FakeContributorInsights::withTable(
    const QString &tableOrArn, const QString &indexName, const Respond &respond,
    std::function<void(const QString &tableName, const QStringList &indexes)> then)
{
    m_server->withTable(
        tableOrArn, respond, [=](const QString &tableName, const QJsonObject &table) {
            QStringList indexes;
            for (const auto &index :
                 table.value(QStringLiteral("GlobalSecondaryIndexes")).toArray())
                indexes.append(index.toObject().value(QStringLiteral("IndexName")).toString());
            if (!indexName.isEmpty() && !indexes.contains(indexName)) {
                respond(ControlPlaneServer::error(
                    str("ResourceNotFoundException"),
                    str("Requested resource not found: Index: %1 not found for table %2")
                        .arg(indexName, tableName)));
                return;
            }
            then(tableName, indexes);
        });
}

void FakeContributorInsights::describe(const LoopbackRequest &request, const Respond &respond)
{
    const QString indexName = request.json.value(QStringLiteral("IndexName")).toString();
    withTable(request.json.value(QStringLiteral("TableName")).toString(), indexName, respond,
              [=, this](const QString &tableName, const QStringList &) {
                  const Insights insights = m_insights.value(Key(tableName, indexName));
                  QJsonObject body{{QStringLiteral("TableName"), tableName},
                                   {QStringLiteral("ContributorInsightsStatus"), insights.status}};
                  if (!indexName.isEmpty())
                      body.insert(QStringLiteral("IndexName"), indexName);
                  if (!insights.rules.isEmpty())
                      body.insert(QStringLiteral("ContributorInsightsRuleList"),
                                  QJsonArray::fromStringList(insights.rules));
                  if (insights.lastUpdate > 0)
                      body.insert(QStringLiteral("LastUpdateDateTime"), insights.lastUpdate);
                  respond(ControlPlaneServer::ok(body));
              });
}

void FakeContributorInsights::update(const LoopbackRequest &request, const Respond &respond)
{
    const QString indexName = request.json.value(QStringLiteral("IndexName")).toString();
    const bool enable =
        request.json.value(QStringLiteral("ContributorInsightsAction")).toString() ==
        QLatin1String("ENABLE");
    withTable(request.json.value(QStringLiteral("TableName")).toString(), indexName, respond,
              [=, this](const QString &tableName, const QStringList &) {
                  const Key key(tableName, indexName);
                  Insights &insights = m_insights[key];
                  const QString from = enable ? str("ENABLING") : str("DISABLING");
                  insights.status = from;
                  insights.lastUpdate = ControlPlaneServer::nowSeconds();
                  QJsonObject body{{QStringLiteral("TableName"), tableName},
                                   {QStringLiteral("ContributorInsightsStatus"), from}};
                  if (!indexName.isEmpty())
                      body.insert(QStringLiteral("IndexName"), indexName);
                  respond(ControlPlaneServer::ok(body));
                  m_server->afterTransition([this, key, enable, from] {
                      auto it = m_insights.find(key);
                      if (it == m_insights.end() || it->status != from)
                          return;
                      it->status = enable ? str("ENABLED") : str("DISABLED");
                      it->lastUpdate = ControlPlaneServer::nowSeconds();
                      it->rules.clear();
                      if (enable) {
                          const QString resource =
                              key.second.isEmpty() ? key.first : key.first + u'-' + key.second;
                          const QString epoch = QString::number(QDateTime::currentSecsSinceEpoch());
                          for (const char *kind : {"PKC", "PKT"})
                              it->rules.append(str("DynamoDBContributorInsights-%1-%2-%3")
                                                   .arg(QLatin1String(kind), resource, epoch));
                      }
                  });
              });
}

void FakeContributorInsights::list(const LoopbackRequest &request, const Respond &respond)
{
    const QString table = request.json.value(QStringLiteral("TableName")).toString();
    if (table.isEmpty()) {
        respondPage(request, m_insights.keys(), respond);
        return;
    }
    withTable(table, {}, respond, [=, this](const QString &tableName, const QStringList &indexes) {
        QList<Key> keys{Key(tableName, QString())};
        for (const QString &index : indexes)
            keys.append(Key(tableName, index));
        respondPage(request, keys, respond);
    });
}

void FakeContributorInsights::respondPage(const LoopbackRequest &request, const QList<Key> &keys,
                                          const Respond &respond) const
{
    const int maxResults = request.json.value(QStringLiteral("MaxResults")).toInt(100);
    int start = 0;
    const QJsonValue token = request.json.value(QStringLiteral("NextToken"));
    if (token.isString()) {
        bool ok = false;
        start = token.toString().toInt(&ok);
        if (!ok || start < 0 || start > keys.size()) {
            respond(ControlPlaneServer::error(str("ValidationException"),
                                              str("The NextToken is not valid.")));
            return;
        }
    }
    QJsonArray summaries;
    const int end = int(std::min<qsizetype>(keys.size(), start + std::max(1, maxResults)));
    for (int i = start; i < end; ++i) {
        const Key &key = keys.at(i);
        QJsonObject summary{
            {QStringLiteral("TableName"), key.first},
            {QStringLiteral("ContributorInsightsStatus"), m_insights.value(key).status}};
        if (!key.second.isEmpty())
            summary.insert(QStringLiteral("IndexName"), key.second);
        summaries.append(summary);
    }
    QJsonObject body{{QStringLiteral("ContributorInsightsSummaries"), summaries}};
    if (end < keys.size())
        body.insert(QStringLiteral("NextToken"), QString::number(end));
    respond(ControlPlaneServer::ok(body));
}

} // namespace dyna::test
