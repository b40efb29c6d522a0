#include "testsupport.h"

#include <QDir>

namespace dyna::test {

QString sharedPath(const QString &relative)
{
    return QDir(QStringLiteral(DYNA_SHARED_DIR)).filePath(relative);
}

} // namespace dyna::test
