#include "itemeditor.h"

#include "theme.h"

#include "aws/awsclient.h"
#include "dynamo/documentconverter.h"
#include "dynamo/itemsize.h"
#include "dynamo/itemwrite.h"
#include "session/session.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace dyna::views {

namespace {

constexpr int kValidateDelayMs = 150;

enum FormColumn { NameColumn, TypeColumn, ValueColumn };

using dynamo::AttributeValue;
using dynamo::ExactJsonValue;

// The text of a value in the form's value column: scalars as they read, containers as the
// compact wire JSON inside their type tag (["a","b"] for an SS, {"x":{"N":"1"}} for an M).
QString formValueText(const AttributeValue &value)
{
    switch (value.type()) {
    case AttributeValue::Type::String:
        return value.string();
    case AttributeValue::Type::Number:
        return value.numberText();
    case AttributeValue::Type::Binary:
        return QString::fromLatin1(value.binary().toBase64());
    case AttributeValue::Type::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case AttributeValue::Type::Null:
    case AttributeValue::Type::Invalid:
        return {};
    default:
        break;
    }
    const ExactJsonValue wire = value.toExactWire();
    const ExactJsonValue *inner = wire.member(QString(AttributeValue::typeCode(value.type())));
    return inner ? QString::fromUtf8(dynamo::writeExactJson(*inner)) : QString();
}

// The inverse of formValueText for the type chosen in the form.
AttributeValue formValue(const QString &code, const QString &text, QString *error)
{
    const AttributeValue::Type type = AttributeValue::typeFromCode(code);
    ExactJsonValue inner;
    switch (type) {
    case AttributeValue::Type::String:
    case AttributeValue::Type::Number:
    case AttributeValue::Type::Binary:
        inner = ExactJsonValue::fromString(text);
        break;
    case AttributeValue::Type::Bool:
        if (text.trimmed() != QLatin1String("true") && text.trimmed() != QLatin1String("false")) {
            *error =
                QCoreApplication::translate("ItemEditor", "A BOOL value is either true or false.");
            return {};
        }
        inner = ExactJsonValue::fromBool(text.trimmed() == QLatin1String("true"));
        break;
    case AttributeValue::Type::Null:
        inner = ExactJsonValue::fromBool(true);
        break;
    default: {
        dynamo::ExactJsonError jsonError;
        const auto parsed = dynamo::parseExactJson(text.toUtf8(), &jsonError);
        if (!parsed) {
            *error = jsonError.toString();
            return {};
        }
        inner = *parsed;
    }
    }
    return AttributeValue::fromWire(
        ExactJsonValue::fromObject({dynamo::ExactJsonMember{code, inner}}), error);
}

} // namespace

ItemEditor::ItemEditor(session::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_modeBox(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_highlighter(new JsonHighlighter(m_text->document()))
    , m_form(new QTableWidget(0, 3, this))
    , m_status(new QLabel(this))
    , m_saveButton(new QPushButton(tr("Save"), this))
    , m_revertButton(new QPushButton(tr("Revert"), this))
    , m_conflictPane(new QWidget(this))
    , m_conflictLabel(new QLabel(m_conflictPane))
    , m_conflictText(new QPlainTextEdit(m_conflictPane))
    , m_validateTimer(new QTimer(this))
{
    m_modeBox->setObjectName(QStringLiteral("modeBox"));
    m_modeBox->addItem(tr("DynamoDB JSON"));
    m_modeBox->addItem(tr("Plain JSON"));
    m_text->setObjectName(QStringLiteral("itemText"));
    m_text->setAccessibleName(tr("Item text"));
    // Tab moves on to the next field: the item's JSON is indented with spaces.
    m_text->setTabChangesFocus(true);
    m_highlighter->setObjectName(QStringLiteral("itemHighlighter"));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_form->setObjectName(QStringLiteral("itemForm"));
    m_form->setAccessibleName(tr("Item attributes"));
    m_form->setHorizontalHeaderLabels({tr("Attribute"), tr("Type"), tr("Value")});
    m_form->horizontalHeader()->setStretchLastSection(true);
    m_form->verticalHeader()->hide();
    m_status->setObjectName(QStringLiteral("validationLine"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("Save the item (Ctrl+S)"));
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_tabs->addTab(m_text, tr("Text"));
    m_tabs->addTab(m_form, tr("Form"));

    m_conflictPane->setObjectName(QStringLiteral("conflictPane"));
    m_conflictLabel->setWordWrap(true);
    m_conflictText->setObjectName(QStringLiteral("conflictText"));
    m_conflictText->setAccessibleName(tr("Item as stored now"));
    m_conflictText->setReadOnly(true);
    m_conflictText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_conflictText->setFont(m_text->font());
    new JsonHighlighter(m_conflictText->document());
    auto *overwriteButton = new QPushButton(tr("Overwrite"), m_conflictPane);
    m_overwriteButton = overwriteButton;
    overwriteButton->setObjectName(QStringLiteral("overwriteButton"));
    overwriteButton->setToolTip(tr("Save your item over the one shown here"));
    auto *reloadButton = new QPushButton(tr("Reload"), m_conflictPane);
    m_reloadButton = reloadButton;
    reloadButton->setObjectName(QStringLiteral("reloadButton"));
    reloadButton->setToolTip(tr("Discard your changes and edit the item shown here"));
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addStretch();
    conflictButtons->addWidget(overwriteButton);
    conflictButtons->addWidget(reloadButton);
    auto *conflictLayout = new QVBoxLayout(m_conflictPane);
    conflictLayout->setContentsMargins(0, 0, 0, 0);
    conflictLayout->addWidget(m_conflictLabel);
    conflictLayout->addWidget(m_conflictText, 1);
    conflictLayout->addLayout(conflictButtons);
    m_conflictPane->hide();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_conflictPane);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Format:"), this));
    top->addWidget(m_modeBox);
    top->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_revertButton);
    bottom->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(kValidateDelayMs);
    connect(m_validateTimer, &QTimer::timeout, this, &ItemEditor::validate);
    connect(m_text, &QPlainTextEdit::textChanged, m_validateTimer, qOverload<>(&QTimer::start));
    connect(m_modeBox, &QComboBox::currentIndexChanged, this, &ItemEditor::onModeChosen);
    connect(m_form, &QTableWidget::itemChanged, this, &ItemEditor::onFormEdited);
    connect(m_saveButton, &QPushButton::clicked, this, &ItemEditor::save);
    connect(m_revertButton, &QPushButton::clicked, this, &ItemEditor::revert);
    connect(overwriteButton, &QPushButton::clicked, this, &ItemEditor::overwrite);
    connect(reloadButton, &QPushButton::clicked, this, &ItemEditor::reload);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &ItemEditor::save);
}

ItemEditor::~ItemEditor()
{
    // The form's type boxes announce index changes while they are destroyed; they must not
    // reach a half-destroyed editor.
    m_fillingForm = true;
    delete m_form;
}

void ItemEditor::editItem(const QString &table, const QStringList &keyAttributes,
                          const dynamo::Item &item)
{
    open(table, keyAttributes, item, false);
}

void ItemEditor::newItem(const QString &table, const QStringList &keyAttributes)
{
    // A skeleton that names the key attributes the user has to fill in.
    dynamo::Item skeleton;
    for (const QString &name : keyAttributes)
        skeleton.insert(name, AttributeValue::fromString(QString()));
    open(table, keyAttributes, skeleton, true);
}

void ItemEditor::duplicateItem(const QString &table, const QStringList &keyAttributes,
                               const dynamo::Item &item)
{
    open(table, keyAttributes, item, true);
}

void ItemEditor::open(const QString &table, const QStringList &keyAttributes,
                      const dynamo::Item &item, bool isNew)
{
    m_table = table;
    m_keyAttributes = keyAttributes;
    m_generation = m_session ? m_session->generation() : 0;
    m_original = isNew ? dynamo::Item() : item;
    m_initial = item;
    m_conflictItem.reset();
    m_conflictKnown = false;
    showConflict(false);
    setItemText(item);
    validate();
}

QString ItemEditor::text() const
{
    return m_text->toPlainText();
}

QString ItemEditor::statusText() const
{
    return m_status->text();
}

bool ItemEditor::isSaving() const
{
    return m_saveJob != nullptr;
}

bool ItemEditor::isConflictShown() const
{
    return !m_conflictPane->isHidden();
}

ItemEditor::Parsed ItemEditor::parse(const QString &text, JsonMode mode) const
{
    Parsed result;
    dynamo::ExactJsonError jsonError;
    const auto json = dynamo::parseExactJson(text.toUtf8(), &jsonError);
    if (!json) {
        result.error = jsonError.toString();
        result.line = jsonError.line;
        result.column = jsonError.column;
        return result;
    }
    QString error;
    result.item = mode == JsonMode::DynamoDb ? dynamo::itemFromWire(*json, &error)
                                             : dynamo::itemFromDocument(*json, &error);
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    if (const auto tooLarge = dynamo::checkItemSize(result.item))
        result.error = *tooLarge;
    else if (const auto keyError =
                 dynamo::checkKeyUnchanged(m_original, result.item, m_keyAttributes))
        result.error = *keyError;
    return result;
}

QString ItemEditor::itemText(const dynamo::Item &item, JsonMode mode) const
{
    const QByteArray utf8 =
        mode == JsonMode::DynamoDb
            ? dynamo::itemToWireText(item, dynamo::JsonFormat::Indented, m_keyAttributes)
            : dynamo::itemToDocumentText(item, dynamo::JsonFormat::Indented, m_keyAttributes);
    return QString::fromUtf8(utf8);
}

void ItemEditor::setItemText(const dynamo::Item &item)
{
    m_text->setPlainText(itemText(item, m_mode));
}

void ItemEditor::validate()
{
    m_validateTimer->stop();
    const Parsed parsed = parse(text(), m_mode);
    m_highlighter->setErrorPosition(parsed.line, parsed.column);
    m_form->setEnabled(parsed.error.isEmpty());
    if (!parsed.error.isEmpty()) {
        setStatus(parsed.error, true);
        return;
    }
    const double kilobytes = double(dynamo::itemSize(parsed.item)) / 1024.0;
    const QString attributes =
        parsed.item.size() == 1 ? tr("1 attribute") : tr("%1 attributes").arg(parsed.item.size());
    setStatus(tr("Valid item · %1 · %2 KB of 400 KB")
                  .arg(attributes, QLocale().toString(kilobytes, 'f', 1)),
              false);
    fillForm(parsed.item);
}

void ItemEditor::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    setTextTone(m_status, isError ? std::optional(Tone::ErrorText) : std::nullopt);
}

void ItemEditor::fillForm(const dynamo::Item &item)
{
    m_fillingForm = true;
    m_form->setRowCount(int(item.size()));
    int row = 0;
    for (auto it = item.cbegin(); it != item.cend(); ++it, ++row) {
        auto *name = new QTableWidgetItem(it.key());
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_form->setItem(row, NameColumn, name);
        auto *type = qobject_cast<QComboBox *>(m_form->cellWidget(row, TypeColumn));
        if (!type) {
            type = new QComboBox(m_form);
            for (int t = int(AttributeValue::Type::Null); t <= int(AttributeValue::Type::Map); ++t)
                type->addItem(AttributeValue::typeCode(AttributeValue::Type(t)));
            connect(type, &QComboBox::currentIndexChanged, this, &ItemEditor::onFormEdited);
            m_form->setCellWidget(row, TypeColumn, type);
        }
        {
            const QSignalBlocker blocker(type);
            type->setCurrentText(AttributeValue::typeCode(it.value().type()));
        }
        m_form->setItem(row, ValueColumn, new QTableWidgetItem(formValueText(it.value())));
    }
    m_fillingForm = false;
}

void ItemEditor::onFormEdited()
{
    if (m_fillingForm)
        return;
    dynamo::Item item;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        const QString name = m_form->item(row, NameColumn)->text();
        const auto *type = qobject_cast<QComboBox *>(m_form->cellWidget(row, TypeColumn));
        QString error;
        const AttributeValue value =
            formValue(type->currentText(), m_form->item(row, ValueColumn)->text(), &error);
        if (!value.isValid()) {
            // The text keeps the last valid item; the form keeps what the user typed.
            setStatus(tr("%1: %2").arg(name, error), true);
            return;
        }
        item.insert(name, value);
    }
    m_fillingForm = true;
    setItemText(item);
    m_fillingForm = false;
    validate();
}

void ItemEditor::onModeChosen(int index)
{
    const JsonMode mode = index == 0 ? JsonMode::DynamoDb : JsonMode::Plain;
    if (!setMode(mode)) {
        const QSignalBlocker blocker(m_modeBox);
        m_modeBox->setCurrentIndex(m_mode == JsonMode::DynamoDb ? 0 : 1);
    }
}

bool ItemEditor::setMode(JsonMode mode)
{
    if (mode == m_mode)
        return true;
    const Parsed parsed = parse(text(), m_mode);
    if (parsed.item.isEmpty() && !parsed.error.isEmpty()) {
        setStatus(tr("The format was not changed because the text is not a valid item. %1")
                      .arg(parsed.error),
                  true);
        return false;
    }
    m_mode = mode;
    m_highlighter->setMode(mode);
    {
        const QSignalBlocker blocker(m_modeBox);
        m_modeBox->setCurrentIndex(mode == JsonMode::DynamoDb ? 0 : 1);
    }
    setItemText(parsed.item);
    validate();
    return true;
}

bool ItemEditor::save()
{
    if (m_saveJob)
        return false;
    const Parsed parsed = parse(text(), m_mode);
    if (!parsed.error.isEmpty()) {
        validate();
        setStatus(tr("Not saved: %1").arg(parsed.error), true);
        return false;
    }
    return startSave(parsed.item);
}

bool ItemEditor::startSave(const dynamo::Item &item)
{
    aws::AwsClient *client = m_session ? m_session->client() : nullptr;
    if (!client) {
        setStatus(tr("Not saved: there is no connection."), true);
        return false;
    }
    // The same table name on another connection may be another account's table.
    if (m_session->generation() != m_generation) {
        setStatus(tr("Not saved: the connection changed after this item was opened. Open the "
                     "item again from the current connection."),
                  true);
        return false;
    }
    m_saveJob = new dynamo::SaveItemJob(client, m_table, m_keyAttributes, m_original, item, this);
    m_saveJob->setAutoDelete(true);
    connect(m_saveJob, &aws::Job::finished, this, &ItemEditor::onSaveFinished);
    m_saveButton->setEnabled(false);
    setStatus(tr("Saving…"), false);
    m_saveJob->start();
    return true;
}

void ItemEditor::onSaveFinished()
{
    const dynamo::SaveItemJob *job = m_saveJob;
    m_saveJob = nullptr;
    m_saveButton->setEnabled(true);
    if (!job->error().isError()) {
        m_original = job->savedItem();
        m_initial = job->savedItem();
        m_conflictItem.reset();
        showConflict(false);
        setStatus(tr("Saved · %1 write capacity units.").arg(job->consumedCapacity()), false);
        Q_EMIT saved(job->savedItem());
        return;
    }
    if (!job->isConflict()) {
        setStatus(tr("Not saved: %1").arg(job->errorString()), true);
        return;
    }
    m_conflictItem = job->currentItem();
    m_conflictKnown = job->isCurrentItemKnown();
    if (!m_conflictKnown) {
        m_conflictLabel->setText(
            tr("Someone else changed this item, and it could not be read back."));
        m_conflictText->clear();
    } else if (m_conflictItem) {
        m_conflictLabel->setText(tr("The item as it is now in DynamoDB:"));
        m_conflictText->setPlainText(itemText(*m_conflictItem, m_mode));
    } else {
        m_conflictLabel->setText(tr("The item no longer exists in DynamoDB."));
        m_conflictText->clear();
    }
    showConflict(true);
    setStatus(m_original.isEmpty()
                  ? tr("Not saved: an item with this key already exists. Your text is kept; "
                       "compare it with the stored item, then Overwrite or Reload.")
                  : tr("Not saved: someone else changed this item after you opened it. Your text "
                       "is kept; compare it with the current item, then Overwrite or Reload."),
              true);
}

void ItemEditor::showConflict(bool shown)
{
    m_conflictPane->setVisible(shown);
    // Without the current item there is nothing to make the new condition from.
    m_overwriteButton->setEnabled(shown && m_conflictKnown);
    m_reloadButton->setEnabled(shown && m_conflictKnown);
}

void ItemEditor::overwrite()
{
    if (!isConflictShown() || !m_conflictKnown || m_saveJob)
        return;
    const Parsed parsed = parse(text(), m_mode);
    if (!parsed.error.isEmpty()) {
        setStatus(tr("Not saved: %1").arg(parsed.error), true);
        return;
    }
    // The new condition is the item just shown (none if it was deleted): a change made after
    // it was shown is a new conflict.
    m_original = m_conflictItem.value_or(dynamo::Item());
    startSave(parsed.item);
}

void ItemEditor::reload()
{
    if (!isConflictShown() || !m_conflictKnown || m_saveJob)
        return;
    if (m_conflictItem)
        open(m_table, m_keyAttributes, *m_conflictItem, false);
    else
        open(m_table, m_keyAttributes, m_initial, true);
}

void ItemEditor::revert()
{
    m_conflictItem.reset();
    showConflict(false);
    setItemText(m_initial);
    validate();
}

} // namespace dyna::views
