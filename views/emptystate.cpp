#include "emptystate.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QTreeView>

namespace dyna::views {

EmptyState::EmptyState(QAbstractItemView *view, const QString &text)
    : QObject(view)
    , m_view(view)
{
    init(view->viewport(), text);
    if (auto *tree = qobject_cast<QTreeView *>(view)) {
        // Expanding or collapsing moves the last visible row, which the text stays below.
        connect(tree, &QTreeView::expanded, this, &EmptyState::place);
        connect(tree, &QTreeView::collapsed, this, &EmptyState::place);
    }
    setModel(view->model());
}

EmptyState::EmptyState(QWidget *area, QAbstractItemModel *model, const QString &text)
    : QObject(area)
{
    init(area, text);
    setModel(model);
}

void EmptyState::init(QWidget *area, const QString &text)
{
    m_area = area;
    m_label = new QLabel(text, area);
    m_label->setObjectName(QStringLiteral("emptyState"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setMargin(12);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    // Clicks and the context menu belong to the view underneath.
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_label->setAccessibleName(tr("Empty"));
    m_label->setAccessibleDescription(text);
    m_label->hide();
    area->installEventFilter(this);
}

QString EmptyState::text() const
{
    return m_label->text();
}

void EmptyState::setText(const QString &text)
{
    m_label->setText(text);
    m_label->setAccessibleDescription(text);
    place();
}

void EmptyState::setTextFunction(std::function<QString()> text)
{
    m_textFunction = std::move(text);
    update();
}

void EmptyState::setCondition(std::function<bool()> condition)
{
    m_condition = std::move(condition);
    update();
}

void EmptyState::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_model = model;
    if (model) {
        m_connections = {
            connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::update),
            connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::update),
            connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::update),
            connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::update),
        };
    }
    update();
}

bool EmptyState::isActive() const
{
    return m_active;
}

QAbstractItemView *EmptyState::view() const
{
    // qobject_cast, not QPointer's static cast: while the view is being destroyed it is only a
    // QWidget any more, and its models may still signal.
    return qobject_cast<QAbstractItemView *>(m_view.data());
}

void EmptyState::update()
{
    QAbstractItemView *itemView = view();
    if (m_view && !itemView)
        return; // the view is being destroyed, and the label with it
    if (itemView && itemView->model() != m_model) {
        setModel(itemView->model());
        return;
    }
    if (m_textFunction) {
        const QString text = m_textFunction();
        m_label->setText(text);
        m_label->setAccessibleDescription(text);
    }
    if (m_label->text().isEmpty()) {
        m_active = false;
    } else if (m_condition) {
        m_active = m_condition();
    } else {
        const QModelIndex root = itemView ? itemView->rootIndex() : QModelIndex();
        m_active = !m_model || m_model->rowCount(root) == 0;
    }
    place();
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_area) {
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::Show:
            // QAbstractItemView::setModel() has no signal: a new model is noticed here.
            update();
            break;
        case QEvent::Paint:
            if (view() && view()->model() != m_model)
                update();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

int EmptyState::contentBottom() const
{
    const QAbstractItemView *itemView = view();
    if (!itemView || !m_model)
        return 0;
    QModelIndex last;
    QModelIndex parent = itemView->rootIndex();
    const auto *tree = qobject_cast<const QTreeView *>(itemView);
    while (m_model->rowCount(parent) > 0) {
        last = m_model->index(m_model->rowCount(parent) - 1, 0, parent);
        if (!tree || !tree->isExpanded(last))
            break;
        parent = last;
    }
    if (!last.isValid())
        return 0;
    return qMax(0, itemView->visualRect(last).bottom() + 1);
}

void EmptyState::place()
{
    if (!m_area)
        return;
    if (!m_active) {
        m_label->hide();
        return;
    }
    const int top = contentBottom();
    m_label->setGeometry(0, top, m_area->width(), qMax(0, m_area->height() - top));
    m_label->show();
    m_label->raise();
}

QString EmptyState::tablesText(const TablesSituation &situation)
{
    if (!situation.connected)
        return tr("Connect with Connection > Connections… (Ctrl+Shift+O).");
    if (!situation.loaded)
        return {};
    if (situation.tableCount > 0) {
        if (situation.filter.isEmpty() || situation.matchCount > 0)
            return {};
        return tr("No table matches “%1”.").arg(situation.filter);
    }
    QString text = tr("No tables in %1. Create one with Table > New Table… (Ctrl+Shift+N).")
                       .arg(situation.region);
    if (situation.isLocal) {
        text += QLatin1Char('\n') +
                tr("DynamoDB Local keeps a separate database per access key and region unless "
                   "it was started with -sharedDb, so tables created by another tool may live "
                   "in another database.");
    }
    return text;
}

QString EmptyState::itemsText(const ItemsSituation &situation)
{
    if (!situation.tableChosen)
        return tr("Choose a table in the tree on the left.");
    if (!situation.loaded)
        return {};
    if (situation.loadedRows > 0) {
        if (situation.find.isEmpty())
            return {};
        return tr("No loaded item contains “%1”. Find searches only the items read so far.")
            .arg(situation.find);
    }
    if (!situation.complete)
        return {};
    if (!situation.filtered) {
        return tr("This table has no items. Add one with New Item (Ctrl+N) or import a file "
                  "with Import… (Ctrl+I).");
    }
    return tr("The query matched no items. A filter only applies after items are read, so a "
              "scan can read many items and still return none.");
}

} // namespace dyna::views
