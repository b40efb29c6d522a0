#include "navigationpanel.h"

#include "emptystate.h"
#include "errorpane.h"
#include "navigationmodel.h"
#include "navigationtreemodel.h"
#include "profilepresentation.h"

#include "aws/awsclient.h"
#include "dynamo/pagination.h"
#include "profiles/profilestore.h"
#include "session/session.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace dyna::views {

using models::NavigationModel;
using Kind = NavigationModel::Kind;
using RegionState = NavigationModel::RegionState;

namespace {

// Bold for the connection and region the session uses, and the profile's colour next to its name.
class NavigationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const Kind kind = Kind(index.data(NavigationModel::KindRole).toInt());
        if (kind != Kind::Table && index.data(NavigationModel::ActiveRole).toBool())
            option->font.setBold(true);
        const QString colour = index.data(NavigationModel::ColourRole).toString();
        if (kind == Kind::Connection && !colour.isEmpty()) {
            option->icon = colourSwatch(colour);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
};

Kind kindOf(const QModelIndex &index)
{
    return Kind(index.data(NavigationModel::KindRole).toInt());
}

QString regionsKey(const QUuid &profileId)
{
    return QStringLiteral("Navigation/%1/regions").arg(profileId.toString(QUuid::WithoutBraces));
}

} // namespace

NavigationPanel::NavigationPanel(session::Session *session, profiles::ProfileStore *profiles,
                                 QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_profiles(profiles)
    , m_settings(settings)
    , m_model(new NavigationModel(this))
    , m_proxy(new NavigationTreeModel(this))
    , m_filter(new QLineEdit(this))
    , m_refresh(new QToolButton(this))
    , m_tree(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_error(new ErrorPane(this))
    , m_empty(nullptr)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setItemDelegate(new NavigationDelegate(m_tree));
    m_filter->setPlaceholderText(tr("Filter tables"));
    m_filter->setAccessibleName(tr("Filter tables"));
    m_tree->setAccessibleName(tr("Connections and tables"));
    m_filter->setClearButtonEnabled(true);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("List the tables again"));
    m_status->setWordWrap(true);
    m_empty = new EmptyState(m_tree, {});
    m_empty->setCondition([] { return true; });

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        expandActive();
        updateEmptyState();
    });
    connect(m_refresh, &QToolButton::clicked, this, &NavigationPanel::refresh);
    connect(m_tree, &QTreeView::activated, this, &NavigationPanel::onActivated);
    connect(m_tree, &QTreeView::customContextMenuRequested, this,
            &NavigationPanel::showContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NavigationPanel::onCurrentChanged);
    connect(m_session, &session::Session::connectionChanged, this,
            &NavigationPanel::onConnectionChanged);
    connect(m_session, &session::Session::connectionFailed, this,
            &NavigationPanel::onConnectionFailed);
    connect(m_error, &ErrorPane::reconnectRequested, m_session, &session::Session::reconnect);
    if (m_profiles) {
        connect(m_profiles, &profiles::ProfileStore::profilesChanged, this,
                &NavigationPanel::reloadConnections);
    }
    reloadConnections();
    if (m_session->client())
        onConnectionChanged();
    updateEmptyState();
}

void NavigationPanel::reloadConnections()
{
    QList<NavigationModel::Connection> connections;
    if (m_localEndpoint.isValid()) {
        connections.append(
            {{}, tr("Local · %1").arg(m_localEndpoint.authority()), {}, false, {m_localRegion}});
    }
    if (m_profiles) {
        for (const profiles::Profile &profile : m_profiles->profiles()) {
            QStringList regions;
            if (!profile.region.isEmpty())
                regions.append(profile.region);
            for (const QString &region : savedRegions(profile.id)) {
                if (!regions.contains(region))
                    regions.append(region);
            }
            connections.append(
                {profile.id, profile.name, profile.colour, profile.readOnly, regions});
        }
    }
    m_model->setConnections(connections);
}

QStringList NavigationPanel::savedRegions(const QUuid &profileId) const
{
    if (!m_settings || profileId.isNull())
        return {};
    return m_settings->value(regionsKey(profileId)).toStringList();
}

void NavigationPanel::rememberRegion(const QUuid &profileId, const QString &region)
{
    QStringList regions = savedRegions(profileId);
    if (!m_settings || profileId.isNull() || regions.contains(region))
        return;
    regions.append(region);
    m_settings->setValue(regionsKey(profileId), regions);
}

void NavigationPanel::forgetRegion(const QUuid &profileId, const QString &region)
{
    QStringList regions = savedRegions(profileId);
    if (!m_settings || !regions.removeOne(region))
        return;
    m_settings->setValue(regionsKey(profileId), regions);
}

void NavigationPanel::switchTo(const QUuid &profileId, const QString &region)
{
    m_error->clear();
    m_pendingProfile = profileId;
    m_pendingRegion = region;
    m_switching = true;
    if (!region.isEmpty()) {
        m_model->addRegion(profileId, region);
        m_model->setRegionState(profileId, region, RegionState::Connecting);
    }
    if (profileId.isNull()) {
        m_session->connectToLocalEndpoint(m_localEndpoint, region);
    } else if (m_profiles) {
        m_status->setText(tr("Connecting…"));
        m_session->connectToProfile(m_profiles, profileId, m_mfaPrompt, region);
    }
}

void NavigationPanel::onConnectionChanged()
{
    const QUuid profileId = m_session->profileId();
    const QString region = m_session->region();
    if (!m_pendingRegion.isEmpty() && m_pendingRegion != region)
        m_model->setRegionState(m_pendingProfile, m_pendingRegion, RegionState::NotLoaded);
    m_switching = false;
    if (profileId.isNull()) {
        m_localEndpoint = m_session->endpointOverride();
        m_localRegion = region;
        reloadConnections();
    } else {
        const auto profile = m_profiles ? m_profiles->profile(profileId) : std::nullopt;
        if (profile && profile->region != region)
            rememberRegion(profileId, region);
    }
    m_model->addRegion(profileId, region);
    m_model->setActive(profileId, region);
    m_pendingProfile = {};
    m_pendingRegion.clear();
    Q_EMIT currentTableChanged({});
    refresh();
}

void NavigationPanel::onConnectionFailed(const aws::AwsError &error)
{
    m_error->showError(error);
    if (m_switching && !m_pendingRegion.isEmpty())
        m_model->setRegionState(m_pendingProfile, m_pendingRegion, RegionState::Failed);
    m_switching = false;
    m_pendingTable.clear();
    m_status->setText(tr("Could not connect; still connected to %1.")
                          .arg(m_session->client() ? m_session->displayName() : tr("nothing")));
}

void NavigationPanel::onActivated(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    const bool active = index.data(NavigationModel::ActiveRole).toBool();
    const QUuid profileId = index.data(NavigationModel::ProfileIdRole).toUuid();
    const QString region = index.data(NavigationModel::RegionRole).toString();
    switch (kindOf(index)) {
    case Kind::Connection:
        if (active) {
            m_tree->setExpanded(proxyIndex, !m_tree->isExpanded(proxyIndex));
        } else {
            const QStringList regions = m_model->regions(profileId);
            switchTo(profileId, regions.isEmpty() ? QString() : regions.first());
        }
        return;
    case Kind::Region:
        if (active)
            m_tree->setExpanded(proxyIndex, !m_tree->isExpanded(proxyIndex));
        else
            switchTo(profileId, region);
        return;
    case Kind::Table:
        if (!active) {
            m_pendingTable = index.data(NavigationModel::TableNameRole).toString();
            switchTo(profileId, region);
        }
        return;
    }
}

void NavigationPanel::onCurrentChanged(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    if (kindOf(index) == Kind::Table && index.data(NavigationModel::ActiveRole).toBool())
        Q_EMIT currentTableChanged(index.data(NavigationModel::TableNameRole).toString());
}

QString NavigationPanel::currentTable() const
{
    const QModelIndex index = m_proxy->mapToSource(m_tree->currentIndex());
    if (kindOf(index) != Kind::Table || !index.data(NavigationModel::ActiveRole).toBool())
        return {};
    return index.data(NavigationModel::TableNameRole).toString();
}

bool NavigationPanel::selectTable(const QString &name)
{
    const QModelIndex index =
        m_model->tableIndex(m_session->profileId(), m_session->region(), name);
    const QModelIndex proxyIndex = m_proxy->mapFromSource(index);
    if (!proxyIndex.isValid())
        return false;
    m_tree->setCurrentIndex(proxyIndex);
    m_tree->scrollTo(proxyIndex);
    return true;
}

QString NavigationPanel::statusText() const
{
    return m_status->text();
}

void NavigationPanel::expandActive()
{
    const QModelIndex region = m_proxy->mapFromSource(m_model->activeRegionIndex());
    if (!region.isValid())
        return;
    m_tree->expand(region.parent());
    m_tree->expand(region);
}

void NavigationPanel::updateEmptyState()
{
    const QModelIndex region = m_model->activeRegionIndex();
    TablesSituation situation;
    situation.connected = m_session->client() != nullptr;
    situation.loaded = region.isValid() && m_model->regionState(region) == RegionState::Loaded;
    situation.region = m_session->region();
    situation.tableCount =
        int(m_model->tableNames(m_session->profileId(), m_session->region()).size());
    situation.isLocal = m_session->isLocal();
    situation.filter = m_filter->text();
    situation.matchCount = m_proxy->rowCount(m_proxy->mapFromSource(region));
    m_empty->setText(EmptyState::tablesText(situation));
    m_empty->update();
}

void NavigationPanel::refresh()
{
    if (m_job) {
        m_job->cancel();
        m_job->deleteLater();
    }
    m_error->clear();
    if (!m_session->client()) {
        m_status->setText(tr("Not connected."));
        updateEmptyState();
        return;
    }
    const QUuid profileId = m_session->profileId();
    const QString region = m_session->region();
    const QString selected = currentTable();
    if (m_pendingTable.isEmpty())
        m_pendingTable = selected;
    m_model->clearTables(profileId, region);
    m_model->setRegionState(profileId, region, RegionState::Loading);
    expandActive();
    m_status->setText(tr("Loading tables…"));
    updateEmptyState();
    auto *job = new dynamo::PaginatedJob(m_session->client(), aws::Service::DynamoDb,
                                         QStringLiteral("ListTables"),
                                         {{QStringLiteral("Limit"), 100}}, this);
    m_job = job;
    const quint64 generation = m_session->generation();
    connect(job, &dynamo::PaginatedJob::page, this,
            [this, generation](dynamo::PaginatedJob *, const QJsonObject &response) {
                onPage(generation, response);
            });
    connect(job, &aws::Job::finished, this, [this, job] { onFinished(job); });
    job->start();
}

void NavigationPanel::onPage(quint64 generation, const QJsonObject &response)
{
    if (generation != m_session->generation())
        return;
    QStringList names;
    const QJsonArray tableNames = response.value(QStringLiteral("TableNames")).toArray();
    names.reserve(tableNames.size());
    for (const auto &name : tableNames)
        names.append(name.toString());
    m_model->appendTables(m_session->profileId(), m_session->region(), names);
    const int count = int(m_model->tableNames(m_session->profileId(), m_session->region()).size());
    m_status->setText(tr("Loading tables… %1 so far").arg(count));
}

void NavigationPanel::onFinished(dynamo::PaginatedJob *job)
{
    // A job replaced by a newer refresh is not ours to report.
    if (job != m_job)
        return;
    job->deleteLater();
    const QUuid profileId = m_session->profileId();
    const QString region = m_session->region();
    const int count = int(m_model->tableNames(profileId, region).size());
    if (job->error().isError()) {
        if (job->error().kind == aws::ErrorKind::Cancelled)
            return;
        m_model->setRegionState(profileId, region, RegionState::Failed);
        const bool credentialsProblem = job->error().kind == aws::ErrorKind::Auth;
        m_error->showError(job->error(), credentialsProblem && m_session->canReconnect());
        m_status->setText(tr("Tables listed before the error: %1").arg(count));
    } else {
        m_model->setRegionState(profileId, region, RegionState::Loaded);
        m_status->setText(
            tr("%1 · %2 · %n table(s)", nullptr, count).arg(m_session->displayName(), region));
    }
    expandActive();
    updateEmptyState();
    if (!m_pendingTable.isEmpty()) {
        selectTable(m_pendingTable);
        m_pendingTable.clear();
    }
    Q_EMIT loaded(count);
}

void NavigationPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex proxyIndex = m_tree->indexAt(position);
    if (!proxyIndex.isValid())
        return;
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    const QUuid profileId = index.data(NavigationModel::ProfileIdRole).toUuid();
    const QString region = index.data(NavigationModel::RegionRole).toString();
    const bool active = index.data(NavigationModel::ActiveRole).toBool();
    QMenu menu(this);
    switch (kindOf(index)) {
    case Kind::Connection:
        menu.addAction(tr("Open Region…"), this, [this, profileId] { askForRegion(profileId); });
        break;
    case Kind::Region:
        if (active) {
            menu.addAction(tr("Refresh Tables"), this, &NavigationPanel::refresh);
        } else {
            menu.addAction(tr("Connect"), this,
                           [this, profileId, region] { switchTo(profileId, region); });
            QAction *remove = menu.addAction(tr("Remove from Tree"), this, [=, this] {
                forgetRegion(profileId, region);
                m_model->removeRegion(profileId, region);
            });
            const auto profile = m_profiles ? m_profiles->profile(profileId) : std::nullopt;
            remove->setEnabled(!profile || profile->region != region);
        }
        break;
    case Kind::Table:
        if (!active) {
            menu.addAction(tr("Connect and Open"), this,
                           [this, index] { onActivated(m_proxy->mapFromSource(index)); });
        }
        break;
    }
    if (!menu.isEmpty())
        menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void NavigationPanel::askForRegion(const QUuid &profileId)
{
    // Opened without a nested event loop: the switch starts from the answer.
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Open Region"));
    dialog->setLabelText(tr("Region:"));
    dialog->setComboBoxItems(commonRegions());
    dialog->setComboBoxEditable(true);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, profileId](const QString &text) {
        const QString region = text.trimmed();
        if (!region.isEmpty())
            switchTo(profileId, region);
    });
    dialog->open();
}

} // namespace dyna::views
