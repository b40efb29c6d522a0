#pragma once

#include "operationspage.h"

#include "dynamo/globaltables.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

class QDialog;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace dyna::aws {
class AwsError;
class RequestJob;
} // namespace dyna::aws

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::views {

class ErrorPane;

// Global tables of the chosen table. Version 2019.11.21: the replicas with their status (polled
// while one is CREATING, UPDATING or DELETING), adding a replica in another commercial region
// (only once the table's stream has new and old images, which the service requires), removing
// one after a typed confirmation, and the replicas' auto scaling (read-only). Version
// 2017.11.29 (legacy): the account's legacy global tables, the settings of the selected one,
// creating one from the chosen table, adding and removing regions.
class GlobalTablesPanel : public OperationsPage
{
    Q_OBJECT
public:
    enum ReplicaColumn { RegionColumn, StatusColumn, ProgressColumn, KmsKeyColumn, ReadColumn };

    explicit GlobalTablesPanel(session::Session *session, QWidget *parent = nullptr);

    void showTable(const QString &tableName) override;
    void refresh() override;

    // How often transitional statuses are read again; 1000 ms unless set (tests lower it).
    void setPollInterval(int ms) override;
    dynamo::GlobalTableVersion version() const { return m_version; }
    QString versionText() const;

private:
    using Handler = std::function<void(aws::RequestJob *job)>;

    void call(const QString &operation, const QJsonObject &input, Handler handler);
    void clear();
    void describeTable();
    void onTableDescribed(const QJsonObject &table);
    void describeAutoScaling();
    void listLegacy();
    void describeLegacy(const QString &name);
    void updateVersion();
    void updateActions();
    void showFailure(const aws::AwsError &error);
    void showReplicas();
    QString selectedReplicaRegion() const;
    QString selectedLegacyName() const;
    QString selectedLegacyRegion() const;
    void askAddReplica();
    void askRemoveReplica();
    void askCreateLegacy();
    void askAddLegacyRegion();
    void askRemoveLegacyRegion();
    void askLegacyWriteCapacity();
    // `dialog` (when given) stays open with what the user chose until the call succeeds.
    using Applied = std::function<void(const QJsonObject &response)>;
    // Runs an update with the panel (and the dialog, when given) busy; the dialog closes on
    // success and keeps the user's choice on failure.
    void sendUpdate(const QString &operation, const QJsonObject &input, QDialog *dialog,
                    const Applied &applied);
    void sendReplicaUpdate(const QJsonObject &input, QDialog *dialog = nullptr);
    void sendLegacyUpdate(const QString &operation, const QJsonObject &input,
                          QDialog *dialog = nullptr);

    session::Session *m_session;
    QLabel *m_title;
    ErrorPane *m_error;
    QLabel *m_versionLabel;
    QLabel *m_prerequisite;
    QTableWidget *m_replicas;
    QPushButton *m_addReplica;
    QPushButton *m_removeReplica;
    QTableWidget *m_autoScaling;
    QGroupBox *m_legacyBox;
    QTableWidget *m_legacyTables;
    QLabel *m_legacyDetails;
    QTableWidget *m_legacySettings;
    QPushButton *m_legacyCreate;
    QPushButton *m_legacyAddRegion;
    QPushButton *m_legacyRemoveRegion;
    QPushButton *m_legacyWriteCapacity;
    QTimer *m_poll;

    QString m_tableName;
    quint64 m_serial = 0; // bumped by showTable() and a new connection: older answers are dropped
    QJsonObject m_table;
    QList<dynamo::ReplicaInfo> m_replicaInfos;
    QList<dynamo::GlobalTableSummary> m_legacyList;
    dynamo::GlobalTableInfo m_legacyInfo;
    dynamo::GlobalTableVersion m_version = dynamo::GlobalTableVersion::None;
    bool m_tableKnown = false;
    bool m_replicasSupported = true;
    bool m_legacySupported = true;
    bool m_busy = false;
};

} // namespace dyna::views
