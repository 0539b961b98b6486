#include "BackupManager.h"

#include "util/SafeWrite.h"
#include "util/TempFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <algorithm>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif
#include <filesystem>

using namespace Qt::Literals::StringLiterals;

namespace planea {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// SHA-256 of a plan file, skipping the header fields SQLite bumps on every write (file change
// counter at 24, version-valid-for and SQLite version at 92): two copies of the same content hash
// alike.
QByteArray hashableHeader(QByteArray header)
{
    if (header.size() == 100) {
        header.replace(24, 4, QByteArray(4, '\0'));
        header.replace(92, 8, QByteArray(8, '\0'));
    }
    return header;
}

QString contentHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(hashableHeader(file.read(100)));
    while (!file.atEnd())
        hash.addData(file.read(1 << 20));
    return QString::fromLatin1(hash.result().toHex());
}

// The same hash of bytes already read (the restore checks exactly what it will write).
QString contentHashOf(const QByteArray &bytes)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(hashableHeader(bytes.left(100)));
    hash.addData(QByteArrayView(bytes).sliced(std::min<qsizetype>(100, bytes.size())));
    return QString::fromLatin1(hash.result().toHex());
}

// VACUUM INTO does not sync what it writes: sync the copy before it is renamed into place, so a
// power cut cannot leave an empty backup under a valid name.
void syncToDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return;
#ifdef Q_OS_WIN
    ::_commit(file.handle());
#else
    ::fsync(file.handle());
#endif
}

QString stamp(const QDateTime &utc)
{
    return utc.toString(u"yyyyMMdd-HHmmss-zzz"_s);
}

Status moveFile(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()),
                            ec);
    if (ec)
        return Error::io(QCoreApplication::translate("BackupManager", "Could not move «%1» to «%2»: %3")
                             .arg(native(from), native(to), QString::fromLocal8Bit(ec.message())));
    return {};
}

BackupInfo readSummary(const QString &jsonPath)
{
    BackupInfo info;
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return info;
    const QJsonObject o = QJsonDocument::fromJson(file.read(1 << 20)).object();
    info.path = jsonPath.chopped(5) + u".planea"_s;
    info.createdAt = QDateTime::fromString(o.value(u"created"_s).toString(), Qt::ISODateWithMs);
    info.reason = o.value(u"reason"_s).toString();
    info.planName = o.value(u"plan"_s).toString();
    info.planPath = o.value(u"planPath"_s).toString();
    info.lines = o.value(u"lines"_s).toInt();
    info.goals = o.value(u"goals"_s).toInt();
    info.lastChange = QDateTime::fromString(o.value(u"lastChange"_s).toString(), Qt::ISODateWithMs);
    // A damaged summary can say anything: a size beyond qint64 is not converted (undefined).
    const double bytes = o.value(u"bytes"_s).toDouble();
    info.bytes = bytes >= 0 && bytes < 9.0e18 ? qint64(bytes) : 0;
    info.fingerprint = o.value(u"sha256"_s).toString();
    info.confirmedAt = QDateTime::fromString(o.value(u"confirmed"_s).toString(), Qt::ISODateWithMs);
    return info;
}

Status writeSummary(const BackupInfo &info)
{
    QJsonObject o;
    o.insert(u"created"_s, info.createdAt.toString(Qt::ISODateWithMs));
    o.insert(u"reason"_s, info.reason);
    o.insert(u"plan"_s, info.planName);
    o.insert(u"planPath"_s, info.planPath);
    o.insert(u"lines"_s, info.lines);
    o.insert(u"goals"_s, info.goals);
    o.insert(u"lastChange"_s, info.lastChange.toString(Qt::ISODateWithMs));
    o.insert(u"bytes"_s, double(info.bytes));
    o.insert(u"sha256"_s, info.fingerprint);
    if (info.confirmedAt.isValid())
        o.insert(u"confirmed"_s, info.confirmedAt.toString(Qt::ISODateWithMs));
    return safe::writeFile(info.path.chopped(7) + u".json"_s, QJsonDocument(o).toJson());
}

} // namespace

BackupManager::BackupManager(QString dataDir, RetentionPolicy policy)
    : m_dataDir(std::move(dataDir))
    , m_policy(policy)
{
}

QString BackupManager::folderFor(const QString &planPath) const
{
    const QFileInfo info(planPath);
    QString full = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
#ifdef Q_OS_WIN
    full = full.toLower();
#endif
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(full.toUtf8(), QCryptographicHash::Sha256).toHex().left(10));
    QString base = info.completeBaseName();
    for (QChar &c : base) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    return QDir(m_dataDir).filePath(u"backups/"_s + base.left(40) + u"-"_s + hash);
}

QString BackupManager::reasonKey(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Open:
        return u"open"_s;
    case BackupReason::Migration:
        return u"migration"_s;
    case BackupReason::Import:
        return u"import"_s;
    case BackupReason::Approval:
        return u"approval"_s;
    case BackupReason::Periodic:
        return u"periodic"_s;
    case BackupReason::Manual:
        break;
    }
    return u"manual"_s;
}

QString BackupManager::reasonText(const QString &key)
{
    if (key == u"open"_s)
        return QCoreApplication::translate("BackupManager", "when the plan was opened");
    if (key == u"periodic"_s)
        return QCoreApplication::translate("BackupManager", "hourly, while editing");
    if (key == u"migration"_s)
        return QCoreApplication::translate("BackupManager", "before updating the file format");
    if (key == u"import"_s)
        return QCoreApplication::translate("BackupManager", "before an import");
    if (key == u"approval"_s)
        return QCoreApplication::translate("BackupManager", "before the approval");
    if (key == u"catalog-move"_s)
        return QCoreApplication::translate("BackupManager", "before moving to another catalog version");
    if (key == u"before-restore"_s)
        return QCoreApplication::translate("BackupManager", "before restoring another copy");
    return QCoreApplication::translate("BackupManager", "made by hand");
}

Result<BackupInfo> BackupManager::backup(const PlanStore &store, BackupReason reason, const QDateTime &lastChange)
{
    const bool routine = reason == BackupReason::Open || reason == BackupReason::Periodic;
    return backup(store, reasonKey(reason), routine, lastChange);
}

Result<BackupInfo> BackupManager::backup(const PlanStore &store, const QString &reason, bool skipIfUnchanged,
                                         const QDateTime &lastChange)
{
    const QString folder = folderFor(store.path());
    if (!QDir().mkpath(folder))
        return Error::io(QCoreApplication::translate("BackupManager", "Could not create the backup folder «%1».")
                             .arg(native(folder)));

    BackupInfo info;
    info.createdAt = QDateTime::currentDateTimeUtc();
    info.reason = reason;
    info.planPath = QFileInfo(store.path()).absoluteFilePath();
    info.lastChange = lastChange.isValid() ? lastChange.toUTC() : QFileInfo(store.path()).lastModified().toUTC();
    QString base = QDir(folder).filePath(stamp(info.createdAt) + u"-"_s + reason);
    for (int n = 2; QFileInfo::exists(base + u".planea"_s); ++n)
        base = QDir(folder).filePath(stamp(info.createdAt) + u"-"_s + reason + u"-"_s + QString::number(n));
    info.path = base + u".planea"_s;

    // VACUUM INTO a hidden name, then rename: a backup is complete or absent.
    const QString temp = QDir(folder).filePath(u".partial-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (auto s = store.copyTo(temp); !s) {
        removeTempFiles(temp);
        return Error::io(QCoreApplication::translate("BackupManager", "The backup of «%1» could not be made: %2")
                             .arg(QFileInfo(store.path()).fileName(), s.error().message));
    }
    syncToDisk(temp);
    info.fingerprint = contentHash(temp);
    info.bytes = QFileInfo(temp).size();
    if (skipIfUnchanged) {
        // Unchanged: the same content, or (opening writes a little to the file) not written since
        // the newest backup was made.
        const auto newest = latest(store.path());
        const QDateTime coveredUntil = newest ? std::max(newest->createdAt, newest->confirmedAt) : QDateTime();
        const bool notWrittenSince = lastChange.isValid() && newest && lastChange <= coveredUntil;
        if (newest && (newest->fingerprint == info.fingerprint || notWrittenSince) && QFileInfo::exists(newest->path)) {
            removeTempFiles(temp);
            // Opening wrote to the file just now; the next opening must not take that for an edit.
            BackupInfo confirmed = *newest;
            confirmed.confirmedAt = QDateTime::currentDateTimeUtc();
            (void)writeSummary(confirmed);
            return confirmed;
        }
    }
    auto plan = store.load();
    if (plan) {
        info.planName = QCoreApplication::translate("BackupManager", "%1 %2–%3")
                            .arg(plan->info.entity.name)
                            .arg(plan->info.term.startYear)
                            .arg(plan->info.term.endYear());
        info.lines = int(plan->lines.size());
        info.goals = int(plan->indicators.size());
    }
    if (auto s = moveFile(temp, info.path); !s) {
        removeTempFiles(temp);
        return s.error();
    }
    if (auto s = writeSummary(info); !s)
        return s.error();
    if (!m_pruneSuspended)
        prune(store.path());
    return info;
}

QList<BackupInfo> BackupManager::list(const QString &planPath) const
{
    QList<BackupInfo> backups;
    const QDir dir(folderFor(planPath));
    for (const QString &name : dir.entryList({ u"*.json"_s }, QDir::Files)) {
        BackupInfo info = readSummary(dir.filePath(name));
        if (info.createdAt.isValid() && QFileInfo::exists(info.path))
            backups.append(info);
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupInfo &a, const BackupInfo &b) { return a.createdAt > b.createdAt; });
    return backups;
}

bool BackupManager::isIntact(const BackupInfo &backup)
{
    return backup.fingerprint.isEmpty() || contentHash(backup.path) == backup.fingerprint;
}

std::optional<BackupInfo> BackupManager::latest(const QString &planPath) const
{
    const auto backups = list(planPath);
    if (backups.isEmpty())
        return std::nullopt;
    return backups.first();
}

std::optional<BackupInfo> BackupManager::latestIntact(const QString &planPath, int *skipped) const
{
    int damaged = 0;
    std::optional<BackupInfo> found;
    for (const BackupInfo &b : list(planPath)) {
        if (isIntact(b)) {
            found = b;
            break;
        }
        ++damaged;
    }
    if (skipped)
        *skipped = damaged;
    return found;
}

int BackupManager::removeLeftovers(const QString &planPath, const QDateTime &now) const
{
    // Older than this, a hidden copy or a backup without its summary cannot belong to a backup
    // still being written (one backup takes seconds even for a large plan).
    const QDateTime before = now.addSecs(-kLeftoverAgeSeconds);
    const QDir dir(folderFor(planPath));
    int removed = 0;
    const auto old = [&](const QFileInfo &f) { return f.lastModified().toUTC() < before; };
    for (const QFileInfo &f : dir.entryInfoList({ u".partial-*"_s }, QDir::Files | QDir::Hidden)) {
        if (old(f) && QFile::remove(f.filePath()))
            ++removed;
    }
    for (const QFileInfo &f : dir.entryInfoList({ u"*.planea"_s }, QDir::Files)) {
        if (!QFileInfo::exists(f.filePath().chopped(7) + u".json"_s) && old(f) && QFile::remove(f.filePath()))
            ++removed;
    }
    for (const QFileInfo &f : dir.entryInfoList({ u"*.json"_s }, QDir::Files)) {
        if (!QFileInfo::exists(f.filePath().chopped(5) + u".planea"_s) && old(f) && QFile::remove(f.filePath()))
            ++removed;
    }
    return removed;
}

void BackupManager::prune(const QString &planPath, const QDateTime &now) const
{
    removeLeftovers(planPath, now);
    const QList<BackupInfo> backups = list(planPath);
    QSet<QDate> daysKept;
    const QDate today = now.toLocalTime().date();
    for (qsizetype i = 0; i < backups.size(); ++i) {
        const BackupInfo &b = backups[i];
        const QDate day = b.createdAt.toLocalTime().date();
        bool keep = i < m_policy.keepLatest;
        if (!daysKept.contains(day) && day.daysTo(today) < m_policy.keepDailyDays) {
            keep = true;
            daysKept.insert(day);
        }
        if (!keep) {
            QFile::remove(b.path);
            QFile::remove(b.path.chopped(7) + u".json"_s);
        }
    }
}

Status BackupManager::saveCopy(const PlanStore &store, const QString &target)
{
    const QFileInfo to(target);
    const QFileInfo from(store.path());
    if (to.exists() && to.canonicalFilePath() == from.canonicalFilePath())
        return Error::badInput(
            QCoreApplication::translate("BackupManager", "«%1» is the plan itself: choose another name for the copy.")
                .arg(native(target)));
    if (!QFileInfo(to.absolutePath()).isDir())
        return Error::io(QCoreApplication::translate("BackupManager", "The folder «%1» does not exist.")
                             .arg(native(to.absolutePath())));
    const QString temp = tempPathFor(to.absoluteFilePath());
    if (auto s = store.copyTo(temp); !s) {
        removeTempFiles(temp);
        return Error::io(QCoreApplication::translate("BackupManager", "The copy «%1» could not be written: %2")
                             .arg(native(target), s.error().message));
    }
    syncToDisk(temp);
    if (auto s = moveFile(temp, target); !s) {
        removeTempFiles(temp);
        return s;
    }
    return {};
}

std::function<Status(PlanStore &, BackupReason)> BackupManager::hook()
{
    return [this](PlanStore &store, BackupReason reason) -> Status {
        auto made = backup(store, reason);
        return made ? Status() : Status(made.error());
    };
}

Result<BackupInfo> BackupManager::restore(const QString &planPath, const BackupInfo &backup)
{
    const QString name = QFileInfo(planPath).fileName();
    // 0. The bytes must be those recorded when the backup was made (SHA-256 in its summary):
    // SQLite pages carry no checksum, so a flipped bit could otherwise open as a sound plan.
    QFile source(backup.path);
    if (!source.open(QIODevice::ReadOnly))
        return Error::io(QCoreApplication::translate("BackupManager", "Cannot read the backup «%1»: %2")
                             .arg(native(backup.path), source.errorString()));
    const QByteArray copy = source.readAll();
    if (copy.size() != source.size())
        return Error::io(QCoreApplication::translate("BackupManager", "Cannot read the backup «%1»: %2")
                             .arg(native(backup.path), source.errorString()));
    source.close();
    if (!backup.fingerprint.isEmpty() && contentHashOf(copy) != backup.fingerprint)
        return Error::badInput(
            QCoreApplication::translate("BackupManager",
                                        "The backup «%1» is damaged: its content no longer matches the SHA-256 "
                                        "recorded when it was made. It was not restored and the plan «%2» was not "
                                        "changed; choose another copy.")
                .arg(native(backup.path), name));
    // 1. The backup must be a sound plan: a damaged copy never replaces anything.
    {
        OpenOptions readOnly;
        readOnly.readOnly = true;
        auto opened = PlanStore::open(backup.path, readOnly);
        if (!opened)
            return Error::badInput(QCoreApplication::translate("BackupManager", "The backup «%1» cannot be used: %2")
                                       .arg(QFileInfo(backup.path).fileName(), opened.error().message));
    }

    // 2. Keep the current state first.
    const QString folder = folderFor(planPath);
    if (!QDir().mkpath(folder))
        return Error::io(QCoreApplication::translate("BackupManager", "Could not create the backup folder «%1».")
                             .arg(native(folder)));
    BackupInfo previous;
    if (QFileInfo::exists(planPath)) {
        auto current = PlanStore::open(planPath);
        if (current) {
            // Not pruned now: the backup being restored could be the one that falls out.
            m_pruneSuspended = true;
            auto made = this->backup(**current, u"before-restore"_s, false);
            m_pruneSuspended = false;
            if (!made)
                return made.error();
            previous = *made;
        } else if (current.error().kind == Error::Kind::Locked) {
            return current.error();
        } else {
            // Damaged or unreadable: keep it byte for byte (with its journal), not as a listed backup.
            previous.reason = u"damaged"_s;
            previous.createdAt = QDateTime::currentDateTimeUtc();
            previous.path = QDir(folder).filePath(stamp(previous.createdAt) + u"-damaged.planea.bin"_s);
            QFile damaged(planPath);
            const QByteArray bytes = damaged.open(QIODevice::ReadOnly) ? damaged.readAll() : QByteArray();
            if (bytes.size() != QFileInfo(planPath).size() || !safe::writeFile(previous.path, bytes))
                return Error::io(QCoreApplication::translate(
                                     "BackupManager",
                                     "Could not keep a copy of the damaged plan «%1» in «%2»; nothing was restored.")
                                     .arg(name, native(folder)));
        }
    }

    // 3. A journal or WAL left beside the plan belongs to the old file: SQLite would apply it to
    // the restored one. Move it aside with the kept state.
    for (const QString &suffix : { u"-journal"_s, u"-wal"_s, u"-shm"_s }) {
        if (QFileInfo::exists(planPath + suffix)) {
            const QString aside
                = QDir(folder).filePath(stamp(QDateTime::currentDateTimeUtc()) + u"-leftover"_s + suffix);
            if (auto s = moveFile(planPath + suffix, aside); !s)
                return s.error();
        }
    }

    // 4. Copy beside the plan, sync, check, rename over it (safe::writeFile): the bytes checked
    // in step 0.
    if (auto s = safe::writeFile(planPath, copy); !s)
        return s.error();

    // 5. The restored plan opens.
    auto check = PlanStore::open(planPath);
    if (!check)
        return check.error();
    check->reset();
    prune(planPath);
    return previous;
}

} // namespace planea
