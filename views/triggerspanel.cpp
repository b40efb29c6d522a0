#include "triggerspanel.h"

#include "emptystate.h"
#include "streameventmodel.h"
#include "triggerdialog.h"

#include "aws/awserror.h"
#include "session/session.h"
#include "streams/itempoller.h"
#include "streams/streamwatcher.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTime>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace dyna::views {

using streams::ItemPoller;
using streams::TriggerKind;
using streams::TriggerSpec;

namespace {

QString now()
{
    return QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
}

// "pk=order#1 sk=3" for item events, "shard=shardId-…" for a new shard.
QString keysText(const QJsonObject &payload)
{
    QStringList parts;
    const QJsonObject keys = payload.value(QLatin1String("keys")).toObject();
    for (auto it = keys.begin(); it != keys.end(); ++it)
        parts.append(it.key() + QLatin1Char('=') + models::StreamEventModel::valueText(it.value()));
    if (keys.isEmpty() && payload.contains(QLatin1String("shardId")))
        parts.append(QStringLiteral("shard=") + payload.value(QLatin1String("shardId")).toString());
    return parts.join(QLatin1Char(' '));
}

} // namespace

TriggersPanel::TriggersPanel(session::Session *session, streams::StreamWatcher *watcher,
                             QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_watcher(watcher)
    , m_dispatcher(new streams::TriggerDispatcher(this))
    , m_note(new QLabel(
          tr("Stream triggers see the changes of the stream being watched in the Streams tab."),
          this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_addButton(new QPushButton(tr("Add…"), this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_runButton(new QPushButton(tr("Run Now"), this))
    , m_log(new QPlainTextEdit(this))
    , m_detail(new QPlainTextEdit(this))
    , m_refreshTimer(new QTimer(this))
{
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("triggerTable"));
    m_table->setAccessibleName(tr("Triggers"));
    m_table->setTabKeyNavigation(false);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_log->setObjectName(QStringLiteral("log"));
    m_log->setAccessibleName(tr("Trigger log"));
    m_detail->setObjectName(QStringLiteral("logDetail"));
    m_detail->setAccessibleName(tr("Event of the selected log line"));

    m_table->setHorizontalHeaderLabels({tr("Trigger"), tr("Table"), tr("Schedule"), tr("Pending"),
                                        tr("Events"), tr("Firings"), tr("Last fired")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    new EmptyState(m_table, tr("No triggers yet. Add one with Add…; it runs on the changes the "
                               "Streams tab is watching."));
    m_table->verticalHeader()->hide();
    // A handful of triggers: sizing the columns to their contents costs nothing.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_addButton->setToolTip(tr("Add a trigger on the table selected in the navigation tree."));
    m_runButton->setToolTip(tr("Hand on what the selected trigger has queued now, or scan its "
                               "table now for an itemPolled trigger."));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(kMaxLogLines);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setPlaceholderText(tr("One line per event handed on by a trigger."));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a log line to see its event."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_runButton);
    buttons->addStretch();

    auto *logSplitter = new QSplitter(Qt::Horizontal, this);
    logSplitter->addWidget(m_log);
    logSplitter->addWidget(m_detail);
    logSplitter->setStretchFactor(0, 2);
    logSplitter->setStretchFactor(1, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table);
    topLayout->addLayout(buttons);
    splitter->addWidget(top);
    splitter->addWidget(logSplitter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);

    if (watcher) {
        connect(watcher, &streams::StreamWatcher::recordsArrived, m_dispatcher,
                &streams::TriggerDispatcher::deliver);
        connect(watcher, &streams::StreamWatcher::shardOpened, m_dispatcher,
                [this](const streams::ShardInfo &shard) {
                    if (m_watcher)
                        m_dispatcher->deliverShardOpened(shard, m_watcher->streamArn());
                });
        // Pending counts change as records arrive, not only on firings.
        connect(watcher, &streams::StreamWatcher::recordsArrived, this,
                &TriggersPanel::refreshTable);
    }
    connect(m_dispatcher, &streams::TriggerDispatcher::fired, this,
            [this](const QString &id, const QList<QJsonObject> &payloads) {
                if (const Trigger *trigger = find(id))
                    logPayloads(trigger->label, payloads);
                refreshTable();
            });
    if (m_session)
        connect(m_session, &session::Session::connectionChanged, this, &TriggersPanel::stopPollers);

    connect(m_addButton, &QPushButton::clicked, this, &TriggersPanel::openDialog);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row >= 0)
            removeTrigger(m_triggers.at(row).spec.id);
    });
    connect(m_runButton, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row >= 0)
            runNow(m_triggers.at(row).spec.id);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TriggersPanel::updateButtons);
    connect(m_log, &QPlainTextEdit::cursorPositionChanged, this,
            &TriggersPanel::showSelectedLogLine);

    m_refreshTimer->setInterval(1000);
    connect(m_refreshTimer, &QTimer::timeout, this, &TriggersPanel::refreshTable);
    m_refreshTimer->start();
    updateButtons();
}

TriggersPanel::~TriggersPanel() = default;

QString TriggersPanel::addTrigger(const TriggerSpec &spec)
{
    QString error;
    std::optional<TriggerSpec> checked = TriggerSpec::fromJson(spec.toJson(), &error);
    if (!checked) {
        logLine(tr("%1 The trigger was not added: %2").arg(now(), error));
        return {};
    }
    checked->fromLatest = spec.fromLatest;
    if (!checked->id.isEmpty() && find(checked->id)) {
        logLine(tr("%1 The trigger was not added: the name %2 is already in use.")
                    .arg(now(), checked->id));
        return {};
    }

    Trigger trigger;
    trigger.label =
        checked->id.isEmpty()
            ? tr("%1 on %2").arg(streams::triggerName(checked->kind), checked->tableName)
            : checked->id;
    if (checked->kind == TriggerKind::ItemPolled) {
        if (checked->id.isEmpty())
            checked->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    } else {
        checked->id = m_dispatcher->addTrigger(*checked);
        if (checked->id.isEmpty())
            return {};
    }
    trigger.spec = *checked;
    m_triggers.append(trigger);
    if (trigger.spec.kind == TriggerKind::ItemPolled)
        startPoller(m_triggers.last());
    refreshTable();
    return trigger.spec.id;
}

bool TriggersPanel::removeTrigger(const QString &id)
{
    const auto it = std::find_if(m_triggers.begin(), m_triggers.end(),
                                 [&id](const Trigger &trigger) { return trigger.spec.id == id; });
    if (it == m_triggers.end())
        return false;
    if (it->poller) {
        it->poller->stop();
        disconnect(it->poller, nullptr, this, nullptr);
        it->poller->deleteLater();
    } else {
        m_dispatcher->removeTrigger(id);
    }
    m_triggers.erase(it);
    refreshTable();
    return true;
}

void TriggersPanel::runNow(const QString &id)
{
    Trigger *trigger = find(id);
    if (!trigger)
        return;
    if (trigger->spec.kind != TriggerKind::ItemPolled) {
        if (!m_dispatcher->flush(id))
            logLine(tr("%1 %2: nothing is queued, so nothing was handed on.")
                        .arg(now(), trigger->label));
        return;
    }
    if (trigger->poller)
        trigger->poller->pollNow();
    else
        startPoller(*trigger);
    refreshTable();
}

QStringList TriggersPanel::triggerIds() const
{
    QStringList ids;
    for (const Trigger &trigger : m_triggers)
        ids.append(trigger.spec.id);
    return ids;
}

TriggerDialog *TriggersPanel::dialog() const
{
    return m_dialog;
}

void TriggersPanel::setTable(const QString &tableName, const QStringList &keyAttributes,
                             qint64 tableSizeBytes)
{
    m_tableName = tableName;
    m_keyAttributes = keyAttributes;
    m_tableSizeBytes = tableSizeBytes;
}

TriggersPanel::Trigger *TriggersPanel::find(const QString &id)
{
    for (Trigger &trigger : m_triggers) {
        if (trigger.spec.id == id)
            return &trigger;
    }
    return nullptr;
}

int TriggersPanel::selectedRow() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return -1;
    const int row = selected.first()->row();
    return row < m_triggers.size() ? row : -1;
}

void TriggersPanel::openDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new TriggerDialog(m_tableName, m_keyAttributes, m_tableSizeBytes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addTrigger(dialog->spec()); });
    m_dialog = dialog;
    dialog->open();
}

void TriggersPanel::startPoller(Trigger &trigger)
{
    aws::AwsClient *client = m_session ? m_session->client() : nullptr;
    if (!client) {
        logLine(tr("%1 %2: not connected, so the table cannot be scanned; connect and press "
                   "Run Now.")
                    .arg(now(), trigger.label));
        return;
    }
    auto *poller = new ItemPoller(client, trigger.spec, this);
    trigger.poller = poller;
    trigger.baselineLogged = false;
    const QString id = trigger.spec.id;
    connect(poller, &ItemPoller::changes, this, [this, id](const QList<QJsonObject> &payloads) {
        Trigger *found = find(id);
        if (!found)
            return;
        found->pollStats.firings += 1;
        found->pollStats.events += payloads.size();
        found->pollStats.lastFired = QDateTime::currentDateTimeUtc();
        logPayloads(found->label, payloads);
        refreshTable();
    });
    connect(poller, &ItemPoller::polled, this, [this, id](int items, double capacity) {
        Trigger *found = find(id);
        if (found && !found->baselineLogged) {
            found->baselineLogged = true;
            logLine(tr("%1 %2: the first scan read %n item(s) using %3 read capacity units; "
                       "changes are reported from the next poll.",
                       nullptr, items)
                        .arg(now(), found->label, QString::number(capacity)));
        }
        refreshTable();
    });
    connect(poller, &ItemPoller::failed, this, [this, id](const aws::AwsError &error) {
        if (const Trigger *found = find(id))
            logLine(tr("%1 %2: the scan failed and is tried again at the next poll. %3")
                        .arg(now(), found->label, error.userMessage()),
                    error.details());
        refreshTable();
    });
    poller->start();
}

void TriggersPanel::stopPollers()
{
    for (Trigger &trigger : m_triggers) {
        if (!trigger.poller)
            continue;
        // The poller keeps the client it was made with, which the new connection replaced.
        trigger.poller->stop();
        disconnect(trigger.poller, nullptr, this, nullptr);
        trigger.poller->deleteLater();
        trigger.poller = nullptr;
        logLine(tr("%1 %2: the connection changed, so polling stopped; press Run Now to scan "
                   "on the new connection.")
                    .arg(now(), trigger.label));
    }
    refreshTable();
}

void TriggersPanel::logPayloads(const QString &label, const QList<QJsonObject> &payloads)
{
    const QString time = now();
    for (const QJsonObject &payload : payloads) {
        const QString line =
            QStringList{time, label, payload.value(QLatin1String("eventName")).toString(),
                        keysText(payload)}
                .join(QLatin1Char(' '))
                .trimmed();
        logLine(line, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Indented)));
    }
}

void TriggersPanel::logLine(const QString &text, const QString &detail)
{
    // One block per line keeps m_logDetails aligned with the blocks the log keeps.
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_log->appendPlainText(line);
    m_logDetails.append(detail);
    const int blocks = m_log->document()->blockCount();
    if (m_logDetails.size() > blocks)
        m_logDetails.remove(0, m_logDetails.size() - blocks);
}

void TriggersPanel::showSelectedLogLine()
{
    const int block = m_log->textCursor().blockNumber();
    m_detail->setPlainText(block >= 0 && block < m_logDetails.size() ? m_logDetails.at(block)
                                                                     : QString());
}

void TriggersPanel::refreshTable()
{
    m_table->setRowCount(int(m_triggers.size()));
    for (int row = 0; row < m_triggers.size(); ++row) {
        const Trigger &trigger = m_triggers.at(row);
        const bool polled = trigger.spec.kind == TriggerKind::ItemPolled;
        const streams::TriggerStats stats =
            polled ? trigger.pollStats : m_dispatcher->stats(trigger.spec.id);
        QString schedule = TriggerSpec::describeSchedule(trigger.spec.scheduleMs);
        if (polled && !trigger.poller)
            schedule = tr("%1 (stopped)").arg(schedule);
        QString pending = QString::number(stats.pending);
        if (polled && trigger.poller && trigger.poller->isPolling())
            pending = tr("scanning…");
        const QString lastFired =
            stats.lastFired.isValid()
                ? stats.lastFired.toLocalTime().toString(QStringLiteral("HH:mm:ss"))
                : tr("never");
        const QStringList texts{trigger.spec.id == trigger.label
                                    ? trigger.label
                                    : streams::triggerName(trigger.spec.kind),
                                trigger.spec.tableName,
                                schedule,
                                pending,
                                QString::number(stats.events),
                                QString::number(stats.firings),
                                lastFired};
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(texts.at(column));
            item->setToolTip(trigger.spec.description());
        }
    }
    updateButtons();
}

void TriggersPanel::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    m_removeButton->setEnabled(selected);
    m_runButton->setEnabled(selected);
}

} // namespace dyna::views
