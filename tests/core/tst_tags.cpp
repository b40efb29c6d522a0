// Tag rules from the model and "Tagging restrictions in DynamoDB", and the two calls an edit
// becomes.
#include "dynamo/tags.h"

#include <QJsonArray>
#include <QTest>

using namespace dyna::dynamo;

class TestTags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyProblems_data();
    void keyProblems();
    void valueProblems_data();
    void valueProblems();
    void duplicateKeysAndLimit();
    void diffSplitsIntoTagAndUntag();
    void diffLeavesAwsTagsAlone();
    void jsonRoundTrip();
};

void TestTags::keyProblems_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("problem"); // a fragment of the sentence; empty when valid
    QTest::newRow("plain") << QStringLiteral("Environment") << QString();
    QTest::newRow("allowed specials") << QStringLiteral("team:owner/a_b-c+d=e.f g") << QString();
    QTest::newRow("unicode letters") << QStringLiteral("Kostenstelle-Ärger-日本") << QString();
    QTest::newRow("128 characters") << QString(128, QLatin1Char('k')) << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("cannot be empty");
    QTest::newRow("129 characters")
        << QString(129, QLatin1Char('k'))
        << QStringLiteral("is 129 characters long; keys have at most 128");
    QTest::newRow("aws prefix") << QStringLiteral("aws:cloudformation:stack")
                                << QStringLiteral("reserved for tags AWS assigns");
    QTest::newRow("AWS prefix any case")
        << QStringLiteral("AwS:x") << QStringLiteral("reserved for tags AWS assigns");
    QTest::newRow("at sign") << QStringLiteral("owner@team")
                             << QStringLiteral("contains \"@\"; only letters");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("contains \",\"");
}

void TestTags::keyProblems()
{
    QFETCH(QString, key);
    QFETCH(QString, problem);
    const QString found = tagKeyProblem(key);
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

void TestTags::valueProblems_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty is allowed") << QString() << QString();
    QTest::newRow("256 characters") << QString(256, QLatin1Char('v')) << QString();
    // Characters outside the BMP count once, as the docs count Unicode characters.
    QString emojiLetters;
    for (int i = 0; i < 256; ++i)
        emojiLetters += QString::fromUcs4(U"\U00010400"); // DESERET CAPITAL LONG I, a letter
    QTest::newRow("256 non-BMP letters") << emojiLetters << QString();
    QTest::newRow("257 characters")
        << QString(257, QLatin1Char('v'))
        << QStringLiteral("is 257 characters long; values have at most 256");
    QTest::newRow("aws: value is allowed") << QStringLiteral("aws:thing") << QString();
    QTest::newRow("semicolon") << QStringLiteral("a;b")
                               << QStringLiteral("tag value contains \";\"");
}

void TestTags::valueProblems()
{
    QFETCH(QString, value);
    QFETCH(QString, problem);
    const QString found = tagValueProblem(value);
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

void TestTags::duplicateKeysAndLimit()
{
    const QList<Tag> duplicated = {{QStringLiteral("env"), QStringLiteral("prod")},
                                   {QStringLiteral("team"), QStringLiteral("a")},
                                   {QStringLiteral("env"), QStringLiteral("test")}};
    const QList<TagProblem> problems = validateTags(duplicated);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().row, 2);
    QVERIFY2(
        problems.first().message.contains(QStringLiteral("\"env\" appears twice (rows 1 and 3)")),
        qPrintable(problems.first().message));
    // Keys are case sensitive: Env and env are two tags.
    QVERIFY(validateTags({{QStringLiteral("env"), {}}, {QStringLiteral("Env"), {}}}).isEmpty());

    QList<Tag> fifty;
    for (int i = 0; i < 50; ++i)
        fifty.append({QStringLiteral("k%1").arg(i), QStringLiteral("v")});
    QVERIFY(validateTags(fifty).isEmpty());
    fifty.append({QStringLiteral("one-more"), QStringLiteral("v")});
    const QList<TagProblem> tooMany = validateTags(fifty);
    QCOMPARE(tooMany.size(), 1);
    QCOMPARE(tooMany.first().row, -1);
    QVERIFY(tooMany.first().message.contains(QStringLiteral("at most 50 tags; this list has 51")));
}

void TestTags::diffSplitsIntoTagAndUntag()
{
    const QList<Tag> listed = {{QStringLiteral("env"), QStringLiteral("prod")},
                               {QStringLiteral("team"), QStringLiteral("payments")},
                               {QStringLiteral("cost"), QStringLiteral("42")}};
    const QList<Tag> edited = {{QStringLiteral("env"), QStringLiteral("staging")},
                               {QStringLiteral("cost"), QStringLiteral("42")},
                               {QStringLiteral("owner"), QString()}};
    const TagDiff diff = diffTags(listed, edited);
    QCOMPARE(diff.added, (QList<Tag>{{QStringLiteral("owner"), QString()}}));
    QCOMPARE(diff.changed, (QList<Tag>{{QStringLiteral("env"), QStringLiteral("staging")}}));
    QCOMPARE(diff.removed, QStringList{QStringLiteral("team")});

    const QString arn = QStringLiteral("arn:aws:dynamodb:us-east-1:123456789012:table/Orders");
    const QJsonObject tag = diff.tagResourceInput(arn);
    QCOMPARE(tag.value(QStringLiteral("ResourceArn")).toString(), arn);
    const QJsonArray tags = tag.value(QStringLiteral("Tags")).toArray();
    QCOMPARE(tags.size(), 2);
    QSet<QString> keys;
    for (const auto &value : tags)
        keys.insert(value.toObject().value(QStringLiteral("Key")).toString());
    QCOMPARE(keys, (QSet<QString>{QStringLiteral("owner"), QStringLiteral("env")}));
    const QJsonObject untag = diff.untagResourceInput(arn);
    QCOMPARE(untag.value(QStringLiteral("TagKeys")).toArray(), QJsonArray{QStringLiteral("team")});

    QVERIFY(diffTags(listed, listed).isEmpty());
    const TagDiff onlyRemove = diffTags(listed, {});
    QVERIFY(!onlyRemove.needsTagResource());
    QVERIFY(onlyRemove.needsUntagResource());
    QCOMPARE(onlyRemove.removed.size(), 3);
}

void TestTags::diffLeavesAwsTagsAlone()
{
    const QList<Tag> listed = {
        {QStringLiteral("aws:cloudformation:stack-name"), QStringLiteral("orders")},
        {QStringLiteral("env"), QStringLiteral("prod")}};
    const TagDiff diff = diffTags(listed, {{QStringLiteral("env"), QStringLiteral("prod")}});
    QVERIFY2(diff.isEmpty(), "an AWS-assigned tag left out of the edit is not removed");
}

void TestTags::jsonRoundTrip()
{
    const QList<Tag> tags = {{QStringLiteral("a"), QStringLiteral("1")},
                             {QStringLiteral("b"), QString()}};
    QCOMPARE(tagsFromJson(tagsToJson(tags)), tags);
}

QTEST_GUILESS_MAIN(TestTags)
#include "tst_tags.moc"
