#pragma once

#include <QString>

#include <optional>

namespace planea::storage {

/// Page checksums for plan files (docs/STORAGE.md, "Page checksums").
///
/// A SQLite VFS of Planea's own, registered as the process default over the previous default
/// (so Qt's QSQLITE connections, which use the system libsqlite3, go through it). For a main
/// database file whose header reserves 8 bytes at the end of every page (header byte 20 == 8), it
/// writes a 64-bit checksum of the rest of the page into those 8 bytes on every page write and
/// checks it on every page read; a page that does not match is refused with SQLITE_IOERR_DATA.
/// Every other file (no reserved bytes, journals, temporary files) passes through unchanged.

/// Bytes reserved at the end of every page of a checked plan.
inline constexpr int kChecksumReserveBytes = 8;

/// Registers the VFS as the default, once per process (later calls do nothing). Returns whether it
/// is registered. Called at program start by the storage code itself.
bool installChecksumVfs();

/// The name the VFS is registered under ("planea-checksum").
const char *checksumVfsName();

/// How many main database files this thread has opened through the VFS. A connection whose open
/// did not raise it was made by another SQLite library than the one Planea links (a Qt SQL plugin
/// with its own SQLite, as some Windows builds ship): its handle must not be given to Planea's
/// sqlite3_* calls, and its writes would leave stale checksums.
quint64 mainDatabaseOpens();

/// The page whose checksum did not match in the last refused read of this thread.
struct ChecksumMismatch
{
    QString file; ///< the database file's full path, as SQLite opened it
    qint64 page = 0; ///< 1-based page number
};
std::optional<ChecksumMismatch> lastChecksumMismatch();
void clearLastChecksumMismatch();

/// While one lives, this thread's reads are not checked (to find which table a damaged page belongs
/// to with `dbstat` before the connection is closed). Writes still get their checksums.
class ChecksumBypass
{
public:
    ChecksumBypass();
    ~ChecksumBypass();
    ChecksumBypass(const ChecksumBypass &) = delete;
    ChecksumBypass &operator=(const ChecksumBypass &) = delete;
};

/// The file-control opcode (sqlite3_file_control on "main") that announces a rewrite that changes
/// the reserved bytes (the VACUUM that converts an old plan): until page 1 is written again, the
/// pages written are remembered and get their checksums when page 1 says it reserves 8 bytes.
inline constexpr int kFcntlReserveChangePending = 0x504c4e01;

/// The checksum of `size` bytes (a multiple of 8), as stored in the reserved bytes (little endian).
quint64 pageChecksum(const unsigned char *data, int size);

} // namespace planea::storage
