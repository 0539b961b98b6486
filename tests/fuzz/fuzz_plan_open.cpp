// Fuzzes the plan opener: any bytes written as a .planea file must be opened or refused with a
// message, never crash or hang. Opened plans are fully loaded too.
#include "storage/PlanStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

QCoreApplication *app = nullptr;
QTemporaryDir *dir = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    app = new QCoreApplication(*argc, *argv);
    dir = new QTemporaryDir();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = dir->filePath(QStringLiteral("fuzz.planea"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    auto store = planea::PlanStore::open(path);
    if (store.ok()) {
        auto plan = (*store)->load();
        (void)plan;
    } else if (store.error().message.isEmpty()) {
        __builtin_trap(); // every refusal must say why
    }
    return 0;
}
