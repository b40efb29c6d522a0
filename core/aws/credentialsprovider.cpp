#include "credentialsprovider.h"

#include <QCoreApplication>
#include <QObject>

namespace dyna::aws {

StaticCredentialsProvider::StaticCredentialsProvider(Credentials credentials)
    : m_credentials(std::move(credentials))
{}

void StaticCredentialsProvider::fetch(QObject *context, Callback done)
{
    Q_UNUSED(context)
    if (m_credentials.isValid()) {
        done(m_credentials, {});
        return;
    }
    done({}, AwsError::localFailure(
                 ErrorKind::Auth, {}, QStringLiteral("MissingCredentials"),
                 QCoreApplication::translate(
                     "CredentialsProvider",
                     "No access key id and secret access key are set for this connection.")));
}

} // namespace dyna::aws
