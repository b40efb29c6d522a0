#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;
class QLabel;
class QWidget;

namespace dyna::views {

// What the navigation tree knows when it picks its empty-state text.
struct TablesSituation
{
    bool connected = false;
    bool loaded = false; // the last listing of the connected region finished without error
    QString region;
    int tableCount = 0;
    bool isLocal = false;
    QString filter;
    int matchCount = 0; // tables of the connected region that pass the filter
};

// What the items grid knows when it picks its empty-state text.
struct ItemsSituation
{
    bool tableChosen = false;
    bool loaded = false;   // the table's keys are read and no page is in flight
    bool complete = false; // the last query or scan read to its end
    bool filtered = false; // a query, an index or a filter rather than a plain scan
    QString find;          // the "Find in loaded items" text
    int loadedRows = 0;    // rows read before the find box filters them
};

// A muted, centred, word-wrapped sentence over an item view's empty viewport that says what
// to do next. It follows the view's model (rows inserted or removed, reset, layout changes,
// a new model) and shows only while the model has no rows under the view's root, or while
// the condition given with setCondition() holds. Rows above it stay visible: the text sits
// below the last visible row.
class EmptyState : public QObject
{
    Q_OBJECT
public:
    EmptyState(QAbstractItemView *view, const QString &text);
    // Over any widget area, following `model` (which may be null: then shown whenever the
    // condition holds, or always without one).
    EmptyState(QWidget *area, QAbstractItemModel *model, const QString &text);

    QString text() const;
    void setText(const QString &text);
    // The text asked for on every update (an empty text hides the label), for panels whose
    // advice depends on their state.
    void setTextFunction(std::function<QString()> text);
    // Replaces "the model has no rows" as the reason to show; updated on every model change
    // and on update(). An empty text never shows.
    void setCondition(std::function<bool()> condition);
    void setModel(QAbstractItemModel *model);

    // Whether the text is meant to show (it is visible when the area is too).
    bool isActive() const;
    QLabel *label() const { return m_label; }

    // The texts of the panels that need more than one sentence; empty: nothing to say.
    static QString tablesText(const TablesSituation &situation);
    static QString itemsText(const ItemsSituation &situation);

public Q_SLOTS:
    // Checks the model and the condition again.
    void update();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void init(QWidget *area, const QString &text);
    void place();
    int contentBottom() const;

    QAbstractItemView *view() const;

    QPointer<QWidget> m_view;
    QPointer<QWidget> m_area;
    QPointer<QAbstractItemModel> m_model;
    QLabel *m_label = nullptr;
    std::function<QString()> m_textFunction;
    std::function<bool()> m_condition;
    QList<QMetaObject::Connection> m_connections;
    bool m_active = false;
};

} // namespace dyna::views
