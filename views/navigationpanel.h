#pragma once

#include "aws/assumeroleprovider.h"

#include <QPointer>
#include <QUrl>
#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSettings;
class QToolButton;
class QTreeView;

namespace dyna::dynamo {
class PaginatedJob;
} // namespace dyna::dynamo

namespace dyna::models {
class NavigationFilterModel;
class NavigationModel;
} // namespace dyna::models

namespace dyna::profiles {
class ProfileStore;
} // namespace dyna::profiles

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {

class EmptyState;
class ErrorPane;

// The navigation tree: profiles → regions → tables. Double-clicking a region (or a table of
// it) switches the session there without blocking the window; the tables of the connected
// region are listed to the last page, with a filter box and inline errors.
class NavigationPanel : public QWidget
{
    Q_OBJECT
public:
    // `settings` (may be null) remembers the extra regions opened per profile.
    NavigationPanel(session::Session *session, profiles::ProfileStore *profiles,
                    QSettings *settings, QWidget *parent = nullptr);

    void setMfaPrompt(aws::AssumeRoleProvider::MfaPrompt prompt) { m_mfaPrompt = prompt; }

    // Connects to a profile (null id: the local endpoint) in `region`, or in the profile's
    // own region when empty. The result arrives through the session's signals.
    void switchTo(const QUuid &profileId, const QString &region);
    // Lists the tables of the connected region again.
    void refresh();

    models::NavigationModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QString currentTable() const;
    // Selects a table of the connected region; false when it is not listed.
    bool selectTable(const QString &name);
    QString statusText() const;
    ErrorPane *errorPane() const { return m_error; }
    // The text over the tree that says what to do next (hidden while there is nothing to say).
    EmptyState *emptyState() const { return m_empty; }

Q_SIGNALS:
    // After the last page arrived (or the listing failed).
    void loaded(int tableCount);
    // A table of the connected region was selected; empty when the selection went away.
    void currentTableChanged(const QString &tableName);

private:
    void reloadConnections();
    void onConnectionChanged();
    void onConnectionFailed(const aws::AwsError &error);
    void onActivated(const QModelIndex &proxyIndex);
    void onCurrentChanged(const QModelIndex &proxyIndex);
    void onPage(quint64 generation, const QJsonObject &response);
    void onFinished(dynamo::PaginatedJob *job);
    void showContextMenu(const QPoint &position);
    void askForRegion(const QUuid &profileId);
    QStringList savedRegions(const QUuid &profileId) const;
    void rememberRegion(const QUuid &profileId, const QString &region);
    void forgetRegion(const QUuid &profileId, const QString &region);
    void expandActive();
    void updateEmptyState();

    session::Session *m_session;
    QPointer<profiles::ProfileStore> m_profiles;
    QSettings *m_settings;
    models::NavigationModel *m_model;
    models::NavigationFilterModel *m_proxy;
    QLineEdit *m_filter;
    QToolButton *m_refresh;
    QTreeView *m_tree;
    QLabel *m_status;
    ErrorPane *m_error;
    EmptyState *m_empty;
    QPointer<dynamo::PaginatedJob> m_job;
    aws::AssumeRoleProvider::MfaPrompt m_mfaPrompt;
    QUrl m_localEndpoint;
    QString m_localRegion;
    QUuid m_pendingProfile;
    QString m_pendingRegion;
    QString m_pendingTable;
    bool m_switching = false;
};

} // namespace dyna::views
