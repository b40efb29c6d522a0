#pragma once

#include "credentials.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>

#include <utility>

namespace dyna::aws {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// The parts of an HTTP request that SigV4 covers.
struct HttpRequestParts
{
    QByteArray method;  // "POST"
    QByteArray path;    // raw, unencoded path, e.g. "/" or "/example space/"
    QByteArray query;   // raw query string after '?', may be empty, may hold pre-encoded %XX
    HeaderList headers; // in order, names in any case; repeated names allowed
    QByteArray body;
};

struct SigningParams
{
    QString region;
    QString service;
    QDateTime time; // converted to UTC for X-Amz-Date and the credential scope
    Credentials credentials;
    bool normalizePath = true;     // false for S3-style paths that keep "//", "." and ".."
    bool signBody = false;         // add and sign X-Amz-Content-Sha256 (header variant)
    bool omitSessionToken = false; // add the token only after signing
    qint64 expiresSeconds = 3600;  // presign only
};

struct SigningResult
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature; // lowercase hex
    // Header variant: X-Amz-Date, X-Amz-Security-Token (if any), X-Amz-Content-Sha256 (if
    // signBody), Authorization, in this order. The caller appends them to the request.
    HeaderList addedHeaders;
    // Presign variant: the complete query string incl. X-Amz-Signature (and an unsigned
    // X-Amz-Security-Token after it when omitSessionToken is set).
    QByteArray signedQuery;
};

// AWS Signature Version 4 (AWS4-HMAC-SHA256) for every header of the request.
// Non-S3 rule: the canonical URI is the URI-encoding of the raw path, so a path that holds
// "%3A" is signed as "%253A".
class SigV4Signer
{
public:
    // Upper bound of cachedKeyCount(); the oldest dates are evicted first.
    static constexpr int maxCachedKeys = 16;

    SigningResult signHeaders(const HttpRequestParts &request, const SigningParams &params) const;
    SigningResult presign(const HttpRequestParts &request, const SigningParams &params) const;

    // Signing key for (secret, yyyymmdd, region, service); cached per (date, region, service)
    // and the secret's identity. Thread-safe: one signer may be used from several threads.
    QByteArray signingKey(const QString &secret, const QByteArray &date, const QString &region,
                          const QString &service) const;
    int cachedKeyCount() const;

private:
    struct CachedKey
    {
        QByteArray secretHash; // SHA-256 of the secret: the secret itself is never kept
        QByteArray date;
        QString region;
        QString service;
        QByteArray key;
    };

    mutable QMutex m_mutex;
    mutable QList<CachedKey> m_keys; // insertion order
};

// Lowercase hex SHA-256 of `data`.
QByteArray sha256Hex(QByteArrayView data);
// Raw (32-byte) HMAC-SHA256 of `data` under `key`.
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

} // namespace dyna::aws
