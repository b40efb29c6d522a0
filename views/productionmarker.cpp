#include "productionmarker.h"

#include "theme.h"

#include <QColor>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace dyna::views {

namespace {

constexpr char DefaultColour[] = "#c62828";

} // namespace

ProductionMarker::ProductionMarker(QMainWindow *window, QTabWidget *tabs)
    : QObject(window)
    , m_window(window)
    , m_tabs(tabs)
    , m_badge(new QLabel(window))
{
    m_badge->setObjectName(QStringLiteral("productionBadge"));
    m_badge->setText(tr("Production"));
    m_badge->setToolTip(tr("This profile is marked as production: every write asks first."));
    m_badge->hide();
    window->statusBar()->insertPermanentWidget(0, m_badge);
}

void ProductionMarker::setProduction(bool production, const QString &colour)
{
    m_production = production;
    QWidget *content = m_window->centralWidget();
    if (!production) {
        content->setStyleSheet({});
        m_tabs->tabBar()->setStyleSheet({});
        m_window->statusBar()->setStyleSheet({});
        m_badge->hide();
        return;
    }
    const QColor mark(colour.isEmpty() ? QString::fromLatin1(DefaultColour) : colour);
    const QString name = mark.name();
    const QString text = textColourOn(mark).name();
    // The object name keeps the frame on the content widget itself, not on every child.
    content->setStyleSheet(
        QStringLiteral("#%1 { border: 4px solid %2; }").arg(content->objectName(), name));
    m_tabs->tabBar()->setStyleSheet(
        QStringLiteral("QTabBar { border-bottom: 3px solid %1; }"
                       "QTabBar::tab:selected { background: %1; color: %2; }")
            .arg(name, text));
    m_window->statusBar()->setStyleSheet(
        QStringLiteral("QStatusBar { background: %1; color: %2; } QStatusBar QLabel { color: %2; }")
            .arg(name, text));
    m_badge->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_badge->show();
}

} // namespace dyna::views
