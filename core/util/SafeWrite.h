#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace planea::safe {

/// Writes `bytes` to `path` so that the file ends up complete or exactly as it was: the bytes go to
/// a hidden temporary file beside it (named by util/TempFiles, so that what a killed write leaves is
/// removed by the next write in that folder), every write and the flush are checked, the file is
/// synced, its size on disk is compared with the bytes written, and only then is it renamed over
/// `path` (and, on Unix, the folder synced).
///
/// Why not QSaveFile: on Qt 6.4 `commit()` returns true after a buffered write failed with
/// ENOSPC (the error of the final flush is lost), leaving a 0-byte file in place of the old one.
///
/// On failure the message (Spanish) names the file, what failed (disk full, size limit, quota,
/// read-only…), how many bytes reached the disk and how much space was missing; `path` is unchanged.
Status writeFile(const QString &path, const QByteArray &bytes);

/// Runs `produce` on an in-memory device, then writes what it produced as `writeFile` does. A
/// failure of `produce` is returned as is and nothing is written.
Status writeFile(const QString &path, const std::function<Status(QIODevice &)> &produce);

/// The message writeFile gives, for a file another writer (SQLite building a new plan) could not
/// finish: `written` bytes had reached the disk, the largest of its files (the plan or its journal)
/// was `largest` bytes. SQLite does not pass errno on, so the cause is read from the disk and the
/// process: the file size limit reached, a read-only disk, free space under 1 MB, no permission.
Error interruptedWrite(const QString &path, bool existed, qint64 written, qint64 largest);

} // namespace planea::safe
