// Fuzzes the backup summaries (the `.json` beside each copy in a plan's backup folder, guarantee
// 4-5): the bytes become the summary of one copy, beside a second, valid backup. Listing the
// folder, checking each copy's hash, wording its reason, and pruning must never crash; a summary that does not read
// as a backup is left out of the list.
#include "backup/BackupManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace planea;

namespace {

QTemporaryDir *dir = nullptr;
PlanStore *store = nullptr; // never destroyed: Qt's SQL globals go first at exit
BackupManager *manager = nullptr;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    new QCoreApplication(*argc, *argv);
    dir = new QTemporaryDir();
    const QString plan = dir->filePath(QStringLiteral("plan.planea"));
    PlanInfo info;
    info.entity.daneCode = QStringLiteral("63272");
    info.entity.name = QStringLiteral("Filandia");
    info.entity.type = EntityType::Municipality;
    info.term.startYear = 2028;
    if (!writeNewPlanFile(plan, info, [](PlanStore &) -> Status { return {}; }))
        std::abort();
    auto opened = PlanStore::open(plan);
    if (!opened)
        std::abort();
    store = opened->release();
    manager = new BackupManager(dir->filePath(QStringLiteral("data")));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A valid backup (the plan's own copy and its summary, made once), then the copy whose summary
    // is fuzzed.
    static const QString valid = [] {
        auto made = manager->backup(*store, QStringLiteral("manual"), false);
        if (!made)
            std::abort();
        return made->path;
    }();
    const QString folder = manager->folderFor(store->path());
    const QString copy = folder + QStringLiteral("/20290101T000000.000Z-open.planea");
    if (!QFile::exists(valid) || (!QFile::exists(copy) && !QFile::copy(valid, copy)))
        std::abort();
    if (!writeFile(copy.chopped(7) + QStringLiteral(".json"),
                   QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size))))
        return 0;

    const QList<BackupInfo> backups = manager->list(store->path());
    if (backups.isEmpty() || backups.size() > 2)
        __builtin_trap(); // the valid one is always listed, nothing else appears
    for (const BackupInfo &b : backups) {
        if (!b.createdAt.isValid() || !QFile::exists(b.path))
            __builtin_trap();
        (void)BackupManager::isIntact(b);
        (void)BackupManager::reasonText(b.reason);
        (void)b.createdAt.toLocalTime().date();
    }
    (void)manager->latest(store->path());
    manager->prune(store->path());
    return 0;
}
