#include "aws/crc32.h"

#include <QTest>

using namespace dyna::aws;

class TestCrc32 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownValues_data();
    void knownValues();
    void detectsASingleFlippedBit();
};

void TestCrc32::knownValues_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<quint32>("expected");
    QTest::newRow("empty") << QByteArray() << 0u;
    QTest::newRow("check value") << QByteArray("123456789") << 0xCBF43926u;
    QTest::newRow("fox") << QByteArray("The quick brown fox jumps over the lazy dog")
                         << 0x414FA339u;
    // An empty DynamoDB answer as DynamoDB Local sends it, with its X-Amz-Crc32 header value.
    QTest::newRow("empty object") << QByteArray("{}") << 2745614147u;
}

void TestCrc32::knownValues()
{
    QFETCH(QByteArray, data);
    QFETCH(quint32, expected);
    QCOMPARE(crc32(data), expected);
}

void TestCrc32::detectsASingleFlippedBit()
{
    QByteArray body(4096, 'a');
    const quint32 original = crc32(body);
    body[2048] = char(body[2048] ^ 0x01);
    QVERIFY(crc32(body) != original);
}

QTEST_GUILESS_MAIN(TestCrc32)
#include "tst_crc32.moc"
