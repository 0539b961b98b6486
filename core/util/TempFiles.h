#pragma once

#include <QDateTime>
#include <QString>

namespace planea {

/// The hidden name a new plan file is built under beside `target` before it is renamed into
/// place: `.<name>.tmp-<host>-<pid>-<random>`, so that a later Planea can tell a file left by a
/// killed process (same computer, process gone) from one still being written (docs/RELIABILITY.md).
QString tempPathFor(const QString &target);

/// Removes a temporary plan file and the journal, WAL and shared-memory files SQLite made for it.
void removeTempFiles(const QString &temp);

/// Removes, from `folder`, the temporary plan files (and their journals) that a killed Planea
/// left: those of a process of this computer that no longer runs, and any older than a day (other
/// computers on a shared folder, names from versions before the process was part of it). Files of
/// running processes are kept. Returns how many files were removed; errors are ignored (a read-only
/// folder keeps them). `now` is for tests.
int removeStaleTempFiles(const QString &folder, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace planea
