#include "policydocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace dyna::dynamo {

namespace {

// Looked up under the same context lupdate files the strings under (a free PolicyDocumentText::tr()
// would be filed under the namespace, and its translations never found).
struct PolicyDocumentText
{
    Q_DECLARE_TR_FUNCTIONS(PolicyDocument)
};

PolicyProblem problem(const QString &message)
{
    return {message, 0, 0};
}

// QJsonParseError::offset counts UTF-8 bytes.
PolicyProblem parseProblem(const QByteArray &utf8, const QJsonParseError &error)
{
    const QString before = QString::fromUtf8(utf8.left(qMax(0, error.offset)));
    const int line = int(before.count(QLatin1Char('\n'))) + 1;
    const int column = int(before.size() - (before.lastIndexOf(QLatin1Char('\n')) + 1)) + 1;
    return {PolicyDocumentText::tr("The policy is not valid JSON: %1 at line %2, column %3.")
                .arg(error.errorString())
                .arg(line)
                .arg(column),
            line, column};
}

bool isStringOrStringList(const QJsonValue &value)
{
    if (value.isString())
        return !value.toString().isEmpty();
    if (!value.isArray() || value.toArray().isEmpty())
        return false;
    const QJsonArray list = value.toArray();
    return std::all_of(list.begin(), list.end(), [](const QJsonValue &entry) {
        return entry.isString() && !entry.toString().isEmpty();
    });
}

// Principal is "*" or an object such as {"AWS": "arn:..."} whose values are strings or lists.
bool isPrincipal(const QJsonValue &value)
{
    if (value.isString())
        return value.toString() == QLatin1String("*");
    if (!value.isObject() || value.toObject().isEmpty())
        return false;
    const QJsonObject principal = value.toObject();
    return std::all_of(principal.begin(), principal.end(),
                       [](const QJsonValue &entry) { return isStringOrStringList(entry); });
}

QString statementName(int number, const QJsonObject &statement)
{
    const QString sid = statement.value(QStringLiteral("Sid")).toString();
    const QString name = QStringLiteral("Statement[%1]").arg(number);
    return sid.isEmpty() ? name : PolicyDocumentText::tr("%1 (Sid \"%2\")").arg(name, sid);
}

PolicyProblem checkPair(const QString &name, const QJsonObject &statement, const QString &element,
                        bool principal)
{
    const QString negated = QStringLiteral("Not") + element;
    const bool hasPlain = statement.contains(element);
    const bool hasNegated = statement.contains(negated);
    if (!hasPlain && !hasNegated)
        return problem(PolicyDocumentText::tr("%1 has no %2 (or %3).").arg(name, element, negated));
    if (hasPlain && hasNegated)
        return problem(PolicyDocumentText::tr("%1 has both %2 and %3; use only one.")
                           .arg(name, element, negated));
    const QString used = hasPlain ? element : negated;
    const QJsonValue value = statement.value(used);
    if (principal ? !isPrincipal(value) : !isStringOrStringList(value)) {
        return problem(principal ? PolicyDocumentText::tr(
                                       "In %1, %2 must be \"*\" or an object such as {\"AWS\": "
                                       "\"arn:aws:iam::123456789012:root\"}.")
                                       .arg(name, used)
                                 : PolicyDocumentText::tr(
                                       "In %1, %2 must be a string or a non-empty list of strings.")
                                       .arg(name, used));
    }
    return {};
}

PolicyProblem checkStatement(int number, const QJsonValue &value)
{
    if (!value.isObject())
        return problem(PolicyDocumentText::tr("Statement[%1] is not an object.").arg(number));
    const QJsonObject statement = value.toObject();
    const QString name = statementName(number, statement);
    static const QSet<QString> known = {
        QStringLiteral("Sid"),          QStringLiteral("Effect"),      QStringLiteral("Principal"),
        QStringLiteral("NotPrincipal"), QStringLiteral("Action"),      QStringLiteral("NotAction"),
        QStringLiteral("Resource"),     QStringLiteral("NotResource"), QStringLiteral("Condition")};
    for (auto it = statement.begin(); it != statement.end(); ++it) {
        if (!known.contains(it.key()))
            return problem(
                PolicyDocumentText::tr("%1 has an unknown element \"%2\".").arg(name, it.key()));
    }
    if (statement.contains(QStringLiteral("Sid")) &&
        !statement.value(QStringLiteral("Sid")).isString())
        return problem(PolicyDocumentText::tr("%1 has a Sid that is not a string.").arg(name));
    if (!statement.contains(QStringLiteral("Effect")))
        return problem(PolicyDocumentText::tr("%1 has no Effect.").arg(name));
    const QJsonValue effect = statement.value(QStringLiteral("Effect"));
    if (effect.toString() != QLatin1String("Allow") && effect.toString() != QLatin1String("Deny")) {
        const QString shown = effect.isString() ? QStringLiteral("\"%1\"").arg(effect.toString())
                                                : PolicyDocumentText::tr("that is not a string");
        return problem(PolicyDocumentText::tr("%1 has Effect %2; use \"Allow\" or \"Deny\".")
                           .arg(name, shown));
    }
    if (auto found = checkPair(name, statement, QStringLiteral("Principal"), true);
        !found.isValid())
        return found;
    if (auto found = checkPair(name, statement, QStringLiteral("Action"), false); !found.isValid())
        return found;
    if (auto found = checkPair(name, statement, QStringLiteral("Resource"), false);
        !found.isValid())
        return found;
    if (statement.contains(QStringLiteral("Condition")) &&
        !statement.value(QStringLiteral("Condition")).isObject())
        return problem(
            PolicyDocumentText::tr("%1 has a Condition that is not an object.").arg(name));
    return {};
}

} // namespace

PolicyProblem validatePolicyDocument(const QString &text)
{
    if (text.trimmed().isEmpty())
        return problem(PolicyDocumentText::tr("The policy is empty."));
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() > MaxResourcePolicyBytes)
        return problem(PolicyDocumentText::tr(
                           "The policy is %1 bytes; DynamoDB accepts at most 20 KB (%2 bytes), "
                           "whitespace included.")
                           .arg(utf8.size())
                           .arg(MaxResourcePolicyBytes));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError)
        return parseProblem(utf8, error);
    if (!document.isObject())
        return problem(
            PolicyDocumentText::tr("The policy must be a JSON object with Version and Statement."));
    const QJsonObject policy = document.object();
    static const QSet<QString> known = {QStringLiteral("Version"), QStringLiteral("Id"),
                                        QStringLiteral("Statement")};
    for (auto it = policy.begin(); it != policy.end(); ++it) {
        if (!known.contains(it.key()))
            return problem(
                PolicyDocumentText::tr("The policy has an unknown top-level element \"%1\".")
                    .arg(it.key()));
    }
    if (!policy.contains(QStringLiteral("Version")))
        return problem(PolicyDocumentText::tr("The policy has no Version; use \"2012-10-17\"."));
    const QString version = policy.value(QStringLiteral("Version")).toString();
    if (version != QLatin1String("2012-10-17") && version != QLatin1String("2008-10-17"))
        return problem(
            PolicyDocumentText::tr("The policy's Version must be \"2012-10-17\" (or the older "
                                   "\"2008-10-17\")."));
    if (!policy.contains(QStringLiteral("Statement")))
        return problem(PolicyDocumentText::tr("The policy has no Statement."));
    const QJsonValue statements = policy.value(QStringLiteral("Statement"));
    if (statements.isObject())
        return checkStatement(1, statements);
    if (!statements.isArray())
        return problem(PolicyDocumentText::tr(
            "The policy's Statement must be an object or a list of objects."));
    const QJsonArray list = statements.toArray();
    if (list.isEmpty())
        return problem(PolicyDocumentText::tr("The policy's Statement list is empty."));
    for (int index = 0; index < list.size(); ++index) {
        if (auto found = checkStatement(index + 1, list.at(index)); !found.isValid())
            return found;
    }
    return {};
}

} // namespace dyna::dynamo
