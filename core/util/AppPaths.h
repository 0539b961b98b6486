#pragma once

#include <QString>

namespace planea {

/// Where Planea keeps the user's data (demo plan, imported catalogs, settings).
///
/// Installed, that is the per-user location (QStandardPaths::AppLocalDataLocation). Run from the
/// portable ZIP (a USB stick), the file `portable.txt` sits next to the executable and everything
/// stays beside it, in `<program folder>/datos`, so nothing is left on the computer.
struct DataLocation
{
    QString dataDir;
    bool portable = false;
};

/// The name of the marker file that makes Planea portable.
QString portableMarkerName();

/// The data location for a program started from `applicationDir` (the executable's folder).
DataLocation dataLocation(const QString &applicationDir);

/// In portable mode, QSettings (recent plans, window geometry) go to an INI file under `dataDir`
/// instead of the registry or ~/.config. Call before the first QSettings is made.
void usePortableSettings(const QString &dataDir);

} // namespace planea
