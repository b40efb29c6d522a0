#include "kinesisdestinations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace dyna::dynamo {

namespace {

const QString kPrecision = QStringLiteral("ApproximateCreationDateTimePrecision");

KinesisDestination destinationFrom(const QJsonObject &object, const QJsonObject &configuration)
{
    KinesisDestination destination;
    destination.streamArn = object.value(QStringLiteral("StreamArn")).toString();
    destination.statusText = object.value(QStringLiteral("DestinationStatus")).toString();
    destination.status = kinesisDestinationStatusFromString(destination.statusText);
    destination.statusDescription =
        object.value(QStringLiteral("DestinationStatusDescription")).toString();
    destination.creationTimePrecision = object.contains(kPrecision)
                                            ? object.value(kPrecision).toString()
                                            : configuration.value(kPrecision).toString();
    return destination;
}

QJsonObject destinationInput(const QString &tableName, const QString &streamArn)
{
    return {{QStringLiteral("TableName"), tableName}, {QStringLiteral("StreamArn"), streamArn}};
}

} // namespace

bool KinesisDestination::isTransitional() const
{
    return status == KinesisDestinationStatus::Enabling ||
           status == KinesisDestinationStatus::Disabling ||
           status == KinesisDestinationStatus::Updating;
}

KinesisDestinationStatus kinesisDestinationStatusFromString(const QString &status)
{
    static const QList<std::pair<QString, KinesisDestinationStatus>> names = {
        {QStringLiteral("ENABLING"), KinesisDestinationStatus::Enabling},
        {QStringLiteral("ACTIVE"), KinesisDestinationStatus::Active},
        {QStringLiteral("DISABLING"), KinesisDestinationStatus::Disabling},
        {QStringLiteral("DISABLED"), KinesisDestinationStatus::Disabled},
        {QStringLiteral("ENABLE_FAILED"), KinesisDestinationStatus::EnableFailed},
        {QStringLiteral("UPDATING"), KinesisDestinationStatus::Updating},
    };
    for (const auto &[name, value] : names) {
        if (name == status)
            return value;
    }
    return KinesisDestinationStatus::Unknown;
}

KinesisDestinations parseKinesisDestinations(const QJsonObject &response)
{
    KinesisDestinations result;
    result.tableName = response.value(QStringLiteral("TableName")).toString();
    const QJsonArray list =
        response.value(QStringLiteral("KinesisDataStreamDestinations")).toArray();
    for (const auto &value : list)
        result.destinations.append(destinationFrom(value.toObject(), {}));
    return result;
}

KinesisDestination parseKinesisDestinationChange(const QJsonObject &response)
{
    // Enable answers with EnableKinesisStreamingConfiguration, Update with
    // UpdateKinesisStreamingConfiguration.
    QJsonObject configuration =
        response.value(QStringLiteral("EnableKinesisStreamingConfiguration")).toObject();
    if (configuration.isEmpty())
        configuration =
            response.value(QStringLiteral("UpdateKinesisStreamingConfiguration")).toObject();
    return destinationFrom(response, configuration);
}

QString kinesisStreamArnProblem(const QString &arn)
{
    const QString trimmed = arn.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("KinesisDestinations",
                                           "Enter the ARN of a Kinesis data stream.");
    static const QRegularExpression pattern(QStringLiteral(
        R"(^arn:aws(-[a-z]+)*:kinesis:[a-z]{2}(-[a-z]+)+-\d+:(\d{12}):stream/[A-Za-z0-9_.-]{1,128}$)"));
    if (pattern.match(trimmed).hasMatch())
        return {};
    if (!trimmed.startsWith(QLatin1String("arn:")))
        return QCoreApplication::translate(
            "KinesisDestinations",
            "The stream must be given by its ARN, for example "
            "arn:aws:kinesis:us-east-1:123456789012:stream/orders, not by its name.");
    const QStringList parts = trimmed.split(QLatin1Char(':'));
    if (parts.size() > 2 && parts.at(2) != QLatin1String("kinesis"))
        return QCoreApplication::translate("KinesisDestinations",
                                           "The ARN names a %1 resource, not a Kinesis data "
                                           "stream.")
            .arg(parts.at(2));
    return QCoreApplication::translate(
        "KinesisDestinations", "This is not the ARN of a Kinesis data stream: it must look like "
                               "arn:aws:kinesis:<region>:<12-digit account>:stream/<name>.");
}

QJsonObject enableKinesisDestinationInput(const QString &tableName, const QString &streamArn,
                                          const QString &precision)
{
    QJsonObject input = destinationInput(tableName, streamArn);
    if (!precision.isEmpty())
        input.insert(QStringLiteral("EnableKinesisStreamingConfiguration"),
                     QJsonObject{{kPrecision, precision}});
    return input;
}

QJsonObject updateKinesisDestinationInput(const QString &tableName, const QString &streamArn,
                                          const QString &precision)
{
    QJsonObject input = destinationInput(tableName, streamArn);
    input.insert(QStringLiteral("UpdateKinesisStreamingConfiguration"),
                 QJsonObject{{kPrecision, precision}});
    return input;
}

QJsonObject disableKinesisDestinationInput(const QString &tableName, const QString &streamArn)
{
    return destinationInput(tableName, streamArn);
}

} // namespace dyna::dynamo
