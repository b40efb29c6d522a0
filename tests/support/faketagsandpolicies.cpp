#include "faketagsandpolicies.h"

#include "controlplaneserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace dyna::test {

namespace {

constexpr int kTagsPerPage = 10;
constexpr int kMaxTags = 50;
constexpr qsizetype kMaxPolicyBytes = 20 * 1024;
const QString kNoPolicy = QStringLiteral("NO_POLICY");

QString arnOf(const LoopbackRequest &request)
{
    return request.json.value(QStringLiteral("ResourceArn")).toString();
}

QStringList stringOrList(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString()};
    QStringList result;
    for (const auto &entry : value.toArray())
        result.append(entry.toString());
    return result;
}

// What the service refuses as a malformed policy; empty when it takes it. Independent of the
// console's own validator on purpose, so tests see what reaches the service.
QString policyProblem(const QString &text)
{
    if (text.toUtf8().size() > kMaxPolicyBytes)
        return QStringLiteral("Policy size exceeds the maximum of 20 KB");
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return QStringLiteral("Invalid policy document: malformed JSON");
    const QJsonObject policy = document.object();
    const QString version = policy.value(QStringLiteral("Version")).toString();
    if (version != QLatin1String("2012-10-17") && version != QLatin1String("2008-10-17"))
        return QStringLiteral("Invalid policy document: unsupported or missing Version");
    QJsonArray statements;
    const QJsonValue statement = policy.value(QStringLiteral("Statement"));
    if (statement.isObject())
        statements.append(statement);
    else
        statements = statement.toArray();
    if (statements.isEmpty())
        return QStringLiteral("Invalid policy document: missing Statement");
    for (const auto &value : statements) {
        const QJsonObject entry = value.toObject();
        const QString effect = entry.value(QStringLiteral("Effect")).toString();
        if (effect != QLatin1String("Allow") && effect != QLatin1String("Deny"))
            return QStringLiteral("Invalid policy document: missing or invalid Effect");
        for (const char *element : {"Principal", "Action", "Resource"}) {
            const QString plain = QLatin1String(element);
            if (!entry.contains(plain) && !entry.contains(QStringLiteral("Not") + plain))
                return QStringLiteral("Invalid policy document: missing %1").arg(plain);
        }
    }
    return {};
}

bool locksOutCaller(const QString &text)
{
    const QJsonObject policy = QJsonDocument::fromJson(text.toUtf8()).object();
    QJsonArray statements;
    const QJsonValue statement = policy.value(QStringLiteral("Statement"));
    if (statement.isObject())
        statements.append(statement);
    else
        statements = statement.toArray();
    static const QSet<QString> covering = {QStringLiteral("*"), QStringLiteral("dynamodb:*"),
                                           QStringLiteral("dynamodb:putresourcepolicy"),
                                           QStringLiteral("dynamodb:getresourcepolicy")};
    for (const auto &value : statements) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("Effect")).toString() != QLatin1String("Deny"))
            continue;
        for (const QString &action : stringOrList(entry.value(QStringLiteral("Action")))) {
            if (covering.contains(action.toLower()))
                return true;
        }
    }
    return false;
}

LoopbackReply notFound(const QString &arn)
{
    return ControlPlaneServer::error(
        QStringLiteral("ResourceNotFoundException"),
        QStringLiteral("Requested resource not found: ResourceArn: %1 not found").arg(arn));
}

LoopbackReply policyNotFound(const QString &arn)
{
    return ControlPlaneServer::error(
        QStringLiteral("PolicyNotFoundException"),
        QStringLiteral("Resource-based policy not found for the provided ResourceArn: %1")
            .arg(arn));
}

LoopbackReply revisionMismatch(const QString &arn, const QString &expected)
{
    return ControlPlaneServer::error(
        QStringLiteral("PolicyNotFoundException"),
        QStringLiteral("The ExpectedRevisionId %1 does not match the policy revision of %2")
            .arg(expected, arn));
}

LoopbackReply validation(const QString &message)
{
    return ControlPlaneServer::error(QStringLiteral("ValidationException"), message);
}

} // namespace

FakeTagsAndPolicies::FakeTagsAndPolicies(ControlPlaneServer *server)
    : QObject(server)
    , m_server(server)
{
    server->handle(QStringLiteral("ListTagsOfResource"), [this](const LoopbackRequest &request,
                                                                const ControlPlaneServer::Respond
                                                                    &respond) {
        const QString arn = arnOf(request);
        withResource(arn, false, respond, [this, arn, request, respond] {
            const auto all = m_tags.value(arn);
            int start = 0;
            if (request.json.contains(QStringLiteral("NextToken"))) {
                bool ok = false;
                start =
                    QString::fromLatin1(
                        QByteArray::fromBase64(
                            request.json.value(QStringLiteral("NextToken")).toString().toLatin1()))
                        .toInt(&ok);
                if (!ok || start <= 0 || start > all.size())
                    return respond(validation(QStringLiteral("Invalid NextToken")));
            }
            QJsonArray tags;
            for (int index = start; index < qMin(start + kTagsPerPage, int(all.size())); ++index)
                tags.append(QJsonObject{{QStringLiteral("Key"), all.at(index).first},
                                        {QStringLiteral("Value"), all.at(index).second}});
            QJsonObject body{{QStringLiteral("Tags"), tags}};
            if (start + kTagsPerPage < all.size())
                body.insert(
                    QStringLiteral("NextToken"),
                    QString::fromLatin1(QByteArray::number(start + kTagsPerPage).toBase64()));
            respond(ControlPlaneServer::ok(body));
        });
    });

    server->handle(QStringLiteral("TagResource"), [this](
                                                      const LoopbackRequest &request,
                                                      const ControlPlaneServer::Respond &respond) {
        const QString arn = arnOf(request);
        withResource(arn, false, respond, [this, arn, request, respond] {
            auto tags = m_tags.value(arn);
            for (const auto &value : request.json.value(QStringLiteral("Tags")).toArray()) {
                const QString key = value.toObject().value(QStringLiteral("Key")).toString();
                const QString tagValue = value.toObject().value(QStringLiteral("Value")).toString();
                if (key.startsWith(QLatin1String("aws:"), Qt::CaseInsensitive))
                    return respond(validation(
                        QStringLiteral("User-assigned tag keys cannot start with aws: (%1)")
                            .arg(key)));
                const auto existing = std::find_if(
                    tags.begin(), tags.end(), [&key](const auto &tag) { return tag.first == key; });
                if (existing != tags.end())
                    existing->second = tagValue;
                else
                    tags.append({key, tagValue});
            }
            if (tags.size() > kMaxTags)
                return respond(ControlPlaneServer::error(
                    QStringLiteral("LimitExceededException"),
                    QStringLiteral("The number of tags on %1 would exceed the limit of %2")
                        .arg(arn)
                        .arg(kMaxTags)));
            m_tags.insert(arn, tags);
            respond(ControlPlaneServer::ok({}));
        });
    });

    server->handle(
        QStringLiteral("UntagResource"),
        [this](const LoopbackRequest &request, const ControlPlaneServer::Respond &respond) {
            const QString arn = arnOf(request);
            withResource(arn, false, respond, [this, arn, request, respond] {
                const QStringList keys =
                    stringOrList(request.json.value(QStringLiteral("TagKeys")));
                auto tags = m_tags.value(arn);
                tags.removeIf([&keys](const auto &tag) { return keys.contains(tag.first); });
                m_tags.insert(arn, tags);
                respond(ControlPlaneServer::ok({}));
            });
        });

    server->handle(
        QStringLiteral("GetResourcePolicy"),
        [this](const LoopbackRequest &request, const ControlPlaneServer::Respond &respond) {
            const QString arn = arnOf(request);
            withResource(arn, true, respond, [this, arn, respond] {
                if (!m_policies.contains(arn))
                    return respond(policyNotFound(arn));
                const Policy policy = m_policies.value(arn);
                respond(
                    ControlPlaneServer::ok({{QStringLiteral("Policy"), policy.document},
                                            {QStringLiteral("RevisionId"), policy.revisionId}}));
            });
        });

    server->handle(QStringLiteral("PutResourcePolicy"), [this](const LoopbackRequest &request,
                                                               const ControlPlaneServer::Respond
                                                                   &respond) {
        const QString arn = arnOf(request);
        withResource(arn, true, respond, [this, arn, request, respond] {
            const QString document = request.json.value(QStringLiteral("Policy")).toString();
            if (const QString problem = policyProblem(document); !problem.isEmpty())
                return respond(validation(problem));
            const auto current = m_policies.constFind(arn);
            if (request.json.contains(QStringLiteral("ExpectedRevisionId"))) {
                const QString expected =
                    request.json.value(QStringLiteral("ExpectedRevisionId")).toString();
                const bool matches = expected == kNoPolicy ? current == m_policies.cend()
                                                           : current != m_policies.cend() &&
                                                                 current->revisionId == expected;
                if (!matches)
                    return respond(current == m_policies.cend() ? policyNotFound(arn)
                                                                : revisionMismatch(arn, expected));
            }
            if (locksOutCaller(document) &&
                !request.json.value(QStringLiteral("ConfirmRemoveSelfResourceAccess")).toBool())
                return respond(validation(
                    QStringLiteral("The policy denies your own access to manage the resource "
                                   "policy of %1; set ConfirmRemoveSelfResourceAccess to confirm")
                        .arg(arn)));
            if (current != m_policies.cend() && current->document == document)
                return respond(
                    ControlPlaneServer::ok({{QStringLiteral("RevisionId"), current->revisionId}}));
            const Policy policy{document, ControlPlaneServer::newResourceId()};
            m_policies.insert(arn, policy);
            respond(ControlPlaneServer::ok({{QStringLiteral("RevisionId"), policy.revisionId}}));
        });
    });

    server->handle(
        QStringLiteral("DeleteResourcePolicy"),
        [this](const LoopbackRequest &request, const ControlPlaneServer::Respond &respond) {
            const QString arn = arnOf(request);
            withResource(arn, true, respond, [this, arn, request, respond] {
                const auto current = m_policies.constFind(arn);
                if (request.json.contains(QStringLiteral("ExpectedRevisionId"))) {
                    const QString expected =
                        request.json.value(QStringLiteral("ExpectedRevisionId")).toString();
                    if (current == m_policies.cend())
                        return respond(policyNotFound(arn));
                    if (current->revisionId != expected)
                        return respond(revisionMismatch(arn, expected));
                }
                // Idempotent: deleting where there is no policy answers without a RevisionId.
                if (current == m_policies.cend())
                    return respond(ControlPlaneServer::ok({}));
                const QString revision = current->revisionId;
                m_policies.remove(arn);
                respond(ControlPlaneServer::ok({{QStringLiteral("RevisionId"), revision}}));
            });
        });
}

void FakeTagsAndPolicies::withResource(const QString &arn, bool streamsAllowed,
                                       const ControlPlaneServer::Respond &respond,
                                       std::function<void()> then)
{
    resolve(arn, streamsAllowed, [arn, respond, then = std::move(then)](const QString &error) {
        if (error.isEmpty())
            return then();
        respond(error == QLatin1String("ResourceNotFoundException")
                    ? notFound(arn)
                    : validation(QStringLiteral("Tags are supported on tables only: %1").arg(arn)));
    });
}

void FakeTagsAndPolicies::resolve(const QString &arn, bool streamsAllowed, Found found)
{
    const QString tableName = ControlPlaneServer::tableNameFromArn(arn);
    if (tableName.isEmpty())
        return found(QStringLiteral("ResourceNotFoundException"));
    m_server->describeTable(
        tableName, [arn, streamsAllowed, found = std::move(found)](const BackendResult &result) {
            if (!result.ok())
                return found(QStringLiteral("ResourceNotFoundException"));
            if (result.response.value(QStringLiteral("TableArn")).toString() == arn)
                return found({});
            const bool isStream =
                result.response.value(QStringLiteral("LatestStreamArn")).toString() == arn;
            if (isStream && streamsAllowed)
                return found({});
            found(isStream ? QStringLiteral("ValidationException")
                           : QStringLiteral("ResourceNotFoundException"));
        });
}

} // namespace dyna::test
