// Kinesis streaming destinations: answers parsed as the model shapes them, stream ARNs checked
// before anything is sent, inputs built as the operations expect.
#include "dynamo/kinesisdestinations.h"

#include <QJsonArray>
#include <QTest>

using namespace dyna;
using dynamo::KinesisDestinationStatus;

Q_DECLARE_METATYPE(dynamo::KinesisDestinationStatus)

class TestKinesisDestinations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesDescribeAnswer();
    void statuses_data();
    void statuses();
    void parsesChangeAnswers();
    void streamArn_data();
    void streamArn();
    void buildsInputs();
};

void TestKinesisDestinations::parsesDescribeAnswer()
{
    const QJsonObject response{
        {QStringLiteral("TableName"), QStringLiteral("Orders")},
        {QStringLiteral("KinesisDataStreamDestinations"),
         QJsonArray{
             QJsonObject{{QStringLiteral("StreamArn"),
                          QStringLiteral("arn:aws:kinesis:us-east-1:123456789012:stream/a")},
                         {QStringLiteral("DestinationStatus"), QStringLiteral("ACTIVE")},
                         {QStringLiteral("ApproximateCreationDateTimePrecision"),
                          QStringLiteral("MICROSECOND")}},
             QJsonObject{{QStringLiteral("StreamArn"),
                          QStringLiteral("arn:aws:kinesis:us-east-1:123456789012:stream/b")},
                         {QStringLiteral("DestinationStatus"), QStringLiteral("ENABLE_FAILED")},
                         {QStringLiteral("DestinationStatusDescription"),
                          QStringLiteral("The stream is encrypted with a key we cannot use.")}}}}};
    const auto parsed = dynamo::parseKinesisDestinations(response);
    QCOMPARE(parsed.tableName, QStringLiteral("Orders"));
    QCOMPARE(parsed.destinations.size(), 2);
    QCOMPARE(parsed.destinations.at(0).streamArn,
             QStringLiteral("arn:aws:kinesis:us-east-1:123456789012:stream/a"));
    QCOMPARE(parsed.destinations.at(0).status, KinesisDestinationStatus::Active);
    QCOMPARE(parsed.destinations.at(0).creationTimePrecision, QStringLiteral("MICROSECOND"));
    QCOMPARE(parsed.destinations.at(1).status, KinesisDestinationStatus::EnableFailed);
    QCOMPARE(parsed.destinations.at(1).statusText, QStringLiteral("ENABLE_FAILED"));
    QCOMPARE(parsed.destinations.at(1).statusDescription,
             QStringLiteral("The stream is encrypted with a key we cannot use."));
    QVERIFY(parsed.destinations.at(1).creationTimePrecision.isEmpty());
    QVERIFY(dynamo::parseKinesisDestinations({}).destinations.isEmpty());
}

void TestKinesisDestinations::statuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<KinesisDestinationStatus>("status");
    QTest::addColumn<bool>("transitional");
    QTest::newRow("enabling") << "ENABLING" << KinesisDestinationStatus::Enabling << true;
    QTest::newRow("active") << "ACTIVE" << KinesisDestinationStatus::Active << false;
    QTest::newRow("disabling") << "DISABLING" << KinesisDestinationStatus::Disabling << true;
    QTest::newRow("disabled") << "DISABLED" << KinesisDestinationStatus::Disabled << false;
    QTest::newRow("failed") << "ENABLE_FAILED" << KinesisDestinationStatus::EnableFailed << false;
    QTest::newRow("updating") << "UPDATING" << KinesisDestinationStatus::Updating << true;
    QTest::newRow("new value") << "PAUSED" << KinesisDestinationStatus::Unknown << false;
}

void TestKinesisDestinations::statuses()
{
    QFETCH(QString, text);
    QFETCH(KinesisDestinationStatus, status);
    QFETCH(bool, transitional);
    const auto destination =
        dynamo::parseKinesisDestinationChange({{QStringLiteral("DestinationStatus"), text}});
    QCOMPARE(destination.status, status);
    QCOMPARE(destination.statusText, text);
    QCOMPARE(destination.isTransitional(), transitional);
}

void TestKinesisDestinations::parsesChangeAnswers()
{
    const QString arn = QStringLiteral("arn:aws:kinesis:eu-west-1:123456789012:stream/orders");
    const auto enabled = dynamo::parseKinesisDestinationChange(
        {{QStringLiteral("TableName"), QStringLiteral("Orders")},
         {QStringLiteral("StreamArn"), arn},
         {QStringLiteral("DestinationStatus"), QStringLiteral("ENABLING")},
         {QStringLiteral("EnableKinesisStreamingConfiguration"),
          QJsonObject{{QStringLiteral("ApproximateCreationDateTimePrecision"),
                       QStringLiteral("MILLISECOND")}}}});
    QCOMPARE(enabled.streamArn, arn);
    QCOMPARE(enabled.status, KinesisDestinationStatus::Enabling);
    QCOMPARE(enabled.creationTimePrecision, QStringLiteral("MILLISECOND"));

    const auto updated = dynamo::parseKinesisDestinationChange(
        {{QStringLiteral("StreamArn"), arn},
         {QStringLiteral("DestinationStatus"), QStringLiteral("UPDATING")},
         {QStringLiteral("UpdateKinesisStreamingConfiguration"),
          QJsonObject{{QStringLiteral("ApproximateCreationDateTimePrecision"),
                       QStringLiteral("MICROSECOND")}}}});
    QCOMPARE(updated.status, KinesisDestinationStatus::Updating);
    QCOMPARE(updated.creationTimePrecision, QStringLiteral("MICROSECOND"));
}

void TestKinesisDestinations::streamArn_data()
{
    QTest::addColumn<QString>("arn");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("commercial") << "arn:aws:kinesis:us-east-1:123456789012:stream/orders" << true
                                << "";
    QTest::newRow("china") << "arn:aws-cn:kinesis:cn-north-1:123456789012:stream/a.b_c-d" << true
                           << "";
    QTest::newRow("govcloud") << "arn:aws-us-gov:kinesis:us-gov-west-1:123456789012:stream/x"
                              << true << "";
    QTest::newRow("spaces around")
        << "  arn:aws:kinesis:us-east-1:123456789012:stream/s  " << true << "";
    QTest::newRow("empty") << "" << false << "Enter";
    QTest::newRow("stream name") << "orders" << false << "not by its name";
    QTest::newRow("sqs arn") << "arn:aws:sqs:us-east-1:123456789012:queue" << false << "sqs";
    QTest::newRow("short account")
        << "arn:aws:kinesis:us-east-1:12345:stream/orders" << false << "12-digit";
    QTest::newRow("no region") << "arn:aws:kinesis::123456789012:stream/orders" << false
                               << "12-digit";
    QTest::newRow("consumer, not stream")
        << "arn:aws:kinesis:us-east-1:123456789012:consumer/orders" << false << "12-digit";
    QTest::newRow("bad name char")
        << "arn:aws:kinesis:us-east-1:123456789012:stream/or ders" << false << "12-digit";
    QTest::newRow("name too long")
        << QStringLiteral("arn:aws:kinesis:us-east-1:123456789012:stream/") +
               QString(129, QLatin1Char('a'))
        << false << "12-digit";
}

void TestKinesisDestinations::streamArn()
{
    QFETCH(QString, arn);
    QFETCH(bool, valid);
    QFETCH(QString, mentions);
    const QString problem = dynamo::kinesisStreamArnProblem(arn);
    QCOMPARE(problem.isEmpty(), valid);
    if (!valid) {
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
        QVERIFY(problem.endsWith(QLatin1Char('.')));
    }
}

void TestKinesisDestinations::buildsInputs()
{
    const QString arn = QStringLiteral("arn:aws:kinesis:us-east-1:123456789012:stream/orders");
    const QJsonObject plain = dynamo::enableKinesisDestinationInput(QStringLiteral("T"), arn);
    QCOMPARE(plain.value(QStringLiteral("TableName")).toString(), QStringLiteral("T"));
    QCOMPARE(plain.value(QStringLiteral("StreamArn")).toString(), arn);
    QVERIFY(!plain.contains(QStringLiteral("EnableKinesisStreamingConfiguration")));

    const QJsonObject micro = dynamo::enableKinesisDestinationInput(QStringLiteral("T"), arn,
                                                                    QStringLiteral("MICROSECOND"));
    QCOMPARE(micro.value(QStringLiteral("EnableKinesisStreamingConfiguration"))
                 .toObject()
                 .value(QStringLiteral("ApproximateCreationDateTimePrecision"))
                 .toString(),
             QStringLiteral("MICROSECOND"));

    const QJsonObject update = dynamo::updateKinesisDestinationInput(QStringLiteral("T"), arn,
                                                                     QStringLiteral("MILLISECOND"));
    QCOMPARE(update.value(QStringLiteral("UpdateKinesisStreamingConfiguration"))
                 .toObject()
                 .value(QStringLiteral("ApproximateCreationDateTimePrecision"))
                 .toString(),
             QStringLiteral("MILLISECOND"));

    const QJsonObject disable = dynamo::disableKinesisDestinationInput(QStringLiteral("T"), arn);
    QCOMPARE(disable.keys(),
             (QStringList{QStringLiteral("StreamArn"), QStringLiteral("TableName")}));
}

QTEST_GUILESS_MAIN(TestKinesisDestinations)
#include "tst_kinesisdestinations.moc"
