#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dyna::dynamo {

// One tag of a DynamoDB resource. Keys and values are case sensitive; a value may be empty.
struct Tag
{
    QString key;
    QString value;

    friend bool operator==(const Tag &, const Tag &) = default;
};

// Limits from the model (TagKeyString, TagValueString) and "Tagging restrictions in DynamoDB".
inline constexpr int MaxTagKeyLength = 128;
inline constexpr int MaxTagValueLength = 256;
inline constexpr int MaxTagsPerResource = 50;

// Tags whose key starts with "aws:" (any case) are assigned by AWS: users can neither set nor
// remove them, and they do not count toward the 50.
bool isAwsAssignedTagKey(const QString &key);

// A sentence naming what is wrong with one key or value; empty when it is fine.
QString tagKeyProblem(const QString &key);
QString tagValueProblem(const QString &value);

// A problem of one row of an edited tag list (row counts from 0, -1 for the list as a whole).
struct TagProblem
{
    int row = -1;
    QString message;
};

// Every problem of the user tags wanted on a resource: each key and value (an "aws:" key is
// refused), duplicate keys and the limit of 50. AWS-assigned tags a resource already carries are
// read-only and do not belong in `tags`.
QList<TagProblem> validateTags(const QList<Tag> &tags);

// What turns the listed tags into the edited ones: one TagResource for the added and changed
// tags, one UntagResource for the removed keys. AWS-assigned tags are never touched.
struct TagDiff
{
    QList<Tag> added;
    QList<Tag> changed;
    QStringList removed;

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
    bool needsTagResource() const { return !added.isEmpty() || !changed.isEmpty(); }
    bool needsUntagResource() const { return !removed.isEmpty(); }
    QJsonObject tagResourceInput(const QString &resourceArn) const;
    QJsonObject untagResourceInput(const QString &resourceArn) const;
};

TagDiff diffTags(const QList<Tag> &listed, const QList<Tag> &edited);

// The model's TagList shape ([{"Key": ..., "Value": ...}]).
QList<Tag> tagsFromJson(const QJsonArray &tags);
QJsonArray tagsToJson(const QList<Tag> &tags);

} // namespace dyna::dynamo
