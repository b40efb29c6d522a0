#pragma once

#include "dynamo/transaction.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dyna::session {
class Session;
} // namespace dyna::session

namespace dyna::dynamo {
class PaginatedJob;
} // namespace dyna::dynamo

namespace dyna::views {

class ErrorPane;

// The transaction builder: rows of Put, Update, Delete and ConditionCheck actions across tables
// run as one TransactWriteItems, or rows of Get run as one TransactGetItems. Each row is typed in
// its own cells (kind, table, key or item as plain or DynamoDB JSON, expressions, names and
// values); after a run each row shows its own outcome: OK, the item read, or the reason DynamoDB
// gave for cancelling, highlighted on the row that caused it. An empty token is filled with a
// fresh UUID; the token used is shown and "Retry with same token" sends it again, so a retry
// after a lost answer is applied at most once. Errors are shown inline; nothing typed is lost.
class TransactionPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Write, Get };
    // Cells of a row, in column order.
    enum Column {
        KindColumn,
        TableColumn,
        KeyColumn,
        UpdateColumn,
        ConditionColumn,
        ProjectionColumn,
        NamesColumn,
        ValuesColumn,
        ResultColumn,
        ColumnCount
    };

    explicit TransactionPanel(session::Session *session, QWidget *parent = nullptr);
    ~TransactionPanel() override;

    Mode mode() const;
    int rowCount() const;
    // The token of the last write run; empty before one.
    QString usedToken() const { return m_usedToken; }
    // The outcome shown in a row's result cell.
    QString resultText(int row) const;
    bool isRunning() const { return m_job; }

    // The rows as typed; on a problem an empty list, the sentence in *error and the row in *row.
    QList<dynamo::TransactionRow> rows(QString *error, int *row) const;

public Q_SLOTS:
    void run();
    void retryWithSameToken();
    void refreshTables();
    void addRow();

Q_SIGNALS:
    // After every run, successful or not.
    void runFinished(bool ok);

private:
    struct RowTexts
    {
        int kind = 0;
        QString table, key, update, condition, projection, names, values;
    };

    void onModeChanged();
    void removeCurrentRow();
    void moveCurrentRow(int delta);
    void setUpRow(int row);
    void fillKinds(QComboBox *combo) const;
    RowTexts rowTexts(int row) const;
    void setRowTexts(int row, const RowTexts &texts);
    QComboBox *kindCombo(int row) const;
    QComboBox *tableCombo(int row) const;
    QLineEdit *cellEdit(int row, Column column) const;
    void setResult(int row, const QString &text, bool highlighted);
    void clearResults();
    void updateButtons();
    void onJobFinished(dynamo::TransactionJob *job, quint64 generation);

    QPointer<session::Session> m_session;
    QComboBox *m_mode;
    QComboBox *m_format;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLineEdit *m_token;
    QPushButton *m_run;
    QLabel *m_usedTokenLabel;
    QPushButton *m_retry;
    QLabel *m_status;
    ErrorPane *m_error;
    QStringList m_tableNames;
    QString m_usedToken;
    QPointer<dynamo::TransactionJob> m_job;
    QPointer<dynamo::PaginatedJob> m_listJob;
};

} // namespace dyna::views
