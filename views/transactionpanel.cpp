#include "transactionpanel.h"

#include "actionicons.h"
#include "emptystate.h"
#include "errorpane.h"
#include "theme.h"

#include "aws/awsclient.h"
#include "dynamo/documentconverter.h"
#include "dynamo/pagination.h"
#include "session/session.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dyna::views {

namespace {

const char *const kCellNames[] = {"kind",       "table", "key",    "update", "condition",
                                  "projection", "names", "values", "result"};

QString cellName(int row, TransactionPanel::Column column)
{
    return QStringLiteral("%1_%2").arg(QLatin1String(kCellNames[column])).arg(row);
}

// A JSON object typed in a cell; an empty cell is an empty object.
std::optional<QJsonObject> objectFromText(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? TransactionPanel::tr("it is not valid JSON (%1 at character %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset)
                     : TransactionPanel::tr("write a JSON object.");
        return std::nullopt;
    }
    return document.object();
}

} // namespace

TransactionPanel::TransactionPanel(session::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_mode(new QComboBox)
    , m_format(new QComboBox)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_add(new QPushButton(tr("Add row")))
    , m_remove(new QPushButton(tr("Remove row")))
    , m_up(new QPushButton(tr("Move up")))
    , m_down(new QPushButton(tr("Move down")))
    , m_token(new QLineEdit)
    , m_run(new QPushButton(tr("Run")))
    , m_usedTokenLabel(new QLabel)
    , m_retry(new QPushButton(tr("Retry with same token")))
    , m_status(new QLabel)
    , m_error(new ErrorPane)
{
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->addItem(tr("Write (TransactWriteItems)"));
    m_mode->addItem(tr("Get (TransactGetItems)"));
    m_format->setObjectName(QStringLiteral("jsonFormatCombo"));
    m_format->addItem(tr("Plain JSON"));
    m_format->addItem(tr("DynamoDB JSON"));
    m_format->setToolTip(tr("How keys and items are written; values are always DynamoDB JSON."));
    m_table->setObjectName(QStringLiteral("rowsTable"));
    m_table->setAccessibleName(tr("Transaction actions"));
    // Tab moves into the row's fields and on to the token, not from cell to cell.
    m_table->setTabKeyNavigation(false);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Table"), tr("Key or item"),
                                        tr("Update expression"), tr("Condition expression"),
                                        tr("Projection"), tr("Names"), tr("Values"), tr("Result")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(170);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    new EmptyState(m_table, tr("No actions yet. Add one with Add row, fill in its table and key, "
                               "then press Run (Ctrl+Return)."));
    m_add->setObjectName(QStringLiteral("addRowButton"));
    m_remove->setObjectName(QStringLiteral("removeRowButton"));
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    m_down->setObjectName(QStringLiteral("moveDownButton"));
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setAccessibleName(tr("Client request token"));
    m_token->setPlaceholderText(tr("Automatic: a fresh UUID for each run"));
    m_token->setMaxLength(36);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setToolTip(tr("Run the transaction (Ctrl+Return)"));
    m_usedTokenLabel->setObjectName(QStringLiteral("usedTokenLabel"));
    m_usedTokenLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setToolTip(tr("Send the same transaction with the token used last: DynamoDB applies "
                           "it at most once within 10 minutes."));
    m_retry->setEnabled(false);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorPane"));

    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Mode:")));
    header->addWidget(m_mode);
    header->addWidget(new QLabel(tr("Keys and items as:")));
    header->addWidget(m_format);
    header->addStretch();
    header->addWidget(m_add);
    header->addWidget(m_remove);
    header->addWidget(m_up);
    header->addWidget(m_down);

    auto *footer = new QHBoxLayout;
    auto *tokenLabel = new QLabel(tr("Client request token:"));
    tokenLabel->setBuddy(m_token);
    footer->addWidget(tokenLabel);
    footer->addWidget(m_token, 1);
    footer->addWidget(m_run);
    footer->addWidget(m_usedTokenLabel);
    footer->addWidget(m_retry);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);
    layout->addWidget(m_status);
    layout->addWidget(m_error);

    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &TransactionPanel::run);
    m_run->setIcon(actionIcon(icons::Run));
    m_add->setIcon(actionIcon(icons::Add));
    m_remove->setIcon(actionIcon(icons::Remove));
    connect(m_run, &QPushButton::clicked, this, &TransactionPanel::run);
    connect(m_retry, &QPushButton::clicked, this, &TransactionPanel::retryWithSameToken);
    connect(m_add, &QPushButton::clicked, this, &TransactionPanel::addRow);
    connect(m_remove, &QPushButton::clicked, this, &TransactionPanel::removeCurrentRow);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentRow(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentRow(1); });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &TransactionPanel::onModeChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this, &TransactionPanel::updateButtons);
    // Typing in a cell's editor makes its row the current one, so Remove and Move act on it.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!now || !m_table->viewport()->isAncestorOf(now))
            return;
        const QModelIndex index =
            m_table->indexAt(now->mapTo(m_table->viewport(), now->rect().center()));
        if (index.isValid() && index.row() != m_table->currentRow())
            m_table->setCurrentCell(index.row(), index.column());
    });
    if (m_session) {
        connect(m_session, &session::Session::connectionChanged, this,
                &TransactionPanel::refreshTables);
    }

    addRow();
    onModeChanged();
    refreshTables();
}

TransactionPanel::~TransactionPanel()
{
    if (m_job)
        m_job->cancel();
    if (m_listJob)
        m_listJob->cancel();
}

TransactionPanel::Mode TransactionPanel::mode() const
{
    return m_mode->currentIndex() == 1 ? Mode::Get : Mode::Write;
}

int TransactionPanel::rowCount() const
{
    return m_table->rowCount();
}

QString TransactionPanel::resultText(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, ResultColumn);
    return item ? item->text() : QString();
}

QComboBox *TransactionPanel::kindCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, KindColumn));
}

QComboBox *TransactionPanel::tableCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, TableColumn));
}

QLineEdit *TransactionPanel::cellEdit(int row, Column column) const
{
    return qobject_cast<QLineEdit *>(m_table->cellWidget(row, column));
}

void TransactionPanel::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    setUpRow(row);
    // A new row starts on the table of the row above: transactions mostly stay on one table.
    if (row > 0)
        tableCombo(row)->setEditText(tableCombo(row - 1)->currentText());
    m_table->setCurrentCell(row, KindColumn);
    updateButtons();
}

void TransactionPanel::setUpRow(int row)
{
    auto *kind = new QComboBox;
    kind->setObjectName(cellName(row, KindColumn));
    fillKinds(kind);
    m_table->setCellWidget(row, KindColumn, kind);

    auto *table = new QComboBox;
    table->setObjectName(cellName(row, TableColumn));
    table->setEditable(true);
    table->addItems(m_tableNames);
    table->setEditText(QString());
    m_table->setCellWidget(row, TableColumn, table);

    const QString placeholders[] = {tr("{\"pk\": \"id-1\"}"),   tr("SET #n = :v"),
                                    tr("attribute_exists(pk)"), tr("pk, #n"),
                                    tr("{\"#n\": \"name\"}"),   tr("{\":v\": {\"S\": \"x\"}}")};
    int placeholder = 0;
    for (const Column column :
         {KeyColumn, UpdateColumn, ConditionColumn, ProjectionColumn, NamesColumn, ValuesColumn}) {
        auto *edit = new QLineEdit;
        edit->setObjectName(cellName(row, column));
        edit->setPlaceholderText(placeholders[placeholder++]);
        m_table->setCellWidget(row, column, edit);
    }
    auto *result = new QTableWidgetItem;
    result->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, ResultColumn, result);

    // Each field is named after its column; Tab walks the new row after the one above (rows
    // are only added and removed at the end) and then goes on to the token.
    QWidget *previous = row > 0 ? m_table->cellWidget(row - 1, ValuesColumn) : m_table;
    for (int column = KindColumn; column <= ValuesColumn; ++column) {
        QWidget *cell = m_table->cellWidget(row, column);
        cell->setAccessibleName(
            tr("%1, row %2").arg(m_table->horizontalHeaderItem(column)->text()).arg(row + 1));
        QWidget::setTabOrder(previous, cell);
        previous = cell;
    }
    QWidget::setTabOrder(previous, m_token);
}

void TransactionPanel::fillKinds(QComboBox *combo) const
{
    combo->clear();
    if (mode() == Mode::Write) {
        for (const auto kind :
             {dynamo::TransactionRow::Put, dynamo::TransactionRow::Update,
              dynamo::TransactionRow::Delete, dynamo::TransactionRow::ConditionCheck})
            combo->addItem(dynamo::transactionKindName(kind), int(kind));
    } else {
        combo->addItem(dynamo::transactionKindName(dynamo::TransactionRow::Get),
                       int(dynamo::TransactionRow::Get));
    }
}

TransactionPanel::RowTexts TransactionPanel::rowTexts(int row) const
{
    RowTexts texts;
    texts.kind = kindCombo(row)->currentIndex();
    texts.table = tableCombo(row)->currentText();
    texts.key = cellEdit(row, KeyColumn)->text();
    texts.update = cellEdit(row, UpdateColumn)->text();
    texts.condition = cellEdit(row, ConditionColumn)->text();
    texts.projection = cellEdit(row, ProjectionColumn)->text();
    texts.names = cellEdit(row, NamesColumn)->text();
    texts.values = cellEdit(row, ValuesColumn)->text();
    return texts;
}

void TransactionPanel::setRowTexts(int row, const RowTexts &texts)
{
    kindCombo(row)->setCurrentIndex(texts.kind);
    tableCombo(row)->setEditText(texts.table);
    cellEdit(row, KeyColumn)->setText(texts.key);
    cellEdit(row, UpdateColumn)->setText(texts.update);
    cellEdit(row, ConditionColumn)->setText(texts.condition);
    cellEdit(row, ProjectionColumn)->setText(texts.projection);
    cellEdit(row, NamesColumn)->setText(texts.names);
    cellEdit(row, ValuesColumn)->setText(texts.values);
}

// Contents move between rows rather than widgets, so each row's object names stay
// "<cell>_<row>".
void TransactionPanel::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0 || m_table->rowCount() <= 1)
        return;
    for (int i = row; i + 1 < m_table->rowCount(); ++i)
        setRowTexts(i, rowTexts(i + 1));
    m_table->removeRow(m_table->rowCount() - 1);
    clearResults();
    m_table->setCurrentCell(qMin(row, m_table->rowCount() - 1), KindColumn);
    updateButtons();
}

void TransactionPanel::moveCurrentRow(int delta)
{
    const int row = m_table->currentRow();
    const int other = row + delta;
    if (row < 0 || other < 0 || other >= m_table->rowCount())
        return;
    const RowTexts moving = rowTexts(row);
    setRowTexts(row, rowTexts(other));
    setRowTexts(other, moving);
    clearResults();
    m_table->setCurrentCell(other, KindColumn);
    updateButtons();
}

void TransactionPanel::onModeChanged()
{
    const bool write = mode() == Mode::Write;
    m_table->setColumnHidden(UpdateColumn, !write);
    m_table->setColumnHidden(ConditionColumn, !write);
    m_table->setColumnHidden(ProjectionColumn, write);
    m_token->setEnabled(write);
    m_retry->setEnabled(write && !m_usedToken.isEmpty());
    // Only the action list depends on the mode; everything typed stays.
    for (int row = 0; row < m_table->rowCount(); ++row)
        fillKinds(kindCombo(row));
    clearResults();
}

void TransactionPanel::updateButtons()
{
    const int row = m_table->currentRow();
    const bool idle = !m_job;
    m_add->setEnabled(idle && m_table->rowCount() < dynamo::kMaxTransactionRows);
    m_remove->setEnabled(idle && row >= 0 && m_table->rowCount() > 1);
    m_up->setEnabled(idle && row > 0);
    m_down->setEnabled(idle && row >= 0 && row + 1 < m_table->rowCount());
    m_run->setEnabled(idle);
    m_retry->setEnabled(idle && mode() == Mode::Write && !m_usedToken.isEmpty());
}

void TransactionPanel::refreshTables()
{
    if (m_listJob)
        m_listJob->cancel();
    if (!m_session || !m_session->client())
        return;
    auto *job = new dynamo::PaginatedJob(m_session->client(), aws::Service::DynamoDb,
                                         QStringLiteral("ListTables"), {}, this);
    m_listJob = job;
    auto names = std::make_shared<QStringList>();
    connect(job, &dynamo::PaginatedJob::page, this,
            [names](dynamo::PaginatedJob *, const QJsonObject &response) {
                for (const auto &name : response.value(QStringLiteral("TableNames")).toArray())
                    names->append(name.toString());
            });
    connect(job, &aws::Job::finished, this, [this, job, names] {
        job->deleteLater();
        if (job != m_listJob || job->error().isError())
            return; // table names are a convenience: the combos stay editable
        m_tableNames = *names;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            QComboBox *combo = tableCombo(row);
            const QString typed = combo->currentText();
            combo->clear();
            combo->addItems(m_tableNames);
            combo->setEditText(typed);
        }
    });
    job->start();
}

QList<dynamo::TransactionRow> TransactionPanel::rows(QString *error, int *row) const
{
    QList<dynamo::TransactionRow> rows;
    const bool wire = m_format->currentIndex() == 1;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        auto fail = [&](const QString &cell, const QString &sentence) {
            *error = tr("Row %1, %2: %3").arg(i + 1).arg(cell, sentence);
            *row = i;
            return QList<dynamo::TransactionRow>();
        };
        const RowTexts texts = rowTexts(i);
        dynamo::TransactionRow r;
        r.kind = static_cast<dynamo::TransactionRow::Kind>(kindCombo(i)->currentData().toInt());
        r.table = texts.table.trimmed();
        QString problem;
        const QByteArray keyText = texts.key.trimmed().toUtf8();
        const dynamo::Item item = keyText.isEmpty()
                                      ? dynamo::Item()
                                      : (wire ? dynamo::itemFromWireText(keyText, &problem)
                                              : dynamo::itemFromDocumentText(keyText, &problem));
        if (!problem.isEmpty())
            return fail(r.kind == dynamo::TransactionRow::Put ? tr("item") : tr("key"), problem);
        (r.kind == dynamo::TransactionRow::Put ? r.item : r.key) = item;
        if (mode() == Mode::Write) {
            r.updateExpression = texts.update.trimmed();
            r.conditionExpression = texts.condition.trimmed();
        } else {
            r.projection = texts.projection.trimmed();
        }
        const auto names = objectFromText(texts.names, &problem);
        if (!names)
            return fail(tr("names"), problem);
        r.names = *names;
        const auto values = objectFromText(texts.values, &problem);
        if (!values)
            return fail(tr("values"), problem);
        r.values = *values;
        rows.append(r);
    }
    return rows;
}

void TransactionPanel::setResult(int row, const QString &text, bool highlighted)
{
    QTableWidgetItem *item = m_table->item(row, ResultColumn);
    item->setText(text);
    item->setToolTip(text);
    setItemTone(item, Qt::BackgroundRole,
                highlighted ? std::optional(Tone::ErrorBackground) : std::nullopt);
}

void TransactionPanel::clearResults()
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        setResult(row, QString(), false);
}

void TransactionPanel::run()
{
    if (m_job)
        return;
    m_error->clear();
    m_status->clear();
    clearResults();
    if (!m_session || !m_session->client()) {
        m_status->setText(tr("Not connected."));
        Q_EMIT runFinished(false);
        return;
    }
    QString problem;
    int badRow = -1;
    QList<dynamo::TransactionRow> typed = rows(&problem, &badRow);
    if (problem.isEmpty()) {
        // The same checks the job makes, here so that the sentence lands on its row at once.
        if (mode() == Mode::Write)
            dynamo::transactWriteRequest(typed, QStringLiteral("check"), &problem, &badRow);
        else
            dynamo::transactGetRequest(typed, &problem, &badRow);
    }
    if (!problem.isEmpty()) {
        m_error->showNotice(problem);
        if (badRow >= 0) {
            setResult(badRow, problem, true);
            m_table->setCurrentCell(badRow, KindColumn);
        }
        Q_EMIT runFinished(false);
        return;
    }
    const auto jobMode = mode() == Mode::Write ? dynamo::TransactionJob::Mode::Write
                                               : dynamo::TransactionJob::Mode::Get;
    auto *job = new dynamo::TransactionJob(m_session->client(), jobMode, std::move(typed),
                                           m_token->text(), this);
    m_job = job;
    if (jobMode == dynamo::TransactionJob::Mode::Write) {
        m_usedToken = job->token();
        m_usedTokenLabel->setText(tr("Token used: %1").arg(m_usedToken));
    }
    m_status->setText(tr("Running…"));
    const quint64 generation = m_session->generation();
    connect(job, &aws::Job::finished, this,
            [this, job, generation] { onJobFinished(job, generation); });
    updateButtons();
    job->start();
}

void TransactionPanel::retryWithSameToken()
{
    if (m_usedToken.isEmpty() || mode() != Mode::Write)
        return;
    m_token->setText(m_usedToken);
    run();
}

void TransactionPanel::onJobFinished(dynamo::TransactionJob *job, quint64 generation)
{
    job->deleteLater();
    if (job != m_job)
        return;
    m_job = nullptr;
    updateButtons();
    // An answer from an earlier connection says nothing about the current one.
    if (!m_session || generation != m_session->generation()) {
        m_status->clear();
        Q_EMIT runFinished(false);
        return;
    }
    const aws::AwsError &error = job->error();
    if (error.isError()) {
        m_status->setText(job->isCancelledTransaction()
                              ? tr("The transaction was cancelled; nothing was written.")
                              : tr("The transaction did not run."));
        if (job->isCancelledTransaction()) {
            const QList<aws::CancellationReason> reasons = job->cancellationReasons();
            for (int row = 0; row < reasons.size() && row < m_table->rowCount(); ++row) {
                const aws::CancellationReason &reason = reasons.at(row);
                const bool none = reason.code == QLatin1String("None");
                const QString text = none ? tr("None: not applied")
                                          : (reason.message.isEmpty()
                                                 ? reason.code
                                                 : tr("%1: %2").arg(reason.code, reason.message));
                setResult(row, text, !none);
            }
        } else if (job->errorRow() >= 0) {
            setResult(job->errorRow(), error.userMessage(), true);
        }
        m_error->showError(error, error.kind == aws::ErrorKind::Auth && m_session->canReconnect());
        Q_EMIT runFinished(false);
        return;
    }
    const dynamo::CapacityUsage capacity = job->consumedCapacity();
    if (job->mode() == dynamo::TransactionJob::Mode::Get) {
        const auto &items = job->items();
        for (int row = 0; row < items.size() && row < m_table->rowCount(); ++row) {
            setResult(row,
                      items.at(row) ? QString::fromUtf8(dynamo::itemToDocumentText(
                                          *items.at(row), dynamo::JsonFormat::Compact))
                                    : tr("No such item"),
                      false);
        }
        m_status->setText(tr("Read %n row(s) (%1 read capacity units).", nullptr, int(items.size()))
                              .arg(capacity.read));
    } else {
        for (int row = 0; row < m_table->rowCount(); ++row)
            setResult(row, tr("OK"), false);
        m_status->setText(
            tr("The transaction was committed (%1 write capacity units).").arg(capacity.write));
    }
    Q_EMIT runFinished(true);
}

} // namespace dyna::views
