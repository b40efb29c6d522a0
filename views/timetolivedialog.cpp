#include "timetolivedialog.h"

#include "confirmdialog.h"
#include "errorpane.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "session/session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dyna::views {

TimeToLiveDialog::TimeToLiveDialog(session::Session *session, const QString &tableName,
                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tableName(tableName)
    , m_status(new QLabel(tr("Reading…"), this))
    , m_attribute(new QLineEdit(this))
    , m_enable(new QPushButton(tr("Turn on"), this))
    , m_disable(new QPushButton(tr("Turn off…"), this))
    , m_error(new ErrorPane(this))
{
    setWindowTitle(tr("Time to live — %1").arg(tableName));
    m_status->setObjectName(QStringLiteral("ttlStatus"));
    m_attribute->setObjectName(QStringLiteral("ttlAttribute"));
    m_attribute->setAccessibleName(tr("Time to live attribute"));
    m_attribute->setPlaceholderText(tr("for example expiresAt"));
    m_attribute->setToolTip(tr("A top-level Number attribute holding the expiry time in epoch "
                               "seconds. Items without it never expire."));
    m_enable->setObjectName(QStringLiteral("ttlEnable"));
    m_disable->setObjectName(QStringLiteral("ttlDisable"));

    auto *explanation = new QLabel(
        tr("DynamoDB deletes an item within a few days after the time in its TTL attribute, "
           "without consuming write capacity. A table takes one TTL change about every hour."),
        this);
    explanation->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("&Attribute:"), m_attribute);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_enable);
    actions->addWidget(m_disable);
    actions->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_enable, &QPushButton::clicked, this, [this] { update(true); });
    connect(m_disable, &QPushButton::clicked, this, [this] {
        ConfirmDialog::ask(this, tr("Turn off time to live"),
                           tr("Turn off time to live on table %1? Items stop expiring; "
                              "turning it on again takes up to an hour.")
                               .arg(m_tableName),
                           m_tableName, tr("Turn off"), false, [this] { update(false); });
    });
    connect(m_attribute, &QLineEdit::textChanged, this, &TimeToLiveDialog::updateButtons);
    setBusy(true);
    describe();
}

QString TimeToLiveDialog::statusText() const
{
    return m_status->text();
}

void TimeToLiveDialog::describe()
{
    if (!m_session || !m_session->client())
        return;
    auto *job =
        m_session->client()->call(aws::Service::DynamoDb, QStringLiteral("DescribeTimeToLive"),
                                  {{QStringLiteral("TableName"), m_tableName}});
    m_job = job;
    connect(job, &aws::Job::finished, this, [this, job] {
        if (job != m_job)
            return;
        if (job->error().isError()) {
            m_status->setText(tr("Unknown"));
            m_error->showError(job->error());
            m_currentStatus.clear();
            setBusy(false);
            return;
        }
        const QJsonObject ttl =
            job->response().value(QStringLiteral("TimeToLiveDescription")).toObject();
        m_currentStatus = ttl.value(QStringLiteral("TimeToLiveStatus")).toString();
        m_currentAttribute = ttl.value(QStringLiteral("AttributeName")).toString();
        if (m_currentStatus == QLatin1String("ENABLED"))
            m_status->setText(tr("On, attribute %1").arg(m_currentAttribute));
        else if (m_currentStatus == QLatin1String("ENABLING"))
            m_status->setText(tr("Turning on (attribute %1)").arg(m_currentAttribute));
        else if (m_currentStatus == QLatin1String("DISABLING"))
            m_status->setText(tr("Turning off (attribute %1)").arg(m_currentAttribute));
        else
            m_status->setText(tr("Off"));
        if (m_attribute->text().isEmpty())
            m_attribute->setText(m_currentAttribute);
        setBusy(false);
        Q_EMIT described();
    });
    job->start();
}

void TimeToLiveDialog::update(bool enabled)
{
    if (!m_session || !m_session->client())
        return;
    const QString attribute = enabled ? m_attribute->text().trimmed() : m_currentAttribute;
    m_error->clear();
    setBusy(true);
    auto *job =
        m_session->client()->call(aws::Service::DynamoDb, QStringLiteral("UpdateTimeToLive"),
                                  {{QStringLiteral("TableName"), m_tableName},
                                   {QStringLiteral("TimeToLiveSpecification"),
                                    QJsonObject{{QStringLiteral("Enabled"), enabled},
                                                {QStringLiteral("AttributeName"), attribute}}}});
    m_job = job;
    connect(job, &aws::Job::finished, this, [this, job] {
        if (job != m_job)
            return;
        if (job->error().isError()) {
            m_error->showError(job->error());
            setBusy(false);
            return;
        }
        Q_EMIT timeToLiveChanged(m_tableName);
        describe();
    });
    job->start();
}

void TimeToLiveDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void TimeToLiveDialog::updateButtons()
{
    const bool busy = m_busy;
    const bool on =
        m_currentStatus == QLatin1String("ENABLED") || m_currentStatus == QLatin1String("ENABLING");
    const bool known = !m_currentStatus.isEmpty();
    m_enable->setEnabled(!busy && known && !on && !m_attribute->text().trimmed().isEmpty());
    m_disable->setEnabled(!busy && known && on);
    m_attribute->setReadOnly(busy || on);
}

} // namespace dyna::views
