#pragma once

#include "controlplaneserver.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>

namespace dyna::test {

// Tags and resource-based policies on the control-plane server.
//
// TagResource, UntagResource, ListTagsOfResource: tables only (the ARN DescribeTable returns);
// an unknown table is ResourceNotFoundException, another kind of ARN ValidationException, an
// "aws:" key ValidationException, more than 50 tags LimitExceededException. ListTagsOfResource
// pages 10 tags at a time with an opaque NextToken.
//
// PutResourcePolicy, GetResourcePolicy, DeleteResourcePolicy: a table or its current stream.
// A malformed document (not JSON, no Version/Statement, a statement without Effect, Principal,
// Action or Resource, over 20 KB) is a ValidationException. Every put of a new document makes a
// new RevisionId; the same document again keeps it (the operation is idempotent).
// ExpectedRevisionId that does not match, or is given while no policy exists, is
// PolicyNotFoundException; "NO_POLICY" means "only when there is no policy".
// Self lock-out, kept simple: a Deny statement whose Action covers
// dynamodb:PutResourcePolicy or dynamodb:GetResourcePolicy (directly, "dynamodb:*" or "*") needs
// ConfirmRemoveSelfResourceAccess, otherwise ValidationException. Principals and conditions
// are not evaluated.
class FakeTagsAndPolicies : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        QString document;
        QString revisionId;
    };

    explicit FakeTagsAndPolicies(ControlPlaneServer *server);

    // The state, for tests that check it directly.
    QList<QPair<QString, QString>> tags(const QString &resourceArn) const
    {
        return m_tags.value(resourceArn);
    }
    bool hasPolicy(const QString &resourceArn) const { return m_policies.contains(resourceArn); }
    Policy policy(const QString &resourceArn) const { return m_policies.value(resourceArn); }

private:
    // Gets the error code to answer, empty when the resource exists.
    using Found = std::function<void(const QString &error)>;
    // Finds the table or stream an ARN names in DynamoDB Local.
    void resolve(const QString &arn, bool streamsAllowed, Found found);
    // Runs `then` when the ARN names a resource found by resolve(), otherwise answers the
    // error: ResourceNotFoundException, or ValidationException for a stream given for tags.
    void withResource(const QString &arn, bool streamsAllowed,
                      const ControlPlaneServer::Respond &respond, std::function<void()> then);

    ControlPlaneServer *m_server;
    QHash<QString, QList<QPair<QString, QString>>> m_tags;
    QHash<QString, Policy> m_policies;
};

} // namespace dyna::test
