#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace dyna::aws {
class AwsClient;
} // namespace dyna::aws

namespace dyna::session {

// The one object that says what the console is connected to. Panels subscribe to
// `connectionChanged` instead of reaching into the main window; the generation number lets
// them drop results that belong to an earlier connection.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Connects to a DynamoDB Local style endpoint with placeholder credentials.
    void connectToLocalEndpoint(const QUrl &endpoint, const QString &region = {});

    aws::AwsClient *client() const;
    quint64 generation() const { return m_generation; }
    QString displayName() const { return m_displayName; }
    bool isLocal() const;

Q_SIGNALS:
    void connectionChanged();

private:
    QPointer<aws::AwsClient> m_client;
    QString m_displayName;
    quint64 m_generation = 0;
};

} // namespace dyna::session
