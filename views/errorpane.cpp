#include "errorpane.h"

#include "theme.h"

#include "aws/awserror.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dyna::views {

ErrorPane::ErrorPane(QWidget *parent)
    : QFrame(parent)
    , m_summary(new QLabel(this))
    , m_details(new QLabel(this))
    , m_reconnect(new QPushButton(tr("Sign In Again"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_summary->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_details->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_details->setFont(small);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_details);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_reconnect);
    actions->addStretch(1);
    layout->addLayout(actions);
    m_reconnect->setObjectName(QStringLiteral("reconnect"));
    m_reconnect->hide();
    connect(m_reconnect, &QPushButton::clicked, this, [this] {
        clear();
        Q_EMIT reconnectRequested();
    });
    hide();
}

void ErrorPane::showError(const aws::AwsError &error, bool offerReconnect)
{
    m_reconnect->setVisible(offerReconnect);
    setToneStyleSheet(this,
                      QStringLiteral("ErrorPane { background: %1; border: 1px solid %2; }"
                                     "QLabel { color: %3; }"),
                      {Tone::ErrorBackground, Tone::ErrorBorder, Tone::ErrorBannerText});
    m_summary->setText(error.userMessage());
    m_details->setText(error.details());
    m_details->setVisible(!error.details().isEmpty());
    show();
}

void ErrorPane::showNotice(const QString &text)
{
    setToneStyleSheet(this,
                      QStringLiteral("ErrorPane { background: %1; border: 1px solid %2; }"
                                     "QLabel { color: %3; }"),
                      {Tone::InfoBackground, Tone::InfoBorder, Tone::InfoText});
    m_summary->setText(text);
    m_details->clear();
    m_details->hide();
    m_reconnect->hide();
    show();
}

void ErrorPane::clear()
{
    m_summary->clear();
    m_details->clear();
    hide();
}

QString ErrorPane::summaryText() const
{
    return isHidden() ? QString() : m_summary->text();
}

QString ErrorPane::detailsText() const
{
    return m_details->text();
}

} // namespace dyna::views
