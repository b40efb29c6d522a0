#include "querybuilder.h"

#include "jsonhighlighter.h"
#include "theme.h"

#include "dynamo/attributevalue.h"
#include "dynamo/exactjson.h"
#include "dynamo/scanplan.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dyna::views {

namespace {

using dynamo::AttributeValue;
using dynamo::Comparator;

constexpr int kVisibleFilterRows = 3;
constexpr int kMaxSegments = 1000000;
constexpr int kMaxPageSize = 1000000;
constexpr int kNoSortCondition = -1;

enum Mode { QueryMode, ScanMode };
enum Page { FormPage, RawPage };

struct ComparatorEntry
{
    Comparator op;
    const char *label;
};

// Labels as the operators read in an expression; DynamoDB syntax, so not translated.
const ComparatorEntry kComparators[] = {
    {Comparator::Equal, "="},
    {Comparator::NotEqual, "<>"},
    {Comparator::Less, "<"},
    {Comparator::LessOrEqual, "<="},
    {Comparator::Greater, ">"},
    {Comparator::GreaterOrEqual, ">="},
    {Comparator::Between, "BETWEEN"},
    {Comparator::BeginsWith, "begins_with"},
    {Comparator::In, "IN"},
    {Comparator::Exists, "attribute_exists"},
    {Comparator::NotExists, "attribute_not_exists"},
    {Comparator::AttributeType, "attribute_type"},
    {Comparator::Contains, "contains"},
    {Comparator::NotContains, "NOT contains"},
    {Comparator::SizeEqual, "size ="},
    {Comparator::SizeNotEqual, "size <>"},
    {Comparator::SizeLess, "size <"},
    {Comparator::SizeLessOrEqual, "size <="},
    {Comparator::SizeGreater, "size >"},
    {Comparator::SizeGreaterOrEqual, "size >="},
};

const char *const kValueTypes[] = {"S", "N", "B", "BOOL", "NULL", "JSON"};

bool isSizeComparator(Comparator op)
{
    return op == Comparator::SizeEqual || op == Comparator::SizeNotEqual ||
           op == Comparator::SizeLess || op == Comparator::SizeLessOrEqual ||
           op == Comparator::SizeGreater || op == Comparator::SizeGreaterOrEqual;
}

bool takesNoValue(Comparator op)
{
    return op == Comparator::Exists || op == Comparator::NotExists;
}

// The value type is implied by these comparators, so the type combo is hidden for them.
QString impliedType(Comparator op)
{
    if (op == Comparator::AttributeType)
        return QStringLiteral("S");
    if (isSizeComparator(op))
        return QStringLiteral("N");
    return {};
}

Comparator comparatorOf(const QComboBox *combo)
{
    return static_cast<Comparator>(combo->currentData().toInt());
}

// One value typed as `type` ("S", "N", "B", "BOOL", "NULL" or "JSON" for DynamoDB JSON).
// Empty text is left invalid so that the request reports the missing value.
AttributeValue parseValue(const QString &text, const QString &type, QString *error)
{
    if (type == QLatin1String("NULL"))
        return AttributeValue::null();
    if (text.trimmed().isEmpty())
        return {};
    if (type == QLatin1String("S"))
        return AttributeValue::fromString(text);
    if (type == QLatin1String("N"))
        return AttributeValue::fromNumber(text.trimmed(), error);
    if (type == QLatin1String("B")) {
        const std::optional<QByteArray> bytes = dynamo::decodeBase64Strict(text.trimmed());
        if (!bytes) {
            *error = QueryBuilder::tr("%1 is not base64 text.").arg(text.trimmed());
            return {};
        }
        return AttributeValue::fromBinary(*bytes);
    }
    if (type == QLatin1String("BOOL")) {
        const QString word = text.trimmed().toLower();
        if (word != QLatin1String("true") && word != QLatin1String("false")) {
            *error = QueryBuilder::tr("a BOOL value is true or false.");
            return {};
        }
        return AttributeValue::fromBool(word == QLatin1String("true"));
    }
    dynamo::ExactJsonError jsonError;
    const std::optional<dynamo::ExactJsonValue> json =
        dynamo::parseExactJson(text.toUtf8(), &jsonError);
    if (!json) {
        *error = jsonError.toString();
        return {};
    }
    return AttributeValue::fromWire(*json, error);
}

// The values of an IN list: comma-separated, or a JSON array of DynamoDB JSON values.
QList<AttributeValue> parseList(const QString &text, const QString &type, QString *error)
{
    QList<AttributeValue> values;
    if (type == QLatin1String("JSON")) {
        dynamo::ExactJsonError jsonError;
        const std::optional<dynamo::ExactJsonValue> json =
            dynamo::parseExactJson(text.toUtf8(), &jsonError);
        if (!json) {
            *error = jsonError.toString();
            return {};
        }
        if (!json->isArray()) {
            *error = QueryBuilder::tr("IN with JSON takes an array of DynamoDB JSON values.");
            return {};
        }
        for (const dynamo::ExactJsonValue &element : json->elements()) {
            values.append(AttributeValue::fromWire(element, error));
            if (!values.last().isValid())
                return {};
        }
        return values;
    }
    if (text.trimmed().isEmpty())
        return values;
    for (const QString &part : text.split(QLatin1Char(','))) {
        values.append(parseValue(part.trimmed(), type, error));
        if (!error->isEmpty())
            return {};
    }
    return values;
}

// Splits a projection at commas outside backtick or double-quoted names.
QStringList splitPaths(const QString &text)
{
    QStringList paths;
    QString current;
    QChar quote;
    for (const QChar c : text) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('`') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char(',')) {
            paths.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    paths.append(current.trimmed());
    paths.removeAll(QString());
    return paths;
}

// A JSON object typed in a raw editor; empty text is an empty object.
std::optional<dynamo::ExactJsonValue> parseObject(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return dynamo::ExactJsonValue::fromObject({});
    dynamo::ExactJsonError jsonError;
    std::optional<dynamo::ExactJsonValue> json = dynamo::parseExactJson(text.toUtf8(), &jsonError);
    if (!json) {
        *error = jsonError.toString();
        return std::nullopt;
    }
    if (!json->isObject()) {
        *error = QueryBuilder::tr("write a JSON object.");
        return std::nullopt;
    }
    return json;
}

QString jsonText(const QJsonObject &object)
{
    return object.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString keyLabelText(const QString &name, const QString &type)
{
    return type.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, type);
}

QString valuePlaceholder(const QString &type)
{
    if (type == QLatin1String("N"))
        return QueryBuilder::tr("number");
    if (type == QLatin1String("B"))
        return QueryBuilder::tr("base64");
    return QueryBuilder::tr("text");
}

} // namespace

QueryBuilder::QueryBuilder(QWidget *parent)
    : QWidget(parent)
{
    m_confirmer = [this](const QString &text) {
        QMessageBox box(QMessageBox::Warning, tr("Scan the whole table?"), text,
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("Run the scan anyway?"));
        QPushButton *runButton = box.addButton(tr("Run anyway"), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
        box.exec();
        return box.clickedButton() == runButton;
    };

    const auto compact = [](auto *layout) {
        layout->setContentsMargins(0, 0, 0, 0);
        return layout;
    };

    // Header: what to read and how.
    m_mode = new QComboBox;
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->addItem(tr("Query"));
    m_mode->addItem(tr("Scan"));
    m_index = new QComboBox;
    m_index->setObjectName(QStringLiteral("indexCombo"));
    m_index->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_partitionKeyLabel = new QLabel;
    m_partitionKeyLabel->setObjectName(QStringLiteral("partitionKeyLabel"));
    m_sortKeyLabel = new QLabel;
    m_sortKeyLabel->setObjectName(QStringLiteral("sortKeyLabel"));
    m_raw = new QCheckBox(tr("Raw expressions"));
    m_raw->setObjectName(QStringLiteral("rawMode"));
    auto *header = compact(new QHBoxLayout);
    header->addWidget(m_mode);
    header->addWidget(new QLabel(tr("on")));
    header->addWidget(m_index);
    header->addStretch();
    header->addWidget(m_raw);

    // Form page: key condition, filters, projection.
    m_partitionValue = new QLineEdit;
    m_partitionValue->setObjectName(QStringLiteral("partitionValue"));
    m_partitionValue->setAccessibleName(tr("Partition key value"));
    m_sortOperator = new QComboBox;
    m_sortOperator->setObjectName(QStringLiteral("sortOperator"));
    m_sortOperator->addItem(tr("any value"), kNoSortCondition);
    for (const ComparatorEntry &entry : kComparators) {
        if (dynamo::isAllowedInKeyCondition(entry.op))
            m_sortOperator->addItem(QString::fromLatin1(entry.label), static_cast<int>(entry.op));
    }
    m_sortValue = new QLineEdit;
    m_sortValue->setObjectName(QStringLiteral("sortValue"));
    m_sortAnd = new QLabel(tr("and"));
    m_sortValue2 = new QLineEdit;
    m_sortValue2->setObjectName(QStringLiteral("sortValue2"));
    m_keyRow = new QWidget;
    auto *keyLayout = compact(new QHBoxLayout(m_keyRow));
    keyLayout->addWidget(m_partitionKeyLabel);
    keyLayout->addWidget(new QLabel(QStringLiteral("=")));
    keyLayout->addWidget(m_partitionValue, 2);
    keyLayout->addSpacing(12);
    keyLayout->addWidget(m_sortKeyLabel);
    keyLayout->addWidget(m_sortOperator);
    keyLayout->addWidget(m_sortValue, 1);
    keyLayout->addWidget(m_sortAnd);
    keyLayout->addWidget(m_sortValue2, 1);

    auto *filterHost = new QWidget;
    m_filterLayout = compact(new QVBoxLayout(filterHost));
    m_filterLayout->setSpacing(2);
    m_filterLayout->addStretch();
    m_filterScroll = new QScrollArea;
    m_filterScroll->setObjectName(QStringLiteral("filterScroll"));
    m_filterScroll->setWidget(filterHost);
    m_filterScroll->setWidgetResizable(true);
    m_filterScroll->setFrameShape(QFrame::NoFrame);
    m_filterScroll->setVisible(false);

    m_addFilter = new QPushButton(tr("Add filter"));
    m_addFilter->setObjectName(QStringLiteral("addFilter"));
    m_projection = new QLineEdit;
    m_projection->setObjectName(QStringLiteral("projection"));
    m_projection->setAccessibleName(tr("Projection"));
    m_projection->setPlaceholderText(tr("all attributes; or paths separated by commas"));
    auto *projectionRow = compact(new QHBoxLayout);
    projectionRow->addWidget(m_addFilter);
    projectionRow->addSpacing(12);
    projectionRow->addWidget(new QLabel(tr("Projection:")));
    projectionRow->addWidget(m_projection, 1);

    auto *formPage = new QWidget;
    auto *formLayout = compact(new QVBoxLayout(formPage));
    formLayout->addWidget(m_keyRow);
    formLayout->addWidget(m_filterScroll);
    formLayout->addLayout(projectionRow);

    // Raw page: expressions with the user's own placeholders.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const auto rawLine = [&fixed](const char *name, const QString &placeholder) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(placeholder);
        edit->setFont(fixed);
        return edit;
    };
    m_rawKeyCondition = rawLine("rawKeyCondition", tr("Key condition, e.g. #pk = :pk"));
    m_rawFilter = rawLine("rawFilter", tr("Filter, e.g. #status IN (:a, :b)"));
    m_rawProjection = rawLine("rawProjection", tr("Projection, e.g. #pk, #status"));
    const auto rawJson = [&fixed, this](const char *name, const QString &placeholder) {
        auto *edit = new QPlainTextEdit;
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(placeholder);
        edit->setFont(fixed);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(4 * QFontMetrics(fixed).lineSpacing() + 12);
        new JsonHighlighter(edit->document());
        connect(edit, &QPlainTextEdit::textChanged, this, &QueryBuilder::updatePreview);
        return edit;
    };
    m_rawNames = rawJson("rawNames", tr("Names: {\"#pk\": \"customer\"}"));
    m_rawValues = rawJson("rawValues", tr("Values: {\":pk\": {\"S\": \"c-1\"}}"));
    auto *rawPage = new QWidget;
    auto *rawLayout = compact(new QVBoxLayout(rawPage));
    auto *rawExpressions = compact(new QHBoxLayout);
    rawExpressions->addWidget(m_rawKeyCondition);
    rawExpressions->addWidget(m_rawFilter);
    rawExpressions->addWidget(m_rawProjection);
    auto *rawMaps = compact(new QHBoxLayout);
    rawMaps->addWidget(m_rawNames);
    rawMaps->addWidget(m_rawValues);
    rawLayout->addLayout(rawExpressions);
    rawLayout->addLayout(rawMaps);

    m_pages = new QStackedWidget;
    m_pages->addWidget(formPage);
    m_pages->addWidget(rawPage);
    fitPages();

    // Options shared by both pages.
    m_order = new QComboBox;
    m_order->setObjectName(QStringLiteral("order"));
    m_order->addItem(tr("Ascending"));
    m_order->addItem(tr("Descending"));
    m_consistentRead = new QCheckBox(tr("Consistent read"));
    m_consistentRead->setObjectName(QStringLiteral("consistentRead"));
    m_pageSize = new QSpinBox;
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_pageSize->setAccessibleName(tr("Page size"));
    m_pageSize->setRange(0, kMaxPageSize);
    m_pageSize->setSpecialValueText(tr("Automatic"));
    m_pageSize->setSuffix(tr(" items"));
    m_pageSize->setToolTip(tr("Items per page. Automatic fills pages of just under 1 MB from the "
                              "table's average item size."));
    m_segments = new QSpinBox;
    m_segments->setObjectName(QStringLiteral("segments"));
    m_segments->setAccessibleName(tr("Segments"));
    m_segments->setRange(0, kMaxSegments);
    m_segments->setSpecialValueText(tr("Automatic"));
    m_segments->setToolTip(tr("Parallel scan: the number of segments read at the same time. "
                              "Automatic uses more segments as the table grows, up to one per "
                              "processor core for a local endpoint."));
    m_run = new QPushButton(tr("Run"));
    m_run->setObjectName(QStringLiteral("run"));
    m_run->setToolTip(tr("Run (Ctrl+Return)"));
    auto *options = compact(new QHBoxLayout);
    options->addWidget(m_order);
    options->addWidget(m_consistentRead);
    options->addWidget(new QLabel(tr("Page size:")));
    options->addWidget(m_pageSize);
    options->addWidget(new QLabel(tr("Segments:")));
    options->addWidget(m_segments);
    options->addStretch();
    options->addWidget(m_run);

    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextTone(m_error, Tone::ErrorText);
    m_error->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_pages);
    layout->addLayout(options);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    // Extra height goes below the form rather than between its rows.
    layout->addStretch(1);

    for (QLineEdit *edit : {m_partitionValue, m_sortValue, m_sortValue2, m_projection,
                            m_rawKeyCondition, m_rawFilter, m_rawProjection})
        connect(edit, &QLineEdit::textChanged, this, &QueryBuilder::updatePreview);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &QueryBuilder::onModeChanged);
    connect(m_index, &QComboBox::currentIndexChanged, this, &QueryBuilder::onIndexChanged);
    connect(m_sortOperator, &QComboBox::currentIndexChanged, this, [this] {
        updateSortFields();
        updatePreview();
    });
    connect(m_order, &QComboBox::currentIndexChanged, this, &QueryBuilder::updatePreview);
    connect(m_consistentRead, &QCheckBox::toggled, this, &QueryBuilder::updatePreview);
    connect(m_pageSize, &QSpinBox::valueChanged, this, &QueryBuilder::updatePreview);
    connect(m_segments, &QSpinBox::valueChanged, this, &QueryBuilder::updatePreview);
    connect(m_raw, &QCheckBox::toggled, this, &QueryBuilder::onRawToggled);
    connect(m_addFilter, &QPushButton::clicked, this, &QueryBuilder::addFilterRow);
    connect(m_run, &QPushButton::clicked, this, &QueryBuilder::run);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &QueryBuilder::run);
    }

    setTable({});
}

QueryBuilder::~QueryBuilder() = default;

void QueryBuilder::setTable(const QJsonObject &tableDescription)
{
    m_table = tableDescription;
    const QSignalBlocker blocker(m_index);
    m_index->clear();
    const dynamo::KeySchemaInfo tableKey = dynamo::keySchema(m_table, {});
    const auto keyNames = [](const dynamo::KeySchemaInfo &key) {
        return key.sortKey.isEmpty() ? key.partitionKey
                                     : QStringLiteral("%1, %2").arg(key.partitionKey, key.sortKey);
    };
    m_index->addItem(tr("Table (%1)").arg(keyNames(tableKey)), QString());
    for (const QString &member :
         {QStringLiteral("GlobalSecondaryIndexes"), QStringLiteral("LocalSecondaryIndexes")}) {
        for (const QJsonValue &value : m_table.value(member).toArray()) {
            const QString name = value.toObject().value(QStringLiteral("IndexName")).toString();
            m_index->addItem(
                QStringLiteral("%1 (%2)").arg(name, keyNames(dynamo::keySchema(m_table, name))),
                name);
        }
    }
    onIndexChanged();
    onModeChanged();
}

void QueryBuilder::setReadDefaults(int pageSize, int segments)
{
    m_pageSize->setValue(pageSize);
    m_segments->setValue(segments);
}

void QueryBuilder::setScanConfirmer(ScanConfirmer confirmer)
{
    m_confirmer = std::move(confirmer);
}

dynamo::QuerySpec QueryBuilder::spec() const
{
    QString ignored;
    return collect(m_raw->isChecked(), &ignored);
}

QJsonObject QueryBuilder::request(QString *error) const
{
    QString message;
    const dynamo::QuerySpec querySpec = collect(m_raw->isChecked(), &message);
    QJsonObject input;
    if (message.isEmpty())
        input = dynamo::buildRequest(querySpec, &message, m_table);
    if (error)
        *error = message;
    return input;
}

QList<QJsonObject> QueryBuilder::segmentRequests(QString *error) const
{
    QString message;
    const dynamo::QuerySpec querySpec = collect(m_raw->isChecked(), &message);
    QList<QJsonObject> inputs;
    if (message.isEmpty())
        inputs = dynamo::buildSegmentRequests(querySpec, &message, m_table);
    if (error)
        *error = message;
    return inputs;
}

QString QueryBuilder::previewText() const
{
    return m_preview->text();
}

QString QueryBuilder::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool QueryBuilder::run()
{
    QString error;
    segmentRequests(&error);
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    showError({});
    if (m_mode->currentIndex() == ScanMode) {
        const dynamo::QuerySpec querySpec = spec();
        const dynamo::ScanWarning warning =
            dynamo::scanWarning(m_table, querySpec.consistentRead, querySpec.index);
        if (warning.warn && m_confirmer && !m_confirmer(warning.text))
            return false;
    }
    Q_EMIT runRequested();
    return true;
}

QJsonObject QueryBuilder::saveState() const
{
    QJsonArray filters;
    for (const FilterRow &row : m_filters) {
        filters.append(QJsonObject{{QStringLiteral("path"), row.path->text()},
                                   {QStringLiteral("operator"), row.op->currentText()},
                                   {QStringLiteral("type"), row.type->currentText()},
                                   {QStringLiteral("value"), row.value->text()},
                                   {QStringLiteral("value2"), row.value2->text()}});
    }
    const bool anySortValue = m_sortOperator->currentData().toInt() == kNoSortCondition;
    return {
        {QStringLiteral("mode"),
         m_mode->currentIndex() == ScanMode ? QStringLiteral("scan") : QStringLiteral("query")},
        {QStringLiteral("index"), m_index->currentData().toString()},
        {QStringLiteral("raw"), m_raw->isChecked()},
        {QStringLiteral("partitionValue"), m_partitionValue->text()},
        {QStringLiteral("sortOperator"), anySortValue ? QString() : m_sortOperator->currentText()},
        {QStringLiteral("sortValue"), m_sortValue->text()},
        {QStringLiteral("sortValue2"), m_sortValue2->text()},
        {QStringLiteral("filters"), filters},
        {QStringLiteral("projection"), m_projection->text()},
        {QStringLiteral("rawKeyCondition"), m_rawKeyCondition->text()},
        {QStringLiteral("rawFilter"), m_rawFilter->text()},
        {QStringLiteral("rawProjection"), m_rawProjection->text()},
        {QStringLiteral("rawNames"), m_rawNames->toPlainText()},
        {QStringLiteral("rawValues"), m_rawValues->toPlainText()},
        {QStringLiteral("descending"), m_order->currentIndex() == 1},
        {QStringLiteral("consistentRead"), m_consistentRead->isChecked()},
        {QStringLiteral("pageSize"), m_pageSize->value()},
        {QStringLiteral("segments"), m_segments->value()},
    };
}

void QueryBuilder::restoreState(const QJsonObject &state)
{
    const auto text = [&state](const char *key) {
        return state.value(QLatin1String(key)).toString();
    };
    m_mode->setCurrentIndex(text("mode") == QLatin1String("scan") ? ScanMode : QueryMode);
    const int index = m_index->findData(text("index"));
    if (index >= 0)
        m_index->setCurrentIndex(index);
    m_partitionValue->setText(text("partitionValue"));
    const int sortOperator =
        text("sortOperator").isEmpty() ? 0 : m_sortOperator->findText(text("sortOperator"));
    m_sortOperator->setCurrentIndex(std::max(sortOperator, 0));
    m_sortValue->setText(text("sortValue"));
    m_sortValue2->setText(text("sortValue2"));
    while (!m_filters.isEmpty())
        removeFilterRow(m_filters.first().row);
    for (const QJsonValue &value : state.value(QLatin1String("filters")).toArray()) {
        const QJsonObject filter = value.toObject();
        addFilterRow();
        const FilterRow &row = m_filters.last();
        row.path->setText(filter.value(QLatin1String("path")).toString());
        row.op->setCurrentIndex(
            std::max(row.op->findText(filter.value(QLatin1String("operator")).toString()), 0));
        row.type->setCurrentIndex(
            std::max(row.type->findText(filter.value(QLatin1String("type")).toString()), 0));
        row.value->setText(filter.value(QLatin1String("value")).toString());
        row.value2->setText(filter.value(QLatin1String("value2")).toString());
    }
    m_projection->setText(text("projection"));
    m_rawKeyCondition->setText(text("rawKeyCondition"));
    m_rawFilter->setText(text("rawFilter"));
    m_rawProjection->setText(text("rawProjection"));
    m_rawNames->setPlainText(text("rawNames"));
    m_rawValues->setPlainText(text("rawValues"));
    m_order->setCurrentIndex(state.value(QLatin1String("descending")).toBool() ? 1 : 0);
    m_consistentRead->setChecked(state.value(QLatin1String("consistentRead")).toBool());
    if (state.contains(QLatin1String("pageSize")))
        m_pageSize->setValue(state.value(QLatin1String("pageSize")).toInt());
    if (state.contains(QLatin1String("segments")))
        m_segments->setValue(state.value(QLatin1String("segments")).toInt());
    {
        // Switching pages by hand: the toggle would overwrite the raw fields from the form.
        const QSignalBlocker blocker(m_raw);
        m_raw->setChecked(state.value(QLatin1String("raw")).toBool());
    }
    m_pages->setCurrentIndex(m_raw->isChecked() ? RawPage : FormPage);
    fitPages();
    updatePreview();
}

dynamo::QuerySpec QueryBuilder::collect(bool raw, QString *error) const
{
    error->clear();
    dynamo::QuerySpec querySpec;
    querySpec.table = m_table.value(QStringLiteral("TableName")).toString();
    querySpec.index = m_index->currentData().toString();
    querySpec.scan = m_mode->currentIndex() == ScanMode;
    querySpec.forward = m_order->currentIndex() == 0;
    querySpec.consistentRead = m_consistentRead->isEnabled() && m_consistentRead->isChecked();
    const dynamo::ScanPlan plan = dynamo::withOverrides(
        dynamo::planFullScan(m_table, m_localEndpoint), m_pageSize->value(), m_segments->value());
    querySpec.pageSize = plan.pageSize;
    querySpec.totalSegments = querySpec.scan ? plan.segments : 1;
    const auto fail = [error](const QString &field, const QString &sentence) {
        if (error->isEmpty())
            *error = QStringLiteral("%1: %2").arg(field, sentence);
    };

    if (raw) {
        querySpec.raw = true;
        if (!querySpec.scan)
            querySpec.rawKeyCondition = m_rawKeyCondition->text();
        querySpec.rawFilter = m_rawFilter->text();
        querySpec.rawProjection = m_rawProjection->text();
        QString message;
        if (const auto names = parseObject(m_rawNames->toPlainText(), &message)) {
            for (const dynamo::ExactJsonMember &member : names->members()) {
                if (!member.value.isString()) {
                    fail(tr("Names"), tr("%1 must stand for a name in quotes.").arg(member.key));
                    break;
                }
                querySpec.rawNames.insert(member.key, member.value.string());
            }
        } else {
            fail(tr("Names"), message);
        }
        message.clear();
        if (const auto values = parseObject(m_rawValues->toPlainText(), &message)) {
            for (const dynamo::ExactJsonMember &member : values->members()) {
                const AttributeValue value = AttributeValue::fromWire(member.value, &message);
                if (!value.isValid()) {
                    fail(tr("Values"), QStringLiteral("%1: %2").arg(member.key, message));
                    break;
                }
                querySpec.rawValues.insert(member.key, value.toWire());
            }
        } else {
            fail(tr("Values"), message);
        }
        return querySpec;
    }

    const dynamo::KeySchemaInfo schema = dynamo::keySchema(m_table, querySpec.index);
    if (!querySpec.scan) {
        querySpec.partitionKey = schema.partitionKey;
        const QString partitionType =
            schema.partitionType.isEmpty() ? QStringLiteral("S") : schema.partitionType;
        QString message;
        querySpec.partitionValue = parseValue(m_partitionValue->text(), partitionType, &message);
        if (!message.isEmpty())
            fail(tr("Partition key value"), message);
        // A condition chosen for another index is ignored on an index without a sort key.
        const int sortOperator = m_sortOperator->currentData().toInt();
        if (sortOperator != kNoSortCondition && (m_table.isEmpty() || !schema.sortKey.isEmpty())) {
            const auto op = static_cast<Comparator>(sortOperator);
            const QString sortType =
                schema.sortType.isEmpty() ? QStringLiteral("S") : schema.sortType;
            dynamo::Condition condition{schema.sortKey, op, {}};
            message.clear();
            condition.values.append(parseValue(m_sortValue->text(), sortType, &message));
            if (!message.isEmpty())
                fail(tr("Sort key value"), message);
            if (op == Comparator::Between) {
                message.clear();
                condition.values.append(parseValue(m_sortValue2->text(), sortType, &message));
                if (!message.isEmpty())
                    fail(tr("Sort key high bound"), message);
            }
            querySpec.sortCondition = condition;
        }
    }
    for (qsizetype i = 0; i < m_filters.size(); ++i) {
        dynamo::Condition condition;
        QString message;
        collectFilter(m_filters.at(i), static_cast<int>(i) + 1, &condition, &message);
        if (!message.isEmpty() && error->isEmpty())
            *error = message;
        querySpec.filters.append(condition);
    }
    querySpec.projection = splitPaths(m_projection->text());
    return querySpec;
}

void QueryBuilder::collectFilter(const FilterRow &row, int number, dynamo::Condition *condition,
                                 QString *error) const
{
    const QString field = tr("Filter %1 value").arg(number);
    condition->path = row.path->text();
    condition->op = comparatorOf(row.op);
    if (takesNoValue(condition->op))
        return;
    const QString implied = impliedType(condition->op);
    const QString type = implied.isEmpty() ? row.type->currentText() : implied;
    QString message;
    if (condition->op == Comparator::In) {
        condition->values = parseList(row.value->text(), type, &message);
    } else {
        condition->values.append(parseValue(row.value->text(), type, &message));
        if (message.isEmpty() && condition->op == Comparator::Between)
            condition->values.append(parseValue(row.value2->text(), type, &message));
    }
    if (!message.isEmpty())
        *error = QStringLiteral("%1: %2").arg(field, message);
}

void QueryBuilder::addFilterRow()
{
    FilterRow filter;
    filter.row = new QWidget;
    filter.row->setObjectName(QStringLiteral("filterRow"));
    filter.path = new QLineEdit;
    filter.path->setObjectName(QStringLiteral("filterPath"));
    filter.path->setPlaceholderText(tr("attribute path, e.g. address.city"));
    filter.op = new QComboBox;
    filter.op->setObjectName(QStringLiteral("filterOperator"));
    for (const ComparatorEntry &entry : kComparators)
        filter.op->addItem(QString::fromLatin1(entry.label), static_cast<int>(entry.op));
    filter.type = new QComboBox;
    filter.type->setObjectName(QStringLiteral("filterType"));
    for (const char *type : kValueTypes)
        filter.type->addItem(QString::fromLatin1(type));
    filter.type->setToolTip(tr("Value type; JSON takes DynamoDB JSON such as {\"SS\": [\"a\"]}."));
    filter.value = new QLineEdit;
    filter.value->setObjectName(QStringLiteral("filterValue"));
    filter.value2 = new QLineEdit;
    filter.value2->setObjectName(QStringLiteral("filterValue2"));
    filter.value2->setPlaceholderText(tr("high bound"));
    auto *remove = new QToolButton;
    remove->setObjectName(QStringLiteral("removeFilter"));
    remove->setText(QStringLiteral("−"));
    remove->setToolTip(tr("Remove this filter"));

    auto *layout = new QHBoxLayout(filter.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(filter.path, 2);
    layout->addWidget(filter.op);
    layout->addWidget(filter.type);
    layout->addWidget(filter.value, 2);
    layout->addWidget(filter.value2, 1);
    layout->addWidget(remove);
    // Before the trailing stretch.
    m_filterLayout->insertWidget(m_filterLayout->count() - 1, filter.row);
    m_filters.append(filter);

    QWidget *row = filter.row;
    for (QLineEdit *edit : {filter.path, filter.value, filter.value2})
        connect(edit, &QLineEdit::textChanged, this, &QueryBuilder::updatePreview);
    for (QComboBox *combo : {filter.op, filter.type}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, filter] {
            updateFilterRow(filter);
            updatePreview();
        });
    }
    connect(remove, &QToolButton::clicked, this, [this, row] { removeFilterRow(row); });

    updateFilterRow(filter);
    updateFilterArea();
    filter.path->setFocus();
    updatePreview();
}

void QueryBuilder::removeFilterRow(QWidget *row)
{
    for (qsizetype i = 0; i < m_filters.size(); ++i) {
        if (m_filters.at(i).row != row)
            continue;
        m_filters.removeAt(i);
        break;
    }
    row->deleteLater();
    updateFilterArea();
    updatePreview();
}

void QueryBuilder::updateFilterArea()
{
    m_filterScroll->setVisible(!m_filters.isEmpty());
    if (m_filters.isEmpty())
        return;
    // Up to kVisibleFilterRows rows are shown at once; more scroll.
    const int rowHeight = m_filters.first().row->sizeHint().height() + m_filterLayout->spacing();
    const int rows = std::min(static_cast<int>(m_filters.size()), kVisibleFilterRows);
    m_filterScroll->setFixedHeight(rowHeight * rows);
}

void QueryBuilder::updateFilterRow(const FilterRow &row)
{
    const Comparator op = comparatorOf(row.op);
    const bool noValue = takesNoValue(op);
    const bool typeFixed = !impliedType(op).isEmpty();
    const QString type = typeFixed ? impliedType(op) : row.type->currentText();
    row.type->setVisible(!noValue && !typeFixed);
    row.value->setVisible(!noValue);
    row.value->setEnabled(type != QLatin1String("NULL"));
    row.value2->setVisible(op == Comparator::Between);
    QString placeholder;
    if (op == Comparator::In) {
        placeholder = type == QLatin1String("JSON")
                          ? tr("JSON array, e.g. [{\"S\": \"a\"}, {\"N\": \"1\"}]")
                          : tr("values separated by commas, e.g. a, b, c");
    } else if (op == Comparator::AttributeType) {
        placeholder = tr("S, N, B, SS, NS, BS, BOOL, NULL, L or M");
    } else if (isSizeComparator(op)) {
        placeholder = tr("size as a number");
    } else if (type == QLatin1String("JSON")) {
        placeholder = tr("DynamoDB JSON, e.g. {\"SS\": [\"a\", \"b\"]}");
    } else if (type == QLatin1String("BOOL")) {
        placeholder = tr("true or false");
    } else if (op == Comparator::Between) {
        placeholder = tr("low bound");
    } else {
        placeholder = valuePlaceholder(type);
    }
    row.value->setPlaceholderText(placeholder);
}

void QueryBuilder::onIndexChanged()
{
    const dynamo::KeySchemaInfo schema =
        dynamo::keySchema(m_table, m_index->currentData().toString());
    m_partitionKeyLabel->setText(schema.partitionKey.isEmpty()
                                     ? tr("Partition key")
                                     : keyLabelText(schema.partitionKey, schema.partitionType));
    m_partitionValue->setPlaceholderText(valuePlaceholder(schema.partitionType));
    m_sortKeyLabel->setText(schema.sortKey.isEmpty()
                                ? tr("no sort key")
                                : keyLabelText(schema.sortKey, schema.sortType));
    // A GSI is copied asynchronously and cannot be read consistently.
    m_consistentRead->setEnabled(!schema.globalIndex);
    m_consistentRead->setToolTip(schema.globalIndex
                                     ? tr("Global secondary indexes support only eventually "
                                          "consistent reads.")
                                     : QString());
    updateSortFields();
    updatePreview();
}

void QueryBuilder::onModeChanged()
{
    const bool scan = m_mode->currentIndex() == ScanMode;
    m_keyRow->setVisible(!scan);
    m_rawKeyCondition->setEnabled(!scan);
    m_order->setEnabled(!scan);
    m_segments->setEnabled(scan);
    updatePreview();
}

void QueryBuilder::onRawToggled(bool raw)
{
    if (raw) {
        // Start the raw fields from what the form builds; an incomplete form leaves them alone.
        QString message;
        const dynamo::QuerySpec formSpec = collect(false, &message);
        const QJsonObject input =
            message.isEmpty() ? dynamo::buildRequest(formSpec, &message, m_table) : QJsonObject();
        if (message.isEmpty()) {
            m_rawKeyCondition->setText(
                input.value(QStringLiteral("KeyConditionExpression")).toString());
            m_rawFilter->setText(input.value(QStringLiteral("FilterExpression")).toString());
            m_rawProjection->setText(
                input.value(QStringLiteral("ProjectionExpression")).toString());
            m_rawNames->setPlainText(
                jsonText(input.value(QStringLiteral("ExpressionAttributeNames")).toObject()));
            m_rawValues->setPlainText(
                jsonText(input.value(QStringLiteral("ExpressionAttributeValues")).toObject()));
        }
    }
    m_pages->setCurrentIndex(raw ? RawPage : FormPage);
    fitPages();
    updatePreview();
}

void QueryBuilder::fitPages()
{
    // A stacked widget is as tall as its tallest page; only the shown page should count.
    for (int page = 0; page < m_pages->count(); ++page) {
        const auto policy =
            page == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(page)->setSizePolicy(policy, policy);
    }
    m_pages->adjustSize();
    updateGeometry();
}

void QueryBuilder::updateSortFields()
{
    const dynamo::KeySchemaInfo schema =
        dynamo::keySchema(m_table, m_index->currentData().toString());
    const bool hasSortKey = !schema.sortKey.isEmpty() || m_table.isEmpty();
    m_sortOperator->setVisible(hasSortKey);
    const int op = m_sortOperator->currentData().toInt();
    const bool hasValue = hasSortKey && op != kNoSortCondition;
    const bool between = hasValue && op == static_cast<int>(Comparator::Between);
    m_sortValue->setVisible(hasValue);
    m_sortAnd->setVisible(between);
    m_sortValue2->setVisible(between);
    const QString placeholder = valuePlaceholder(schema.sortType);
    m_sortValue->setPlaceholderText(between ? tr("low %1").arg(placeholder) : placeholder);
    m_sortValue2->setPlaceholderText(tr("high %1").arg(placeholder));
}

void QueryBuilder::updatePreview()
{
    Q_EMIT changed();
    m_preview->setText(dynamo::describe(spec(), m_table));
    // An error stays until the user fixes it; then it goes away by itself.
    if (!m_error->isHidden()) {
        QString error;
        segmentRequests(&error);
        showError(error);
    }
}

void QueryBuilder::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace dyna::views
