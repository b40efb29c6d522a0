#include "crc32.h"

#include <zlib.h>

#include <algorithm>

namespace dyna::aws {

quint32 crc32(QByteArrayView data)
{
    // zlib's CRC-32 is the same polynomial, several times faster than a byte-wise table on
    // the megabyte pages a Scan returns.
    uLong crc = ::crc32(0L, nullptr, 0);
    const auto *bytes = reinterpret_cast<const Bytef *>(data.data());
    qsizetype left = data.size();
    while (left > 0) {
        const auto chunk = uInt(std::min<qsizetype>(left, 1 << 30));
        crc = ::crc32(crc, bytes, chunk);
        bytes += chunk;
        left -= chunk;
    }
    return quint32(crc);
}

} // namespace dyna::aws
