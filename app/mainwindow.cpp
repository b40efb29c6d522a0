#include "mainwindow.h"

#include "session/session.h"
#include "tablelistpanel.h"
#include "tableoverviewpanel.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>

namespace dyna::app {

MainWindow::MainWindow(session::Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_tableList(new views::TableListPanel(session, this))
    , m_overview(new views::TableOverviewPanel(session, this))
{
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tableList);
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
    updateTitle();
    connect(m_tableList, &views::TableListPanel::currentTableChanged, m_overview,
            &views::TableOverviewPanel::showTable);

    QMenu *connectionMenu = menuBar()->addMenu(tr("&Connection"));
    QAction *refresh = connectionMenu->addAction(tr("&Refresh Tables"), m_tableList,
                                                 &views::TableListPanel::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    connectionMenu->addSeparator();
    QAction *quit = connectionMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::showProgress(const QString &text)
{
    statusBar()->showMessage(text);
}

} // namespace dyna::app
