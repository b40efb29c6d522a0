#include "sigv4signer.h"

#include <QMutexLocker>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>
#include <map>

namespace dyna::aws {

namespace {

constexpr char algorithm[] = "AWS4-HMAC-SHA256";

// OpenSSL may reject the null pointer that an empty view can carry.
const char *nonNull(QByteArrayView data)
{
    static const char empty = '\0';
    return data.isEmpty() ? &empty : data.data();
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (!EVP_Digest(nonNull(data), size_t(data.size()), reinterpret_cast<uchar *>(digest.data()),
                    &length, EVP_sha256(), nullptr)) {
        return {};
    }
    digest.resize(int(length));
    return digest;
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

// RFC 3986 encoding as SigV4 wants it: every byte outside the unreserved set becomes %XX
// (uppercase hex), so a space is %20 and never '+'.
QByteArray uriEncode(QByteArrayView in, bool keepSlash)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(in.size() * 3);
    for (const char c : in) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out.append(c);
        } else {
            const auto byte = uchar(c);
            out.append('%');
            out.append(hex[byte >> 4]);
            out.append(hex[byte & 0xF]);
        }
    }
    return out;
}

// Removes "." and empty segments and resolves "..", keeping a trailing '/'.
QByteArray normalizedPath(const QByteArray &path)
{
    QList<QByteArray> segments;
    for (const QByteArray &segment : path.split('/')) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments.append(segment);
    }
    QByteArray out = '/' + segments.join('/');
    if (!segments.isEmpty() && path.endsWith('/'))
        out.append('/');
    return out;
}

QByteArray canonicalUri(const QByteArray &path, bool normalize)
{
    if (path.isEmpty())
        return QByteArrayLiteral("/");
    return uriEncode(normalize ? normalizedPath(path) : path, true);
}

using QueryParams = QList<std::pair<QByteArray, QByteArray>>;

// Decoded name/value pairs; a missing '=' means an empty value.
QueryParams parseQuery(const QByteArray &query)
{
    QueryParams params;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        params.append(
            {QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value)});
    }
    return params;
}

QByteArray canonicalQuery(const QueryParams &params)
{
    QueryParams encoded;
    encoded.reserve(params.size());
    for (const auto &[name, value] : params)
        encoded.append({uriEncode(name, false), uriEncode(value, false)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[name, value] : encoded) {
        if (!out.isEmpty())
            out.append('&');
        out.append(name).append('=').append(value);
    }
    return out;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

// Trims and collapses every run of whitespace (including the line breaks of folded
// continuation lines) to one space.
QByteArray canonicalHeaderValue(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    bool pendingSpace = false;
    for (const char c : value) {
        if (isSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

QByteArray headerName(const QByteArray &name)
{
    return name.trimmed().toLower();
}

struct CanonicalHeaders
{
    QByteArray block; // "name:value\n" per header, sorted by name
    QByteArray signedHeaders;
};

CanonicalHeaders canonicalHeaders(const HeaderList &headers)
{
    // Repeated names keep their values in request order, joined with ','.
    std::map<QByteArray, QByteArray> byName;
    for (const auto &[name, value] : headers) {
        const QByteArray canonicalValue = canonicalHeaderValue(value);
        auto [it, inserted] = byName.try_emplace(headerName(name), canonicalValue);
        if (!inserted)
            it->second.append(',').append(canonicalValue);
    }
    CanonicalHeaders result;
    for (const auto &[name, value] : byName) {
        result.block.append(name).append(':').append(value).append('\n');
        if (!result.signedHeaders.isEmpty())
            result.signedHeaders.append(';');
        result.signedHeaders.append(name);
    }
    return result;
}

// The request's headers without Authorization and without those the signer sets itself, so
// that re-signing a request does not sign stale values twice.
HeaderList headersToSign(const HeaderList &headers, const QList<QByteArray> &replacedNames)
{
    HeaderList result;
    for (const auto &header : headers) {
        const QByteArray name = headerName(header.first);
        if (name != "authorization" && !replacedNames.contains(name))
            result.append(header);
    }
    return result;
}

struct Scope
{
    QByteArray amzDate; // 20150830T123600Z
    QByteArray date;    // 20150830
    QByteArray credentialScope;
};

Scope scopeFor(const SigningParams &params)
{
    const QDateTime utc = params.time.toUTC();
    Scope scope;
    scope.amzDate = utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    scope.date = scope.amzDate.left(8);
    scope.credentialScope =
        scope.date + '/' + params.region.toUtf8() + '/' + params.service.toUtf8() + "/aws4_request";
    return scope;
}

QByteArray buildCanonicalRequest(const HttpRequestParts &request, const SigningParams &params,
                                 const QByteArray &query, const CanonicalHeaders &headers)
{
    QByteArray out = request.method;
    out.append('\n').append(canonicalUri(request.path, params.normalizePath));
    out.append('\n').append(query);
    out.append('\n').append(headers.block);
    out.append('\n').append(headers.signedHeaders);
    out.append('\n').append(sha256Hex(request.body));
    return out;
}

QByteArray buildStringToSign(const Scope &scope, const QByteArray &canonicalRequest)
{
    QByteArray out(algorithm);
    out.append('\n').append(scope.amzDate);
    out.append('\n').append(scope.credentialScope);
    out.append('\n').append(sha256Hex(canonicalRequest));
    return out;
}

} // namespace

SigningResult SigV4Signer::signHeaders(const HttpRequestParts &request,
                                       const SigningParams &params) const
{
    const Scope scope = scopeFor(params);
    const QByteArray token = params.credentials.sessionToken.toUtf8();

    HeaderList added;
    added.append({QByteArrayLiteral("X-Amz-Date"), scope.amzDate});
    if (!token.isEmpty())
        added.append({QByteArrayLiteral("X-Amz-Security-Token"), token});
    if (params.signBody)
        added.append({QByteArrayLiteral("X-Amz-Content-Sha256"), sha256Hex(request.body)});

    QList<QByteArray> replacedNames;
    for (const auto &header : std::as_const(added))
        replacedNames.append(headerName(header.first));
    HeaderList toSign = headersToSign(request.headers, replacedNames);
    for (const auto &header : std::as_const(added)) {
        if (params.omitSessionToken && header.first == "X-Amz-Security-Token")
            continue;
        toSign.append(header);
    }

    const CanonicalHeaders headers = canonicalHeaders(toSign);
    SigningResult result;
    result.canonicalRequest =
        buildCanonicalRequest(request, params, canonicalQuery(parseQuery(request.query)), headers);
    result.stringToSign = buildStringToSign(scope, result.canonicalRequest);
    const QByteArray key =
        signingKey(params.credentials.secretAccessKey, scope.date, params.region, params.service);
    result.signature = hmacSha256(key, result.stringToSign).toHex();

    QByteArray authorization(algorithm);
    authorization.append(" Credential=").append(params.credentials.accessKeyId.toUtf8());
    authorization.append('/').append(scope.credentialScope);
    authorization.append(", SignedHeaders=").append(headers.signedHeaders);
    authorization.append(", Signature=").append(result.signature);
    added.append({QByteArrayLiteral("Authorization"), authorization});
    result.addedHeaders = added;
    return result;
}

SigningResult SigV4Signer::presign(const HttpRequestParts &request,
                                   const SigningParams &params) const
{
    const Scope scope = scopeFor(params);
    const QByteArray token = params.credentials.sessionToken.toUtf8();
    const CanonicalHeaders headers = canonicalHeaders(headersToSign(request.headers, {}));

    QueryParams query = parseQuery(request.query);
    query.emplaceBack("X-Amz-Algorithm", algorithm);
    query.emplaceBack("X-Amz-Credential",
                      params.credentials.accessKeyId.toUtf8() + '/' + scope.credentialScope);
    query.emplaceBack("X-Amz-Date", scope.amzDate);
    query.emplaceBack("X-Amz-Expires", QByteArray::number(params.expiresSeconds));
    query.emplaceBack("X-Amz-SignedHeaders", headers.signedHeaders);
    const bool signToken = !token.isEmpty() && !params.omitSessionToken;
    if (signToken)
        query.emplaceBack("X-Amz-Security-Token", token);
    const QByteArray signedQuery = canonicalQuery(query);

    SigningResult result;
    result.canonicalRequest = buildCanonicalRequest(request, params, signedQuery, headers);
    result.stringToSign = buildStringToSign(scope, result.canonicalRequest);
    const QByteArray key =
        signingKey(params.credentials.secretAccessKey, scope.date, params.region, params.service);
    result.signature = hmacSha256(key, result.stringToSign).toHex();

    result.signedQuery = signedQuery + "&X-Amz-Signature=" + result.signature;
    if (!token.isEmpty() && !signToken)
        result.signedQuery += "&X-Amz-Security-Token=" + uriEncode(token, false);
    return result;
}

QByteArray SigV4Signer::signingKey(const QString &secret, const QByteArray &date,
                                   const QString &region, const QString &service) const
{
    const QByteArray secretBytes = "AWS4" + secret.toUtf8();
    const QByteArray secretHash = sha256(secretBytes);
    const auto matches = [&](const CachedKey &entry) {
        return entry.date == date && entry.region == region && entry.service == service &&
               entry.secretHash == secretHash;
    };
    {
        QMutexLocker locker(&m_mutex);
        const auto it = std::find_if(m_keys.cbegin(), m_keys.cend(), matches);
        if (it != m_keys.cend())
            return it->key;
    }

    // Derived outside the lock: two threads may both derive a new key, but only one stores it.
    QByteArray key = hmacSha256(secretBytes, date);
    key = hmacSha256(key, region.toUtf8());
    key = hmacSha256(key, service.toUtf8());
    key = hmacSha256(key, "aws4_request");

    QMutexLocker locker(&m_mutex);
    if (std::none_of(m_keys.cbegin(), m_keys.cend(), matches))
        m_keys.append({secretHash, date, region, service, key});
    // Keys of old dates are useless once the clock has moved on; of equal dates, the
    // longest-held one goes first.
    while (m_keys.size() > maxCachedKeys) {
        const auto oldest = std::min_element(
            m_keys.cbegin(), m_keys.cend(),
            [](const CachedKey &a, const CachedKey &b) { return a.date < b.date; });
        m_keys.erase(oldest);
    }
    return key;
}

int SigV4Signer::cachedKeyCount() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_keys.size());
}

QByteArray sha256Hex(QByteArrayView data)
{
    return sha256(data).toHex();
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    QByteArray mac(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), nonNull(key), int(key.size()),
              reinterpret_cast<const uchar *>(nonNull(data)), size_t(data.size()),
              reinterpret_cast<uchar *>(mac.data()), &length)) {
        return {};
    }
    mac.resize(int(length));
    return mac;
}

} // namespace dyna::aws
