#pragma once

#include "Exporter.h"

namespace planea::exporting {

/// A real Excel workbook, written through XlsxWriter: a "Resumen" sheet first for documents with
/// summary lines or charts (seguimiento: the lines, each chart's values and an Excel bar chart of
/// them), then one sheet per report section, each named with the report's short sheet name; a
/// title block (entity, document, date, version and fingerprint, "PLAN DE DEMOSTRACIÓN" for demo
/// plans), a bold frozen header row with an autofilter, numbers stored as numbers with one format
/// per column (pesos, percent or the column's decimals; integers of four digits or fewer, such as
/// years, without separators), columns as wide as their contents allow, rows as tall as their
/// wrapped texts, bold total rows (the totals of the whole table below a blank row, out of the
/// filter), and every sheet printing landscape, one page wide, with the entity, the document and
/// "Página N de M" in its page header and footer. Text is always stored as text, so nothing in a
/// cell runs as a formula.
class XlsxExporter final : public Exporter
{
public:
    QString formatCode() const override;
    QString fileSuffix() const override;
    Status write(const report::Report &report, QIODevice &device) const override;
    Status writeDocument(const report::Report &report, const DocumentHeader &header, QIODevice &device) const override;

    /// Writes the workbook to the file `path`, replaced atomically (safe::writeFile: a temporary file
    /// beside it, renamed when complete).
    Status writeFile(const report::Report &report, const DocumentHeader &header, const QString &path) const;

    /// A valid sheet name: at most 31 characters (a longer title is cut between words), none of
    /// []:*?/\, not empty.
    static QString sheetName(const QString &title);

    /// The row (0-based) of the header row, below the title block.
    static int headerRow(const DocumentHeader &header);
};

} // namespace planea::exporting
