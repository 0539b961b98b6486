#pragma once

#include "DocumentHeader.h"
#include "ExportProgress.h"
#include "report/ReportContext.h"
#include "util/Result.h"

#include <memory>

class QIODevice;
class QPagedPaintDevice;
class QTextDocument;

namespace planea {
struct PlanData;
}

namespace planea::exporting {

/// The size in points of the pdt's headings by level: chapters (1), sections (2), problems (3).
inline constexpr double PdtHeadingPoints[] = { 0, 15, 12.5, 10 };

/// The full plan document (pdt) as rich text: cover, presentation and government program,
/// diagnosis (characterisation, wellbeing indicators, problems), strategic part (lines, their
/// indicators and programs), Plan Plurianual de Inversiones (by line and year, by source), a Plan
/// Indicativo summary (goals by line and program) and, once approved, the signatures. Built from
/// the plan only, so the secretary can keep editing the ODT in Word or LibreOffice.
std::unique_ptr<QTextDocument> buildPdtDocument(const PlanData &plan, const report::ReportContext &context = {});

/// Writes the pdt as OpenDocument Text from the document's structure: headings with outline
/// levels (Word's navigation pane, a table of contents), tables with repeated header rows, rows
/// that do not split and the PDF's column widths, lists, Arial 10 pt; letter paper with a cover
/// without header and footer and, on every other page, a header with the entity, the document
/// and the date, and a footer with "Página X de Y" (fields the word processor keeps up to date),
/// the version or the fingerprint and the plan's name, as in the PDF.
Status writePdtOdt(const QTextDocument &document, const DocumentHeader &header, QIODevice &device);

/// The styles.xml of the pdt's ODT: the paragraph styles, the cover's page style and the default
/// page style ("Standard") with `header`'s page header and footer.
QByteArray pdtOdtStyles(const DocumentHeader &header);

/// Writes the pdt as PDF: letter portrait, with the same page header and footer ("Página X de Y",
/// version, fingerprint) as every other PDF document. Pages break between table rows and lines,
/// never after a heading; a table's header row repeats on the pages it runs onto.
Status writePdtPdf(QTextDocument &document, const DocumentHeader &header, QIODevice &device,
                   const ProgressCallback &progress = {});

/// Paints the pdt on a paged device (QPdfWriter or a QPrinter, for print preview).
Status renderPdt(QTextDocument &document, const DocumentHeader &header, QPagedPaintDevice &device,
                 const ProgressCallback &progress = {});

} // namespace planea::exporting
