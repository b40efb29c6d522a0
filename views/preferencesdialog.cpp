#include "preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dyna::views {

namespace {

using Values = session::PreferenceValues;

QSpinBox *spinBox(const char *name, int minimum, int maximum, const QString &suffix,
                  const QString &toolTip)
{
    auto *box = new QSpinBox;
    box->setObjectName(QLatin1String(name));
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    box->setToolTip(toolTip);
    return box;
}

} // namespace

PreferencesDialog::PreferencesDialog(session::Preferences *preferences, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_pageSize(spinBox("pageSize", 0, Values::MaxPageSize, tr(" items"),
                         tr("Items per Query or Scan page. Automatic fills pages of just under "
                            "1 MB from the table's average item size.")))
    , m_scanSegments(spinBox("scanSegments", 0, Values::MaxScanSegments, QString(),
                             tr("A new Scan is split into this many segments read at the same "
                                "time (parallel scan). More segments finish sooner and consume "
                                "capacity faster. Automatic uses more as the table grows.")))
    , m_streamBufferSize(spinBox("streamBufferSize", 1000, 10000000, tr(" records"),
                                 tr("Change records the Streams inspector keeps; the oldest go "
                                    "first.")))
    , m_streamPollMs(spinBox("streamPollMs", Values::MinStreamPollMs, 60000, tr(" ms"),
                             tr("The shortest wait between two GetRecords calls on one shard. "
                                "DynamoDB allows five a second per shard.")))
    , m_operationsPollMs(spinBox("operationsPollMs", Values::MinOperationsPollMs, 600000, tr(" ms"),
                                 tr("How often backups, exports, imports and replicas in progress "
                                    "are looked at again.")))
    , m_confirmItemDeletes(new QCheckBox(tr("Ask before deleting items"), this))
    , m_confirmProductionWrites(
          new QCheckBox(tr("Ask before every write on a production connection"), this))
    , m_appearance(new QComboBox(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_pageSize->setSpecialValueText(tr("Automatic"));
    m_scanSegments->setSpecialValueText(tr("Automatic"));
    m_confirmItemDeletes->setObjectName(QStringLiteral("confirmItemDeletes"));
    m_confirmProductionWrites->setObjectName(QStringLiteral("confirmProductionWrites"));
    m_confirmProductionWrites->setToolTip(
        tr("Profiles marked as production show their colour around the window; with this on, "
           "each write request waits for your confirmation."));
    m_appearance->setObjectName(QStringLiteral("appearance"));
    m_appearance->addItem(tr("Follow the system"), int(Values::Appearance::System));
    m_appearance->addItem(tr("Light"), int(Values::Appearance::Light));
    m_appearance->addItem(tr("Dark"), int(Values::Appearance::Dark));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QString());
    // Each language in its own name, so a user can find theirs whatever is shown now.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));

    auto *reading = new QGroupBox(tr("Reading data"), this);
    auto *dataForm = new QFormLayout(reading);
    dataForm->addRow(tr("&Page size:"), m_pageSize);
    dataForm->addRow(tr("Parallel scan &segments:"), m_scanSegments);

    auto *polling = new QGroupBox(tr("Streams and operations"), this);
    auto *pollingForm = new QFormLayout(polling);
    pollingForm->addRow(tr("Stream &buffer:"), m_streamBufferSize);
    pollingForm->addRow(tr("Stream &poll interval:"), m_streamPollMs);
    pollingForm->addRow(tr("&Operations poll interval:"), m_operationsPollMs);

    auto *confirmations = new QGroupBox(tr("Confirmations"), this);
    auto *confirmationsLayout = new QVBoxLayout(confirmations);
    confirmationsLayout->addWidget(m_confirmItemDeletes);
    confirmationsLayout->addWidget(m_confirmProductionWrites);

    auto *look = new QGroupBox(tr("Appearance and language"), this);
    auto *lookForm = new QFormLayout(look);
    lookForm->addRow(tr("&Appearance:"), m_appearance);
    lookForm->addRow(tr("&Language:"), m_language);
    auto *restartNote = new QLabel(tr("A new language is used from the next start."), look);
    restartNote->setWordWrap(true);
    lookForm->addRow(QString(), restartNote);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { showValues(Values{}); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(reading);
    layout->addWidget(polling);
    layout->addWidget(confirmations);
    layout->addWidget(look);
    layout->addWidget(buttons);
    showValues(preferences->values());
}

void PreferencesDialog::showValues(const session::PreferenceValues &values)
{
    m_pageSize->setValue(values.pageSize);
    m_scanSegments->setValue(values.scanSegments);
    m_streamBufferSize->setValue(values.streamBufferSize);
    m_streamPollMs->setValue(values.streamPollMs);
    m_operationsPollMs->setValue(values.operationsPollMs);
    m_confirmItemDeletes->setChecked(values.confirmItemDeletes);
    m_confirmProductionWrites->setChecked(values.confirmProductionWrites);
    m_appearance->setCurrentIndex(m_appearance->findData(int(values.appearance)));
    const int language = m_language->findData(values.language);
    m_language->setCurrentIndex(language < 0 ? 0 : language);
}

session::PreferenceValues PreferencesDialog::values() const
{
    Values values;
    values.pageSize = m_pageSize->value();
    values.scanSegments = m_scanSegments->value();
    values.streamBufferSize = m_streamBufferSize->value();
    values.streamPollMs = m_streamPollMs->value();
    values.operationsPollMs = m_operationsPollMs->value();
    values.confirmItemDeletes = m_confirmItemDeletes->isChecked();
    values.confirmProductionWrites = m_confirmProductionWrites->isChecked();
    values.appearance = Values::Appearance(m_appearance->currentData().toInt());
    values.language = m_language->currentData().toString();
    return values;
}

void PreferencesDialog::accept()
{
    m_preferences->setValues(values());
    QDialog::accept();
}

} // namespace dyna::views
