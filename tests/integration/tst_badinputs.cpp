// The bad-input catalogue (issue 9): every kind of input a user can get wrong, sent the way the
// console sends it, must be refused with its own sentence and must write nothing.
#include "localendpoint.h"
#include "loopbackserver.h"
#include "widgetdriver.h"

#include "errorpane.h"
#include "itemeditor.h"
#include "partiqleditor.h"
#include "partiqlpanel.h"

#include "aws/awsclient.h"
#include "aws/crc32.h"
#include "aws/credentialsprovider.h"
#include "aws/requestjob.h"
#include "aws/sts.h"
#include "dynamo/documentconverter.h"
#include "dynamo/itemsize.h"
#include "dynamo/policydocument.h"
#include "dynamo/preflight.h"
#include "dynamo/queryspec.h"
#include "dynamo/tablespec.h"
#include "profiles/profile.h"
#include "profiles/sharedconfig.h"
#include "session/session.h"
#include "session/statementhistory.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace dyna;
using JobPtr = std::unique_ptr<aws::RequestJob>;

namespace {

// How a row's input reaches the console.
enum class Kind {
    EditorText,     // set as the item editor's text (DynamoDB JSON), then Save
    EditorTyped,    // typed key by key into the item editor (DynamoDB JSON), Ctrl+S
    PlainTyped,     // typed into the item editor in plain JSON mode, Ctrl+S
    DocumentBytes,  // plain JSON bytes as read from a file (itemFromDocumentText)
    RawQuery,       // the query form's raw expressions: {"key", "filter", "projection", ...}
    PartiqlTyped,   // typed into the PartiQL workbench, Ctrl+Return
    Policy,         // a resource policy document
    TableName,      // the create-table wizard's table name
    Duration,       // an AssumeRole profile's session duration in seconds
    SharedConfig,   // the text of ~/.aws/config; profile "bad" is resolved
    StsXml,         // an AssumeRole answer body
    ServerBody,     // a 200 answer to Scan with this body
    ServerTruncated // a 200 answer to Scan cut in half, with the checksum of the whole body
};

// The table's key; `%T` in a row's input stands for the table name.
const QStringList kKey{QStringLiteral("pk"), QStringLiteral("sk")};

// Over 400 KB: one attribute of 401 KB.
QByteArray oversizedItem()
{
    return "{\"pk\": {\"S\": \"big\"}, \"sk\": {\"N\": \"1\"}, \"payload\": {\"S\": \"" +
           QByteArray(401 * 1024, 'x') + "\"}}";
}

QJsonObject definition(const char *name, const char *type)
{
    return {{QStringLiteral("AttributeName"), QLatin1String(name)},
            {QStringLiteral("AttributeType"), QLatin1String(type)}};
}

QJsonObject keyElement(const char *name, const char *type)
{
    return {{QStringLiteral("AttributeName"), QLatin1String(name)},
            {QStringLiteral("KeyType"), QLatin1String(type)}};
}

} // namespace

Q_DECLARE_METATYPE(Kind)

class TestBadInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void rejected_data();
    void rejected();

private:
    JobPtr call(const QString &operation, const QJsonObject &input)
    {
        return JobPtr(test::callAndWait(m_session.client(), operation, input));
    }
    QStringList scanTable();
    QStringList listTables();

    // Each returns the error the console shows for the input (empty when it was accepted).
    QString throughEditor(Kind kind, const QString &text);
    QString throughQuery(const QByteArray &input);
    QString throughPartiql(const QString &text);
    QString throughServer(const QByteArray &body, bool truncate);

    session::Session m_session;
    QTemporaryDir m_folder;
    std::unique_ptr<session::StatementHistory> m_history;
    std::unique_ptr<views::ItemEditor> m_editor;
    std::unique_ptr<views::PartiqlPanel> m_panel;
    QString m_table;
    QStringList m_snapshot;
    QStringList m_triedTableNames; // every table name a row tried to create
    int m_tried = 0;
    int m_rejected = 0;
    int m_changed = 0;
};

void TestBadInputs::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    QVERIFY(m_folder.isValid());
    m_session.connectToLocalEndpoint(endpoint);
    m_table = test::uniqueTableName(QStringLiteral("BadInputs"));
    const JobPtr created =
        call(QStringLiteral("CreateTable"),
             {{QStringLiteral("TableName"), m_table},
              {QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")},
              {QStringLiteral("AttributeDefinitions"),
               QJsonArray{definition("pk", "S"), definition("sk", "N"), definition("status", "S")}},
              {QStringLiteral("KeySchema"),
               QJsonArray{keyElement("pk", "HASH"), keyElement("sk", "RANGE")}},
              {QStringLiteral("GlobalSecondaryIndexes"),
               QJsonArray{QJsonObject{
                   {QStringLiteral("IndexName"), QStringLiteral("ByStatus")},
                   {QStringLiteral("KeySchema"), QJsonArray{keyElement("status", "HASH")}},
                   {QStringLiteral("Projection"),
                    QJsonObject{{QStringLiteral("ProjectionType"), QStringLiteral("ALL")}}}}}}});
    QVERIFY(created);
    QVERIFY2(!created->error().isError(), qPrintable(created->error().details()));
    const QList<QJsonObject> items{
        {{QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), QStringLiteral("a")}}},
         {QStringLiteral("sk"), QJsonObject{{QStringLiteral("N"), QStringLiteral("1")}}},
         {QStringLiteral("status"), QJsonObject{{QStringLiteral("S"), QStringLiteral("new")}}}},
        {{QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), QStringLiteral("a")}}},
         {QStringLiteral("sk"), QJsonObject{{QStringLiteral("N"), QStringLiteral("2")}}},
         {QStringLiteral("price"),
          QJsonObject{{QStringLiteral("N"), QStringLiteral("12345678901234567890.123456789")}}}},
        {{QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), QStringLiteral("b")}}},
         {QStringLiteral("sk"), QJsonObject{{QStringLiteral("N"), QStringLiteral("1")}}},
         {QStringLiteral("tags"),
          QJsonObject{
              {QStringLiteral("SS"), QJsonArray{QStringLiteral("x"), QStringLiteral("y")}}}}}};
    QVERIFY(test::putItems(m_session.client(), m_table, items));
    m_snapshot = scanTable();
    QCOMPARE(m_snapshot.size(), 3);
    QVERIFY(listTables().contains(m_table));

    m_editor = std::make_unique<views::ItemEditor>(&m_session);
    m_editor->resize(800, 600);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));

    m_history = std::make_unique<session::StatementHistory>(
        m_folder.filePath(QStringLiteral("history.jsonl")));
    m_panel = std::make_unique<views::PartiqlPanel>(&m_session, m_history.get());
    m_panel->setScanConfirmer({});
    m_panel->resize(1000, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestBadInputs::cleanupTestCase()
{
    qInfo("bad inputs tried: %d, rejected with the expected error: %d, items changed: %d", m_tried,
          m_rejected, m_changed);
    m_panel.reset();
    m_editor.reset();
    if (m_session.client() && !m_table.isEmpty())
        call(QStringLiteral("DeleteTable"), {{QStringLiteral("TableName"), m_table}});
}

void TestBadInputs::init()
{
    ++m_tried;
}

void TestBadInputs::cleanup()
{
    // Nothing was written: the same items, byte for byte, and the same tables.
    const QStringList items = scanTable();
    if (items != m_snapshot)
        ++m_changed;
    QCOMPARE(items, m_snapshot);
    // Other tests create and drop tables on the same server meanwhile: what matters is that
    // this test's table is still there and no table a bad input named was created.
    const QStringList tables = listTables();
    QVERIFY(tables.contains(m_table));
    for (const QString &name : std::as_const(m_triedTableNames))
        QVERIFY2(!tables.contains(name), qPrintable(name));
}

QStringList TestBadInputs::scanTable()
{
    const JobPtr job = call(QStringLiteral("Scan"), {{QStringLiteral("TableName"), m_table},
                                                     {QStringLiteral("ConsistentRead"), true}});
    if (!job || job->error().isError())
        return {QStringLiteral("Scan failed")};
    QStringList items;
    for (const QJsonValue &item : job->response().value(QStringLiteral("Items")).toArray())
        items.append(
            QString::fromUtf8(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact)));
    std::sort(items.begin(), items.end());
    return items;
}

QStringList TestBadInputs::listTables()
{
    const JobPtr job = call(QStringLiteral("ListTables"), {});
    if (!job || job->error().isError())
        return {QStringLiteral("ListTables failed")};
    QStringList names;
    for (const QJsonValue &name : job->response().value(QStringLiteral("TableNames")).toArray())
        names.append(name.toString());
    return names;
}

QString TestBadInputs::throughEditor(Kind kind, const QString &text)
{
    views::ItemEditor *editor = m_editor.get();
    editor->newItem(m_table, kKey);
    const views::JsonMode mode =
        kind == Kind::PlainTyped ? views::JsonMode::Plain : views::JsonMode::DynamoDb;
    if (!editor->setMode(mode))
        return QStringLiteral("could not switch the mode: ") + editor->statusText();
    auto *edit = test::child<QPlainTextEdit>(editor, "itemText");
    if (kind == Kind::EditorText) {
        edit->setPlainText(text);
    } else {
        editor->activateWindow();
        if (!QTest::qWaitForWindowActive(editor))
            return QStringLiteral("the item editor did not become active");
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    const QString shown = editor->text();
    QSignalSpy saved(editor, &views::ItemEditor::saved);
    if (kind == Kind::EditorText)
        test::click(test::child<QPushButton>(editor, "saveButton"));
    else
        QTest::keyClick(edit, Qt::Key_S, Qt::ControlModifier);
    if (!QTest::qWaitFor([editor] { return !editor->isSaving(); }, 20000))
        return QStringLiteral("the save did not finish");
    // The user's text is kept, whatever went wrong.
    if (editor->text() != shown)
        return QStringLiteral("the editor's text changed to: ") + editor->text();
    if (!saved.isEmpty())
        return {};
    return editor->statusText();
}

QString TestBadInputs::throughQuery(const QByteArray &input)
{
    const QJsonObject form = QJsonDocument::fromJson(input).object();
    dynamo::QuerySpec spec;
    spec.table = m_table;
    spec.raw = true;
    spec.rawKeyCondition = form.value(QStringLiteral("key")).toString();
    spec.scan = spec.rawKeyCondition.isEmpty();
    spec.rawFilter = form.value(QStringLiteral("filter")).toString();
    spec.rawProjection = form.value(QStringLiteral("projection")).toString();
    spec.rawNames = form.value(QStringLiteral("names")).toObject();
    spec.rawValues = form.value(QStringLiteral("values")).toObject();
    const JobPtr described =
        call(QStringLiteral("DescribeTable"), {{QStringLiteral("TableName"), m_table}});
    const QJsonObject table = described->response().value(QStringLiteral("Table")).toObject();
    QString error;
    const QJsonObject request = dynamo::buildRequest(spec, &error, table);
    if (!error.isEmpty())
        return error;
    const JobPtr job = call(dynamo::operation(spec), request);
    if (!job)
        return QStringLiteral("the request did not finish");
    return job->error().userMessage();
}

QString TestBadInputs::throughPartiql(const QString &text)
{
    views::PartiqlEditor *editor = m_panel->editor();
    m_panel->activateWindow();
    if (!QTest::qWaitForWindowActive(m_panel.get()))
        return QStringLiteral("the PartiQL panel did not become active");
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClicks(editor, text);
    // Completion may have opened its popup on the last word; it would take the Return.
    editor->completer()->popup()->hide();
    const QString typed = editor->toPlainText();
    QSignalSpy finished(m_panel.get(), &views::PartiqlPanel::runFinished);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    if (finished.isEmpty() && !finished.wait(20000))
        return QStringLiteral("the statement did not finish");
    if (editor->toPlainText() != typed)
        return QStringLiteral("the editor's text changed to: ") + editor->toPlainText();
    if (finished.first().first().toBool())
        return {};
    return m_panel->errorPane()->summaryText();
}

QString TestBadInputs::throughServer(const QByteArray &body, bool truncate)
{
    test::LoopbackServer server;
    if (!server.listen())
        return server.errorString();
    test::LoopbackReply reply;
    reply.body = truncate ? body.left(body.size() / 2) : body;
    if (truncate)
        reply.crc32 = QByteArray::number(aws::crc32(body));
    server.setHandler([reply](const test::LoopbackRequest &) { return reply; });
    aws::ClientConfig config = server.clientConfig();
    config.retry.maxAttempts = 2;
    config.retry.baseDelayMs = 1;
    auto *client = dynamo::createClient(
        config,
        std::make_shared<aws::StaticCredentialsProvider>(test::LoopbackServer::testCredentials()),
        this);
    const JobPtr job(test::callAndWait(client, QStringLiteral("Scan"),
                                       {{QStringLiteral("TableName"), QStringLiteral("t")}}));
    delete client;
    if (!job)
        return QStringLiteral("the request did not finish");
    if (server.invalidRequests() > 0)
        return server.problems().join(QLatin1Char('\n'));
    return job->error().userMessage();
}

void TestBadInputs::rejected_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const char *category, Kind kind, const QByteArray &input,
                        const QString &expected) {
        QTest::newRow(name) << QString::fromLatin1(category) << kind << input << expected;
    };

    // Malformed JSON.
    row("json trailing comma", "malformed JSON", Kind::EditorTyped,
        R"({"pk": {"S": "a"}, "sk": {"N": "9"},})",
        QStringLiteral("Not saved: Line 1, column 37: Remove the comma before \"}\": JSON does not "
                       "allow a trailing comma."));
    row("json unterminated", "malformed JSON", Kind::EditorTyped,
        R"({"pk": {"S": "a"}, "sk": {"N": "9"})",
        QStringLiteral(
            "Not saved: Line 1, column 36: Expected \",\" or \"}\" after an object member "
            "but found the end of the text."));
    row("json duplicate key", "malformed JSON", Kind::EditorText,
        R"({"pk": {"S": "a"}, "sk": {"N": "9"}, "pk": {"S": "b"}})",
        QStringLiteral(
            "Not saved: Line 1, column 38: The key \"pk\" appears twice in this object."));
    row("json single quotes", "malformed JSON", Kind::PlainTyped, R"({'pk': 'a', 'sk': 9})",
        QStringLiteral("Not saved: Line 1, column 2:"));

    // Malformed DynamoDB JSON.
    row("ddb item is an array", "malformed DynamoDB JSON", Kind::EditorTyped,
        R"([{"pk": {"S": "a"}}])",
        QStringLiteral("An item in DynamoDB JSON must be an object of attribute names"));
    row("ddb value not typed", "malformed DynamoDB JSON", Kind::EditorTyped,
        R"({"pk": "a", "sk": {"N": "9"}})",
        QStringLiteral("Expected an attribute value such as {\"S\": \"text\"} but found"));
    row("ddb list is an object", "malformed DynamoDB JSON", Kind::EditorText,
        R"({"pk": {"S": "a"}, "sk": {"N": "9"}, "l": {"L": {"S": "x"}}})",
        QStringLiteral("The value of \"L\" must be an array of attribute values"));
    row("ddb invalid base64", "malformed DynamoDB JSON", Kind::EditorText,
        R"({"pk": {"S": "a"}, "sk": {"N": "9"}, "b": {"B": "@@@"}})",
        QStringLiteral("is not valid base64."));

    // Wrong type descriptors.
    row("type unknown", "wrong type descriptor", Kind::EditorTyped,
        R"({"pk": {"S": "a"}, "sk": {"N": "9"}, "x": {"STR": "a"}})",
        QStringLiteral(
            "Unknown type \"STR\"; expected one of S, N, B, BOOL, NULL, SS, NS, BS, L, M."));
    row("type two descriptors", "wrong type descriptor", Kind::EditorText,
        R"({"pk": {"S": "a"}, "sk": {"N": "9"}, "x": {"S": "a", "N": "1"}})",
        QStringLiteral("The attribute value has 2 types; it needs exactly one."));
    row("type none", "wrong type descriptor", Kind::EditorText,
        R"({"pk": {"S": "a"}, "sk": {"N": "9"}, "x": {}})",
        QStringLiteral("The attribute value is empty; it needs exactly one type"));
    row("type N as number", "wrong type descriptor", Kind::EditorText,
        R"({"pk": {"S": "a"}, "sk": {"N": 9}})",
        QStringLiteral("The value of \"N\" must be a string such as {\"N\": \"1.5\"}"));
    row("type NULL false", "wrong type descriptor", Kind::EditorText,
        R"({"pk": {"S": "a"}, "sk": {"N": "9"}, "x": {"NULL": false}})",
        QStringLiteral("A NULL value must be written {\"NULL\": true}."));

    // Empty sets.
    row("empty SS", "empty set", Kind::EditorText,
        R"({"pk": {"S": "a"}, "sk": {"N": "9"}, "s": {"SS": []}})",
        QStringLiteral("A string set cannot be empty; DynamoDB does not store empty sets."));
    row("empty NS", "empty set", Kind::EditorText,
        R"({"pk": {"S": "a"}, "sk": {"N": "9"}, "s": {"NS": []}})",
        QStringLiteral("A number set cannot be empty; DynamoDB does not store empty sets."));
    row("empty plain $BS", "empty set", Kind::PlainTyped,
        R"({"pk": "a", "sk": 9, "s": {"$BS": []}})",
        QStringLiteral("A binary set cannot be empty; DynamoDB does not store empty sets."));

    // Duplicate set members.
    row("duplicate SS", "duplicate set members", Kind::EditorText,
        R"({"pk": {"S": "a"}, "sk": {"N": "9"}, "s": {"SS": ["x", "y", "x"]}})",
        QStringLiteral("The string set contains \"x\" more than once."));
    row("duplicate NS spelled apart", "duplicate set members", Kind::EditorText,
        R"({"pk": {"S": "a"}, "sk": {"N": "9"}, "s": {"NS": ["1", "1.0"]}})",
        QStringLiteral("s: The number set contains the same number twice: \"1\" and \"1.0\"."));
    row("duplicate BS", "duplicate set members", Kind::EditorText,
        R"({"pk": {"S": "a"}, "sk": {"N": "9"}, "s": {"BS": ["AAE=", "AAE="]}})",
        QStringLiteral("s: The binary set contains the same bytes twice (members 0 and 1)."));
    row("duplicate plain $NS", "duplicate set members", Kind::PlainTyped,
        R"({"pk": "a", "sk": 9, "s": {"$NS": [100, 1E2]}})",
        QStringLiteral("s: The number set contains the same number twice: \"100\" and \"1E2\"."));

    // Numbers beyond DynamoDB's range or precision.
    row("number 39 digits", "number range or precision", Kind::EditorText,
        R"({"pk": {"S": "a"}, "sk": {"N": "123456789012345678901234567890123456789"}})",
        QStringLiteral("has more than 38 significant digits, the most DynamoDB keeps."));
    row("number too large", "number range or precision", Kind::EditorText,
        R"({"pk": {"S": "a"}, "sk": {"N": "1E+126"}})",
        QStringLiteral("is too large: DynamoDB numbers must be smaller in magnitude than 1E+126."));
    row("number too small", "number range or precision", Kind::EditorText,
        R"({"pk": {"S": "a"}, "sk": {"N": "9"}, "x": {"N": "1E-131"}})",
        QStringLiteral("is too close to zero: the smallest non-zero DynamoDB number is 1E-130."));
    row("number NaN", "number range or precision", Kind::EditorText,
        R"({"pk": {"S": "a"}, "sk": {"N": "NaN"}})",
        QStringLiteral("Not saved: sk: \"NaN\" is not a number."));
    row("number plain 39 digits", "number range or precision", Kind::PlainTyped,
        R"({"pk": "a", "sk": 1.23456789012345678901234567890123456789})",
        QStringLiteral("has more than 38 significant digits, the most DynamoDB keeps."));

    // Items over 400 KB.
    row("item over 400 KB", "item over 400 KB", Kind::EditorText, oversizedItem(),
        QStringLiteral("limit is 400 KB"));
    row("plain item over 400 KB", "item over 400 KB", Kind::DocumentBytes,
        "{\"pk\": \"big\", \"sk\": 1, \"payload\": \"" + QByteArray(410 * 1024, 'y') + "\"}",
        QStringLiteral("limit is 400 KB"));

    // Keys missing or of the wrong type: DynamoDB Local refuses them.
    row("key sk missing", "key missing or wrong type", Kind::EditorTyped,
        R"({"pk": {"S": "a"}, "x": {"S": "y"}})",
        QStringLiteral("Not saved: The key attribute \"sk\" is missing; every item needs its full "
                       "primary key."));
    row("key pk wrong type", "key missing or wrong type", Kind::EditorTyped,
        R"({"pk": {"N": "1"}, "sk": {"N": "9"}})",
        QStringLiteral("Not saved: PutItem was rejected as invalid: One or more parameter values "
                       "were invalid: Type mismatch for key"));
    row("key pk empty string", "key missing or wrong type", Kind::EditorText,
        R"({"pk": {"S": ""}, "sk": {"N": "9"}})",
        QStringLiteral("cannot contain an empty string value"));
    row("key sk as string, plain", "key missing or wrong type", Kind::PlainTyped,
        R"({"pk": "a", "sk": "nine"})",
        QStringLiteral("Not saved: PutItem was rejected as invalid: One or more parameter values "
                       "were invalid: Type mismatch for key"));

    // Reserved words without placeholders.
    row("reserved word in filter", "reserved word", Kind::RawQuery,
        R"({"filter": "status = :v", "values": {":v": {"S": "new"}}})",
        QStringLiteral("Attribute name is a reserved keyword; reserved keyword: status"));
    row("reserved word in projection", "reserved word", Kind::RawQuery,
        R"({"projection": "pk, name"})",
        QStringLiteral("Attribute name is a reserved keyword; reserved keyword: name"));
    row("reserved word in key condition", "reserved word", Kind::RawQuery,
        R"({"key": "pk = :p AND sk > :s", "filter": "data = :d", "values": {":p": {"S": "a"}, ":s": {"N": "0"}, ":d": {"S": "x"}}})",
        QStringLiteral("Attribute name is a reserved keyword; reserved keyword: data"));

    // Unbalanced expressions.
    row("unbalanced open paren", "unbalanced expression", Kind::RawQuery,
        R"({"filter": "(sk > :v", "values": {":v": {"N": "1"}}})",
        QStringLiteral("Invalid FilterExpression: Syntax error"));
    row("unbalanced close paren", "unbalanced expression", Kind::RawQuery,
        R"j({"filter": "sk > :v)", "values": {":v": {"N": "1"}}})j",
        QStringLiteral("Invalid FilterExpression: Syntax error"));
    row("unbalanced function call", "unbalanced expression", Kind::RawQuery,
        R"({"key": "pk = :p AND begins_with(sk, :s", "values": {":p": {"S": "a"}, ":s": {"N": "1"}}})",
        QStringLiteral("Invalid KeyConditionExpression: Syntax error"));
    row("undefined placeholder", "unbalanced expression", Kind::RawQuery,
        R"({"filter": "#s = :v", "values": {":v": {"S": "new"}}})",
        QStringLiteral(
            "The expression uses \u201c#s\u201d, which is not defined in the attribute names."));

    // Invalid PartiQL, typed into the workbench.
    row("partiql misspelt keyword", "invalid PartiQL", Kind::PartiqlTyped, "SELEC * FROM \"%T\"",
        QStringLiteral("ExecuteStatement was rejected as invalid: Statement wasn't well formed, "
                       "can't be processed: SELEC * FROM"));
    row("partiql update without where", "invalid PartiQL", Kind::PartiqlTyped,
        "UPDATE \"%T\" SET x = 1",
        QStringLiteral("ExecuteStatement was rejected as invalid: Where clause does not contain a "
                       "mandatory equality on all key attributes"));
    row("partiql insert without sk", "invalid PartiQL", Kind::PartiqlTyped,
        "INSERT INTO \"%T\" VALUE {'pk': 'new'}",
        QStringLiteral("ExecuteStatement was rejected as invalid: Key attribute should be present "
                       "in the item: Key sk"));
    row("partiql insert duplicate key", "invalid PartiQL", Kind::PartiqlTyped,
        "INSERT INTO \"%T\" VALUE {'pk': 'a', 'sk': 1}",
        QStringLiteral("An item with the same primary key already exists."));

    // Invalid policy documents.
    row("policy malformed", "invalid policy document", Kind::Policy,
        R"({"Version": "2012-10-17", "Statement": [)",
        QStringLiteral("The policy is not valid JSON: unterminated array at line 1, column 41."));
    row("policy bad version", "invalid policy document", Kind::Policy,
        R"({"Version": "2020-01-01", "Statement": {"Effect": "Allow", "Principal": "*", "Action": "dynamodb:GetItem", "Resource": "*"}})",
        QStringLiteral("2012-10-17"));
    row("policy statement without effect", "invalid policy document", Kind::Policy,
        R"({"Version": "2012-10-17", "Statement": [{"Principal": "*", "Action": "dynamodb:GetItem", "Resource": "*"}]})",
        QStringLiteral("Statement[1] has no Effect."));

    // Table names out of pattern.
    row("table name too short", "table name", Kind::TableName, "ab",
        QStringLiteral("The table name must be 3 to 255 characters long."));
    row("table name with space", "table name", Kind::TableName, "my table",
        QStringLiteral("The table name may contain only letters, digits, underscores (_), "
                       "hyphens (-) and dots (.)."));
    row("table name too long", "table name", Kind::TableName, QByteArray(256, 't'),
        QStringLiteral("The table name must be 3 to 255 characters long."));

    // AssumeRole durations out of 900..43200.
    const QString durationSentence =
        QStringLiteral("The session duration must be between 900 and 43200 seconds");
    row("duration 899", "duration", Kind::Duration, "899", durationSentence);
    row("duration 43201", "duration", Kind::Duration, "43201", durationSentence);
    row("duration 0", "duration", Kind::Duration, "0", durationSentence);
    row("config duration 600", "duration", Kind::SharedConfig,
        "[profile bad]\nrole_arn = arn:aws:iam::123456789012:role/R\nsource_profile = base\n"
        "duration_seconds = 600\n[profile base]\naws_access_key_id = AKIDEXAMPLE\n"
        "aws_secret_access_key = secret\n",
        QStringLiteral("Profile 'bad' sets duration_seconds to '600'; it must be a whole number "
                       "of seconds from 900 to 43200."));

    // Malformed ~/.aws/config.
    row("config broken header", "malformed config", Kind::SharedConfig,
        "[profile bad\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = secret\n",
        QStringLiteral("config:1: '[profile bad' is not a section header of the form [name]"));
    row("config key outside section", "malformed config", Kind::SharedConfig,
        "aws_access_key_id = AKIDEXAMPLE\n[profile bad]\nregion = eu-west-1\n",
        QStringLiteral(
            "config:1: 'aws_access_key_id' is set outside any [section] and is ignored."));
    row("config line without equals", "malformed config", Kind::SharedConfig,
        "[profile bad]\naws_access_key_id AKIDEXAMPLE\n",
        QStringLiteral("config:2: expected 'name = value' or a [section]; the line is ignored."));

    // Malformed STS XML.
    row("sts not xml", "malformed STS XML", Kind::StsXml, "{\"Credentials\": {}}",
        QStringLiteral("Start tag expected. at line 1"));
    row("sts wrong root", "malformed STS XML", Kind::StsXml,
        R"(<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"></GetCallerIdentityResponse>)",
        QStringLiteral("root element is GetCallerIdentityResponse, expected AssumeRoleResponse"));
    row("sts truncated", "malformed STS XML", Kind::StsXml,
        R"(<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials><AccessKeyId>ASIA)",
        QStringLiteral("Premature end of document. at line 1"));
    row("sts bad expiration", "malformed STS XML", Kind::StsXml,
        R"(<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials><AccessKeyId>ASIA1</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken><Expiration>tomorrow</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/R/s</Arn><AssumedRoleId>AROA1:s</AssumedRoleId></AssumedRoleUser></AssumeRoleResult></AssumeRoleResponse>)",
        QStringLiteral("Expiration \"tomorrow\" is not an ISO 8601 time"));

    // Oversized and truncated server responses.
    const QByteArray scanBody =
        R"({"Items": [{"pk": {"S": "a"}, "sk": {"N": "1"}}], "Count": 1, "ScannedCount": 1})";
    row("server truncated json", "server response", Kind::ServerBody, scanBody.left(30),
        QStringLiteral("The response to Scan could not be read: it is not valid JSON "
                       "(unterminated object at byte 30)."));
    row("server truncated body", "server response", Kind::ServerTruncated, scanBody,
        QStringLiteral("The response to Scan was damaged in transit."));
    // Over the client's 64 MB cap (core/aws/signedrequestjob.cpp): refused while it arrives.
    row("server oversized", "server response", Kind::ServerBody,
        "{\"Items\": [{\"pk\": {\"S\": \"" + QByteArray(65 * 1024 * 1024, 'z') + "\"}}]}",
        QStringLiteral("The response to Scan is larger than 64 MB, far more than AWS sends; it "
                       "was not read."));
    row("server html", "server response", Kind::ServerBody, "<html>Bad gateway</html>",
        QStringLiteral("The response to Scan could not be read: it is not valid JSON "
                       "(illegal value at byte 1)."));

    // Non-UTF-8 data.
    row("server non-utf8", "non-UTF-8", Kind::ServerBody,
        "{\"Items\": [{\"pk\": {\"S\": \"\xff\xfe\"}, \"sk\": {\"N\": \"1\"}}], \"Count\": 1, "
        "\"ScannedCount\": 1}",
        QStringLiteral("The response to Scan could not be read: it is not valid JSON (invalid UTF8 "
                       "string at byte 25)."));
    row("document non-utf8", "non-UTF-8", Kind::DocumentBytes, "{\"pk\": \"caf\xe9\", \"sk\": 1}",
        QStringLiteral("Line 1, column 12: The text is not valid UTF-8."));
    row("editor lone surrogate escape", "non-UTF-8", Kind::EditorText,
        R"({"pk": {"S": "a\ud800"}, "sk": {"N": "9"}})",
        QStringLiteral("Not saved: Line 1, column 16: The escape \\ud800 is half of a surrogate "
                       "pair; it must be followed by a \\uDC00-\\uDFFF escape."));
}

void TestBadInputs::rejected()
{
    QFETCH(QString, category);
    QFETCH(Kind, kind);
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    input.replace("%T", m_table.toUtf8());

    QString shown;
    switch (kind) {
    case Kind::EditorText:
    case Kind::EditorTyped:
    case Kind::PlainTyped:
        shown = throughEditor(kind, QString::fromUtf8(input));
        break;
    case Kind::DocumentBytes: {
        QString error;
        const dynamo::Item item = dynamo::itemFromDocumentText(input, &error);
        if (error.isEmpty()) {
            if (const auto tooLarge = dynamo::checkItemSize(item))
                error = *tooLarge;
        }
        shown = error;
        break;
    }
    case Kind::RawQuery:
        shown = throughQuery(input);
        break;
    case Kind::PartiqlTyped:
        shown = throughPartiql(QString::fromUtf8(input));
        break;
    case Kind::Policy:
        shown = dynamo::validatePolicyDocument(QString::fromUtf8(input)).message;
        break;
    case Kind::TableName: {
        dynamo::TableSpec spec;
        spec.tableName = QString::fromUtf8(input);
        m_triedTableNames.append(spec.tableName);
        spec.partitionKey = {QStringLiteral("pk"), QStringLiteral("S")};
        QString error;
        const QJsonObject request = dynamo::createTableRequest(spec, &error);
        // What the wizard would send when the name passed.
        if (error.isEmpty()) {
            const JobPtr job = call(QStringLiteral("CreateTable"), request);
            error = job ? job->error().userMessage() : QString();
        }
        shown = error;
        break;
    }
    case Kind::Duration: {
        profiles::Profile profile;
        profile.id = QUuid::createUuid();
        profile.name = QStringLiteral("role");
        profile.region = QStringLiteral("eu-west-1");
        profile.source = profiles::CredentialSource::AssumeRole;
        profile.accessKeyId = QStringLiteral("AKIDEXAMPLE");
        profile.assumeRole.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/Reader");
        profile.assumeRole.durationSeconds = input.toInt();
        shown = profiles::validateProfile(profile);
        break;
    }
    case Kind::SharedConfig: {
        QStringList warnings;
        const auto config = profiles::SharedConfig::parse(input, {}, &warnings);
        QString error;
        const auto resolved = config.resolve(QStringLiteral("bad"), &error);
        // No credentials come out of a broken profile.
        QVERIFY(!resolved || resolved->staticKeys.secretAccessKey.isEmpty());
        shown = (warnings + QStringList{error}).join(QLatin1Char('\n')).trimmed();
        break;
    }
    case Kind::StsXml: {
        QString error;
        const auto role = aws::parseAssumeRoleResponse(input, &error);
        QVERIFY(!role);
        shown = error;
        break;
    }
    case Kind::ServerBody:
    case Kind::ServerTruncated:
        shown = throughServer(input, kind == Kind::ServerTruncated);
        break;
    }
    qInfo("%s", qPrintable(shown.left(300)));
    QVERIFY2(!shown.isEmpty(), qPrintable(category + QStringLiteral(": accepted")));
    QVERIFY2(shown.contains(expected),
             qPrintable(QStringLiteral("%1: shown \"%2\", expected \"%3\"")
                            .arg(category, shown.left(600), expected)));
    ++m_rejected;
}

QTEST_MAIN(TestBadInputs)
#include "tst_badinputs.moc"
