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
    // One folder for both executables (the GUI's organisation/application is Planea/Planea; the CLI
    // is named planea-cli): catalogs imported with planea-cli are the ones the GUI sees.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return { QDir::cleanPath(base + u"/Planea/Planea"_s), false };
}

void usePortableSettings(const QString &dataDir)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, QDir(dataDir).filePath(u"config"_s));
}

} // namespace planea
