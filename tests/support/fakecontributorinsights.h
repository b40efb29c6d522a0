#pragma once

#include "controlplaneserver.h"

#include <QMap>
#include <QObject>

namespace dyna::test {

// Contributor insights for ControlPlaneServer, per table and per GSI of DynamoDB Local's
// tables (an unknown table or index gets ResourceNotFoundException). Everything starts
// DISABLED. UpdateContributorInsights ENABLE: ENABLING, then ENABLED after transitionMs() with
// the two rules DynamoDB creates ("DynamoDBContributorInsights-PKC-<table>-<epoch>" and
// "...-PKT-..."; for an index "...-PKC-<table>-<index>-<epoch>"); DISABLE: DISABLING, then
// DISABLED without rules. ListContributorInsights with TableName lists the table and all its
// GSIs; without, every table or index whose insights were ever switched. MaxResults and
// NextToken page through the list (an unknown token is a ValidationException).
class FakeContributorInsights : public QObject
{
    Q_OBJECT
public:
    explicit FakeContributorInsights(ControlPlaneServer *server);

    // "ENABLED", "DISABLED"...; `indexName` empty for the table itself.
    QString status(const QString &tableName, const QString &indexName = {}) const;

private:
    struct Insights
    {
        QString status = QStringLiteral("DISABLED");
        QStringList rules;
        double lastUpdate = 0;
    };
    using Respond = ControlPlaneServer::Respond;
    using Key = std::pair<QString, QString>; // table, index

    void describe(const LoopbackRequest &request, const Respond &respond);
    void update(const LoopbackRequest &request, const Respond &respond);
    void list(const LoopbackRequest &request, const Respond &respond);
    // Checks the table (and the index, when given) with DynamoDB Local; `then` gets the
    // table's name and its GSI names.
    void withTable(const QString &tableOrArn, const QString &indexName, const Respond &respond,
                   std::function<void(const QString &tableName, const QStringList &indexes)> then);
    void respondPage(const LoopbackRequest &request, const QList<Key> &keys,
                     const Respond &respond) const;

    ControlPlaneServer *m_server;
    QMap<Key, Insights> m_insights;
};

} // namespace dyna::test
