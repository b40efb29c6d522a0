#include "mainwindow.h"

#include "connectionmanagerdialog.h"
#include "mfaprompt.h"
#include "navigationpanel.h"
#include "profiles/profilestore.h"
#include "session/session.h"
#include "tableoverviewpanel.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>

namespace dyna::app {

MainWindow::MainWindow(session::Session *session, profiles::ProfileStore *profiles,
                       QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_profiles(profiles)
    , m_navigation(new views::NavigationPanel(session, profiles, settings, this))
    , m_overview(new views::TableOverviewPanel(session, this))
{
    m_navigation->setMfaPrompt(views::mfaPrompt(this));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_overview);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 740});
    setCentralWidget(splitter);
    resize(1100, 700);

    auto *connection = new QLabel(this);
    statusBar()->addPermanentWidget(connection);
    auto updateTitle = [this, connection] {
        setWindowTitle(tr("DynaConsole — %1").arg(m_session->displayName()));
        connection->setText(m_session->displayName());
    };
    connect(m_session, &session::Session::connectionChanged, this, updateTitle);
    connect(m_session, &session::Session::connectionChanged, this, [this] { showProgress({}); });
    connect(m_session, &session::Session::connectionFailed, this,
            [this] { showProgress(tr("Could not connect.")); });
    updateTitle();
    connect(m_navigation, &views::NavigationPanel::currentTableChanged, m_overview,
            &views::TableOverviewPanel::showTable);

    QMenu *connectionMenu = menuBar()->addMenu(tr("&Connection"));
    QAction *manage =
        connectionMenu->addAction(tr("&Connections…"), this, &MainWindow::showConnectionManager);
    manage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *refresh = connectionMenu->addAction(tr("&Refresh Tables"), m_navigation,
                                                 &views::NavigationPanel::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    connectionMenu->addSeparator();
    QAction *quit = connectionMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
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
