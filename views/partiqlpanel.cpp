#include "partiqlpanel.h"

#include "actionicons.h"
#include "emptystate.h"
#include "errorpane.h"
#include "itemtablemodel.h"
#include "partiqleditor.h"
#include "statementpagesource.h"
#include "theme.h"

#include "aws/awsclient.h"
#include "aws/requestjob.h"
#include "dynamo/attributevalue.h"
#include "dynamo/documentconverter.h"
#include "dynamo/exactjson.h"
#include "dynamo/partiql.h"
#include "dynamo/queryspec.h"
#include "dynamo/statementjobs.h"
#include "session/session.h"
#include "session/statementhistory.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace dyna::views {

namespace {

enum ParameterType { TypeS, TypeN, TypeB, TypeBool, TypeNull, TypeDynamoJson, TypePlainJson };

constexpr int kHistoryShown = 500;

bool isSelect(const QString &statement)
{
    return statement.trimmed().startsWith(QLatin1String("select"), Qt::CaseInsensitive);
}

// One attribute value from what was typed in a parameter row.
dynamo::AttributeValue parseParameter(int type, const QString &text, QString *error)
{
    switch (type) {
    case TypeS:
        return dynamo::AttributeValue::fromString(text);
    case TypeN:
        return dynamo::AttributeValue::fromNumber(text.trimmed(), error);
    case TypeB: {
        const auto decoded = QByteArray::fromBase64Encoding(
            text.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *error = QCoreApplication::translate("PartiqlPanel", "The value is not base64 text.");
            return {};
        }
        return dynamo::AttributeValue::fromBinary(*decoded);
    }
    case TypeBool:
        if (text.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return dynamo::AttributeValue::fromBool(true);
        if (text.trimmed().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return dynamo::AttributeValue::fromBool(false);
        *error = QCoreApplication::translate("PartiqlPanel", "Type true or false.");
        return {};
    case TypeNull:
        return dynamo::AttributeValue::null();
    default:
        break;
    }
    dynamo::ExactJsonError jsonError;
    const std::optional<dynamo::ExactJsonValue> json =
        dynamo::parseExactJson(text.toUtf8(), &jsonError);
    if (!json) {
        *error = jsonError.toString();
        return {};
    }
    if (type == TypeDynamoJson)
        return dynamo::AttributeValue::fromWire(*json, error);
    return dynamo::valueFromDocument(*json, error);
}

QString compactJson(const QJsonObject &object)
{
    return object.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

PartiqlPanel::PartiqlPanel(session::Session *session, session::StatementHistory *history,
                           QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_history(history)
    , m_largeTableReadUnits(dynamo::kScanWarningReadUnits)
    , m_editor(new PartiqlEditor(this))
    , m_parameters(new QTableWidget(0, 2, this))
    , m_mode(new QComboBox(this))
    , m_token(new QLineEdit(this))
    , m_tokenUsed(new QLabel(this))
    , m_limit(new QSpinBox(this))
    , m_consistent(new QCheckBox(tr("Consistent read"), this))
    , m_runButton(new QPushButton(tr("Run"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_runAction(new QAction(tr("Run"), this))
    , m_nextPageAction(new QAction(tr("Next Page"), this))
    , m_error(new ErrorPane(this))
    , m_results(new QStackedWidget(this))
    , m_model(new models::ItemTableModel(this))
    , m_proxy(new models::ItemSortProxy(this))
    , m_grid(new QTableView(this))
    , m_statementResults(new QTableWidget(0, 4, this))
    , m_status(new QLabel(this))
    , m_historySearch(new QLineEdit(this))
    , m_historyList(new QListWidget(this))
    , m_savedList(new QListWidget(this))
{
    m_parameters->setObjectName(QStringLiteral("parameters"));
    m_mode->setObjectName(QStringLiteral("mode"));
    m_token->setObjectName(QStringLiteral("clientRequestToken"));
    m_token->setAccessibleName(tr("Client request token"));
    m_tokenUsed->setObjectName(QStringLiteral("tokenUsed"));
    m_limit->setObjectName(QStringLiteral("limit"));
    m_limit->setAccessibleName(tr("Limit"));
    m_consistent->setObjectName(QStringLiteral("consistentRead"));
    m_runButton->setObjectName(QStringLiteral("run"));
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    m_error->setObjectName(QStringLiteral("errorPane"));
    m_grid->setObjectName(QStringLiteral("resultGrid"));
    m_grid->setAccessibleName(tr("Result items"));
    // Arrow keys move between cells; Tab moves on to the next control.
    m_grid->setTabKeyNavigation(false);
    m_statementResults->setObjectName(QStringLiteral("statementResults"));
    m_statementResults->setAccessibleName(tr("Statement outcomes"));
    m_statementResults->setTabKeyNavigation(false);
    m_status->setObjectName(QStringLiteral("status"));
    m_historySearch->setObjectName(QStringLiteral("historySearch"));
    m_historySearch->setAccessibleName(tr("Search history"));
    m_historyList->setObjectName(QStringLiteral("historyList"));
    m_historyList->setAccessibleName(tr("Statement history"));
    m_savedList->setObjectName(QStringLiteral("savedList"));
    m_savedList->setAccessibleName(tr("Saved statements"));

    m_parameters->setHorizontalHeaderLabels({tr("Type"), tr("Value")});
    m_parameters->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_parameters->verticalHeader()->setVisible(false);
    m_parameters->setMaximumHeight(130);
    m_parameters->hide();

    m_mode->addItem(tr("Statement"));
    m_mode->addItem(tr("Batch (up to %1 statements)").arg(kMaxBatchStatements));
    m_mode->addItem(tr("Transaction (up to %1 statements)").arg(kMaxTransactionStatements));
    m_token->setPlaceholderText(tr("Client request token (empty: a new one)"));
    m_token->setClearButtonEnabled(true);
    m_tokenUsed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_limit->setRange(0, 10000);
    m_limit->setSpecialValueText(tr("No limit"));
    m_limit->setPrefix(tr("Limit: "));
    m_limit->setToolTip(tr("Items read per page (Limit); 0 lets DynamoDB decide."));
    m_runButton->setToolTip(tr("Run the statement under the cursor or the selection "
                               "(Ctrl+Return)"));

    m_runAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_runButton->setIcon(actionIcon(icons::Run));
    m_runAction->setIcon(actionIcon(icons::Run));
    connect(m_runAction, &QAction::triggered, this, &PartiqlPanel::run);
    addAction(m_runAction);
    m_nextPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_nextPageAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_nextPageAction, &QAction::triggered, this, &PartiqlPanel::fetchNextPage);
    addAction(m_nextPageAction);

    m_proxy->setSourceModel(m_model);
    m_grid->setModel(m_proxy);
    m_grid->setSortingEnabled(true);
    m_grid->sortByColumn(-1, Qt::AscendingOrder);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setWordWrap(false);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 6);
    m_grid->horizontalHeader()->setDefaultSectionSize(140);
    m_statementResults->setHorizontalHeaderLabels(
        {tr("#"), tr("Statement"), tr("Outcome"), tr("Item")});
    m_statementResults->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statementResults->verticalHeader()->setVisible(false);
    m_statementResults->horizontalHeader()->setStretchLastSection(true);
    m_results->addWidget(m_grid);
    m_results->addWidget(m_statementResults);
    auto *gridEmpty = new EmptyState(m_grid, {});
    gridEmpty->setTextFunction([this] {
        if (!m_model->source())
            return tr("Type a statement above and run it with Run (Ctrl+Return).");
        if (m_model->isLoading() || !m_model->isComplete())
            return QString();
        return tr("The statement returned no items.");
    });
    connect(m_model, &models::ItemTableModel::statusChanged, gridEmpty, &EmptyState::update);
    connect(m_model, &models::ItemTableModel::loadingChanged, gridEmpty, &EmptyState::update);
    new EmptyState(m_statementResults,
                   tr("Run a batch or a transaction (Ctrl+Return) to see the outcome of each "
                      "statement here."));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_mode);
    controls->addWidget(m_token, 1);
    controls->addWidget(m_limit);
    controls->addWidget(m_consistent);
    controls->addStretch();
    controls->addWidget(m_runButton);
    controls->addWidget(m_cancelButton);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *vertical = new QSplitter(Qt::Vertical, left);
    auto *top = new QWidget(vertical);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_editor, 1);
    topLayout->addWidget(m_error);
    topLayout->addWidget(m_parameters);
    topLayout->addLayout(controls);
    topLayout->addWidget(m_tokenUsed);
    vertical->addWidget(top);
    vertical->addWidget(m_results);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 2);
    leftLayout->addWidget(vertical, 1);
    leftLayout->addWidget(m_status);

    auto *historyPage = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyPage);
    m_historySearch->setPlaceholderText(tr("Search history"));
    m_historySearch->setClearButtonEnabled(true);
    historyLayout->addWidget(m_historySearch);
    historyLayout->addWidget(m_historyList, 1);
    m_historyList->setToolTip(tr("Double-click to put the statement into the editor."));

    auto *savedPage = new QWidget(this);
    auto *savedLayout = new QVBoxLayout(savedPage);
    auto *saveAs = new QPushButton(tr("Save As…"), savedPage);
    auto *open = new QPushButton(tr("Open"), savedPage);
    auto *remove = new QPushButton(tr("Delete"), savedPage);
    saveAs->setObjectName(QStringLiteral("saveAs"));
    open->setObjectName(QStringLiteral("openSaved"));
    remove->setObjectName(QStringLiteral("deleteSaved"));
    auto *savedButtons = new QHBoxLayout;
    savedButtons->addWidget(saveAs);
    savedButtons->addWidget(open);
    savedButtons->addWidget(remove);
    savedLayout->addLayout(savedButtons);
    savedLayout->addWidget(m_savedList, 1);

    auto *side = new QTabWidget(this);
    side->addTab(historyPage, tr("History"));
    side->addTab(savedPage, tr("Saved"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_confirmer = [this](const QString &text) {
        return QMessageBox::warning(this, tr("Read the Whole Table?"), text,
                                    QMessageBox::Yes | QMessageBox::Cancel,
                                    QMessageBox::Cancel) == QMessageBox::Yes;
    };

    connect(m_runButton, &QPushButton::clicked, this, &PartiqlPanel::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &PartiqlPanel::cancel);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateParameterRows();
        updateControls();
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &PartiqlPanel::updateParameterRows);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this,
            &PartiqlPanel::updateParameterRows);
    connect(m_model, &models::ItemTableModel::statusChanged, this, &PartiqlPanel::onPageStatus);
    connect(m_model, &models::ItemTableModel::loadingChanged, this, &PartiqlPanel::updateStatus);
    connect(m_model, &models::ItemTableModel::errorOccurred, this, &PartiqlPanel::onPageFailed);
    connect(m_historySearch, &QLineEdit::textChanged, this, &PartiqlPanel::updateHistoryList);
    connect(m_historyList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_editor->setPlainText(item->data(Qt::UserRole).toString());
    });
    const auto openSaved = [this] {
        if (QListWidgetItem *item = m_savedList->currentItem())
            m_editor->setPlainText(item->data(Qt::UserRole).toString());
    };
    connect(m_savedList, &QListWidget::itemActivated, this, openSaved);
    connect(open, &QPushButton::clicked, this, openSaved);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_savedList->currentItem())
            m_history->removeNamed(item->text());
    });
    connect(saveAs, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save Statement"), tr("Name:"),
                                                   QLineEdit::Normal, {}, &ok);
        if (ok && !name.trimmed().isEmpty())
            saveStatementAs(name.trimmed());
    });
    connect(m_history, &session::StatementHistory::changed, this, [this] {
        updateHistoryList();
        updateSavedList();
    });
    connect(m_session, &session::Session::connectionChanged, this,
            &PartiqlPanel::onConnectionChanged);

    updateHistoryList();
    updateSavedList();
    updateControls();
    refreshTableNames();
}

PartiqlPanel::~PartiqlPanel() = default;

void PartiqlPanel::setScanConfirmer(ScanConfirmer confirmer)
{
    m_confirmer = std::move(confirmer);
}

void PartiqlPanel::setLargeTableReadUnits(double readUnits)
{
    m_largeTableReadUnits = readUnits;
}

PartiqlPanel::Mode PartiqlPanel::mode() const
{
    return static_cast<Mode>(m_mode->currentIndex());
}

QString PartiqlPanel::statusText() const
{
    return m_status->text();
}

bool PartiqlPanel::isRunning() const
{
    return m_running || m_model->isLoading();
}

void PartiqlPanel::onConnectionChanged()
{
    cancel();
    m_descriptions.clear();
    m_tableNames.clear();
    m_model->setSource(nullptr, {});
    m_statementResults->setRowCount(0);
    m_status->clear();
    refreshTableNames();
}

void PartiqlPanel::refreshTableNames()
{
    if (m_listTables)
        m_listTables->cancel();
    if (!m_session->client())
        return;
    m_tableNames.clear();
    listTablesFrom({});
}

void PartiqlPanel::listTablesFrom(const QString &start)
{
    QJsonObject input;
    if (!start.isEmpty())
        input.insert(QStringLiteral("ExclusiveStartTableName"), start);
    aws::RequestJob *job =
        m_session->client()->call(aws::Service::DynamoDb, QStringLiteral("ListTables"), input);
    m_listTables = job;
    connect(job, &aws::Job::finished, this, [this, job] {
        if (job != m_listTables || job->error().isError())
            return;
        const QJsonObject &response = job->response();
        for (const QJsonValue &name : response.value(QLatin1String("TableNames")).toArray())
            m_tableNames.append(name.toString());
        const QString next = response.value(QLatin1String("LastEvaluatedTableName")).toString();
        if (!next.isEmpty() && m_session->client()) {
            listTablesFrom(next);
            return;
        }
        m_editor->setCompletionNames(m_tableNames, m_indexNames, m_model->attributeNames());
    });
    job->start();
}

void PartiqlPanel::updateParameterRows()
{
    int count = 0;
    if (mode() == Mode::Statement) {
        count = dynamo::countParameters(m_editor->currentStatement());
    } else {
        for (const QString &statement : dynamo::splitStatements(m_editor->toPlainText()))
            count += dynamo::countParameters(statement);
    }
    if (count == m_parameterRows.size())
        return;
    // Rows are kept when they shrink and grow again, so typed values survive edits.
    while (m_parameterRows.size() < count) {
        const int row = int(m_parameterRows.size());
        ParameterRow parameter;
        parameter.type = new QComboBox(m_parameters);
        parameter.type->addItems({tr("S"), tr("N"), tr("B"), tr("BOOL"), tr("NULL"),
                                  tr("DynamoDB JSON"), tr("Plain JSON")});
        parameter.type->setObjectName(QStringLiteral("parameterType%1").arg(row));
        parameter.value = new QLineEdit(m_parameters);
        parameter.value->setObjectName(QStringLiteral("parameterValue%1").arg(row));
        parameter.value->setPlaceholderText(tr("Value of ? number %1").arg(row + 1));
        m_parameters->setRowCount(row + 1);
        m_parameters->setCellWidget(row, 0, parameter.type);
        m_parameters->setCellWidget(row, 1, parameter.value);
        m_parameterRows.append(parameter);
    }
    while (m_parameterRows.size() > count) {
        m_parameterRows.removeLast();
        m_parameters->removeRow(m_parameters->rowCount() - 1);
    }
    m_parameters->setVisible(count > 0);
}

bool PartiqlPanel::collectParameters(QJsonArray *values, QString *error) const
{
    for (int row = 0; row < m_parameterRows.size(); ++row) {
        const ParameterRow &parameter = m_parameterRows.at(row);
        QString problem;
        const dynamo::AttributeValue value =
            parseParameter(parameter.type->currentIndex(), parameter.value->text(), &problem);
        if (!value.isValid()) {
            *error = tr("Parameter %1 is not valid: %2").arg(row + 1).arg(problem);
            parameter.value->setFocus();
            return false;
        }
        values->append(value.toWire());
    }
    return true;
}

void PartiqlPanel::run()
{
    if (isRunning())
        return;
    m_error->clear();
    if (!m_session->client()) {
        m_error->showNotice(tr("Connect to an account or a local endpoint first."));
        return;
    }
    updateParameterRows();
    QJsonArray parameters;
    QString error;
    if (!collectParameters(&parameters, &error)) {
        m_error->showNotice(error);
        return;
    }
    const Mode current = mode();
    if (current == Mode::Statement) {
        const QString statement = m_editor->currentStatement();
        if (statement.isEmpty()) {
            m_error->showNotice(tr("Type a statement to run."));
            return;
        }
        runStatement(statement, parameters);
        return;
    }
    const QStringList statements = dynamo::splitStatements(m_editor->toPlainText());
    const int limit = current == Mode::Batch ? kMaxBatchStatements : kMaxTransactionStatements;
    if (statements.isEmpty()) {
        m_error->showNotice(tr("Type the statements to run, separated by ';'."));
        return;
    }
    if (statements.size() > limit) {
        m_error->showNotice(tr("%1 statements were typed; a %2 takes at most %3.")
                                .arg(statements.size())
                                .arg(current == Mode::Batch ? tr("batch") : tr("transaction"))
                                .arg(limit));
        return;
    }
    runMany(current, statements, parameters);
}

void PartiqlPanel::runStatement(const QString &statement, const QJsonArray &parameters)
{
    m_running = true;
    m_recorded = false;
    m_runStatement = statement;
    m_runTable = dynamo::statementTarget(statement).table;
    m_scanFlag.clear();
    m_runStarted = QDateTime::currentDateTime();
    m_runTimer.start();
    updateControls();
    if (!isSelect(statement) || m_runTable.isEmpty() || m_descriptions.contains(m_runTable)) {
        continueStatement(statement, parameters);
        return;
    }
    m_status->setText(tr("Reading the keys of %1…").arg(m_runTable));
    aws::RequestJob *job =
        m_session->client()->call(aws::Service::DynamoDb, QStringLiteral("DescribeTable"),
                                  {{QStringLiteral("TableName"), m_runTable}});
    m_describe = job;
    connect(job, &aws::Job::finished, this, [this, job, statement, parameters] {
        if (job != m_describe || job->error().kind == aws::ErrorKind::Cancelled)
            return;
        // Without a description the statement still runs: DynamoDB says what is wrong.
        if (!job->error().isError()) {
            const QJsonObject table = job->response().value(QLatin1String("Table")).toObject();
            m_descriptions.insert(m_runTable, table);
            offerNamesOf(table);
        }
        continueStatement(statement, parameters);
    });
    job->start();
}

void PartiqlPanel::offerNamesOf(const QJsonObject &table)
{
    // Index names (for "Table"."Index") and the key attributes become completions.
    for (const QString &kind :
         {QStringLiteral("GlobalSecondaryIndexes"), QStringLiteral("LocalSecondaryIndexes")}) {
        for (const QJsonValue &index : table.value(kind).toArray()) {
            const QString name = index[QLatin1String("IndexName")].toString();
            if (!m_indexNames.contains(name))
                m_indexNames.append(name);
        }
    }
    QStringList attributes;
    for (const QJsonValue &definition :
         table.value(QLatin1String("AttributeDefinitions")).toArray())
        attributes.append(definition[QLatin1String("AttributeName")].toString());
    m_editor->addIndexNames(m_indexNames);
    m_editor->addAttributeNames(attributes);
}

void PartiqlPanel::continueStatement(const QString &statement, const QJsonArray &parameters)
{
    const QJsonObject table = m_descriptions.value(m_runTable);
    const dynamo::StatementTarget target = dynamo::statementTarget(statement);
    if (isSelect(statement) && !table.isEmpty()) {
        const dynamo::FullScanCheck check = dynamo::checkFullScan(statement, table);
        if (check.fullScan) {
            m_scanFlag = check.reason.isEmpty() ? tr("reads the whole table") : check.reason;
            const dynamo::ScanWarning warning =
                dynamo::scanWarning(table, m_consistent->isChecked(), target.index);
            const std::optional<double> units =
                dynamo::estimatedScanReadUnits(table, m_consistent->isChecked(), target.index);
            const bool large = !units || *units > m_largeTableReadUnits;
            if (large && m_confirmer && !m_confirmer(warning.text)) {
                m_running = false;
                m_recorded = true;
                m_status->setText(tr("Not run: full table scan (%1).").arg(m_scanFlag));
                updateControls();
                Q_EMIT runFinished(false);
                return;
            }
        }
    }
    if (m_source) {
        m_source->cancel();
        m_source->deleteLater();
    }
    auto *source =
        new models::StatementPageSource(m_session->client(), statement, parameters,
                                        m_consistent->isChecked(), m_limit->value(), this);
    m_source = source;
    const dynamo::KeySchemaInfo index = dynamo::keySchema(table, target.index);
    const dynamo::KeySchemaInfo base = dynamo::keySchema(table, {});
    QStringList keys;
    for (const QString &name :
         {index.partitionKey, index.sortKey, base.partitionKey, base.sortKey}) {
        if (!name.isEmpty() && !keys.contains(name))
            keys.append(name);
    }
    m_results->setCurrentWidget(m_grid);
    m_tokenUsed->clear();
    m_model->setSource(source, keys);
    m_model->fetchMore();
    updateStatus();
}

void PartiqlPanel::onPageStatus()
{
    if (m_model->pageCount() > 0 && !m_model->isLoading()) {
        m_editor->addAttributeNames(m_model->attributeNames());
        if (!m_recorded) {
            record(true, m_model->consumedCapacity(), {});
            finishRun(true);
        }
    }
    updateStatus();
    Q_EMIT pageLoaded();
}

void PartiqlPanel::onPageFailed()
{
    // The statement stays as typed; DynamoDB's message goes under the editor.
    m_error->showError(m_model->lastError());
    if (!m_recorded) {
        record(false, 0, m_model->lastError().details());
        finishRun(false);
    }
    updateStatus();
    Q_EMIT pageLoaded();
}

void PartiqlPanel::runMany(Mode current, const QStringList &statements,
                           const QJsonArray &parameters)
{
    QList<dynamo::Statement> list;
    qsizetype next = 0;
    for (const QString &text : statements) {
        dynamo::Statement statement{text, {}};
        // The parameter rows hold every statement's ? in order.
        for (int i = 0; i < dynamo::countParameters(text); ++i)
            statement.parameters.append(parameters.at(next++));
        list.append(statement);
    }
    m_running = true;
    m_recorded = false;
    m_runStatements = statements;
    m_runStatement = statements.join(QStringLiteral(";\n"));
    m_runTable = dynamo::statementTarget(statements.first()).table;
    m_scanFlag.clear();
    m_runStarted = QDateTime::currentDateTime();
    m_runTimer.start();
    m_statementResults->setRowCount(0);
    m_results->setCurrentWidget(m_statementResults);
    m_tokenUsed->clear();
    if (current == Mode::Batch) {
        auto *job = new dynamo::BatchStatementJob(m_session->client(), list, this);
        m_batch = job;
        connect(job, &aws::Job::finished, this, [this, job] { onBatchFinished(job); });
        m_status->setText(
            tr("Running %n statement(s) as a batch…", nullptr, int(statements.size())));
        job->start();
    } else {
        auto *job = new dynamo::TransactionStatementJob(m_session->client(), list,
                                                        m_token->text().trimmed(), this);
        m_transaction = job;
        connect(job, &aws::Job::finished, this, [this, job] { onTransactionFinished(job); });
        m_status->setText(
            tr("Running %n statement(s) as a transaction…", nullptr, int(statements.size())));
        job->start();
    }
    updateControls();
}

void PartiqlPanel::showStatementRow(int row, const QString &statement, bool ok,
                                    const QString &outcome, const QJsonObject &item)
{
    if (m_statementResults->rowCount() <= row)
        m_statementResults->setRowCount(row + 1);
    m_statementResults->setItem(row, 0, new QTableWidgetItem(QString::number(row + 1)));
    m_statementResults->setItem(row, 1, new QTableWidgetItem(statement));
    auto *result = new QTableWidgetItem(outcome);
    m_statementResults->setItem(row, 2, result);
    setItemTone(result, Qt::ForegroundRole, ok ? Tone::SuccessText : Tone::ErrorText);
    m_statementResults->setItem(row, 3, new QTableWidgetItem(compactJson(item)));
}

void PartiqlPanel::onBatchFinished(dynamo::BatchStatementJob *job)
{
    job->deleteLater();
    if (job != m_batch)
        return;
    const QStringList &statements = m_runStatements;
    if (job->error().isError()) {
        if (job->error().kind != aws::ErrorKind::Cancelled) {
            m_error->showError(job->error());
            record(false, 0, job->error().details());
        }
        m_status->setText(tr("The batch did not run."));
        finishRun(false);
        return;
    }
    int failed = 0;
    const QList<dynamo::StatementResult> &results = job->results();
    for (int i = 0; i < results.size(); ++i) {
        const dynamo::StatementResult &result = results.at(i);
        if (!result.ok)
            ++failed;
        const QString outcome =
            result.ok ? tr("OK") : tr("%1: %2").arg(result.errorCode, result.errorMessage);
        showStatementRow(i, statements.value(i), result.ok, outcome, result.item);
        if (result.ok && !result.item.isEmpty())
            m_editor->addAttributeNames(result.item.keys());
    }
    m_status->setText(tr("Batch: %1 of %2 statement(s) succeeded · %3 capacity units")
                          .arg(results.size() - failed)
                          .arg(results.size())
                          .arg(job->consumedCapacity()));
    record(failed == 0, job->consumedCapacity(),
           failed == 0 ? QString() : tr("%n statement(s) failed", nullptr, failed));
    finishRun(failed == 0);
}

void PartiqlPanel::onTransactionFinished(dynamo::TransactionStatementJob *job)
{
    job->deleteLater();
    if (job != m_transaction)
        return;
    const QStringList &statements = m_runStatements;
    m_lastToken = job->clientRequestToken();
    m_tokenUsed->setText(tr("Client request token: %1").arg(m_lastToken));
    if (job->error().isError()) {
        if (job->error().kind == aws::ErrorKind::Cancelled) {
            m_status->setText(tr("Cancelled."));
            finishRun(false);
            return;
        }
        m_error->showError(job->error());
        const QList<dynamo::CancellationReason> &reasons = job->reasons();
        for (int i = 0; i < reasons.size(); ++i) {
            const dynamo::CancellationReason &reason = reasons.at(i);
            const bool fine = reason.code.isEmpty() || reason.code == QLatin1String("None");
            showStatementRow(i, statements.value(i), fine,
                             fine ? tr("Not applied (the transaction was cancelled)")
                                  : tr("%1: %2").arg(reason.code, reason.message),
                             reason.item);
        }
        m_status->setText(tr("The transaction was not applied."));
        record(false, 0, job->error().details());
        finishRun(false);
        return;
    }
    for (int i = 0; i < statements.size(); ++i)
        showStatementRow(i, statements.at(i), true, tr("OK"), job->items().value(i));
    m_status->setText(tr("Transaction of %n statement(s) applied · %1 capacity units", nullptr,
                         int(statements.size()))
                          .arg(job->consumedCapacity()));
    record(true, job->consumedCapacity(), {});
    finishRun(true);
}

void PartiqlPanel::record(bool success, double capacity, const QString &error)
{
    if (m_recorded)
        return;
    m_recorded = true;
    session::HistoryEntry entry;
    entry.time = m_runStarted;
    entry.profile = m_session->displayName();
    entry.table = m_runTable;
    entry.statement = m_runStatement;
    entry.durationMs = m_runTimer.elapsed();
    entry.capacity = capacity;
    entry.success = success;
    entry.error = error;
    m_history->add(entry);
}

void PartiqlPanel::finishRun(bool success)
{
    m_running = false;
    m_recorded = true;
    updateControls();
    Q_EMIT runFinished(success);
}

void PartiqlPanel::cancel()
{
    // Forget the jobs first, so their cancelled `finished` is not taken for an answer.
    if (aws::RequestJob *job = m_describe.data()) {
        m_describe = nullptr;
        job->cancel();
    }
    if (dynamo::BatchStatementJob *job = m_batch.data()) {
        m_batch = nullptr;
        job->cancel();
    }
    if (dynamo::TransactionStatementJob *job = m_transaction.data()) {
        m_transaction = nullptr;
        job->cancel();
    }
    if (m_source && m_model->isLoading()) {
        m_source->cancel();
        // The grid cannot take back a request it made: start it over empty.
        m_model->setSource(nullptr, {});
        m_status->setText(tr("Cancelled."));
    }
    if (m_running) {
        m_status->setText(tr("Cancelled."));
        finishRun(false);
    }
    m_recorded = true;
}

void PartiqlPanel::fetchNextPage()
{
    if (m_model->canFetchMore())
        m_model->fetchMore();
}

void PartiqlPanel::saveStatementAs(const QString &name)
{
    m_history->saveNamed(name, m_editor->toPlainText());
}

void PartiqlPanel::updateStatus()
{
    if (m_results->currentWidget() != m_grid || !m_model->source()) {
        updateControls();
        return;
    }
    QString text =
        tr("%n item(s) in %1 page(s)", nullptr, m_model->rowCount()).arg(m_model->pageCount());
    text += tr(" · %1 capacity units").arg(m_model->consumedCapacity());
    if (!m_scanFlag.isEmpty())
        text += tr(" · full table scan: %1").arg(m_scanFlag);
    if (m_model->isLoading())
        text += tr(" · loading…");
    else if (m_model->isComplete())
        text += tr(" · end of results");
    else
        text += tr(" · more: scroll down or press Ctrl+PgDown");
    m_status->setText(text);
    updateControls();
}

void PartiqlPanel::updateControls()
{
    const bool running = isRunning();
    m_runButton->setEnabled(!running);
    m_runAction->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_token->setVisible(mode() == Mode::Transaction);
    m_limit->setEnabled(mode() == Mode::Statement);
    m_consistent->setEnabled(mode() == Mode::Statement);
}

void PartiqlPanel::updateHistoryList()
{
    m_historyList->clear();
    const QList<session::HistoryEntry> entries = m_history->search(m_historySearch->text());
    // Newest first.
    for (qsizetype i = entries.size() - 1; i >= 0 && m_historyList->count() < kHistoryShown; --i) {
        const session::HistoryEntry &entry = entries.at(i);
        const QString oneLine = entry.statement.simplified();
        const QString text = tr("%1 %2 · %3 · %4 ms · %5 capacity units\n%6")
                                 .arg(entry.success ? QStringLiteral("✓") : QStringLiteral("✗"),
                                      QLocale().toString(entry.time, QLocale::ShortFormat),
                                      entry.table.isEmpty() ? tr("no table") : entry.table)
                                 .arg(entry.durationMs)
                                 .arg(entry.capacity)
                                 .arg(oneLine);
        auto *item = new QListWidgetItem(text, m_historyList);
        item->setData(Qt::UserRole, entry.statement);
        item->setToolTip(entry.error.isEmpty() ? entry.statement
                                               : entry.statement + QLatin1Char('\n') + entry.error);
    }
}

void PartiqlPanel::updateSavedList()
{
    m_savedList->clear();
    const QMap<QString, QString> named = m_history->named();
    for (auto it = named.cbegin(); it != named.cend(); ++it) {
        auto *item = new QListWidgetItem(it.key(), m_savedList);
        item->setData(Qt::UserRole, it.value());
        item->setToolTip(it.value());
    }
}

} // namespace dyna::views
