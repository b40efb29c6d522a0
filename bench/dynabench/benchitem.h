#pragma once

#include <QJsonObject>
#include <QString>

namespace dyna::bench {

// The peers benchmark's makeItem() (../shared/peers-bench/common.js) as DynamoDB wire JSON:
// the same attributes, types and pseudo-random words, so W4 writes what the other peers write.
QJsonObject makeWireItem(int index, const QString &pk, const QString &sk);

} // namespace dyna::bench
