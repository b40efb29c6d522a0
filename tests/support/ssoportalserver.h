#pragma once

#include "aws/credentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <deque>
#include <utility>

class QTcpServer;
class QTcpSocket;

namespace dyna::test {

// One GetRoleCredentials request as the portal received it.
struct SsoPortalRequest
{
    QByteArray method;
    QByteArray path; // without the query
    QString accountId;
    QString roleName;
    QList<std::pair<QByteArray, QByteArray>> headers; // in order, names as sent

    // Empty for a valid request; otherwise why it was refused.
    QString problem;

    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
};

// A small HTTP/1.1 IAM Identity Center portal on 127.0.0.1: GET /federation/credentials with
// account_id, role_name and the x-amz-sso_bearer_token header, answered the way the portal does.
// A request with the wrong token is refused with 401 UnauthorizedException; one for another
// account or role with 403 ForbiddenException. Refusals never consume a scripted reply. Each
// valid answer mints new role credentials that expire at expiration().
class SsoPortalServer : public QObject
{
    Q_OBJECT
public:
    enum class Reply { Credentials, Unauthorized, ServerError, Malformed };

    explicit SsoPortalServer(QString accessToken, QString accountId, QString roleName,
                             QObject *parent = nullptr);
    ~SsoPortalServer() override;

    bool listen();
    QString errorString() const;
    QUrl url() const;

    void setExpiration(const QDateTime &expiration) { m_expiration = expiration; }
    QDateTime expiration() const { return m_expiration; }
    // Answers the next valid request with `reply` instead of credentials.
    void enqueue(Reply reply) { m_script.push_back(reply); }

    const QList<SsoPortalRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    QStringList problems() const;
    const QList<aws::Credentials> &minted() const { return m_minted; }

private:
    void onNewConnection();
    void processBuffer(QTcpSocket *socket);
    void handle(QTcpSocket *socket, SsoPortalRequest request);
    void answer(QTcpSocket *socket, int status, const QByteArray &errorType,
                const QByteArray &body);

    QTcpServer *m_server;
    QString m_accessToken;
    QString m_accountId;
    QString m_roleName;
    QDateTime m_expiration;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    std::deque<Reply> m_script;
    QList<SsoPortalRequest> m_requests;
    QList<aws::Credentials> m_minted;
};

} // namespace dyna::test
