// The transaction builder against a real DynamoDB Local, driven as a user would: a cancelled
// transaction shows its reason on the row that caused it and writes nothing, a fixed one
// commits, a retry with the same token is applied once, and Get mode reads the items.
#include "localendpoint.h"
#include "widgetdriver.h"

#include "transactionpanel.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "dynamo/attributevalue.h"
#include "session/session.h"

#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace dyna;
using dyna::views::TransactionPanel;
using JobPtr = std::unique_ptr<aws::RequestJob>;

namespace {

struct RowInput
{
    QString kind;
    QString table;
    QString key;
    QString update;
    QString condition;
    QString names;
    QString values;
};

} // namespace

class TestTransactionPanel : public QObject
{
    Q_OBJECT

private:
    JobPtr call(const QString &operation, const QJsonObject &input)
    {
        return JobPtr(test::callAndWait(m_session.client(), operation, input));
    }
    void createTable(const QString &name);
    void putItem(const QString &table, const QJsonObject &item);
    std::optional<dynamo::Item> getItem(const QString &table, const QString &pk);
    QString counter(const QString &table, const QString &pk);
    void fillRow(TransactionPanel &panel, int row, const RowInput &input);
    bool runAndWait(TransactionPanel &panel, QWidget *trigger);

    session::Session m_session;
    QString m_first;
    QString m_second;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cancelledTransactionShowsTheReasonOnItsRow();
    void retryWithTheSameTokenIsAppliedOnce();
    void getModeReadsTheItems();
    void badInputStaysAndNamesTheRow();
};

void TestTransactionPanel::initTestCase()
{
    const QUrl endpoint = test::localEndpoint();
    QVERIFY2(endpoint.isValid(), "DynamoDB Local is not running (run through ctest)");
    m_session.connectToLocalEndpoint(endpoint);
    m_first = test::uniqueTableName(QStringLiteral("TxFirst"));
    m_second = test::uniqueTableName(QStringLiteral("TxSecond"));
    createTable(m_first);
    createTable(m_second);
}

void TestTransactionPanel::cleanupTestCase()
{
    for (const QString &table : {m_first, m_second}) {
        if (!table.isEmpty())
            call(QStringLiteral("DeleteTable"), {{QStringLiteral("TableName"), table}});
    }
}

void TestTransactionPanel::createTable(const QString &name)
{
    const JobPtr created =
        call(QStringLiteral("CreateTable"),
             {{QStringLiteral("TableName"), name},
              {QStringLiteral("BillingMode"), QStringLiteral("PAY_PER_REQUEST")},
              {QStringLiteral("AttributeDefinitions"),
               QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                      {QStringLiteral("AttributeType"), QStringLiteral("S")}}}},
              {QStringLiteral("KeySchema"),
               QJsonArray{QJsonObject{{QStringLiteral("AttributeName"), QStringLiteral("pk")},
                                      {QStringLiteral("KeyType"), QStringLiteral("HASH")}}}}});
    QVERIFY(created);
    QVERIFY2(!created->error().isError(), qPrintable(created->error().details()));
}

void TestTransactionPanel::putItem(const QString &table, const QJsonObject &item)
{
    const JobPtr put = call(QStringLiteral("PutItem"),
                            {{QStringLiteral("TableName"), table}, {QStringLiteral("Item"), item}});
    QVERIFY(put);
    QVERIFY2(!put->error().isError(), qPrintable(put->error().details()));
}

std::optional<dynamo::Item> TestTransactionPanel::getItem(const QString &table, const QString &pk)
{
    const JobPtr got =
        call(QStringLiteral("GetItem"),
             {{QStringLiteral("TableName"), table},
              {QStringLiteral("Key"),
               QJsonObject{{QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), pk}}}}},
              {QStringLiteral("ConsistentRead"), true}});
    if (!got || got->error().isError())
        qFatal("GetItem failed");
    const QJsonValue item = got->response().value(QStringLiteral("Item"));
    if (!item.isObject())
        return std::nullopt;
    return dynamo::itemFromWire(item.toObject());
}

QString TestTransactionPanel::counter(const QString &table, const QString &pk)
{
    const auto item = getItem(table, pk);
    return item ? item->value(QStringLiteral("c")).numberText() : QString();
}

void TestTransactionPanel::fillRow(TransactionPanel &panel, int row, const RowInput &input)
{
    auto name = [row](const char *cell) {
        return QStringLiteral("%1_%2").arg(QLatin1String(cell)).arg(row).toLatin1();
    };
    QVERIFY(
        test::chooseWithKeys(test::child<QComboBox>(&panel, name("kind").constData()), input.kind));
    test::typeInto(test::child<QComboBox>(&panel, name("table").constData()), input.table);
    test::typeInto(test::child<QLineEdit>(&panel, name("key").constData()), input.key);
    if (panel.mode() == TransactionPanel::Mode::Write) {
        test::typeInto(test::child<QLineEdit>(&panel, name("update").constData()), input.update);
        test::typeInto(test::child<QLineEdit>(&panel, name("condition").constData()),
                       input.condition);
    }
    test::typeInto(test::child<QLineEdit>(&panel, name("names").constData()), input.names);
    test::typeInto(test::child<QLineEdit>(&panel, name("values").constData()), input.values);
}

bool TestTransactionPanel::runAndWait(TransactionPanel &panel, QWidget *trigger)
{
    QSignalSpy finished(&panel, &TransactionPanel::runFinished);
    if (trigger)
        test::click(trigger);
    else
        QTest::keyClick(test::child<QLineEdit>(&panel, "key_0"), Qt::Key_Return,
                        Qt::ControlModifier);
    if (finished.isEmpty() && !finished.wait(20000))
        qFatal("the transaction did not finish");
    return finished.at(0).at(0).toBool();
}

void TestTransactionPanel::cancelledTransactionShowsTheReasonOnItsRow()
{
    putItem(m_second,
            {{QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), QStringLiteral("B")}}},
             {QStringLiteral("c"), QJsonObject{{QStringLiteral("N"), QStringLiteral("1")}}}});
    putItem(m_first,
            {{QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), QStringLiteral("C")}}}});

    TransactionPanel panel(&m_session);
    panel.resize(1400, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *add = test::child<QPushButton>(&panel, "addRowButton");
    test::click(add);
    test::click(add);
    QCOMPARE(panel.rowCount(), 3);
    fillRow(
        panel, 0,
        {QStringLiteral("Put"), m_first, QStringLiteral(R"({"pk": "A", "n": 1})"), {}, {}, {}, {}});
    fillRow(panel, 1,
            {QStringLiteral("Update"), m_second, QStringLiteral(R"({"pk": "B"})"),
             QStringLiteral("SET #c = #c + :one"), QStringLiteral("#c > :limit"),
             QStringLiteral(R"({"#c": "c"})"),
             QStringLiteral(R"({":one": {"N": "1"}, ":limit": {"N": "100"}})")});
    fillRow(panel, 2,
            {QStringLiteral("Delete"), m_first, QStringLiteral(R"({"pk": "C"})"), {}, {}, {}, {}});

    QVERIFY(!runAndWait(panel, test::child<QPushButton>(&panel, "runButton")));
    QVERIFY2(panel.resultText(1).startsWith(QStringLiteral("ConditionalCheckFailed")),
             qPrintable(panel.resultText(1)));
    QVERIFY2(panel.resultText(0).startsWith(QStringLiteral("None")),
             qPrintable(panel.resultText(0)));
    QVERIFY2(panel.resultText(2).startsWith(QStringLiteral("None")),
             qPrintable(panel.resultText(2)));
    QVERIFY(!test::child<QLabel>(&panel, "statusLabel")->text().isEmpty());
    // Nothing written: the put did not happen, the counter and the deleted item are untouched.
    QVERIFY(!getItem(m_first, QStringLiteral("A")));
    QCOMPARE(counter(m_second, QStringLiteral("B")), QStringLiteral("1"));
    QVERIFY(getItem(m_first, QStringLiteral("C")));

    const QString directory = qEnvironmentVariable("DYNA_SCREENSHOT_DIR");
    if (!directory.isEmpty()) {
        QDir().mkpath(directory);
        QVERIFY(panel.grab().save(QDir(directory).filePath(QStringLiteral("transactions.png"))));
    }

    // Everything typed is still there: fix the condition alone and run again (Ctrl+Return).
    test::typeInto(test::child<QLineEdit>(&panel, "condition_1"), QStringLiteral("#c < :limit"));
    QVERIFY(runAndWait(panel, nullptr));
    for (int row = 0; row < 3; ++row)
        QCOMPARE(panel.resultText(row), QStringLiteral("OK"));
    QVERIFY(getItem(m_first, QStringLiteral("A")));
    QCOMPARE(counter(m_second, QStringLiteral("B")), QStringLiteral("2"));
    QVERIFY(!getItem(m_first, QStringLiteral("C")));
}

void TestTransactionPanel::retryWithTheSameTokenIsAppliedOnce()
{
    putItem(m_second,
            {{QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), QStringLiteral("E")}}},
             {QStringLiteral("c"), QJsonObject{{QStringLiteral("N"), QStringLiteral("10")}}}});
    TransactionPanel panel(&m_session);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    test::click(test::child<QPushButton>(&panel, "addRowButton"));
    fillRow(panel, 0,
            {QStringLiteral("Put"), m_first, QStringLiteral(R"({"pk": "D"})"), {}, {}, {}, {}});
    fillRow(panel, 1,
            {QStringLiteral("Update"),
             m_second,
             QStringLiteral(R"({"pk": "E"})"),
             QStringLiteral("SET c = c + :one"),
             {},
             {},
             QStringLiteral(R"({":one": {"N": "1"}})")});
    auto *retry = test::child<QPushButton>(&panel, "retryButton");
    QVERIFY(!retry->isEnabled());

    // The token field is left empty: the panel picks one and shows it.
    QVERIFY(runAndWait(panel, test::child<QPushButton>(&panel, "runButton")));
    const QString token = panel.usedToken();
    QVERIFY(!QUuid::fromString(token).isNull());
    QVERIFY(test::child<QLabel>(&panel, "usedTokenLabel")->text().contains(token));
    QCOMPARE(counter(m_second, QStringLiteral("E")), QStringLiteral("11"));

    QVERIFY(retry->isEnabled());
    QVERIFY(runAndWait(panel, retry));
    QCOMPARE(panel.usedToken(), token);
    QCOMPARE(test::child<QLineEdit>(&panel, "tokenEdit")->text(), token);
    // DynamoDB Local honours ClientRequestToken like the service: the retry succeeds and the
    // counter is incremented once.
    QCOMPARE(counter(m_second, QStringLiteral("E")), QStringLiteral("11"));

    // A fresh (empty) token is a new transaction: applied again.
    test::typeInto(test::child<QLineEdit>(&panel, "tokenEdit"), QString());
    QVERIFY(runAndWait(panel, test::child<QPushButton>(&panel, "runButton")));
    QVERIFY(panel.usedToken() != token);
    QCOMPARE(counter(m_second, QStringLiteral("E")), QStringLiteral("12"));
}

void TestTransactionPanel::getModeReadsTheItems()
{
    putItem(m_second,
            {{QStringLiteral("pk"), QJsonObject{{QStringLiteral("S"), QStringLiteral("G")}}},
             {QStringLiteral("c"),
              QJsonObject{{QStringLiteral("N"), QStringLiteral("12345678901234567890")}}}});
    TransactionPanel panel(&m_session);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(test::chooseWithKeys(test::child<QComboBox>(&panel, "modeCombo"),
                                 TransactionPanel::tr("Get (TransactGetItems)")));
    QCOMPARE(panel.mode(), TransactionPanel::Mode::Get);
    QVERIFY(!test::child<QLineEdit>(&panel, "tokenEdit")->isEnabled());
    test::click(test::child<QPushButton>(&panel, "addRowButton"));
    fillRow(panel, 0,
            {QStringLiteral("Get"), m_second, QStringLiteral(R"({"pk": "G"})"), {}, {}, {}, {}});
    fillRow(
        panel, 1,
        {QStringLiteral("Get"), m_first, QStringLiteral(R"({"pk": "nobody"})"), {}, {}, {}, {}});
    QVERIFY(runAndWait(panel, test::child<QPushButton>(&panel, "runButton")));
    QVERIFY2(panel.resultText(0).contains(QStringLiteral("12345678901234567890")),
             qPrintable(panel.resultText(0)));
    QVERIFY2(panel.resultText(0).contains(QStringLiteral("\"G\"")),
             qPrintable(panel.resultText(0)));
    QCOMPARE(panel.resultText(1), TransactionPanel::tr("No such item"));
}

void TestTransactionPanel::badInputStaysAndNamesTheRow()
{
    TransactionPanel panel(&m_session);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    test::click(test::child<QPushButton>(&panel, "addRowButton"));
    fillRow(panel, 0,
            {QStringLiteral("Delete"), m_first, QStringLiteral(R"({"pk": "x"})"), {}, {}, {}, {}});
    const QString broken = QStringLiteral(R"({"pk": )");
    fillRow(panel, 1, {QStringLiteral("Delete"), m_first, broken, {}, {}, {}, {}});
    QVERIFY(!runAndWait(panel, test::child<QPushButton>(&panel, "runButton")));
    QVERIFY2(panel.resultText(1).startsWith(QStringLiteral("Row 2, key:")),
             qPrintable(panel.resultText(1)));
    QVERIFY(panel.resultText(0).isEmpty());
    QCOMPARE(test::child<QLineEdit>(&panel, "key_1")->text(), broken);

    // Moving a row carries what was typed with it.
    test::child<QLineEdit>(&panel, "key_1")->setFocus();
    QVERIFY(test::child<QPushButton>(&panel, "moveUpButton")->isEnabled());
    test::click(test::child<QPushButton>(&panel, "moveUpButton"));
    QCOMPARE(test::child<QLineEdit>(&panel, "key_0")->text(), broken);
    QCOMPARE(test::child<QLineEdit>(&panel, "key_1")->text(), QStringLiteral(R"({"pk": "x"})"));
}

QTEST_MAIN(TestTransactionPanel)
#include "tst_transactionpanel.moc"
