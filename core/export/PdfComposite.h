#pragma once

#include "DocumentHeader.h"
#include "ExportProgress.h"
#include "report/Report.h"
#include "util/Result.h"

class QPagedPaintDevice;

namespace planea::exporting {

/// True for documents that are more than one table: they have summary lines, charts or sections.
bool isCompositeReport(const report::Report &report);

/// Paints such a document on a paged device, with the same page frame as every PDF (header,
/// footer with version, fingerprint and "Página X de Y", demo watermark, closing block): the
/// summary lines, the charts (vector, kept whole on one page), the main table and then each
/// section with its title and note; tables break across pages with their header row repeated,
/// and a title is never left alone at the bottom of a page. Laid out once before painting, so the
/// page count is known on the first page.
Status renderCompositePdf(const report::Report &report, const DocumentHeader &header, QPagedPaintDevice &device,
                          const ProgressCallback &progress = {});

} // namespace planea::exporting
