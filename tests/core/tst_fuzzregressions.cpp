// Replays every fuzz seed (fuzz/corpus/<target>/) and every saved fuzz finding
// (tests/data/fuzz-regressions/<target>/) through the code the libFuzzer targets run, and checks
// what the parsers answer to the saved hostile inputs.
#include "fuzzentries.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <limits>

using namespace dyna;

namespace {

QString regressionsDir(const QString &target)
{
    return QStringLiteral(DYNA_SOURCE_DIR "/tests/data/fuzz-regressions/") + target;
}

QString corpusDir(const QString &target)
{
    return QStringLiteral(DYNA_SOURCE_DIR "/fuzz/corpus/") + target;
}

QStringList inputFiles(const QString &dir)
{
    QStringList files;
    for (const QString &name : QDir(dir).entryList(QDir::Files, QDir::Name))
        files.append(dir + QLatin1Char('/') + name);
    return files;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A saved hostile input; empty (and the calling test fails on it) when it is missing.
QByteArray regression(const char *target, const char *name)
{
    return readFile(regressionsDir(QLatin1String(target)) + QLatin1Char('/') + QLatin1String(name));
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTargetHasInputs_data();
    void everyTargetHasInputs();
    void inputDoesNotCrash_data();
    void inputDoesNotCrash();

    void wireItemTextErrors_data();
    void wireItemTextErrors();
    void scanPageErrors_data();
    void scanPageErrors();
    void documentErrors_data();
    void documentErrors();
    void sharedConfigHostileInputs();
    void stsHostileInputs();
    void responseHostileInputs();
};

void TestFuzzRegressions::everyTargetHasInputs_data()
{
    QTest::addColumn<QString>("dir");
    for (const fuzz::Target &target : fuzz::kTargets) {
        const QString name = QLatin1String(target.name);
        QTest::addRow("corpus/%s", target.name) << corpusDir(name);
        QTest::addRow("regressions/%s", target.name) << regressionsDir(name);
    }
}

// A folder that went missing would otherwise just give inputDoesNotCrash fewer rows.
void TestFuzzRegressions::everyTargetHasInputs()
{
    QFETCH(QString, dir);
    QVERIFY2(QDir(dir).exists(), qPrintable(dir + QStringLiteral(" does not exist")));
    QVERIFY2(!inputFiles(dir).isEmpty(), qPrintable(dir + QStringLiteral(" holds no input")));
}

void TestFuzzRegressions::inputDoesNotCrash_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    for (int i = 0; i < int(std::size(fuzz::kTargets)); ++i) {
        const QString name = QLatin1String(fuzz::kTargets[i].name);
        for (const QString &dir : {corpusDir(name), regressionsDir(name)}) {
            for (const QString &path : inputFiles(dir)) {
                QTest::addRow(
                    "%s", qPrintable(QDir(QStringLiteral(DYNA_SOURCE_DIR)).relativeFilePath(path)))
                    << i << path;
            }
        }
    }
}

// The fuzz targets' own checks (round trips) abort on a failure; the sanitizer builds
// (DYNA_SANITIZE) catch memory errors and undefined behaviour on these inputs too.
void TestFuzzRegressions::inputDoesNotCrash()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    const QByteArray data = readFile(path);
    QVERIFY2(!data.isEmpty(), qPrintable(path));
    fuzz::kTargets[target].parse(reinterpret_cast<const uint8_t *>(data.constData()),
                                 size_t(data.size()));
}

void TestFuzzRegressions::wireItemTextErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("deep nesting") << regression("attributevalue", "deep-nesting")
                                  << QStringLiteral(
                                         "The JSON is nested more than 512 levels deep.");
    QTest::newRow("truncated UTF-8") << regression("attributevalue", "truncated-utf8")
                                     << QStringLiteral("The text is not valid UTF-8.");
    QTest::newRow("NUL byte") << regression("attributevalue", "nul-byte")
                              << QStringLiteral(
                                     "A string may not contain control character U+0000");
}

// The item editor's parser on the same hostile text: an empty item and a sentence.
void TestFuzzRegressions::wireItemTextErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    QVERIFY(!input.isEmpty());
    QString message;
    QVERIFY(dynamo::itemFromWireText(input, &message).isEmpty());
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestFuzzRegressions::scanPageErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("deep nesting")
        << regression("attributevalue", "deep-nesting")
        << QStringLiteral("The response is not valid JSON (The JSON document was too deep");
    QTest::newRow("truncated UTF-8")
        << regression("attributevalue", "truncated-utf8")
        << QStringLiteral("The response is not valid JSON (The input is not valid UTF-8)");
    QTest::newRow("NUL byte") << regression("attributevalue", "nul-byte")
                              << QStringLiteral("The response is not valid JSON (");
    QTest::newRow("huge number") << regression("attributevalue", "huge-number")
                                 << QStringLiteral("Item 0: n: ");
}

// A Scan answer read by simdjson: the page is refused with a sentence.
void TestFuzzRegressions::scanPageErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    QVERIFY(!input.isEmpty());
    QString message;
    QVERIFY(!dynamo::WirePage::read(input, dynamo::WirePage::Items::Decoded, &message));
    QVERIFY2(message.startsWith(error), qPrintable(message));
}

void TestFuzzRegressions::documentErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("deep nesting") << regression("documentconverter", "deep-nesting")
                                  << QStringLiteral(
                                         "The JSON is nested more than 512 levels deep.");
    QTest::newRow("truncated UTF-8") << regression("documentconverter", "truncated-utf8")
                                     << QStringLiteral("The text is not valid UTF-8.");
    QTest::newRow("huge number") << regression("documentconverter", "huge-number")
                                 << QStringLiteral("is too large");
    QTest::newRow("NUL byte") << regression("documentconverter", "nul-byte")
                              << QStringLiteral("Unexpected control character U+0000 after the "
                                                "end of the JSON value.");
}

void TestFuzzRegressions::documentErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    QVERIFY(!input.isEmpty());
    QString message;
    QVERIFY(dynamo::itemFromDocumentText(input, &message).isEmpty());
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestFuzzRegressions::sharedConfigHostileInputs()
{
    QStringList warnings;
    // Each profile assumes a role from the next one, 10,000 profiles deep.
    const QByteArray chainText = regression("sharedconfig", "crash-deep-role-chain");
    QVERIFY(!chainText.isEmpty());
    const auto chain = profiles::SharedConfig::parse(chainText, {}, &warnings);
    QCOMPARE(chain.profileNames().size(), qsizetype(10001));
    QString error;
    const auto resolved = chain.resolve(QStringLiteral("p0"), &error);
    QVERIFY(!resolved);
    QCOMPARE(error, QStringLiteral("Profile 'p0' goes through more than 64 source profiles; "
                                   "shorten its source_profile chain."));
    // A chain of a realistic length still resolves.
    QVERIFY2(chain.resolve(QStringLiteral("p9990"), &error), qPrintable(error));

    const QByteArray truncated = regression("sharedconfig", "truncated-utf8");
    QVERIFY(!truncated.isEmpty());
    const auto replaced = profiles::SharedConfig::parse(truncated, {}, &warnings);
    // The broken byte is replaced, as when any other program reads the file as UTF-8.
    QCOMPARE(replaced.profileNames(), QStringList{QStringLiteral("caf\uFFFD")});

    const QByteArray nul = regression("sharedconfig", "nul-byte");
    QVERIFY(!nul.isEmpty());
    const auto withNul = profiles::SharedConfig::parse(nul, {}, &warnings);
    QCOMPARE(withNul.settings(QStringLiteral("default")).value(QStringLiteral("region")),
             QStringLiteral("eu-") + QChar(u'\0') + QStringLiteral("west-1"));

    const QByteArray huge = regression("sharedconfig", "huge-number");
    QVERIFY(!huge.isEmpty());
    const auto big = profiles::SharedConfig::parse(huge, {}, &warnings);
    QVERIFY(!big.resolve(QStringLiteral("big"), &error));
    QCOMPARE(error, QStringLiteral("Profile 'big' sets duration_seconds to "
                                   "'99999999999999999999999'; it must be a whole number of "
                                   "seconds from 900 to 43200."));
}

void TestFuzzRegressions::stsHostileInputs()
{
    QString error;
    const QByteArray deep = regression("stsxml", "crash-deep-nesting-slow");
    QVERIFY(!deep.isEmpty());
    QVERIFY(!aws::parseAssumeRoleResponse(deep, &error));
    QCOMPARE(error, QStringLiteral("elements are nested more than 16 levels deep"));

    const QByteArray truncated = regression("stsxml", "truncated-utf8");
    QVERIFY(!truncated.isEmpty());
    QVERIFY(!aws::parseCallerIdentityResponse(truncated, &error));
    QVERIFY2(error.endsWith(QStringLiteral(" at line 1")), qPrintable(error));

    const QByteArray nul = regression("stsxml", "nul-byte");
    QVERIFY(!nul.isEmpty());
    const auto awsError = aws::AwsError::fromResponse(QStringLiteral("AssumeRole"), 403, nul, {});
    QCOMPARE(awsError.kind, aws::ErrorKind::Auth);
}

void TestFuzzRegressions::responseHostileInputs()
{
    const QByteArray deep = regression("responses", "deep-nesting");
    QVERIFY(!deep.isEmpty());
    const auto deepError = aws::AwsError::fromResponse(QStringLiteral("Scan"), 400, deep, {});
    QCOMPARE(deepError.kind, aws::ErrorKind::Validation);

    // DynamoDB never sends such numbers: they count as absent rather than wrap around.
    const QByteArray record = regression("responses", "crash-huge-numbers-stream-record");
    QVERIFY(!record.isEmpty());
    QString error;
    const auto parsed = streams::StreamRecord::fromWire(
        QJsonDocument::fromJson(record).object(),
        QStringLiteral("arn:aws:dynamodb:eu-west-1:123456789012:table/t/stream/1"),
        QStringLiteral("shardId-1"), &error);
    QVERIFY2(parsed, qPrintable(error));
    QVERIFY(!parsed->approximateCreation.isValid());
    QCOMPARE(parsed->sizeBytes, qint64(0));

    const QByteArray table = regression("responses", "crash-huge-numbers-table");
    QVERIFY(!table.isEmpty());
    const QJsonObject description = QJsonDocument::fromJson(table).object();
    const auto size = dynamo::TableSize::fromDescription(description);
    QVERIFY(!size.isKnown());
    const auto capacity = dynamo::provisionedCapacity(description);
    QCOMPARE(capacity.read, std::numeric_limits<qint64>::max());
    QCOMPARE(capacity.write, std::numeric_limits<qint64>::max());

    const QByteArray nul = regression("responses", "nul-byte");
    QVERIFY(!nul.isEmpty());
    const auto nulError = aws::AwsError::fromResponse(QStringLiteral("Scan"), 400, nul, {});
    QCOMPARE(nulError.kind, aws::ErrorKind::Validation);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
