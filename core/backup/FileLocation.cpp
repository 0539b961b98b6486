#include "FileLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#ifdef Q_OS_WIN
#include <windows.h>
#elif defined(Q_OS_LINUX)
#include <sys/vfs.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace planea {

QString FileLocation::warning() const
{
    switch (kind) {
    case Kind::Local:
        return {};
    case Kind::Network:
        return QCoreApplication::translate(
                   "FileLocation",
                   "This plan is in a network folder (%1). A cut in the connection while a change is saved can damage "
                   "it, and another computer may not see that it is open. Work on a copy on this computer and copy it "
                   "back when you finish.")
            .arg(what);
    case Kind::CloudSync:
        return QCoreApplication::translate(
                   "FileLocation",
                   "This plan is in a folder synchronised by %1. The sync may upload the file in the middle of a "
                   "change "
                   "or bring back an older version over it. Work on a copy outside that folder, or close Planea before "
                   "the sync runs.")
            .arg(what);
    }
    return {};
}

QString FileLocation::shortWarning() const
{
    switch (kind) {
    case Kind::Local:
        return {};
    case Kind::Network:
        return QCoreApplication::translate("FileLocation", "Network folder (%1): work on a local copy").arg(what);
    case Kind::CloudSync:
        return QCoreApplication::translate("FileLocation", "Folder synchronised by %1: work on a local copy").arg(what);
    }
    return {};
}

FileLocation classifyPathText(const QString &path)
{
    // Windows paths are read on every system (a path typed or stored on Windows).
    QString p = path;
    p.replace(u'\\', u'/');
    if (p.startsWith(u"//"_s)) {
        const QString server = p.mid(2).section(u'/', 0, 0);
        // \\?\C:\… is a long local path, \\?\UNC\server\… a network one.
        if (server == u"?"_s || server == u"."_s) {
            const QString rest = p.mid(4);
            if (rest.startsWith(u"UNC/"_s, Qt::CaseInsensitive))
                return { FileLocation::Kind::Network, u"\\\\"_s + rest.mid(4).section(u'/', 0, 0) };
        } else {
            return { FileLocation::Kind::Network, u"\\\\"_s + server };
        }
    }
    static const struct
    {
        const char *pattern;
        const char *name;
    } clouds[] = {
        { "^onedrive( - .*)?$", "OneDrive" },
        { "^dropbox( \\(.*\\))?$", "Dropbox" },
        { "^google ?drive$|^googledrive$|^my drive$|^mi unidad$", "Google Drive" },
        { "^icloud ?drive$|^mobile documents$", "iCloud Drive" },
        { "^box( sync)?$", "Box" },
        { "^nextcloud$|^owncloud$", "Nextcloud" },
        { "^mega$|^megasync$", "MEGA" },
    };
    const QStringList parts = p.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) { // folders only, not the file's own name
        for (const auto &c : clouds) {
            const QRegularExpression re(QString::fromLatin1(c.pattern), QRegularExpression::CaseInsensitiveOption);
            if (re.match(parts[i]).hasMatch())
                return { FileLocation::Kind::CloudSync, QString::fromLatin1(c.name) };
        }
    }
    return {};
}

FileLocation classifyLocation(const QString &path)
{
    FileLocation byName = classifyPathText(QFileInfo(path).absoluteFilePath());
    if (byName.isRisky())
        return byName;
    const QString folder = QFileInfo(path).absolutePath();
#ifdef Q_OS_WIN
    const QString root = QDir::toNativeSeparators(QFileInfo(folder).absoluteFilePath().left(3));
    if (root.size() == 3 && root[1] == u':' && GetDriveTypeW(reinterpret_cast<LPCWSTR>(root.utf16())) == DRIVE_REMOTE)
        return { FileLocation::Kind::Network, root.left(2) };
#elif defined(Q_OS_LINUX)
    struct statfs fs
    {
    };
    if (::statfs(QFile::encodeName(folder).constData(), &fs) == 0) {
        switch (static_cast<unsigned long>(fs.f_type)) {
        case 0x6969UL:
            return { FileLocation::Kind::Network, u"NFS"_s };
        case 0x517BUL:
        case 0xFF534D42UL:
        case 0xFE534D42UL:
            return { FileLocation::Kind::Network, u"SMB/CIFS"_s };
        case 0x65735546UL:
            // FUSE: sshfs, rclone, Google Drive and other sync clients.
            return { FileLocation::Kind::Network, u"FUSE"_s };
        default:
            break;
        }
    }
#endif
    return byName;
}

} // namespace planea
