#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace dyna::aws {
class Job;
class RequestJob;
} // namespace dyna::aws

namespace dyna::dynamo {
class BatchStatementJob;
class TransactionStatementJob;
} // namespace dyna::dynamo

namespace dyna::models {
class ItemSortProxy;
class ItemTableModel;
class StatementPageSource;
} // namespace dyna::models

namespace dyna::session {
class Session;
class StatementHistory;
} // namespace dyna::session

namespace dyna::views {

class ErrorPane;
class PartiqlEditor;

// The PartiQL workbench: an editor, typed ? parameters, and a run of the statement under the
// cursor (or of every statement as a batch or a transaction). A single statement's results
// page into the explorer's lazy grid through NextToken; batches and transactions show one
// row per statement; double-click (or Enter) on a history or saved entry opens it. Every run lands
// in the history; statements can be saved by name.
class PartiqlPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Statement, Batch, Transaction };
    // Asked before a SELECT that reads the whole of a large table, with the sentence to show;
    // true runs it.
    using ScanConfirmer = std::function<bool(const QString &text)>;

    static constexpr int kMaxBatchStatements = 25;
    static constexpr int kMaxTransactionStatements = 100;

    PartiqlPanel(session::Session *session, session::StatementHistory *history,
                 QWidget *parent = nullptr);
    ~PartiqlPanel() override;

    // The default asks with a QMessageBox; an empty one never asks.
    void setScanConfirmer(ScanConfirmer confirmer);
    // A full scan is confirmed when it would consume more read units than this (or the
    // table's size is unknown); dynamo::kScanWarningReadUnits by default.
    void setLargeTableReadUnits(double readUnits);

    // Runs what the mode says: the statement under the cursor, or every statement.
    void run();
    void cancel();
    bool isRunning() const;
    void fetchNextPage();
    // Reads the table names offered by completion (ListTables).
    void refreshTableNames();
    // Saves the editor's text under `name` (Save As… asks for the name).
    void saveStatementAs(const QString &name);

    PartiqlEditor *editor() const { return m_editor; }
    models::ItemTableModel *model() const { return m_model; }
    QTableView *grid() const { return m_grid; }
    QTableWidget *statementResults() const { return m_statementResults; }
    ErrorPane *errorPane() const { return m_error; }
    QString statusText() const;
    // The ClientRequestToken the last transaction was sent with.
    QString lastClientRequestToken() const { return m_lastToken; }

Q_SIGNALS:
    // A run ended (first page, batch or transaction answered, failed or refused).
    void runFinished(bool success);
    // A page of the grid arrived or failed.
    void pageLoaded();

private:
    void listTablesFrom(const QString &start);
    void updateParameterRows();
    // The parameters as wire values; false and a sentence when one does not parse.
    bool collectParameters(QJsonArray *values, QString *error) const;
    void runStatement(const QString &statement, const QJsonArray &parameters);
    void offerNamesOf(const QJsonObject &table);
    void continueStatement(const QString &statement, const QJsonArray &parameters);
    void runMany(Mode mode, const QStringList &statements, const QJsonArray &parameters);
    void onBatchFinished(dynamo::BatchStatementJob *job);
    void onTransactionFinished(dynamo::TransactionStatementJob *job);
    void onPageStatus();
    void onPageFailed();
    void showStatementRow(int row, const QString &statement, bool ok, const QString &outcome,
                          const QJsonObject &item);
    void record(bool success, double capacity, const QString &error);
    void finishRun(bool success);
    void updateStatus();
    void updateControls();
    void updateHistoryList();
    void updateSavedList();
    void onConnectionChanged();
    Mode mode() const;

    struct ParameterRow
    {
        QComboBox *type = nullptr;
        QLineEdit *value = nullptr;
    };

    session::Session *m_session;
    session::StatementHistory *m_history;
    ScanConfirmer m_confirmer;
    double m_largeTableReadUnits;
    PartiqlEditor *m_editor;
    QTableWidget *m_parameters;
    QList<ParameterRow> m_parameterRows;
    QComboBox *m_mode;
    QLineEdit *m_token;
    QLabel *m_tokenUsed;
    QSpinBox *m_limit;
    QCheckBox *m_consistent;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QAction *m_runAction;
    QAction *m_nextPageAction;
    ErrorPane *m_error;
    QStackedWidget *m_results;
    models::ItemTableModel *m_model;
    models::ItemSortProxy *m_proxy;
    QTableView *m_grid;
    QTableWidget *m_statementResults;
    QLabel *m_status;
    QLineEdit *m_historySearch;
    QListWidget *m_historyList;
    QListWidget *m_savedList;

    // Table descriptions for the full-scan check, by table name, for this connection.
    QHash<QString, QJsonObject> m_descriptions;
    QPointer<aws::RequestJob> m_describe;
    QPointer<aws::RequestJob> m_listTables;
    QStringList m_tableNames;
    QStringList m_indexNames;
    QPointer<models::StatementPageSource> m_source;
    QPointer<dynamo::BatchStatementJob> m_batch;
    QPointer<dynamo::TransactionStatementJob> m_transaction;

    // The run in progress, for its history entry.
    bool m_running = false;
    bool m_recorded = true;
    QString m_runStatement;
    QStringList m_runStatements; // of a batch or transaction, for the result rows
    QString m_runTable;
    QString m_scanFlag;
    QDateTime m_runStarted;
    QElapsedTimer m_runTimer;
    QString m_lastToken;
};

} // namespace dyna::views
