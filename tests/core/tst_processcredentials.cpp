#include "profiles/processcredentialsprovider.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dyna;
using profiles::ProcessCredentialsProvider;

namespace {

struct Outcome
{
    bool called = false;
    aws::Credentials credentials;
    aws::AwsError error;
};

const QByteArray validJson = R"({"Version": 1, "AccessKeyId": "ASIAPROCESS", )"
                             R"("SecretAccessKey": "processsecret", "SessionToken": "token", )"
                             R"("Expiration": "2026-12-01T12:00:00Z"})";

} // namespace

class tst_ProcessCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void splitCommandLine_data();
    void splitCommandLine();
    void success();
    void reusedUntilFiveMinutesBeforeExpiry();
    void withoutExpirationReusedForEver();
    void concurrentFetchesShareOneRun();
    void errors_data();
    void errors();
    void failureIsNotCached();
    void timeout();
    void pathWithSpacesAndQuotedArguments();
    void destroyedContextGetsNoCall();

private:
    // A script under a folder whose name has a space; returns its quoted command line.
    QString script(const QString &name, const QByteArray &body);
    int runCount() const;
    std::unique_ptr<ProcessCredentialsProvider> provider(const QString &commandLine);
    std::shared_ptr<Outcome> fetch(ProcessCredentialsProvider &provider,
                                   QObject *context = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_scripts;
    QDateTime m_now;
};

void tst_ProcessCredentials::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_scripts = m_dir->filePath(QStringLiteral("my scripts"));
    QVERIFY(QDir().mkpath(m_scripts));
    m_now = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
}

QString tst_ProcessCredentials::script(const QString &name, const QByteArray &body)
{
    const QString path = m_scripts + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    // Every run is counted, so tests can tell a cached answer from a new run.
    file.write("#!/bin/sh\necho run >> \"" + m_dir->filePath(QStringLiteral("runs")).toUtf8() +
               "\"\n" + body + "\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return QLatin1Char('"') + path + QLatin1Char('"');
}

int tst_ProcessCredentials::runCount() const
{
    QFile file(m_dir->filePath(QStringLiteral("runs")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return int(file.readAll().count('\n'));
}

std::unique_ptr<ProcessCredentialsProvider>
tst_ProcessCredentials::provider(const QString &commandLine)
{
    aws::Clock clock;
    clock.now = [this] { return m_now; };
    return std::make_unique<ProcessCredentialsProvider>(commandLine, clock);
}

std::shared_ptr<Outcome> tst_ProcessCredentials::fetch(ProcessCredentialsProvider &provider,
                                                       QObject *context)
{
    auto outcome = std::make_shared<Outcome>();
    provider.fetch(context ? context : this,
                   [outcome](const aws::Credentials &credentials, const aws::AwsError &error) {
                       QVERIFY(!outcome->called);
                       outcome->called = true;
                       outcome->credentials = credentials;
                       outcome->error = error;
                   });
    return outcome;
}

void tst_ProcessCredentials::splitCommandLine_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << "/usr/bin/creds --profile  work"
                           << QStringList{"/usr/bin/creds", "--profile", "work"} << true;
    QTest::newRow("double-quoted path with spaces")
        << R"("/opt/my tools/creds" --x)" << QStringList{"/opt/my tools/creds", "--x"} << true;
    QTest::newRow("single quotes are literal")
        << R"(cmd 'a "b" \c')" << QStringList{"cmd", R"(a "b" \c)"} << true;
    QTest::newRow("escapes inside double quotes")
        << R"(cmd "say \"hi\" \\ \n")" << QStringList{"cmd", R"(say "hi" \ \n)"} << true;
    QTest::newRow("backslash outside quotes") << R"(cmd a\ b)" << QStringList{"cmd", "a b"} << true;
    QTest::newRow("quotes join a word")
        << R"(cmd --k="v w"x)" << QStringList{"cmd", "--k=v wx"} << true;
    QTest::newRow("empty quoted argument") << R"(cmd "" x)" << QStringList{"cmd", "", "x"} << true;
    QTest::newRow("no comments, no shell")
        << "cmd # $HOME | x" << QStringList{"cmd", "#", "$HOME", "|", "x"} << true;
    QTest::newRow("unclosed quote") << R"(cmd "open)" << QStringList{} << false;
    QTest::newRow("trailing backslash") << R"(cmd \)" << QStringList{} << false;
}

void tst_ProcessCredentials::splitCommandLine()
{
    QFETCH(QString, commandLine);
    QFETCH(QStringList, words);
    QFETCH(bool, valid);
    QString error;
    QCOMPARE(profiles::splitCommandLine(commandLine, &error), words);
    QCOMPARE(error.isEmpty(), valid);
}

void tst_ProcessCredentials::success()
{
    auto p = provider(script(QStringLiteral("creds.sh"), "cat <<'EOF'\n" + validJson + "\nEOF"));
    const auto outcome = fetch(*p);
    QTRY_VERIFY(outcome->called);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.message));
    QCOMPARE(outcome->credentials.accessKeyId, QStringLiteral("ASIAPROCESS"));
    QCOMPARE(outcome->credentials.secretAccessKey, QStringLiteral("processsecret"));
    QCOMPARE(outcome->credentials.sessionToken, QStringLiteral("token"));
    QCOMPARE(outcome->credentials.expiration, QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC));
}

void tst_ProcessCredentials::reusedUntilFiveMinutesBeforeExpiry()
{
    auto p = provider(script(QStringLiteral("creds.sh"), "cat <<'EOF'\n" + validJson + "\nEOF"));
    QTRY_VERIFY(fetch(*p)->called);
    QCOMPARE(runCount(), 1);

    m_now = QDateTime(QDate(2026, 12, 1), QTime(11, 54, 59), Qt::UTC);
    const auto cached = fetch(*p);
    QTRY_VERIFY(cached->called);
    QCOMPARE(cached->credentials.accessKeyId, QStringLiteral("ASIAPROCESS"));
    QCOMPARE(runCount(), 1);

    m_now = QDateTime(QDate(2026, 12, 1), QTime(11, 55), Qt::UTC);
    const auto refreshed = fetch(*p);
    QTRY_VERIFY(refreshed->called);
    QVERIFY(!refreshed->error.isError());
    QCOMPARE(runCount(), 2);
}

void tst_ProcessCredentials::withoutExpirationReusedForEver()
{
    auto p = provider(script(QStringLiteral("creds.sh"),
                             R"(echo '{"Version": 1, "AccessKeyId": "AKIA", )"
                             R"("SecretAccessKey": "s"}')"));
    QTRY_VERIFY(fetch(*p)->called);
    m_now = m_now.addYears(5);
    const auto later = fetch(*p);
    QTRY_VERIFY(later->called);
    QCOMPARE(later->credentials.accessKeyId, QStringLiteral("AKIA"));
    QVERIFY(!later->credentials.expiration.isValid());
    QCOMPARE(runCount(), 1);
}

void tst_ProcessCredentials::concurrentFetchesShareOneRun()
{
    auto p = provider(
        script(QStringLiteral("slow.sh"), "sleep 0.3\ncat <<'EOF'\n" + validJson + "\nEOF"));
    QList<std::shared_ptr<Outcome>> outcomes;
    for (int i = 0; i < 5; ++i)
        outcomes << fetch(*p);
    for (const auto &outcome : std::as_const(outcomes)) {
        QTRY_VERIFY(outcome->called);
        QCOMPARE(outcome->credentials.accessKeyId, QStringLiteral("ASIAPROCESS"));
    }
    QCOMPARE(runCount(), 1);
}

void tst_ProcessCredentials::errors_data()
{
    QTest::addColumn<QByteArray>("body"); // empty: the command does not exist
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message"); // %1 is the program path

    QTest::newRow("non-zero exit quotes stderr's last line, never stdout")
        << QByteArray("echo '{\"SecretAccessKey\": \"LEAKED\"'\n"
                      "echo 'first line' >&2\necho 'SSO session expired: run aws sso login' >&2\n"
                      "exit 2")
        << "CredentialProcessFailed"
        << "The credential_process command '%1' failed with exit code 2: SSO session expired: "
           "run aws sso login";
    QTest::newRow("non-zero exit without stderr")
        << QByteArray("exit 3") << "CredentialProcessFailed"
        << "The credential_process command '%1' failed with exit code 3.";
    QTest::newRow("not JSON") << QByteArray("echo 'AccessKeyId=AKIA'")
                              << "CredentialProcessInvalidOutput"
                              << "The credential_process command '%1' did not print a JSON "
                                 "object.";
    QTest::newRow("JSON but not an object")
        << QByteArray("echo '[1]'") << "CredentialProcessInvalidOutput"
        << "The credential_process command '%1' did not print a JSON object.";
    QTest::newRow("secret missing")
        << QByteArray(R"(echo '{"Version": 1, "AccessKeyId": "AKIA"}')")
        << "CredentialProcessInvalidOutput"
        << "The credential_process command '%1' printed no SecretAccessKey.";
    QTest::newRow("both keys missing")
        << QByteArray(R"(echo '{"Version": 1, "SessionToken": "t"}')")
        << "CredentialProcessInvalidOutput"
        << "The credential_process command '%1' printed no AccessKeyId and SecretAccessKey.";
    QTest::newRow("Version 2")
        << QByteArray(R"(echo '{"Version": 2, "AccessKeyId": "A", "SecretAccessKey": "s"}')")
        << "CredentialProcessInvalidOutput"
        << "The credential_process command '%1' printed Version 2; only Version 1 is "
           "supported.";
    QTest::newRow("Version as a string")
        << QByteArray(R"(echo '{"Version": "1", "AccessKeyId": "A", "SecretAccessKey": "s"}')")
        << "CredentialProcessInvalidOutput"
        << "The credential_process command '%1' printed Version \"1\"; only Version 1 is "
           "supported.";
    QTest::newRow("no Version")
        << QByteArray(R"(echo '{"AccessKeyId": "A", "SecretAccessKey": "s"}')")
        << "CredentialProcessInvalidOutput"
        << "The credential_process command '%1' printed no Version; only Version 1 is "
           "supported.";
    QTest::newRow("Expiration not ISO 8601")
        << QByteArray(R"(echo '{"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "s", )"
                      R"("Expiration": "tomorrow"}')")
        << "CredentialProcessInvalidOutput"
        << "The credential_process command '%1' printed an Expiration that is not an ISO 8601 "
           "time: tomorrow.";
    QTest::newRow("command does not exist")
        << QByteArray() << "CredentialProcessFailed"
        << "The credential_process command '%1' could not be started: ";
}

void tst_ProcessCredentials::errors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);

    QString program = m_scripts + QLatin1String("/missing-helper");
    QString commandLine = QLatin1Char('"') + program + QLatin1Char('"');
    if (!body.isEmpty()) {
        commandLine = script(QStringLiteral("creds.sh"), body);
        program = m_scripts + QLatin1String("/creds.sh");
    }
    auto p = provider(commandLine);
    const auto outcome = fetch(*p);
    QTRY_VERIFY(outcome->called);
    QCOMPARE(outcome->error.kind, aws::ErrorKind::Auth);
    QCOMPARE(outcome->error.code, code);
    QVERIFY2(outcome->error.message.startsWith(message.arg(program)),
             qPrintable(outcome->error.message));
    QVERIFY(!outcome->error.message.contains(QLatin1String("LEAKED")));
    QVERIFY(!outcome->credentials.isValid());
}

void tst_ProcessCredentials::failureIsNotCached()
{
    const QString flag = m_dir->filePath(QStringLiteral("fixed"));
    auto p = provider(
        script(QStringLiteral("flaky.sh"), "if [ ! -e \"" + flag.toUtf8() +
                                               "\" ]; then echo 'not signed in' >&2; exit 1; fi\n"
                                               "cat <<'EOF'\n" +
                                               validJson + "\nEOF"));
    const auto failed = fetch(*p);
    QTRY_VERIFY(failed->called);
    QVERIFY(failed->error.isError());
    QFile fixed(flag);
    QVERIFY(fixed.open(QIODevice::WriteOnly));
    fixed.close();
    const auto retried = fetch(*p);
    QTRY_VERIFY(retried->called);
    QVERIFY(!retried->error.isError());
    QCOMPARE(runCount(), 2);
}

void tst_ProcessCredentials::timeout()
{
    auto p = provider(script(QStringLiteral("hang.sh"), "exec sleep 30"));
    p->setTimeout(300);
    QElapsedTimer elapsed;
    elapsed.start();
    const auto outcome = fetch(*p);
    QTRY_VERIFY(outcome->called);
    QVERIFY(elapsed.elapsed() < 10000);
    QCOMPARE(outcome->error.kind, aws::ErrorKind::Auth);
    QCOMPARE(outcome->error.code, QStringLiteral("CredentialProcessTimeout"));
    QCOMPARE(outcome->error.message,
             QStringLiteral("The credential_process command '%1' did not finish within 0.3 "
                            "seconds and was stopped.")
                 .arg(m_scripts + QLatin1String("/hang.sh")));
}

void tst_ProcessCredentials::pathWithSpacesAndQuotedArguments()
{
    const QString argsFile = m_dir->filePath(QStringLiteral("args"));
    const QString command =
        script(QStringLiteral("creds helper.sh"), "printf '%s\\n' \"$@\" > \"" + argsFile.toUtf8() +
                                                      "\"\ncat <<'EOF'\n" + validJson + "\nEOF");
    auto p = provider(command + QLatin1String(R"( --role 'read only' "a \"b\"" c\ d $HOME)"));
    const auto outcome = fetch(*p);
    QTRY_VERIFY(outcome->called);
    QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.message));
    QFile file(argsFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()),
             QStringLiteral("--role\nread only\na \"b\"\nc d\n$HOME\n"));
}

void tst_ProcessCredentials::destroyedContextGetsNoCall()
{
    auto p = provider(
        script(QStringLiteral("slow.sh"), "sleep 0.2\ncat <<'EOF'\n" + validJson + "\nEOF"));
    auto context = std::make_unique<QObject>();
    const auto dropped = fetch(*p, context.get());
    const auto kept = fetch(*p);
    context.reset();
    QTRY_VERIFY(kept->called);
    QTest::qWait(50);
    QVERIFY(!dropped->called);
}

QTEST_GUILESS_MAIN(tst_ProcessCredentials)
#include "tst_processcredentials.moc"
