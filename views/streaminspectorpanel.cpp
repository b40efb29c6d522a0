#include "streaminspectorpanel.h"

#include "actionicons.h"
#include "emptystate.h"
#include "shardstatusmodel.h"
#include "streameventfilter.h"
#include "streameventmodel.h"
#include "streamrecorddetail.h"
#include "theme.h"

#include "session/session.h"
#include "streams/streamwatcher.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace dyna::views {

namespace {

constexpr int kRateWindowSeconds = 5;

QLabel *makeBanner(const char *objectName, QWidget *parent)
{
    auto *banner = new QLabel(parent);
    banner->setObjectName(QLatin1String(objectName));
    banner->setWordWrap(true);
    banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setToneStyleSheet(banner,
                      QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3;"
                                     " border-radius: 3px; padding: 4px; }"),
                      {Tone::WarningBackground, Tone::WarningText, Tone::WarningBorder});
    banner->hide();
    return banner;
}

QToolButton *makeTypeFilter(const QString &text, const char *objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QLatin1String(objectName));
    button->setText(text);
    button->setCheckable(true);
    button->setChecked(true);
    return button;
}

} // namespace

StreamInspectorPanel::StreamInspectorPanel(session::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_watcher(new streams::StreamWatcher(this))
    , m_model(new models::StreamEventModel(this))
    , m_filter(new models::StreamEventFilter(this))
    , m_shards(new models::ShardStatusModel(this))
{
    m_filter->setSourceModel(m_model);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_startPosition = new QComboBox(this);
    m_startPosition->setObjectName(QStringLiteral("startPosition"));
    m_startPosition->addItem(tr("Last checkpoint"), int(streams::StartPosition::LastCheckpoint));
    m_startPosition->addItem(tr("Trim horizon (24 h)"), int(streams::StartPosition::TrimHorizon));
    m_startPosition->addItem(tr("Latest (from now)"), int(streams::StartPosition::Latest));
    m_startPosition->setToolTip(tr("Where reading starts on each shard."));

    m_startButton = new QPushButton(tr("Start"), this);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setIcon(actionIcon(icons::Run));
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setIcon(actionIcon(icons::Stop));
    m_pauseButton = new QPushButton(tr("Pause"), this);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_pauseButton->setIcon(actionIcon(icons::Pause));
    m_pauseButton->setCheckable(true);
    // Not Space: Space belongs to the table's selection.
    m_pauseButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pauseButton->setToolTip(
        tr("Freeze the list (Ctrl+P). Events keep arriving and are added on resume."));
    m_clearButton = new QPushButton(tr("Clear"), this);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    m_clearButton->setIcon(actionIcon(icons::Clear));
    m_exportButton = new QPushButton(tr("Export…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setIcon(actionIcon(icons::Export));
    m_exportButton->setToolTip(tr("Save the events the filter shows as JSON Lines."));
    m_bufferSize = new QSpinBox(this);
    m_bufferSize->setObjectName(QStringLiteral("bufferSize"));
    m_bufferSize->setAccessibleName(tr("Buffer size"));
    m_bufferSize->setRange(1000, 10000000);
    m_bufferSize->setValue(models::StreamEventModel::DefaultCapacity);
    m_bufferSize->setSuffix(tr(" events"));
    m_bufferSize->setGroupSeparatorShown(true);
    // Lowering the capacity drops rows: only apply the number the user finished typing.
    m_bufferSize->setKeyboardTracking(false);
    m_bufferSize->setToolTip(tr("How many events the list keeps; the oldest go first."));
    m_model->setCapacity(m_bufferSize->value());

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_startPosition);
    toolbar->addWidget(m_startButton);
    toolbar->addWidget(m_stopButton);
    toolbar->addWidget(m_pauseButton);
    toolbar->addWidget(m_clearButton);
    toolbar->addWidget(m_exportButton);
    toolbar->addStretch();
    toolbar->addWidget(new QLabel(tr("Buffer:"), this));
    toolbar->addWidget(m_bufferSize);

    m_insertFilter = makeTypeFilter(tr("INSERT"), "insertFilter", this);
    m_modifyFilter = makeTypeFilter(tr("MODIFY"), "modifyFilter", this);
    m_removeFilter = makeTypeFilter(tr("REMOVE"), "removeFilter", this);
    m_keyFilter = new QLineEdit(this);
    m_keyFilter->setObjectName(QStringLiteral("keyFilter"));
    m_keyFilter->setAccessibleName(tr("Key filter"));
    m_keyFilter->setPlaceholderText(tr("Filter by key, e.g. pk=order#1"));
    m_keyFilter->setClearButtonEnabled(true);
    m_textFilter = new QLineEdit(this);
    m_textFilter->setObjectName(QStringLiteral("textFilter"));
    m_textFilter->setAccessibleName(tr("Search events"));
    m_textFilter->setPlaceholderText(tr("Search keys and images"));
    m_textFilter->setClearButtonEnabled(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_insertFilter);
    filters->addWidget(m_modifyFilter);
    filters->addWidget(m_removeFilter);
    filters->addWidget(m_keyFilter, 1);
    filters->addWidget(m_textFilter, 2);

    m_droppedBanner = makeBanner("droppedBanner", this);
    m_gapBanner = makeBanner("gapBanner", this);
    m_problemBanner = makeBanner("problemBanner", this);

    m_events = new QTableView(this);
    m_events->setObjectName(QStringLiteral("eventTable"));
    m_events->setAccessibleName(tr("Stream events"));
    // Arrow keys move between cells; Tab moves on to the next control.
    m_events->setTabKeyNavigation(false);
    m_events->setModel(m_filter);
    m_events->setWordWrap(false);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->setSelectionMode(QAbstractItemView::SingleSelection);
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Fixed row heights and column widths: nothing is measured when rows stream in.
    m_events->verticalHeader()->hide();
    m_events->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_events->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_events->horizontalHeader()->setStretchLastSection(true);
    m_events->setColumnWidth(models::StreamEventModel::TimeColumn, 140);
    m_events->setColumnWidth(models::StreamEventModel::EventColumn, 70);
    m_events->setColumnWidth(models::StreamEventModel::KeysColumn, 220);
    m_events->setColumnWidth(models::StreamEventModel::SizeColumn, 70);
    m_events->setColumnWidth(models::StreamEventModel::ShardColumn, 250);
    m_eventsEmpty = new EmptyState(m_events, {});
    m_eventsEmpty->setTextFunction([this] {
        if (m_watcher->state() != streams::StreamWatcher::State::Stopped) {
            return m_model->rowCount() > 0 ? tr("No event matches the filters above.")
                                           : tr("Waiting for changes…");
        }
        if (m_selectedTable.isEmpty())
            return tr("Choose a table in the tree on the left, then press Start to watch its "
                      "stream.");
        return tr("Press Start to watch the changes to %1. The table needs a stream: turn it on "
                  "with Table > Update Table….")
            .arg(m_selectedTable);
    });

    m_detail = new StreamRecordDetail(this);
    m_detail->setObjectName(QStringLiteral("recordDetail"));

    m_shardTree = new QTreeView(this);
    m_shardTree->setObjectName(QStringLiteral("shardTree"));
    m_shardTree->setAccessibleName(tr("Shards"));
    m_shardTree->setModel(m_shards);
    m_shardTree->setUniformRowHeights(true);
    // A stream has a handful of shards: measuring them is cheap.
    m_shardTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // The feed gets the full width (shard ids and sequence numbers are long); the record and
    // the shard lineage share the lower half.
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_detail);
    lower->addWidget(m_shardTree);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto *body = new QSplitter(Qt::Vertical, this);
    body->addWidget(m_events);
    body->addWidget(lower);
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 2);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("noteLabel"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_note);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(toolbar);
    layout->addLayout(filters);
    layout->addWidget(m_droppedBanner);
    layout->addWidget(m_gapBanner);
    layout->addWidget(m_problemBanner);
    layout->addWidget(body, 1);
    layout->addLayout(statusRow);

    connect(m_startButton, &QPushButton::clicked, this, &StreamInspectorPanel::startWatching);
    connect(m_stopButton, &QPushButton::clicked, this, &StreamInspectorPanel::stopWatching);
    connect(m_pauseButton, &QPushButton::toggled, this, [this](bool paused) {
        m_model->setPaused(paused);
        m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
        m_pauseButton->setIcon(actionIcon(paused ? icons::Run : icons::Pause));
    });
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        m_model->clear();
        m_receivedSamples.clear();
        m_droppedBanner->hide();
        m_detail->clear();
        updateStatus();
    });
    connect(m_exportButton, &QPushButton::clicked, this, &StreamInspectorPanel::exportWithDialog);
    connect(m_bufferSize, &QSpinBox::valueChanged, m_model, &models::StreamEventModel::setCapacity);
    for (QToolButton *button : {m_insertFilter, m_modifyFilter, m_removeFilter})
        connect(button, &QToolButton::toggled, this, &StreamInspectorPanel::updateEventTypes);
    connect(m_keyFilter, &QLineEdit::textChanged, m_filter,
            &models::StreamEventFilter::setKeyFilter);
    connect(m_textFilter, &QLineEdit::textChanged, m_filter,
            &models::StreamEventFilter::setTextFilter);

    connect(m_events->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StreamInspectorPanel::showCurrentRecord);
    // Follow the newest row only while the user is at the bottom.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_events->verticalScrollBar();
        m_followTail = bar->value() >= bar->maximum();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followTail)
            m_events->scrollToBottom();
    });
    connect(m_shards, &QAbstractItemModel::rowsInserted, m_shardTree, &QTreeView::expandAll);
    connect(m_shards, &QAbstractItemModel::modelReset, m_shardTree, &QTreeView::expandAll);

    connect(m_model, &models::StreamEventModel::droppedChanged, this,
            &StreamInspectorPanel::showDropped);
    connect(m_model, &models::StreamEventModel::countsChanged, this,
            &StreamInspectorPanel::updateStatus);

    connect(m_watcher, &streams::StreamWatcher::recordsArrived, this,
            [this](const streams::StreamRecordList &records) {
                m_problemBanner->hide();
                m_model->append(records);
            });
    connect(m_watcher, &streams::StreamWatcher::shardsChanged, this,
            [this](const streams::ShardStatusList &shards) {
                m_shards->setShards(shards);
                updateStatus();
            });
    connect(m_watcher, &streams::StreamWatcher::gapDetected, this,
            [this](const QString &, const QString &message) {
                m_gapBanner->setText(message);
                m_gapBanner->show();
            });
    connect(m_watcher, &streams::StreamWatcher::problem, this, [this](const aws::AwsError &error) {
        m_problemBanner->setText(error.userMessage() + QLatin1Char(' ') + tr("Retrying…"));
        m_problemBanner->setToolTip(error.details());
        m_problemBanner->show();
    });
    connect(m_watcher, &streams::StreamWatcher::failed, this, [this](const aws::AwsError &error) {
        m_problemBanner->setText(error.userMessage());
        m_problemBanner->setToolTip(error.details());
        m_problemBanner->show();
        updateControls();
    });
    connect(m_watcher, &streams::StreamWatcher::stateChanged, this, [this] {
        updateControls();
        updateTitle();
        updateStatus();
    });
    connect(m_session, &session::Session::connectionChanged, this, [this] {
        stopWatching();
        m_shards->setShards({});
        updateControls();
    });

    m_rateTimer = new QTimer(this);
    m_rateTimer->setInterval(1000);
    connect(m_rateTimer, &QTimer::timeout, this, &StreamInspectorPanel::sampleRate);
    m_rateTimer->start();

    updateControls();
    updateTitle();
    updateStatus();
}

StreamInspectorPanel::~StreamInspectorPanel()
{
    // Stopping the consumer reports a state change: it must not reach this half-destroyed panel.
    m_watcher->disconnect(this);
    delete m_watcher;
}

void StreamInspectorPanel::showTable(const QString &tableName)
{
    m_selectedTable = tableName;
    updateControls();
    updateTitle();
}

void StreamInspectorPanel::setBufferSize(int records)
{
    m_bufferSize->setValue(records);
}

bool StreamInspectorPanel::exportTo(const QString &path, bool visibleOnly, QString *error)
{
    QList<int> rows;
    if (visibleOnly) {
        rows.reserve(m_filter->rowCount());
        for (int row = 0; row < m_filter->rowCount(); ++row)
            rows.append(m_filter->mapToSource(m_filter->index(row, 0)).row());
    }
    QSaveFile file(path);
    const auto fail = [&] {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    // An empty row list means every row to the model: a filter that hides everything writes
    // an empty file instead.
    if (!visibleOnly || !rows.isEmpty()) {
        if (m_model->writeJsonLines(&file, rows) < 0)
            return fail();
    }
    if (!file.commit())
        return fail();
    return true;
}

void StreamInspectorPanel::startWatching()
{
    if (!m_session->client() || m_selectedTable.isEmpty())
        return;
    if (m_selectedTable != m_watchedTable) {
        m_model->clear();
        m_shards->setShards({});
        m_detail->clear();
        m_droppedBanner->hide();
        m_gapBanner->hide();
        m_receivedSamples.clear();
    }
    m_problemBanner->hide();
    m_watchedTable = m_selectedTable;
    streams::ConsumerOptions options;
    options.tableName = m_watchedTable;
    options.start = streams::StartPosition(m_startPosition->currentData().toInt());
    options.minPollIntervalMs = m_minPollMs;
    options.idlePollIntervalMs = std::max(options.idlePollIntervalMs, m_minPollMs);
    m_watcher->start(m_session->client(), options);
    updateControls();
    updateTitle();
}

void StreamInspectorPanel::stopWatching()
{
    if (m_watcher->state() != streams::StreamWatcher::State::Stopped)
        m_watcher->stop();
    updateControls();
    updateTitle();
}

void StreamInspectorPanel::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export stream events"),
        (m_watchedTable.isEmpty() ? tr("stream") : m_watchedTable) + QStringLiteral(".jsonl"),
        tr("JSON Lines (*.jsonl *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, true, &error)) {
        m_note->setText(
            tr("Exported %1 events to %2.").arg(QLocale().toString(m_filter->rowCount()), path));
    } else {
        m_problemBanner->setText(error);
        m_problemBanner->setToolTip({});
        m_problemBanner->show();
    }
}

void StreamInspectorPanel::updateEventTypes()
{
    QSet<streams::StreamEventType> types;
    if (m_insertFilter->isChecked())
        types.insert(streams::StreamEventType::Insert);
    if (m_modifyFilter->isChecked())
        types.insert(streams::StreamEventType::Modify);
    if (m_removeFilter->isChecked())
        types.insert(streams::StreamEventType::Remove);
    m_filter->setEventTypes(types);
}

void StreamInspectorPanel::updateControls()
{
    const bool active = m_watcher->state() != streams::StreamWatcher::State::Stopped;
    const bool connected = m_session->client() != nullptr;
    // Start also retargets a running watcher to the newly selected table.
    const bool retarget = active && m_selectedTable != m_watchedTable;
    m_startButton->setEnabled(connected && !m_selectedTable.isEmpty() && (!active || retarget));
    m_startButton->setToolTip(!connected ? tr("Connect first.")
                              : m_selectedTable.isEmpty()
                                  ? tr("Select a table in the navigation tree.")
                                  : tr("Watch the stream of %1.").arg(m_selectedTable));
    m_stopButton->setEnabled(active);
    m_startPosition->setEnabled(!active || retarget);
    m_eventsEmpty->update();
}

void StreamInspectorPanel::updateTitle()
{
    const bool active = m_watcher->state() != streams::StreamWatcher::State::Stopped;
    if (active && m_selectedTable != m_watchedTable && !m_selectedTable.isEmpty())
        m_title->setText(tr("Stream of %1 (watching; press Start to watch %2 instead)")
                             .arg(m_watchedTable, m_selectedTable));
    else if (active)
        m_title->setText(tr("Stream of %1 (watching)").arg(m_watchedTable));
    else if (!m_selectedTable.isEmpty())
        m_title->setText(tr("Stream of %1").arg(m_selectedTable));
    else
        m_title->setText(tr("Streams: select a table"));
}

void StreamInspectorPanel::updateStatus()
{
    const QLocale locale;
    const bool active = m_watcher->state() != streams::StreamWatcher::State::Stopped;
    QStringList parts;
    if (active)
        parts.append(tr("Watching %1").arg(m_watchedTable));
    else
        parts.append(tr("Stopped"));
    parts.append(tr("%1 events").arg(locale.toString(m_model->totalReceived())));
    double rate = 0;
    if (m_receivedSamples.size() > 1)
        rate = double(m_receivedSamples.last() - m_receivedSamples.first()) /
               double(m_receivedSamples.size() - 1);
    parts.append(tr("%1 events/s").arg(locale.toString(rate, 'f', 1)));
    const qint64 lag = m_shards->totalLagMs();
    if (lag == 0)
        parts.append(tr("caught up"));
    else if (lag > 0)
        parts.append(tr("max lag %1").arg(models::ShardStatusModel::lagText(lag)));
    if (m_model->isPaused() && m_model->pendingCount() > 0)
        parts.append(tr("%1 waiting (paused)").arg(locale.toString(m_model->pendingCount())));
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void StreamInspectorPanel::sampleRate()
{
    m_receivedSamples.append(m_model->totalReceived());
    while (m_receivedSamples.size() > kRateWindowSeconds + 1)
        m_receivedSamples.removeFirst();
    updateStatus();
}

void StreamInspectorPanel::showCurrentRecord()
{
    const QModelIndex current = m_filter->mapToSource(m_events->currentIndex());
    if (current.isValid())
        m_detail->showRecord(m_model->record(current.row()));
    else
        m_detail->clear();
}

void StreamInspectorPanel::showDropped(qint64 total)
{
    if (total <= 0) {
        m_droppedBanner->hide();
        return;
    }
    const QLocale locale;
    m_droppedBanner->setText(
        tr("%1 oldest events were dropped: the buffer holds %2. Raise the "
           "buffer size or export the events.")
            .arg(locale.toString(total), locale.toString(m_model->capacity())));
    m_droppedBanner->show();
}

} // namespace dyna::views
