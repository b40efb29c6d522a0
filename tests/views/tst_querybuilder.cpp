// The query builder, offscreen, driven by keys and clicks: a Query with a numeric sort key
// range kept exact, refusals that leave the user's text alone, filter rows, index choice,
// the scan confirmation and raw expressions.
#include "querybuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace dyna;

namespace {

// 8,192,000,000 bytes read eventually consistently at 8 KB per read unit: 1,000,000 units.
constexpr qint64 kTableBytes = 8192000000;

QJsonObject keyElement(const QString &name, const QString &keyType)
{
    return {{QStringLiteral("AttributeName"), name}, {QStringLiteral("KeyType"), keyType}};
}

QJsonObject attribute(const QString &name, const QString &type)
{
    return {{QStringLiteral("AttributeName"), name}, {QStringLiteral("AttributeType"), type}};
}

// Orders: customer (S) + amount (N), and a GSI byStatus: status (S) + placed (S).
QJsonObject ordersTable()
{
    const QJsonObject gsi{
        {QStringLiteral("IndexName"), QStringLiteral("byStatus")},
        {QStringLiteral("KeySchema"),
         QJsonArray{keyElement(QStringLiteral("status"), QStringLiteral("HASH")),
                    keyElement(QStringLiteral("placed"), QStringLiteral("RANGE"))}},
        {QStringLiteral("IndexSizeBytes"), 4096}};
    return {{QStringLiteral("TableName"), QStringLiteral("Orders")},
            {QStringLiteral("KeySchema"),
             QJsonArray{keyElement(QStringLiteral("customer"), QStringLiteral("HASH")),
                        keyElement(QStringLiteral("amount"), QStringLiteral("RANGE"))}},
            {QStringLiteral("AttributeDefinitions"),
             QJsonArray{attribute(QStringLiteral("customer"), QStringLiteral("S")),
                        attribute(QStringLiteral("amount"), QStringLiteral("N")),
                        attribute(QStringLiteral("status"), QStringLiteral("S")),
                        attribute(QStringLiteral("placed"), QStringLiteral("S"))}},
            {QStringLiteral("TableSizeBytes"), kTableBytes},
            {QStringLiteral("GlobalSecondaryIndexes"), QJsonArray{gsi}}};
}

QJsonObject wire(const QString &type, const QString &value)
{
    return {{type, value}};
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

// Picks an entry the way a user does with the keyboard: focus, then arrow keys.
void choose(QComboBox *combo, const QString &text)
{
    const int target = combo->findText(text);
    QVERIFY2(target >= 0, qPrintable(text));
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentText(), text);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void pressRun(QWidget *focus)
{
    focus->setFocus();
    QTest::keyClick(focus, Qt::Key_Return, Qt::ControlModifier);
}

} // namespace

class TestQueryBuilder : public QObject
{
    Q_OBJECT

private:
    QWidget *filterRow(int index) const;

    std::unique_ptr<views::QueryBuilder> m_builder;
    QStringList m_asked;
    bool m_answer = false;

private Q_SLOTS:
    void init();
    void cleanup();
    void betweenKeepsNumbersExact();
    void badSortConditionIsRefused_data();
    void badSortConditionIsRefused();
    void filterRowsBuildFilterExpression();
    void filterValueTypes_data();
    void filterValueTypes();
    void badFilterValueNamesTheRow();
    void removedFilterRowIsDropped();
    void globalIndexDisablesConsistentRead();
    void largeScanAsksFirst();
    void queryDoesNotAsk();
    void parallelScanSplitsIntoSegments();
    void rawModeStartsFromTheForm();
    void rawModeRefusesUnusedPlaceholder();
    void screenshot();
};

QWidget *TestQueryBuilder::filterRow(int index) const
{
    const QList<QWidget *> rows = m_builder->findChildren<QWidget *>(QStringLiteral("filterRow"));
    return rows.value(index);
}

void TestQueryBuilder::init()
{
    m_asked.clear();
    m_answer = false;
    m_builder = std::make_unique<views::QueryBuilder>();
    m_builder->setTable(ordersTable());
    m_builder->setScanConfirmer([this](const QString &text) {
        m_asked.append(text);
        return m_answer;
    });
    m_builder->resize(900, 260);
    m_builder->show();
    m_builder->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_builder.get()));
}

void TestQueryBuilder::cleanup()
{
    m_builder.reset();
}

void TestQueryBuilder::betweenKeepsNumbersExact()
{
    QSignalSpy runs(m_builder.get(), &views::QueryBuilder::runRequested);
    typeInto(child<QLineEdit>(m_builder.get(), "partitionValue"), QStringLiteral("c-1"));
    choose(child<QComboBox>(m_builder.get(), "sortOperator"), QStringLiteral("BETWEEN"));
    auto *high = child<QLineEdit>(m_builder.get(), "sortValue2");
    QVERIFY(high->isVisible());
    typeInto(child<QLineEdit>(m_builder.get(), "sortValue"), QStringLiteral("10"));
    typeInto(high, QStringLiteral("12345678901234567890.5"));
    pressRun(high);

    QCOMPARE(runs.count(), 1);
    QString error;
    const QJsonObject input = m_builder->request(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(input.value(QStringLiteral("KeyConditionExpression")).toString(),
             QStringLiteral("#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2"));
    const QJsonObject names{{QStringLiteral("#n0"), QStringLiteral("customer")},
                            {QStringLiteral("#n1"), QStringLiteral("amount")}};
    QCOMPARE(input.value(QStringLiteral("ExpressionAttributeNames")).toObject(), names);
    const QJsonObject values{
        {QStringLiteral(":v0"), wire(QStringLiteral("S"), QStringLiteral("c-1"))},
        {QStringLiteral(":v1"), wire(QStringLiteral("N"), QStringLiteral("10"))},
        {QStringLiteral(":v2"),
         wire(QStringLiteral("N"), QStringLiteral("12345678901234567890.5"))}};
    QCOMPARE(input.value(QStringLiteral("ExpressionAttributeValues")).toObject(), values);
    QVERIFY(m_builder->errorText().isEmpty());
    QVERIFY2(m_builder->previewText().contains(
                 QLatin1String("amount BETWEEN 10 AND 12345678901234567890.5")),
             qPrintable(m_builder->previewText()));
}

void TestQueryBuilder::badSortConditionIsRefused_data()
{
    QTest::addColumn<QString>("low");
    QTest::addColumn<QString>("high");
    QTest::addColumn<QString>("field");
    QTest::newRow("low above high")
        << QStringLiteral("20") << QStringLiteral("10") << QStringLiteral("Sort key condition");
    QTest::newRow("exact low above high")
        << QStringLiteral("12345678901234567890.6") << QStringLiteral("12345678901234567890.5")
        << QStringLiteral("Sort key condition");
    QTest::newRow("not a number") << QStringLiteral("ten") << QStringLiteral("20")
                                  << QStringLiteral("Sort key value");
    QTest::newRow("high bound not a number")
        << QStringLiteral("1") << QStringLiteral("2x") << QStringLiteral("Sort key high bound");
}

void TestQueryBuilder::badSortConditionIsRefused()
{
    QFETCH(QString, low);
    QFETCH(QString, high);
    QFETCH(QString, field);
    QSignalSpy runs(m_builder.get(), &views::QueryBuilder::runRequested);
    auto *partition = child<QLineEdit>(m_builder.get(), "partitionValue");
    auto *lowEdit = child<QLineEdit>(m_builder.get(), "sortValue");
    auto *highEdit = child<QLineEdit>(m_builder.get(), "sortValue2");
    typeInto(partition, QStringLiteral("c-1"));
    choose(child<QComboBox>(m_builder.get(), "sortOperator"), QStringLiteral("BETWEEN"));
    typeInto(lowEdit, low);
    typeInto(highEdit, high);
    pressRun(highEdit);

    QCOMPARE(runs.count(), 0);
    QVERIFY2(m_builder->errorText().startsWith(field), qPrintable(m_builder->errorText()));
    QVERIFY(child<QLabel>(m_builder.get(), "error")->isVisible());
    QCOMPARE(partition->text(), QStringLiteral("c-1"));
    QCOMPARE(lowEdit->text(), low);
    QCOMPARE(highEdit->text(), high);
    QCOMPARE(child<QComboBox>(m_builder.get(), "sortOperator")->currentText(),
             QStringLiteral("BETWEEN"));

    // Fixing the bounds clears the error by itself; then the run goes through.
    typeInto(lowEdit, QStringLiteral("1"));
    typeInto(highEdit, QStringLiteral("2"));
    QVERIFY(m_builder->errorText().isEmpty());
    QTest::mouseClick(child<QPushButton>(m_builder.get(), "run"), Qt::LeftButton);
    QCOMPARE(runs.count(), 1);
}

void TestQueryBuilder::filterRowsBuildFilterExpression()
{
    QSignalSpy runs(m_builder.get(), &views::QueryBuilder::runRequested);
    typeInto(child<QLineEdit>(m_builder.get(), "partitionValue"), QStringLiteral("c-1"));
    auto *add = child<QPushButton>(m_builder.get(), "addFilter");
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::mouseClick(add, Qt::LeftButton);
    QWidget *first = filterRow(0);
    QWidget *second = filterRow(1);
    QVERIFY(first && second);

    typeInto(child<QLineEdit>(first, "filterPath"), QStringLiteral("status"));
    choose(child<QComboBox>(first, "filterOperator"), QStringLiteral("IN"));
    auto *list = child<QLineEdit>(first, "filterValue");
    QVERIFY2(list->placeholderText().contains(QLatin1String("comma")),
             qPrintable(list->placeholderText()));
    typeInto(list, QStringLiteral("new, paid, shipped"));

    typeInto(child<QLineEdit>(second, "filterPath"), QStringLiteral("note"));
    choose(child<QComboBox>(second, "filterOperator"), QStringLiteral("attribute_exists"));
    QVERIFY(!child<QLineEdit>(second, "filterValue")->isVisible());
    QVERIFY(!child<QComboBox>(second, "filterType")->isVisible());

    QTest::mouseClick(child<QPushButton>(m_builder.get(), "run"), Qt::LeftButton);
    QCOMPARE(runs.count(), 1);
    QString error;
    const QJsonObject input = m_builder->request(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(input.value(QStringLiteral("FilterExpression")).toString(),
             QStringLiteral("#n1 IN (:v1, :v2, :v3) AND attribute_exists(#n2)"));
    const QJsonObject names = input.value(QStringLiteral("ExpressionAttributeNames")).toObject();
    QCOMPARE(names.value(QStringLiteral("#n1")).toString(), QStringLiteral("status"));
    QCOMPARE(names.value(QStringLiteral("#n2")).toString(), QStringLiteral("note"));
    const QJsonObject values = input.value(QStringLiteral("ExpressionAttributeValues")).toObject();
    QCOMPARE(values.value(QStringLiteral(":v1")).toObject(),
             wire(QStringLiteral("S"), QStringLiteral("new")));
    QCOMPARE(values.value(QStringLiteral(":v3")).toObject(),
             wire(QStringLiteral("S"), QStringLiteral("shipped")));
    QCOMPARE(values.size(), 4);
}

void TestQueryBuilder::filterValueTypes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("expected"); // DynamoDB JSON of the value sent

    QTest::newRow("S keeps spaces") << "S"
                                    << " a b " << QByteArray(R"({"S":" a b "})");
    QTest::newRow("N canonical") << "N"
                                 << "01.50" << QByteArray(R"({"N":"1.5"})");
    QTest::newRow("N exact") << "N"
                             << "-98765432109876543210.125"
                             << QByteArray(R"({"N":"-98765432109876543210.125"})");
    QTest::newRow("B") << "B"
                       << "AAH+" << QByteArray(R"({"B":"AAH+"})");
    QTest::newRow("BOOL") << "BOOL"
                          << "False" << QByteArray(R"({"BOOL":false})");
    QTest::newRow("NULL") << "NULL"
                          << "" << QByteArray(R"({"NULL":true})");
    QTest::newRow("JSON set") << "JSON"
                              << R"({"SS": ["a", "b"]})" << QByteArray(R"({"SS":["a","b"]})");
}

void TestQueryBuilder::filterValueTypes()
{
    QFETCH(QString, type);
    QFETCH(QString, typed);
    QFETCH(QByteArray, expected);
    typeInto(child<QLineEdit>(m_builder.get(), "partitionValue"), QStringLiteral("c-1"));
    QTest::mouseClick(child<QPushButton>(m_builder.get(), "addFilter"), Qt::LeftButton);
    QWidget *row = filterRow(0);
    typeInto(child<QLineEdit>(row, "filterPath"), QStringLiteral("field"));
    choose(child<QComboBox>(row, "filterType"), type);
    auto *value = child<QLineEdit>(row, "filterValue");
    if (type == QLatin1String("NULL"))
        QVERIFY(!value->isEnabled());
    else
        typeInto(value, typed);

    QString error;
    const QJsonObject input = m_builder->request(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(input.value(QStringLiteral("FilterExpression")).toString(),
             QStringLiteral("#n1 = :v1"));
    QCOMPARE(input.value(QStringLiteral("ExpressionAttributeValues"))
                 .toObject()
                 .value(QStringLiteral(":v1"))
                 .toObject(),
             QJsonDocument::fromJson(expected).object());
}

void TestQueryBuilder::badFilterValueNamesTheRow()
{
    QSignalSpy runs(m_builder.get(), &views::QueryBuilder::runRequested);
    typeInto(child<QLineEdit>(m_builder.get(), "partitionValue"), QStringLiteral("c-1"));
    QTest::mouseClick(child<QPushButton>(m_builder.get(), "addFilter"), Qt::LeftButton);
    QWidget *row = filterRow(0);
    typeInto(child<QLineEdit>(row, "filterPath"), QStringLiteral("total"));
    choose(child<QComboBox>(row, "filterOperator"), QStringLiteral(">"));
    choose(child<QComboBox>(row, "filterType"), QStringLiteral("N"));
    auto *value = child<QLineEdit>(row, "filterValue");
    typeInto(value, QStringLiteral("12abc"));
    pressRun(value);

    QCOMPARE(runs.count(), 0);
    QVERIFY2(m_builder->errorText().startsWith(QLatin1String("Filter 1 value")),
             qPrintable(m_builder->errorText()));
    QCOMPARE(value->text(), QStringLiteral("12abc"));
}

void TestQueryBuilder::removedFilterRowIsDropped()
{
    typeInto(child<QLineEdit>(m_builder.get(), "partitionValue"), QStringLiteral("c-1"));
    QTest::mouseClick(child<QPushButton>(m_builder.get(), "addFilter"), Qt::LeftButton);
    QWidget *row = filterRow(0);
    typeInto(child<QLineEdit>(row, "filterPath"), QStringLiteral("note"));
    QCOMPARE(m_builder->spec().filters.size(), 1);
    QTest::mouseClick(child<QToolButton>(row, "removeFilter"), Qt::LeftButton);
    QVERIFY(m_builder->spec().filters.isEmpty());
    QString error;
    const QJsonObject input = m_builder->request(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!input.contains(QStringLiteral("FilterExpression")));
}

void TestQueryBuilder::globalIndexDisablesConsistentRead()
{
    auto *consistent = child<QCheckBox>(m_builder.get(), "consistentRead");
    auto *partitionLabel = child<QLabel>(m_builder.get(), "partitionKeyLabel");
    auto *sortLabel = child<QLabel>(m_builder.get(), "sortKeyLabel");
    QVERIFY(partitionLabel->text().contains(QLatin1String("customer")));
    QVERIFY(sortLabel->text().contains(QLatin1String("amount")));
    QTest::mouseClick(consistent, Qt::LeftButton);
    QVERIFY(m_builder->spec().consistentRead);

    auto *index = child<QComboBox>(m_builder.get(), "indexCombo");
    QCOMPARE(index->count(), 2);
    choose(index, index->itemText(1));
    QVERIFY(index->currentText().contains(QLatin1String("byStatus")));
    QVERIFY(!consistent->isEnabled());
    QVERIFY(!m_builder->spec().consistentRead);
    QVERIFY2(partitionLabel->text().contains(QLatin1String("status")),
             qPrintable(partitionLabel->text()));
    QVERIFY2(sortLabel->text().contains(QLatin1String("placed")), qPrintable(sortLabel->text()));

    typeInto(child<QLineEdit>(m_builder.get(), "partitionValue"), QStringLiteral("paid"));
    QString error;
    const QJsonObject input = m_builder->request(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(input.value(QStringLiteral("IndexName")).toString(), QStringLiteral("byStatus"));
    QVERIFY(!input.contains(QStringLiteral("ConsistentRead")));

    choose(index, index->itemText(0));
    QVERIFY(consistent->isEnabled());
    QVERIFY(partitionLabel->text().contains(QLatin1String("customer")));
}

void TestQueryBuilder::largeScanAsksFirst()
{
    QSignalSpy runs(m_builder.get(), &views::QueryBuilder::runRequested);
    choose(child<QComboBox>(m_builder.get(), "modeCombo"), QStringLiteral("Scan"));
    QVERIFY(!child<QLineEdit>(m_builder.get(), "partitionValue")->isVisible());
    QVERIFY(child<QWidget>(m_builder.get(), "segments")->isEnabled());
    pressRun(child<QComboBox>(m_builder.get(), "modeCombo"));

    QCOMPARE(m_asked.size(), 1);
    QVERIFY2(m_asked.first().contains(QLatin1String("1000000")), qPrintable(m_asked.first()));
    QCOMPARE(runs.count(), 0);

    m_answer = true;
    QTest::mouseClick(child<QPushButton>(m_builder.get(), "run"), Qt::LeftButton);
    QCOMPARE(m_asked.size(), 2);
    QCOMPARE(runs.count(), 1);
}

void TestQueryBuilder::queryDoesNotAsk()
{
    QSignalSpy runs(m_builder.get(), &views::QueryBuilder::runRequested);
    auto *partition = child<QLineEdit>(m_builder.get(), "partitionValue");
    typeInto(partition, QStringLiteral("c-1"));
    pressRun(partition);
    QCOMPARE(runs.count(), 1);
    QVERIFY(m_asked.isEmpty());
}

void TestQueryBuilder::parallelScanSplitsIntoSegments()
{
    QSignalSpy runs(m_builder.get(), &views::QueryBuilder::runRequested);
    auto *mode = child<QComboBox>(m_builder.get(), "modeCombo");
    auto *segments = child<QSpinBox>(m_builder.get(), "segments");
    QVERIFY(!segments->isEnabled());
    choose(mode, QStringLiteral("Scan"));
    QVERIFY(segments->isEnabled());
    QVERIFY(!child<QComboBox>(m_builder.get(), "order")->isEnabled());
    segments->setFocus();
    QTest::keyClick(segments, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(segments, QStringLiteral("4"));
    QCOMPARE(segments->value(), 4);
    QVERIFY2(m_builder->previewText().contains(QLatin1String("4 segments")),
             qPrintable(m_builder->previewText()));

    QString error;
    const QList<QJsonObject> inputs = m_builder->segmentRequests(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(inputs.size(), 4);
    for (int i = 0; i < inputs.size(); ++i) {
        QCOMPARE(inputs.at(i).value(QStringLiteral("Segment")).toInt(), i);
        QCOMPARE(inputs.at(i).value(QStringLiteral("TotalSegments")).toInt(), 4);
        QVERIFY(!inputs.at(i).contains(QStringLiteral("KeyConditionExpression")));
    }
    m_answer = true;
    pressRun(segments);
    QCOMPARE(runs.count(), 1);
}

void TestQueryBuilder::rawModeStartsFromTheForm()
{
    typeInto(child<QLineEdit>(m_builder.get(), "partitionValue"), QStringLiteral("c-1"));
    typeInto(child<QLineEdit>(m_builder.get(), "projection"), QStringLiteral("amount, note"));
    QString error;
    const QJsonObject formInput = m_builder->request(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QTest::mouseClick(child<QCheckBox>(m_builder.get(), "rawMode"), Qt::LeftButton);
    auto *keyCondition = child<QLineEdit>(m_builder.get(), "rawKeyCondition");
    QVERIFY(keyCondition->isVisible());
    QCOMPARE(keyCondition->text(),
             formInput.value(QStringLiteral("KeyConditionExpression")).toString());
    QCOMPARE(child<QLineEdit>(m_builder.get(), "rawProjection")->text(),
             formInput.value(QStringLiteral("ProjectionExpression")).toString());
    const QByteArray values =
        child<QPlainTextEdit>(m_builder.get(), "rawValues")->toPlainText().toUtf8();
    QCOMPARE(QJsonDocument::fromJson(values).object(),
             formInput.value(QStringLiteral("ExpressionAttributeValues")).toObject());

    // The raw page, untouched, builds the same request as the form did.
    QCOMPARE(m_builder->request(&error), formInput);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestQueryBuilder::rawModeRefusesUnusedPlaceholder()
{
    QSignalSpy runs(m_builder.get(), &views::QueryBuilder::runRequested);
    QTest::mouseClick(child<QCheckBox>(m_builder.get(), "rawMode"), Qt::LeftButton);
    auto *keyCondition = child<QLineEdit>(m_builder.get(), "rawKeyCondition");
    typeInto(keyCondition, QStringLiteral("#pk = :pk"));
    auto *names = child<QPlainTextEdit>(m_builder.get(), "rawNames");
    names->setFocus();
    QTest::keyClicks(names, QStringLiteral(R"({"#pk": "customer", "#unused": "note"})"));
    auto *values = child<QPlainTextEdit>(m_builder.get(), "rawValues");
    values->setFocus();
    QTest::keyClicks(values, QStringLiteral(R"({":pk": {"S": "c-1"}})"));
    const QString namesText = names->toPlainText();
    pressRun(values);

    QCOMPARE(runs.count(), 0);
    const QString error = m_builder->errorText();
    QVERIFY2(error.contains(QLatin1String("#unused")) && error.contains(QLatin1String("not used")),
             qPrintable(error));
    QCOMPARE(names->toPlainText(), namesText);
    QCOMPARE(keyCondition->text(), QStringLiteral("#pk = :pk"));
}

void TestQueryBuilder::screenshot()
{
    const QString directory = qEnvironmentVariable("DYNA_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("DYNA_SCREENSHOT_DIR is not set");
    typeInto(child<QLineEdit>(m_builder.get(), "partitionValue"), QStringLiteral("c-1"));
    choose(child<QComboBox>(m_builder.get(), "sortOperator"), QStringLiteral("BETWEEN"));
    typeInto(child<QLineEdit>(m_builder.get(), "sortValue"), QStringLiteral("10"));
    typeInto(child<QLineEdit>(m_builder.get(), "sortValue2"), QStringLiteral("250.5"));
    QTest::mouseClick(child<QPushButton>(m_builder.get(), "addFilter"), Qt::LeftButton);
    QWidget *row = filterRow(0);
    typeInto(child<QLineEdit>(row, "filterPath"), QStringLiteral("status"));
    choose(child<QComboBox>(row, "filterOperator"), QStringLiteral("IN"));
    typeInto(child<QLineEdit>(row, "filterValue"), QStringLiteral("new, paid"));
    // Let the pending layout requests of the new row run before grabbing.
    QTest::qWait(100);
    QVERIFY(m_builder->grab().save(QDir(directory).filePath(QStringLiteral("query-builder.png"))));
}

QTEST_MAIN(TestQueryBuilder)
#include "tst_querybuilder.moc"
