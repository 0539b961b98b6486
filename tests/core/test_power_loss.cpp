// Power loss, simulated: a SQLite VFS registered in this process (the Qt driver uses the same
// system libsqlite3) records every write, truncate, sync and delete that Planea makes to a plan
// and its journal while it saves edits. The disk is then rebuilt as a power cut at each point of
// that record would leave it: what was synced survives; what was not is dropped, kept, or kept
// in part at random. Every rebuilt plan must open, pass integrity_check and hold every edit that
// was reported saved before the cut, each edit whole or absent.
// PLANEA_POWERLOSS_EDITS raises the number of edits recorded (default 20).
#include "SamplePlans.h"
#include "TempDir.h"
#include "storage/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>

#include <cstring>
#include <map>
#include <optional>
#include <sqlite3.h>
#include <vector>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace planea;

namespace {

enum class Op { Create, Write, Truncate, Sync, Delete };

struct Event
{
    Op op;
    int file; ///< 0: the plan, 1: its journal
    qint64 offset = 0; ///< write offset, or new size for Truncate
    QByteArray data;
};

struct Recorder
{
    bool recording = false;
    std::string planPath;
    std::vector<Event> events;
    int fileIndex(const char *name) const
    {
        if (!recording || !name)
            return -1;
        const std::string n(name);
        if (n == planPath)
            return 0;
        if (n == planPath + "-journal")
            return 1;
        return -1;
    }
};

Recorder g_rec;
sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;

struct ShimFile
{
    sqlite3_file base;
    int index; ///< -1: not recorded
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

ShimFile *shim(sqlite3_file *f)
{
    return reinterpret_cast<ShimFile *>(f);
}

int xClose(sqlite3_file *f)
{
    return shim(f)->real()->pMethods->xClose(shim(f)->real());
}
int xRead(sqlite3_file *f, void *buf, int amt, sqlite3_int64 off)
{
    return shim(f)->real()->pMethods->xRead(shim(f)->real(), buf, amt, off);
}
int xWrite(sqlite3_file *f, const void *buf, int amt, sqlite3_int64 off)
{
    const int rc = shim(f)->real()->pMethods->xWrite(shim(f)->real(), buf, amt, off);
    if (rc == SQLITE_OK && shim(f)->index >= 0 && g_rec.recording)
        g_rec.events.push_back({ Op::Write, shim(f)->index, off, QByteArray(static_cast<const char *>(buf), amt) });
    return rc;
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    const int rc = shim(f)->real()->pMethods->xTruncate(shim(f)->real(), size);
    if (rc == SQLITE_OK && shim(f)->index >= 0 && g_rec.recording)
        g_rec.events.push_back({ Op::Truncate, shim(f)->index, size, {} });
    return rc;
}
int xSync(sqlite3_file *f, int flags)
{
    const int rc = shim(f)->real()->pMethods->xSync(shim(f)->real(), flags);
    if (rc == SQLITE_OK && shim(f)->index >= 0 && g_rec.recording)
        g_rec.events.push_back({ Op::Sync, shim(f)->index, 0, {} });
    return rc;
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return shim(f)->real()->pMethods->xFileSize(shim(f)->real(), size);
}
int xLock(sqlite3_file *f, int l)
{
    return shim(f)->real()->pMethods->xLock(shim(f)->real(), l);
}
int xUnlock(sqlite3_file *f, int l)
{
    return shim(f)->real()->pMethods->xUnlock(shim(f)->real(), l);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return shim(f)->real()->pMethods->xCheckReservedLock(shim(f)->real(), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return shim(f)->real()->pMethods->xFileControl(shim(f)->real(), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return shim(f)->real()->pMethods->xSectorSize(shim(f)->real());
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return shim(f)->real()->pMethods->xDeviceCharacteristics(shim(f)->real());
}

// Version 1 methods: no shared memory (Planea never uses WAL) and no memory-mapped I/O, so every
// change to the files passes through xWrite.
const sqlite3_io_methods g_methods = { 1,
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
                                       nullptr,
                                       nullptr,
                                       nullptr,
                                       nullptr,
                                       nullptr,
                                       nullptr };

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    ShimFile *s = shim(f);
    s->index = g_rec.fileIndex(name);
    int exists = 0;
    if (s->index >= 0)
        g_real->xAccess(g_real, name, SQLITE_ACCESS_EXISTS, &exists);
    const int rc = g_real->xOpen(g_real, name, s->real(), flags, outFlags);
    if (rc != SQLITE_OK) {
        s->base.pMethods = nullptr;
        return rc;
    }
    s->base.pMethods = &g_methods;
    if (s->index >= 0 && !exists)
        g_rec.events.push_back({ Op::Create, s->index, 0, {} });
    return rc;
}
int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    const int rc = g_real->xDelete(g_real, name, syncDir);
    const int index = g_rec.fileIndex(name);
    if (rc == SQLITE_OK && index >= 0)
        g_rec.events.push_back({ Op::Delete, index, syncDir, {} });
    return rc;
}
int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int vfsFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return g_real->xFullPathname(g_real, name, n, out);
}
void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return g_real->xDlOpen(g_real, name);
}
void vfsDlError(sqlite3_vfs *, int n, char *msg)
{
    g_real->xDlError(g_real, n, msg);
}
void (*vfsDlSym(sqlite3_vfs *, void *h, const char *sym))(void)
{
    return g_real->xDlSym(g_real, h, sym);
}
void vfsDlClose(sqlite3_vfs *, void *h)
{
    g_real->xDlClose(g_real, h);
}
int vfsRandomness(sqlite3_vfs *, int n, char *out)
{
    return g_real->xRandomness(g_real, n, out);
}
int vfsSleep(sqlite3_vfs *, int us)
{
    return g_real->xSleep(g_real, us);
}
int vfsCurrentTime(sqlite3_vfs *, double *t)
{
    return g_real->xCurrentTime(g_real, t);
}
int vfsGetLastError(sqlite3_vfs *, int n, char *s)
{
    return g_real->xGetLastError ? g_real->xGetLastError(g_real, n, s) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *t)
{
    return g_real->xCurrentTimeInt64(g_real, t);
}

void registerRecordingVfs()
{
    if (g_real)
        return;
    g_real = sqlite3_vfs_find(nullptr);
    ASSERT_NE(g_real, nullptr);
    std::memset(&g_vfs, 0, sizeof g_vfs);
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = int(sizeof(ShimFile)) + g_real->szOsFile;
    g_vfs.mxPathname = g_real->mxPathname;
    g_vfs.zName = "planea-powerloss";
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
    ASSERT_EQ(sqlite3_vfs_register(&g_vfs, 1), SQLITE_OK);
}

/// What happens to writes that were not yet synced when the power went.
enum class Unsynced { Lost, Kept, Random };

struct FileState
{
    std::optional<QByteArray> durable; ///< nullopt: the file does not exist on the disk
    bool createdDurably = true;
    std::vector<const Event *> pending;
};

void apply(QByteArray &bytes, const Event &e)
{
    if (e.op == Op::Write) {
        if (bytes.size() < e.offset + e.data.size())
            bytes.resize(e.offset + e.data.size(), '\0');
        std::memcpy(bytes.data() + e.offset, e.data.constData(), size_t(e.data.size()));
    } else if (e.op == Op::Truncate) {
        bytes.resize(e.offset, '\0');
    }
}

/// The plan and journal bytes after a power cut once `cut` events had reached the OS.
std::array<std::optional<QByteArray>, 2> disk(const QByteArray &initialPlan, size_t cut, Unsynced mode,
                                              QRandomGenerator &random)
{
    std::array<FileState, 2> files;
    files[0].durable = initialPlan;
    for (size_t i = 0; i < cut; ++i) {
        const Event &e = g_rec.events[i];
        FileState &f = files[size_t(e.file)];
        switch (e.op) {
        case Op::Create:
            // A new journal's directory entry is made durable by its first sync (the unix VFS
            // syncs the folder then).
            f.durable = QByteArray();
            f.createdDurably = false;
            f.pending.clear();
            break;
        case Op::Write:
        case Op::Truncate:
            f.pending.push_back(&e);
            break;
        case Op::Sync:
            for (const Event *p : f.pending)
                apply(*f.durable, *p);
            f.pending.clear();
            f.createdDurably = true;
            break;
        case Op::Delete:
            f.durable.reset();
            f.pending.clear();
            break;
        }
    }
    std::array<std::optional<QByteArray>, 2> result;
    for (size_t k = 0; k < 2; ++k) {
        FileState &f = files[k];
        if (!f.durable)
            continue;
        if (!f.createdDurably && (mode == Unsynced::Lost || (mode == Unsynced::Random && random.bounded(2))))
            continue;
        QByteArray bytes = *f.durable;
        for (const Event *p : f.pending) {
            if (mode == Unsynced::Kept || (mode == Unsynced::Random && random.bounded(2)))
                apply(bytes, *p);
        }
        result[k] = bytes;
    }
    return result;
}

QString lineName(int edit, int part)
{
    return u"Edición %1 parte %2"_s.arg(edit).arg(part);
}

} // namespace

TEST(PowerLoss, EverySavedEditSurvivesACutAtAnyPointOfTheRecord)
{
    registerRecordingVfs();
    test::TempDir dir;
    const QString path = QDir(dir.root()).canonicalPath() + u"/plan.planea"_s;
    test::createEmptyPlan(path).reset();
    const QByteArray initial = test::readBytes(path);
    ASSERT_FALSE(QFileInfo::exists(path + u"-journal"_s));

    // Record a session of edits: each edit adds three lines in one transaction, with long texts
    // so that pages split and the journal grows.
    const int edits = qEnvironmentVariableIntValue("PLANEA_POWERLOSS_EDITS") > 0
        ? qEnvironmentVariableIntValue("PLANEA_POWERLOSS_EDITS")
        : 20;
    std::map<int, size_t> savedAt; // edit -> number of events recorded when it was reported saved
    g_rec.planPath = path.toStdString();
    g_rec.events.clear();
    g_rec.recording = true;
    {
        auto store = PlanStore::open(path);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        for (int k = 0; k < edits; ++k) {
            auto s = (*store)->transaction([&]() -> Status {
                for (int part = 0; part < 3; ++part) {
                    auto id = (*store)->insert(
                        Table::StrategicLine,
                        { { u"name"_s, lineName(k, part) },
                          { u"sort_order"_s, k },
                          { u"description"_s, QString(700 + 97 * ((k + part) % 11), QChar(u'a' + part)) } });
                    if (!id)
                        return id.error();
                }
                return {};
            });
            ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
            savedAt[k] = g_rec.events.size();
        }
    }
    g_rec.recording = false;
    const auto &events = g_rec.events;
    // The Qt driver reached this VFS: it uses the same SQLite library as this test.
    ASSERT_GT(events.size(), size_t(edits) * 3) << "the SQLite VFS saw no writes";
    const auto syncs = std::count_if(events.begin(), events.end(), [](const Event &e) { return e.op == Op::Sync; });
    EXPECT_GE(syncs, edits * 2) << "synchronous=FULL syncs the journal and the plan at every commit";

    QRandomGenerator random(8128);
    int cases = 0;
    for (size_t cut = 0; cut <= events.size(); ++cut) {
        for (Unsynced mode : { Unsynced::Lost, Unsynced::Kept, Unsynced::Random }) {
            const auto files = disk(initial, cut, mode, random);
            const QString copy = dir.path(u"cut/plan.planea"_s);
            QDir(dir.path(u"cut"_s)).removeRecursively();
            QDir().mkpath(dir.path(u"cut"_s));
            ASSERT_TRUE(files[0].has_value());
            test::writeBytes(copy, *files[0]);
            if (files[1])
                test::writeBytes(copy + u"-journal"_s, *files[1]);
            ++cases;

            auto store = PlanStore::open(copy);
            ASSERT_TRUE(store.ok()) << "cut " << cut << " mode " << int(mode) << ": "
                                    << store.error().message.toStdString();
            auto plan = (*store)->load();
            ASSERT_TRUE(plan.ok());
            QSet<QString> names;
            for (const auto &l : plan->lines)
                names.insert(l.name);
            for (int k = 0; k < edits; ++k) {
                const int parts = int(names.contains(lineName(k, 0))) + int(names.contains(lineName(k, 1)))
                    + int(names.contains(lineName(k, 2)));
                EXPECT_TRUE(parts == 0 || parts == 3) << "cut " << cut << ": edit " << k << " half saved";
                if (savedAt[k] <= cut) {
                    ASSERT_EQ(parts, 3) << "cut " << cut << " mode " << int(mode) << ": edit " << k
                                        << " was reported saved but is lost";
                }
            }
            EXPECT_EQ(names.size(), plan->lines.size());
        }
    }
    RecordProperty("power_loss_cases", cases);
    std::printf("[ power loss ] %d cuts of %zu recorded file operations (%d edits), all sound\n", cases, events.size(),
                edits);
}
