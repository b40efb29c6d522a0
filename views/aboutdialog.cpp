#include "aboutdialog.h"

#include "aws/libraryversions.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPixmap>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dyna::views {

AboutDialog::AboutDialog(bool usesDynamoDbLocal, QWidget *parent)
    : QDialog(parent)
    , m_components(new QTableWidget(this))
{
    setWindowTitle(tr("About DynaConsole"));
    auto *title = new QLabel(tr("DynaConsole %1").arg(QApplication::applicationVersion()), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto *summary = new QLabel(tr("A native desktop administration console for Amazon "
                                  "DynamoDB. It runs with these components:"),
                               this);
    summary->setWordWrap(true);

    QList<aws::LibraryVersion> rows = aws::libraryVersions();
    if (usesDynamoDbLocal)
        rows.append(aws::dynamoDbLocalLibrary());
    m_components->setObjectName(QStringLiteral("aboutComponents"));
    m_components->setAccessibleName(tr("Components, versions and licences"));
    m_components->setColumnCount(3);
    m_components->setHorizontalHeaderLabels({tr("Component"), tr("Version"), tr("Licence")});
    m_components->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const aws::LibraryVersion &library = rows.at(row);
        const QStringList cells = {library.name, library.version, library.licence};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_components->setItem(row, column, item);
        }
    }
    m_components->verticalHeader()->hide();
    m_components->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_components->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_components->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_components->setSelectionMode(QAbstractItemView::NoSelection);
    m_components->setFocusPolicy(Qt::NoFocus);
    m_components->setWordWrap(false);
    // Every row visible without scrolling.
    int height = m_components->horizontalHeader()->height() + 2 * m_components->frameWidth();
    for (int row = 0; row < m_components->rowCount(); ++row)
        height += m_components->rowHeight(row);
    m_components->setFixedHeight(height);

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QPixmap(QStringLiteral(":/icons/hicolor/64x64/apps/dynaconsole.png")));
    header->addWidget(icon);
    header->addWidget(title, 1);
    layout->addLayout(header);
    layout->addWidget(summary);
    layout->addWidget(m_components);
    if (usesDynamoDbLocal) {
        auto *local = new QLabel(tr("DynamoDB Local is Amazon's software under the Amazon "
                                    "DynamoDB Local License Agreement (LICENSE.txt beside "
                                    "DynamoDBLocal.jar); DynaConsole only starts and talks "
                                    "to it."),
                                 this);
        local->setObjectName(QStringLiteral("dynamoDbLocalLicence"));
        local->setWordWrap(true);
        layout->addWidget(local);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, sizeHint().height());
}

} // namespace dyna::views
