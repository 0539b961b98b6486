#pragma once

#include <QStringList>
#include <QVariant>

namespace planea::ui {

/// The application's settings. Keys are an enum with their defaults in one place (no free
/// strings scattered through the widgets), so a renamed key is a one-line migration.
///
/// They live in one small JSON file (`settings.json` in the user's configuration folder, or in
/// `<data>/config/` for the portable ZIP) written through safe::writeFile like every other file
/// Planea writes: a full disk keeps the previous settings instead of a 0-byte file (QSettings on
/// Qt 6.4 does not see the failed final write, docs/RELIABILITY.md). A damaged file reads as the
/// defaults and is replaced on the next change. Settings of earlier versions (QSettings) are read
/// once when there is no file yet.
class Settings final
{
public:
    enum class Key {
        RecentPlans, ///< QStringList, newest first
        LastFolder, ///< folder of the last plan opened or created
        MainWindowGeometry,
        MainWindowState,
        PlanActors, ///< QVariantMap: plan file (absolute path) → the person last chosen for it
    };

    /// Uses `path` as the settings file from now on (the portable ZIP's, tests). Reloads it.
    static void useFile(const QString &path);
    /// The settings file in use.
    static QString filePath();

    static QVariant value(Key key);
    /// Changes a setting and writes the file. Returns false (and says why on stderr) when the
    /// file could not be written; the value is kept for this session anyway.
    static bool setValue(Key key, const QVariant &value);

    static QStringList recentPlans();
    /// Puts `path` first in the recent list (at most 8 entries, existing files only).
    static void addRecentPlan(const QString &path);
    static void removeRecentPlan(const QString &path);

    /// The person last chosen as working on the plan at `path` ("" if none).
    static QString lastActor(const QString &path);
    static void setLastActor(const QString &path, const QString &actor);

private:
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
};

} // namespace planea::ui
