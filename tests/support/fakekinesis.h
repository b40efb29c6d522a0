#pragma once

#include "controlplaneserver.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace dyna::test {

// Kinesis streaming destinations for ControlPlaneServer. The tables are DynamoDB Local's (an
// unknown table gets ResourceNotFoundException); the Kinesis streams are not checked beyond
// the shape of their ARN (ValidationException). Enable: ENABLING, ACTIVE after transitionMs();
// enabling a stream the table already streams to (not DISABLED) gets ResourceInUseException.
// Update changes the creation-time precision: UPDATING, then ACTIVE. Disable: DISABLING, then
// DISABLED; the destination stays listed as DISABLED, as DynamoDB keeps it.
class FakeKinesis : public QObject
{
    Q_OBJECT
public:
    explicit FakeKinesis(ControlPlaneServer *server);

    // The status of the table's destination for `streamArn`; empty when there is none.
    QString status(const QString &tableName, const QString &streamArn) const;
    QString precision(const QString &tableName, const QString &streamArn) const;

private:
    struct Destination
    {
        QString streamArn;
        QString status;
        QString precision;
    };
    using Respond = ControlPlaneServer::Respond;

    void enable(const LoopbackRequest &request, const Respond &respond);
    void update(const LoopbackRequest &request, const Respond &respond);
    void disable(const LoopbackRequest &request, const Respond &respond);
    void describe(const LoopbackRequest &request, const Respond &respond);
    // Checks the table with DynamoDB Local, then runs `then` with its name.
    void withTable(const LoopbackRequest &request, const Respond &respond,
                   std::function<void(const QString &tableName)> then);
    Destination *find(const QString &tableName, const QString &streamArn);
    const Destination *find(const QString &tableName, const QString &streamArn) const;
    void moveTo(const QString &tableName, const QString &streamArn, const QString &from,
                const QString &to);
    static QJsonObject answer(const QString &tableName, const Destination &destination,
                              const QString &configurationMember);

    ControlPlaneServer *m_server;
    QHash<QString, QList<Destination>> m_destinations; // by table name
};

} // namespace dyna::test
