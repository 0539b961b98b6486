#pragma once

#include <QString>

namespace planea {

/// Where a plan file lives, as far as safety goes. SQLite's locking and journal need a local
/// disk: on a network share a lock may not be honoured and a lost connection can leave the file
/// half written; a cloud-sync client (OneDrive, Dropbox, Google Drive) may upload the file while
/// it is being changed, or bring back an older version over it.
struct FileLocation
{
    enum class Kind { Local, Network, CloudSync };
    Kind kind = Kind::Local;
    QString what; ///< "OneDrive", "NFS", "\\\\servidor"… (for the message)

    bool isRisky() const { return kind != Kind::Local; }
    /// A short warning for the status bar or a banner, in Spanish; empty for a local disk.
    QString warning() const;
    /// One line for the status bar; empty for a local disk.
    QString shortWarning() const;
};

/// Looks only at the path's text: UNC paths (\\server\share, //server/share) and folders named
/// like a cloud-sync client (OneDrive, Dropbox, Google Drive, iCloud Drive, Box, Nextcloud…).
FileLocation classifyPathText(const QString &path);

/// classifyPathText() plus what the system says about the folder's file system: a network drive
/// on Windows (GetDriveType), NFS, SMB/CIFS or FUSE (many sync clients) on Linux (statfs).
FileLocation classifyLocation(const QString &path);

} // namespace planea
