// The resource policy panel against the control-plane test server (tables are DynamoDB
// Local's): a policy is written, saved conditionally on the revision loaded so a change made
// behind the panel's back is reported rather than overwritten, checked before it is sent, put
// on the table's stream, and deleted after a typed confirmation. Against plain DynamoDB Local
// the panel says the endpoint lacks resource policies.
#include "controlplaneserver.h"
#include "faketagsandpolicies.h"
#include "localendpoint.h"
#include "operationstest.h"

#include "confirmdialog.h"
#include "errorpane.h"
#include "jsonhighlighter.h"
#include "resourcepolicypanel.h"

#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "session/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <memory>

using namespace dyna;

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

QString policyFor(const QString &arn, const QString &action,
                  const QString &effect = QStringLiteral("Allow"))
{
    return QStringLiteral(
               "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n"
               "      \"Sid\": \"Readers\",\n      \"Effect\": \"%3\",\n"
               "      \"Principal\": {\"AWS\": \"arn:aws:iam::123456789012:role/reader\"},\n"
               "      \"Action\": \"%2\",\n      \"Resource\": \"%1\"\n    }\n  ]\n}")
        .arg(arn, action, effect);
}

} // namespace

class TestResourcePolicyPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void staleRevisionIsReportedNotOverwritten();
    void invalidDocumentIsNotSent();
    void streamPolicyAndSelfLockout();
    void deleteAfterConfirmation();
    void serverFollowsTheDocumentedRevisionRules();
    void plainDynamoDbLocalSaysNotSupported();

private:
    QString createTable(bool stream);
    std::unique_ptr<aws::RequestJob> call(const QString &operation, const QJsonObject &input)
    {
        return std::unique_ptr<aws::RequestJob>(
            test::callAndWait(m_session.client(), operation, input));
    }
    int puts() const
    {
        return int(m_server->loopback()->requests(QStringLiteral("PutResourcePolicy")).size());
    }

    std::unique_ptr<test::ControlPlaneServer> m_server;
    test::FakeTagsAndPolicies *m_fake = nullptr;
    session::Session m_session;
};

void TestResourcePolicyPanel::initTestCase()
{
    QVERIFY2(test::localEndpoint().isValid(), "DynamoDB Local is not running (run through ctest)");
    m_server = std::make_unique<test::ControlPlaneServer>(test::localEndpoint());
    QVERIFY(m_server->listen());
    m_fake = new test::FakeTagsAndPolicies(m_server.get());
    test::connectToServer(m_session, *m_server, QStringLiteral("policy test"));
}

void TestResourcePolicyPanel::cleanup()
{
    QVERIFY2(m_server->loopback()->invalidRequests() == 0,
             qPrintable(m_server->loopback()->problems().join(QLatin1Char('\n'))));
}

QString TestResourcePolicyPanel::createTable(bool stream)
{
    const QString table = test::uniqueTableName(QStringLiteral("Policy"));
    return test::createTable(m_session, table, stream ? QStringLiteral("NEW_IMAGE") : QString())
               ? table
               : QString();
}

void TestResourcePolicyPanel::staleRevisionIsReportedNotOverwritten()
{
    const QString table = createTable(false);
    QVERIFY(!table.isEmpty());
    const QString arn = test::ControlPlaneServer::tableArn(table);
    views::ResourcePolicyPanel panel(&m_session);
    panel.resize(860, 620);
    panel.show();
    QSignalSpy loaded(&panel, &views::ResourcePolicyPanel::policyLoaded);
    panel.showTable(table);
    QVERIFY(loaded.wait(10000));
    auto *revision = child<QLabel>(&panel, "revisionLabel");
    auto *editor = child<QPlainTextEdit>(&panel, "policyEditor");
    auto *save = child<QPushButton>(&panel, "savePolicyButton");
    QCOMPARE(revision->text(), QStringLiteral("No policy attached"));
    QVERIFY(editor->toPlainText().isEmpty());
    QCOMPARE(panel.tableArn(), arn);
    // The stream choice is off for a table without a stream.
    auto *selector = child<QComboBox>(&panel, "resourceSelector");
    auto *model = qobject_cast<QStandardItemModel *>(selector->model());
    QVERIFY(!model->item(views::ResourcePolicyPanel::StreamResource)->isEnabled());

    // First save: nothing attached, so the put is conditional on there being no policy.
    QSignalSpy saved(&panel, &views::ResourcePolicyPanel::saved);
    editor->insertPlainText(policyFor(arn, QStringLiteral("dynamodb:GetItem"))); // pasted
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.last().first().toBool(), true);
    QCOMPARE(m_server->loopback()
                 ->requests(QStringLiteral("PutResourcePolicy"))
                 .last()
                 .json.value(QStringLiteral("ExpectedRevisionId"))
                 .toString(),
             QStringLiteral("NO_POLICY"));
    const QString first = m_fake->policy(arn).revisionId;
    QCOMPARE(revision->text(), QStringLiteral("Revision %1").arg(first));

    // Someone else changes the policy behind the panel's back.
    const QString theirs = policyFor(arn, QStringLiteral("dynamodb:Query"));
    auto direct =
        call(QStringLiteral("PutResourcePolicy"), {{QStringLiteral("ResourceArn"), arn},
                                                   {QStringLiteral("Policy"), theirs},
                                                   {QStringLiteral("ExpectedRevisionId"), first}});
    QVERIFY(direct && !direct->error().isError());
    const QString second = direct->response().value(QStringLiteral("RevisionId")).toString();
    QVERIFY(second != first);

    // The panel's save names the revision it loaded: refused, reported, nothing overwritten.
    editor->selectAll();
    editor->insertPlainText(policyFor(arn, QStringLiteral("dynamodb:Scan")));
    const QString mine = editor->toPlainText();
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.last().first().toBool(), false);
    QCOMPARE(m_server->loopback()
                 ->requests(QStringLiteral("PutResourcePolicy"))
                 .last()
                 .json.value(QStringLiteral("ExpectedRevisionId"))
                 .toString(),
             first);
    auto *conflict = child<QFrame>(&panel, "policyConflict");
    QVERIFY(conflict->isVisible());
    QVERIFY2(child<QLabel>(&panel, "policyConflictText")
                 ->text()
                 .contains(QStringLiteral("changed or deleted by someone else since you loaded "
                                          "revision %1")
                               .arg(first)),
             qPrintable(child<QLabel>(&panel, "policyConflictText")->text()));
    QCOMPARE(editor->toPlainText(), mine);
    QCOMPARE(m_fake->policy(arn).document, theirs);
    QCOMPARE(m_fake->policy(arn).revisionId, second);

    if (const QString dir = qEnvironmentVariable("DYNA_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(panel.grab().save(QDir(dir).filePath(QStringLiteral("resource-policy.png"))));

    // Reload shows their policy and revision; saving then works.
    QTest::mouseClick(child<QPushButton>(&panel, "conflictReloadButton"), Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
    QVERIFY(!conflict->isVisible());
    QCOMPARE(editor->toPlainText(), theirs);
    QCOMPARE(revision->text(), QStringLiteral("Revision %1").arg(second));
    editor->selectAll();
    editor->insertPlainText(mine);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.last().first().toBool(), true);
    QCOMPARE(m_fake->policy(arn).document, mine);
}

void TestResourcePolicyPanel::invalidDocumentIsNotSent()
{
    const QString table = createTable(false);
    QVERIFY(!table.isEmpty());
    views::ResourcePolicyPanel panel(&m_session);
    QSignalSpy loaded(&panel, &views::ResourcePolicyPanel::policyLoaded);
    panel.showTable(table);
    QVERIFY(loaded.wait(10000));
    auto *editor = child<QPlainTextEdit>(&panel, "policyEditor");
    auto *validation = child<QLabel>(&panel, "policyValidation");
    auto *highlighter = panel.findChild<views::JsonHighlighter *>();
    const int before = puts();

    // Malformed JSON: where it is, marked in the editor.
    const QString malformed =
        QStringLiteral("{\n  \"Version\": \"2012-10-17\"\n  \"Statement\": []\n}");
    editor->setPlainText(malformed);
    QSignalSpy saved(&panel, &views::ResourcePolicyPanel::saved);
    QTest::mouseClick(child<QPushButton>(&panel, "savePolicyButton"), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.last().first().toBool(), false);
    QVERIFY2(validation->text().endsWith(QStringLiteral("at line 3, column 4.")),
             qPrintable(validation->text()));
    QCOMPARE(highlighter->errorLine(), 3);

    // A statement without Effect, through the Validate button.
    editor->setPlainText(QStringLiteral(
        R"({"Version": "2012-10-17", "Statement": [{"Principal": "*", "Action": "dynamodb:GetItem", "Resource": "*"}]})"));
    QTest::mouseClick(child<QPushButton>(&panel, "validatePolicyButton"), Qt::LeftButton);
    QCOMPARE(validation->text(), QStringLiteral("Statement[1] has no Effect."));
    QTest::mouseClick(child<QPushButton>(&panel, "savePolicyButton"), Qt::LeftButton);
    QCOMPARE(validation->text(), QStringLiteral("Statement[1] has no Effect."));
    QCOMPARE(puts(), before);
    QVERIFY(!m_fake->hasPolicy(test::ControlPlaneServer::tableArn(table)));
    QVERIFY(editor->toPlainText().contains(QLatin1String("dynamodb:GetItem")));
}

void TestResourcePolicyPanel::streamPolicyAndSelfLockout()
{
    const QString table = createTable(true);
    QVERIFY(!table.isEmpty());
    views::ResourcePolicyPanel panel(&m_session);
    QSignalSpy loaded(&panel, &views::ResourcePolicyPanel::policyLoaded);
    panel.showTable(table);
    QVERIFY(loaded.wait(10000));
    QVERIFY(!panel.streamArn().isEmpty());
    QVERIFY(panel.streamArn().startsWith(panel.tableArn() + QStringLiteral("/stream/")));
    auto *selector = child<QComboBox>(&panel, "resourceSelector");
    auto *model = qobject_cast<QStandardItemModel *>(selector->model());
    QVERIFY(model->item(views::ResourcePolicyPanel::StreamResource)->isEnabled());
    selector->setCurrentIndex(views::ResourcePolicyPanel::StreamResource);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(panel.resourceArn(), panel.streamArn());

    // A policy that denies the caller's own policy management needs the explicit confirmation.
    auto *editor = child<QPlainTextEdit>(&panel, "policyEditor");
    auto *confirm = child<QCheckBox>(&panel, "confirmRemoveSelfAccess");
    QVERIFY(!confirm->isChecked());
    editor->setPlainText(
        policyFor(panel.streamArn(), QStringLiteral("dynamodb:*"), QStringLiteral("Deny")));
    QSignalSpy saved(&panel, &views::ResourcePolicyPanel::saved);
    QTest::mouseClick(child<QPushButton>(&panel, "savePolicyButton"), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.last().first().toBool(), false);
    QVERIFY(!m_server->loopback()
                 ->requests(QStringLiteral("PutResourcePolicy"))
                 .last()
                 .json.contains(QStringLiteral("ConfirmRemoveSelfResourceAccess")));
    auto *error = panel.findChild<views::ErrorPane *>();
    QVERIFY2(error->detailsText().contains(QLatin1String("ConfirmRemoveSelfResourceAccess")),
             qPrintable(error->detailsText()));
    QVERIFY(!m_fake->hasPolicy(panel.streamArn()));
    QVERIFY(editor->toPlainText().contains(QLatin1String("\"Deny\"")));

    confirm->setChecked(true);
    QTest::mouseClick(child<QPushButton>(&panel, "savePolicyButton"), Qt::LeftButton);
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.last().first().toBool(), true);
    QVERIFY(m_fake->hasPolicy(panel.streamArn()));
    QVERIFY(!m_fake->hasPolicy(panel.tableArn()));
    QVERIFY2(!confirm->isChecked(), "the confirmation is asked again for every save");

    // Back on the table: its own (absent) policy.
    selector->setCurrentIndex(views::ResourcePolicyPanel::TableResource);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(child<QLabel>(&panel, "revisionLabel")->text(), QStringLiteral("No policy attached"));
    QVERIFY(editor->toPlainText().isEmpty());
}

void TestResourcePolicyPanel::deleteAfterConfirmation()
{
    const QString table = createTable(false);
    QVERIFY(!table.isEmpty());
    const QString arn = test::ControlPlaneServer::tableArn(table);
    const QString policy = policyFor(arn, QStringLiteral("dynamodb:GetItem"));
    auto put = call(QStringLiteral("PutResourcePolicy"),
                    {{QStringLiteral("ResourceArn"), arn}, {QStringLiteral("Policy"), policy}});
    QVERIFY(put && !put->error().isError());

    views::ResourcePolicyPanel panel(&m_session);
    QSignalSpy loaded(&panel, &views::ResourcePolicyPanel::policyLoaded);
    panel.showTable(table);
    QVERIFY(loaded.wait(10000));
    auto *editor = child<QPlainTextEdit>(&panel, "policyEditor");
    QCOMPARE(editor->toPlainText(), policy);
    auto *remove = child<QPushButton>(&panel, "deletePolicyButton");
    QVERIFY(remove->isEnabled());

    // Cancelling deletes nothing.
    QTest::mouseClick(remove, Qt::LeftButton);
    auto *dialog = panel.findChild<views::ConfirmDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->text().contains(table));
    QVERIFY(!dialog->actionButton()->isEnabled());
    dialog->reject();
    QTRY_VERIFY(!panel.findChild<views::ConfirmDialog *>());
    QVERIFY(m_fake->hasPolicy(arn));

    QTest::mouseClick(remove, Qt::LeftButton);
    dialog = panel.findChild<views::ConfirmDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->confirmationEdit(), table);
    QSignalSpy deleted(&panel, &views::ResourcePolicyPanel::deleted);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(deleted.wait(10000));
    QCOMPARE(deleted.last().first().toBool(), true);
    QCOMPARE(m_server->loopback()
                 ->requests(QStringLiteral("DeleteResourcePolicy"))
                 .last()
                 .json.value(QStringLiteral("ExpectedRevisionId"))
                 .toString(),
             put->response().value(QStringLiteral("RevisionId")).toString());
    QVERIFY(!m_fake->hasPolicy(arn));
    QCOMPARE(child<QLabel>(&panel, "revisionLabel")->text(), QStringLiteral("No policy attached"));
    QVERIFY(!remove->isEnabled());
}

// PutResourcePolicy and DeleteResourcePolicy as the model documents them; the panel's conflict
// handling depends on these answers.
void TestResourcePolicyPanel::serverFollowsTheDocumentedRevisionRules()
{
    const QString table = createTable(false);
    QVERIFY(!table.isEmpty());
    const QString arn = test::ControlPlaneServer::tableArn(table);
    const QString policy = policyFor(arn, QStringLiteral("dynamodb:GetItem"));
    auto expectedWithoutPolicy =
        call(QStringLiteral("PutResourcePolicy"),
             {{QStringLiteral("ResourceArn"), arn},
              {QStringLiteral("Policy"), policy},
              {QStringLiteral("ExpectedRevisionId"), QStringLiteral("1")}});
    QVERIFY(expectedWithoutPolicy);
    QCOMPARE(expectedWithoutPolicy->error().code, QStringLiteral("PolicyNotFoundException"));
    auto get = call(QStringLiteral("GetResourcePolicy"), {{QStringLiteral("ResourceArn"), arn}});
    QVERIFY(get);
    QCOMPARE(get->error().code, QStringLiteral("PolicyNotFoundException"));
    auto malformed = call(QStringLiteral("PutResourcePolicy"),
                          {{QStringLiteral("ResourceArn"), arn},
                           {QStringLiteral("Policy"), QStringLiteral("{\"Version\": ")}});
    QVERIFY(malformed);
    QCOMPARE(malformed->error().code, QStringLiteral("ValidationException"));

    auto first = call(QStringLiteral("PutResourcePolicy"),
                      {{QStringLiteral("ResourceArn"), arn},
                       {QStringLiteral("Policy"), policy},
                       {QStringLiteral("ExpectedRevisionId"), QStringLiteral("NO_POLICY")}});
    QVERIFY(first && !first->error().isError());
    const QString revision = first->response().value(QStringLiteral("RevisionId")).toString();
    // Idempotent: the same document again keeps the revision; NO_POLICY now fails.
    auto again = call(QStringLiteral("PutResourcePolicy"),
                      {{QStringLiteral("ResourceArn"), arn}, {QStringLiteral("Policy"), policy}});
    QVERIFY(again && !again->error().isError());
    QCOMPARE(again->response().value(QStringLiteral("RevisionId")).toString(), revision);
    auto noPolicy = call(QStringLiteral("PutResourcePolicy"),
                         {{QStringLiteral("ResourceArn"), arn},
                          {QStringLiteral("Policy"), policy},
                          {QStringLiteral("ExpectedRevisionId"), QStringLiteral("NO_POLICY")}});
    QVERIFY(noPolicy);
    QCOMPARE(noPolicy->error().code, QStringLiteral("PolicyNotFoundException"));

    auto staleDelete = call(QStringLiteral("DeleteResourcePolicy"),
                            {{QStringLiteral("ResourceArn"), arn},
                             {QStringLiteral("ExpectedRevisionId"), QStringLiteral("stale")}});
    QVERIFY(staleDelete);
    QCOMPARE(staleDelete->error().code, QStringLiteral("PolicyNotFoundException"));
    QVERIFY(m_fake->hasPolicy(arn));
    auto removed =
        call(QStringLiteral("DeleteResourcePolicy"), {{QStringLiteral("ResourceArn"), arn}});
    QVERIFY(removed && !removed->error().isError());
    QCOMPARE(removed->response().value(QStringLiteral("RevisionId")).toString(), revision);
    // Deleting again is not an error (idempotent) unless a revision is expected.
    auto twice =
        call(QStringLiteral("DeleteResourcePolicy"), {{QStringLiteral("ResourceArn"), arn}});
    QVERIFY(twice && !twice->error().isError());

    auto unknown = call(QStringLiteral("GetResourcePolicy"),
                        {{QStringLiteral("ResourceArn"), arn + QStringLiteral("/stream/2020")}});
    QVERIFY(unknown);
    QCOMPARE(unknown->error().code, QStringLiteral("ResourceNotFoundException"));
}

void TestResourcePolicyPanel::plainDynamoDbLocalSaysNotSupported()
{
    session::Session local;
    local.connectToLocalEndpoint(test::localEndpoint());
    const QString table = test::uniqueTableName(QStringLiteral("PolicyLocal"));
    QVERIFY(test::createTable(local, table));
    views::ResourcePolicyPanel panel(&local);
    panel.showTable(table);
    auto *error = panel.findChild<views::ErrorPane *>();
    QTRY_VERIFY_WITH_TIMEOUT(!error->summaryText().isEmpty(), 10000);
    QVERIFY2(error->summaryText().contains(QLatin1String("does not support")),
             qPrintable(error->summaryText()));
    QVERIFY(!child<QPushButton>(&panel, "savePolicyButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&panel, "deletePolicyButton")->isEnabled());
    QVERIFY(child<QPlainTextEdit>(&panel, "policyEditor")->isReadOnly());
}

QTEST_MAIN(TestResourcePolicyPanel)
#include "tst_resourcepolicypanel.moc"
