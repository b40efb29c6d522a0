#include "s3transferdialog.h"

#include "errorpane.h"
#include "theme.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "session/session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dyna::views {

S3TransferDialog::S3TransferDialog(session::Session *session, const QString &operation,
                                   const LocationTexts &location, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_operation(operation)
    , m_bucket(lineEdit(QStringLiteral("bucketEdit"), location.bucketName,
                        location.bucketPlaceholder, this))
    , m_prefix(lineEdit(QStringLiteral("prefixEdit"), location.prefixName,
                        location.prefixPlaceholder, this))
    , m_owner(lineEdit(QStringLiteral("ownerEdit"), tr("Bucket owner account"),
                       tr("only for a bucket of another account"), this))
{}

QLineEdit *S3TransferDialog::lineEdit(const QString &objectName, const QString &accessibleName,
                                      const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

void S3TransferDialog::setForm(QFormLayout *form, const QString &startText)
{
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    setTextTone(m_problem, Tone::ErrorText);
    m_error = new ErrorPane(this);
    m_start = new QPushButton(startText, this);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &S3TransferDialog::start);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void S3TransferDialog::start()
{
    if (m_job || !m_session->client())
        return;
    QString freshToken;
    QString problem;
    QJsonObject input = request(&freshToken, &problem);
    m_problem->setText(problem);
    if (!problem.isEmpty())
        return;
    QJsonObject parameters = input;
    parameters.remove(QStringLiteral("ClientToken"));
    // Sending the same request again (after an error) reuses its token; changed parameters
    // start a new transfer with the fresh token.
    if (parameters == m_lastParameters && !m_clientToken.isEmpty())
        input.insert(QStringLiteral("ClientToken"), m_clientToken);
    else
        m_clientToken = freshToken;
    m_lastParameters = parameters;
    m_error->clear();
    m_start->setEnabled(false);
    auto *job = m_session->client()->call(aws::Service::DynamoDb, m_operation, input);
    m_job = job;
    job->setAutoDelete(true);
    connect(job, &aws::Job::finished, this, [this, job] { onStarted(job); });
    job->start();
}

void S3TransferDialog::onStarted(aws::RequestJob *job)
{
    m_job = nullptr;
    m_start->setEnabled(true);
    if (job->error().isError()) {
        m_error->showError(job->error());
        return;
    }
    started(job->response());
    accept();
}

} // namespace dyna::views
