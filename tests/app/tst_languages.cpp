// The console speaks the system's language unless Preferences chose one, and falls back to
// English for a language it has no translation for.
#include "languages.h"
#include "mainwindow.h"

#include "dynamo/attributevalue.h"
#include "dynamo/backups.h"
#include "dynamo/tags.h"
#include "itemtablemodel.h"
#include "profiles/profilestore.h"
#include "session/session.h"
#include "session/statementhistory.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace dyna;

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void menusSpeakTheChosenLanguage_data();
    void menusSpeakTheChosenLanguage();
    void systemLocaleIsFollowedWhenNothingIsChosen();
    void messagesBelowTheWindowSpeakItToo_data();
    void messagesBelowTheWindowSpeakItToo();

private:
    QStringList menuTitles();
    QTemporaryDir m_dir;
};

void TestLanguages::cleanup()
{
    app::installTranslators(QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
}

QStringList TestLanguages::menuTitles()
{
    QSettings settings(m_dir.filePath(QStringLiteral("dyna.ini")), QSettings::IniFormat);
    profiles::ProfileStore store(&settings);
    session::Session session;
    session::StatementHistory history(m_dir.filePath(QStringLiteral("history.jsonl")));
    app::MainWindow window(&session, &store, &settings, &history);
    QStringList titles;
    for (QAction *menu : window.menuBar()->actions())
        titles.append(menu->text());
    return titles;
}

void TestLanguages::menusSpeakTheChosenLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("spoken");
    QTest::addColumn<QStringList>("menus");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("de")
                            << QStringList{QStringLiteral("&Verbindung"),
                                           QStringLiteral("&Tabelle"), QStringLiteral("&Elemente"),
                                           QStringLiteral("&Hilfe")};
    QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("es")
                             << QStringList{QStringLiteral("&Conexión"), QStringLiteral("&Tabla"),
                                            QStringLiteral("&Elementos"), QStringLiteral("Ay&uda")};
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("en")
                             << QStringList{QStringLiteral("&Connection"), QStringLiteral("&Table"),
                                            QStringLiteral("&Items"), QStringLiteral("&Help")};
    QTest::newRow("no translation: English")
        << QStringLiteral("fr") << QStringLiteral("en")
        << QStringList{QStringLiteral("&Connection"), QStringLiteral("&Table"),
                       QStringLiteral("&Items"), QStringLiteral("&Help")};
}

void TestLanguages::menusSpeakTheChosenLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, spoken);
    QFETCH(QStringList, menus);
    QCOMPARE(app::installTranslators(language), spoken);
    QCOMPARE(menuTitles(), menus);
}

void TestLanguages::systemLocaleIsFollowedWhenNothingIsChosen()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(app::installTranslators(QString()), QStringLiteral("de"));
    QCOMPARE(menuTitles().value(0), QStringLiteral("&Verbindung"));
    // A choice in Preferences wins over the system locale.
    QCOMPARE(app::installTranslators(QStringLiteral("es")), QStringLiteral("es"));
    QCOMPARE(menuTitles().value(0), QStringLiteral("&Conexión"));
}

void TestLanguages::messagesBelowTheWindowSpeakItToo_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("tagProblem");
    QTest::addColumn<QString>("backupFilterProblem");
    QTest::addColumn<QString>("listCell");
    QTest::addColumn<QString>("mapCell");
    QTest::newRow("German") << QStringLiteral("de")
                            << QStringLiteral("Ein Tag-Schlüssel darf nicht leer sein.")
                            << QStringLiteral("Der Beginn des Zeitraums liegt nach seinem Ende.")
                            << QStringLiteral("[3 Elemente]") << QStringLiteral("{1 Attribut}");
    QTest::newRow("Spanish") << QStringLiteral("es")
                             << QStringLiteral("Una clave de etiqueta no puede estar vacía.")
                             << QStringLiteral(
                                    "El inicio del intervalo de tiempo es posterior a su final.")
                             << QStringLiteral("[3 elementos]") << QStringLiteral("{1 atributo}");
}

// Validation sentences of the core and the grid's cells are looked up under the context
// lupdate filed them under; a mismatch leaves them in English in a translated window.
void TestLanguages::messagesBelowTheWindowSpeakItToo()
{
    QFETCH(QString, language);
    QFETCH(QString, tagProblem);
    QFETCH(QString, backupFilterProblem);
    QFETCH(QString, listCell);
    QFETCH(QString, mapCell);
    QCOMPARE(app::installTranslators(language), language);

    QCOMPARE(dynamo::tagKeyProblem(QString()), tagProblem);
    dynamo::BackupListFilter filter;
    filter.from = QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC);
    filter.to = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(filter.validate(), backupFilterProblem);

    using dynamo::AttributeValue;
    const AttributeValue list = AttributeValue::fromList(
        {AttributeValue::fromBool(true), AttributeValue::null(), AttributeValue::null()});
    QCOMPARE(models::ItemTableModel::displayText(list), listCell);
    const AttributeValue map =
        AttributeValue::fromMap({{QStringLiteral("a"), AttributeValue::fromBool(false)}});
    QCOMPARE(models::ItemTableModel::displayText(map), mapCell);
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
