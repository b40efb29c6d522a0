#pragma once

#include "aws/credentials.h"
#include "aws/endpointresolver.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
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

// One STS request as the server received it.
struct StsRequest
{
    QByteArray method;
    QByteArray path;
    QList<std::pair<QByteArray, QByteArray>> headers; // in order, names as sent
    QByteArray body;
    QMap<QString, QString> form; // the decoded form fields, Action and Version included
    QString action;

    // From the Authorization header.
    QString accessKeyId;
    QString scopeDate;
    QString region;
    QString service;
    QByteArrayList signedHeaders; // lowercase
    bool signatureVerified = false;

    // Empty for a valid request; otherwise why it was refused.
    QString problem;

    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
    bool hasHeader(QByteArrayView name) const;
};

// A scripted answer for the next valid request.
struct StsReply
{
    enum class Action { Answer, Malformed, DropConnection };

    Action action = Action::Answer;
    int status = 200; // 200 with Action::Answer: the normal result of the action
    QString code;
    QString message;

    // A query-protocol error: <ErrorResponse><Error><Type/><Code/><Message/>...
    static StsReply error(int status, const QString &code, const QString &message);
    static StsReply expiredToken();
    static StsReply accessDenied();
    static StsReply mfaFailed(); // AccessDenied "MultiFactorAuthentication failed ..."
    static StsReply malformed(); // 200 with an XML body cut short
    static StsReply dropConnection();
};

// A small HTTP/1.1 STS endpoint on 127.0.0.1 for the query protocol (AssumeRole,
// GetCallerIdentity). Every request is checked the way STS checks it: form body, Content-Type,
// the SigV4 signature (scope service "sts") re-computed with the secret it knows, and the
// parameters against the STS model. A refused request is answered with STS's error, counted in
// invalidRequests() and never consumes a scripted reply. AssumeRole mints new credentials,
// valid from then on as well (role chaining), expiring DurationSeconds after now().
class StsLoopbackServer : public QObject
{
    Q_OBJECT
public:
    explicit StsLoopbackServer(QObject *parent = nullptr);
    ~StsLoopbackServer() override;

    // Long-term keys the server knows from the start.
    static aws::Credentials sourceCredentials();
    static QString account() { return QStringLiteral("123456789012"); }

    bool listen();
    QString errorString() const;
    quint16 port() const;
    QUrl url() const;
    aws::EndpointOptions endpointOptions(const QString &region = QStringLiteral("eu-west-1")) const;

    void addCredentials(const aws::Credentials &credentials);
    // The time minted credentials count from.
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }
    void enqueue(const StsReply &reply);
    int queuedReplies() const { return int(m_script.size()); }

    const QList<StsRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int invalidRequests() const;
    QStringList problems() const;
    // Credentials minted so far, in order.
    const QList<aws::Credentials> &minted() const { return m_minted; }

Q_SIGNALS:
    void requestReceived(int index);

private:
    void onNewConnection();
    void processBuffer(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, StsRequest request);
    // The refusal to send, or an empty reply for a valid request.
    std::optional<StsReply> validate(StsRequest &request) const;
    QByteArray resultFor(const StsRequest &request, const QByteArray &requestId);
    void answer(QTcpSocket *socket, int status, const QByteArray &body,
                const QByteArray &requestId);

    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QString, aws::Credentials> m_known; // by access key id
    std::deque<StsReply> m_script;
    QList<StsRequest> m_requests;
    QList<aws::Credentials> m_minted;
    QHash<QString, QString> m_arns; // access key id -> ARN GetCallerIdentity answers
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace dyna::test
