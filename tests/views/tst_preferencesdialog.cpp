// The Preferences dialog as a user drives it: OK keeps what was typed and chosen, Cancel keeps
// nothing, Restore Defaults fills the form but saves only on OK.
#include "preferencesdialog.h"
#include "widgetdriver.h"

#include "session/preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace dyna;
using namespace dyna::test;
using Values = session::PreferenceValues;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void okSavesWhatWasChosen();
    void cancelKeepsNothing();
    void restoreDefaultsSavesOnlyOnOk();

private:
    static void typeNumber(QSpinBox *box, int value);
    static QPushButton *button(QDialog *dialog, QDialogButtonBox::StandardButton which);

    QTemporaryDir m_folder;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<session::Preferences> m_preferences;
};

void TestPreferencesDialog::init()
{
    m_preferences.reset();
    m_settings = std::make_unique<QSettings>(
        m_folder.filePath(QStringLiteral("%1.ini").arg(QTest::currentTestFunction())),
        QSettings::IniFormat);
    m_preferences = std::make_unique<session::Preferences>(m_settings.get());
}

void TestPreferencesDialog::typeNumber(QSpinBox *box, int value)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
    QTest::keyClick(box, Qt::Key_Tab);
}

QPushButton *TestPreferencesDialog::button(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    return dialog->findChild<QDialogButtonBox *>()->button(which);
}

void TestPreferencesDialog::okSavesWhatWasChosen()
{
    views::PreferencesDialog dialog(m_preferences.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeNumber(child<QSpinBox>(&dialog, "pageSize"), 500);
    typeNumber(child<QSpinBox>(&dialog, "scanSegments"), 16);
    typeNumber(child<QSpinBox>(&dialog, "streamPollMs"), 1000);
    typeNumber(child<QSpinBox>(&dialog, "operationsPollMs"), 5000);
    click(child<QCheckBox>(&dialog, "confirmItemDeletes"));
    QVERIFY(chooseWithKeys(child<QComboBox>(&dialog, "appearance"), QStringLiteral("Dark")));
    QVERIFY(chooseWithKeys(child<QComboBox>(&dialog, "language"), QStringLiteral("Deutsch")));
    click(button(&dialog, QDialogButtonBox::Ok));

    const Values &saved = m_preferences->values();
    QCOMPARE(saved.pageSize, 500);
    QCOMPARE(saved.scanSegments, 16);
    QCOMPARE(saved.streamPollMs, 1000);
    QCOMPARE(saved.operationsPollMs, 5000);
    QVERIFY(!saved.confirmItemDeletes);
    QCOMPARE(saved.appearance, Values::Appearance::Dark);
    QCOMPARE(saved.language, QStringLiteral("de"));
    // On disk too: the next start reads the same.
    QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(Values::load(reread), saved);
}

void TestPreferencesDialog::cancelKeepsNothing()
{
    views::PreferencesDialog dialog(m_preferences.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeNumber(child<QSpinBox>(&dialog, "scanSegments"), 8);
    // The poll interval cannot go below 200 ms: typing 50 leaves at least the minimum.
    typeNumber(child<QSpinBox>(&dialog, "streamPollMs"), 50);
    QVERIFY(child<QSpinBox>(&dialog, "streamPollMs")->value() >= Values::MinStreamPollMs);
    click(button(&dialog, QDialogButtonBox::Cancel));
    QCOMPARE(m_preferences->values(), Values{});
}

void TestPreferencesDialog::restoreDefaultsSavesOnlyOnOk()
{
    Values custom;
    custom.scanSegments = 12;
    custom.appearance = Values::Appearance::Light;
    m_preferences->setValues(custom);

    views::PreferencesDialog first(m_preferences.get());
    first.show();
    QVERIFY(QTest::qWaitForWindowExposed(&first));
    QCOMPARE(child<QSpinBox>(&first, "scanSegments")->value(), 12);
    click(button(&first, QDialogButtonBox::RestoreDefaults));
    QCOMPARE(child<QSpinBox>(&first, "scanSegments")->value(), 0);
    QCOMPARE(child<QSpinBox>(&first, "scanSegments")->text(), QStringLiteral("Automatic"));
    QCOMPARE(m_preferences->values(), custom); // nothing saved yet
    click(button(&first, QDialogButtonBox::Cancel));
    QCOMPARE(m_preferences->values(), custom);

    views::PreferencesDialog second(m_preferences.get());
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    click(button(&second, QDialogButtonBox::RestoreDefaults));
    click(button(&second, QDialogButtonBox::Ok));
    QCOMPARE(m_preferences->values(), Values{});
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
