// Fuzzes the KPT 2024-2027 workbook importer on top of the .xlsx reader: any workbook is imported
// or refused with a message, never a crash or a hang; an imported plan is self-consistent.
#include "exchange/KptWorkbook.h"
#include "xlsx/XlsxReader.h"

#include <QBuffer>
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
    options.maxTotalBytes = 8 * 1024 * 1024;
    options.maxPartBytes = 4 * 1024 * 1024;
    auto book = planea::XlsxReader::readBytes(bytes, QStringLiteral("fuzz.xlsx"), options);
    if (!book)
        return 0;
    auto imported = planea::kpt::readWorkbook(*book);
    if (!imported) {
        if (imported.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    const planea::PlanData &plan = imported->plan;
    for (const planea::ProductIndicator &ind : plan.indicators) {
        if (!plan.product(ind.productId))
            __builtin_trap();
    }
    for (const planea::Product &p : plan.products) {
        if (!plan.program(p.programId))
            __builtin_trap();
    }
    for (const planea::BudgetProgram &p : plan.programs) {
        if (!plan.line(p.lineId))
            __builtin_trap();
    }
    // Writing it back must work for anything that was read.
    QByteArray out;
    {
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        if (plan.info.term.startYear > 0 && !planea::kpt::buildWorkbook(plan).write(buffer))
            __builtin_trap();
    }
    return 0;
}
