#include "profilepresentation.h"

#include <QPainter>
#include <QPixmap>

namespace dyna::views {

const QStringList &commonRegions()
{
    static const QStringList regions = {
        QStringLiteral("us-east-1"),      QStringLiteral("us-east-2"),
        QStringLiteral("us-west-1"),      QStringLiteral("us-west-2"),
        QStringLiteral("ca-central-1"),   QStringLiteral("sa-east-1"),
        QStringLiteral("eu-west-1"),      QStringLiteral("eu-west-2"),
        QStringLiteral("eu-west-3"),      QStringLiteral("eu-central-1"),
        QStringLiteral("eu-north-1"),     QStringLiteral("eu-south-1"),
        QStringLiteral("ap-south-1"),     QStringLiteral("ap-northeast-1"),
        QStringLiteral("ap-northeast-2"), QStringLiteral("ap-northeast-3"),
        QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-2"),
        QStringLiteral("me-south-1"),     QStringLiteral("af-south-1")};
    return regions;
}

QIcon colourSwatch(const QString &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    if (colour.isEmpty())
        return QIcon(pixmap);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.setBrush(QColor(colour));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

} // namespace dyna::views
