#include "util/SafeWrite.h"

#include "util/TempFiles.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace planea::safe {

namespace {

QString bytesText(qint64 n)
{
    return QCoreApplication::translate("SafeWrite", "%1 bytes")
        .arg(QLocale(QLocale::Spanish, QLocale::Colombia).toString(n));
}

/// Not an errno: the folder is on a file system that holds no files (e.g. /proc), so its
/// "0 bytes free" must not read as a full disk.
constexpr int NotAFileDisk = -1;

/// The reason the system gave, in Spanish.
QString reason(int error)
{
    switch (error) {
    case NotAFileDisk:
        return QCoreApplication::translate("SafeWrite",
                                           "the folder is not on a disk that can hold files (a system folder)");
#ifdef Q_OS_UNIX
    case ENOSPC:
        return QCoreApplication::translate("SafeWrite", "the disk is full");
    case EFBIG:
        return QCoreApplication::translate("SafeWrite", "the file is larger than the system allows here");
    case EDQUOT:
        return QCoreApplication::translate("SafeWrite", "the disk quota is used up");
    case EIO:
        return QCoreApplication::translate("SafeWrite", "the disk reported a read/write error");
    case EROFS:
        return QCoreApplication::translate("SafeWrite", "the disk is read-only");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("SafeWrite", "there is no permission to write there");
#endif
    case 0:
        return QCoreApplication::translate("SafeWrite", "the system did not say why");
    default:
        return QCoreApplication::translate("SafeWrite", "system error %1 (%2)")
            .arg(error)
            .arg(QString::fromLocal8Bit(std::strerror(error)));
    }
}

/// "The previous file was not changed" or "no file was created", whichever is true.
QString untouched(bool existed)
{
    return existed ? QCoreApplication::translate("SafeWrite", "The previous file was not changed.")
                   : QCoreApplication::translate("SafeWrite", "No file was created.");
}

Error failure(const QString &path, bool existed, int error, qint64 written, qint64 wanted)
{
    const QString native = QDir::toNativeSeparators(path);
    QString space;
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (storage.isValid()) {
        const qint64 available = storage.bytesAvailable();
        // The temporary file's bytes are freed again when it is removed.
        const qint64 missing = wanted - (available + written);
        space = missing > 0 ? QCoreApplication::translate("SafeWrite", " Needed: %1; free: %2; missing: %3.")
                                  .arg(bytesText(wanted), bytesText(available + written), bytesText(missing))
                            : QCoreApplication::translate("SafeWrite", " Needed: %1; free: %2.")
                                  .arg(bytesText(wanted), bytesText(available + written));
    }
    return Error::io(
        QCoreApplication::translate("SafeWrite", "«%1» could not be written: %2; %3 of %4 reached the disk.%5 %6")
            .arg(native, reason(error), bytesText(written), bytesText(wanted), space, untouched(existed)));
}

} // namespace

Error interruptedWrite(const QString &path, bool existed, qint64 written, qint64 largest)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QStorageInfo storage(folder);
    int cause = 0;
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY
        && largest + 65536 >= qint64(limit.rlim_cur))
        cause = EFBIG;
    else if (storage.isValid() && storage.isReadOnly())
        cause = EROFS;
    else if (storage.isValid() && storage.bytesTotal() <= 0)
        cause = NotAFileDisk;
    else if (storage.isValid() && storage.bytesAvailable() < (1 << 20))
        cause = ENOSPC;
    else if (::access(QFile::encodeName(folder).constData(), W_OK) != 0)
        cause = errno;
#else
    Q_UNUSED(largest);
    if (storage.isValid() && storage.bytesTotal() <= 0)
        cause = NotAFileDisk;
    else if (storage.isValid() && storage.bytesAvailable() < (1 << 20))
        cause = ENOSPC;
#endif
    const QString space = storage.isValid() && cause != NotAFileDisk
        ? QCoreApplication::translate("SafeWrite", " Free: %1.").arg(bytesText(storage.bytesAvailable()))
        : QString();
    return Error::io(
        QCoreApplication::translate("SafeWrite",
                                    "«%1» could not be written: %2; %3 had reached the disk when it "
                                    "stopped.%4 %5")
            .arg(QDir::toNativeSeparators(path), reason(cause), bytesText(written), space, untouched(existed)));
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    const QString native = QDir::toNativeSeparators(path);
    const QFileInfo target(path);
    if (target.isDir())
        return Error::badInput(QCoreApplication::translate("SafeWrite", "«%1» is a folder, not a file.").arg(native));
    if (!QFileInfo(target.absolutePath()).isDir())
        return Error::io(QCoreApplication::translate("SafeWrite", "The folder «%1» does not exist.")
                             .arg(QDir::toNativeSeparators(target.absolutePath())));
    const bool existed = target.exists();

    // What a killed write left in this folder (its hidden temporary file) goes first.
    removeStaleTempFiles(target.absolutePath());
    // Never write in place: a failure half-way would leave a mixed file. The temporary name tells a
    // later Planea whose it was (util/TempFiles), so a killed write leaves nothing for long.
    const QString temp = tempPathFor(path);
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        return Error::io(QCoreApplication::translate("SafeWrite", "«%1» could not be created: %2. %3")
                             .arg(native, file.errorString(), untouched(existed)));
    }
    const qint64 wanted = bytes.size();
    qint64 written = 0;
    int error = 0;
#ifdef Q_OS_UNIX
    // Straight to the descriptor: every short write and its errno are seen here, nothing is buffered.
    const int fd = file.handle();
    while (written < wanted) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(wanted - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            error = n < 0 ? errno : ENOSPC;
            break;
        }
        written += n;
    }
    if (error == 0 && ::fsync(fd) != 0)
        error = errno;
    struct stat st = {};
    if (error == 0 && ::fstat(fd, &st) != 0)
        error = errno;
    if (error == 0 && qint64(st.st_size) != wanted) {
        written = qint64(st.st_size);
        error = EIO;
    }
#else
    written = file.write(bytes);
    if (written != wanted || !file.flush() || file.error() != QFileDevice::NoError) {
        written = qMax<qint64>(written, 0);
        error = EIO;
    }
#endif
    file.close();
    if (error != 0) {
        QFile::remove(temp);
        return failure(path, existed, error, written, wanted);
    }
    // The new file keeps the permissions of the one it replaces, as an editor's save does.
    if (existed)
        QFile::setPermissions(temp, QFile::permissions(path));
#ifdef Q_OS_WIN
    const bool renamed = ::MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(temp).utf16()),
                                       reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(path).utf16()),
                                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
    const QString renameError = renamed ? QString() : QString::number(::GetLastError());
#else
    const bool renamed = ::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) == 0;
    const QString renameError = renamed ? QString() : QString::fromLocal8Bit(std::strerror(errno));
#endif
    if (!renamed) {
        QFile::remove(temp);
        return Error::io(QCoreApplication::translate("SafeWrite", "«%1» could not be written: %2. %3")
                             .arg(native, renameError, untouched(existed)));
    }
#ifdef Q_OS_UNIX
    // The rename is durable once the folder's entry is: sync the folder (best effort).
    if (const int dir = ::open(QFile::encodeName(target.absolutePath()).constData(), O_RDONLY); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
#endif
    // The rename happened; a size that differs now means another program wrote there meanwhile.
    if (QFileInfo(path).size() != wanted) {
        return Error::io(
            QCoreApplication::translate(
                "SafeWrite", "«%1» was written but holds %2 instead of %3: another program may have changed it.")
                .arg(native, bytesText(QFileInfo(path).size()), bytesText(wanted)));
    }
    return {};
}

Status writeFile(const QString &path, const std::function<Status(QIODevice &)> &produce)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (auto s = produce(buffer); !s)
        return s;
    buffer.close();
    return writeFile(path, bytes);
}

} // namespace planea::safe
