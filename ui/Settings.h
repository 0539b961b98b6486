#pragma once

#include <QStringList>
#include <QVariant>

namespace planea::ui {

/// The application's settings. Keys are an enum with their defaults in one place (no free
/// strings scattered through the widgets), so a renamed key is a one-line migration.
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

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);

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
