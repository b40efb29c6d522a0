#include "resourcepolicypanel.h"

#include "confirmdialog.h"
#include "errorpane.h"
#include "jsonhighlighter.h"
#include "theme.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "dynamo/policydocument.h"
#include "session/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTextDocument>
#include <QVBoxLayout>

namespace dyna::views {

namespace {

// PutResourcePolicy's ExpectedRevisionId for "only if the resource has no policy yet".
const QString kNoPolicy = QStringLiteral("NO_POLICY");

bool isConflict(const aws::AwsError &error)
{
    return error.code == QLatin1String("PolicyNotFoundException");
}

} // namespace

ResourcePolicyPanel::ResourcePolicyPanel(session::Session *session, QWidget *parent)
    : OperationsPage(parent)
    , m_session(session)
    , m_title(new QLabel(tr("Select a table"), this))
    , m_error(new ErrorPane(this))
    , m_resource(new QComboBox(this))
    , m_revisionLabel(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_highlighter(new JsonHighlighter(m_editor->document()))
    , m_validation(new QLabel(this))
    , m_conflict(new QFrame(this))
    , m_conflictText(new QLabel(m_conflict))
    , m_conflictReload(new QPushButton(tr("Reload"), m_conflict))
    , m_confirmSelf(new QCheckBox(tr("Confirm remove self resource access"), this))
    , m_status(new QLabel(this))
    , m_validate(new QPushButton(tr("Validate"), this))
    , m_save(new QPushButton(tr("Save policy"), this))
    , m_delete(new QPushButton(tr("Delete policy…"), this))
    , m_reload(new QPushButton(tr("Reload"), this))
{
    styleTitle(m_title);
    m_title->setObjectName(QStringLiteral("policyTitle"));

    m_resource->setObjectName(QStringLiteral("resourceSelector"));
    m_resource->setAccessibleName(tr("Policy of"));
    m_resource->addItem(tr("Table"));
    m_resource->addItem(tr("Stream"));
    m_revisionLabel->setObjectName(QStringLiteral("revisionLabel"));
    m_revisionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_editor->setObjectName(QStringLiteral("policyEditor"));
    m_editor->setAccessibleName(tr("Policy document (JSON)"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(
        tr("No policy is attached. Type a policy document, for example:\n"
           "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": "
           "{\"AWS\": \"arn:aws:iam::123456789012:role/reader\"}, \"Action\": "
           "\"dynamodb:GetItem\", \"Resource\": \"<table ARN>\"}]}"));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_highlighter->setMode(JsonMode::Plain);

    m_validation->setObjectName(QStringLiteral("policyValidation"));
    m_validation->setWordWrap(true);
    m_validation->hide();

    m_conflict->setObjectName(QStringLiteral("policyConflict"));
    m_conflict->setFrameShape(QFrame::StyledPanel);
    setToneStyleSheet(m_conflict,
                      QStringLiteral("#policyConflict { background: %1; }"
                                     " #policyConflictText { color: %2; }"),
                      {Tone::WarningBackground, Tone::WarningText});
    m_conflictText->setObjectName(QStringLiteral("policyConflictText"));
    m_conflictText->setWordWrap(true);
    m_conflictReload->setObjectName(QStringLiteral("conflictReloadButton"));
    auto *conflictLayout = new QHBoxLayout(m_conflict);
    conflictLayout->addWidget(m_conflictText, 1);
    conflictLayout->addWidget(m_conflictReload);
    m_conflict->hide();

    m_confirmSelf->setObjectName(QStringLiteral("confirmRemoveSelfAccess"));
    m_confirmSelf->setToolTip(
        tr("Needed when the policy denies you permission to read or change this policy later "
           "(ConfirmRemoveSelfResourceAccess)."));
    m_status->setObjectName(QStringLiteral("policyStatus"));
    m_status->setWordWrap(true);
    m_validate->setObjectName(QStringLiteral("validatePolicyButton"));
    m_save->setObjectName(QStringLiteral("savePolicyButton"));
    m_delete->setObjectName(QStringLiteral("deletePolicyButton"));
    m_reload->setObjectName(QStringLiteral("reloadPolicyButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Policy of:"), this));
    top->addWidget(m_resource);
    top->addSpacing(12);
    top->addWidget(m_revisionLabel, 1);
    top->addWidget(m_reload);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_confirmSelf);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_validate);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_conflict);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_validation);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_resource, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loaded || !m_tableArn.isEmpty())
            loadPolicy();
    });
    connect(m_validate, &QPushButton::clicked, this, [this] {
        if (validate()) {
            m_validation->setText(tr("The policy document is valid."));
            setTextTone(m_validation, Tone::SuccessText);
            m_validation->show();
        }
    });
    connect(m_save, &QPushButton::clicked, this, &ResourcePolicyPanel::save);
    connect(m_delete, &QPushButton::clicked, this, &ResourcePolicyPanel::askDelete);
    connect(m_reload, &QPushButton::clicked, this, &ResourcePolicyPanel::loadPolicy);
    connect(m_conflictReload, &QPushButton::clicked, this, &ResourcePolicyPanel::loadPolicy);
    // Typing clears the error mark; re-highlighting (a format change only) must not.
    connect(m_editor->document(), &QTextDocument::contentsChange, this,
            [this](int, int removed, int added) {
                if ((removed > 0 || added > 0) && m_highlighter->errorLine() > 0)
                    m_highlighter->setErrorPosition(0, 0);
            });
    connect(m_error, &ErrorPane::reconnectRequested, m_session, &session::Session::reconnect);
    connect(m_session, &session::Session::connectionChanged, this, [this] { showTable({}); });
    setBusy(false, QString());
}

void ResourcePolicyPanel::showTable(const QString &tableName)
{
    m_tableName = tableName;
    m_title->setText(tableName.isEmpty() ? tr("Select a table")
                                         : tr("Resource policy of %1").arg(tableName));
    refresh();
}

void ResourcePolicyPanel::refresh()
{
    if (m_job)
        m_job->cancel();
    m_tableArn.clear();
    m_streamArn.clear();
    m_revision.clear();
    m_hasPolicy = false;
    m_loaded = false;
    m_supported = true;
    m_error->clear();
    m_conflict->hide();
    m_validation->hide();
    m_editor->clear();
    m_confirmSelf->setChecked(false);
    updateRevisionLabel();
    if (m_tableName.isEmpty() || !m_session->client()) {
        setBusy(false, QString());
        return;
    }
    describe();
}

QString ResourcePolicyPanel::resourceArn() const
{
    return m_resource->currentIndex() == StreamResource ? m_streamArn : m_tableArn;
}

bool ResourcePolicyPanel::isStale(quint64 generation, const QString &tableName) const
{
    return generation != m_session->generation() || tableName != m_tableName;
}

void ResourcePolicyPanel::describe()
{
    setBusy(true, tr("Reading the table…"));
    m_job = describeTable(
        m_session, m_tableName, [this] { return m_tableName; },
        [this](const aws::AwsError &error, const QJsonObject &table) {
            if (error.isError()) {
                showFailure(error);
                return;
            }
            m_tableArn = table.value(QStringLiteral("TableArn")).toString();
            const bool streamEnabled = table.value(QStringLiteral("StreamSpecification"))
                                           .toObject()
                                           .value(QStringLiteral("StreamEnabled"))
                                           .toBool();
            m_streamArn = streamEnabled ? table.value(QStringLiteral("LatestStreamArn")).toString()
                                        : QString();
            auto *model = qobject_cast<QStandardItemModel *>(m_resource->model());
            if (QStandardItem *stream = model ? model->item(StreamResource) : nullptr) {
                stream->setEnabled(!m_streamArn.isEmpty());
                stream->setToolTip(m_streamArn.isEmpty() ? tr("This table has no stream.")
                                                         : m_streamArn);
            }
            if (m_streamArn.isEmpty() && m_resource->currentIndex() == StreamResource) {
                // Switching back to the table loads its policy through currentIndexChanged.
                m_resource->setCurrentIndex(TableResource);
                return;
            }
            loadPolicy();
        });
}

void ResourcePolicyPanel::loadPolicy()
{
    if (m_job)
        m_job->cancel();
    if (resourceArn().isEmpty() || !m_session->client())
        return;
    m_error->clear();
    m_conflict->hide();
    m_validation->hide();
    setBusy(true, tr("Reading the policy…"));
    const quint64 generation = m_session->generation();
    const QString tableName = m_tableName;
    const QString arn = resourceArn();
    auto *job =
        m_session->client()->call(aws::Service::DynamoDb, QStringLiteral("GetResourcePolicy"),
                                  {{QStringLiteral("ResourceArn"), arn}});
    m_job = job;
    connect(job, &aws::Job::finished, this, [this, job, generation, tableName, arn] {
        if (isStale(generation, tableName) || arn != resourceArn() ||
            job->error().kind == aws::ErrorKind::Cancelled)
            return;
        const aws::AwsError &error = job->error();
        if (error.isError() && error.code != QLatin1String("PolicyNotFoundException")) {
            showFailure(error);
            return;
        }
        m_hasPolicy = !error.isError();
        m_revision = m_hasPolicy ? job->response().value(QStringLiteral("RevisionId")).toString()
                                 : QString();
        m_editor->setPlainText(
            m_hasPolicy ? job->response().value(QStringLiteral("Policy")).toString() : QString());
        m_confirmSelf->setChecked(false);
        m_loaded = true;
        updateRevisionLabel();
        setBusy(false, QString());
        Q_EMIT policyLoaded();
    });
    job->start();
}

bool ResourcePolicyPanel::validate()
{
    const dynamo::PolicyProblem problem = dynamo::validatePolicyDocument(m_editor->toPlainText());
    m_highlighter->setErrorPosition(problem.line, problem.column);
    if (problem.isValid()) {
        m_validation->hide();
        return true;
    }
    m_validation->setText(problem.message);
    setTextTone(m_validation, Tone::ErrorText);
    m_validation->show();
    return false;
}

void ResourcePolicyPanel::save()
{
    m_error->clear();
    m_conflict->hide();
    if (!validate()) {
        Q_EMIT saved(false);
        return;
    }
    QJsonObject input{{QStringLiteral("ResourceArn"), resourceArn()},
                      {QStringLiteral("Policy"), m_editor->toPlainText()},
                      {QStringLiteral("ExpectedRevisionId"), m_hasPolicy ? m_revision : kNoPolicy}};
    if (m_confirmSelf->isChecked())
        input.insert(QStringLiteral("ConfirmRemoveSelfResourceAccess"), true);
    setBusy(true, tr("Saving the policy…"));
    const quint64 generation = m_session->generation();
    const QString tableName = m_tableName;
    const QString arn = resourceArn();
    auto *job = m_session->client()->call(aws::Service::DynamoDb,
                                          QStringLiteral("PutResourcePolicy"), input);
    m_job = job;
    connect(job, &aws::Job::finished, this, [this, job, generation, tableName, arn] {
        if (isStale(generation, tableName) || arn != resourceArn() ||
            job->error().kind == aws::ErrorKind::Cancelled)
            return;
        if (job->error().isError()) {
            showFailure(job->error());
            Q_EMIT saved(false);
            return;
        }
        m_hasPolicy = true;
        m_revision = job->response().value(QStringLiteral("RevisionId")).toString();
        m_confirmSelf->setChecked(false);
        updateRevisionLabel();
        setBusy(false, tr("Saved. DynamoDB applies a new policy within a few seconds."));
        Q_EMIT saved(true);
    });
    job->start();
}

void ResourcePolicyPanel::askDelete()
{
    const bool stream = m_resource->currentIndex() == StreamResource;
    ConfirmDialog::ask(
        this, tr("Delete resource policy"),
        stream ? tr("Delete the resource policy of the stream of table %1? Access it grants or "
                    "denies ends within a few seconds.")
                     .arg(m_tableName)
               : tr("Delete the resource policy of table %1? Access it grants or denies, "
                    "including to the table's indexes, ends within a few seconds.")
                     .arg(m_tableName),
        m_tableName, tr("Delete policy"), true, [this] { deletePolicy(); });
}

void ResourcePolicyPanel::deletePolicy()
{
    m_error->clear();
    m_conflict->hide();
    setBusy(true, tr("Deleting the policy…"));
    const quint64 generation = m_session->generation();
    const QString tableName = m_tableName;
    const QString arn = resourceArn();
    auto *job = m_session->client()->call(
        aws::Service::DynamoDb, QStringLiteral("DeleteResourcePolicy"),
        {{QStringLiteral("ResourceArn"), arn}, {QStringLiteral("ExpectedRevisionId"), m_revision}});
    m_job = job;
    connect(job, &aws::Job::finished, this, [this, job, generation, tableName, arn] {
        if (isStale(generation, tableName) || arn != resourceArn() ||
            job->error().kind == aws::ErrorKind::Cancelled)
            return;
        if (job->error().isError()) {
            showFailure(job->error());
            Q_EMIT deleted(false);
            return;
        }
        m_hasPolicy = false;
        m_revision.clear();
        m_editor->clear();
        updateRevisionLabel();
        setBusy(false, tr("The policy was deleted."));
        Q_EMIT deleted(true);
    });
    job->start();
}

void ResourcePolicyPanel::showFailure(const aws::AwsError &error)
{
    m_supported = m_supported && error.kind != aws::ErrorKind::Unsupported;
    if (isConflict(error)) {
        m_conflictText->setText(
            m_hasPolicy
                ? tr("The policy was changed or deleted by someone else since you loaded "
                     "revision %1, so it was not overwritten. Your text is kept below; Reload "
                     "shows the current policy (and replaces your text).")
                      .arg(m_revision)
                : tr("A policy was attached by someone else since you loaded this resource, so "
                     "it was not overwritten. Your text is kept below; Reload shows the current "
                     "policy (and replaces your text)."));
        m_conflict->show();
    } else {
        m_error->showError(error, error.kind == aws::ErrorKind::Auth && m_session->canReconnect());
    }
    setBusy(false, QString());
}

void ResourcePolicyPanel::setBusy(bool busy, const QString &status)
{
    m_status->setText(status);
    const bool ready = !busy && m_loaded && m_supported && m_session->client();
    m_editor->setReadOnly(!ready);
    m_validate->setEnabled(ready);
    m_save->setEnabled(ready);
    m_confirmSelf->setEnabled(ready);
    m_delete->setEnabled(ready && m_hasPolicy);
    m_reload->setEnabled(!busy && m_supported && !resourceArn().isEmpty());
    m_resource->setEnabled(!busy && m_supported && !m_tableArn.isEmpty());
}

void ResourcePolicyPanel::updateRevisionLabel()
{
    if (!m_loaded)
        m_revisionLabel->clear();
    else if (m_hasPolicy)
        m_revisionLabel->setText(tr("Revision %1").arg(m_revision));
    else
        m_revisionLabel->setText(tr("No policy attached"));
}

} // namespace dyna::views
