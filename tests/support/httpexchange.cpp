#include "httpexchange.h"

namespace dyna::test {

namespace {

// Requests are small; a head bigger than this is a broken client, not a test scenario.
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 413:
        return QByteArrayLiteral("Request Entity Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Status");
    }
}

bool parseHead(const QByteArray &head, HttpRequest *request)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3)
        return false;
    request->method = requestLine.at(0);
    request->target = requestLine.at(1);
    request->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        request->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return true;
}

} // namespace

QByteArray httpHeader(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool hasHttpHeader(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpRead takeHttpRequest(QByteArray &buffer, qsizetype maxBodyBytes, HttpRequest *request)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return buffer.size() > kMaxHeaderBytes ? HttpRead::Broken : HttpRead::NeedMore;
    if (!parseHead(buffer.left(headEnd), request))
        return HttpRead::Broken;
    bool lengthOk = true;
    const QByteArray lengthHeader = httpHeader(request->headers, "Content-Length");
    const qsizetype length = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&lengthOk);
    if (!lengthOk || length < 0 || length > maxBodyBytes ||
        hasHttpHeader(request->headers, "Transfer-Encoding"))
        return HttpRead::Broken;
    const qsizetype bodyStart = headEnd + 4;
    if (buffer.size() < bodyStart + length)
        return HttpRead::NeedMore;
    request->body = buffer.mid(bodyStart, length);
    buffer.remove(0, bodyStart + length);
    return HttpRead::Request;
}

QByteArray httpResponse(int status, const HttpHeaders &headers, const QByteArray &body)
{
    QByteArray response =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        response += name + ": " + value + "\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    return response + body;
}

} // namespace dyna::test
