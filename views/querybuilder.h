#pragma once

#include "dynamo/queryspec.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QVBoxLayout;

namespace dyna::views {

// The form above a data browser that says what to read: a Query of the table or one of its
// indexes (partition key value, optional sort key condition) or a Scan, with filters,
// projection, order, consistent read, page size and parallel segments; or the same written as
// raw expressions with their own placeholders. Run (or Ctrl+Return) emits runRequested() only
// when the request builds; otherwise the error names the bad field and nothing typed changes.
class QueryBuilder : public QWidget
{
    Q_OBJECT
public:
    // Asked before a Scan that scanWarning() flags, with the sentence to show (it holds the
    // read capacity estimate); true runs it.
    using ScanConfirmer = std::function<bool(const QString &text)>;

    explicit QueryBuilder(QWidget *parent = nullptr);
    ~QueryBuilder() override;

    // The "Table" object of DescribeTable. Resets the index choice; keeps typed values.
    void setTable(const QJsonObject &tableDescription);
    const QJsonObject &table() const { return m_table; }

    // The default asks with a QMessageBox (Run anyway / Cancel); an empty one never asks.
    void setScanConfirmer(ScanConfirmer confirmer);
    // The page size and scan segments the form offers (Preferences); 0 is Automatic: chosen
    // from the table's size (dynamo::planFullScan) when the request is built.
    void setReadDefaults(int pageSize, int segments);
    // Whether the table is on this machine (DynamoDB Local), which the automatic plan weighs.
    void setLocalEndpoint(bool local) { m_localEndpoint = local; }

    // What the form holds; a value that does not parse is left invalid (request() says why).
    dynamo::QuerySpec spec() const;
    // The Query or Scan input, or an empty object and a sentence naming the bad field.
    QJsonObject request(QString *error) const;
    // One input per scan segment (one for a Query or a single-segment Scan).
    QList<QJsonObject> segmentRequests(QString *error) const;

    QString previewText() const;
    QString errorText() const;

    // Checks the request, asks before a costly Scan, then emits runRequested(). False when
    // the request does not build (the error is shown) or the user cancels.
    bool run();

    // What the user typed and chose, to be given back by restoreState() (the workspace).
    QJsonObject saveState() const;
    // Fills the form from saveState(); an index the table does not have is left as it is.
    void restoreState(const QJsonObject &state);

Q_SIGNALS:
    void runRequested();
    // Anything in the form changed (typed, chosen, or after setTable()).
    void changed();

private:
    struct FilterRow
    {
        QWidget *row = nullptr;
        QLineEdit *path = nullptr;
        QComboBox *op = nullptr;
        QComboBox *type = nullptr;
        QLineEdit *value = nullptr;
        QLineEdit *value2 = nullptr;
    };

    // The spec from the form (raw false) or the raw page; *error gets the first value that
    // does not parse.
    dynamo::QuerySpec collect(bool raw, QString *error) const;
    void collectFilter(const FilterRow &row, int number, dynamo::Condition *condition,
                       QString *error) const;
    void addFilterRow();
    void removeFilterRow(QWidget *row);
    void updateFilterArea();
    void updateFilterRow(const FilterRow &row);
    void onIndexChanged();
    void onModeChanged();
    void onRawToggled(bool raw);
    void fitPages();
    void updateSortFields();
    void updatePreview();
    void showError(const QString &text);

    QJsonObject m_table;
    bool m_localEndpoint = false;
    QList<FilterRow> m_filters;
    ScanConfirmer m_confirmer;

    QComboBox *m_mode;
    QComboBox *m_index;
    QLabel *m_partitionKeyLabel;
    QLabel *m_sortKeyLabel;
    QCheckBox *m_raw;
    QStackedWidget *m_pages;
    QWidget *m_keyRow;
    QLineEdit *m_partitionValue;
    QComboBox *m_sortOperator;
    QLineEdit *m_sortValue;
    QLabel *m_sortAnd;
    QLineEdit *m_sortValue2;
    QScrollArea *m_filterScroll;
    QVBoxLayout *m_filterLayout;
    QPushButton *m_addFilter;
    QLineEdit *m_projection;
    QLineEdit *m_rawKeyCondition;
    QLineEdit *m_rawFilter;
    QLineEdit *m_rawProjection;
    QPlainTextEdit *m_rawNames;
    QPlainTextEdit *m_rawValues;
    QComboBox *m_order;
    QCheckBox *m_consistentRead;
    QSpinBox *m_pageSize;
    QSpinBox *m_segments;
    QLabel *m_preview;
    QLabel *m_error;
    QPushButton *m_run;
};

} // namespace dyna::views
