#include "Settings.h"

#include "util/SafeWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace planea::ui {

namespace {

constexpr int MaxRecent = 8;

constexpr Settings::Key AllKeys[]
    = { Settings::Key::RecentPlans, Settings::Key::LastFolder, Settings::Key::MainWindowGeometry,
        Settings::Key::MainWindowState, Settings::Key::PlanActors };

struct Store
{
    QString path;
    bool loaded = false;
    QJsonObject values;
};

Store &store()
{
    static Store s;
    return s;
}

QString defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(u"settings.json"_s);
}

/// A value as JSON: byte arrays (window geometry) as base64, the rest as Qt converts it.
QJsonValue toJson(const QVariant &value)
{
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toBase64());
    return QJsonValue::fromVariant(value);
}

/// Back from JSON to the type of the key's default; anything else reads as the default.
QVariant fromJson(const QJsonValue &json, const QVariant &fallback)
{
    switch (fallback.typeId()) {
    case QMetaType::QByteArray:
        return json.isString() ? QVariant(QByteArray::fromBase64(json.toString().toLatin1())) : fallback;
    case QMetaType::QString:
        return json.isString() ? QVariant(json.toString()) : fallback;
    case QMetaType::QStringList: {
        if (!json.isArray())
            return fallback;
        QStringList list;
        for (const QJsonValue &v : json.toArray()) {
            if (v.isString())
                list.append(v.toString());
        }
        return list;
    }
    case QMetaType::QVariantMap: {
        if (!json.isObject())
            return fallback;
        QVariantMap map;
        const QJsonObject o = json.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isString())
                map.insert(it.key(), it.value().toString());
        }
        return map;
    }
    default:
        return fallback;
    }
}

} // namespace

void Settings::useFile(const QString &path)
{
    store() = Store { path, false, {} };
}

QString Settings::filePath()
{
    if (store().path.isEmpty())
        store().path = defaultPath();
    return store().path;
}

namespace {

void load()
{
    Store &s = store();
    if (s.loaded)
        return;
    s.loaded = true;
    QFile file(Settings::filePath());
    if (file.open(QIODevice::ReadOnly)) {
        // A damaged file (a cut write of an older version, an edit by hand) reads as the defaults.
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 << 20), &error);
        if (error.error == QJsonParseError::NoError && doc.isObject())
            s.values = doc.object();
        else
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("Settings",
                                                                "The settings file «%1» is damaged (%2): the "
                                                                "defaults are used and it is replaced on the next "
                                                                "change.")
                                        .arg(QDir::toNativeSeparators(file.fileName()),
                                             error.error == QJsonParseError::NoError
                                                 ? QCoreApplication::translate("Settings", "it is not an object")
                                                 : error.errorString())));
    }
}

} // namespace

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
    load();
    const QJsonObject &values = store().values;
    const QString name = keyName(key);
    if (values.contains(name))
        return fromJson(values.value(name), defaultValue(key));
    // No file yet: the settings of an earlier version (QSettings), if any.
    if (!QFile::exists(filePath())) {
        const QVariant old = QSettings().value(name);
        if (old.isValid()) {
            QVariant converted = old;
            if (converted.convert(defaultValue(key).metaType()))
                return converted;
        }
    }
    return defaultValue(key);
}

bool Settings::setValue(Key key, const QVariant &value)
{
    load();
    Store &s = store();
    if (!QFile::exists(filePath())) {
        // The first write keeps what an earlier version had under the other keys.
        for (const Key other : AllKeys) {
            if (other != key && !s.values.contains(keyName(other)))
                if (const QVariant old = Settings::value(other); old != defaultValue(other))
                    s.values.insert(keyName(other), toJson(old));
        }
    }
    s.values.insert(keyName(key), toJson(value));
    QDir().mkpath(QFileInfo(filePath()).absolutePath());
    const Status written = safe::writeFile(filePath(), QJsonDocument(s.values).toJson(QJsonDocument::Indented));
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
        return false;
    }
    return true;
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
