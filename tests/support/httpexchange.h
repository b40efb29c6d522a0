#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace dyna::test {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// The value of the first header called `name` (case-insensitive); empty when absent.
QByteArray httpHeader(const HttpHeaders &headers, QByteArrayView name);
bool hasHttpHeader(const HttpHeaders &headers, QByteArrayView name);

// One HTTP/1.1 request as a test server read it off a connection.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;   // as in the request line, query included
    HttpHeaders headers; // in order, names as sent
    QByteArray body;
};

enum class HttpRead {
    Request,  // a complete request was taken off the buffer
    NeedMore, // wait for more bytes
    Broken,   // no request a test client would send: abort the connection
};

// Takes the first complete request (request line, headers and a Content-Length body; no chunked
// bodies) off the front of `buffer`, the bytes a connection received so far. Keep-alive
// connections carry several requests: call it again until it needs more.
HttpRead takeHttpRequest(QByteArray &buffer, qsizetype maxBodyBytes, HttpRequest *request);

// "HTTP/1.1 <status> <reason>", `headers` in order, Content-Length, a blank line and `body`.
QByteArray httpResponse(int status, const HttpHeaders &headers, const QByteArray &body);

} // namespace dyna::test
