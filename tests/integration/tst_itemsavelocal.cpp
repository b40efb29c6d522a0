// The item editor's conditional save against a real DynamoDB Local: a concurrent change is shown,
// never overwritten; bad input writes nothing; a batch delete removes exactly the selection.
#include "localendpoint.h"

#include "itemeditor.h"

#include "aws/awsclient.h"
#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "dynamo/itemwrite.h"
#include "dynamo/preflight.h"
#include "session/session.h"

#include <QJsonArray>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dyna;
using dynamo::AttributeValue;
using dynamo::Item;
using JobPtr = std::unique_ptr<aws::RequestJob>;

namespace {

const QStringList kKey{QStringLiteral("pk")};

AttributeValue s(const QString &text)
{
    return AttributeValue::fromString(text);
}

} // namespace

class TestItemSaveLocal : public QObject
{
    Q_OBJECT

private:
    JobPtr call(const QString &operation, const QJsonObject &input)
    {
        return JobPtr(test::callAndWait(m_writer, operation, input));
    }
    void put(const Item &item);
    std::optional<Item> get(const QString &pk);
    Item sample(const QString &pk, const QString &v) const;

    session::Session m_session;
    aws::AwsClient *m_writer = nullptr; // "another writer", a client of its own
    QString m_table;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void unchangedItemSavesWithSetsInAnyOrder();
    void concurrentChangeIsShownNotOverwritten();
    void attributeAddedMeanwhileSurvivesTheSave();
    void failedPutReturnsTheOldImage();
    void deletedItemIsReportedAsGone();
    void newItemNeverOverwrites();
    void oversizedItemIsRefusedAndNothingIsWritten();
    void singleDeleteIsConditional();
    void batchDeleteRemovesExactlyTheSelection();
};

void TestItemSaveLocal::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    m_session.connectToLocalEndpoint(endpoint);
    aws::ClientConfig config;
    config.endpoint.overrideUrl = endpoint;
    config.endpoint.region = QStringLiteral("us-east-1");
    m_writer =
        dynamo::createClient(config,
                             std::make_shared<aws::StaticCredentialsProvider>(aws::Credentials{
                                 QStringLiteral("other"), QStringLiteral("other"), {}, {}}),
                             this);
    m_table = test::uniqueTableName(QStringLiteral("ItemSave"));
    const JobPtr created =
        call(QStringLiteral("CreateTable"),
             {{QStringLiteral("TableName"), m_table},
              {QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")},
              {QStringLiteral("AttributeDefinitions"),
               QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                      {QStringLiteral("AttributeType"), QStringLiteral("S")}}}},
              {QStringLiteral("KeySchema"),
               QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                      {QStringLiteral("KeyType"), QStringLiteral("HASH")}}}}});
    QVERIFY(created);
    QVERIFY2(!created->error().isError(), qPrintable(created->error().details()));
}

void TestItemSaveLocal::cleanupTestCase()
{
    if (m_writer && !m_table.isEmpty())
        call(QStringLiteral("DeleteTable"), {{QStringLiteral("TableName"), m_table}});
}

Item TestItemSaveLocal::sample(const QString &pk, const QString &v) const
{
    return {{QStringLiteral("pk"), s(pk)},
            {QStringLiteral("v"), s(v)},
            {QStringLiteral("big"),
             AttributeValue::fromNumber(QStringLiteral("12345678901234567890.123456789"))},
            {QStringLiteral("tags"),
             AttributeValue::fromStringSet(
                 {QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("mu")})},
            {QStringLiteral("blob"), AttributeValue::fromBinary(QByteArray("\x00\xff\x10", 3))},
            {QStringLiteral("meta"),
             AttributeValue::fromMap(
                 {{QStringLiteral("list"),
                   AttributeValue::fromList({s(QStringLiteral("x")), AttributeValue::null()})}})}};
}

void TestItemSaveLocal::put(const Item &item)
{
    const JobPtr job =
        call(QStringLiteral("PutItem"), {{QStringLiteral("TableName"), m_table},
                                         {QStringLiteral("Item"), dynamo::itemToWire(item)}});
    QVERIFY(job);
    QVERIFY2(!job->error().isError(), qPrintable(job->error().details()));
}

std::optional<Item> TestItemSaveLocal::get(const QString &pk)
{
    const JobPtr job =
        call(QStringLiteral("GetItem"),
             {{QStringLiteral("TableName"), m_table},
              {QStringLiteral("Key"), dynamo::itemToWire({{QStringLiteral("pk"), s(pk)}})},
              {QStringLiteral("ConsistentRead"), true}});
    if (!job || job->error().isError())
        return std::nullopt;
    const QJsonObject wire = job->response().value(QStringLiteral("Item")).toObject();
    if (wire.isEmpty())
        return std::nullopt;
    return dynamo::itemFromWire(wire);
}

void TestItemSaveLocal::unchangedItemSavesWithSetsInAnyOrder()
{
    // DynamoDB may hand sets back in another order; the condition must still hold.
    put(sample(QStringLiteral("same"), QStringLiteral("one")));
    const auto stored = get(QStringLiteral("same"));
    QVERIFY(stored);
    Item edited = sample(QStringLiteral("same"), QStringLiteral("two"));
    dynamo::SaveItemJob job(m_session.client(), m_table, kKey,
                            sample(QStringLiteral("same"), QStringLiteral("one")), edited);
    QSignalSpy finished(&job, &aws::Job::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(!job.error().isError(), qPrintable(job.error().details()));
    QCOMPARE(get(QStringLiteral("same")), std::optional<Item>(edited));
}

void TestItemSaveLocal::attributeAddedMeanwhileSurvivesTheSave()
{
    // Another writer adds an attribute the user never saw; saving the user's edit changes
    // only what the user changed and keeps theirs.
    const Item original = sample(QStringLiteral("added"), QStringLiteral("original"));
    put(original);
    Item theirs = original;
    theirs.insert(QStringLiteral("note"), s(QStringLiteral("added by someone else")));
    put(theirs);

    Item edited = original;
    edited.insert(QStringLiteral("v"), s(QStringLiteral("mine")));
    edited.remove(QStringLiteral("blob"));
    dynamo::SaveItemJob job(m_session.client(), m_table, kKey, original, edited);
    QSignalSpy finished(&job, &aws::Job::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(!job.error().isError(), qPrintable(job.error().details()));
    Item expected = edited;
    expected.insert(QStringLiteral("note"), s(QStringLiteral("added by someone else")));
    QCOMPARE(get(QStringLiteral("added")), std::optional<Item>(expected));
}

void TestItemSaveLocal::concurrentChangeIsShownNotOverwritten()
{
    const Item original = sample(QStringLiteral("conflict"), QStringLiteral("original"));
    put(original);
    views::ItemEditor editor(&m_session);
    editor.editItem(m_table, kKey, original);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    // The other writer changes the item while it is open.
    const Item theirs = sample(QStringLiteral("conflict"), QStringLiteral("theirs"));
    put(theirs);

    const Item mine = sample(QStringLiteral("conflict"), QStringLiteral("mine"));
    auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("itemText"));
    text->setPlainText(
        QString::fromUtf8(dynamo::itemToWireText(mine, dynamo::JsonFormat::Indented, kKey)));
    const QString typed = editor.text();
    QSignalSpy saved(&editor, &views::ItemEditor::saved);
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isSaving(), 10000);

    QVERIFY2(editor.isConflictShown(), qPrintable(editor.statusText()));
    QVERIFY2(editor.statusText().contains(QStringLiteral("someone else changed this item")),
             qPrintable(editor.statusText()));
    QCOMPARE(editor.conflictItem(), std::optional<Item>(theirs));
    QVERIFY(editor.findChild<QPlainTextEdit *>(QStringLiteral("conflictText"))
                ->toPlainText()
                .contains(QStringLiteral("theirs")));
    QCOMPARE(saved.size(), 0);
    QCOMPARE(get(QStringLiteral("conflict")), std::optional<Item>(theirs));
    QCOMPARE(editor.text(), typed);

    // Overwrite is conditional on the item just shown, and now succeeds.
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("overwriteButton")),
                      Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().first().value<Item>(), mine);
    QVERIFY(!editor.isConflictShown());
    // What the save cost is shown where it happened.
    QVERIFY2(editor.statusText().contains(QStringLiteral("write capacity units")),
             qPrintable(editor.statusText()));
    QCOMPARE(get(QStringLiteral("conflict")), std::optional<Item>(mine));
}

void TestItemSaveLocal::failedPutReturnsTheOldImage()
{
    // SaveItemJob reads the current item from the failed put when the endpoint sends it
    // (ReturnValuesOnConditionCheckFailure=ALL_OLD) and only otherwise asks GetItem.
    const Item stored = sample(QStringLiteral("image"), QStringLiteral("stored"));
    put(stored);
    const JobPtr job =
        call(QStringLiteral("PutItem"), dynamo::conditionalPut(m_table, {}, stored, kKey));
    QVERIFY(job);
    QCOMPARE(job->error().code, QStringLiteral("ConditionalCheckFailedException"));
    QCOMPARE(dynamo::itemFromWire(job->error().item), stored);
}

void TestItemSaveLocal::deletedItemIsReportedAsGone()
{
    const Item original = sample(QStringLiteral("gone"), QStringLiteral("original"));
    put(original);
    const JobPtr deleted =
        call(QStringLiteral("DeleteItem"),
             {{QStringLiteral("TableName"), m_table},
              {QStringLiteral("Key"),
               dynamo::itemToWire({{QStringLiteral("pk"), s(QStringLiteral("gone"))}})}});
    QVERIFY(deleted && !deleted->error().isError());

    dynamo::SaveItemJob job(m_session.client(), m_table, kKey, original,
                            sample(QStringLiteral("gone"), QStringLiteral("mine")));
    QSignalSpy finished(&job, &aws::Job::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(job.isConflict());
    QVERIFY(job.isCurrentItemKnown());
    QVERIFY(!job.currentItem());
    QVERIFY(!get(QStringLiteral("gone")));
}

void TestItemSaveLocal::newItemNeverOverwrites()
{
    const Item existing = sample(QStringLiteral("taken"), QStringLiteral("existing"));
    put(existing);
    views::ItemEditor editor(&m_session);
    editor.duplicateItem(m_table, kKey, sample(QStringLiteral("taken"), QStringLiteral("copy")));
    QVERIFY(editor.save());
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isSaving(), 10000);
    QVERIFY(editor.isConflictShown());
    QVERIFY2(editor.statusText().contains(QStringLiteral("already exists")),
             qPrintable(editor.statusText()));
    QCOMPARE(editor.conflictItem(), std::optional<Item>(existing));
    QCOMPARE(get(QStringLiteral("taken")), std::optional<Item>(existing));
}

void TestItemSaveLocal::oversizedItemIsRefusedAndNothingIsWritten()
{
    const Item original = sample(QStringLiteral("large"), QStringLiteral("original"));
    put(original);
    views::ItemEditor editor(&m_session);
    editor.editItem(m_table, kKey, original);
    Item huge = original;
    huge.insert(QStringLiteral("payload"), s(QString(401 * 1024, QLatin1Char('x'))));
    const QString typed =
        QString::fromUtf8(dynamo::itemToWireText(huge, dynamo::JsonFormat::Indented, kKey));
    editor.findChild<QPlainTextEdit *>(QStringLiteral("itemText"))->setPlainText(typed);
    QSignalSpy saved(&editor, &views::ItemEditor::saved);
    QVERIFY(!editor.save());
    QVERIFY2(editor.statusText().contains(QStringLiteral("limit is 400 KB")),
             qPrintable(editor.statusText()));
    QVERIFY(editor.statusText().contains(QStringLiteral("\"payload\"")));
    QVERIFY(!editor.isSaving());
    QCOMPARE(editor.text(), typed);
    QTest::qWait(200);
    QCOMPARE(saved.size(), 0);
    QCOMPARE(get(QStringLiteral("large")), std::optional<Item>(original));
}

void TestItemSaveLocal::singleDeleteIsConditional()
{
    const Item original = sample(QStringLiteral("del1"), QStringLiteral("original"));
    put(original);
    put(sample(QStringLiteral("del1"), QStringLiteral("changed")));
    dynamo::DeleteItemsJob stale(m_session.client(), m_table, kKey, {original});
    QSignalSpy staleFinished(&stale, &aws::Job::finished);
    stale.start();
    QVERIFY(staleFinished.wait(10000));
    QCOMPARE(stale.error().kind, aws::ErrorKind::Conflict);
    QCOMPARE(stale.deleted(), 0);
    QVERIFY(get(QStringLiteral("del1")));

    dynamo::DeleteItemsJob current(m_session.client(), m_table, kKey,
                                   {sample(QStringLiteral("del1"), QStringLiteral("changed"))});
    QSignalSpy currentFinished(&current, &aws::Job::finished);
    current.start();
    QVERIFY(currentFinished.wait(10000));
    QVERIFY2(!current.error().isError(), qPrintable(current.error().details()));
    QCOMPARE(current.deleted(), 1);
    QVERIFY(!get(QStringLiteral("del1")));
}

void TestItemSaveLocal::batchDeleteRemovesExactlyTheSelection()
{
    QList<Item> selected;
    QSet<QString> kept;
    for (int i = 0; i < 40; ++i) {
        const QString pk = QStringLiteral("batch-%1").arg(i, 2, 10, QLatin1Char('0'));
        const Item item{{QStringLiteral("pk"), s(pk)}, {QStringLiteral("n"), s(pk)}};
        put(item);
        if (i % 4 == 3)
            kept.insert(pk);
        else
            selected.append(item);
    }
    QCOMPARE(selected.size(), 30);

    dynamo::DeleteItemsJob job(m_session.client(), m_table, kKey, selected);
    QSignalSpy progress(&job, &dynamo::DeleteItemsJob::progress);
    QSignalSpy finished(&job, &aws::Job::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    QVERIFY2(!job.error().isError(), qPrintable(job.error().details()));
    QCOMPARE(job.deleted(), 30);
    QVERIFY(progress.size() >= 2); // 30 deletes take two BatchWriteItem calls
    QCOMPARE(progress.last().at(0).toInt(), 30);
    QCOMPARE(progress.last().at(1).toInt(), 30);

    for (const Item &item : std::as_const(selected))
        QVERIFY(!get(item.value(QStringLiteral("pk")).string()));
    for (const QString &pk : std::as_const(kept))
        QVERIFY2(get(pk), qPrintable(pk));
}

QTEST_MAIN(TestItemSaveLocal)
#include "tst_itemsavelocal.moc"
