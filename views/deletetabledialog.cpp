#include "deletetabledialog.h"

#include "errorpane.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "dynamo/tablewaiter.h"
#include "session/session.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dyna::views {

DeleteTableDialog::DeleteTableDialog(session::Session *session, const QJsonObject &table,
                                     QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tableName(table.value(QStringLiteral("TableName")).toString())
    , m_protected(table.value(QStringLiteral("DeletionProtectionEnabled")).toBool())
    , m_confirmation(new QLineEdit(this))
    , m_progress(new QLabel(this))
    , m_error(new ErrorPane(this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    setWindowTitle(tr("Delete table %1").arg(m_tableName));
    auto *explanation = new QLabel(this);
    explanation->setObjectName(QStringLiteral("explanation"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    if (m_protected) {
        explanation->setText(
            tr("Deletion protection is on for %1, so DynamoDB refuses to delete it. To delete the "
               "table, open Update table, clear \"Protect from deletion\" under Settings and "
               "apply, then delete it here.")
                .arg(m_tableName));
    } else {
        explanation->setText(tr("Deleting %1 removes the table, its indexes and every item. This "
                                "cannot be undone. Type the table name to confirm.")
                                 .arg(m_tableName));
    }
    m_confirmation->setObjectName(QStringLiteral("confirmation"));
    m_confirmation->setPlaceholderText(m_tableName);
    m_confirmation->setEnabled(!m_protected);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_delete->setObjectName(QStringLiteral("delete"));
    m_delete->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, &DeleteTableDialog::deleteTable);
    connect(m_confirmation, &QLineEdit::textChanged, this, &DeleteTableDialog::updateButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_confirmation);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
}

QString DeleteTableDialog::progressText() const
{
    return m_progress->text();
}

void DeleteTableDialog::updateButton()
{
    // Exact match only: no trimming, no case folding.
    m_delete->setEnabled(!m_protected && !m_job && !m_tableName.isEmpty() &&
                         m_confirmation->text() == m_tableName);
}

void DeleteTableDialog::deleteTable()
{
    aws::AwsClient *client = m_session ? m_session->client() : nullptr;
    if (!client || m_confirmation->text() != m_tableName || m_protected)
        return;
    m_error->clear();
    m_confirmation->setEnabled(false);
    m_progress->setText(tr("Deleting table %1…").arg(m_tableName));
    auto *job = client->call(aws::Service::DynamoDb, QStringLiteral("DeleteTable"),
                             {{QStringLiteral("TableName"), m_tableName}});
    m_job = job;
    updateButton();
    connect(job, &aws::Job::finished, this, [this, job, client] {
        if (job->error().isError()) {
            m_job.clear();
            m_confirmation->setEnabled(true);
            m_progress->clear();
            m_error->showError(job->error(), job->error().kind == aws::ErrorKind::Auth &&
                                                 m_session && m_session->canReconnect());
            updateButton();
            return;
        }
        auto *waiter = new dynamo::TableWaiter(client, m_tableName,
                                               dynamo::TableWaiter::Condition::NotExists, this);
        waiter->setAutoDelete(true);
        m_job = waiter;
        connect(waiter, &dynamo::TableWaiter::progress, m_progress, &QLabel::setText);
        connect(waiter, &aws::Job::finished, this, [this, waiter] {
            if (waiter->error().isError()) {
                m_error->showError(waiter->error());
                return;
            }
            m_progress->setText(tr("Table %1 is deleted.").arg(m_tableName));
            Q_EMIT tableDeleted(m_tableName);
            accept();
        });
        waiter->start();
    });
    job->start();
}

} // namespace dyna::views
