#include "globaltablespanel.h"

#include "confirmdialog.h"
#include "emptystate.h"
#include "errorpane.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "dynamo/pagination.h"
#include "session/session.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace dyna::views {

namespace {

QTableWidget *makeTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(90);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &texts)
{
    for (int column = 0; column < texts.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(texts.at(column)));
}

QString scalingText(qint64 minimum, qint64 maximum, bool disabled)
{
    if (disabled)
        return GlobalTablesPanel::tr("Disabled");
    return GlobalTablesPanel::tr("%1 to %2 units").arg(minimum).arg(maximum);
}

bool isTransitional(const QString &status)
{
    return status == QLatin1String("CREATING") || status == QLatin1String("UPDATING") ||
           status == QLatin1String("DELETING");
}

QPushButton *makeButton(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

} // namespace

GlobalTablesPanel::GlobalTablesPanel(session::Session *session, QWidget *parent)
    : OperationsPage(parent)
    , m_session(session)
    , m_title(new QLabel(tr("Select a table"), this))
    , m_error(new ErrorPane(this))
    , m_versionLabel(new QLabel(this))
    , m_prerequisite(new QLabel(this))
    , m_replicas(makeTable(
          QStringLiteral("replicaTable"),
          {tr("Region"), tr("Status"), tr("Progress"), tr("KMS key"), tr("Read capacity")}, this))
    , m_addReplica(makeButton(QStringLiteral("addReplicaButton"), tr("Add replica…"), this))
    , m_removeReplica(makeButton(QStringLiteral("removeReplicaButton"), tr("Remove replica"), this))
    , m_autoScaling(makeTable(
          QStringLiteral("autoScalingTable"),
          {tr("Region"), tr("Status"), tr("Read auto scaling"), tr("Write auto scaling")}, this))
    , m_legacyBox(new QGroupBox(tr("Legacy global tables (2017.11.29)"), this))
    , m_legacyTables(makeTable(QStringLiteral("legacyTable"), {tr("Global table"), tr("Regions")},
                               m_legacyBox))
    , m_legacyDetails(new QLabel(m_legacyBox))
    , m_legacySettings(makeTable(
          QStringLiteral("legacySettingsTable"),
          {tr("Region"), tr("Status"), tr("Billing"), tr("Read capacity"), tr("Write capacity")},
          m_legacyBox))
    , m_legacyCreate(makeButton(QStringLiteral("legacyCreateButton"), tr("Create from this table…"),
                                m_legacyBox))
    , m_legacyAddRegion(
          makeButton(QStringLiteral("legacyAddRegionButton"), tr("Add region…"), m_legacyBox))
    , m_legacyRemoveRegion(
          makeButton(QStringLiteral("legacyRemoveRegionButton"), tr("Remove region…"), m_legacyBox))
    , m_legacyWriteCapacity(makeButton(QStringLiteral("legacyWriteCapacityButton"),
                                       tr("Write capacity…"), m_legacyBox))
    , m_poll(new QTimer(this))
{
    styleTitle(m_title);
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    m_prerequisite->setObjectName(QStringLiteral("replicaPrerequisiteLabel"));
    m_prerequisite->setWordWrap(true);
    m_prerequisite->hide();
    m_legacyDetails->setObjectName(QStringLiteral("legacyDetailsLabel"));
    m_legacyDetails->setWordWrap(true);
    m_legacyDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_legacyBox->setObjectName(QStringLiteral("legacyGroup"));
    m_replicas->setAccessibleName(tr("Replicas"));
    new EmptyState(m_replicas, tr("No replicas in other regions. Add one with Add replica…"));
    m_autoScaling->setAccessibleName(tr("Replica auto scaling"));
    m_legacyTables->setAccessibleName(tr("Legacy global tables"));
    m_legacySettings->setAccessibleName(tr("Legacy global table replicas"));
    m_poll->setSingleShot(true);
    m_poll->setInterval(1000);

    auto *replicaButtons = new QHBoxLayout;
    replicaButtons->addWidget(m_addReplica);
    replicaButtons->addWidget(m_removeReplica);
    replicaButtons->addStretch(1);

    auto *legacyButtons = new QHBoxLayout;
    legacyButtons->addWidget(m_legacyCreate);
    legacyButtons->addWidget(m_legacyAddRegion);
    legacyButtons->addWidget(m_legacyRemoveRegion);
    legacyButtons->addWidget(m_legacyWriteCapacity);
    legacyButtons->addStretch(1);
    auto *legacyLayout = new QVBoxLayout(m_legacyBox);
    legacyLayout->addWidget(m_legacyTables);
    legacyLayout->addWidget(m_legacyDetails);
    legacyLayout->addWidget(m_legacySettings);
    legacyLayout->addLayout(legacyButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_error);
    layout->addWidget(m_versionLabel);
    layout->addWidget(new QLabel(tr("Replicas (version 2019.11.21)"), this));
    layout->addWidget(m_replicas);
    layout->addWidget(m_prerequisite);
    layout->addLayout(replicaButtons);
    layout->addWidget(new QLabel(tr("Replica auto scaling"), this));
    layout->addWidget(m_autoScaling);
    layout->addWidget(m_legacyBox);

    connect(m_error, &ErrorPane::reconnectRequested, m_session, &session::Session::reconnect);
    connect(m_session, &session::Session::connectionChanged, this, [this] {
        m_tableName.clear();
        m_title->setText(tr("Select a table"));
        clear();
    });
    connect(m_poll, &QTimer::timeout, this, [this] {
        describeTable();
        if (isTransitional(m_legacyInfo.status))
            describeLegacy(m_legacyInfo.name);
    });
    connect(m_addReplica, &QPushButton::clicked, this, &GlobalTablesPanel::askAddReplica);
    connect(m_removeReplica, &QPushButton::clicked, this, &GlobalTablesPanel::askRemoveReplica);
    connect(m_legacyCreate, &QPushButton::clicked, this, &GlobalTablesPanel::askCreateLegacy);
    connect(m_legacyAddRegion, &QPushButton::clicked, this, &GlobalTablesPanel::askAddLegacyRegion);
    connect(m_legacyRemoveRegion, &QPushButton::clicked, this,
            &GlobalTablesPanel::askRemoveLegacyRegion);
    connect(m_legacyWriteCapacity, &QPushButton::clicked, this,
            &GlobalTablesPanel::askLegacyWriteCapacity);
    connect(m_replicas, &QTableWidget::itemSelectionChanged, this,
            &GlobalTablesPanel::updateActions);
    connect(m_legacySettings, &QTableWidget::itemSelectionChanged, this,
            &GlobalTablesPanel::updateActions);
    connect(m_legacyTables, &QTableWidget::itemSelectionChanged, this, [this] {
        const QString name = selectedLegacyName();
        if (!name.isEmpty() && name != m_legacyInfo.name)
            describeLegacy(name);
        updateActions();
    });
    clear();
}

void GlobalTablesPanel::setPollInterval(int ms)
{
    m_poll->setInterval(ms);
}

QString GlobalTablesPanel::versionText() const
{
    return m_versionLabel->text();
}

void GlobalTablesPanel::showTable(const QString &tableName)
{
    m_tableName = tableName;
    m_title->setText(tableName.isEmpty() ? tr("Select a table") : tableName);
    refresh();
}

void GlobalTablesPanel::refresh()
{
    clear();
    if (m_tableName.isEmpty() || !m_session->client())
        return;
    describeTable();
    describeAutoScaling();
    listLegacy();
}

void GlobalTablesPanel::clear()
{
    ++m_serial;
    m_poll->stop();
    m_error->clear();
    m_table = {};
    m_replicaInfos.clear();
    m_legacyList.clear();
    m_legacyInfo = {};
    m_tableKnown = false;
    m_replicasSupported = true;
    m_legacySupported = true;
    m_busy = false;
    m_replicas->setRowCount(0);
    m_autoScaling->setRowCount(0);
    m_legacyTables->setRowCount(0);
    m_legacySettings->setRowCount(0);
    m_legacyDetails->clear();
    m_prerequisite->hide();
    updateVersion();
    updateActions();
}

void GlobalTablesPanel::call(const QString &operation, const QJsonObject &input, Handler handler)
{
    aws::AwsClient *client = m_session->client();
    if (!client)
        return;
    auto *job = client->call(aws::Service::DynamoDb, operation, input);
    job->setAutoDelete(true);
    const quint64 serial = m_serial;
    const quint64 generation = m_session->generation();
    connect(job, &aws::Job::finished, this,
            [this, job, serial, generation, handler = std::move(handler)] {
                if (serial != m_serial || generation != m_session->generation() ||
                    job->error().kind == aws::ErrorKind::Cancelled)
                    return;
                handler(job);
            });
    job->start();
}

void GlobalTablesPanel::showFailure(const aws::AwsError &error)
{
    m_error->showError(error, m_session->canReconnect() && error.kind == aws::ErrorKind::Auth);
}

void GlobalTablesPanel::describeTable()
{
    call(QStringLiteral("DescribeTable"), {{QStringLiteral("TableName"), m_tableName}},
         [this](aws::RequestJob *job) {
             if (job->error().isError()) {
                 showFailure(job->error());
                 return;
             }
             onTableDescribed(job->response().value(QStringLiteral("Table")).toObject());
         });
}

void GlobalTablesPanel::onTableDescribed(const QJsonObject &table)
{
    m_table = table;
    m_tableKnown = true;
    m_replicaInfos = dynamo::parseReplicas(table.value(QStringLiteral("Replicas")).toArray());
    showReplicas();
    updateVersion();
    updateActions();
    bool transitional = false;
    for (const dynamo::ReplicaInfo &replica : std::as_const(m_replicaInfos))
        transitional = transitional || replica.isTransitional();
    // Once the replicas settle, auto scaling is read again so it lists exactly the replicas
    // shown (a table without replicas has only its own region there).
    if (transitional)
        m_poll->start();
    else if (!m_replicaInfos.isEmpty() || m_autoScaling->rowCount() > 1)
        describeAutoScaling();
}

void GlobalTablesPanel::showReplicas()
{
    const QString selected = selectedReplicaRegion();
    m_replicas->setRowCount(int(m_replicaInfos.size()));
    for (int row = 0; row < m_replicaInfos.size(); ++row) {
        const dynamo::ReplicaInfo &replica = m_replicaInfos.at(row);
        QString status = replica.status;
        if (!replica.statusDescription.isEmpty())
            status += QStringLiteral(" (%1)").arg(replica.statusDescription);
        setRow(
            m_replicas, row,
            {replica.regionName, status,
             replica.percentProgress.isEmpty() ? QString() : tr("%1%").arg(replica.percentProgress),
             replica.kmsMasterKeyId.isEmpty() ? tr("Table's key") : replica.kmsMasterKeyId,
             replica.readCapacityOverride > 0 ? QString::number(replica.readCapacityOverride)
                                              : tr("Table's capacity")});
        if (replica.regionName == selected)
            m_replicas->selectRow(row);
    }
}

void GlobalTablesPanel::describeAutoScaling()
{
    call(QStringLiteral("DescribeTableReplicaAutoScaling"),
         {{QStringLiteral("TableName"), m_tableName}}, [this](aws::RequestJob *job) {
             if (job->error().isError()) {
                 if (job->error().kind == aws::ErrorKind::Unsupported)
                     m_replicasSupported = false;
                 showFailure(job->error());
                 updateActions();
                 return;
             }
             const auto replicas = dynamo::parseReplicaAutoScaling(job->response());
             m_autoScaling->setRowCount(int(replicas.size()));
             for (int row = 0; row < replicas.size(); ++row) {
                 const dynamo::ReplicaAutoScalingInfo &replica = replicas.at(row);
                 setRow(m_autoScaling, row,
                        {replica.regionName, replica.status,
                         scalingText(replica.readMinimum, replica.readMaximum,
                                     replica.readAutoScalingDisabled),
                         scalingText(replica.writeMinimum, replica.writeMaximum,
                                     replica.writeAutoScalingDisabled)});
             }
         });
}

void GlobalTablesPanel::listLegacy()
{
    aws::AwsClient *client = m_session->client();
    if (!client)
        return;
    auto *job = new dynamo::PaginatedJob(client, aws::Service::DynamoDb,
                                         QStringLiteral("ListGlobalTables"), {}, this);
    job->setAutoDelete(true);
    const quint64 serial = m_serial;
    const quint64 generation = m_session->generation();
    auto tables = std::make_shared<QList<dynamo::GlobalTableSummary>>();
    connect(job, &dynamo::PaginatedJob::page, this,
            [tables](dynamo::PaginatedJob *, const QJsonObject &response) {
                tables->append(dynamo::parseGlobalTableList(response));
            });
    connect(job, &aws::Job::finished, this, [this, job, serial, generation, tables] {
        if (serial != m_serial || generation != m_session->generation() ||
            job->error().kind == aws::ErrorKind::Cancelled)
            return;
        if (job->error().isError()) {
            if (job->error().kind == aws::ErrorKind::Unsupported)
                m_legacySupported = false;
            showFailure(job->error());
            updateActions();
            return;
        }
        const QString selected =
            selectedLegacyName().isEmpty() ? m_legacyInfo.name : selectedLegacyName();
        m_legacyList = *tables;
        m_legacyTables->blockSignals(true);
        m_legacyTables->setRowCount(int(m_legacyList.size()));
        for (int row = 0; row < m_legacyList.size(); ++row) {
            const dynamo::GlobalTableSummary &summary = m_legacyList.at(row);
            setRow(m_legacyTables, row, {summary.name, summary.regions.join(QStringLiteral(", "))});
            if (summary.name == selected)
                m_legacyTables->selectRow(row);
        }
        m_legacyTables->blockSignals(false);
        updateVersion();
        updateActions();
        if (!selected.isEmpty() && !selectedLegacyName().isEmpty())
            describeLegacy(selected);
    });
    job->start();
}

void GlobalTablesPanel::describeLegacy(const QString &name)
{
    const QJsonObject input{{QStringLiteral("GlobalTableName"), name}};
    call(QStringLiteral("DescribeGlobalTable"), input, [this](aws::RequestJob *job) {
        if (job->error().isError()) {
            showFailure(job->error());
            return;
        }
        m_legacyInfo = dynamo::parseGlobalTableDescription(
            job->response().value(QStringLiteral("GlobalTableDescription")).toObject());
        m_legacyDetails->setText(tr("%1: %2, created %3, regions %4\n%5")
                                     .arg(m_legacyInfo.name, m_legacyInfo.status,
                                          m_legacyInfo.created.toLocalTime().toString(
                                              QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                          m_legacyInfo.regions().join(QStringLiteral(", ")),
                                          m_legacyInfo.arn));
        updateActions();
        if (isTransitional(m_legacyInfo.status))
            m_poll->start();
    });
    call(QStringLiteral("DescribeGlobalTableSettings"), input, [this](aws::RequestJob *job) {
        if (job->error().isError()) {
            showFailure(job->error());
            return;
        }
        const QString selected = selectedLegacyRegion();
        const auto replicas = dynamo::parseGlobalTableSettings(job->response());
        m_legacySettings->setRowCount(int(replicas.size()));
        for (int row = 0; row < replicas.size(); ++row) {
            const dynamo::ReplicaSettingsInfo &replica = replicas.at(row);
            const bool provisioned = replica.billingMode != QLatin1String("PAY_PER_REQUEST");
            setRow(m_legacySettings, row,
                   {replica.regionName, replica.status, replica.billingMode,
                    provisioned ? QString::number(replica.readCapacityUnits) : tr("On-demand"),
                    provisioned ? QString::number(replica.writeCapacityUnits) : tr("On-demand")});
            if (replica.regionName == selected)
                m_legacySettings->selectRow(row);
        }
        updateActions();
    });
}

void GlobalTablesPanel::updateVersion()
{
    m_version = dynamo::tableGlobalTableVersion(m_table);
    if (m_version == dynamo::GlobalTableVersion::None) {
        for (const dynamo::GlobalTableSummary &summary : std::as_const(m_legacyList)) {
            if (summary.name == m_tableName)
                m_version = dynamo::GlobalTableVersion::Legacy2017;
        }
    }
    if (!m_tableKnown) {
        m_versionLabel->clear();
        return;
    }
    switch (m_version) {
    case dynamo::GlobalTableVersion::Current2019:
        m_versionLabel->setText(tr("Global table, version 2019.11.21 (current)"));
        break;
    case dynamo::GlobalTableVersion::Legacy2017:
        m_versionLabel->setText(tr("Global table, version 2017.11.29 (legacy)"));
        break;
    case dynamo::GlobalTableVersion::None:
        m_versionLabel->setText(tr("Not a global table: it has no replicas in other regions."));
        break;
    }
}

void GlobalTablesPanel::updateActions()
{
    const bool legacy = m_version == dynamo::GlobalTableVersion::Legacy2017;
    const QString problem = m_tableKnown ? dynamo::replicaPrerequisiteProblem(m_table) : QString();
    m_prerequisite->setText(problem);
    m_prerequisite->setVisible(!problem.isEmpty() && m_replicasSupported && !legacy);
    const QStringList candidates =
        dynamo::replicaCandidateRegions(m_session->region(), m_replicaInfos);
    m_addReplica->setEnabled(m_tableKnown && m_replicasSupported && !m_busy && !legacy &&
                             problem.isEmpty() && !candidates.isEmpty());
    const QString replica = selectedReplicaRegion();
    bool removable = false;
    for (const dynamo::ReplicaInfo &info : std::as_const(m_replicaInfos))
        removable =
            removable || (info.regionName == replica && info.status == QLatin1String("ACTIVE"));
    m_removeReplica->setEnabled(m_replicasSupported && !m_busy && removable);

    const bool legacySelected = !m_legacyInfo.name.isEmpty() && !selectedLegacyName().isEmpty();
    m_legacyCreate->setEnabled(m_tableKnown && m_legacySupported && !m_busy &&
                               m_version == dynamo::GlobalTableVersion::None && problem.isEmpty());
    m_legacyAddRegion->setEnabled(m_legacySupported && !m_busy && legacySelected);
    m_legacyRemoveRegion->setEnabled(m_legacySupported && !m_busy && legacySelected &&
                                     !selectedLegacyRegion().isEmpty());
    m_legacyWriteCapacity->setEnabled(m_legacySupported && !m_busy && legacySelected);
    m_legacyTables->setEnabled(m_legacySupported);
    m_legacySettings->setEnabled(m_legacySupported);
    m_replicas->setEnabled(m_replicasSupported);
    m_autoScaling->setEnabled(m_replicasSupported);
}

QString GlobalTablesPanel::selectedReplicaRegion() const
{
    const int row = m_replicas->currentRow();
    const auto *item = row >= 0 && m_replicas->item(row, RegionColumn) &&
                               m_replicas->item(row, RegionColumn)->isSelected()
                           ? m_replicas->item(row, RegionColumn)
                           : nullptr;
    return item ? item->text() : QString();
}

QString GlobalTablesPanel::selectedLegacyName() const
{
    const QList<QTableWidgetItem *> items = m_legacyTables->selectedItems();
    return items.isEmpty() ? QString() : m_legacyTables->item(items.first()->row(), 0)->text();
}

QString GlobalTablesPanel::selectedLegacyRegion() const
{
    const QList<QTableWidgetItem *> items = m_legacySettings->selectedItems();
    return items.isEmpty() ? QString() : m_legacySettings->item(items.first()->row(), 0)->text();
}

void GlobalTablesPanel::askAddReplica()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("addReplicaDialog"));
    dialog->setWindowTitle(tr("Add a replica of %1").arg(m_tableName));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *region = new QComboBox(dialog);
    region->setObjectName(QStringLiteral("replicaRegionCombo"));
    region->setAccessibleName(tr("Replica region"));
    region->addItems(dynamo::replicaCandidateRegions(m_session->region(), m_replicaInfos));
    auto *kmsKey = new QLineEdit(dialog);
    kmsKey->setObjectName(QStringLiteral("replicaKmsKeyEdit"));
    kmsKey->setAccessibleName(tr("Replica KMS key"));
    kmsKey->setPlaceholderText(tr("The table's key"));
    auto *read = new QSpinBox(dialog);
    read->setObjectName(QStringLiteral("replicaReadOverrideSpin"));
    read->setAccessibleName(tr("Replica read capacity"));
    read->setRange(0, 40000);
    read->setSpecialValueText(tr("The table's read capacity"));
    // A read capacity override only exists for provisioned tables.
    read->setEnabled(m_table.value(QStringLiteral("BillingModeSummary"))
                         .toObject()
                         .value(QStringLiteral("BillingMode"))
                         .toString() != QLatin1String("PAY_PER_REQUEST"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add replica"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addReplicaConfirmButton"));
    auto *form = new QFormLayout(dialog);
    form->addRow(new QLabel(tr("DynamoDB copies table %1 and its items to the new region and keeps "
                               "both in sync through the table's stream.")
                                .arg(m_tableName),
                            dialog));
    form->addRow(tr("Region:"), region);
    form->addRow(tr("KMS key:"), kmsKey);
    form->addRow(tr("Read capacity:"), read);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, dialog, region, kmsKey, read] {
        const QString problem = dynamo::regionNameProblem(region->currentText());
        if (!problem.isEmpty()) {
            m_error->showNotice(problem);
            return;
        }
        dynamo::CreateReplicaOptions options;
        options.regionName = region->currentText();
        options.kmsMasterKeyId = kmsKey->text().trimmed();
        options.readCapacityOverride = read->isEnabled() ? read->value() : 0;
        sendReplicaUpdate(dynamo::createReplicaInput(m_tableName, options), dialog);
    });
    dialog->open();
}

void GlobalTablesPanel::askRemoveReplica()
{
    const QString region = selectedReplicaRegion();
    if (region.isEmpty())
        return;
    const QString table = m_tableName;
    ConfirmDialog::ask(this, tr("Remove replica"),
                       tr("Remove the replica of table %1 in region %2? DynamoDB deletes the "
                          "table and its items in %2; the table in this region stays.")
                           .arg(table, region),
                       region, tr("Remove replica"), true, [this, table, region] {
                           if (table == m_tableName)
                               sendReplicaUpdate(dynamo::deleteReplicaInput(table, region));
                       });
}

void GlobalTablesPanel::sendUpdate(const QString &operation, const QJsonObject &input,
                                   QDialog *dialog, const Applied &applied)
{
    m_error->clear();
    m_busy = true;
    updateActions();
    if (dialog)
        dialog->setEnabled(false);
    call(operation, input, [this, form = QPointer<QDialog>(dialog), applied](aws::RequestJob *job) {
        m_busy = false;
        if (form)
            form->setEnabled(true);
        if (job->error().isError()) {
            showFailure(job->error());
            updateActions();
            return;
        }
        if (form)
            form->accept();
        applied(job->response());
    });
}

void GlobalTablesPanel::sendReplicaUpdate(const QJsonObject &input, QDialog *dialog)
{
    sendUpdate(QStringLiteral("UpdateTable"), input, dialog, [this](const QJsonObject &response) {
        onTableDescribed(response.value(QStringLiteral("TableDescription")).toObject());
    });
}

void GlobalTablesPanel::askCreateLegacy()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("createGlobalTableDialog"));
    dialog->setWindowTitle(tr("Create legacy global table %1").arg(m_tableName));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *regions = new QListWidget(dialog);
    regions->setObjectName(QStringLiteral("legacyRegionList"));
    regions->setAccessibleName(tr("Regions of the global table"));
    for (const QString &name : dynamo::commercialRegions()) {
        auto *item = new QListWidgetItem(name, regions);
        item->setCheckState(name == m_session->region() ? Qt::Checked : Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create global table"));
    buttons->button(QDialogButtonBox::Ok)
        ->setObjectName(QStringLiteral("createGlobalTableConfirmButton"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("Version 2017.11.29 needs an empty table named %1 with the "
                                    "same key schema and a NEW_AND_OLD_IMAGES stream in every "
                                    "chosen region.")
                                     .arg(m_tableName),
                                 dialog));
    layout->addWidget(regions);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, dialog, regions] {
        QStringList chosen;
        for (int row = 0; row < regions->count(); ++row) {
            if (regions->item(row)->checkState() == Qt::Checked)
                chosen.append(regions->item(row)->text());
        }
        if (chosen.isEmpty()) {
            m_error->showNotice(tr("Choose at least one region for the global table."));
            return;
        }
        sendLegacyUpdate(QStringLiteral("CreateGlobalTable"),
                         dynamo::createGlobalTableInput(m_tableName, chosen), dialog);
    });
    dialog->open();
}

void GlobalTablesPanel::askAddLegacyRegion()
{
    const QString name = m_legacyInfo.name;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("legacyAddRegionDialog"));
    dialog->setWindowTitle(tr("Add a region to %1").arg(name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *region = new QComboBox(dialog);
    region->setObjectName(QStringLiteral("legacyRegionCombo"));
    region->setAccessibleName(tr("Region to add"));
    QStringList candidates = dynamo::commercialRegions();
    for (const QString &existing : m_legacyInfo.regions())
        candidates.removeAll(existing);
    region->addItems(candidates);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add region"));
    buttons->button(QDialogButtonBox::Ok)
        ->setObjectName(QStringLiteral("legacyAddRegionConfirmButton"));
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("Region:"), region);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, dialog, region, name] {
        sendLegacyUpdate(QStringLiteral("UpdateGlobalTable"),
                         dynamo::updateGlobalTableInput(name, {region->currentText()}, {}), dialog);
    });
    dialog->open();
}

void GlobalTablesPanel::askRemoveLegacyRegion()
{
    const QString name = m_legacyInfo.name;
    const QString region = selectedLegacyRegion();
    if (name.isEmpty() || region.isEmpty())
        return;
    ConfirmDialog::ask(this, tr("Remove region"),
                       tr("Remove region %2 from global table %1? The table in %2 stops "
                          "replicating; it is not deleted.")
                           .arg(name, region),
                       region, tr("Remove region"), true, [this, name, region] {
                           sendLegacyUpdate(QStringLiteral("UpdateGlobalTable"),
                                            dynamo::updateGlobalTableInput(name, {}, {region}));
                       });
}

void GlobalTablesPanel::askLegacyWriteCapacity()
{
    const QString name = m_legacyInfo.name;
    if (name.isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("legacyWriteCapacityDialog"));
    dialog->setWindowTitle(tr("Write capacity of %1").arg(name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *units = new QSpinBox(dialog);
    units->setObjectName(QStringLiteral("legacyWriteCapacitySpin"));
    units->setAccessibleName(tr("Provisioned write capacity units"));
    units->setRange(1, 40000);
    const QString selected = selectedLegacyRegion();
    for (int row = 0; row < m_legacySettings->rowCount(); ++row) {
        const QTableWidgetItem *region = m_legacySettings->item(row, 0);
        const QTableWidgetItem *write = m_legacySettings->item(row, 4);
        if (region && write && (selected.isEmpty() || region->text() == selected))
            units->setValue(write->text().toInt());
    }
    auto *note = new QLabel(tr("DynamoDB applies the same provisioned write capacity in every "
                               "region of a legacy global table. An on-demand global table "
                               "becomes provisioned."),
                            dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    buttons->button(QDialogButtonBox::Ok)
        ->setObjectName(QStringLiteral("legacyWriteCapacityApplyButton"));
    auto *form = new QFormLayout(dialog);
    form->addRow(note);
    form->addRow(tr("Write capacity units:"), units);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, dialog, units, name] {
        // Setting a capacity makes an on-demand global table provisioned, as the note says.
        QJsonObject input = dynamo::updateGlobalTableWriteCapacityInput(name, units->value());
        input.insert(QStringLiteral("GlobalTableBillingMode"), QStringLiteral("PROVISIONED"));
        sendUpdate(QStringLiteral("UpdateGlobalTableSettings"), input, dialog,
                   [this, name](const QJsonObject &) { describeLegacy(name); });
    });
    dialog->open();
}

void GlobalTablesPanel::sendLegacyUpdate(const QString &operation, const QJsonObject &input,
                                         QDialog *dialog)
{
    sendUpdate(operation, input, dialog, [this](const QJsonObject &response) {
        m_legacyInfo = dynamo::parseGlobalTableDescription(
            response.value(QStringLiteral("GlobalTableDescription")).toObject());
        listLegacy();
    });
}

} // namespace dyna::views
