#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dyna::views {

// The confirmation a destructive operation asks for: it names the resource and what will
// happen, and with `typeToConfirm` enables the action only once the resource's name is typed
// exactly. Shown with open() (window-modal, no nested event loop); `confirmed` follows the
// click on the action button.
class ConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmDialog(const QString &title, const QString &text, const QString &resourceName,
                  const QString &actionText, bool typeToConfirm, QWidget *parent = nullptr);

    QString text() const;
    QString resourceName() const { return m_resourceName; }
    QLineEdit *confirmationEdit() const { return m_confirmation; }
    QPushButton *actionButton() const { return m_action; }

    // Opens a dialog that deletes itself when closed; `onConfirmed` runs after the click.
    template<typename Func>
    static ConfirmDialog *ask(QWidget *parent, const QString &title, const QString &text,
                              const QString &resourceName, const QString &actionText,
                              bool typeToConfirm, Func onConfirmed)
    {
        auto *dialog =
            new ConfirmDialog(title, text, resourceName, actionText, typeToConfirm, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &ConfirmDialog::confirmed, parent, onConfirmed);
        dialog->open();
        return dialog;
    }

Q_SIGNALS:
    void confirmed();

private:
    QString m_resourceName;
    QLabel *m_text;
    QLineEdit *m_confirmation = nullptr;
    QPushButton *m_action;
};

} // namespace dyna::views
