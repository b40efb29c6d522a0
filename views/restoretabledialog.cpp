#include "restoretabledialog.h"

#include "errorpane.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "dynamo/tablewaiter.h"
#include "session/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dyna::views {

namespace {

const QString dateFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

QListWidget *indexList(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setMaximumHeight(90);
    return list;
}

void fillIndexList(QListWidget *list, const QJsonArray &indexes)
{
    list->clear();
    for (const auto &index : indexes) {
        auto *item =
            new QListWidgetItem(index.toObject().value(QStringLiteral("IndexName")).toString());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        list->addItem(item);
    }
    list->setEnabled(list->count() > 0);
}

QStringList checkedNames(const QListWidget *list)
{
    QStringList names;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            names.append(list->item(row)->text());
    }
    return names;
}

} // namespace

RestoreTableDialog::RestoreTableDialog(session::Session *session, Source source, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_source(source)
    , m_sourceLabel(new QLabel(this))
    , m_target(new QLineEdit(this))
    , m_billing(new QComboBox(this))
    , m_read(new QSpinBox(this))
    , m_write(new QSpinBox(this))
    , m_globalIndexes(indexList(QStringLiteral("globalIndexes"),
                                tr("Global secondary indexes to restore"), this))
    , m_localIndexes(
          indexList(QStringLiteral("localIndexes"), tr("Local secondary indexes to restore"), this))
    , m_encryption(new QComboBox(this))
    , m_kmsKey(new QLineEdit(this))
    , m_error(new ErrorPane(this))
    , m_progress(new QLabel(this))
    , m_restore(new QPushButton(tr("Restore"), this))
{
    setWindowTitle(source == Source::Backup ? tr("Restore backup")
                                            : tr("Restore to a point in time"));
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_sourceLabel->setWordWrap(true);
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_target->setObjectName(QStringLiteral("targetName"));
    m_target->setAccessibleName(tr("New table name"));
    m_billing->setObjectName(QStringLiteral("billingMode"));
    m_billing->setAccessibleName(tr("Capacity mode"));
    m_billing->addItem(tr("Same as the source"), int(dynamo::RestoreOverrides::Billing::Keep));
    m_billing->addItem(tr("Provisioned"), int(dynamo::RestoreOverrides::Billing::Provisioned));
    m_billing->addItem(tr("On-demand"), int(dynamo::RestoreOverrides::Billing::PayPerRequest));
    for (auto [spin, name, accessible] :
         {std::tuple{m_read, "readCapacity", tr("Read capacity units")},
          std::tuple{m_write, "writeCapacity", tr("Write capacity units")}}) {
        spin->setObjectName(QLatin1String(name));
        spin->setAccessibleName(accessible);
        spin->setRange(0, 1000000);
    }
    m_encryption->setObjectName(QStringLiteral("encryption"));
    m_encryption->setAccessibleName(tr("Encryption"));
    m_encryption->addItem(tr("Same as the source"),
                          int(dynamo::RestoreOverrides::Encryption::Keep));
    m_encryption->addItem(tr("AWS owned key"), int(dynamo::RestoreOverrides::Encryption::AwsOwned));
    m_encryption->addItem(tr("AWS managed key (aws/dynamodb)"),
                          int(dynamo::RestoreOverrides::Encryption::AwsManagedKms));
    m_encryption->addItem(tr("Customer managed KMS key"),
                          int(dynamo::RestoreOverrides::Encryption::CustomerKms));
    m_kmsKey->setObjectName(QStringLiteral("kmsKey"));
    m_kmsKey->setAccessibleName(tr("KMS key"));
    m_kmsKey->setPlaceholderText(tr("Key ID, ARN or alias"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setWordWrap(true);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Source"), m_sourceLabel);
    if (source == Source::PointInTime) {
        m_latest = new QCheckBox(tr("Latest restorable time"), this);
        m_latest->setObjectName(QStringLiteral("useLatest"));
        m_latest->setChecked(true);
        m_time = new QDateTimeEdit(this);
        m_time->setObjectName(QStringLiteral("restoreTime"));
        m_time->setAccessibleName(tr("Restore to"));
        m_time->setDisplayFormat(dateFormat);
        m_time->setTimeSpec(Qt::LocalTime);
        form->addRow(tr("Restore to"), m_latest);
        form->addRow(QString(), m_time);
        connect(m_latest, &QCheckBox::toggled, this, &RestoreTableDialog::updateEnabled);
    }
    form->addRow(tr("New table name"), m_target);
    form->addRow(tr("Capacity mode"), m_billing);
    form->addRow(tr("Read capacity units"), m_read);
    form->addRow(tr("Write capacity units"), m_write);
    form->addRow(tr("Global secondary indexes"), m_globalIndexes);
    form->addRow(tr("Local secondary indexes"), m_localIndexes);
    form->addRow(tr("Encryption"), m_encryption);
    form->addRow(tr("KMS key"), m_kmsKey);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RestoreTableDialog::restore);
    connect(m_billing, &QComboBox::currentIndexChanged, this, &RestoreTableDialog::updateEnabled);
    connect(m_encryption, &QComboBox::currentIndexChanged, this,
            &RestoreTableDialog::updateEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    updateEnabled();
}

RestoreTableDialog::RestoreTableDialog(session::Session *session, const QString &backupArn,
                                       QWidget *parent)
    : RestoreTableDialog(session, Source::Backup, parent)
{
    m_backupArn = backupArn;
    m_sourceLabel->setText(backupArn);
    describeSource();
}

RestoreTableDialog::RestoreTableDialog(session::Session *session, const QString &tableName,
                                       const dynamo::PointInTimeRecovery &window, QWidget *parent)
    : RestoreTableDialog(session, Source::PointInTime, parent)
{
    m_tableName = tableName;
    m_window = window;
    m_sourceLabel->setText(tr("%1, restorable from %2 to %3")
                               .arg(tableName, window.earliest.toLocalTime().toString(dateFormat),
                                    window.latest.toLocalTime().toString(dateFormat)));
    m_time->setDateTimeRange(window.earliest.toLocalTime(), window.latest.toLocalTime());
    m_time->setDateTime(window.latest.toLocalTime());
    describeSource();
}

RestoreTableDialog::~RestoreTableDialog()
{
    if (m_job)
        m_job->cancel();
}

QString RestoreTableDialog::progressText() const
{
    return m_progress->text();
}

void RestoreTableDialog::describeSource()
{
    if (!m_session->client())
        return;
    const bool backup = m_source == Source::Backup;
    auto *job = m_session->client()->call(
        aws::Service::DynamoDb,
        backup ? QStringLiteral("DescribeBackup") : QStringLiteral("DescribeTable"),
        backup ? QJsonObject{{QStringLiteral("BackupArn"), m_backupArn}}
               : QJsonObject{{QStringLiteral("TableName"), m_tableName}});
    job->setAutoDelete(true);
    m_job = job;
    m_progress->setText(tr("Reading the source table…"));
    connect(job, &aws::Job::finished, this, [this, job, backup] {
        m_job.clear();
        m_progress->clear();
        if (job->error().isError()) {
            m_error->showError(job->error());
            return;
        }
        if (backup) {
            const auto details = dynamo::BackupDetails::fromJson(
                job->response().value(QStringLiteral("BackupDescription")).toObject());
            m_sourceLabel->setText(
                tr("Backup %1 of table %2, taken %3")
                    .arg(details.backup.backupName, details.backup.tableName,
                         details.backup.created.toLocalTime().toString(dateFormat)));
            fill(details.sourceAsTable());
        } else {
            fill(job->response().value(QStringLiteral("Table")).toObject());
        }
    });
    job->start();
}

void RestoreTableDialog::fill(const QJsonObject &table)
{
    m_prefill = dynamo::RestoreOverrides::fromSourceTable(table);
    const QString sourceName = table.value(QStringLiteral("TableName")).toString();
    if (m_target->text().isEmpty())
        m_target->setText(sourceName + QStringLiteral("-restored"));
    m_read->setValue(int(qMax<qint64>(m_prefill.readCapacity, 1)));
    m_write->setValue(int(qMax<qint64>(m_prefill.writeCapacity, 1)));
    fillIndexList(m_globalIndexes, m_prefill.sourceGlobalIndexes());
    fillIndexList(m_localIndexes, m_prefill.sourceLocalIndexes());
    m_ready = true;
    updateEnabled();
    Q_EMIT ready();
}

void RestoreTableDialog::updateEnabled()
{
    const auto billing = dynamo::RestoreOverrides::Billing(m_billing->currentData().toInt());
    const bool provisioned = billing == dynamo::RestoreOverrides::Billing::Provisioned;
    m_read->setEnabled(provisioned);
    m_write->setEnabled(provisioned);
    m_kmsKey->setEnabled(
        dynamo::RestoreOverrides::Encryption(m_encryption->currentData().toInt()) ==
        dynamo::RestoreOverrides::Encryption::CustomerKms);
    if (m_time)
        m_time->setEnabled(!m_latest->isChecked());
    m_restore->setEnabled(m_ready && !m_job);
}

dynamo::RestoreOverrides RestoreTableDialog::overrides() const
{
    dynamo::RestoreOverrides overrides = m_prefill;
    overrides.targetTableName = m_target->text().trimmed();
    overrides.billing = dynamo::RestoreOverrides::Billing(m_billing->currentData().toInt());
    overrides.readCapacity = m_read->value();
    overrides.writeCapacity = m_write->value();
    overrides.keptGlobalIndexes = checkedNames(m_globalIndexes);
    overrides.keptLocalIndexes = checkedNames(m_localIndexes);
    overrides.encryption =
        dynamo::RestoreOverrides::Encryption(m_encryption->currentData().toInt());
    overrides.kmsKeyId = m_kmsKey->text();
    return overrides;
}

void RestoreTableDialog::restore()
{
    if (!m_session->client() || !m_ready)
        return;
    m_error->clear();
    QJsonObject input;
    QString problem;
    if (m_source == Source::Backup) {
        const dynamo::RestoreOverrides chosen = overrides();
        problem = chosen.validate();
        input = chosen.toInput();
        input.insert(QStringLiteral("BackupArn"), m_backupArn);
    } else {
        dynamo::PointInTimeRestore pointInTime;
        pointInTime.sourceTableName = m_tableName;
        pointInTime.useLatestRestorableTime = m_latest->isChecked();
        pointInTime.restoreTime = m_time->dateTime();
        pointInTime.overrides = overrides();
        problem = pointInTime.validate(m_window);
        input = pointInTime.toInput();
    }
    if (!problem.isEmpty()) {
        m_error->showNotice(problem);
        return;
    }
    const QString target = input.value(QStringLiteral("TargetTableName")).toString();
    auto *job = m_session->client()->call(aws::Service::DynamoDb,
                                          m_source == Source::Backup
                                              ? QStringLiteral("RestoreTableFromBackup")
                                              : QStringLiteral("RestoreTableToPointInTime"),
                                          input);
    job->setAutoDelete(true);
    m_job = job;
    updateEnabled();
    m_progress->setText(tr("Starting the restore into %1…").arg(target));
    connect(job, &aws::Job::finished, this, [this, job, target] {
        m_job.clear();
        if (job->error().isError()) {
            m_progress->clear();
            m_error->showError(job->error());
            updateEnabled();
            return;
        }
        const QString status = job->response()
                                   .value(QStringLiteral("TableDescription"))
                                   .toObject()
                                   .value(QStringLiteral("TableStatus"))
                                   .toString();
        m_progress->setText(tr("Table %1 is %2.").arg(target, status));
        waitForTable(target);
    });
    job->start();
}

void RestoreTableDialog::waitForTable(const QString &tableName)
{
    auto *waiter = new dynamo::TableWaiter(m_session->client(), tableName,
                                           dynamo::TableWaiter::Condition::Exists, this);
    waiter->setAutoDelete(true);
    waiter->setDelay(std::chrono::milliseconds(m_pollMs));
    m_job = waiter;
    updateEnabled();
    connect(waiter, &dynamo::TableWaiter::progress, this, [this, tableName](const QString &status) {
        m_progress->setText(tr("Table %1 is %2.").arg(tableName, status));
    });
    connect(waiter, &aws::Job::finished, this, [this, waiter, tableName] {
        // The table exists now: restoring into it again would fail, so Restore stays disabled.
        m_ready = false;
        m_restore->setEnabled(false);
        if (waiter->error().isError()) {
            m_error->showError(waiter->error());
            return;
        }
        m_progress->setText(tr("Table %1 is ACTIVE.").arg(tableName));
        Q_EMIT tableCreated(tableName);
    });
    waiter->start();
}

} // namespace dyna::views
