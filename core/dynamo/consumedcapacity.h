#pragma once

#include <QJsonObject>
#include <QString>

namespace dyna::dynamo {

// Capacity units as DynamoDB reports them in ConsumedCapacity.
struct CapacityUsage
{
    double read = 0;
    double write = 0;
    double total = 0; // read + write, and units DynamoDB did not split (PartiQL without detail)

    CapacityUsage &operator+=(const CapacityUsage &other)
    {
        read += other.read;
        write += other.write;
        total += other.total;
        return *this;
    }
};

// What one response says it consumed: ConsumedCapacity is an object for single-table
// operations and an array for batch and transaction ones. Units DynamoDB does not split into
// read and write are counted by the kind of operation.
CapacityUsage consumedCapacity(const QString &operation, const QJsonObject &response);

} // namespace dyna::dynamo
