#include "tagspanel.h"

#include "emptystate.h"
#include "errorpane.h"
#include "theme.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "dynamo/pagination.h"
#include "session/session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace dyna::views {

namespace {

// Marks the rows of tags AWS assigned, which users cannot change.
constexpr int kReadOnlyRole = Qt::UserRole + 1;

} // namespace

TagsPanel::TagsPanel(session::Session *session, QWidget *parent)
    : OperationsPage(parent)
    , m_session(session)
    , m_title(new QLabel(tr("Select a table"), this))
    , m_error(new ErrorPane(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_validation(new QLabel(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("Add tag"), this))
    , m_remove(new QPushButton(tr("Remove tag"), this))
    , m_save(new QPushButton(tr("Save tags"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
{
    styleTitle(m_title);
    m_title->setObjectName(QStringLiteral("tagsTitle"));

    auto *note = new QLabel(
        tr("DynamoDB tags tables (TagResource takes a table ARN; its indexes share the table's "
           "tags). Backups cannot be tagged here: DynamoDB's tagging operations do not accept "
           "backup ARNs. At most 50 tags per table; keys up to 128 and values up to 256 "
           "characters of letters, numbers, spaces and + - = . _ : /. Keys starting with "
           "\"aws:\" are reserved for AWS."),
        this);
    note->setObjectName(QStringLiteral("tagsNote"));
    note->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("tagsTable"));
    m_table->setAccessibleName(tr("Tags"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value"), tr("Change")});
    m_table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ChangeColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(KeyColumn, 220);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    new EmptyState(m_table, tr("No tags. Add one with Add tag, then press Save tags."));

    m_validation->setObjectName(QStringLiteral("tagsValidation"));
    m_validation->setWordWrap(true);
    setTextTone(m_validation, Tone::ErrorText);
    m_validation->hide();
    m_status->setObjectName(QStringLiteral("tagsStatus"));
    m_status->setWordWrap(true);

    m_add->setObjectName(QStringLiteral("addTagButton"));
    m_remove->setObjectName(QStringLiteral("removeTagButton"));
    m_save->setObjectName(QStringLiteral("saveTagsButton"));
    m_revert->setObjectName(QStringLiteral("revertTagsButton"));
    m_refresh->setObjectName(QStringLiteral("refreshTagsButton"));
    m_save->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_title);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_validation);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &TagsPanel::addRow);
    connect(m_remove, &QPushButton::clicked, this, &TagsPanel::removeSelectedRows);
    connect(m_save, &QPushButton::clicked, this, &TagsPanel::save);
    connect(m_revert, &QPushButton::clicked, this, &TagsPanel::fillRows);
    connect(m_refresh, &QPushButton::clicked, this, &TagsPanel::refresh);
    connect(m_table, &QTableWidget::itemChanged, this, &TagsPanel::updateMarks);
    connect(m_error, &ErrorPane::reconnectRequested, m_session, &session::Session::reconnect);
    connect(m_session, &session::Session::connectionChanged, this, [this] { showTable({}); });
    setActionsEnabled(false);
}

void TagsPanel::showTable(const QString &tableName)
{
    m_tableName = tableName;
    m_title->setText(tableName.isEmpty() ? tr("Select a table") : tr("Tags of %1").arg(tableName));
    refresh();
}

void TagsPanel::refresh()
{
    if (m_job)
        m_job->cancel();
    m_tableArn.clear();
    m_listed.clear();
    m_supported = true;
    m_savePending = false;
    m_error->clear();
    m_validation->hide();
    fillRows();
    if (m_tableName.isEmpty() || !m_session->client()) {
        setBusy(false, QString());
        setActionsEnabled(false);
        return;
    }
    describe();
}

QList<dynamo::Tag> TagsPanel::editedTags() const
{
    QList<dynamo::Tag> tags;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *key = m_table->item(row, KeyColumn);
        const QTableWidgetItem *value = m_table->item(row, ValueColumn);
        if (!key || key->data(kReadOnlyRole).toBool())
            continue;
        tags.append({key->text(), value ? value->text() : QString()});
    }
    return tags;
}

bool TagsPanel::isStale(quint64 generation, const QString &tableName) const
{
    return generation != m_session->generation() || tableName != m_tableName;
}

void TagsPanel::describe()
{
    setBusy(true, tr("Reading the table…"));
    m_job = describeTable(
        m_session, m_tableName, [this] { return m_tableName; },
        [this](const aws::AwsError &error, const QJsonObject &table) {
            if (error.isError()) {
                setBusy(false, QString());
                m_error->showError(error,
                                   error.kind == aws::ErrorKind::Auth && m_session->canReconnect());
                return;
            }
            m_tableArn = table.value(QStringLiteral("TableArn")).toString();
            listTags();
        });
}

void TagsPanel::listTags()
{
    setBusy(true, tr("Reading tags…"));
    const quint64 generation = m_session->generation();
    const QString tableName = m_tableName;
    auto *job = new dynamo::PaginatedJob(m_session->client(), aws::Service::DynamoDb,
                                         QStringLiteral("ListTagsOfResource"),
                                         {{QStringLiteral("ResourceArn"), m_tableArn}}, this);
    job->setAutoDelete(true);
    m_job = job;
    auto collected = std::make_shared<QList<dynamo::Tag>>();
    connect(job, &dynamo::PaginatedJob::page, this,
            [this, collected, generation, tableName](dynamo::PaginatedJob *,
                                                     const QJsonObject &response) {
                if (isStale(generation, tableName))
                    return;
                collected->append(
                    dynamo::tagsFromJson(response.value(QStringLiteral("Tags")).toArray()));
                m_status->setText(tr("Reading tags… %n so far", nullptr, int(collected->size())));
            });
    connect(job, &aws::Job::finished, this, [this, job, collected, generation, tableName] {
        if (isStale(generation, tableName) || job->error().kind == aws::ErrorKind::Cancelled)
            return;
        onListed(job, *collected);
    });
    job->start();
}

void TagsPanel::onListed(aws::Job *job, const QList<dynamo::Tag> &tags)
{
    const bool savePending = std::exchange(m_savePending, false);
    if (job->error().isError()) {
        m_supported = job->error().kind != aws::ErrorKind::Unsupported;
        setBusy(false, QString());
        m_error->showError(job->error(),
                           job->error().kind == aws::ErrorKind::Auth && m_session->canReconnect());
        if (savePending)
            Q_EMIT saved(false);
        return;
    }
    m_listed = tags;
    fillRows();
    setBusy(false, QString());
    Q_EMIT tagsLoaded();
    if (savePending)
        Q_EMIT saved(true);
}

void TagsPanel::fillRows()
{
    m_updatingMarks = true;
    m_table->setRowCount(0);
    for (const dynamo::Tag &tag : std::as_const(m_listed)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *key = new QTableWidgetItem(tag.key);
        auto *value = new QTableWidgetItem(tag.value);
        auto *change = new QTableWidgetItem;
        change->setFlags(Qt::ItemIsEnabled);
        if (dynamo::isAwsAssignedTagKey(tag.key)) {
            key->setData(kReadOnlyRole, true);
            key->setFlags(Qt::ItemIsEnabled);
            value->setFlags(Qt::ItemIsEnabled);
            change->setText(tr("AWS-assigned, read-only"));
        }
        m_table->setItem(row, KeyColumn, key);
        m_table->setItem(row, ValueColumn, value);
        m_table->setItem(row, ChangeColumn, change);
    }
    m_updatingMarks = false;
    m_validation->hide();
    updateMarks();
}

void TagsPanel::addRow()
{
    const int row = m_table->rowCount();
    m_updatingMarks = true;
    m_table->insertRow(row);
    m_table->setItem(row, KeyColumn, new QTableWidgetItem);
    m_table->setItem(row, ValueColumn, new QTableWidgetItem);
    auto *change = new QTableWidgetItem;
    change->setFlags(Qt::ItemIsEnabled);
    m_table->setItem(row, ChangeColumn, change);
    m_updatingMarks = false;
    updateMarks();
    m_table->setCurrentCell(row, KeyColumn);
    m_table->editItem(m_table->item(row, KeyColumn));
}

void TagsPanel::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const QTableWidgetItem *key = m_table->item(index.row(), KeyColumn);
        if (key && !key->data(kReadOnlyRole).toBool())
            rows.append(index.row());
    }
    if (rows.isEmpty() && m_table->currentRow() >= 0) {
        const QTableWidgetItem *key = m_table->item(m_table->currentRow(), KeyColumn);
        if (key && !key->data(kReadOnlyRole).toBool())
            rows.append(m_table->currentRow());
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows))
        m_table->removeRow(row);
    updateMarks();
}

void TagsPanel::updateMarks()
{
    if (m_updatingMarks)
        return;
    m_updatingMarks = true;
    QHash<QString, QString> listed;
    for (const dynamo::Tag &tag : std::as_const(m_listed))
        listed.insert(tag.key, tag.value);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *key = m_table->item(row, KeyColumn);
        QTableWidgetItem *change = m_table->item(row, ChangeColumn);
        if (!key || !change || key->data(kReadOnlyRole).toBool())
            continue;
        const QTableWidgetItem *value = m_table->item(row, ValueColumn);
        const auto old = listed.constFind(key->text());
        if (old == listed.cend())
            change->setText(tr("added"));
        else if (old.value() != (value ? value->text() : QString()))
            change->setText(tr("changed"));
        else
            change->setText(QString());
    }
    m_updatingMarks = false;
    if (m_job && !m_job->isFinished())
        return;
    const dynamo::TagDiff diff = dynamo::diffTags(m_listed, editedTags());
    QString text =
        m_tableArn.isEmpty() ? QString() : tr("%n tag(s)", nullptr, int(m_listed.size()));
    if (!diff.isEmpty()) {
        text += tr(" · unsaved: %1 added, %2 changed, %3 removed")
                    .arg(diff.added.size())
                    .arg(diff.changed.size())
                    .arg(diff.removed.size());
        if (!diff.removed.isEmpty())
            text += tr(" (%1)").arg(diff.removed.join(QStringLiteral(", ")));
    }
    m_status->setText(text);
}

void TagsPanel::save()
{
    m_error->clear();
    const QList<dynamo::Tag> edited = editedTags();
    const QList<dynamo::TagProblem> problems = dynamo::validateTags(edited);
    if (!problems.isEmpty()) {
        const dynamo::TagProblem &first = problems.first();
        // editedTags() skips read-only rows, so find the table row of the problem.
        int tableRow = -1;
        for (int row = 0, userRow = 0; row < m_table->rowCount(); ++row) {
            if (m_table->item(row, KeyColumn)->data(kReadOnlyRole).toBool())
                continue;
            if (userRow++ == first.row) {
                tableRow = row;
                break;
            }
        }
        m_validation->setText(first.message);
        m_validation->show();
        if (tableRow >= 0)
            m_table->setCurrentCell(tableRow, KeyColumn);
        Q_EMIT saved(false);
        return;
    }
    m_validation->hide();
    const dynamo::TagDiff diff = dynamo::diffTags(m_listed, edited);
    if (diff.isEmpty()) {
        m_status->setText(tr("Nothing to save."));
        Q_EMIT saved(true);
        return;
    }
    if (!diff.needsTagResource()) {
        sendUntag(diff);
        return;
    }
    setBusy(true, tr("Saving tags…"));
    const quint64 generation = m_session->generation();
    const QString tableName = m_tableName;
    auto *job = m_session->client()->call(aws::Service::DynamoDb, QStringLiteral("TagResource"),
                                          diff.tagResourceInput(m_tableArn));
    m_job = job;
    connect(job, &aws::Job::finished, this, [this, job, diff, generation, tableName] {
        if (isStale(generation, tableName))
            return;
        if (job->error().isError() || !diff.needsUntagResource())
            return finishSave(job);
        sendUntag(diff);
    });
    job->start();
}

void TagsPanel::sendUntag(const dynamo::TagDiff &diff)
{
    setBusy(true, tr("Saving tags…"));
    const quint64 generation = m_session->generation();
    const QString tableName = m_tableName;
    auto *job = m_session->client()->call(aws::Service::DynamoDb, QStringLiteral("UntagResource"),
                                          diff.untagResourceInput(m_tableArn));
    m_job = job;
    connect(job, &aws::Job::finished, this, [this, job, generation, tableName] {
        if (!isStale(generation, tableName))
            finishSave(job);
    });
    job->start();
}

void TagsPanel::finishSave(aws::Job *job)
{
    if (job->error().isError()) {
        // The rows keep what the user typed; a partial save shows after the next refresh.
        setBusy(false, QString());
        m_error->showError(job->error(),
                           job->error().kind == aws::ErrorKind::Auth && m_session->canReconnect());
        Q_EMIT saved(false);
        return;
    }
    // Read back what DynamoDB now holds rather than assume it; `saved` follows that read.
    m_savePending = true;
    listTags();
}

void TagsPanel::setBusy(bool busy, const QString &status)
{
    if (busy) {
        m_status->setText(status);
        setActionsEnabled(false);
        return;
    }
    setActionsEnabled(!m_tableArn.isEmpty() && m_supported && m_session->client());
    m_refresh->setEnabled(!m_tableName.isEmpty() && m_session->client());
    updateMarks();
}

void TagsPanel::setActionsEnabled(bool enabled)
{
    m_add->setEnabled(enabled);
    m_remove->setEnabled(enabled);
    m_save->setEnabled(enabled);
    m_revert->setEnabled(enabled);
    m_table->setEnabled(enabled);
    m_refresh->setEnabled(enabled);
}

} // namespace dyna::views
