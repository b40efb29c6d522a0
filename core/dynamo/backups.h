#pragma once

#include "epochtime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dyna::dynamo {

// One backup as ListBackups (BackupSummary) or DescribeBackup (BackupDetails) reports it.
struct BackupSummary
{
    QString backupArn;
    QString backupName;
    QString tableName;
    QString tableArn;
    QString status; // CREATING, AVAILABLE, DELETED
    QString type;   // USER, SYSTEM, AWS_BACKUP
    QDateTime created;
    QDateTime expires;
    qint64 sizeBytes = -1; // -1 when not reported yet

    // Reads a BackupSummary or a BackupDetails object.
    static BackupSummary fromJson(const QJsonObject &json);
};

// DescribeBackup's BackupDescription: the backup and the table it was taken from.
struct BackupDetails
{
    BackupSummary backup;
    QJsonObject sourceTable;    // SourceTableDetails
    QJsonObject sourceFeatures; // SourceTableFeatureDetails

    static BackupDetails fromJson(const QJsonObject &backupDescription);
    // The source as a DescribeTable "Table" object (name, keys, billing, throughput, indexes,
    // SSE), so a restore is pre-filled the same way from a backup as from a live table.
    QJsonObject sourceAsTable() const;
};

// The filters of the backups list, as ListBackups input (without the paging token).
struct BackupListFilter
{
    enum class Type { All, User, System, AwsBackup };

    QString tableName;      // empty: every table
    Type type = Type::User; // DynamoDB's default when BackupType is absent
    QDateTime from;         // invalid: no lower bound
    QDateTime to;           // invalid: no upper bound
    int limit = 0;          // page size, 0: DynamoDB's default

    static QString typeName(Type type); // "ALL", "USER", "SYSTEM", "AWS_BACKUP"
    // Empty when the filter can be sent, else a sentence saying what is wrong.
    QString validate() const;
    QJsonObject toInput() const;
};

// What a restore (from a backup or to a point in time) changes from the source table. Built
// from the source's description so that "keep everything" is the starting point; produces the
// members both restore operations share.
struct RestoreOverrides
{
    enum class Billing { Keep, Provisioned, PayPerRequest };
    enum class Encryption { Keep, AwsOwned, AwsManagedKms, CustomerKms };

    QString targetTableName;
    Billing billing = Billing::Keep;
    qint64 readCapacity = 0;  // with Billing::Provisioned
    qint64 writeCapacity = 0; // with Billing::Provisioned
    // Index names of the source to restore; all of them unless changed.
    QStringList keptGlobalIndexes;
    QStringList keptLocalIndexes;
    Encryption encryption = Encryption::Keep;
    QString kmsKeyId; // with Encryption::CustomerKms

    // Pre-filled from a DescribeTable "Table" (or BackupDetails::sourceAsTable()): every index
    // kept, the source's throughput as the starting values.
    static RestoreOverrides fromSourceTable(const QJsonObject &table);

    QJsonArray sourceGlobalIndexes() const { return m_sourceGlobalIndexes; }
    QJsonArray sourceLocalIndexes() const { return m_sourceLocalIndexes; }
    bool sourceIsProvisioned() const { return m_sourceProvisioned; }

    // Empty when the overrides can be sent, else a sentence saying what is wrong.
    QString validate() const;
    // TargetTableName and the *Override members; only what differs from the source.
    QJsonObject toInput() const;

private:
    bool effectiveProvisioned() const;

    QJsonArray m_sourceGlobalIndexes;
    QJsonArray m_sourceLocalIndexes;
    bool m_sourceProvisioned = false;
};

// CreateBackup's input; `name` must match [a-zA-Z0-9_.-]{3,255} (see isValidName).
QJsonObject createBackupInput(const QString &tableName, const QString &backupName);
// Table and backup names share DynamoDB's pattern [a-zA-Z0-9_.-]{3,255}.
bool isValidName(const QString &name);

} // namespace dyna::dynamo
