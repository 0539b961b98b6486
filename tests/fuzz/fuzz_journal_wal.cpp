// Fuzzes what a crash or another tool leaves beside a plan: the bytes become the plan's -journal
// (a save cut off: rolled back on open, guarantee 12) or its -wal (moved aside unless the plan is
// in WAL mode, guarantee 13), and the plan is opened read-write, read-only, or read-only leaving
// the folder as it is (recovery on a private copy). Every open must succeed or be refused with a
// message, never crash or hang; an opened plan is loaded and checked.
//
// Input: byte 0 chooses (bit 0) -wal instead of -journal, (bits 1-2) the open: read-write,
// read-only, read-only leaving files as they are; (bit 3) the plan comes from the input too: bytes
// 1-4 its length (little-endian, cut to what is there), then the plan, then the companion file.
// Otherwise the companion file goes beside a small valid plan built once at start
// (tests/fuzz/make_seed_journals.py writes pairs: a real hot journal, a WAL, a stray WAL).
#include "storage/PlanStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace planea;

namespace {

QTemporaryDir *dir = nullptr;
QByteArray seedPlan;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray buildSeedPlan()
{
    const QString path = dir->filePath(QStringLiteral("seed.planea"));
    PlanInfo info;
    info.entity.daneCode = QStringLiteral("63272");
    info.entity.name = QStringLiteral("Filandia");
    info.entity.departmentCode = QStringLiteral("63");
    info.entity.departmentName = QStringLiteral("Quindío");
    info.entity.type = EntityType::Municipality;
    info.term.startYear = 2028;
    info.planName = QStringLiteral("Plan de prueba");
    const Status made = writeNewPlanFile(path, info, [](PlanStore &store) -> Status {
        for (int i = 0; i < 4; ++i) {
            auto id = store.insert(Table::StrategicLine,
                                   { { QStringLiteral("name"), QStringLiteral("Línea %1").arg(i) },
                                     { QStringLiteral("sort_order"), i },
                                     { QStringLiteral("description"), QString(900, QChar(u'a' + i)) } });
            if (!id)
                return id.error();
        }
        return {};
    });
    if (!made)
        std::abort();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        std::abort();
    return file.readAll();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    new QCoreApplication(*argc, *argv);
    dir = new QTemporaryDir();
    seedPlan = buildSeedPlan();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t flags = data[0];
    const bool wal = flags & 1;
    const int openKind = (flags >> 1) & 3;
    QByteArray rest(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    QByteArray plan = seedPlan;
    if (flags & 8) {
        if (rest.size() < 4)
            return 0;
        const quint32 length = quint32(uint8_t(rest[0])) | quint32(uint8_t(rest[1])) << 8
            | quint32(uint8_t(rest[2])) << 16 | quint32(uint8_t(rest[3])) << 24;
        rest.remove(0, 4);
        const qsizetype planSize = qsizetype(std::min<quint32>(length, quint32(rest.size())));
        plan = rest.left(planSize);
        rest.remove(0, planSize);
    }

    // A fresh folder each time: the open may move a -wal aside or leave a recovered copy.
    QTemporaryDir folder(dir->filePath(QStringLiteral("run-XXXXXX")));
    const QString path = folder.filePath(QStringLiteral("plan.planea"));
    if (!writeFile(path, plan) || !writeFile(path + (wal ? QStringLiteral("-wal") : QStringLiteral("-journal")), rest))
        return 0;

    OpenOptions options;
    options.readOnly = openKind != 0;
    options.leaveFilesAsTheyAre = openKind >= 2;
    auto store = PlanStore::open(path, options);
    if (!store.ok()) {
        if (store.error().message.isEmpty())
            __builtin_trap(); // every refusal must say why
        return 0;
    }
    auto loaded = (*store)->load();
    (void)loaded;
    (void)(*store)->integrityProblems();
    return 0;
}
