#pragma once

#include "aws/credentials.h"

#include <QString>

#include <optional>

class QProcessEnvironment;

namespace dyna::profiles {

// Credentials from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, with the session token from
// AWS_SECURITY_TOKEN or AWS_SESSION_TOKEN (the legacy name first, as botocore reads them) and the
// expiry from AWS_CREDENTIAL_EXPIRATION. Nothing when no access key is set; when only one of the
// two keys is set, nothing and `error` says which one is missing.
std::optional<aws::Credentials> credentialsFromEnvironment(const QProcessEnvironment &env,
                                                           QString *error = nullptr);
// AWS_REGION, else AWS_DEFAULT_REGION; empty when neither is set.
QString regionFromEnvironment(const QProcessEnvironment &env);
// AWS_PROFILE, else AWS_DEFAULT_PROFILE; empty when neither is set.
QString profileFromEnvironment(const QProcessEnvironment &env);

} // namespace dyna::profiles
