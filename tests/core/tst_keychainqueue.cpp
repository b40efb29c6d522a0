#include "profiles/keychainqueue.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace dyna::profiles;

namespace {

// Run inside a child process whose session bus does not exist (see noSecretService()).
constexpr char childEnvironment[] = "DYNA_KEYCHAINQUEUE_CHILD";

struct Recorder
{
    QList<KeychainQueue::Result> results;
    KeychainQueue::Callback callback()
    {
        return [this](const KeychainQueue::Result &result) { results.append(result); };
    }
    bool waitFor(int count) const
    {
        return QTest::qWaitFor([this, count] { return results.size() >= count; }, 20000);
    }
};

} // namespace

class tst_KeychainQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writeReadDeleteRoundTrip();
    void jobsRunOneAtATimeInOrder();
    void missingKeyIsNotFound();
    void destroyedContextGetsNoCallback();
    void noSecretService_data();
    void noSecretService();
    void noSecretServiceChild();

private:
    QString uniqueKey() const
    {
        return QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("/test");
    }
    bool m_isChild = false;
};

void tst_KeychainQueue::initTestCase()
{
    m_isChild = qEnvironmentVariableIsSet(childEnvironment);
}

void tst_KeychainQueue::writeReadDeleteRoundTrip()
{
    if (m_isChild)
        QSKIP("child process");
    KeychainQueue queue;
    QCOMPARE(queue.service(), QStringLiteral("DynaConsole"));
    const QString key = uniqueKey();
    const QString secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCY-ü-") + key;

    Recorder recorder;
    queue.write(key, secret, this, recorder.callback());
    queue.read(key, this, recorder.callback());
    queue.remove(key, this, recorder.callback());
    queue.read(key, this, recorder.callback());
    QCOMPARE(queue.pendingCount(), 4);
    QVERIFY(recorder.waitFor(4));
    QCOMPARE(queue.pendingCount(), 0);

    QVERIFY2(recorder.results.at(0).ok(), qPrintable(recorder.results.at(0).message));
    QVERIFY2(recorder.results.at(1).ok(), qPrintable(recorder.results.at(1).message));
    QCOMPARE(recorder.results.at(1).value, secret);
    QVERIFY2(recorder.results.at(2).ok(), qPrintable(recorder.results.at(2).message));
    QCOMPARE(recorder.results.at(3).status, KeychainQueue::Status::NotFound);
}

void tst_KeychainQueue::jobsRunOneAtATimeInOrder()
{
    if (m_isChild)
        QSKIP("child process");
    KeychainQueue queue;
    QStringList events;
    connect(&queue, &KeychainQueue::jobStarted, this,
            [&events](const QString &key) { events.append(QStringLiteral("start ") + key); });
    connect(&queue, &KeychainQueue::jobFinished, this,
            [&events](const QString &key) { events.append(QStringLiteral("finish ") + key); });

    const QString prefix = uniqueKey();
    QStringList callbackOrder;
    QStringList expected;
    for (int i = 0; i < 5; ++i) {
        const QString key = prefix + QString::number(i);
        queue.write(key, QStringLiteral("value %1").arg(i), this,
                    [&callbackOrder, key](const KeychainQueue::Result &result) {
                        QVERIFY2(result.ok(), qPrintable(result.message));
                        callbackOrder.append(key);
                    });
        expected << QStringLiteral("start ") + key << QStringLiteral("finish ") + key;
    }
    QVERIFY(QTest::qWaitFor([&callbackOrder] { return callbackOrder.size() == 5; }, 20000));
    // start/finish strictly alternate: no job starts before the previous one finished.
    QCOMPARE(events, expected);

    Recorder cleanup;
    for (int i = 0; i < 5; ++i)
        queue.remove(prefix + QString::number(i), this, cleanup.callback());
    QVERIFY(cleanup.waitFor(5));
}

void tst_KeychainQueue::missingKeyIsNotFound()
{
    if (m_isChild)
        QSKIP("child process");
    KeychainQueue queue;
    Recorder recorder;
    const QString key = uniqueKey();
    queue.read(key, this, recorder.callback());
    QVERIFY(recorder.waitFor(1));
    const KeychainQueue::Result &result = recorder.results.constFirst();
    QCOMPARE(result.status, KeychainQueue::Status::NotFound);
    QVERIFY(!result.keychainUnavailable());
    QVERIFY(result.value.isEmpty());
    QVERIFY2(result.message.contains(key), qPrintable(result.message));
    // Deleting what is not there is not an error.
    queue.remove(key, this, recorder.callback());
    QVERIFY(recorder.waitFor(2));
    QVERIFY2(recorder.results.at(1).ok(), qPrintable(recorder.results.at(1).message));
}

void tst_KeychainQueue::destroyedContextGetsNoCallback()
{
    if (m_isChild)
        QSKIP("child process");
    KeychainQueue queue;
    auto *context = new QObject;
    bool called = false;
    queue.read(uniqueKey(), context, [&called](const KeychainQueue::Result &) { called = true; });
    delete context;
    Recorder after;
    queue.read(uniqueKey(), this, after.callback());
    QVERIFY(after.waitFor(1));
    QVERIFY(!called);
}

void tst_KeychainQueue::noSecretService_data()
{
    QTest::addColumn<QString>("busAddress"); // empty: no session bus at all
    QTest::newRow("bus socket missing") << QStringLiteral("unix:path=/nonexistent/dyna-no-bus");
    QTest::newRow("no session bus") << QString();
}

// The parent: runs this executable again without a reachable session bus and checks what a
// user without a keychain would read.
void tst_KeychainQueue::noSecretService()
{
    if (m_isChild)
        QSKIP("child process");
    QFETCH(QString, busAddress);
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(childEnvironment), QStringLiteral("1"));
    if (busAddress.isEmpty())
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    else
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    environment.remove(QStringLiteral("DISPLAY")); // no autolaunched bus and prompt either
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("noSecretServiceChild")});
    QVERIFY(child.waitForFinished(60000));
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             qPrintable(output + QString::fromUtf8(child.readAllStandardError())));
    QVERIFY2(output.contains(QStringLiteral("PASS   : tst_KeychainQueue::noSecretServiceChild")),
             qPrintable(output));
}

void tst_KeychainQueue::noSecretServiceChild()
{
    if (!m_isChild)
        QSKIP("runs in the child process started by noSecretService");
    KeychainQueue queue;
    Recorder recorder;
    queue.write(uniqueKey(), QStringLiteral("never stored"), this, recorder.callback());
    queue.read(uniqueKey(), this, recorder.callback());
    QVERIFY(recorder.waitFor(2));
    for (const KeychainQueue::Result &result : std::as_const(recorder.results)) {
        QCOMPARE(result.status, KeychainQueue::Status::NoKeychain);
        QVERIFY(result.keychainUnavailable());
        QVERIFY2(result.message.startsWith(QStringLiteral("No system keychain is available (")),
                 qPrintable(result.message));
        QVERIFY2(result.message.endsWith(
                     QStringLiteral("Secrets can be kept in memory for this session only.")),
                 qPrintable(result.message));
        QVERIFY(!result.detail.isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_KeychainQueue)
#include "tst_keychainqueue.moc"
