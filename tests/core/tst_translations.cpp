// Every user-visible string has a German and a Spanish translation that keeps its placeholders
// and keyboard accelerator, and no string in the sources is missing from the .ts files: lupdate
// runs on copies of them and must find nothing new, changed or obsolete.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per numerus form
    QString type;             // "unfinished", "obsolete", "vanished" or empty
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            if (!current.source.isNull())
                messages.append(current);
            current = Message();
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.translations.append(xml.readElementText());
        } else if (xml.name() == QLatin1String("numerusform")) {
            current.translations.append(xml.readElementText());
        }
    }
    if (!current.source.isNull())
        messages.append(current);
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    QStringList sorted(found.begin(), found.end());
    sorted.sort();
    return sorted;
}

bool hasAccelerator(QString text)
{
    static const QRegularExpression pattern(QStringLiteral("&\\w"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return text.remove(QStringLiteral("&&")).contains(pattern);
}

QString describe(const Message &message)
{
    return message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();
    void noStringInTheSourcesIsMissing_data();
    void noStringInTheSourcesIsMissing();
};

void TestTranslations::everyStringIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Spanish") << QStringLiteral("es");
}

void TestTranslations::everyStringIsTranslated()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages =
        readTs(QStringLiteral(DYNA_TRANSLATIONS_DIR "/dynaconsole_%1.ts").arg(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 1000, "the .ts file holds far fewer strings than the console shows");
    QStringList problems;
    for (const Message &message : messages) {
        if (!message.type.isEmpty()) {
            problems.append(message.type + QStringLiteral(" ") + describe(message));
            continue;
        }
        if (message.numerus && message.translations.size() != 2)
            problems.append(QStringLiteral("needs two plural forms: ") + describe(message));
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty())
                problems.append(QStringLiteral("empty: ") + describe(message));
            else if (placeholders(translation) != placeholders(message.source))
                problems.append(QStringLiteral("placeholders differ: ") + describe(message));
            else if (hasAccelerator(translation) != hasAccelerator(message.source))
                problems.append(QStringLiteral("keyboard accelerator: ") + describe(message));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::noStringInTheSourcesIsMissing_data()
{
    everyStringIsTranslated_data();
}

void TestTranslations::noStringInTheSourcesIsMissing()
{
    QFETCH(QString, language);
    QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("copy_%1.ts").arg(language));
    QVERIFY(QFile::copy(QStringLiteral(DYNA_TRANSLATIONS_DIR "/dynaconsole_%1.ts").arg(language),
                        copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(DYNA_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("@" DYNA_TRANSLATABLE_SOURCES), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    const QByteArray output = lupdate.readAll();
    QVERIFY2(lupdate.exitCode() == 0, output.constData());
    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message &message : messages) {
        if (message.type == QLatin1String("unfinished"))
            problems.append(QStringLiteral("new or changed, not translated: ") + describe(message));
        else if (!message.type.isEmpty())
            problems.append(QStringLiteral("no longer in the sources: ") + describe(message));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("Run the dynaconsole_app_lupdate target and translate:\n") +
                        problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
