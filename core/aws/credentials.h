#pragma once

#include <QDateTime>
#include <QString>

namespace dyna::aws {

// One set of AWS credentials. Secrets live only in memory here; the keychain keeps them at rest.
struct Credentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // empty for long-term keys
    QDateTime expiration; // invalid for credentials that do not expire

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
    bool isTemporary() const { return !sessionToken.isEmpty(); }
    // True when the credentials expire within `margin` seconds of `now`.
    bool expiresWithin(const QDateTime &now, qint64 marginSeconds) const
    {
        return expiration.isValid() && now.secsTo(expiration) <= marginSeconds;
    }
};

} // namespace dyna::aws
