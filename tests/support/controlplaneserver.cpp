#include "controlplaneserver.h"

#include "dynamo/epochtime.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace dyna::test {

namespace {

// DynamoDB Local does not check signatures, but it refuses a request without this header.
const QByteArray kBackendAuthorization =
    "AWS4-HMAC-SHA256 Credential=AKIDCONTROLPLANE/20260101/us-east-1/dynamodb/aws4_request, "
    "SignedHeaders=host;x-amz-date;x-amz-target, Signature=0000";

// DynamoDB Local's Scan without a Limit is quadratic, so the server pages.
constexpr int kScanPageSize = 1000;
constexpr int kBatchWriteSize = 25;

BackendResult resultFrom(int status, const QByteArray &body)
{
    BackendResult result;
    result.status = status;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (status == 200) {
        result.response = json;
        return result;
    }
    const QString type = json.value(QStringLiteral("__type")).toString();
    result.code = type.mid(type.indexOf(QLatin1Char('#')) + 1);
    result.message = json.value(QStringLiteral("Message")).toString();
    if (result.message.isEmpty())
        result.message = json.value(QStringLiteral("message")).toString();
    if (status == 0 && result.message.isEmpty())
        result.message = QStringLiteral("DynamoDB Local could not be reached.");
    return result;
}

} // namespace

LoopbackReply BackendResult::reply() const
{
    if (ok())
        return ControlPlaneServer::ok(response);
    return ControlPlaneServer::error(code.isEmpty() ? QStringLiteral("InternalServerError") : code,
                                     message, status == 0 ? 500 : status);
}

ControlPlaneServer::ControlPlaneServer(const QUrl &dynamoDbLocal, QObject *parent)
    : QObject(parent)
    , m_loopback(new LoopbackServer(this))
    , m_network(new QNetworkAccessManager(this))
    , m_backend(dynamoDbLocal)
{
    m_loopback->setAsyncHandler([this](const LoopbackRequest &request,
                                       const std::function<void(const LoopbackReply &)> &respond) {
        dispatch(request, respond);
    });
}

ControlPlaneServer::~ControlPlaneServer() = default;

bool ControlPlaneServer::listen()
{
    return m_loopback->listen();
}

QUrl ControlPlaneServer::url() const
{
    return m_loopback->url();
}

aws::ClientConfig ControlPlaneServer::clientConfig(const QString &region) const
{
    return m_loopback->clientConfig(region);
}

aws::Credentials ControlPlaneServer::credentials()
{
    return LoopbackServer::testCredentials();
}

void ControlPlaneServer::handle(const QString &operation, Handler handler)
{
    m_handlers.insert(operation, std::move(handler));
}

void ControlPlaneServer::decorate(const QString &operation, Decorator decorator)
{
    m_decorators.insert(operation, std::move(decorator));
}

void ControlPlaneServer::dispatch(const LoopbackRequest &request, const Respond &respond)
{
    const auto handler = m_handlers.constFind(request.operation);
    if (handler != m_handlers.cend() &&
        request.targetPrefix.startsWith(QLatin1String("DynamoDB_"))) {
        (*handler)(request, respond);
        return;
    }
    forward(request, respond);
}

void ControlPlaneServer::forward(const LoopbackRequest &request, const Respond &respond)
{
    m_forwarded.append(request.operation);
    QByteArray authorization = request.header("Authorization");
    if (authorization.isEmpty())
        authorization = kBackendAuthorization;
    const Decorator decorator = m_decorators.value(request.operation);
    // The handler may outlive `request` (a reference into the server's log), so keep a copy.
    auto kept = std::make_shared<LoopbackRequest>(request);
    post(request.header("X-Amz-Target"), request.body, authorization,
         [kept, decorator, respond](int status, const QByteArray &body) {
             if (status == 0) {
                 respond(ControlPlaneServer::error(
                     QStringLiteral("InternalServerError"),
                     QStringLiteral("DynamoDB Local behind the test server did not answer."), 500));
                 return;
             }
             if (status == 200 && decorator) {
                 QJsonObject json = QJsonDocument::fromJson(body).object();
                 decorator(*kept, json);
                 respond(ControlPlaneServer::ok(json));
                 return;
             }
             LoopbackReply reply;
             reply.status = status;
             reply.body = body;
             respond(reply);
         });
}

void ControlPlaneServer::post(const QByteArray &target, const QByteArray &body,
                              const QByteArray &authorization,
                              std::function<void(int status, const QByteArray &body)> done)
{
    QNetworkRequest request(m_backend);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-amz-json-1.0"));
    request.setRawHeader("X-Amz-Target", target);
    request.setRawHeader("Authorization", authorization);
    request.setRawHeader(
        "X-Amz-Date",
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLatin1());
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        done(status, reply->readAll());
    });
}

void ControlPlaneServer::callBackend(const QString &operation, const QJsonObject &input,
                                     BackendDone done)
{
    const QString prefix = operation == QLatin1String("ListStreams") ||
                                   operation == QLatin1String("DescribeStream") ||
                                   operation == QLatin1String("GetShardIterator") ||
                                   operation == QLatin1String("GetRecords")
                               ? QStringLiteral("DynamoDBStreams_20120810.")
                               : QStringLiteral("DynamoDB_20120810.");
    post((prefix + operation).toLatin1(), QJsonDocument(input).toJson(QJsonDocument::Compact),
         kBackendAuthorization, [done = std::move(done)](int status, const QByteArray &body) {
             done(resultFrom(status, body));
         });
}

void ControlPlaneServer::scanAll(const QString &tableName, BackendDone done)
{
    struct Scan
    {
        QJsonArray items;
        std::function<void(const QJsonObject &startKey)> next;
    };
    auto scan = std::make_shared<Scan>();
    QPointer<ControlPlaneServer> self(this);
    scan->next = [self, scan, tableName, done](const QJsonObject &startKey) {
        if (!self)
            return;
        QJsonObject input{{QStringLiteral("TableName"), tableName},
                          {QStringLiteral("Limit"), kScanPageSize}};
        if (!startKey.isEmpty())
            input.insert(QStringLiteral("ExclusiveStartKey"), startKey);
        self->callBackend(QStringLiteral("Scan"), input, [scan, done](const BackendResult &page) {
            if (!page.ok()) {
                scan->next = nullptr;
                done(page);
                return;
            }
            for (const QJsonValue &item : page.response.value(QStringLiteral("Items")).toArray())
                scan->items.append(item);
            const QJsonObject last =
                page.response.value(QStringLiteral("LastEvaluatedKey")).toObject();
            if (!last.isEmpty()) {
                scan->next(last);
                return;
            }
            BackendResult result;
            result.status = 200;
            result.response.insert(QStringLiteral("Items"), scan->items);
            result.response.insert(QStringLiteral("Count"), scan->items.size());
            // Breaks the cycle between the state and its own continuation.
            scan->next = nullptr;
            done(result);
        });
    };
    scan->next({});
}

void ControlPlaneServer::putItems(const QString &tableName, const QJsonArray &items,
                                  BackendDone done)
{
    struct Write
    {
        QJsonArray pending; // WriteRequest objects
        std::function<void()> next;
    };
    auto write = std::make_shared<Write>();
    for (const QJsonValue &item : items)
        write->pending.append(QJsonObject{
            {QStringLiteral("PutRequest"), QJsonObject{{QStringLiteral("Item"), item}}}});
    QPointer<ControlPlaneServer> self(this);
    write->next = [self, write, tableName, done] {
        if (!self)
            return;
        if (write->pending.isEmpty()) {
            // Clearing `next` destroys this very closure, so keep what is still needed.
            const BackendDone finished = done;
            write->next = nullptr;
            BackendResult result;
            result.status = 200;
            finished(result);
            return;
        }
        QJsonArray chunk;
        while (!write->pending.isEmpty() && chunk.size() < kBatchWriteSize) {
            chunk.append(write->pending.first());
            write->pending.removeFirst();
        }
        const QJsonObject input{{QStringLiteral("RequestItems"), QJsonObject{{tableName, chunk}}}};
        self->callBackend(QStringLiteral("BatchWriteItem"), input,
                          [write, tableName, done](const BackendResult &answer) {
                              if (!answer.ok()) {
                                  write->next = nullptr;
                                  done(answer);
                                  return;
                              }
                              const QJsonArray unprocessed =
                                  answer.response.value(QStringLiteral("UnprocessedItems"))
                                      .toObject()
                                      .value(tableName)
                                      .toArray();
                              for (const QJsonValue &request : unprocessed)
                                  write->pending.append(request);
                              write->next();
                          });
    };
    write->next();
}

void ControlPlaneServer::describeTable(const QString &tableName, BackendDone done)
{
    callBackend(QStringLiteral("DescribeTable"),
                QJsonObject{{QStringLiteral("TableName"), tableName}},
                [done = std::move(done)](const BackendResult &answer) {
                    BackendResult result = answer;
                    if (answer.ok())
                        result.response = answer.response.value(QStringLiteral("Table")).toObject();
                    done(result);
                });
}

void ControlPlaneServer::withTable(const QString &nameOrArn, const Respond &respond,
                                   TableFound found, MissingTable missing)
{
    const QString tableName = tableNameOf(nameOrArn);
    describeTable(tableName, [=, found = std::move(found)](const BackendResult &described) {
        if (described.ok()) {
            found(tableName, described.response);
            return;
        }
        if (described.code != QLatin1String("ResourceNotFoundException")) {
            respond(described.reply());
            return;
        }
        respond(
            missing == MissingTable::TableNotFound
                ? error(str("TableNotFoundException"), str("Table not found: %1").arg(tableName))
                : error(str("ResourceNotFoundException"),
                        str("Requested resource not found: Table: %1 not found").arg(tableName)));
    });
}

QString ControlPlaneServer::accountId()
{
    return QStringLiteral("000000000000");
}

QString ControlPlaneServer::arnRegion()
{
    return QStringLiteral("ddblocal");
}

QString ControlPlaneServer::tableArn(const QString &tableName)
{
    return QStringLiteral("arn:aws:dynamodb:%1:%2:table/%3")
        .arg(arnRegion(), accountId(), tableName);
}

QString ControlPlaneServer::tableNameFromArn(const QString &arn)
{
    static const QRegularExpression pattern(
        QStringLiteral("^arn:aws[a-z-]*:dynamodb:[^:]*:[0-9]*:table/([a-zA-Z0-9_.-]+)(/.*)?$"));
    const QRegularExpressionMatch match = pattern.match(arn);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString ControlPlaneServer::tableNameOf(const QString &nameOrArn)
{
    return nameOrArn.startsWith(QLatin1String("arn:")) ? tableNameFromArn(nameOrArn) : nameOrArn;
}

QString ControlPlaneServer::newResourceId()
{
    const QString millis =
        QStringLiteral("%1").arg(QDateTime::currentMSecsSinceEpoch(), 17, 10, QLatin1Char('0'));
    const QString random =
        QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    return millis + QLatin1Char('-') + random;
}

double ControlPlaneServer::epochSeconds(const QDateTime &time)
{
    return dynamo::dateToJson(time).toDouble();
}

double ControlPlaneServer::nowSeconds()
{
    return epochSeconds(QDateTime::currentDateTimeUtc());
}

void ControlPlaneServer::afterTransition(std::function<void()> step)
{
    QTimer::singleShot(m_transitionMs, this, std::move(step));
}

void ControlPlaneServer::setPointInTimeRecoveryEnabled(const QString &tableName, bool enabled)
{
    if (enabled)
        m_pointInTimeRecovery.insert(tableName);
    else
        m_pointInTimeRecovery.remove(tableName);
}

LoopbackReply ControlPlaneServer::ok(const QJsonObject &body)
{
    return LoopbackReply::json(body);
}

LoopbackReply ControlPlaneServer::error(const QString &code, const QString &message, int status)
{
    return LoopbackReply::error(status, code, message);
}

} // namespace dyna::test
