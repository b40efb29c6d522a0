#include "confirmdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dyna::views {

ConfirmDialog::ConfirmDialog(const QString &title, const QString &text, const QString &resourceName,
                             const QString &actionText, bool typeToConfirm, QWidget *parent)
    : QDialog(parent)
    , m_resourceName(resourceName)
    , m_text(new QLabel(text, this))
{
    setWindowTitle(title);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_action = buttons->addButton(actionText, QDialogButtonBox::DestructiveRole);
    m_action->setObjectName(QStringLiteral("confirmAction"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    if (typeToConfirm) {
        auto *prompt = new QLabel(tr("Type %1 to confirm.").arg(resourceName), this);
        prompt->setTextFormat(Qt::PlainText);
        prompt->setWordWrap(true);
        m_confirmation = new QLineEdit(this);
        m_confirmation->setObjectName(QStringLiteral("confirmName"));
        m_confirmation->setAccessibleName(tr("Name to confirm"));
        prompt->setBuddy(m_confirmation);
        layout->addWidget(prompt);
        layout->addWidget(m_confirmation);
        m_action->setEnabled(false);
        connect(m_confirmation, &QLineEdit::textChanged, this,
                [this](const QString &typed) { m_action->setEnabled(typed == m_resourceName); });
    }
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_action, &QPushButton::clicked, this, [this] {
        Q_EMIT confirmed();
        accept();
    });
}

QString ConfirmDialog::text() const
{
    return m_text->text();
}

} // namespace dyna::views
