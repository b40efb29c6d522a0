// Conditional writes for the item editor: the condition says "the item is still what the user
// started from", with every value in wire form.
#include "dynamo/itemsize.h"
#include "dynamo/itemwrite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace dyna;
using dynamo::AttributeValue;
using dynamo::Item;

namespace {

AttributeValue s(const QString &text)
{
    return AttributeValue::fromString(text);
}
AttributeValue n(const QString &text)
{
    return AttributeValue::fromNumber(text);
}

const QStringList kKey{QStringLiteral("pk"), QStringLiteral("sk")};

Item baseItem()
{
    return {{QStringLiteral("pk"), s(QStringLiteral("user#1"))},
            {QStringLiteral("sk"), n(QStringLiteral("7"))},
            {QStringLiteral("name"), s(QStringLiteral("Ada"))},
            {QStringLiteral("tags"),
             AttributeValue::fromStringSet({QStringLiteral("b"), QStringLiteral("a")})}};
}

// Resolves the placeholders of a condition into "name = <wire json>" / "absent(name)" clauses,
// so the tests read what DynamoDB will evaluate.
QStringList resolvedClauses(const QJsonObject &input)
{
    const QJsonObject names = input.value(QStringLiteral("ExpressionAttributeNames")).toObject();
    const QJsonObject values = input.value(QStringLiteral("ExpressionAttributeValues")).toObject();
    QStringList clauses;
    const QStringList parts = input.value(QStringLiteral("ConditionExpression"))
                                  .toString()
                                  .split(QStringLiteral(" AND "));
    for (const QString &part : parts) {
        static const QRegularExpression equal(QStringLiteral("^(#a\\d+) = (:v\\d+)$"));
        static const QRegularExpression absent(
            QStringLiteral("^attribute_not_exists\\((#a\\d+)\\)$"));
        if (const auto m = equal.match(part); m.hasMatch()) {
            clauses.append(names.value(m.captured(1)).toString() + QLatin1String(" = ") +
                           QString::fromUtf8(QJsonDocument(values.value(m.captured(2)).toObject())
                                                 .toJson(QJsonDocument::Compact)));
        } else if (const auto a = absent.match(part); a.hasMatch()) {
            clauses.append(QLatin1String("absent(") + names.value(a.captured(1)).toString() +
                           QLatin1Char(')'));
        } else {
            clauses.append(QLatin1String("unexpected: ") + part);
        }
    }
    clauses.sort();
    return clauses;
}

} // namespace

class TestItemWrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editConditionsOnOriginal_data();
    void editConditionsOnOriginal();
    void newItemNeverOverwrites();
    void updateSetsWhatChangedAndRemovesWhatWasDropped();
    void setsAndBinaryAreSentInWireForm();
    void changedKeyIsRefused_data();
    void changedKeyIsRefused();
    void deleteIsConditionalOnTheWholeItem();
    void oversizedItemIsRefusedBeforeSending();
};

void TestItemWrite::editConditionsOnOriginal_data()
{
    QTest::addColumn<Item>("edited");
    QTest::addColumn<QStringList>("expected");

    const QStringList unchanged{
        QStringLiteral("name = {\"S\":\"Ada\"}"), QStringLiteral("pk = {\"S\":\"user#1\"}"),
        QStringLiteral("sk = {\"N\":\"7\"}"), QStringLiteral("tags = {\"SS\":[\"b\",\"a\"]}")};

    Item changed = baseItem();
    changed.insert(QStringLiteral("name"), s(QStringLiteral("Grace")));
    QTest::newRow("value changed") << changed << unchanged;

    Item added = baseItem();
    added.insert(QStringLiteral("age"), n(QStringLiteral("36")));
    QTest::newRow("attribute added")
        << added << (QStringList(unchanged) << QStringLiteral("absent(age)"));

    Item removed = baseItem();
    removed.remove(QStringLiteral("tags"));
    QTest::newRow("attribute removed") << removed << unchanged;
}

void TestItemWrite::editConditionsOnOriginal()
{
    QFETCH(Item, edited);
    QFETCH(QStringList, expected);
    expected.sort();

    const QJsonObject input =
        dynamo::conditionalPut(QStringLiteral("Users"), baseItem(), edited, kKey);
    QCOMPARE(input.value(QStringLiteral("TableName")).toString(), QStringLiteral("Users"));
    QCOMPARE(input.value(QStringLiteral("Item")).toObject(), dynamo::itemToWire(edited));
    QCOMPARE(resolvedClauses(input), expected);
    // Lets the failed put return the current item without a second read.
    QCOMPARE(input.value(QStringLiteral("ReturnValuesOnConditionCheckFailure")).toString(),
             QStringLiteral("ALL_OLD"));
}

void TestItemWrite::newItemNeverOverwrites()
{
    const QJsonObject input = dynamo::conditionalPut(QStringLiteral("Users"), {}, baseItem(), kKey);
    QCOMPARE(resolvedClauses(input), QStringList{QStringLiteral("absent(pk)")});
    QVERIFY(!input.contains(QStringLiteral("ExpressionAttributeValues")));
}

void TestItemWrite::updateSetsWhatChangedAndRemovesWhatWasDropped()
{
    Item edited = baseItem();
    edited.insert(QStringLiteral("name"), s(QStringLiteral("Grace")));
    edited.insert(QStringLiteral("age"), n(QStringLiteral("36")));
    edited.remove(QStringLiteral("tags"));
    const QJsonObject input =
        dynamo::conditionalUpdate(QStringLiteral("Users"), baseItem(), edited, kKey);
    QCOMPARE(input.value(QStringLiteral("Key")).toObject(),
             dynamo::itemToWire({{QStringLiteral("pk"), s(QStringLiteral("user#1"))},
                                 {QStringLiteral("sk"), n(QStringLiteral("7"))}}));
    QVERIFY(!input.contains(QStringLiteral("Item")));
    // Resolve the update expression the way DynamoDB reads it.
    const QJsonObject names = input.value(QStringLiteral("ExpressionAttributeNames")).toObject();
    const QJsonObject values = input.value(QStringLiteral("ExpressionAttributeValues")).toObject();
    QString update = input.value(QStringLiteral("UpdateExpression")).toString();
    for (auto it = names.begin(); it != names.end(); ++it)
        update.replace(
            QRegularExpression(QRegularExpression::escape(it.key()) + QStringLiteral("\\b")),
            it.value().toString());
    for (auto it = values.begin(); it != values.end(); ++it)
        update.replace(
            QRegularExpression(QRegularExpression::escape(it.key()) + QStringLiteral("\\b")),
            QString::fromUtf8(QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact)));
    QCOMPARE(update, QStringLiteral("SET age = {\"N\":\"36\"}, name = {\"S\":\"Grace\"} "
                                    "REMOVE tags"));
    QStringList expected{
        QStringLiteral("name = {\"S\":\"Ada\"}"), QStringLiteral("pk = {\"S\":\"user#1\"}"),
        QStringLiteral("sk = {\"N\":\"7\"}"), QStringLiteral("tags = {\"SS\":[\"b\",\"a\"]}"),
        QStringLiteral("absent(age)")};
    expected.sort();
    QCOMPARE(resolvedClauses(input), expected);
}

void TestItemWrite::setsAndBinaryAreSentInWireForm()
{
    Item original = baseItem();
    original.insert(QStringLiteral("blob"), AttributeValue::fromBinary(QByteArray("\x00\xff", 2)));
    original.insert(QStringLiteral("scores"),
                    AttributeValue::fromNumberSet(
                        {QStringLiteral("12345678901234567890.5"), QStringLiteral("1")}));
    original.insert(QStringLiteral("keys"), AttributeValue::fromBinarySet({QByteArray("k")}));
    const QJsonObject input =
        dynamo::conditionalPut(QStringLiteral("Users"), original, original, kKey);
    const QStringList clauses = resolvedClauses(input);
    QVERIFY2(clauses.contains(QStringLiteral("blob = {\"B\":\"AP8=\"}")),
             qPrintable(clauses.join('\n')));
    QVERIFY2(
        clauses.contains(QStringLiteral("scores = {\"NS\":[\"12345678901234567890.5\",\"1\"]}")),
        qPrintable(clauses.join('\n')));
    QVERIFY2(clauses.contains(QStringLiteral("keys = {\"BS\":[\"aw==\"]}")),
             qPrintable(clauses.join('\n')));
}

void TestItemWrite::changedKeyIsRefused_data()
{
    QTest::addColumn<Item>("edited");
    QTest::addColumn<QString>("attribute");

    Item sortKey = baseItem();
    sortKey.insert(QStringLiteral("sk"), n(QStringLiteral("8")));
    QTest::newRow("sort key changed") << sortKey << QStringLiteral("sk");
    Item partitionKey = baseItem();
    partitionKey.remove(QStringLiteral("pk"));
    QTest::newRow("partition key removed") << partitionKey << QStringLiteral("pk");
}

void TestItemWrite::changedKeyIsRefused()
{
    QFETCH(Item, edited);
    QFETCH(QString, attribute);
    const auto error = dynamo::checkKeyUnchanged(baseItem(), edited, kKey);
    QVERIFY(error);
    QVERIFY2(error->contains(QLatin1Char('"') + attribute + QLatin1Char('"')), qPrintable(*error));

    dynamo::SaveItemJob job(nullptr, QStringLiteral("Users"), kKey, baseItem(), edited);
    QSignalSpy finished(&job, &aws::Job::finished);
    job.start();
    QVERIFY(finished.wait(1000));
    QCOMPARE(job.error().kind, aws::ErrorKind::Validation);
    QCOMPARE(job.errorString(), *error);
    QVERIFY(!job.isConflict());
}

void TestItemWrite::deleteIsConditionalOnTheWholeItem()
{
    const QJsonObject input = dynamo::conditionalDelete(QStringLiteral("Users"), baseItem(), kKey);
    QCOMPARE(input.value(QStringLiteral("Key")).toObject(),
             dynamo::itemToWire(dynamo::itemKey(baseItem(), kKey)));
    QCOMPARE(resolvedClauses(input).size(), baseItem().size());
}

void TestItemWrite::oversizedItemIsRefusedBeforeSending()
{
    Item big = baseItem();
    big.insert(QStringLiteral("payload"), s(QString(dynamo::kMaxItemBytes, QLatin1Char('x'))));
    // No client: the refusal must come before anything would be sent.
    dynamo::SaveItemJob job(nullptr, QStringLiteral("Users"), kKey, baseItem(), big);
    QSignalSpy finished(&job, &aws::Job::finished);
    job.start();
    QVERIFY(finished.wait(1000));
    QCOMPARE(job.error().kind, aws::ErrorKind::Validation);
    QCOMPARE(job.errorString(), *dynamo::checkItemSize(big));
    QVERIFY(job.errorString().contains(QStringLiteral("payload")));
}

QTEST_GUILESS_MAIN(TestItemWrite)
#include "tst_itemwrite.moc"
