#pragma once

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {

class OperationsPage;

// The Operations tab: backups, point-in-time recovery, exports, imports, global tables, tags,
// resource policies, Kinesis streaming, contributor insights and limits, one page each. Only
// the page in front reads from the endpoint, and only once per table, so clicking through
// tables costs nothing for the pages nobody looks at. After a reconnect the pages only drop
// their state; this panel shows the page in front again, so hidden pages read nothing.
class OperationsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OperationsPanel(session::Session *session, QWidget *parent = nullptr);

    void showTable(const QString &tableName);
    QString tableName() const { return m_tableName; }

    QList<OperationsPage *> pages() const { return m_pages; }
    // The page of that class, e.g. page<BackupsPanel>().
    template<typename Page>
    Page *page() const
    {
        for (OperationsPage *candidate : m_pages) {
            if (auto *typed = qobject_cast<Page *>(candidate))
                return typed;
        }
        return nullptr;
    }
    void setCurrentPage(OperationsPage *page);
    // How often every page looks again at backups, exports or replicas in progress.
    void setPollInterval(int ms);
    OperationsPage *currentPage() const;

Q_SIGNALS:
    // The user asked for time to live, which lives with the table's overview.
    void timeToLiveRequested(const QString &tableName);
    void tableCreated(const QString &tableName);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addPage(OperationsPage *page, const QString &title, const QString &toolTip);
    void syncCurrentPage();
    void updateHeader();

    session::Session *m_session;
    QLabel *m_header;
    QPushButton *m_timeToLive;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QList<OperationsPage *> m_pages;
    // The table each page was last shown; a page in front with another one reads again.
    QHash<OperationsPage *, QString> m_shownTable;
    QString m_tableName;
};

} // namespace dyna::views
