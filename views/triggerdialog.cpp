#include "triggerdialog.h"

#include "theme.h"

#include "streams/itempoller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dyna::views {

using streams::TriggerKind;
using streams::TriggerSpec;

namespace {

QString kindLabel(TriggerKind kind)
{
    const QString name = streams::triggerName(kind);
    switch (kind) {
    case TriggerKind::RecordInserted:
        return TriggerDialog::tr("New items (%1)").arg(name);
    case TriggerKind::RecordModified:
        return TriggerDialog::tr("Changed items (%1)").arg(name);
    case TriggerKind::RecordRemoved:
        return TriggerDialog::tr("Removed items (%1)").arg(name);
    case TriggerKind::ShardOpened:
        return TriggerDialog::tr("New shards (%1)").arg(name);
    case TriggerKind::ItemPolled:
        return TriggerDialog::tr("Scanned changes, for tables without a stream (%1)").arg(name);
    }
    return name;
}

QStringList splitAttributes(const QString &text)
{
    QStringList attributes;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString attribute = part.trimmed();
        if (!attribute.isEmpty())
            attributes.append(attribute);
    }
    return attributes;
}

} // namespace

TriggerDialog::TriggerDialog(const QString &tableName, const QStringList &keyAttributes,
                             qint64 tableSizeBytes, QWidget *parent)
    : QDialog(parent)
    , m_tableSizeBytes(tableSizeBytes)
    , m_form(new QFormLayout)
    , m_kind(new QComboBox(this))
    , m_table(new QLineEdit(tableName, this))
    , m_schedule(new QLineEdit(this))
    , m_scheduleSentence(new QLabel(this))
    , m_fromLatest(
          new QCheckBox(tr("From latest: only changes made after the trigger is added"), this))
    , m_keyAttributes(new QLineEdit(keyAttributes.join(QLatin1String(", ")), this))
    , m_costWarning(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Trigger"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_table->setObjectName(QStringLiteral("tableEdit"));
    m_schedule->setObjectName(QStringLiteral("scheduleEdit"));
    m_scheduleSentence->setObjectName(QStringLiteral("scheduleSentence"));
    m_fromLatest->setObjectName(QStringLiteral("fromLatestCheck"));
    m_keyAttributes->setObjectName(QStringLiteral("keyAttributesEdit"));
    m_costWarning->setObjectName(QStringLiteral("costWarning"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    for (TriggerKind kind :
         {TriggerKind::RecordInserted, TriggerKind::RecordModified, TriggerKind::RecordRemoved,
          TriggerKind::ShardOpened, TriggerKind::ItemPolled})
        m_kind->addItem(kindLabel(kind), int(kind));
    m_schedule->setText(TriggerSpec::formatSchedule(streams::defaultScheduleMs(m_lastKind)));
    m_schedule->setPlaceholderText(tr("30s, 1m, 5m, 1h"));
    m_keyAttributes->setPlaceholderText(tr("partition key, sort key"));
    m_keyAttributes->setToolTip(
        tr("The table's key attributes, separated by a comma: the scan tells items apart by "
           "them."));
    m_fromLatest->setToolTip(tr("Unchecked, the trigger also sees the changes still in the "
                                "stream (up to 24 hours old)."));
    for (QLabel *label : {m_scheduleSentence, m_costWarning, m_problem}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    setTextTone(m_problem, Tone::ErrorText);

    m_form->addRow(tr("&Trigger:"), m_kind);
    m_form->addRow(tr("T&able:"), m_table);
    m_form->addRow(tr("&Schedule:"), m_schedule);
    m_form->addRow(QString(), m_scheduleSentence);
    m_form->addRow(QString(), m_fromLatest);
    m_form->addRow(tr("&Key attributes:"), m_keyAttributes);
    m_form->addRow(QString(), m_costWarning);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TriggerDialog::kindChanged);
    for (QLineEdit *edit : {m_table, m_schedule, m_keyAttributes})
        connect(edit, &QLineEdit::textChanged, this, &TriggerDialog::validate);
    kindChanged();
}

TriggerKind TriggerDialog::currentKind() const
{
    return TriggerKind(m_kind->currentData().toInt());
}

QJsonObject TriggerDialog::fieldsAsJson() const
{
    QJsonObject json{
        {QStringLiteral("trigger"), streams::triggerName(currentKind())},
        {QStringLiteral("tableName"), m_table->text().trimmed()},
        {QStringLiteral("schedule"), m_schedule->text().trimmed()},
    };
    if (currentKind() == TriggerKind::ItemPolled)
        json.insert(QStringLiteral("keyAttributes"),
                    QJsonArray::fromStringList(splitAttributes(m_keyAttributes->text())));
    else
        json.insert(QStringLiteral("fromLatest"), m_fromLatest->isChecked());
    return json;
}

TriggerSpec TriggerDialog::spec() const
{
    return TriggerSpec::fromJson(fieldsAsJson()).value_or(TriggerSpec{});
}

void TriggerDialog::setSpec(const TriggerSpec &spec)
{
    m_kind->setCurrentIndex(m_kind->findData(int(spec.kind)));
    m_table->setText(spec.tableName);
    m_schedule->setText(TriggerSpec::formatSchedule(spec.scheduleMs));
    m_fromLatest->setChecked(spec.fromLatest);
    if (spec.kind == TriggerKind::ItemPolled)
        m_keyAttributes->setText(spec.keyAttributes.join(QLatin1String(", ")));
    validate();
}

bool TriggerDialog::isValid() const
{
    return TriggerSpec::fromJson(fieldsAsJson()).has_value();
}

void TriggerDialog::kindChanged()
{
    const TriggerKind kind = currentKind();
    // An untouched default follows the kind: a scan every minute would cost five times the
    // itemPolled default.
    if (TriggerSpec::parseSchedule(m_schedule->text()) == streams::defaultScheduleMs(m_lastKind))
        m_schedule->setText(TriggerSpec::formatSchedule(streams::defaultScheduleMs(kind)));
    m_lastKind = kind;
    const bool polled = kind == TriggerKind::ItemPolled;
    m_form->setRowVisible(m_fromLatest, !polled);
    m_form->setRowVisible(m_keyAttributes, polled);
    m_form->setRowVisible(m_costWarning, polled);
    validate();
}

void TriggerDialog::validate()
{
    QString error;
    const qint64 scheduleMs = TriggerSpec::parseSchedule(m_schedule->text(), &error);
    const bool scheduleValid = scheduleMs > 0;
    m_scheduleSentence->setText(scheduleValid
                                    ? tr("Fires every %1 when there is something to hand on.")
                                          .arg(TriggerSpec::describeSchedule(scheduleMs))
                                    : error);
    setTextTone(m_scheduleSentence, scheduleValid ? std::nullopt : std::optional(Tone::ErrorText));

    if (currentKind() == TriggerKind::ItemPolled && scheduleValid) {
        QString warning = streams::ItemPoller::warningText(
            streams::ItemPoller::estimateCost(m_tableSizeBytes, scheduleMs));
        if (m_tableSizeBytes < 0)
            warning.prepend(tr("The table's size is unknown, so the figures assume an empty "
                               "table. "));
        m_costWarning->setText(warning);
    } else {
        m_costWarning->clear();
    }

    // The schedule's own sentence already says what is wrong with it.
    QString problem;
    const bool valid = TriggerSpec::fromJson(fieldsAsJson(), &problem).has_value();
    m_problem->setText(valid || !scheduleValid ? QString() : problem);
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

} // namespace dyna::views
