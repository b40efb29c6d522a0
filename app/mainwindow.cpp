#include "mainwindow.h"

#include "aboutdialog.h"
#include "actionicons.h"
#include "connectionmanagerdialog.h"
#include "createtabledialog.h"
#include "deletetabledialog.h"
#include "itemspanel.h"
#include "mfaprompt.h"
#include "navigationpanel.h"
#include "operationspanel.h"
#include "partiqlpanel.h"
#include "preferencesdialog.h"
#include "productionmarker.h"
#include "querybuilder.h"
#include "retryindicator.h"
#include "shortcutsdialog.h"
#include "streaminspectorpanel.h"
#include "tableoverviewpanel.h"
#include "theme.h"
#include "transactionpanel.h"
#include "triggerspanel.h"
#include "updatetabledialog.h"
#include "workspacestate.h"
#include "writeconfirmation.h"

#include "aws/awsclient.h"
#include "profiles/profilestore.h"
#include "session/preferences.h"
#include "session/session.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>

namespace dyna::app {

MainWindow::MainWindow(session::Session *session, profiles::ProfileStore *profiles,
                       QSettings *settings, session::StatementHistory *history, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_profiles(profiles)
    , m_navigation(new views::NavigationPanel(session, profiles, settings, this))
    , m_overview(new views::TableOverviewPanel(session, this))
    , m_items(new views::ItemsPanel(session, this))
    , m_partiql(new views::PartiqlPanel(session, history, this))
    , m_transactions(new views::TransactionPanel(session, this))
    , m_streams(new views::StreamInspectorPanel(session, this))
    , m_triggers(new views::TriggersPanel(session, m_streams->watcher(), this))
    , m_operations(new views::OperationsPanel(session, this))
    , m_tabs(new QTabWidget(this))
    , m_preferences(new session::Preferences(settings, this))
    , m_writeConfirmation(new views::WriteConfirmation(session, this))
{
    m_session->setWriteConfirmer(m_writeConfirmation->confirmer());
    m_navigation->setMfaPrompt(views::mfaPrompt(this));
    m_tabs->addTab(m_items, tr("Items"));
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_partiql, tr("PartiQL"));
    m_tabs->addTab(m_transactions, tr("Transactions"));
    m_tabs->addTab(m_streams, tr("Streams"));
    m_tabs->addTab(m_triggers, tr("Triggers"));
    m_tabs->addTab(m_operations, tr("Operations"));
    // A restore or an import adds a table; the user stays where the progress is shown.
    connect(m_operations, &views::OperationsPanel::tableCreated, m_navigation,
            &views::NavigationPanel::refresh);
    connect(m_operations, &views::OperationsPanel::timeToLiveRequested, this, [this] {
        m_tabs->setCurrentWidget(m_overview);
        m_overview->editTimeToLive();
    });
    m_tabs->setDocumentMode(true);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("workspace"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 1020});
    setCentralWidget(splitter);
    resize(1280, 800);
    m_productionMarker = new views::ProductionMarker(this, m_tabs);

    auto *capacity = new QLabel(this);
    capacity->setObjectName(QStringLiteral("sessionCapacity"));
    capacity->setToolTip(tr("Capacity units consumed by this session's requests"));
    statusBar()->addPermanentWidget(capacity);
    connect(m_session, &session::Session::capacityConsumed, this, [this, capacity] {
        const dynamo::CapacityUsage &total = m_session->consumedCapacity();
        capacity->setText(
            tr("Session: %1 RCU · %2 WCU").arg(total.read, 0, 'g', 6).arg(total.write, 0, 'g', 6));
    });
    auto *retries = new views::RetryIndicator(statusBar());
    connect(m_session, &session::Session::requestRetrying, retries,
            &views::RetryIndicator::showRetry);
    connect(m_session, &session::Session::connectionChanged, retries,
            &views::RetryIndicator::reset);
    auto *connection = new QLabel(this);
    statusBar()->addPermanentWidget(connection);
    auto updateTitle = [this, connection] {
        setWindowTitle(m_session->isProduction()
                           ? tr("DynaConsole — %1 (production)").arg(m_session->displayName())
                           : tr("DynaConsole — %1").arg(m_session->displayName()));
        connection->setText(m_session->displayName());
        m_productionMarker->setProduction(m_session->isProduction(), m_session->colour());
    };
    connect(m_session, &session::Session::connectionChanged, this, updateTitle);
    connect(m_session, &session::Session::connectionChanged, this, [this] { showProgress({}); });
    connect(m_session, &session::Session::connectionFailed, this,
            [this] { showProgress(tr("Could not connect.")); });
    updateTitle();
    connect(m_navigation, &views::NavigationPanel::currentTableChanged, this,
            &MainWindow::showTable);

    QMenu *connectionMenu = menuBar()->addMenu(tr("&Connection"));
    QAction *manage =
        connectionMenu->addAction(tr("&Connections…"), this, &MainWindow::showConnectionManager);
    manage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    manage->setIcon(views::actionIcon(views::icons::Connection));
    QAction *refresh = connectionMenu->addAction(tr("&Refresh Tables"), m_navigation,
                                                 &views::NavigationPanel::refresh);
    refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    refresh->setIcon(views::actionIcon(views::icons::Refresh));
    connectionMenu->addSeparator();
    QAction *preferences =
        connectionMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setIcon(views::actionIcon(views::icons::Preferences));
    preferences->setMenuRole(QAction::PreferencesRole);
    connectionMenu->addSeparator();
    QAction *quit = connectionMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setIcon(views::actionIcon(views::icons::Quit));

    QMenu *tableMenu = menuBar()->addMenu(tr("&Table"));
    QAction *create = tableMenu->addAction(tr("&New Table…"), this, &MainWindow::createTable);
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    create->setIcon(views::actionIcon(views::icons::New));
    QAction *update = tableMenu->addAction(tr("&Update Table…"), this, &MainWindow::updateTable);
    update->setIcon(views::actionIcon(views::icons::Properties));
    QAction *remove = tableMenu->addAction(tr("&Delete Table…"), this, &MainWindow::deleteTable);
    remove->setIcon(views::actionIcon(views::icons::Delete));
    const auto updateTableActions = [this, create, update, remove] {
        const bool connected = m_session->client();
        const bool described = !m_items->tableDescription().isEmpty();
        const bool writable = connected && !m_session->isReadOnly();
        create->setEnabled(writable);
        update->setEnabled(writable && described);
        remove->setEnabled(writable && described);
    };
    connect(m_session, &session::Session::connectionChanged, this, updateTableActions);
    connect(m_items, &views::ItemsPanel::tableReady, this, updateTableActions);
    connect(m_items, &views::ItemsPanel::tableReady, this, &MainWindow::offerTableToTriggers);
    updateTableActions();

    // The item actions are the panel's (shortcuts work while it has focus); the menu lists them.
    QMenu *itemsMenu = menuBar()->addMenu(tr("&Items"));
    itemsMenu->addActions(m_items->itemActions());

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts =
        helpMenu->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    shortcuts->setShortcutContext(Qt::ApplicationShortcut);
    shortcuts->setIcon(views::actionIcon(views::icons::Keyboard));
    QAction *about = helpMenu->addAction(tr("&About DynaConsole"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    about->setIcon(views::actionIcon(views::icons::About));

    connect(m_preferences, &session::Preferences::changed, this, &MainWindow::applyPreferences);
    applyPreferences();

    // Last, so that every panel is set up before the user's work is put back.
    m_workspace = new views::WorkspaceState(this, m_session, settings,
                                            {m_tabs, splitter, m_navigation, m_items, m_partiql,
                                             m_transactions, m_streams, m_operations});
}

void MainWindow::applyPreferences()
{
    const session::PreferenceValues &values = m_preferences->values();
    m_items->queryBuilder()->setReadDefaults(values.pageSize, values.scanSegments);
    m_items->setConfirmDeletes(values.confirmItemDeletes);
    m_streams->setBufferSize(values.streamBufferSize);
    m_streams->setMinPollInterval(values.streamPollMs);
    m_operations->setPollInterval(values.operationsPollMs);
    m_session->setConfirmProductionWrites(values.confirmProductionWrites);
    views::applyAppearance(values.appearance);
}

views::PreferencesDialog *MainWindow::showPreferences()
{
    auto *dialog = new views::PreferencesDialog(m_preferences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

views::ShortcutsDialog *MainWindow::showShortcuts()
{
    auto *dialog = new views::ShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

views::AboutDialog *MainWindow::showAbout()
{
    auto *dialog =
        new views::AboutDialog(m_session->client() && m_session->client()->isLocalEndpoint(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::showTable(const QString &tableName)
{
    m_overview->showTable(tableName);
    m_items->showTable(tableName);
    m_streams->showTable(tableName);
    m_operations->showTable(tableName);
}

void MainWindow::offerTableToTriggers(const QString &tableName)
{
    const QJsonObject &table = m_items->tableDescription();
    QStringList keys;
    for (const QJsonValue &key : table.value(QLatin1String("KeySchema")).toArray())
        keys.append(key.toObject().value(QLatin1String("AttributeName")).toString());
    const QJsonValue size = table.value(QLatin1String("TableSizeBytes"));
    m_triggers->setTable(tableName, keys, size.isUndefined() ? -1 : qint64(size.toDouble()));
}

void MainWindow::createTable()
{
    auto *dialog = new views::CreateTableDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &views::CreateTableDialog::tableCreated, this, &MainWindow::afterTableChange);
    dialog->open();
}

void MainWindow::updateTable()
{
    if (m_items->tableDescription().isEmpty())
        return;
    auto *dialog = new views::UpdateTableDialog(m_session, m_items->tableDescription(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &views::UpdateTableDialog::tableUpdated, this, &MainWindow::afterTableChange);
    dialog->open();
}

void MainWindow::deleteTable()
{
    if (m_items->tableDescription().isEmpty())
        return;
    auto *dialog = new views::DeleteTableDialog(m_session, m_items->tableDescription(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &views::DeleteTableDialog::tableDeleted, this,
            [this] { afterTableChange({}); });
    dialog->open();
}

void MainWindow::afterTableChange(const QString &tableName)
{
    // List the tables again and show the one just created or changed once it is there.
    if (!tableName.isEmpty()) {
        auto *once = new QObject(this);
        connect(m_navigation, &views::NavigationPanel::loaded, once, [this, once, tableName] {
            once->deleteLater();
            m_navigation->selectTable(tableName);
        });
    }
    m_navigation->refresh();
}

void MainWindow::showConnectionManager()
{
    auto *dialog = new views::ConnectionManagerDialog(m_profiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &views::ConnectionManagerDialog::connectRequested, this,
            [this, dialog](const QUuid &profileId) {
                dialog->close();
                connectToProfile(profileId);
            });
    dialog->open();
}

void MainWindow::connectToProfile(const QUuid &profileId)
{
    const auto profile = m_profiles->profile(profileId);
    if (profile)
        showProgress(tr("Connecting to %1…").arg(profile->name));
    m_navigation->switchTo(profileId, {});
}

void MainWindow::showProgress(const QString &text)
{
    statusBar()->showMessage(text);
}

} // namespace dyna::app
