#include "tags.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace dyna::dynamo {

namespace {

// Looked up under the same context lupdate files the strings under (a free TagsText::tr() would
// be filed under the namespace, and its translations never found).
struct TagsText
{
    Q_DECLARE_TR_FUNCTIONS(Tags)
};

// The docs count Unicode characters, not UTF-16 units.
qsizetype characterCount(const QString &text)
{
    return text.toUcs4().size();
}

// Letters, white space and numbers, plus + - = . _ : / ("Tagging restrictions in DynamoDB").
QString firstForbiddenCharacter(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        const auto c = char32_t(codePoint);
        if (QChar::isLetter(c) || QChar::isNumber(c) || QChar::isSpace(c))
            continue;
        if (c < 0x80 && QByteArrayView("+-=._:/").contains(char(c)))
            continue;
        return QString::fromUcs4(&c, 1);
    }
    return {};
}

QString characterProblem(const QString &text, const char *what)
{
    const QString forbidden = firstForbiddenCharacter(text);
    if (forbidden.isEmpty())
        return {};
    return TagsText::tr(
               "The tag %1 contains \"%2\"; only letters, numbers, spaces and + - = . _ : / are "
               "allowed.")
        .arg(TagsText::tr(what), forbidden);
}

} // namespace

bool isAwsAssignedTagKey(const QString &key)
{
    return key.startsWith(QLatin1String("aws:"), Qt::CaseInsensitive);
}

QString tagKeyProblem(const QString &key)
{
    if (key.isEmpty())
        return TagsText::tr("A tag key cannot be empty.");
    const qsizetype length = characterCount(key);
    if (length > MaxTagKeyLength)
        return TagsText::tr("The tag key \"%1…\" is %2 characters long; keys have at most %3.")
            .arg(key.left(20))
            .arg(length)
            .arg(MaxTagKeyLength);
    if (isAwsAssignedTagKey(key))
        return TagsText::tr(
                   "The tag key \"%1\" starts with \"aws:\", which is reserved for tags AWS "
                   "assigns.")
            .arg(key);
    return characterProblem(key, "key");
}

QString tagValueProblem(const QString &value)
{
    const qsizetype length = characterCount(value);
    if (length > MaxTagValueLength)
        return TagsText::tr("The tag value \"%1…\" is %2 characters long; values have at most %3.")
            .arg(value.left(20))
            .arg(length)
            .arg(MaxTagValueLength);
    return characterProblem(value, "value");
}

QList<TagProblem> validateTags(const QList<Tag> &tags)
{
    QList<TagProblem> problems;
    QHash<QString, int> firstRow;
    for (int row = 0; row < tags.size(); ++row) {
        const Tag &tag = tags.at(row);
        if (const auto existing = firstRow.constFind(tag.key); existing != firstRow.cend()) {
            problems.append(
                {row, TagsText::tr("The tag key \"%1\" appears twice (rows %2 and %3); keys "
                                   "must be unique.")
                          .arg(tag.key)
                          .arg(existing.value() + 1)
                          .arg(row + 1)});
            continue;
        }
        firstRow.insert(tag.key, row);
        if (const QString problem = tagKeyProblem(tag.key); !problem.isEmpty())
            problems.append({row, problem});
        else if (const QString valueProblem = tagValueProblem(tag.value); !valueProblem.isEmpty())
            problems.append({row, valueProblem});
    }
    const qsizetype userTags = tags.size();
    if (userTags > MaxTagsPerResource)
        problems.append({-1, TagsText::tr("A resource can have at most %1 tags; this list has %2.")
                                 .arg(MaxTagsPerResource)
                                 .arg(userTags)});
    return problems;
}

QJsonObject TagDiff::tagResourceInput(const QString &resourceArn) const
{
    return {{QStringLiteral("ResourceArn"), resourceArn},
            {QStringLiteral("Tags"), tagsToJson(added + changed)}};
}

QJsonObject TagDiff::untagResourceInput(const QString &resourceArn) const
{
    return {{QStringLiteral("ResourceArn"), resourceArn},
            {QStringLiteral("TagKeys"), QJsonArray::fromStringList(removed)}};
}

TagDiff diffTags(const QList<Tag> &listed, const QList<Tag> &edited)
{
    QHash<QString, QString> before;
    for (const Tag &tag : listed)
        before.insert(tag.key, tag.value);
    TagDiff diff;
    QSet<QString> kept;
    for (const Tag &tag : edited) {
        if (isAwsAssignedTagKey(tag.key) || kept.contains(tag.key))
            continue;
        kept.insert(tag.key);
        const auto old = before.constFind(tag.key);
        if (old == before.cend())
            diff.added.append(tag);
        else if (old.value() != tag.value)
            diff.changed.append(tag);
    }
    for (const Tag &tag : listed) {
        if (!isAwsAssignedTagKey(tag.key) && !kept.contains(tag.key) &&
            !diff.removed.contains(tag.key))
            diff.removed.append(tag.key);
    }
    return diff;
}

QList<Tag> tagsFromJson(const QJsonArray &tags)
{
    QList<Tag> result;
    result.reserve(tags.size());
    for (const auto &value : tags) {
        const QJsonObject tag = value.toObject();
        result.append({tag.value(QStringLiteral("Key")).toString(),
                       tag.value(QStringLiteral("Value")).toString()});
    }
    return result;
}

QJsonArray tagsToJson(const QList<Tag> &tags)
{
    QJsonArray result;
    for (const Tag &tag : tags)
        result.append(
            QJsonObject{{QStringLiteral("Key"), tag.key}, {QStringLiteral("Value"), tag.value}});
    return result;
}

} // namespace dyna::dynamo
