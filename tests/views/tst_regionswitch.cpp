// The navigation tree switches profile and region on a double-click, signs for the region the
// user chose, and keeps the window responsive while it connects.
#include "errorpane.h"
#include "loopbackserver.h"
#include "navigationmodel.h"
#include "navigationpanel.h"

#include "profiles/profilestore.h"
#include "session/session.h"

#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace dyna;
using models::NavigationModel;

class TestRegionSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void doubleClickOnRegionSwitchesThere();
    void doubleClickOnTableOfAnotherRegionOpensIt();
    void failedSwitchKeepsTheCurrentConnection();

private:
    profiles::Profile saveProfile(const QString &name, const QUrl &endpoint);
    void doubleClick(views::NavigationPanel &panel, const QModelIndex &sourceIndex);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<profiles::ProfileStore> m_store;
    test::LoopbackServer m_server;
};

void TestRegionSwitch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("dyna.ini")),
                                             QSettings::IniFormat);
    m_store = std::make_unique<profiles::ProfileStore>(m_settings.get());
    m_store->setInMemorySecrets(true);
    if (!m_server.listen())
        QFAIL(qPrintable(m_server.errorString()));
    // Each region has its own tables, so the tree shows which region answered.
    m_server.setHandler([](const test::LoopbackRequest &request) {
        const QString table = QStringLiteral("orders-%1").arg(request.region);
        return test::LoopbackReply::json({{QStringLiteral("TableNames"), QJsonArray{table}}})
            .withDelay(150);
    });
}

profiles::Profile TestRegionSwitch::saveProfile(const QString &name, const QUrl &endpoint)
{
    profiles::Profile profile;
    profile.name = name;
    profile.region = QStringLiteral("us-east-1");
    profile.endpoint = endpoint;
    profile.accessKeyId = test::LoopbackServer::testCredentials().accessKeyId;
    profiles::Profile saved;
    m_store->save(
        profile,
        profiles::ProfileSecrets{test::LoopbackServer::testCredentials().secretAccessKey, {}}, this,
        [&](const profiles::Profile &result, const profiles::ProfileStore::Outcome &) {
            saved = result;
        });
    [&] { QTRY_VERIFY(!saved.id.isNull()); }();
    return saved;
}

void TestRegionSwitch::doubleClick(views::NavigationPanel &panel, const QModelIndex &sourceIndex)
{
    QTreeView *tree = panel.tree();
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(tree->model());
    const QModelIndex index = proxy->mapFromSource(sourceIndex);
    tree->scrollTo(index);
    const QRect rect = tree->visualRect(index);
    QVERIFY2(rect.isValid(), "row not visible");
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestRegionSwitch::doubleClickOnRegionSwitchesThere()
{
    const profiles::Profile profile = saveProfile(QStringLiteral("Loopback"), m_server.url());
    session::Session session;
    views::NavigationPanel panel(&session, m_store.get(), m_settings.get());
    panel.resize(400, 500);
    panel.show();
    QSignalSpy loaded(&panel, &views::NavigationPanel::loaded);
    panel.switchTo(profile.id, {});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(session.region(), QStringLiteral("us-east-1"));
    QCOMPARE(panel.model()->tableNames(profile.id, QStringLiteral("us-east-1")),
             QStringList{QStringLiteral("orders-us-east-1")});

    const QModelIndex west = panel.model()->addRegion(profile.id, QStringLiteral("eu-west-1"));
    panel.tree()->expandAll();
    // While the server takes its time, the event loop keeps running: a timer still fires.
    bool ticked = false;
    QTimer::singleShot(20, this, [&] { ticked = true; });
    doubleClick(panel, west);
    QVERIFY(loaded.wait(10000));
    QVERIFY(ticked);
    QCOMPARE(session.region(), QStringLiteral("eu-west-1"));
    QCOMPARE(session.profileId(), profile.id);
    QCOMPARE(m_server.requests().last().region, QStringLiteral("eu-west-1"));
    QVERIFY(m_server.requests().last().signatureVerified);
    QCOMPARE(panel.model()->tableNames(profile.id, QStringLiteral("eu-west-1")),
             QStringList{QStringLiteral("orders-eu-west-1")});
    // The region visited before keeps its tables and is no longer the active one.
    QCOMPARE(panel.model()->tableNames(profile.id, QStringLiteral("us-east-1")),
             QStringList{QStringLiteral("orders-us-east-1")});
    QVERIFY(west.data(NavigationModel::ActiveRole).toBool());
    QVERIFY(!panel.model()
                 ->regionIndex(profile.id, QStringLiteral("us-east-1"))
                 .data(NavigationModel::ActiveRole)
                 .toBool());
    QVERIFY(panel.statusText().contains(QStringLiteral("eu-west-1")));

    // The extra region is remembered for the next start; the profile's own is not duplicated.
    session::Session nextSession;
    views::NavigationPanel nextStart(&nextSession, m_store.get(), m_settings.get());
    QCOMPARE(nextStart.model()->regions(profile.id),
             (QStringList{QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")}));
    QCOMPARE(m_server.invalidRequests(), 0);
}

void TestRegionSwitch::doubleClickOnTableOfAnotherRegionOpensIt()
{
    const profiles::Profile first = saveProfile(QStringLiteral("First"), m_server.url());
    const profiles::Profile second = saveProfile(QStringLiteral("Second"), m_server.url());
    session::Session session;
    views::NavigationPanel panel(&session, m_store.get(), m_settings.get());
    panel.resize(400, 500);
    panel.show();
    QSignalSpy loaded(&panel, &views::NavigationPanel::loaded);
    QSignalSpy tableChanged(&panel, &views::NavigationPanel::currentTableChanged);
    panel.switchTo(first.id, {});
    QVERIFY(loaded.wait(10000));
    panel.switchTo(second.id, {});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(session.profileId(), second.id);

    // The first profile's table is still listed; double-clicking it goes back and opens it.
    const QModelIndex table = panel.model()->tableIndex(first.id, QStringLiteral("us-east-1"),
                                                        QStringLiteral("orders-us-east-1"));
    QVERIFY(table.isValid());
    QVERIFY(!table.data(NavigationModel::ActiveRole).toBool());
    panel.tree()->expandAll();
    doubleClick(panel, table);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(session.profileId(), first.id);
    QTRY_COMPARE(panel.currentTable(), QStringLiteral("orders-us-east-1"));
    QCOMPARE(tableChanged.last().at(0).toString(), QStringLiteral("orders-us-east-1"));
}

void TestRegionSwitch::failedSwitchKeepsTheCurrentConnection()
{
    const profiles::Profile good = saveProfile(QStringLiteral("Good"), m_server.url());
    profiles::Profile broken = saveProfile(QStringLiteral("Broken"), m_server.url());
    // An AWS config profile that exists nowhere cannot be resolved.
    broken.source = profiles::CredentialSource::SharedConfig;
    broken.sharedConfigProfile =
        QStringLiteral("dyna-no-such-profile-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    bool resaved = false;
    m_store->save(broken, std::nullopt, this, [&](auto &&...) { resaved = true; });
    QTRY_VERIFY(resaved);

    session::Session session;
    views::NavigationPanel panel(&session, m_store.get(), m_settings.get());
    panel.show();
    QSignalSpy loaded(&panel, &views::NavigationPanel::loaded);
    panel.switchTo(good.id, {});
    QVERIFY(loaded.wait(10000));

    QSignalSpy failed(&session, &session::Session::connectionFailed);
    panel.switchTo(broken.id, QStringLiteral("us-east-1"));
    QVERIFY(failed.wait(10000));
    QCOMPARE(session.profileId(), good.id);
    QVERIFY(!panel.errorPane()->summaryText().isEmpty());
    QVERIFY(panel.statusText().contains(QStringLiteral("Good")));
    const QModelIndex brokenRegion =
        panel.model()->regionIndex(broken.id, QStringLiteral("us-east-1"));
    QVERIFY(brokenRegion.data().toString().contains(QStringLiteral("failed")));
    // The tables of the connection that still works stay listed and active.
    QVERIFY(panel.model()
                ->regionIndex(good.id, QStringLiteral("us-east-1"))
                .data(NavigationModel::ActiveRole)
                .toBool());
}

QTEST_MAIN(TestRegionSwitch)
#include "tst_regionswitch.moc"
