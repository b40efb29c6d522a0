#include "fakekinesis.h"

#include "dynamo/kinesisdestinations.h"

#include <QJsonArray>

namespace dyna::test {

namespace {

const QString kPrecision = QStringLiteral("ApproximateCreationDateTimePrecision");

LoopbackReply notStreaming(const QString &tableName, const QString &streamArn)
{
    return ControlPlaneServer::error(
        str("ResourceNotFoundException"),
        str("Table %1 does not stream to %2.").arg(tableName, streamArn));
}

LoopbackReply notActive(const QString &streamArn, const QString &status)
{
    return ControlPlaneServer::error(
        str("ResourceInUseException"),
        str("The destination %1 is %2; try again when it is ACTIVE.").arg(streamArn, status));
}

} // namespace

FakeKinesis::FakeKinesis(ControlPlaneServer *server)
    : QObject(server)
    , m_server(server)
{
    const auto bind =
        [this](void (FakeKinesis::*method)(const LoopbackRequest &, const Respond &)) {
            return [this, method](const LoopbackRequest &request, const Respond &respond) {
                (this->*method)(request, respond);
            };
        };
    server->handle(str("EnableKinesisStreamingDestination"), bind(&FakeKinesis::enable));
    server->handle(str("UpdateKinesisStreamingDestination"), bind(&FakeKinesis::update));
    server->handle(str("DisableKinesisStreamingDestination"), bind(&FakeKinesis::disable));
    server->handle(str("DescribeKinesisStreamingDestination"), bind(&FakeKinesis::describe));
}

QString FakeKinesis::status(const QString &tableName, const QString &streamArn) const
{
    const Destination *destination = find(tableName, streamArn);
    return destination ? destination->status : QString();
}

QString FakeKinesis::precision(const QString &tableName, const QString &streamArn) const
{
    const Destination *destination = find(tableName, streamArn);
    return destination ? destination->precision : QString();
}

void FakeKinesis::withTable(const LoopbackRequest &request, const Respond &respond,
                            std::function<void(const QString &tableName)> then)
{
    m_server->withTable(request.json.value(QStringLiteral("TableName")).toString(), respond,
                        [then = std::move(then)](const QString &tableName, const QJsonObject &) {
                            then(tableName);
                        });
}

void FakeKinesis::enable(const LoopbackRequest &request, const Respond &respond)
{
    const QString streamArn = request.json.value(QStringLiteral("StreamArn")).toString();
    if (!dynamo::kinesisStreamArnProblem(streamArn).isEmpty()) {
        respond(ControlPlaneServer::error(str("ValidationException"),
                                          str("Invalid StreamArn: %1").arg(streamArn)));
        return;
    }
    const QString precision =
        request.json.value(QStringLiteral("EnableKinesisStreamingConfiguration"))
            .toObject()
            .value(kPrecision)
            .toString(str("MILLISECOND"));
    withTable(request, respond, [=, this](const QString &tableName) {
        Destination *existing = find(tableName, streamArn);
        if (existing && existing->status != QLatin1String("DISABLED")) {
            respond(ControlPlaneServer::error(str("ResourceInUseException"),
                                              str("Table %1 is already streaming to %2 (%3).")
                                                  .arg(tableName, streamArn, existing->status)));
            return;
        }
        if (!existing) {
            m_destinations[tableName].append(Destination{streamArn, {}, {}});
            existing = &m_destinations[tableName].last();
        }
        existing->status = str("ENABLING");
        existing->precision = precision;
        respond(ControlPlaneServer::ok(
            answer(tableName, *existing, str("EnableKinesisStreamingConfiguration"))));
        moveTo(tableName, streamArn, str("ENABLING"), str("ACTIVE"));
    });
}

void FakeKinesis::update(const LoopbackRequest &request, const Respond &respond)
{
    const QString streamArn = request.json.value(QStringLiteral("StreamArn")).toString();
    const QString precision =
        request.json.value(QStringLiteral("UpdateKinesisStreamingConfiguration"))
            .toObject()
            .value(kPrecision)
            .toString();
    withTable(request, respond, [=, this](const QString &tableName) {
        Destination *destination = find(tableName, streamArn);
        if (!destination || destination->status == QLatin1String("DISABLED")) {
            respond(notStreaming(tableName, streamArn));
            return;
        }
        if (destination->status != QLatin1String("ACTIVE")) {
            respond(notActive(streamArn, destination->status));
            return;
        }
        if (precision.isEmpty() || precision == destination->precision) {
            respond(ControlPlaneServer::error(
                str("ValidationException"),
                str("The update changes nothing: the precision is already %1.")
                    .arg(destination->precision)));
            return;
        }
        destination->status = str("UPDATING");
        destination->precision = precision;
        respond(ControlPlaneServer::ok(
            answer(tableName, *destination, str("UpdateKinesisStreamingConfiguration"))));
        moveTo(tableName, streamArn, str("UPDATING"), str("ACTIVE"));
    });
}

void FakeKinesis::disable(const LoopbackRequest &request, const Respond &respond)
{
    const QString streamArn = request.json.value(QStringLiteral("StreamArn")).toString();
    withTable(request, respond, [=, this](const QString &tableName) {
        Destination *destination = find(tableName, streamArn);
        if (!destination || destination->status == QLatin1String("DISABLED")) {
            respond(notStreaming(tableName, streamArn));
            return;
        }
        if (destination->status != QLatin1String("ACTIVE") &&
            destination->status != QLatin1String("ENABLE_FAILED")) {
            respond(notActive(streamArn, destination->status));
            return;
        }
        destination->status = str("DISABLING");
        respond(ControlPlaneServer::ok(
            answer(tableName, *destination, str("EnableKinesisStreamingConfiguration"))));
        moveTo(tableName, streamArn, str("DISABLING"), str("DISABLED"));
    });
}

void FakeKinesis::describe(const LoopbackRequest &request, const Respond &respond)
{
    withTable(request, respond, [=, this](const QString &tableName) {
        QJsonArray list;
        for (const Destination &destination : m_destinations.value(tableName)) {
            list.append(QJsonObject{{QStringLiteral("StreamArn"), destination.streamArn},
                                    {QStringLiteral("DestinationStatus"), destination.status},
                                    {kPrecision, destination.precision}});
        }
        respond(ControlPlaneServer::ok({{QStringLiteral("TableName"), tableName},
                                        {QStringLiteral("KinesisDataStreamDestinations"), list}}));
    });
}

FakeKinesis::Destination *FakeKinesis::find(const QString &tableName, const QString &streamArn)
{
    auto it = m_destinations.find(tableName);
    if (it == m_destinations.end())
        return nullptr;
    for (Destination &destination : *it) {
        if (destination.streamArn == streamArn)
            return &destination;
    }
    return nullptr;
}

const FakeKinesis::Destination *FakeKinesis::find(const QString &tableName,
                                                  const QString &streamArn) const
{
    return const_cast<FakeKinesis *>(this)->find(tableName, streamArn);
}

void FakeKinesis::moveTo(const QString &tableName, const QString &streamArn, const QString &from,
                         const QString &to)
{
    m_server->afterTransition([this, tableName, streamArn, from, to] {
        // Only if nothing else changed the destination in the meantime.
        Destination *destination = find(tableName, streamArn);
        if (destination && destination->status == from)
            destination->status = to;
    });
}

QJsonObject FakeKinesis::answer(const QString &tableName, const Destination &destination,
                                const QString &configurationMember)
{
    return {{QStringLiteral("TableName"), tableName},
            {QStringLiteral("StreamArn"), destination.streamArn},
            {QStringLiteral("DestinationStatus"), destination.status},
            {configurationMember, QJsonObject{{kPrecision, destination.precision}}}};
}

} // namespace dyna::test
