// Expired credentials mid-session: the panel says so and signs in again on request, keeping
// what the user typed.
#include "errorpane.h"
#include "loopbackserver.h"
#include "navigationmodel.h"
#include "navigationpanel.h"

#include "profiles/profilestore.h"
#include "session/session.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dyna;

class TestReconnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiredCredentialsOfferToSignInAgain();
    void localConnectionsOfferNoSignIn();
};

void TestReconnect::expiredCredentialsOfferToSignInAgain()
{
    test::LoopbackServer server;
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    server.enqueue(QStringLiteral("ListTables"),
                   test::LoopbackReply::error(400, QStringLiteral("ExpiredTokenException"),
                                              QStringLiteral("The security token included in "
                                                             "the request is expired")));
    server.enqueue(QStringLiteral("ListTables"),
                   test::LoopbackReply::json(
                       {{QStringLiteral("TableNames"), QJsonArray{QStringLiteral("Orders")}}}));

    QTemporaryDir dir;
    profiles::ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    store.setInMemorySecrets(true);
    profiles::Profile profile;
    profile.name = QStringLiteral("Loopback");
    profile.region = QStringLiteral("us-east-1");
    profile.endpoint = server.url();
    profile.accessKeyId = test::LoopbackServer::testCredentials().accessKeyId;
    profiles::Profile saved;
    store.save(
        profile,
        profiles::ProfileSecrets{test::LoopbackServer::testCredentials().secretAccessKey, {}}, this,
        [&](const profiles::Profile &result, const profiles::ProfileStore::Outcome &) {
            saved = result;
        });
    QTRY_VERIFY(!saved.id.isNull());

    session::Session session;
    views::NavigationPanel panel(&session, &store, nullptr);
    QSignalSpy loaded(&panel, &views::NavigationPanel::loaded);
    panel.show();
    auto *filter = panel.findChild<QLineEdit *>();
    QTest::keyClicks(filter, QStringLiteral("ord"));
    session.connectToProfile(&store, saved.id);
    QVERIFY(loaded.wait(10000));

    auto *reconnect = panel.errorPane()->findChild<QPushButton *>(QStringLiteral("reconnect"));
    QVERIFY(reconnect);
    QTRY_VERIFY(reconnect->isVisible());
    QVERIFY2(panel.errorPane()->summaryText().contains(QStringLiteral("expired")),
             qPrintable(panel.errorPane()->summaryText()));
    QVERIFY(panel.model()->tableNames(session.profileId(), session.region()).isEmpty());

    QSignalSpy changed(&session, &session::Session::connectionChanged);
    QTest::mouseClick(reconnect, Qt::LeftButton);
    QVERIFY(changed.wait(10000));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(panel.model()->tableNames(session.profileId(), session.region()),
             QStringList{QStringLiteral("Orders")});
    QVERIFY(panel.errorPane()->summaryText().isEmpty());
    QCOMPARE(filter->text(), QStringLiteral("ord")); // nothing the user typed was lost
    QCOMPARE(session.profileId(), saved.id);
    QCOMPARE(server.invalidRequests(), 0);
}

void TestReconnect::localConnectionsOfferNoSignIn()
{
    test::LoopbackServer server;
    QVERIFY(server.listen());
    server.enqueue(QStringLiteral("ListTables"),
                   test::LoopbackReply::error(400, QStringLiteral("ExpiredTokenException"),
                                              QStringLiteral("expired")));
    session::Session session;
    views::NavigationPanel panel(&session, nullptr, nullptr);
    QSignalSpy loaded(&panel, &views::NavigationPanel::loaded);
    panel.show();
    session.connectToLocalEndpoint(server.url());
    QVERIFY(loaded.wait(10000));
    QVERIFY(!panel.errorPane()->summaryText().isEmpty());
    // Not a profile: there is nothing to sign in to again.
    QVERIFY(!panel.errorPane()->findChild<QPushButton *>(QStringLiteral("reconnect"))->isVisible());
}

QTEST_MAIN(TestReconnect)
#include "tst_reconnect.moc"
