// The create, update and delete table dialogs against DynamoDB Local, driven like a user would.
#include "localendpoint.h"

#include "createtabledialog.h"
#include "deletetabledialog.h"
#include "errorpane.h"
#include "updatetabledialog.h"

#include "aws/requestjob.h"
#include "dynamo/tablewaiter.h"
#include "session/session.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace dyna;
using namespace dyna::views;

namespace {

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

void type(QWidget *parent, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    QVERIFY2(edit, qPrintable(name));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void typeNumber(QWidget *parent, const QString &name, int value)
{
    auto *spin = child<QSpinBox>(parent, name);
    QVERIFY2(spin, qPrintable(name));
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QCOMPARE(spin->value(), value);
}

void choose(QWidget *parent, const QString &name, int index)
{
    auto *combo = child<QComboBox>(parent, name);
    QVERIFY2(combo, qPrintable(name));
    combo->setCurrentIndex(index);
}

void click(QWidget *parent, const QString &name)
{
    auto *button = child<QAbstractButton>(parent, name);
    QVERIFY2(button, qPrintable(name));
    QVERIFY2(button->isEnabled(), qPrintable(name + QStringLiteral(" is disabled")));
    QTest::mouseClick(button, Qt::LeftButton);
}

QStringList indexNames(const QJsonObject &table, const QString &kind)
{
    QStringList names;
    for (const auto &index : table.value(kind).toArray())
        names.append(index.toObject().value(QStringLiteral("IndexName")).toString());
    return names;
}

} // namespace

class TestTableAdminLocal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createShowsInlineErrorsAndKeepsInput();
    void createWithIndexesUntilActive();
    void failedCreateKeepsDialogOpen();
    void updateCapacityAndAddIndex();
    void deleteNeedsTheExactName();
    void protectedTableExplainsHowToDelete();

private:
    QJsonObject describe(const QString &tableName, aws::AwsError *error = nullptr);
    void fillCreateDialog(CreateTableDialog *dialog);

    session::Session m_session;
    QString m_table;
};

void TestTableAdminLocal::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    m_session.connectToLocalEndpoint(endpoint);
    QVERIFY(m_session.client());
    m_table = test::uniqueTableName(QStringLiteral("Admin"));
}

QJsonObject TestTableAdminLocal::describe(const QString &tableName, aws::AwsError *error)
{
    std::unique_ptr<aws::RequestJob> job(
        test::callAndWait(m_session.client(), QStringLiteral("DescribeTable"),
                          {{QStringLiteral("TableName"), tableName}}));
    if (!job)
        return {};
    if (error)
        *error = job->error();
    return job->response().value(QStringLiteral("Table")).toObject();
}

void TestTableAdminLocal::fillCreateDialog(CreateTableDialog *dialog)
{
    type(dialog, QStringLiteral("tableName"), m_table);
    type(dialog, QStringLiteral("partitionKey"), QStringLiteral("customer"));
    type(dialog, QStringLiteral("sortKey"), QStringLiteral("orderedAt"));
    choose(dialog, QStringLiteral("sortType"), 1);    // Number
    choose(dialog, QStringLiteral("billingMode"), 1); // Provisioned
    typeNumber(dialog, QStringLiteral("readCapacity"), 5);
    typeNumber(dialog, QStringLiteral("writeCapacity"), 4);

    // A GSI that includes one non-key attribute, with its own capacity.
    type(dialog, QStringLiteral("indexName"), QStringLiteral("byStatus"));
    type(dialog, QStringLiteral("indexPartitionKey"), QStringLiteral("status"));
    choose(dialog, QStringLiteral("indexProjection"), 2); // INCLUDE
    type(dialog, QStringLiteral("indexNonKeyAttributes"), QStringLiteral("note, total"));
    typeNumber(dialog, QStringLiteral("indexRead"), 2);
    typeNumber(dialog, QStringLiteral("indexWrite"), 3);
    click(dialog, QStringLiteral("addIndex"));
    // An LSI on the table's partition key, sorted by total.
    choose(dialog, QStringLiteral("indexKind"), 1);
    type(dialog, QStringLiteral("indexName"), QStringLiteral("byTotal"));
    type(dialog, QStringLiteral("indexSortKey"), QStringLiteral("total"));
    choose(dialog, QStringLiteral("indexSortType"), 1);   // Number
    choose(dialog, QStringLiteral("indexProjection"), 1); // KEYS_ONLY
    click(dialog, QStringLiteral("addIndex"));

    click(dialog, QStringLiteral("streamEnabled"));
    choose(dialog, QStringLiteral("streamViewType"), 1); // NEW_IMAGE
    auto *tags = child<QPlainTextEdit>(dialog, QStringLiteral("tags"));
    QVERIFY(tags);
    QTest::keyClicks(tags, QStringLiteral("team=qa"));
}

void TestTableAdminLocal::createShowsInlineErrorsAndKeepsInput()
{
    CreateTableDialog dialog(&m_session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(&dialog, QStringLiteral("tableName"), QStringLiteral("x y"));
    type(&dialog, QStringLiteral("partitionKey"), QStringLiteral("id"));
    click(&dialog, QStringLiteral("create"));
    const auto *nameError =
        child<QLabel>(&dialog, QStringLiteral("error_%1").arg(int(dynamo::SpecField::TableName)));
    QVERIFY(nameError);
    QVERIFY(nameError->isVisible());
    QVERIFY2(nameError->text().contains(QStringLiteral("only letters, digits")),
             qPrintable(nameError->text()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("tableName"))->text(), QStringLiteral("x y"));

    // An INCLUDE projection without attributes is reported on the Indexes tab.
    type(&dialog, QStringLiteral("tableName"), QStringLiteral("ok-name"));
    type(&dialog, QStringLiteral("indexName"), QStringLiteral("byEmail"));
    type(&dialog, QStringLiteral("indexPartitionKey"), QStringLiteral("email"));
    choose(&dialog, QStringLiteral("indexProjection"), 2);
    click(&dialog, QStringLiteral("addIndex"));
    click(&dialog, QStringLiteral("create"));
    QVERIFY(!nameError->isVisible());
    const auto *indexError = child<QLabel>(
        &dialog, QStringLiteral("error_%1").arg(int(dynamo::SpecField::GlobalIndexes)));
    QVERIFY(indexError->isVisible());
    QVERIFY2(indexError->text().contains(QStringLiteral("list the non-key attributes")),
             qPrintable(indexError->text()));
    QCOMPARE(child<QTabWidget>(&dialog, QString())->currentIndex(), 1);
    aws::AwsError error;
    describe(QStringLiteral("ok-name"), &error);
    QCOMPARE(error.kind, aws::ErrorKind::NotFound); // nothing was sent
}

void TestTableAdminLocal::createWithIndexesUntilActive()
{
    CreateTableDialog dialog(&m_session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillCreateDialog(&dialog);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy created(&dialog, &CreateTableDialog::tableCreated);
    click(&dialog, QStringLiteral("create"));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("create"))->isEnabled());
    QVERIFY(created.wait(20000));
    QCOMPARE(created.first().first().toString(), m_table);
    QVERIFY2(dialog.progressText().contains(QStringLiteral("ACTIVE")),
             qPrintable(dialog.progressText()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const QJsonObject table = describe(m_table);
    QCOMPARE(table.value(QStringLiteral("TableStatus")).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(indexNames(table, QStringLiteral("GlobalSecondaryIndexes")),
             QStringList{QStringLiteral("byStatus")});
    QCOMPARE(indexNames(table, QStringLiteral("LocalSecondaryIndexes")),
             QStringList{QStringLiteral("byTotal")});
    const QJsonObject gsi =
        table.value(QStringLiteral("GlobalSecondaryIndexes")).toArray().first().toObject();
    const QJsonObject projection = gsi.value(QStringLiteral("Projection")).toObject();
    QCOMPARE(projection.value(QStringLiteral("ProjectionType")).toString(),
             QStringLiteral("INCLUDE"));
    QCOMPARE(projection.value(QStringLiteral("NonKeyAttributes")).toArray(),
             QJsonArray({QStringLiteral("note"), QStringLiteral("total")}));
    QCOMPARE(gsi.value(QStringLiteral("ProvisionedThroughput"))
                 .toObject()
                 .value(QStringLiteral("WriteCapacityUnits"))
                 .toInt(),
             3);
    const QJsonObject lsi =
        table.value(QStringLiteral("LocalSecondaryIndexes")).toArray().first().toObject();
    QCOMPARE(lsi.value(QStringLiteral("KeySchema"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("AttributeName")),
             QStringLiteral("total"));
    const QJsonObject throughput = table.value(QStringLiteral("ProvisionedThroughput")).toObject();
    QCOMPARE(throughput.value(QStringLiteral("ReadCapacityUnits")).toInt(), 5);
    QCOMPARE(throughput.value(QStringLiteral("WriteCapacityUnits")).toInt(), 4);
    QCOMPARE(table.value(QStringLiteral("StreamSpecification"))
                 .toObject()
                 .value(QStringLiteral("StreamViewType"))
                 .toString(),
             QStringLiteral("NEW_IMAGE"));
}

void TestTableAdminLocal::failedCreateKeepsDialogOpen()
{
    // The table exists already: DynamoDB refuses, the dialog keeps everything typed.
    CreateTableDialog dialog(&m_session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillCreateDialog(&dialog);
    if (QTest::currentTestFailed())
        return;
    auto *create = child<QPushButton>(&dialog, QStringLiteral("create"));
    click(&dialog, QStringLiteral("create"));
    QTRY_VERIFY_WITH_TIMEOUT(create->isEnabled(), 20000);
    auto *error = child<ErrorPane>(&dialog, QString());
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->detailsText().contains(QStringLiteral("ResourceInUseException")),
             qPrintable(error->detailsText()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.spec().tableName, m_table);
    QCOMPARE(dialog.spec().globalIndexes.size(), 1);
    QCOMPARE(dialog.spec().localIndexes.size(), 1);
}

void TestTableAdminLocal::updateCapacityAndAddIndex()
{
    const QJsonObject before = describe(m_table);
    QVERIFY(!before.isEmpty());
    UpdateTableDialog dialog(&m_session, before);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The current settings are shown.
    QCOMPARE(child<QSpinBox>(&dialog, QStringLiteral("readCapacity"))->value(), 5);
    QCOMPARE(child<QSpinBox>(&dialog, QStringLiteral("indexWrite_byStatus"))->value(), 3);
    QVERIFY(child<QCheckBox>(&dialog, QStringLiteral("streamEnabled"))->isChecked());
    QCOMPARE(child<QComboBox>(&dialog, QStringLiteral("billingMode"))->currentIndex(), 1);

    typeNumber(&dialog, QStringLiteral("readCapacity"), 10);
    type(&dialog, QStringLiteral("indexName"), QStringLiteral("byNote"));
    type(&dialog, QStringLiteral("indexPartitionKey"), QStringLiteral("note"));
    typeNumber(&dialog, QStringLiteral("indexRead"), 1);
    typeNumber(&dialog, QStringLiteral("indexWrite"), 1);
    click(&dialog, QStringLiteral("addIndex"));
    QCOMPARE(dialog.update().createIndexes.size(), 1);

    QSignalSpy updated(&dialog, &UpdateTableDialog::tableUpdated);
    click(&dialog, QStringLiteral("apply"));
    QVERIFY2(dialog.progressText().startsWith(QStringLiteral("Step 1 of 2")),
             qPrintable(dialog.progressText()));
    QVERIFY(updated.wait(30000));

    const QJsonObject after = describe(m_table);
    QCOMPARE(after.value(QStringLiteral("ProvisionedThroughput"))
                 .toObject()
                 .value(QStringLiteral("ReadCapacityUnits"))
                 .toInt(),
             10);
    QStringList gsis = indexNames(after, QStringLiteral("GlobalSecondaryIndexes"));
    gsis.sort();
    QCOMPARE(gsis, QStringList({QStringLiteral("byNote"), QStringLiteral("byStatus")}));
}

void TestTableAdminLocal::deleteNeedsTheExactName()
{
    const QJsonObject table = describe(m_table);
    QVERIFY(!table.isEmpty());
    DeleteTableDialog dialog(&m_session, table);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *remove = child<QPushButton>(&dialog, QStringLiteral("delete"));
    auto *confirmation = child<QLineEdit>(&dialog, QStringLiteral("confirmation"));
    QVERIFY(!remove->isEnabled());
    QTest::keyClicks(confirmation, m_table.chopped(1));
    QVERIFY(!remove->isEnabled());
    QTest::keyClicks(confirmation, m_table.right(1).toUpper() + QStringLiteral("x"));
    QVERIFY(!remove->isEnabled());
    confirmation->clear();
    QTest::keyClicks(confirmation, m_table.toUpper());
    QVERIFY(!remove->isEnabled());
    confirmation->clear();
    QTest::keyClicks(confirmation, m_table + QLatin1Char(' '));
    QVERIFY(!remove->isEnabled());
    QTest::keyClick(confirmation, Qt::Key_Backspace);
    QVERIFY(remove->isEnabled());

    QSignalSpy deleted(&dialog, &DeleteTableDialog::tableDeleted);
    click(&dialog, QStringLiteral("delete"));
    QVERIFY(deleted.wait(20000));
    QCOMPARE(deleted.first().first().toString(), m_table);
    aws::AwsError error;
    describe(m_table, &error);
    QCOMPARE(error.kind, aws::ErrorKind::NotFound);

    // The waiter reports the table gone.
    dynamo::TableWaiter waiter(m_session.client(), m_table,
                               dynamo::TableWaiter::Condition::NotExists);
    QSignalSpy progress(&waiter, &dynamo::TableWaiter::progress);
    QSignalSpy finished(&waiter, &dynamo::TableWaiter::finished);
    waiter.start();
    QVERIFY(finished.wait(20000));
    QVERIFY2(!waiter.error().isError(), qPrintable(waiter.error().details()));
    QCOMPARE(progress.size(), 1);
    QVERIFY2(progress.first().first().toString().contains(QStringLiteral("not found")),
             qPrintable(progress.first().first().toString()));
}

void TestTableAdminLocal::protectedTableExplainsHowToDelete()
{
    const QJsonObject table{{QStringLiteral("TableName"), QStringLiteral("Guarded")},
                            {QStringLiteral("DeletionProtectionEnabled"), true}};
    DeleteTableDialog dialog(&m_session, table);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto *explanation = child<QLabel>(&dialog, QStringLiteral("explanation"));
    QVERIFY(explanation->text().contains(QStringLiteral("Deletion protection is on")));
    QVERIFY(explanation->text().contains(QStringLiteral("Protect from deletion")));
    auto *confirmation = child<QLineEdit>(&dialog, QStringLiteral("confirmation"));
    QVERIFY(!confirmation->isEnabled());
    confirmation->setText(QStringLiteral("Guarded"));
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("delete"))->isEnabled());
}

QTEST_MAIN(TestTableAdminLocal)
#include "tst_tableadminlocal.moc"
