// Fuzzes the .xlsx reader used by every workbook importer: any bytes are read or refused with a
// message naming the file, never a crash or a hang; a workbook read is self-consistent.
#include "xlsx/XlsxReader.h"

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
    planea::XlsxReadOptions options;
    // Small limits keep each run fast and inside libFuzzer's memory limit; the logic is the same.
    options.maxTotalBytes = 8 * 1024 * 1024;
    options.maxPartBytes = 4 * 1024 * 1024;
    options.fillMergedCells = (size % 2) == 0;
    auto book = planea::XlsxReader::readBytes(bytes, QStringLiteral("fuzz.xlsx"), options);
    if (!book) {
        if (!book.error().message.contains(QStringLiteral("fuzz.xlsx")))
            __builtin_trap();
        return 0;
    }
    for (const planea::XlsxSheet &sheet : book->sheets()) {
        int widest = 0;
        for (const auto &row : sheet.rows())
            widest = qMax(widest, int(row.size()));
        if (widest != sheet.columnCount())
            __builtin_trap();
        for (const planea::XlsxRange &r : sheet.mergedRanges()) {
            if (r.lastRow < r.firstRow || r.lastColumn < r.firstColumn)
                __builtin_trap();
        }
        if (sheet.rowCount() > 0)
            (void)sheet.rowTexts(sheet.rowCount() - 1, 3);
    }
    return 0;
}
