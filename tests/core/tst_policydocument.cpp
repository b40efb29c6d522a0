// A resource policy is checked before it is sent, with a sentence that says what is wrong and
// where.
#include "dynamo/policydocument.h"

#include <QTest>

using namespace dyna::dynamo;

namespace {

const char *const kStatement =
    R"({"Sid": "ReadOnly", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:role/reader"}, )"
    R"("Action": ["dynamodb:GetItem", "dynamodb:Query"], "Resource": "arn:aws:dynamodb:us-east-1:123456789012:table/Orders"})";

QString withStatement(const QString &statement)
{
    return QStringLiteral(R"({"Version": "2012-10-17", "Statement": [%1]})").arg(statement);
}

} // namespace

class TestPolicyDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidDocuments_data();
    void acceptsValidDocuments();
    void rejectsBadDocuments_data();
    void rejectsBadDocuments();
    void pointsAtMalformedJson();
    void sizeLimitCountsUtf8AndWhitespace();
};

void TestPolicyDocument::acceptsValidDocuments_data()
{
    QTest::addColumn<QString>("document");
    QTest::newRow("list") << withStatement(QLatin1String(kStatement));
    QTest::newRow("single statement object")
        << QStringLiteral(R"({"Version": "2008-10-17", "Id": "p1", "Statement": %1})")
               .arg(QLatin1String(kStatement));
    QTest::newRow("negated elements and condition") << withStatement(
        QStringLiteral(R"({"Effect": "Deny", "NotPrincipal": {"AWS": ["arn:aws:iam::1:root"]},)"
                       R"( "NotAction": "dynamodb:Scan", "NotResource": "*",)"
                       R"( "Condition": {"Bool": {"aws:SecureTransport": "false"}}})"));
    QTest::newRow("principal star") << withStatement(QStringLiteral(
        R"({"Effect": "Allow", "Principal": "*", "Action": "dynamodb:*", "Resource": "*"})"));
}

void TestPolicyDocument::acceptsValidDocuments()
{
    QFETCH(QString, document);
    const PolicyProblem problem = validatePolicyDocument(document);
    QVERIFY2(problem.isValid(), qPrintable(problem.message));
}

void TestPolicyDocument::rejectsBadDocuments_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("sentence");
    const QString allow = QStringLiteral(
        R"({"Effect": "Allow", "Principal": "*", "Action": "dynamodb:GetItem", "Resource": "*"})");
    QTest::newRow("empty") << QStringLiteral("  \n") << QStringLiteral("The policy is empty.");
    QTest::newRow("array") << QStringLiteral("[]")
                           << QStringLiteral("The policy must be a JSON object with Version and "
                                             "Statement.");
    QTest::newRow("no version") << QStringLiteral(R"({"Statement": [%1]})").arg(allow)
                                << QStringLiteral("The policy has no Version; use \"2012-10-17\".");
    QTest::newRow("bad version")
        << QStringLiteral(R"({"Version": "2024-01-01", "Statement": [%1]})").arg(allow)
        << QStringLiteral("The policy's Version must be \"2012-10-17\" (or the older "
                          "\"2008-10-17\").");
    QTest::newRow("typo at top level")
        << QStringLiteral(R"({"Version": "2012-10-17", "Statment": [%1]})").arg(allow)
        << QStringLiteral("The policy has an unknown top-level element \"Statment\".");
    QTest::newRow("no statement") << QStringLiteral(R"({"Version": "2012-10-17"})")
                                  << QStringLiteral("The policy has no Statement.");
    QTest::newRow("statement string")
        << QStringLiteral(R"({"Version": "2012-10-17", "Statement": "Allow"})")
        << QStringLiteral("The policy's Statement must be an object or a list of objects.");
    QTest::newRow("empty statement list")
        << withStatement({}) << QStringLiteral("The policy's Statement list is empty.");
    QTest::newRow("statement not object") << withStatement(allow + QStringLiteral(", 7"))
                                          << QStringLiteral("Statement[2] is not an object.");
    QTest::newRow("no effect")
        << withStatement(
               allow + QStringLiteral(
                           R"(, {"Principal": "*", "Action": "dynamodb:Query", "Resource": "*"})"))
        << QStringLiteral("Statement[2] has no Effect.");
    QTest::newRow("effect permit")
        << withStatement(QStringLiteral(
               R"({"Sid": "S1", "Effect": "Permit", "Principal": "*", "Action": "dynamodb:Query", "Resource": "*"})"))
        << QStringLiteral("Statement[1] (Sid \"S1\") has Effect \"Permit\"; use \"Allow\" or "
                          "\"Deny\".");
    QTest::newRow("no principal")
        << withStatement(QStringLiteral(
               R"({"Effect": "Allow", "Action": "dynamodb:Query", "Resource": "*"})"))
        << QStringLiteral("Statement[1] has no Principal (or NotPrincipal).");
    QTest::newRow("principal and not principal")
        << withStatement(QStringLiteral(
               R"({"Effect": "Allow", "Principal": "*", "NotPrincipal": "*", "Action": "dynamodb:Query", "Resource": "*"})"))
        << QStringLiteral("Statement[1] has both Principal and NotPrincipal; use only one.");
    QTest::newRow("principal bare account")
        << withStatement(QStringLiteral(
               R"({"Effect": "Allow", "Principal": "123456789012", "Action": "dynamodb:Query", "Resource": "*"})"))
        << QStringLiteral("In Statement[1], Principal must be \"*\" or an object such "
                          "as {\"AWS\": \"arn:aws:iam::123456789012:root\"}.");
    QTest::newRow("no action") << withStatement(QStringLiteral(
                                      R"({"Effect": "Deny", "Principal": "*", "Resource": "*"})"))
                               << QStringLiteral("Statement[1] has no Action (or NotAction).");
    QTest::newRow("empty action list")
        << withStatement(QStringLiteral(
               R"({"Effect": "Deny", "Principal": "*", "Action": [], "Resource": "*"})"))
        << QStringLiteral("In Statement[1], Action must be a string or a non-empty list of "
                          "strings.");
    QTest::newRow("no resource")
        << withStatement(QStringLiteral(
               R"({"Effect": "Allow", "Principal": "*", "Action": "dynamodb:Query"})"))
        << QStringLiteral("Statement[1] has no Resource (or NotResource).");
    QTest::newRow("resource and not resource")
        << withStatement(QStringLiteral(
               R"({"Effect": "Allow", "Principal": "*", "Action": "dynamodb:Query", "Resource": "*", "NotResource": "*"})"))
        << QStringLiteral("Statement[1] has both Resource and NotResource; use only one.");
    QTest::newRow("unknown statement element")
        << withStatement(QStringLiteral(
               R"({"Effect": "Allow", "Principal": "*", "Actions": "dynamodb:Query", "Resource": "*"})"))
        << QStringLiteral("Statement[1] has an unknown element \"Actions\".");
    QTest::newRow("condition list")
        << withStatement(QStringLiteral(
               R"({"Effect": "Allow", "Principal": "*", "Action": "dynamodb:Query", "Resource": "*", "Condition": []})"))
        << QStringLiteral("Statement[1] has a Condition that is not an object.");
}

void TestPolicyDocument::rejectsBadDocuments()
{
    QFETCH(QString, document);
    QFETCH(QString, sentence);
    const PolicyProblem problem = validatePolicyDocument(document);
    QCOMPARE(problem.message, sentence);
    QCOMPARE(problem.line, 0);
}

void TestPolicyDocument::pointsAtMalformedJson()
{
    // The missing comma after "2012-10-17": Qt stops inside the next key on line 3 (just past its
    // opening quote).
    const QString text = QStringLiteral("{\n  \"Version\": \"2012-10-17\"\n  \"Statement\": []\n}");
    const PolicyProblem problem = validatePolicyDocument(text);
    QVERIFY(!problem.isValid());
    QCOMPARE(problem.line, 3);
    QCOMPARE(problem.column, 4);
    QVERIFY2(problem.message.startsWith(QStringLiteral("The policy is not valid JSON: ")),
             qPrintable(problem.message));
    QVERIFY2(problem.message.endsWith(QStringLiteral(" at line 3, column 4.")),
             qPrintable(problem.message));

    // Multi-byte characters before the error count as one column each.
    const PolicyProblem unicode =
        validatePolicyDocument(QStringLiteral("{\"Id\": \"Ärger\" \"Version\": 1}"));
    QCOMPARE(unicode.line, 1);
    QCOMPARE(unicode.column, 17); // 18 if "Ä" counted as its two UTF-8 bytes
}

void TestPolicyDocument::sizeLimitCountsUtf8AndWhitespace()
{
    const QString base = withStatement(QLatin1String(kStatement));
    const QString padded =
        base + QString(MaxResourcePolicyBytes - base.toUtf8().size(), QLatin1Char(' '));
    QCOMPARE(padded.toUtf8().size(), MaxResourcePolicyBytes);
    QVERIFY(validatePolicyDocument(padded).isValid());
    const PolicyProblem tooBig = validatePolicyDocument(padded + QLatin1Char(' '));
    QCOMPARE(tooBig.message,
             QStringLiteral("The policy is 20481 bytes; DynamoDB accepts at most 20 KB (20480 "
                            "bytes), whitespace included."));
}

QTEST_GUILESS_MAIN(TestPolicyDocument)
#include "tst_policydocument.moc"
