// The tags panel against the control-plane test server (tables are DynamoDB Local's): tags are
// listed across pages, edited in place and saved as one TagResource and one UntagResource; bad
// tags never leave the machine. Against plain DynamoDB Local the panel says the endpoint lacks
// tagging.
#include "controlplaneserver.h"
#include "faketagsandpolicies.h"
#include "localendpoint.h"
#include "operationstest.h"

#include "errorpane.h"
#include "tagspanel.h"

#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "session/session.h"

#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace dyna;

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

int rowOf(QTableWidget *table, const QString &key)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, views::TagsPanel::KeyColumn)->text() == key)
            return row;
    }
    return -1;
}

QString cell(QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

class TestTagsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void listsAcrossPagesAddsChangesRemoves();
    void invalidTagsAreRefusedBeforeSending();
    void sayBackupsCannotBeTagged();
    void serverAnswersLikeDynamoDb();
    void plainDynamoDbLocalSaysNotSupported();

private:
    QString createTable();
    std::unique_ptr<test::ControlPlaneServer> m_server;
    test::FakeTagsAndPolicies *m_fake = nullptr;
    session::Session m_session;
};

void TestTagsPanel::initTestCase()
{
    QVERIFY2(test::localEndpoint().isValid(), "DynamoDB Local is not running (run through ctest)");
    m_server = std::make_unique<test::ControlPlaneServer>(test::localEndpoint());
    QVERIFY(m_server->listen());
    m_fake = new test::FakeTagsAndPolicies(m_server.get());
    test::connectToServer(m_session, *m_server, QStringLiteral("tags test"));
}

void TestTagsPanel::cleanup()
{
    QVERIFY2(m_server->loopback()->invalidRequests() == 0,
             qPrintable(m_server->loopback()->problems().join(QLatin1Char('\n'))));
}

QString TestTagsPanel::createTable()
{
    const QString table = test::uniqueTableName(QStringLiteral("Tags"));
    return test::createTable(m_session, table) ? table : QString();
}

void TestTagsPanel::listsAcrossPagesAddsChangesRemoves()
{
    const QString table = createTable();
    QVERIFY(!table.isEmpty());
    const QString arn = test::ControlPlaneServer::tableArn(table);
    QJsonArray seeded;
    for (int i = 1; i <= 12; ++i)
        seeded.append(QJsonObject{
            {QStringLiteral("Key"), QStringLiteral("tag%1").arg(i, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("Value"), QStringLiteral("v%1").arg(i)}});
    seeded.append(QJsonObject{{QStringLiteral("Key"), QStringLiteral("env")},
                              {QStringLiteral("Value"), QStringLiteral("prod")}});
    std::unique_ptr<aws::RequestJob> tagged(test::callAndWait(
        m_session.client(), QStringLiteral("TagResource"),
        {{QStringLiteral("ResourceArn"), arn}, {QStringLiteral("Tags"), seeded}}));
    QVERIFY(tagged && !tagged->error().isError());

    views::TagsPanel panel(&m_session);
    panel.resize(820, 560);
    panel.show();
    QSignalSpy loaded(&panel, &views::TagsPanel::tagsLoaded);
    const qsizetype listCalls =
        m_server->loopback()->requests(QStringLiteral("ListTagsOfResource")).size();
    panel.showTable(table);
    QVERIFY(loaded.wait(10000));
    auto *rows = child<QTableWidget>(&panel, "tagsTable");
    QCOMPARE(rows->rowCount(), 13);
    QCOMPARE(m_server->loopback()->requests(QStringLiteral("ListTagsOfResource")).size() -
                 listCalls,
             2); // 10 tags per page on the test server
    QCOMPARE(cell(rows, rowOf(rows, QStringLiteral("env")), views::TagsPanel::ValueColumn),
             QStringLiteral("prod"));
    auto *status = child<QLabel>(&panel, "tagsStatus");
    QCOMPARE(status->text(), QStringLiteral("13 tag(s)"));

    // Change one value, remove one row, add one tag: each marked before saving.
    rows->item(rowOf(rows, QStringLiteral("env")), views::TagsPanel::ValueColumn)
        ->setText(QStringLiteral("staging"));
    QCOMPARE(cell(rows, rowOf(rows, QStringLiteral("env")), views::TagsPanel::ChangeColumn),
             QStringLiteral("changed"));
    rows->selectRow(rowOf(rows, QStringLiteral("tag03")));
    QTest::mouseClick(child<QPushButton>(&panel, "removeTagButton"), Qt::LeftButton);
    QCOMPARE(rowOf(rows, QStringLiteral("tag03")), -1);
    QTest::mouseClick(child<QPushButton>(&panel, "addTagButton"), Qt::LeftButton);
    const int added = rows->rowCount() - 1;
    rows->item(added, views::TagsPanel::KeyColumn)->setText(QStringLiteral("owner"));
    rows->item(added, views::TagsPanel::ValueColumn)->setText(QStringLiteral("dba team"));
    QCOMPARE(cell(rows, added, views::TagsPanel::ChangeColumn), QStringLiteral("added"));
    QCOMPARE(status->text(),
             QStringLiteral("13 tag(s) · unsaved: 1 added, 1 changed, 1 removed (tag03)"));

    QSignalSpy saved(&panel, &views::TagsPanel::saved);
    QTest::mouseClick(child<QPushButton>(&panel, "saveTagsButton"), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().first().toBool(), true);
    QCOMPARE(m_server->loopback()
                 ->requests(QStringLiteral("TagResource"))
                 .last()
                 .json.value(QStringLiteral("Tags"))
                 .toArray()
                 .size(),
             2);
    QCOMPARE(m_server->loopback()
                 ->requests(QStringLiteral("UntagResource"))
                 .last()
                 .json.value(QStringLiteral("TagKeys")),
             QJsonValue(QJsonArray{QStringLiteral("tag03")}));

    const auto stored = m_fake->tags(arn);
    QCOMPARE(stored.size(), 13);
    QVERIFY(stored.contains(qMakePair(QStringLiteral("env"), QStringLiteral("staging"))));
    QVERIFY(stored.contains(qMakePair(QStringLiteral("owner"), QStringLiteral("dba team"))));
    QVERIFY(!std::any_of(stored.begin(), stored.end(),
                         [](const auto &tag) { return tag.first == QLatin1String("tag03"); }));
    // The panel shows what it read back, with no pending marks.
    QCOMPARE(rows->rowCount(), 13);
    QCOMPARE(cell(rows, rowOf(rows, QStringLiteral("owner")), views::TagsPanel::ChangeColumn),
             QString());
    QCOMPARE(status->text(), QStringLiteral("13 tag(s)"));

    if (const QString dir = qEnvironmentVariable("DYNA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        rows->item(rowOf(rows, QStringLiteral("env")), views::TagsPanel::ValueColumn)
            ->setText(QStringLiteral("production"));
        QTest::mouseClick(child<QPushButton>(&panel, "addTagButton"), Qt::LeftButton);
        rows->item(rows->rowCount() - 1, views::TagsPanel::KeyColumn)
            ->setText(QStringLiteral("cost-center"));
        rows->item(rows->rowCount() - 1, views::TagsPanel::ValueColumn)
            ->setText(QStringLiteral("4711"));
        rows->clearSelection();
        rows->setCurrentItem(nullptr);
        rows->scrollToBottom();
        QVERIFY(panel.grab().save(QDir(dir).filePath(QStringLiteral("tags.png"))));
    }
}

void TestTagsPanel::invalidTagsAreRefusedBeforeSending()
{
    const QString table = createTable();
    QVERIFY(!table.isEmpty());
    views::TagsPanel panel(&m_session);
    QSignalSpy loaded(&panel, &views::TagsPanel::tagsLoaded);
    panel.showTable(table);
    QVERIFY(loaded.wait(10000));
    auto *rows = child<QTableWidget>(&panel, "tagsTable");
    QCOMPARE(rows->rowCount(), 0);
    const qsizetype tagCalls = m_server->loopback()->requests(QStringLiteral("TagResource")).size();
    auto *validation = child<QLabel>(&panel, "tagsValidation");
    auto *add = child<QPushButton>(&panel, "addTagButton");
    auto *save = child<QPushButton>(&panel, "saveTagsButton");
    QSignalSpy saved(&panel, &views::TagsPanel::saved);

    QTest::mouseClick(add, Qt::LeftButton);
    rows->item(0, views::TagsPanel::KeyColumn)->setText(QStringLiteral("aws:owner"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.last().first().toBool(), false);
    QVERIFY(!validation->isHidden());
    QCOMPARE(validation->text(), QStringLiteral("The tag key \"aws:owner\" starts with \"aws:\", "
                                                "which is reserved for tags AWS assigns."));

    rows->item(0, views::TagsPanel::KeyColumn)->setText(QStringLiteral("team"));
    QTest::mouseClick(add, Qt::LeftButton);
    rows->item(1, views::TagsPanel::KeyColumn)->setText(QStringLiteral("team"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(validation->text(), QStringLiteral("The tag key \"team\" appears twice (rows 1 and "
                                                "2); keys must be unique."));
    QCOMPARE(rows->currentRow(), 1);

    rows->item(1, views::TagsPanel::KeyColumn)->setText(QStringLiteral("cost center"));
    rows->item(1, views::TagsPanel::ValueColumn)->setText(QStringLiteral("a&b"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(validation->text().startsWith(QStringLiteral("The tag value contains \"&\"")),
             qPrintable(validation->text()));
    QCOMPARE(m_server->loopback()->requests(QStringLiteral("TagResource")).size(), tagCalls);
    QVERIFY(m_fake->tags(test::ControlPlaneServer::tableArn(table)).isEmpty());
    // What the user typed is still there to fix.
    QCOMPARE(rows->rowCount(), 2);
    QCOMPARE(cell(rows, 1, views::TagsPanel::ValueColumn), QStringLiteral("a&b"));
    // Revert drops the unsaved rows.
    QTest::mouseClick(child<QPushButton>(&panel, "revertTagsButton"), Qt::LeftButton);
    QCOMPARE(rows->rowCount(), 0);
    QVERIFY(validation->isHidden());
}

void TestTagsPanel::sayBackupsCannotBeTagged()
{
    views::TagsPanel panel(&m_session);
    QVERIFY(child<QLabel>(&panel, "tagsNote")
                ->text()
                .contains(QLatin1String("Backups cannot be tagged")));
}

// The test server's documented errors, which the panel relies on being realistic.
void TestTagsPanel::serverAnswersLikeDynamoDb()
{
    // The client retries LimitExceededException with backoff; one attempt keeps this test short.
    aws::ClientConfig config = m_server->clientConfig();
    config.retry.maxAttempts = 1;
    session::Session direct;
    direct.connectWith(
        config,
        std::make_shared<aws::StaticCredentialsProvider>(test::ControlPlaneServer::credentials()),
        QStringLiteral("tags direct"), false);
    const auto call = [&direct](const QString &operation, const QJsonObject &input) {
        return std::unique_ptr<aws::RequestJob>(
            test::callAndWait(direct.client(), operation, input));
    };
    auto unknown = call(QStringLiteral("ListTagsOfResource"),
                        {{QStringLiteral("ResourceArn"),
                          test::ControlPlaneServer::tableArn(QStringLiteral("NoSuchTable-x1"))}});
    QVERIFY(unknown);
    QCOMPARE(unknown->error().code, QStringLiteral("ResourceNotFoundException"));

    const QString table = createTable();
    QVERIFY(!table.isEmpty());
    const QString arn = test::ControlPlaneServer::tableArn(table);
    QJsonArray fifty;
    for (int i = 0; i < 50; ++i)
        fifty.append(QJsonObject{{QStringLiteral("Key"), QStringLiteral("k%1").arg(i)},
                                 {QStringLiteral("Value"), QString()}});
    auto full = call(QStringLiteral("TagResource"),
                     {{QStringLiteral("ResourceArn"), arn}, {QStringLiteral("Tags"), fifty}});
    QVERIFY(full && !full->error().isError());
    auto oneMore = call(QStringLiteral("TagResource"),
                        {{QStringLiteral("ResourceArn"), arn},
                         {QStringLiteral("Tags"),
                          QJsonArray{QJsonObject{{QStringLiteral("Key"), QStringLiteral("extra")},
                                                 {QStringLiteral("Value"), QString()}}}}});
    QVERIFY(oneMore);
    QCOMPARE(oneMore->error().code, QStringLiteral("LimitExceededException"));
    QCOMPARE(m_fake->tags(arn).size(), 50);
    // Setting an existing key changes its value and does not count again.
    auto overwrite =
        call(QStringLiteral("TagResource"),
             {{QStringLiteral("ResourceArn"), arn},
              {QStringLiteral("Tags"),
               QJsonArray{QJsonObject{{QStringLiteral("Key"), QStringLiteral("k7")},
                                      {QStringLiteral("Value"), QStringLiteral("x")}}}}});
    QVERIFY(overwrite && !overwrite->error().isError());
    QVERIFY(m_fake->tags(arn).contains(qMakePair(QStringLiteral("k7"), QStringLiteral("x"))));

    // The panel reads all 50 across five pages.
    views::TagsPanel panel(&m_session);
    QSignalSpy loaded(&panel, &views::TagsPanel::tagsLoaded);
    panel.showTable(table);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(child<QTableWidget>(&panel, "tagsTable")->rowCount(), 50);
}

void TestTagsPanel::plainDynamoDbLocalSaysNotSupported()
{
    session::Session local;
    local.connectToLocalEndpoint(test::localEndpoint());
    const QString table = test::uniqueTableName(QStringLiteral("TagsLocal"));
    QVERIFY(test::createTable(local, table));
    views::TagsPanel panel(&local);
    panel.showTable(table);
    auto *error = panel.findChild<views::ErrorPane *>();
    QTRY_VERIFY_WITH_TIMEOUT(!error->summaryText().isEmpty(), 10000);
    QVERIFY2(error->summaryText().contains(QLatin1String("does not support")),
             qPrintable(error->summaryText()));
    QVERIFY(!child<QPushButton>(&panel, "saveTagsButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&panel, "addTagButton")->isEnabled());
}

QTEST_MAIN(TestTagsPanel)
#include "tst_tagspanel.moc"
