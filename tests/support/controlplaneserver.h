#pragma once

#include "loopbackserver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace dyna::test {

// What DynamoDB Local answered to one call the server made itself.
struct BackendResult
{
    int status = 0;       // HTTP status; 0 when DynamoDB Local could not be reached
    QString code;         // error code without the "com.amazonaws...#" prefix
    QString message;      // error message
    QJsonObject response; // the body of a successful answer
    bool ok() const { return status == 200; }
    LoopbackReply reply() const; // the same answer, for passing an error on to the client
};

// The loopback test server for the control-plane operations DynamoDB Local lacks (backups,
// point-in-time recovery, exports, imports, global tables, tags, resource policies, Kinesis
// streaming destinations, contributor insights). It lives in tests/ and is never shipped.
//
// Every request is checked first by LoopbackServer: X-Amz-Target, the SigV4 signature against
// the test keys, and the body against the operation's input shape in the official model; an
// invalid request gets the error DynamoDB would send. A valid request for an operation with a
// handler goes to that handler; every other one is forwarded byte for byte to the DynamoDB
// Local behind, so tables, items and Streams are real, and a restored or imported table is a
// real table holding real items.
//
// Area handlers (backups, exports, ...) are classes in their own files that register with
// handle() and decorate() in their constructors.
class ControlPlaneServer : public QObject
{
    Q_OBJECT
public:
    using Respond = std::function<void(const LoopbackReply &reply)>;
    // A handler must call `respond` exactly once, now or later (after a backend call).
    using Handler = std::function<void(const LoopbackRequest &request, const Respond &respond)>;
    // Changes the successful answer of a forwarded operation before the client gets it, for
    // example DescribeTable gaining the Replicas of a global table.
    using Decorator = std::function<void(const LoopbackRequest &request, QJsonObject &response)>;
    using BackendDone = std::function<void(const BackendResult &result)>;

    // `dynamoDbLocal`: where to forward; see dyna::test::localEndpoint().
    explicit ControlPlaneServer(const QUrl &dynamoDbLocal, QObject *parent = nullptr);
    ~ControlPlaneServer() override;

    bool listen();
    QUrl url() const;
    // A client configuration that sends DynamoDB and Streams calls here.
    aws::ClientConfig clientConfig(const QString &region = QStringLiteral("us-east-1")) const;
    // Keys whose signatures the server verifies (LoopbackServer::testCredentials()).
    static aws::Credentials credentials();
    LoopbackServer *loopback() const { return m_loopback; }

    void handle(const QString &operation, Handler handler);
    void decorate(const QString &operation, Decorator decorator);
    bool handles(const QString &operation) const { return m_handlers.contains(operation); }

    // Sends the client's request on to DynamoDB Local unchanged and passes its answer back (a
    // handler that takes over an operation only in some cases, e.g. UpdateTable with
    // ReplicaUpdates, forwards the rest).
    void forward(const LoopbackRequest &request, const Respond &respond);
    // One call to DynamoDB Local, for handlers.
    void callBackend(const QString &operation, const QJsonObject &input, BackendDone done);
    // Every item of a table (Scan with a page size, following LastEvaluatedKey), in the
    // response's "Items"; "Count" holds their number.
    void scanAll(const QString &tableName, BackendDone done);
    // BatchWriteItem in chunks of 25, resending UnprocessedItems until none are left.
    void putItems(const QString &tableName, const QJsonArray &items, BackendDone done);
    // DescribeTable's "Table"; result.code is ResourceNotFoundException when there is none.
    void describeTable(const QString &tableName, BackendDone done);

    // The error a handler answers for a table DynamoDB Local does not have: most operations
    // say ResourceNotFoundException, the backup operations TableNotFoundException.
    enum class MissingTable { ResourceNotFound, TableNotFound };
    using TableFound = std::function<void(const QString &tableName, const QJsonObject &table)>;
    // Looks the table up with describeTable (`nameOrArn` may be the table's ARN) and runs
    // `found` with its name and DescribeTable's "Table"; when there is no such table it answers
    // the `missing` error itself, and any other failure of DynamoDB Local as it came.
    void withTable(const QString &nameOrArn, const Respond &respond, TableFound found,
                   MissingTable missing = MissingTable::ResourceNotFound);

    // The account and region DynamoDB Local puts in its ARNs ("000000000000", "ddblocal"), so
    // ARNs made here match the TableArn that DescribeTable returns.
    static QString accountId();
    static QString arnRegion();
    static QString tableArn(const QString &tableName);
    // "Sales" from "arn:aws:dynamodb:ddblocal:000000000000:table/Sales[/backup/...]"; empty when
    // the ARN names no table.
    static QString tableNameFromArn(const QString &arn);
    // The table name in a request member that takes a name or an ARN.
    static QString tableNameOf(const QString &nameOrArn);
    // A fresh id for ARNs: 17 digits of epoch milliseconds and 8 hex digits.
    static QString newResourceId();
    // Epoch seconds with fractions, as DynamoDB writes dates in JSON.
    static double epochSeconds(const QDateTime &time);
    static double nowSeconds();

    // How long a simulated transitional status (CREATING, ENABLING, IN_PROGRESS, ...) lasts
    // before it moves on; 300 ms unless set.
    int transitionMs() const { return m_transitionMs; }
    void setTransitionMs(int ms) { m_transitionMs = ms; }
    // Runs `step` after transitionMs() on this server's thread (dropped if the server is gone).
    void afterTransition(std::function<void()> step);

    // Point-in-time recovery per table name: the backups area switches it, exports check it.
    bool pointInTimeRecoveryEnabled(const QString &tableName) const
    {
        return m_pointInTimeRecovery.contains(tableName);
    }
    void setPointInTimeRecoveryEnabled(const QString &tableName, bool enabled);

    // A small in-memory S3: "s3://bucket/key" -> content. Exports write here, imports read here.
    QHash<QString, QByteArray> &s3Objects() { return m_s3; }

    // Answers as DynamoDB does.
    static LoopbackReply ok(const QJsonObject &body);
    static LoopbackReply error(const QString &code, const QString &message, int status = 400);

    // Operations forwarded to DynamoDB Local so far (for tests that check nothing leaked).
    QStringList forwardedOperations() const { return m_forwarded; }

private:
    void dispatch(const LoopbackRequest &request, const Respond &respond);
    void post(const QByteArray &target, const QByteArray &body, const QByteArray &authorization,
              std::function<void(int status, const QByteArray &body)> done);

    LoopbackServer *m_loopback;
    QNetworkAccessManager *m_network;
    QUrl m_backend;
    QHash<QString, Handler> m_handlers;
    QHash<QString, Decorator> m_decorators;
    QHash<QString, QByteArray> m_s3;
    QStringList m_forwarded;
    QSet<QString> m_pointInTimeRecovery;
    int m_transitionMs = 300;
};

// Short for QString::fromLatin1: the fakes spell many member names, codes and messages.
inline QString str(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace dyna::test
