#include "Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {
constexpr int MaxRecent = 8;
}

QString Settings::keyName(Key key)
{
    switch (key) {
    case Key::RecentPlans:
        return u"recent/plans"_s;
    case Key::LastFolder:
        return u"recent/lastFolder"_s;
    case Key::MainWindowGeometry:
        return u"mainWindow/geometry"_s;
    case Key::MainWindowState:
        return u"mainWindow/state"_s;
    case Key::PlanActors:
        return u"audit/planActors"_s;
    }
    return {};
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::RecentPlans:
        return QStringList();
    case Key::LastFolder:
        return QDir::homePath();
    case Key::MainWindowGeometry:
    case Key::MainWindowState:
        return QByteArray();
    case Key::PlanActors:
        return QVariantMap();
    }
    return {};
}

QVariant Settings::value(Key key)
{
    return QSettings().value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    QSettings().setValue(keyName(key), value);
}

QString Settings::lastActor(const QString &path)
{
    return value(Key::PlanActors).toMap().value(QFileInfo(path).absoluteFilePath()).toString();
}

void Settings::setLastActor(const QString &path, const QString &actor)
{
    QVariantMap actors = value(Key::PlanActors).toMap();
    actors.insert(QFileInfo(path).absoluteFilePath(), actor);
    setValue(Key::PlanActors, actors);
}

QStringList Settings::recentPlans()
{
    QStringList result;
    for (const QString &path : value(Key::RecentPlans).toStringList()) {
        if (QFileInfo::exists(path))
            result.append(path);
    }
    return result;
}

void Settings::addRecentPlan(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentPlans();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxRecent)
        list.removeLast();
    setValue(Key::RecentPlans, list);
    setValue(Key::LastFolder, QFileInfo(absolute).absolutePath());
}

void Settings::removeRecentPlan(const QString &path)
{
    QStringList list = recentPlans();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    setValue(Key::RecentPlans, list);
}

} // namespace planea::ui
