#pragma once

#include "awserror.h"
#include "credentials.h"

#include <functional>

class QObject;

namespace dyna::aws {

// Where a client gets its credentials. Providers that must refresh (STS) answer later;
// `done` is called exactly once, on the thread of `context`, unless `context` is destroyed first.
class CredentialsProvider
{
public:
    using Callback = std::function<void(const Credentials &, const AwsError &)>;
    virtual ~CredentialsProvider() = default;
    virtual void fetch(QObject *context, Callback done) = 0;
};

// Fixed keys: long-term access keys, or DynamoDB Local's placeholder keys.
class StaticCredentialsProvider final : public CredentialsProvider
{
public:
    explicit StaticCredentialsProvider(Credentials credentials);
    void fetch(QObject *context, Callback done) override;

private:
    Credentials m_credentials;
};

} // namespace dyna::aws
