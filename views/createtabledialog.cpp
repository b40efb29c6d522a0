#include "createtabledialog.h"

#include "errorpane.h"
#include "theme.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "dynamo/tablewaiter.h"
#include "session/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dyna::views {

namespace {

QComboBox *typeCombo(QWidget *parent, const QString &objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(CreateTableDialog::tr("String (S)"), QStringLiteral("S"));
    combo->addItem(CreateTableDialog::tr("Number (N)"), QStringLiteral("N"));
    combo->addItem(CreateTableDialog::tr("Binary (B)"), QStringLiteral("B"));
    return combo;
}

QSpinBox *capacitySpin(QWidget *parent, const QString &objectName, int value)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(0, 1000000);
    spin->setValue(value);
    return spin;
}

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    setTextTone(label, Tone::ErrorText);
    label->hide();
    return label;
}

QWidget *row(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *container = new QWidget(parent);
    auto *layout = new QHBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget, widget->inherits("QLineEdit") ? 1 : 0);
    return container;
}

QStringList splitNames(const QString &text)
{
    QStringList names;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const QString name = part.trimmed(); !name.isEmpty())
            names.append(name);
    }
    return names;
}

} // namespace

IndexEditor::IndexEditor(bool allowLocal, QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_partitionKey(new QLineEdit(this))
    , m_partitionType(typeCombo(this, QStringLiteral("indexPartitionType")))
    , m_sortKey(new QLineEdit(this))
    , m_sortType(typeCombo(this, QStringLiteral("indexSortType")))
    , m_projection(new QComboBox(this))
    , m_nonKeyAttributes(new QLineEdit(this))
    , m_read(capacitySpin(this, QStringLiteral("indexRead"), 0))
    , m_write(capacitySpin(this, QStringLiteral("indexWrite"), 0))
    , m_list(new QListWidget(this))
    , m_error(errorLabel(this, QStringLiteral("indexError")))
{
    m_name->setObjectName(QStringLiteral("indexName"));
    m_partitionKey->setObjectName(QStringLiteral("indexPartitionKey"));
    m_partitionKey->setAccessibleName(tr("Index partition key"));
    m_partitionType->setAccessibleName(tr("Index partition key type"));
    m_sortKey->setObjectName(QStringLiteral("indexSortKey"));
    m_sortKey->setAccessibleName(tr("Index sort key"));
    m_sortType->setAccessibleName(tr("Index sort key type"));
    m_sortKey->setPlaceholderText(tr("optional"));
    m_projection->setObjectName(QStringLiteral("indexProjection"));
    m_projection->addItems(
        {QStringLiteral("ALL"), QStringLiteral("KEYS_ONLY"), QStringLiteral("INCLUDE")});
    m_nonKeyAttributes->setObjectName(QStringLiteral("indexNonKeyAttributes"));
    m_nonKeyAttributes->setAccessibleName(tr("Index non-key attributes"));
    m_read->setAccessibleName(tr("Index read capacity"));
    m_write->setAccessibleName(tr("Index write capacity"));
    m_nonKeyAttributes->setPlaceholderText(tr("INCLUDE only: comma-separated attribute names"));
    m_list->setObjectName(QStringLiteral("indexList"));
    m_list->setAccessibleName(tr("Indexes to add"));
    auto *form = new QFormLayout;
    if (allowLocal) {
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("indexKind"));
        m_kind->addItem(tr("Global secondary index"));
        m_kind->addItem(tr("Local secondary index"));
        form->addRow(tr("Kind"), m_kind);
        // An LSI always uses the table's partition key and the table's capacity.
        connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int kind) {
            const bool global = kind == 0;
            m_partitionKey->setEnabled(global);
            m_partitionType->setEnabled(global);
            m_read->setEnabled(global);
            m_write->setEnabled(global);
        });
    }
    form->addRow(tr("Index name"), m_name);
    form->addRow(tr("Partition key"), row(this, {m_partitionKey, m_partitionType}));
    form->addRow(tr("Sort key"), row(this, {m_sortKey, m_sortType}));
    form->addRow(tr("Projection"), row(this, {m_projection, m_nonKeyAttributes}));
    form->addRow(tr("Read / write"), row(this, {m_read, m_write}));
    auto *add = new QPushButton(tr("Add index"), this);
    add->setObjectName(QStringLiteral("addIndex"));
    auto *remove = new QPushButton(tr("Remove selected"), this);
    remove->setObjectName(QStringLiteral("removeIndex"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(row(this, {add, remove}));
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);
    connect(add, &QPushButton::clicked, this, &IndexEditor::addIndex);
    connect(remove, &QPushButton::clicked, this, &IndexEditor::removeSelected);
}

void IndexEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void IndexEditor::addIndex()
{
    dynamo::IndexSpec index;
    index.name = m_name->text().trimmed();
    const bool local = m_kind && m_kind->currentIndex() == 1;
    if (!local)
        index.partitionKey = {m_partitionKey->text().trimmed(),
                              m_partitionType->currentData().toString()};
    if (!m_sortKey->text().trimmed().isEmpty())
        index.sortKey = {m_sortKey->text().trimmed(), m_sortType->currentData().toString()};
    index.projectionType = m_projection->currentText();
    index.nonKeyAttributes = splitNames(m_nonKeyAttributes->text());
    if (!local)
        index.throughput = {m_read->value(), m_write->value()};
    if (index.name.isEmpty()) {
        showError(tr("Enter the index name."));
        return;
    }
    showError({});
    (local ? m_local : m_global).append(index);
    m_name->clear();
    m_partitionKey->clear();
    m_sortKey->clear();
    m_nonKeyAttributes->clear();
    refreshList();
}

void IndexEditor::removeSelected()
{
    const int selected = m_list->currentRow();
    if (selected < 0)
        return;
    if (selected < m_global.size())
        m_global.removeAt(selected);
    else
        m_local.removeAt(selected - m_global.size());
    refreshList();
}

void IndexEditor::refreshList()
{
    m_list->clear();
    const auto describe = [](const dynamo::IndexSpec &index, const QString &kind) {
        QString keys = index.partitionKey.isSet() ? index.partitionKey.name : tr("table key");
        if (index.sortKey.isSet())
            keys += QStringLiteral(", ") + index.sortKey.name;
        return QStringLiteral("%1 [%2] (%3) %4").arg(index.name, kind, keys, index.projectionType);
    };
    for (const auto &index : std::as_const(m_global))
        m_list->addItem(describe(index, tr("GSI")));
    for (const auto &index : std::as_const(m_local))
        m_list->addItem(describe(index, tr("LSI")));
}

CreateTableDialog::CreateTableDialog(session::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_tableName(new QLineEdit(this))
    , m_partitionKey(new QLineEdit(this))
    , m_partitionType(typeCombo(this, QStringLiteral("partitionType")))
    , m_sortKey(new QLineEdit(this))
    , m_sortType(typeCombo(this, QStringLiteral("sortType")))
    , m_indexes(new IndexEditor(true, this))
    , m_billing(new QComboBox(this))
    , m_read(capacitySpin(this, QStringLiteral("readCapacity"), 0))
    , m_write(capacitySpin(this, QStringLiteral("writeCapacity"), 0))
    , m_stream(new QCheckBox(tr("Enable a stream"), this))
    , m_streamView(new QComboBox(this))
    , m_tableClass(new QComboBox(this))
    , m_deletionProtection(new QCheckBox(tr("Protect from deletion"), this))
    , m_tags(new QPlainTextEdit(this))
    , m_progress(new QLabel(this))
    , m_error(new ErrorPane(this))
    , m_create(new QPushButton(tr("Create"), this))
{
    setWindowTitle(tr("Create table"));
    m_stream->setToolTip(tr("Keep every change to the items for 24 hours, for the Streams tab "
                            "and triggers."));
    m_deletionProtection->setToolTip(tr("While on, deleting the table fails until it is turned "
                                        "off."));
    m_tableName->setObjectName(QStringLiteral("tableName"));
    m_partitionKey->setObjectName(QStringLiteral("partitionKey"));
    m_partitionKey->setAccessibleName(tr("Partition key name"));
    m_sortKey->setObjectName(QStringLiteral("sortKey"));
    m_sortKey->setAccessibleName(tr("Sort key name"));
    m_sortKey->setPlaceholderText(tr("optional"));
    m_billing->setObjectName(QStringLiteral("billingMode"));
    m_billing->addItem(tr("On-demand"),
                       QVariant::fromValue(int(dynamo::BillingMode::PayPerRequest)));
    m_billing->addItem(tr("Provisioned"),
                       QVariant::fromValue(int(dynamo::BillingMode::Provisioned)));
    m_stream->setObjectName(QStringLiteral("streamEnabled"));
    m_streamView->setObjectName(QStringLiteral("streamViewType"));
    m_streamView->addItems({QStringLiteral("NEW_AND_OLD_IMAGES"), QStringLiteral("NEW_IMAGE"),
                            QStringLiteral("OLD_IMAGE"), QStringLiteral("KEYS_ONLY")});
    m_streamView->setEnabled(false);
    m_tableClass->setObjectName(QStringLiteral("tableClass"));
    m_tableClass->addItems(
        {QStringLiteral("STANDARD"), QStringLiteral("STANDARD_INFREQUENT_ACCESS")});
    m_deletionProtection->setObjectName(QStringLiteral("deletionProtection"));
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("One tag a line: key=value"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_create->setObjectName(QStringLiteral("create"));
    m_create->setDefault(true);

    auto *keys = new QWidget(m_tabs);
    auto *keysForm = new QFormLayout(keys);
    keysForm->addRow(tr("Table name"), m_tableName);
    keysForm->addRow(QString(), addFieldError(dynamo::SpecField::TableName, 0));
    keysForm->addRow(tr("Partition key"), row(keys, {m_partitionKey, m_partitionType}));
    keysForm->addRow(QString(), addFieldError(dynamo::SpecField::PartitionKey, 0));
    keysForm->addRow(tr("Sort key"), row(keys, {m_sortKey, m_sortType}));
    keysForm->addRow(QString(), addFieldError(dynamo::SpecField::SortKey, 0));
    m_tabs->addTab(keys, tr("Keys"));

    auto *indexes = new QWidget(m_tabs);
    auto *indexesLayout = new QVBoxLayout(indexes);
    indexesLayout->addWidget(m_indexes);
    indexesLayout->addWidget(addFieldError(dynamo::SpecField::GlobalIndexes, 1));
    indexesLayout->addWidget(addFieldError(dynamo::SpecField::LocalIndexes, 1));
    m_tabs->addTab(indexes, tr("Indexes"));

    auto *capacity = new QWidget(m_tabs);
    auto *capacityForm = new QFormLayout(capacity);
    capacityForm->addRow(tr("Billing"), m_billing);
    capacityForm->addRow(tr("Read / write"), row(capacity, {m_read, m_write}));
    auto *capacityHint = new QLabel(capacity);
    capacityHint->setWordWrap(true);
    capacityForm->addRow(QString(), capacityHint);
    capacityForm->addRow(QString(), addFieldError(dynamo::SpecField::Capacity, 2));
    m_tabs->addTab(capacity, tr("Capacity"));
    const auto updateHint = [this, capacityHint] {
        const bool provisioned = m_billing->currentIndex() == 1;
        capacityHint->setText(provisioned
                                  ? tr("Capacity units per second for the table and each global "
                                       "index (at least 1).")
                                  : tr("Optional maximum request units per second; 0 means no "
                                       "maximum."));
    };
    connect(m_billing, &QComboBox::currentIndexChanged, this, [this, updateHint](int index) {
        // On-demand limits are optional: start from "no maximum" rather than capacity figures.
        const int value = index == 1 ? 5 : 0;
        m_read->setValue(value);
        m_write->setValue(value);
        updateHint();
    });
    updateHint();

    auto *settings = new QWidget(m_tabs);
    auto *settingsForm = new QFormLayout(settings);
    settingsForm->addRow(tr("Stream"), row(settings, {m_stream, m_streamView}));
    settingsForm->addRow(QString(), addFieldError(dynamo::SpecField::Stream, 3));
    settingsForm->addRow(tr("Table class"), m_tableClass);
    settingsForm->addRow(QString(), addFieldError(dynamo::SpecField::TableClass, 3));
    settingsForm->addRow(QString(), m_deletionProtection);
    settingsForm->addRow(tr("Tags"), m_tags);
    settingsForm->addRow(QString(), addFieldError(dynamo::SpecField::Tags, 3));
    m_tabs->addTab(settings, tr("Stream and settings"));
    connect(m_stream, &QCheckBox::toggled, m_streamView, &QWidget::setEnabled);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    connect(m_create, &QPushButton::clicked, this, &CreateTableDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
}

QLabel *CreateTableDialog::addFieldError(dynamo::SpecField field, int tab)
{
    QLabel *label = errorLabel(this, QStringLiteral("error_%1").arg(int(field)));
    m_fieldErrors.insert(field, {label, tab});
    return label;
}

dynamo::TableSpec CreateTableDialog::spec() const
{
    dynamo::TableSpec spec;
    spec.tableName = m_tableName->text().trimmed();
    spec.partitionKey = {m_partitionKey->text().trimmed(),
                         m_partitionType->currentData().toString()};
    if (!m_sortKey->text().trimmed().isEmpty())
        spec.sortKey = {m_sortKey->text().trimmed(), m_sortType->currentData().toString()};
    spec.globalIndexes = m_indexes->globalIndexes();
    spec.localIndexes = m_indexes->localIndexes();
    spec.billingMode = dynamo::BillingMode(m_billing->currentData().toInt());
    spec.throughput = {m_read->value(), m_write->value()};
    spec.streamEnabled = m_stream->isChecked();
    spec.streamViewType = m_streamView->currentText();
    spec.tableClass = m_tableClass->currentText();
    spec.deletionProtection = m_deletionProtection->isChecked();
    const QStringList lines = m_tags->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        spec.tags.append(
            {line.left(equals).trimmed(), equals < 0 ? QString() : line.mid(equals + 1).trimmed()});
    }
    return spec;
}

QString CreateTableDialog::progressText() const
{
    return m_progress->text();
}

void CreateTableDialog::clearFieldErrors()
{
    for (const auto &[label, tab] : std::as_const(m_fieldErrors))
        label->hide();
    m_indexes->showError({});
}

void CreateTableDialog::showFieldError(const dynamo::SpecError &error)
{
    const auto it = m_fieldErrors.constFind(error.field);
    if (it == m_fieldErrors.constEnd()) {
        m_progress->setText(error.message);
        return;
    }
    it->first->setText(error.message);
    it->first->show();
    m_tabs->setCurrentIndex(it->second);
}

void CreateTableDialog::setBusy(bool busy)
{
    m_create->setEnabled(!busy);
    m_tabs->setEnabled(!busy);
}

void CreateTableDialog::create()
{
    clearFieldErrors();
    m_error->clear();
    m_progress->clear();
    QString message;
    dynamo::SpecError where;
    const QJsonObject request = dynamo::createTableRequest(spec(), &message, &where);
    if (request.isEmpty()) {
        showFieldError(where);
        return;
    }
    aws::AwsClient *client = m_session ? m_session->client() : nullptr;
    if (!client) {
        m_progress->setText(tr("Connect to an account or DynamoDB Local first."));
        return;
    }
    const QString tableName = request.value(QStringLiteral("TableName")).toString();
    setBusy(true);
    m_progress->setText(tr("Creating table %1…").arg(tableName));
    auto *job = client->call(aws::Service::DynamoDb, QStringLiteral("CreateTable"), request);
    m_job = job;
    connect(job, &aws::Job::finished, this, [this, job, client, tableName] {
        if (job->error().isError()) {
            setBusy(false);
            m_progress->clear();
            m_error->showError(job->error(), job->error().kind == aws::ErrorKind::Auth &&
                                                 m_session && m_session->canReconnect());
            return;
        }
        auto *waiter = new dynamo::TableWaiter(client, tableName,
                                               dynamo::TableWaiter::Condition::Exists, this);
        waiter->setAutoDelete(true);
        m_job = waiter;
        connect(waiter, &dynamo::TableWaiter::progress, m_progress, &QLabel::setText);
        connect(waiter, &aws::Job::finished, this, [this, waiter, tableName] {
            if (waiter->error().isError()) {
                // The table exists: creating it again would fail, so Create stays disabled.
                m_tabs->setEnabled(true);
                m_error->showError(waiter->error());
                return;
            }
            m_progress->setText(tr("Table %1 is ACTIVE.").arg(tableName));
            Q_EMIT tableCreated(tableName);
            accept();
        });
        waiter->start();
    });
    job->start();
}

} // namespace dyna::views
