// Help > About: the versions the console really runs with and their licences, and
// DynamoDB Local's licence only when the connection uses it.
#include "aboutdialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

#include <openssl/crypto.h>

using namespace dyna;

namespace {

QStringList column(const QTableWidget *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts.append(table->item(row, column)->text());
    return texts;
}

QString versionOf(const QTableWidget *table, const QString &component)
{
    const int row = int(column(table, 0).indexOf(component));
    return row < 0 ? QString() : table->item(row, 1)->text();
}

} // namespace

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheRunningVersionsAndLicences()
    {
        QApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        views::AboutDialog dialog(false);
        dialog.show();
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("aboutTitle"))->text(),
                 QStringLiteral("DynaConsole 9.8.7"));
        const QTableWidget *table = dialog.components();
        QCOMPARE(versionOf(table, QStringLiteral("Qt")), QString::fromLatin1(qVersion()));
        QCOMPARE(versionOf(table, QStringLiteral("OpenSSL")),
                 QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
        QVERIFY(versionOf(table, QStringLiteral("OpenSSL")).startsWith(QLatin1String("OpenSSL 3")));
        // Debian 12's qtkeychain-qt6-dev, as CMake found it.
        QVERIFY2(versionOf(table, QStringLiteral("QtKeychain")).startsWith(QLatin1String("0.")),
                 qPrintable(versionOf(table, QStringLiteral("QtKeychain"))));
        QVERIFY(!column(table, 2).contains(QString()));
        QVERIFY(!column(table, 0).contains(QStringLiteral("DynamoDB Local")));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("dynamoDbLocalLicence")));
    }

    void namesDynamoDbLocalsLicenceWhenUsed()
    {
        views::AboutDialog dialog(true);
        const QTableWidget *table = dialog.components();
        const int row = int(column(table, 0).indexOf(QStringLiteral("DynamoDB Local")));
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 2)->text(),
                 QStringLiteral("Amazon DynamoDB Local License Agreement"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("dynamoDbLocalLicence")));
        const QString folder = qEnvironmentVariable("DYNA_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(QDir(folder).filePath(QStringLiteral("about.png"))));
        }
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
