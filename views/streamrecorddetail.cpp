#include "streamrecorddetail.h"

#include "streameventmodel.h"

#include "streams/streamrecord.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dyna::views {

namespace {

QString prettyJson(const QJsonValue &wire)
{
    return QString::fromUtf8(QJsonDocument(wire.toObject()).toJson(QJsonDocument::Indented))
        .trimmed();
}

} // namespace

StreamRecordDetail::StreamRecordDetail(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    m_header->setObjectName(QStringLiteral("recordHeader"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("recordSummary"));
    m_table->setObjectName(QStringLiteral("attributeTable"));
    m_table->setAccessibleName(tr("Attributes of the record"));
    m_table->setTabKeyNavigation(false);
    m_table->setHorizontalHeaderLabels({tr("Attribute"), tr("OldImage"), tr("NewImage")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(OldImageColumn, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    clear();
}

void StreamRecordDetail::clear()
{
    m_header->setText(tr("Select an event to see its images."));
    m_summary->clear();
    m_summary->hide();
    m_table->setRowCount(0);
    m_changedRows.clear();
}

void StreamRecordDetail::showRecord(const streams::StreamRecord &record)
{
    clear();
    const QLocale locale;
    QStringList header{
        streams::eventTypeName(record.type), models::StreamEventModel::keysText(record),
        tr("sequence number %1").arg(record.sequenceNumber), tr("shard %1").arg(record.shardId)};
    if (record.approximateCreation.isValid())
        header.append(tr("created about %1")
                          .arg(record.approximateCreation.toUTC().toString(
                              QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))));
    header.append(tr("%1 bytes").arg(locale.toString(record.sizeBytes)));
    m_header->setText(header.join(QStringLiteral(" · ")));

    const bool keysOnly = record.streamViewType == QLatin1String("KEYS_ONLY");
    // A keys-only record still names the item: its keys go where the images would be.
    const bool hasOld = record.type != streams::StreamEventType::Insert;
    const bool hasNew = record.type != streams::StreamEventType::Remove;
    const QJsonObject oldImage =
        keysOnly ? (hasOld ? record.keys : QJsonObject()) : record.oldImage;
    const QJsonObject newImage =
        keysOnly ? (hasNew ? record.keys : QJsonObject()) : record.newImage;

    QStringList names = record.keys.keys();
    QStringList others;
    for (const QJsonObject &image : {oldImage, newImage}) {
        for (auto it = image.begin(); it != image.end(); ++it) {
            if (!record.keys.contains(it.key()) && !others.contains(it.key()))
                others.append(it.key());
        }
    }
    others.sort();
    names.append(others);

    // Only a MODIFY with both images tells what changed; an INSERT or a REMOVE is the whole item.
    const bool bothImages = !keysOnly && record.type == streams::StreamEventType::Modify &&
                            !record.oldImage.isEmpty() && !record.newImage.isEmpty();
    const QStringList changedList = bothImages ? record.changedAttributes() : QStringList();
    const QSet<QString> changed(changedList.begin(), changedList.end());

    const QPalette pal = palette();
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor base = pal.color(QPalette::Base);
    // A quarter of the highlight colour over the base: readable in light and dark themes.
    const QColor changedBackground =
        QColor::fromRgbF(0.25f * highlight.redF() + 0.75f * base.redF(),
                         0.25f * highlight.greenF() + 0.75f * base.greenF(),
                         0.25f * highlight.blueF() + 0.75f * base.blueF());
    const QColor dimmed = pal.color(QPalette::Disabled, QPalette::Text);

    m_table->setRowCount(int(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        const QString &name = names.at(row);
        auto *nameItem = new QTableWidgetItem(name);
        m_table->setItem(row, AttributeColumn, nameItem);
        const QJsonObject *images[] = {&oldImage, &newImage};
        for (int side = 0; side < 2; ++side) {
            QTableWidgetItem *cell = nullptr;
            if (images[side]->contains(name)) {
                const QJsonValue value = images[side]->value(name);
                cell = new QTableWidgetItem(models::StreamEventModel::valueText(value));
                cell->setToolTip(prettyJson(value));
            } else {
                cell = new QTableWidgetItem(QStringLiteral("—"));
                cell->setForeground(dimmed);
                cell->setToolTip(tr("No value in this image."));
            }
            m_table->setItem(row, OldImageColumn + side, cell);
        }
        if (changed.contains(name)) {
            m_changedRows.append(row);
            QFont bold = nameItem->font();
            bold.setBold(true);
            nameItem->setFont(bold);
            for (int column = 0; column < ColumnCount; ++column)
                m_table->item(row, column)->setBackground(changedBackground);
        }
    }
    m_table->resizeColumnToContents(AttributeColumn);

    QString summary;
    if (keysOnly)
        summary = tr("This stream records keys only: no images.");
    else if (bothImages)
        summary = changed.size() == 1
                      ? tr("1 attribute changed")
                      : tr("%1 attributes changed").arg(QLocale().toString(changed.size()));
    else if (record.type == streams::StreamEventType::Insert)
        summary = tr("Item inserted with %n attribute(s).", nullptr, int(newImage.size()));
    else if (record.type == streams::StreamEventType::Remove)
        summary = oldImage.isEmpty()
                      ? tr("Item removed; the stream records no old image.")
                      : tr("Item removed with %n attribute(s).", nullptr, int(oldImage.size()));
    else
        summary = tr("The stream records only one image: the changes cannot be shown.");
    m_summary->setText(summary);
    m_summary->show();
}

} // namespace dyna::views
