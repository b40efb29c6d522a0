#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dyna::dynamo {

enum class KinesisDestinationStatus {
    Unknown,
    Enabling,
    Active,
    Disabling,
    Disabled,
    EnableFailed,
    Updating
};

// One Kinesis data stream a table replicates to, as DescribeKinesisStreamingDestination (and
// the Enable/Update/Disable answers) describe it.
struct KinesisDestination
{
    QString streamArn;
    KinesisDestinationStatus status = KinesisDestinationStatus::Unknown;
    QString statusText;        // as sent, e.g. "ENABLING"
    QString statusDescription; // why ENABLE_FAILED, for example
    // "MILLISECOND" or "MICROSECOND"; empty when the answer did not say.
    QString creationTimePrecision;

    // ENABLING, DISABLING and UPDATING move on by themselves: worth polling.
    bool isTransitional() const;
};

struct KinesisDestinations
{
    QString tableName;
    QList<KinesisDestination> destinations;
};

KinesisDestinationStatus kinesisDestinationStatusFromString(const QString &status);

// DescribeKinesisStreamingDestination's answer.
KinesisDestinations parseKinesisDestinations(const QJsonObject &response);
// The answer of Enable-, Update- or DisableKinesisStreamingDestination.
KinesisDestination parseKinesisDestinationChange(const QJsonObject &response);

// Empty when `arn` names a Kinesis data stream
// (arn:aws[-partition]:kinesis:<region>:<12-digit account>:stream/<name>); otherwise the
// sentence that says what is wrong.
QString kinesisStreamArnProblem(const QString &arn);

// Inputs. An empty `precision` leaves the configuration out (the service default, MILLISECOND).
QJsonObject enableKinesisDestinationInput(const QString &tableName, const QString &streamArn,
                                          const QString &precision = {});
QJsonObject updateKinesisDestinationInput(const QString &tableName, const QString &streamArn,
                                          const QString &precision);
QJsonObject disableKinesisDestinationInput(const QString &tableName, const QString &streamArn);

} // namespace dyna::dynamo
