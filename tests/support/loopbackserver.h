#pragma once

#include "aws/awsclient.h"
#include "aws/credentials.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QTcpServer;
class QTcpSocket;

namespace dyna::test {

// One HTTP request as the loopback server received it.
struct LoopbackRequest
{
    QByteArray method;
    QByteArray path;                                  // as in the request line, e.g. "/"
    QList<std::pair<QByteArray, QByteArray>> headers; // in order, names as sent
    QByteArray body;
    QJsonObject json;      // the body, when it is a JSON object
    QString targetPrefix;  // "DynamoDB_20120810" from X-Amz-Target
    QString operation;     // "Scan" from X-Amz-Target
    int connection = 0;    // which TCP connection carried it: 1 for the first accepted, ...
    qint64 receivedMs = 0; // when it was complete, in ms since the server was created

    // From the Authorization header.
    QString accessKeyId;
    QString scopeDate; // yyyyMMdd
    QString region;
    QString service;
    QByteArrayList signedHeaders; // lowercase
    // True when the server knew the access key's secret and the signature matched exactly the
    // method, path, headers and body it received.
    bool signatureVerified = false;

    // Empty for a valid request; otherwise why it was rejected (and answered with an error).
    QString problem;

    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
    bool hasHeader(QByteArrayView name) const;
};

// What the server does with one request.
struct LoopbackReply
{
    enum class Action {
        Answer,
        DropConnection, // close the connection without answering
        NoAnswer,       // keep the connection open and never answer
    };

    Action action = Action::Answer;
    int status = 200;
    QByteArray body = QByteArrayLiteral("{}");
    int delayMs = 0; // wait before answering (or dropping)
    // x-amzn-RequestId; a fresh id when unset, no header when set to an empty value.
    std::optional<QByteArray> requestId;
    // x-amz-crc32; the CRC-32 of the body when unset, no header when set to an empty value.
    std::optional<QByteArray> crc32;
    QList<std::pair<QByteArray, QByteArray>> extraHeaders;

    static LoopbackReply json(const QJsonObject &body, int status = 200);
    // A DynamoDB error: {"__type": "com.amazonaws.dynamodb.v20120810#<code>", "<messageKey>": ...}.
    // DynamoDB writes "message"; DynamoDB Local writes "Message".
    static LoopbackReply error(int status, const QString &code, const QString &message,
                               const QString &messageKey = QStringLiteral("message"));
    static LoopbackReply dropConnection();
    static LoopbackReply noAnswer();

    LoopbackReply withDelay(int ms) const;
    LoopbackReply withRequestId(const QByteArray &id) const;
    LoopbackReply withCrc32(const QByteArray &value) const;
};

// A small HTTP/1.1 server on 127.0.0.1 that speaks DynamoDB's JSON protocol from a script, for
// the operations and failures DynamoDB Local cannot produce. It runs on the thread that created
// it, driven by the event loop.
//
// Every request is recorded and checked the way DynamoDB checks it: X-Amz-Target, Content-Type,
// the SigV4 Authorization header (scope, signed headers, and the signature itself for the
// credentials it knows) and the body against the operation's input shape in the API model.
// A request that fails a check is answered with the error DynamoDB would send and counted in
// invalidRequests(); it never consumes a scripted reply.
//
// A valid request is answered by the first of: the queue of its operation, the queue for any
// operation, the async handler, the handler, or 200 with "{}".
class LoopbackServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<LoopbackReply(const LoopbackRequest &)>;
    // Answers later: the handler calls `respond` exactly once, possibly after other events.
    using AsyncHandler = std::function<void(const LoopbackRequest &,
                                            std::function<void(const LoopbackReply &)> respond)>;

    explicit LoopbackServer(QObject *parent = nullptr);
    ~LoopbackServer() override;

    // Keys the server knows the secret of (registered from the start), so that it verifies
    // every signature made with them.
    static aws::Credentials testCredentials();
    // The same keys with a session token, as STS would hand out.
    static aws::Credentials testSessionCredentials();

    // Binds 127.0.0.1 on a free port; false (see errorString()) when that fails.
    bool listen();
    QString errorString() const;
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:<port>

    // A client configuration that sends everything here, signed for `region`.
    aws::ClientConfig clientConfig(const QString &region = QStringLiteral("us-east-1")) const;

    void addCredentials(const QString &accessKeyId, const QString &secretAccessKey);

    void enqueue(const LoopbackReply &reply);
    void enqueue(const QString &operation, const LoopbackReply &reply);
    void setHandler(Handler handler);
    // Takes precedence over setHandler(); scripted replies still come first.
    void setAsyncHandler(AsyncHandler handler);
    // Scripted replies not used yet.
    int queuedReplies() const;

    const QList<LoopbackRequest> &requests() const { return m_requests; }
    QList<LoopbackRequest> requests(const QString &operation) const;
    int requestCount() const { return int(m_requests.size()); }
    int invalidRequests() const;
    // The problems of the invalid requests, for failure messages.
    QStringList problems() const;
    int connectionCount() const { return m_connectionCount; }

Q_SIGNALS:
    // `index` into requests(); emitted before the request is answered.
    void requestReceived(int index);

private:
    struct Connection;

    void onNewConnection();
    void processBuffer(QTcpSocket *socket);
    void handleRequest(const std::shared_ptr<Connection> &connection, LoopbackRequest request);
    std::optional<LoopbackReply> scriptedReply(const LoopbackRequest &request);
    void perform(const std::shared_ptr<Connection> &connection, const LoopbackReply &reply,
                 bool closeAfter);
    void answer(const std::shared_ptr<Connection> &connection, const LoopbackReply &reply,
                bool closeAfter);
    std::optional<LoopbackReply> validate(LoopbackRequest &request) const;

    QTcpServer *m_server;
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
    QHash<QString, QString> m_secrets; // access key id -> secret access key
    QHash<QString, std::deque<LoopbackReply>> m_byOperation;
    std::deque<LoopbackReply> m_inOrder;
    Handler m_handler;
    AsyncHandler m_asyncHandler;
    QList<LoopbackRequest> m_requests;
    QElapsedTimer m_clock;
    int m_connectionCount = 0;
};

} // namespace dyna::test

Q_DECLARE_METATYPE(dyna::test::LoopbackReply)
