// Fuzzes the matrix mapping reader (docs/IMPORT_MAPPING.md): any bytes are read as a mapping or
// refused with a message, never a crash. A mapping that was read is written back and read again:
// the same mapping must come out (what the assistant saves is what the next import reads).
#include "exchange/MatrixMapping.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    new QCoreApplication(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using planea::matrix::MatrixMapping;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto mapping = MatrixMapping::fromJson(bytes, QStringLiteral("fuzz.json"));
    if (!mapping) {
        if (mapping.error().message.isEmpty())
            __builtin_trap(); // every refusal must say why
        return 0;
    }
    if (!mapping->validate())
        __builtin_trap(); // fromJson validates
    auto again = MatrixMapping::fromJson(mapping->toJson(), QStringLiteral("fuzz.json"));
    if (!again || !(*again == *mapping))
        __builtin_trap();
    return 0;
}
