#include "AppPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace planea {

QString portableMarkerName()
{
    return u"portable.txt"_s;
}

DataLocation dataLocation(const QString &applicationDir)
{
    // Only a regular file counts: a folder that happens to have the name does not.
    if (!applicationDir.isEmpty() && QFileInfo(QDir(applicationDir).filePath(portableMarkerName())).isFile())
        return { QDir::cleanPath(QDir(applicationDir).filePath(u"datos"_s)), true };
    return { QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation), false };
}

void usePortableSettings(const QString &dataDir)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, QDir(dataDir).filePath(u"config"_s));
}

} // namespace planea
