#pragma once

#include "CsvOptions.h"
#include "ExportProgress.h"
#include "report/ReportContext.h"
#include "util/Result.h"

#include <QStringList>

class QPagedPaintDevice;

namespace planea {
struct PlanData;
}

namespace planea::exporting {

struct ExportOptions
{
    CsvOptions csv; ///< separator and decimal mark of CSV files
    /// Progress and cancellation (pages of a PDF; files of exportAll). Called on the exporting
    /// thread.
    ProgressCallback progress;
};

/// The documents this version can write: every table document, and the pdt.
QStringList exportableDocuments();
/// The formats `documentCode` can be written in: pdt → odt, pdf; a table document → csv, xlsx,
/// pdf; nothing for a document this version does not offer.
QStringList formatsOf(const QString &documentCode);
/// "<document>.<format>", the name exportAll() gives each file.
QString exportFileName(const QString &documentCode, const QString &formatCode);
/// The names of every file exportAll() writes, in the order it writes them.
QStringList exportAllFileNames();

/// Computes document `documentCode` from the plan and writes it in `formatCode` to `path`
/// atomically: the file ends up complete or is left as it was. A document or format this version
/// does not offer is a BadInput error that says so, as are an office or year (context.office,
/// context.year) that the plan does not have. A cancelled export is a Cancelled error and leaves
/// nothing at `path`.
Status exportDocument(const PlanData &plan, const QString &documentCode, const QString &formatCode, const QString &path,
                      const report::ReportContext &context = {}, const ExportOptions &options = {});

/// Writes every exportable document in every format into the existing folder `folder`, named by
/// exportFileName(); plan-accion covers every office for context.year (default: this year if in
/// the term, else the first). Returns the file names written, in order. Stops at the first
/// failure or cancellation; files already written stay.
Result<QStringList> exportAll(const PlanData &plan, const QString &folder, const report::ReportContext &context = {},
                              const ExportOptions &options = {});

/// Paints document `documentCode` on a paged device (a QPrinter for print preview and printing)
/// with the same code as its PDF, after setting the device's page layout.
Status printDocument(const PlanData &plan, const QString &documentCode, QPagedPaintDevice &device,
                     const report::ReportContext &context = {}, const ProgressCallback &progress = {});

} // namespace planea::exporting
