#pragma once

#include "ExportProgress.h"
#include "Exporter.h"

#include <QPageLayout>
#include <QStringList>

class QPagedPaintDevice;

namespace planea::exporting {

/// Qt's PDF engine compresses every page through buffers of 10 MB (QPdfEnginePrivate::
/// writeCompressed, QPdfPage::chunkSize()). glibc serves blocks that large with mmap, or trims
/// them off the heap, and gives them back to the kernel when freed, so every page paid for fresh
/// zero-filled memory: about 40 % of the CPU of a 175-page Plan Indicativo. While one of these
/// lives (around the writing of a PDF) the heap keeps such blocks for the next page; when the
/// last one goes, glibc's defaults come back and the free memory is handed back.
class KeepLargeBlocksWhileWriting
{
public:
    KeepLargeBlocksWhileWriting();
    ~KeepLargeBlocksWhileWriting();
    KeepLargeBlocksWhileWriting(const KeepLargeBlocksWhileWriting &) = delete;
    KeepLargeBlocksWhileWriting &operator=(const KeepLargeBlocksWhileWriting &) = delete;
};

/// A printable PDF (QPdfWriter + QPainter, fonts embedded): letter size, landscape for wide
/// tables; on every page a header with the entity, the document and the date, the table's header
/// row, and a footer with the plan version, the short fingerprint once approved and "Página X de
/// Y"; the full fingerprint on the last page, and the signature block on approval documents of an
/// approved plan; a "PLAN DE DEMOSTRACIÓN" banner and watermark on demo plans. Numbers are written
/// the Colombian way ($ 150.000.000; 12,5) and right-aligned; long texts wrap; totals are bold.
/// Needs a QGuiApplication (fonts); without one it fails with a clear message instead of crashing.
class PdfExporter final : public Exporter
{
public:
    QString formatCode() const override;
    QString fileSuffix() const override;
    Status write(const report::Report &report, QIODevice &device) const override;
    Status writeDocument(const report::Report &report, const DocumentHeader &header, QIODevice &device) const override;
    Status writeDocument(const report::Report &report, const DocumentHeader &header, QIODevice &device,
                         const ProgressCallback &progress) const;

    /// Letter, portrait or landscape (wide tables), 12 mm margins.
    static QPageLayout pageLayoutFor(const report::Report &report);
    /// Paints the document on any paged device (QPdfWriter, or a QPrinter for print preview and
    /// printing: the same code path, so the preview shows exactly what the PDF holds). The device's
    /// page layout must already be pageLayoutFor(report).
    static Status render(const report::Report &report, const DocumentHeader &header, QPagedPaintDevice &device,
                         const ProgressCallback &progress = {});

    /// A cell as printed, in es-CO.
    static QString formatCell(const QVariant &value, report::ColumnType type);
    /// The same, with exactly `decimals` decimals for decimal and percent cells (the column's
    /// report::columnDecimals), so that a column's numbers line up.
    static QString formatCell(const QVariant &value, report::ColumnType type, int decimals);
    /// Pesos as millions with one decimal ("16,0"), nothing as "–": the money of tables with many
    /// amounts (PPI, Plan Indicativo), so that the names beside them have room to be read.
    static QString formatMillions(const QVariant &value);
    /// True when the table prints its money in millions: four or more money columns in a table
    /// of more than ten columns.
    static bool moneyInMillions(const report::Report &report);
};

/// True when there is a QGuiApplication (fonts); the PDF and ODT writers need one.
bool haveGuiForDocuments();
/// The message given when there is none.
QString noGuiMessage();

} // namespace planea::exporting
