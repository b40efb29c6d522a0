#include "mfaprompt.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>

namespace dyna::views {

aws::AssumeRoleProvider::MfaPrompt mfaPrompt(QWidget *parent)
{
    QPointer<QWidget> owner(parent);
    return [owner](const QString &serial, std::function<void(std::optional<QString>)> answer) {
        if (!owner) {
            answer(std::nullopt);
            return;
        }
        auto *dialog = new QInputDialog(owner);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(QInputDialog::tr("MFA code"));
        dialog->setLabelText(
            QInputDialog::tr("Enter the current code of the MFA device\n%1").arg(serial));
        dialog->setTextEchoMode(QLineEdit::Normal);
        dialog->setInputMethodHints(Qt::ImhDigitsOnly);
        // One answer whichever way the dialog closes.
        auto answered = std::make_shared<bool>(false);
        QObject::connect(dialog, &QInputDialog::textValueSelected, dialog,
                         [answer, answered](const QString &code) {
                             *answered = true;
                             answer(code.trimmed());
                         });
        QObject::connect(dialog, &QDialog::finished, dialog, [answer, answered] {
            if (!*answered)
                answer(std::nullopt);
        });
        dialog->open();
    };
}

} // namespace dyna::views
