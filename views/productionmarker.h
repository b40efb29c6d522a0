#pragma once

#include <QObject>

class QLabel;
class QMainWindow;
class QTabWidget;

namespace dyna::views {

// Marks a window connected to a production profile: a frame in the profile's colour around
// the content, the colour under the tabs and a coloured status bar saying "Production".
class ProductionMarker : public QObject
{
    Q_OBJECT
public:
    ProductionMarker(QMainWindow *window, QTabWidget *tabs);

    // An empty colour means red.
    void setProduction(bool production, const QString &colour);
    bool isProduction() const { return m_production; }

private:
    QMainWindow *m_window;
    QTabWidget *m_tabs;
    QLabel *m_badge;
    bool m_production = false;
};

} // namespace dyna::views
