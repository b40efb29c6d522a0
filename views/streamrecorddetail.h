#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace dyna::streams {
struct StreamRecord;
}

namespace dyna::views {

// One stream record, the old and the new image side by side: one row per attribute of either
// image (keys first, then by name), changed attributes highlighted.
class StreamRecordDetail : public QWidget
{
    Q_OBJECT
public:
    enum Column { AttributeColumn, OldImageColumn, NewImageColumn, ColumnCount };

    explicit StreamRecordDetail(QWidget *parent = nullptr);

    void showRecord(const streams::StreamRecord &record);
    void clear();

    QTableWidget *attributeTable() const { return m_table; }
    // Rows of attributes whose value differs between the two images.
    QList<int> changedRows() const { return m_changedRows; }

private:
    QLabel *m_header = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QList<int> m_changedRows;
};

} // namespace dyna::views
