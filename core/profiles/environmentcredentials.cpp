#include "environmentcredentials.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace dyna::profiles {

namespace {

// An empty variable counts as unset, as in botocore.
QString firstSet(const QProcessEnvironment &env, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QString value = env.value(QLatin1String(name));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

std::optional<aws::Credentials> credentialsFromEnvironment(const QProcessEnvironment &env,
                                                           QString *error)
{
    aws::Credentials credentials;
    credentials.accessKeyId = firstSet(env, {"AWS_ACCESS_KEY_ID"});
    credentials.secretAccessKey = firstSet(env, {"AWS_SECRET_ACCESS_KEY"});
    if (credentials.accessKeyId.isEmpty() && credentials.secretAccessKey.isEmpty())
        return std::nullopt;
    if (credentials.accessKeyId.isEmpty() || credentials.secretAccessKey.isEmpty()) {
        if (error) {
            *error = credentials.accessKeyId.isEmpty()
                         ? QCoreApplication::translate(
                               "EnvironmentCredentials",
                               "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not.")
                         : QCoreApplication::translate(
                               "EnvironmentCredentials",
                               "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.");
        }
        return std::nullopt;
    }
    credentials.sessionToken = firstSet(env, {"AWS_SECURITY_TOKEN", "AWS_SESSION_TOKEN"});
    const QString expiration = firstSet(env, {"AWS_CREDENTIAL_EXPIRATION"});
    if (!expiration.isEmpty())
        credentials.expiration = QDateTime::fromString(expiration, Qt::ISODateWithMs).toUTC();
    return credentials;
}

QString regionFromEnvironment(const QProcessEnvironment &env)
{
    return firstSet(env, {"AWS_REGION", "AWS_DEFAULT_REGION"});
}

QString profileFromEnvironment(const QProcessEnvironment &env)
{
    return firstSet(env, {"AWS_PROFILE", "AWS_DEFAULT_PROFILE"});
}

} // namespace dyna::profiles
