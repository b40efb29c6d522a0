#include "mfaprompt.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <optional>

using namespace dyna;

class TestMfaPrompt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedCodeReachesTheProvider();
    void cancellingAnswersNothing();
    void closedWindowAnswersNothing();
};

namespace {

QInputDialog *openPrompt(QWidget *parent, std::optional<std::optional<QString>> *result)
{
    views::mfaPrompt(parent)(QStringLiteral("arn:aws:iam::123456789012:mfa/dba"),
                             [result](std::optional<QString> code) { *result = code; });
    return parent->findChild<QInputDialog *>();
}

} // namespace

void TestMfaPrompt::typedCodeReachesTheProvider()
{
    QWidget window;
    window.show();
    std::optional<std::optional<QString>> result;
    QInputDialog *dialog = openPrompt(&window, &result);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>()->text().contains(QStringLiteral("mfa/dba")));
    QVERIFY(!result); // nothing answered while the user types
    auto *edit = dialog->findChild<QLineEdit *>();
    QTest::keyClicks(edit, QStringLiteral(" 123456"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(result.has_value());
    QCOMPARE(*result, std::optional<QString>(QStringLiteral("123456")));
}

void TestMfaPrompt::cancellingAnswersNothing()
{
    QWidget window;
    window.show();
    std::optional<std::optional<QString>> result;
    QInputDialog *dialog = openPrompt(&window, &result);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(), QStringLiteral("999"));
    auto *cancel = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->has_value());
}

void TestMfaPrompt::closedWindowAnswersNothing()
{
    std::optional<std::optional<QString>> result;
    aws::AssumeRoleProvider::MfaPrompt prompt;
    {
        QWidget window;
        prompt = views::mfaPrompt(&window);
    }
    // The window is gone before STS asked: the provider hears "no code" at once.
    prompt(QStringLiteral("serial"), [&result](std::optional<QString> code) { result = code; });
    QVERIFY(result.has_value());
    QVERIFY(!result->has_value());
}

QTEST_MAIN(TestMfaPrompt)
#include "tst_mfaprompt.moc"
