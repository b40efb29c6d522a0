// Runs the SigV4 test vectors under ../shared (or the folders listed in SIGV4_SUITE_DIRS)
// through SigV4Signer: every case folder found is checked, so new cases need no code change.

#include "aws/sigv4signer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace dyna::aws;

namespace {

using Params = QList<std::pair<QByteArray, QByteArray>>;

// request.txt and *-signed-request.txt as the suite's README describes them.
struct ParsedRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray query;
    HeaderList headers;
    QByteArray body;
};

bool parseRequest(const QByteArray &text, ParsedRequest *request, QString *error)
{
    const qsizetype lineEnd = text.indexOf('\n');
    const QByteArray requestLine = text.left(lineEnd);
    // The target may hold spaces ("/example space/"), so only the first and last space count.
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (lineEnd < 0 || firstSpace < 0 || lastSpace <= firstSpace) {
        *error = QStringLiteral("malformed request line: %1").arg(QString::fromUtf8(requestLine));
        return false;
    }
    request->method = requestLine.left(firstSpace);
    const QByteArray target = requestLine.mid(firstSpace + 1, lastSpace - firstSpace - 1);
    const qsizetype question = target.indexOf('?');
    request->path = question < 0 ? target : target.left(question);
    request->query = question < 0 ? QByteArray() : target.mid(question + 1);

    qsizetype pos = lineEnd + 1;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        const QByteArray line = text.mid(pos, end - pos);
        pos = end + 1;
        if (line.isEmpty()) {
            // No trailing newline after the body.
            request->body = text.mid(pos);
            return true;
        }
        if (line.startsWith(' ') || line.startsWith('\t')) {
            // Obsolete line folding: the signer must join the lines with one space.
            if (request->headers.isEmpty()) {
                *error = QStringLiteral("continuation line without a header");
                return false;
            }
            request->headers.last().second.append('\n').append(line);
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            *error = QStringLiteral("malformed header line: %1").arg(QString::fromUtf8(line));
            return false;
        }
        request->headers.append({line.left(colon), line.mid(colon + 1)});
    }
    return true;
}

// Case-insensitive names, trimmed values, order-insensitive: how a server sees headers.
HeaderList normalizedHeaders(const HeaderList &headers)
{
    HeaderList result;
    for (const auto &[name, value] : headers)
        result.append({name.trimmed().toLower(), value.trimmed()});
    std::sort(result.begin(), result.end());
    return result;
}

// Decoded, order-insensitive query parameters.
Params decodedQuery(const QByteArray &query)
{
    Params result;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        result.append(
            {QByteArray::fromPercentEncoding(equals < 0 ? pair : pair.left(equals)),
             equals < 0 ? QByteArray() : QByteArray::fromPercentEncoding(pair.mid(equals + 1))});
    }
    std::sort(result.begin(), result.end());
    return result;
}

bool readFile(const QString &path, QByteArray *contents)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *contents = file.readAll();
    return true;
}

bool isCaseFolder(const QDir &dir)
{
    return dir.exists(QStringLiteral("context.json")) && dir.exists(QStringLiteral("request.txt"));
}

} // namespace

class tst_Sigv4Suite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listedDirectoriesHoldCases();
    void signsCase_data();
    void signsCase();
    void cleanupTestCase();

private:
    struct Case
    {
        QString name; // <dir>/<case>
        QString path;
    };

    QStringList m_problems;
    QList<Case> m_cases;
    int m_checked = 0;
};

void tst_Sigv4Suite::initTestCase()
{
    QStringList dirs = qEnvironmentVariable("SIGV4_SUITE_DIRS").split(u':', Qt::SkipEmptyParts);
    if (dirs.isEmpty()) {
        dirs = {QStringLiteral(DYNA_SHARED_DIR "/sigv4-testsuite"),
                QStringLiteral(DYNA_SHARED_DIR "/sigv4-dynamodb")};
    }
    for (const QString &dirPath : std::as_const(dirs)) {
        const QDir dir(dirPath);
        if (!dir.exists()) {
            m_problems.append(QStringLiteral("%1 does not exist").arg(dirPath));
            continue;
        }
        int found = 0;
        const QStringList entries = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &entry : entries) {
            const QString casePath = dir.filePath(entry);
            if (!isCaseFolder(QDir(casePath)))
                continue;
            m_cases.append({dir.dirName() + u'/' + entry, casePath});
            ++found;
        }
        if (found == 0)
            m_problems.append(QStringLiteral("%1 holds no case folder").arg(dirPath));
    }
}

void tst_Sigv4Suite::listedDirectoriesHoldCases()
{
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QStringLiteral("; "))));
}

void tst_Sigv4Suite::signsCase_data()
{
    QTest::addColumn<QString>("casePath");
    for (const Case &c : std::as_const(m_cases))
        QTest::newRow(qPrintable(c.name)) << c.path;
}

void tst_Sigv4Suite::signsCase()
{
    // Without rows Qt Test still calls the function once; listedDirectoriesHoldCases() fails.
    if (m_cases.isEmpty())
        QSKIP("No case folder found.");
    QFETCH(QString, casePath);
    ++m_checked;
    const QDir dir(casePath);
    QStringList required = {
        QStringLiteral("header-canonical-request.txt"), QStringLiteral("header-string-to-sign.txt"),
        QStringLiteral("header-signature.txt"), QStringLiteral("header-signed-request.txt")};
    const bool hasQueryVariant = dir.exists(QStringLiteral("query-canonical-request.txt"));
    if (hasQueryVariant) {
        required +=
            {QStringLiteral("query-string-to-sign.txt"), QStringLiteral("query-signature.txt"),
             QStringLiteral("query-signed-request.txt")};
    }
    for (const QString &name : std::as_const(required))
        QVERIFY2(dir.exists(name), qPrintable(QStringLiteral("%1 is missing").arg(name)));
    const auto expected = [&dir](const QString &name) {
        QByteArray contents;
        readFile(dir.filePath(name), &contents);
        return contents;
    };

    QByteArray contextJson;
    QVERIFY(readFile(dir.filePath(QStringLiteral("context.json")), &contextJson));
    QJsonParseError jsonError;
    const QJsonObject context = QJsonDocument::fromJson(contextJson, &jsonError).object();
    QVERIFY2(jsonError.error == QJsonParseError::NoError, qPrintable(jsonError.errorString()));
    const QJsonObject credentials = context.value(u"credentials").toObject();

    SigningParams params;
    params.credentials.accessKeyId = credentials.value(u"access_key_id").toString();
    params.credentials.secretAccessKey = credentials.value(u"secret_access_key").toString();
    params.credentials.sessionToken = credentials.value(u"token").toString();
    params.region = context.value(u"region").toString();
    params.service = context.value(u"service").toString();
    params.time = QDateTime::fromString(context.value(u"timestamp").toString(), Qt::ISODate);
    params.normalizePath = context.value(u"normalize").toBool(true);
    params.signBody = context.value(u"sign_body").toBool(false);
    params.omitSessionToken = context.value(u"omit_session_token").toBool(false);
    params.expiresSeconds = context.value(u"expiration_in_seconds").toInteger(3600);
    QVERIFY2(params.time.isValid(), "context.json has no valid timestamp");

    QByteArray requestText;
    QVERIFY(readFile(dir.filePath(QStringLiteral("request.txt")), &requestText));
    ParsedRequest parsed;
    QString error;
    QVERIFY2(parseRequest(requestText, &parsed, &error), qPrintable(error));
    const HttpRequestParts request{parsed.method, parsed.path, parsed.query, parsed.headers,
                                   parsed.body};

    SigV4Signer signer;

    // Authorization-header variant.
    const SigningResult header = signer.signHeaders(request, params);
    QCOMPARE(header.canonicalRequest, expected(QStringLiteral("header-canonical-request.txt")));
    QCOMPARE(header.stringToSign, expected(QStringLiteral("header-string-to-sign.txt")));
    QCOMPARE(header.signature, expected(QStringLiteral("header-signature.txt")));

    ParsedRequest signedRequest;
    QVERIFY2(
        parseRequest(expected(QStringLiteral("header-signed-request.txt")), &signedRequest, &error),
        qPrintable(error));
    QCOMPARE(signedRequest.method, request.method);
    QCOMPARE(signedRequest.path, request.path);
    QCOMPARE(decodedQuery(signedRequest.query), decodedQuery(request.query));
    QCOMPARE(normalizedHeaders(request.headers + header.addedHeaders),
             normalizedHeaders(signedRequest.headers));
    QCOMPARE(signedRequest.body, request.body);

    if (!hasQueryVariant)
        return;

    // Presigned-URL variant.
    const SigningResult query = signer.presign(request, params);
    QCOMPARE(query.canonicalRequest, expected(QStringLiteral("query-canonical-request.txt")));
    QCOMPARE(query.stringToSign, expected(QStringLiteral("query-string-to-sign.txt")));
    QCOMPARE(query.signature, expected(QStringLiteral("query-signature.txt")));

    ParsedRequest presigned;
    QVERIFY2(parseRequest(expected(QStringLiteral("query-signed-request.txt")), &presigned, &error),
             qPrintable(error));
    QCOMPARE(presigned.method, request.method);
    QCOMPARE(presigned.path, request.path);
    QCOMPARE(decodedQuery(query.signedQuery), decodedQuery(presigned.query));
    // Presigning adds no header.
    QCOMPARE(normalizedHeaders(request.headers), normalizedHeaders(presigned.headers));
    QCOMPARE(presigned.body, request.body);
}

void tst_Sigv4Suite::cleanupTestCase()
{
    std::printf("sigv4_suite: %d cases checked\n", m_checked);
    std::fflush(stdout);
}

QTEST_GUILESS_MAIN(tst_Sigv4Suite)
#include "tst_sigv4_suite.moc"
