// TLS certificate verification is never turned off: an endpoint with a certificate nobody
// vouches for is refused before a single byte of the request (and its signature) is sent, with
// a sentence saying so; the same server works once the certificate is trusted, so the refusal
// is the check and not a broken server.
#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "dynamo/preflight.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dyna;

class TestTlsVerification : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void untrustedCertificateIsRefusedBeforeSending();
    void trustedCertificateIsAccepted();

private:
    std::unique_ptr<aws::RequestJob> listTables();

    QTemporaryDir m_folder;
    QSslCertificate m_certificate;
    QSslServer m_server;
    QByteArray m_received; // decrypted bytes: what a request would have revealed
};

void TestTlsVerification::initTestCase()
{
    QVERIFY(m_folder.isValid());
    // A fresh self-signed certificate for 127.0.0.1, valid for two days.
    QProcess openssl;
    openssl.setWorkingDirectory(m_folder.path());
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"),
                   QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0,
             openssl.readAllStandardError().constData());
    QFile certFile(m_folder.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(m_folder.filePath(QStringLiteral("key.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    m_certificate = QSslCertificate(&certFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Ec, QSsl::Pem);
    QVERIFY(!m_certificate.isNull());
    QVERIFY(!key.isNull());

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // the server asks for no client cert
    m_server.setSslConfiguration(configuration);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                m_received += socket->readAll();
                if (!m_received.contains("\r\n\r\n"))
                    return;
                const QByteArray body = R"({"TableNames":["Trusted"]})";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\n"
                              "Content-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
            });
        }
    });
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
}

std::unique_ptr<aws::RequestJob> TestTlsVerification::listTables()
{
    aws::ClientConfig config;
    config.endpoint.region = QStringLiteral("us-east-1");
    config.endpoint.overrideUrl =
        QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()));
    auto credentials = std::make_shared<aws::StaticCredentialsProvider>(
        aws::Credentials{QStringLiteral("AKIDEXAMPLE"), QStringLiteral("secret"), {}, {}});
    auto *client = dynamo::createClient(config, credentials, this);
    std::unique_ptr<aws::RequestJob> job(
        client->call(aws::Service::DynamoDb, QStringLiteral("ListTables")));
    job->setAutoDelete(false);
    QSignalSpy finished(job.get(), &aws::Job::finished);
    job->start();
    if (!finished.wait(60000))
        return nullptr;
    client->deleteLater();
    return job;
}

void TestTlsVerification::untrustedCertificateIsRefusedBeforeSending()
{
    m_received.clear();
    const auto job = listTables();
    QVERIFY(job);
    QVERIFY(job->error().isError());
    QCOMPARE(job->error().code, QStringLiteral("SslHandshakeFailedError"));
    QVERIFY2(job->error().userMessage().contains(QLatin1String("secure connection")),
             qPrintable(job->error().userMessage()));
    // Not one byte of the request, its signature or its credential scope reached the server.
    QCOMPARE(m_received, QByteArray());
}

void TestTlsVerification::trustedCertificateIsAccepted()
{
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificate(m_certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);
    m_received.clear();
    const auto job = listTables();
    QVERIFY(job);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().details()));
    QCOMPARE(job->response().value(QStringLiteral("TableNames")).toArray().at(0).toString(),
             QStringLiteral("Trusted"));
    QVERIFY(m_received.startsWith("POST / HTTP/1.1"));
}

QTEST_GUILESS_MAIN(TestTlsVerification)
#include "tst_tlsverification.moc"
