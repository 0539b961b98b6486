#include "ChecksumVfs.h"

#include <bit>
#include <cstring>
#include <sqlite3.h>
#include <string>
#include <utility>
#include <vector>

namespace planea::storage {

namespace {

// Header byte 20: bytes reserved at the end of every page.
constexpr int kReserveOffset = 20;
constexpr unsigned char kMagic[] = "SQLite format 3";

quint64 loadLittleEndian(const unsigned char *p)
{
    quint64 v = 0;
    std::memcpy(&v, p, 8);
    if constexpr (std::endian::native == std::endian::big) {
        quint64 r = 0;
        for (int i = 0; i < 8; ++i)
            r = (r << 8) | ((v >> (8 * i)) & 0xff);
        v = r;
    }
    return v;
}

void storeLittleEndian(quint64 v, unsigned char *p)
{
    for (int i = 0; i < 8; ++i)
        p[i] = static_cast<unsigned char>(v >> (8 * i));
}

bool looksLikeAPage(int amount, sqlite3_int64 offset)
{
    return amount >= 512 && amount <= 65536 && (amount & (amount - 1)) == 0 && offset % amount == 0;
}

enum class State : int {
    Unknown, ///< page 1 not seen yet (a new file) or a rewrite that changes the reserved bytes
    Off, ///< page 1 says no 8 reserved bytes: pass through
    On, ///< page 1 says 8 reserved bytes: write and check checksums
};

struct ChecksumFile
{
    sqlite3_file base; // must be first
    State state;
    bool stickyUnknown; // a reserve change announced: reads of the old page 1 do not decide
    std::vector<std::pair<sqlite3_int64, int>> *pending; // pages written while Unknown
    const char *name;
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

static_assert(sizeof(ChecksumFile) % 8 == 0);

sqlite3_vfs *g_base = nullptr;
sqlite3_vfs g_vfs;

thread_local std::optional<ChecksumMismatch> t_mismatch;
thread_local int t_bypass = 0;
thread_local quint64 t_mainOpens = 0;

ChecksumFile *cf(sqlite3_file *f)
{
    return reinterpret_cast<ChecksumFile *>(f);
}

void decideFromHeader(ChecksumFile *f, const unsigned char *header)
{
    f->state = header[kReserveOffset] == kChecksumReserveBytes ? State::On : State::Off;
}

bool isHeader(const void *buf, int amount, sqlite3_int64 offset)
{
    return offset == 0 && amount > kReserveOffset && std::memcmp(buf, kMagic, 16) == 0;
}

void seal(unsigned char *page, int amount)
{
    const int body = amount - kChecksumReserveBytes;
    storeLittleEndian(pageChecksum(page, body), page + body);
}

int xClose(sqlite3_file *f)
{
    ChecksumFile *p = cf(f);
    delete p->pending;
    p->pending = nullptr;
    return p->real()->pMethods->xClose(p->real());
}

int xRead(sqlite3_file *f, void *buf, int amount, sqlite3_int64 offset)
{
    ChecksumFile *p = cf(f);
    const int rc = p->real()->pMethods->xRead(p->real(), buf, amount, offset);
    if (rc != SQLITE_OK)
        return rc;
    if (isHeader(buf, amount, offset) && !p->stickyUnknown)
        decideFromHeader(p, static_cast<const unsigned char *>(buf));
    if (p->state != State::On || t_bypass > 0 || !looksLikeAPage(amount, offset))
        return rc;
    const auto *page = static_cast<const unsigned char *>(buf);
    const int body = amount - kChecksumReserveBytes;
    if (pageChecksum(page, body) != loadLittleEndian(page + body)) {
        t_mismatch = ChecksumMismatch { QString::fromUtf8(p->name ? p->name : ""), offset / amount + 1 };
        return SQLITE_IOERR_DATA;
    }
    return rc;
}

int xWrite(sqlite3_file *f, const void *buf, int amount, sqlite3_int64 offset)
{
    ChecksumFile *p = cf(f);
    sqlite3_file *real = p->real();
    if (isHeader(buf, amount, offset)) {
        decideFromHeader(p, static_cast<const unsigned char *>(buf));
        p->stickyUnknown = false;
        if (p->pending) {
            // Pages written before this page 1 (a spill during a VACUUM): seal them now, or forget
            // them when the new page 1 does not reserve the bytes.
            if (p->state == State::On) {
                std::vector<unsigned char> page;
                for (const auto &[at, size] : *p->pending) {
                    page.resize(size_t(size));
                    int rc = real->pMethods->xRead(real, page.data(), size, at);
                    if (rc != SQLITE_OK)
                        return rc == SQLITE_IOERR_SHORT_READ ? SQLITE_IOERR_WRITE : rc;
                    seal(page.data(), size);
                    rc = real->pMethods->xWrite(real, page.data(), size, at);
                    if (rc != SQLITE_OK)
                        return rc;
                }
            }
            delete p->pending;
            p->pending = nullptr;
        }
    }
    if (looksLikeAPage(amount, offset)) {
        if (p->state == State::On) {
            // The reserved bytes belong to the VFS: SQLite never reads or writes them itself.
            seal(static_cast<unsigned char *>(const_cast<void *>(buf)), amount);
        } else if (p->state == State::Unknown && offset > 0) {
            if (!p->pending)
                p->pending = new std::vector<std::pair<sqlite3_int64, int>>();
            p->pending->emplace_back(offset, amount);
        }
    }
    return real->pMethods->xWrite(real, buf, amount, offset);
}

int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    ChecksumFile *p = cf(f);
    if (p->pending) {
        std::erase_if(*p->pending, [size](const auto &w) { return w.first + w.second > size; });
    }
    return p->real()->pMethods->xTruncate(p->real(), size);
}

int xSync(sqlite3_file *f, int flags)
{
    return cf(f)->real()->pMethods->xSync(cf(f)->real(), flags);
}

int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return cf(f)->real()->pMethods->xFileSize(cf(f)->real(), size);
}

int xLock(sqlite3_file *f, int level)
{
    return cf(f)->real()->pMethods->xLock(cf(f)->real(), level);
}

int xUnlock(sqlite3_file *f, int level)
{
    return cf(f)->real()->pMethods->xUnlock(cf(f)->real(), level);
}

int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return cf(f)->real()->pMethods->xCheckReservedLock(cf(f)->real(), out);
}

int xFileControl(sqlite3_file *f, int op, void *arg)
{
    ChecksumFile *p = cf(f);
    if (op == kFcntlReserveChangePending) {
        p->state = State::Unknown;
        p->stickyUnknown = true;
        return SQLITE_OK;
    }
    return p->real()->pMethods->xFileControl(p->real(), op, arg);
}

int xSectorSize(sqlite3_file *f)
{
    return cf(f)->real()->pMethods->xSectorSize(cf(f)->real());
}

int xDeviceCharacteristics(sqlite3_file *f)
{
    return cf(f)->real()->pMethods->xDeviceCharacteristics(cf(f)->real());
}

int xShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return cf(f)->real()->pMethods->xShmMap(cf(f)->real(), region, size, extend, out);
}

int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return cf(f)->real()->pMethods->xShmLock(cf(f)->real(), offset, n, flags);
}

void xShmBarrier(sqlite3_file *f)
{
    cf(f)->real()->pMethods->xShmBarrier(cf(f)->real());
}

int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return cf(f)->real()->pMethods->xShmUnmap(cf(f)->real(), deleteFlag);
}

// Version 2: shared memory for a plan another tool switched to WAL, but no xFetch, so SQLite never
// maps the file into memory and every page goes through xRead.
const sqlite3_io_methods g_methods = {
    2,
    xClose,
    xRead,
    xWrite,
    xTruncate,
    xSync,
    xFileSize,
    xLock,
    xUnlock,
    xCheckReservedLock,
    xFileControl,
    xSectorSize,
    xDeviceCharacteristics,
    xShmMap,
    xShmLock,
    xShmBarrier,
    xShmUnmap,
    nullptr,
    nullptr,
};

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    // Journals, temporary files, WAL files: the base VFS's own file, no shim.
    if (!(flags & SQLITE_OPEN_MAIN_DB))
        return g_base->xOpen(g_base, name, file, flags, outFlags);
    ++t_mainOpens;
    ChecksumFile *p = cf(file);
    p->state = State::Unknown;
    p->stickyUnknown = false;
    p->pending = nullptr;
    p->name = name;
    const int rc = g_base->xOpen(g_base, name, p->real(), flags, outFlags);
    p->base.pMethods = p->real()->pMethods ? &g_methods : nullptr;
    return rc;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_base->xDelete(g_base, name, syncDir);
}
int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_base->xAccess(g_base, name, flags, out);
}
int vfsFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return g_base->xFullPathname(g_base, name, n, out);
}
void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return g_base->xDlOpen(g_base, name);
}
void vfsDlError(sqlite3_vfs *, int n, char *msg)
{
    g_base->xDlError(g_base, n, msg);
}
void (*vfsDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_base->xDlSym(g_base, handle, symbol);
}
void vfsDlClose(sqlite3_vfs *, void *handle)
{
    g_base->xDlClose(g_base, handle);
}
int vfsRandomness(sqlite3_vfs *, int n, char *out)
{
    return g_base->xRandomness(g_base, n, out);
}
int vfsSleep(sqlite3_vfs *, int microseconds)
{
    return g_base->xSleep(g_base, microseconds);
}
int vfsCurrentTime(sqlite3_vfs *, double *t)
{
    return g_base->xCurrentTime(g_base, t);
}
int vfsGetLastError(sqlite3_vfs *, int n, char *text)
{
    return g_base->xGetLastError(g_base, n, text);
}
int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *t)
{
    return g_base->xCurrentTimeInt64(g_base, t);
}

} // namespace

quint64 pageChecksum(const unsigned char *data, int size)
{
    // Two lanes of xor-then-multiply by an odd constant over 64-bit words: each step is a
    // bijection of the lane, so any change confined to one word (every single bit flip) changes the
    // result. A final mix spreads the bits.
    quint64 a = 0x9e3779b97f4a7c15ULL;
    quint64 b = 0xc2b2ae3d27d4eb4fULL ^ quint64(size);
    int i = 0;
    for (; i + 16 <= size; i += 16) {
        a = (a ^ loadLittleEndian(data + i)) * 0x100000001b3ULL;
        b = (b ^ loadLittleEndian(data + i + 8)) * 0xff51afd7ed558ccdULL;
        a = std::rotl(a, 29);
        b = std::rotl(b, 31);
    }
    for (; i + 8 <= size; i += 8)
        a = std::rotl((a ^ loadLittleEndian(data + i)) * 0x100000001b3ULL, 29);
    quint64 h = a ^ std::rotl(b, 17);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

bool installChecksumVfs()
{
    static const bool installed = [] {
        if (sqlite3_initialize() != SQLITE_OK)
            return false;
        if (sqlite3_vfs *existing = sqlite3_vfs_find("planea-checksum"))
            return sqlite3_vfs_register(existing, 1) == SQLITE_OK;
        g_base = sqlite3_vfs_find(nullptr);
        if (!g_base)
            return false;
        std::memset(&g_vfs, 0, sizeof g_vfs);
        g_vfs.iVersion = 2;
        g_vfs.szOsFile = int(sizeof(ChecksumFile)) + g_base->szOsFile;
        g_vfs.mxPathname = g_base->mxPathname;
        g_vfs.zName = "planea-checksum";
        g_vfs.xOpen = vfsOpen;
        g_vfs.xDelete = vfsDelete;
        g_vfs.xAccess = vfsAccess;
        g_vfs.xFullPathname = vfsFullPathname;
        g_vfs.xDlOpen = vfsDlOpen;
        g_vfs.xDlError = vfsDlError;
        g_vfs.xDlSym = vfsDlSym;
        g_vfs.xDlClose = vfsDlClose;
        g_vfs.xRandomness = vfsRandomness;
        g_vfs.xSleep = vfsSleep;
        g_vfs.xCurrentTime = vfsCurrentTime;
        g_vfs.xGetLastError = vfsGetLastError;
        g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
        return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
    }();
    return installed;
}

const char *checksumVfsName()
{
    return "planea-checksum";
}

quint64 mainDatabaseOpens()
{
    return t_mainOpens;
}

std::optional<ChecksumMismatch> lastChecksumMismatch()
{
    return t_mismatch;
}

void clearLastChecksumMismatch()
{
    t_mismatch.reset();
}

ChecksumBypass::ChecksumBypass()
{
    ++t_bypass;
}

ChecksumBypass::~ChecksumBypass()
{
    --t_bypass;
}

} // namespace planea::storage
