#include "libraryversions.h"

#include <QtGlobal>

#include <openssl/crypto.h>

namespace dyna::aws {

QList<LibraryVersion> libraryVersions()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only")},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)),
         QStringLiteral("Apache-2.0")},
        // QtKeychain's header carries no usable version; CMake read it from the package.
        {QStringLiteral("QtKeychain"), QStringLiteral(DYNA_QTKEYCHAIN_VERSION),
         QStringLiteral("BSD-3-Clause")},
        {QStringLiteral("AWS API models: DynamoDB, Streams, STS"),
         QStringLiteral("2012-08-10, 2011-06-15"), QStringLiteral("Apache-2.0")},
    };
}

LibraryVersion dynamoDbLocalLibrary()
{
    // The version scripts/ddblocal.sh installs; another DynamoDB Local may differ.
    return {QStringLiteral("DynamoDB Local"), QStringLiteral("1.25.1"),
            QStringLiteral("Amazon DynamoDB Local License Agreement")};
}

} // namespace dyna::aws
