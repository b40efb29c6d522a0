#pragma once

#include <QByteArrayView>

namespace dyna::aws {

// CRC-32 (IEEE 802.3, as zlib computes it): DynamoDB sends it over the response body in
// the X-Amz-Crc32 header so that a corrupted body is caught before it is parsed.
quint32 crc32(QByteArrayView data);

} // namespace dyna::aws
