// Fuzzes the CSV reader used by every importer: any bytes are parsed or refused with a message
// naming the line, never a crash; a parsed table is self-consistent.
#include "util/CsvReader.h"

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
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto table = planea::CsvReader::parse(bytes, QStringLiteral("fuzz.csv"));
    if (!table) {
        if (table.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (table->rows.size() != table->lineNumbers.size())
        __builtin_trap();
    for (qsizetype i = 1; i < table->lineNumbers.size(); ++i) {
        if (table->lineNumbers[i] <= table->lineNumbers[i - 1])
            __builtin_trap();
    }
    (void)planea::CsvReader::checkFieldCounts(*table, QStringLiteral("fuzz.csv"));
    return 0;
}
