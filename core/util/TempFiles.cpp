#include "TempFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSysInfo>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace planea {

namespace {

// Four hex digits of the computer's name: a plan folder on a USB stick or a network share may hold
// the temporary files of another computer, whose process numbers mean nothing here.
QString hostTag()
{
    static const QString tag = QString::fromLatin1(
        QCryptographicHash::hash(QSysInfo::machineHostName().toUtf8(), QCryptographicHash::Sha256).toHex().left(4));
    return tag;
}

bool processRuns(qint64 pid)
{
    if (pid == QCoreApplication::applicationPid())
        return true;
#ifdef Q_OS_UNIX
    if (pid <= 0 || pid > 0x7fffffff)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return true; // not checked on Windows: only the age decides there
#endif
}

} // namespace

QString tempPathFor(const QString &target)
{
    const QFileInfo info(target);
    return info.absolutePath() + u"/."_s + info.fileName() + u".tmp-"_s + hostTag() + u"-"_s
        + QString::number(QCoreApplication::applicationPid()) + u"-"_s
        + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

void removeTempFiles(const QString &temp)
{
    for (const QString &suffix : { QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s })
        QFile::remove(temp + suffix);
}

int removeStaleTempFiles(const QString &folder, const QDateTime &now)
{
    // .<name>.tmp-<host>-<pid>-<8 hex>, or (older versions) .<name>.planea.tmp-<8 hex>; each with an
    // optional SQLite companion suffix.
    static const QRegularExpression current(
        u"^\\..+\\.tmp-([0-9a-f]{4})-([0-9]{1,10})-[0-9a-f]{8}(-journal|-wal|-shm)?$"_s);
    static const QRegularExpression older(u"^\\..+\\.planea\\.tmp-[0-9a-f]{8}(-journal|-wal|-shm)?$"_s);
    const QDateTime dayAgo = now.addDays(-1);
    int removed = 0;
    const QFileInfoList candidates
        = QDir(folder).entryInfoList({ u".*.tmp-*"_s }, QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &f : candidates) {
        const QString name = f.fileName();
        bool stale = false;
        if (const auto m = current.match(name); m.hasMatch()) {
            const bool here = m.captured(1) == hostTag();
            stale = here ? !processRuns(m.captured(2).toLongLong()) : f.lastModified().toUTC() < dayAgo;
        } else if (older.match(name).hasMatch()) {
            stale = f.lastModified().toUTC() < dayAgo;
        }
        if (stale && QFile::remove(f.filePath()))
            ++removed;
    }
    return removed;
}

} // namespace planea
