#pragma once

#include "clock.h"
#include "credentials.h"
#include "endpointresolver.h"
#include "retrypolicy.h"
#include "signedrequestjob.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace dyna::aws {

class CredentialsProvider;

// Where and how STS calls are made. The quota is shared by the jobs that get the same pointer.
struct StsConfig
{
    EndpointOptions endpoint;
    RetryConfig retry;
    std::shared_ptr<RetryQuota> quota; // a fresh quota per job when null
    Clock clock = Clock::system();
};

struct AssumeRoleParams
{
    QString roleArn;
    QString roleSessionName; // "dynaconsole-<unix time>" when empty
    QString externalId;
    int durationSeconds = 3600; // 0 leaves it to STS (one hour)
    QString mfaSerial;          // with tokenCode: the MFA device that vouches for the caller
    QString tokenCode;
};

struct AssumedRole
{
    Credentials credentials;
    QString arn;           // AssumedRoleUser/Arn
    QString assumedRoleId; // AssumedRoleUser/AssumedRoleId
    QString requestId;
};

struct CallerIdentity
{
    QString account;
    QString arn;
    QString userId;
    QString requestId;
};

// Readers of the query-protocol answers (namespace https://sts.amazonaws.com/doc/2011-06-15/).
// On failure they return nothing and put the reason in *error.
std::optional<AssumedRole> parseAssumeRoleResponse(const QByteArray &xml, QString *error);
std::optional<CallerIdentity> parseCallerIdentityResponse(const QByteArray &xml, QString *error);

// One STS call over the query protocol: validate against the STS model, then signed attempts
// (service "sts") with the standard retry mode. Auto-deletes by default.
class StsJob : public SignedRequestJob
{
    Q_OBJECT
public:
    // Without a network manager the job makes its own.
    StsJob(QString action, std::shared_ptr<CredentialsProvider> credentials, StsConfig config,
           QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);

    const QString &action() const { return operation(); }

protected:
    // The input members, in the model's form (numbers as numbers).
    virtual QList<std::pair<QString, QJsonValue>> inputMembers() const = 0;
    // Reads a 200 answer; false with a reason when it cannot be read.
    virtual bool readResponse(const QByteArray &body, QString *error) = 0;
    const StsConfig &config() const { return m_config; }

    AwsError prepare(Request *request) override;
    QNetworkAccessManager *network() const override { return m_network; }
    CredentialsProvider *credentialsProvider() const override { return m_credentials.get(); }
    QDateTime now() const override { return m_config.clock.now(); }
    const SigV4Signer &signer() const override { return m_signer; }
    RetryPolicy retryPolicy() const override;
    AwsError readAnswer(int status, const QByteArray &body, const QNetworkReply &reply) override;

private:
    std::shared_ptr<CredentialsProvider> m_credentials;
    StsConfig m_config;
    QPointer<QNetworkAccessManager> m_network;
    SigV4Signer m_signer;
};

class AssumeRoleJob : public StsJob
{
    Q_OBJECT
public:
    AssumeRoleJob(std::shared_ptr<CredentialsProvider> source, AssumeRoleParams params,
                  StsConfig config, QNetworkAccessManager *network = nullptr,
                  QObject *parent = nullptr);

    // With the default session name filled in.
    const AssumeRoleParams &params() const { return m_params; }
    const AssumedRole &result() const { return m_result; }

protected:
    QList<std::pair<QString, QJsonValue>> inputMembers() const override;
    bool readResponse(const QByteArray &body, QString *error) override;

private:
    AssumeRoleParams m_params;
    AssumedRole m_result;
};

// "Who am I": the account and ARN behind a set of credentials ("Test connection").
class GetCallerIdentityJob : public StsJob
{
    Q_OBJECT
public:
    GetCallerIdentityJob(std::shared_ptr<CredentialsProvider> credentials, StsConfig config,
                         QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);

    const CallerIdentity &result() const { return m_result; }

protected:
    QList<std::pair<QString, QJsonValue>> inputMembers() const override;
    bool readResponse(const QByteArray &body, QString *error) override;

private:
    CallerIdentity m_result;
};

} // namespace dyna::aws
