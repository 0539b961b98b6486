#pragma once

#include "Exporter.h"

#include <QStringList>

namespace planea::exporting {

/// A printable PDF (QPdfWriter + QPainter, fonts embedded): letter size, landscape for wide
/// tables; on every page a header with the entity, the document and the date, the table's header
/// row, and a footer with the plan version, the short fingerprint once approved and "Página X de
/// Y"; the full fingerprint on the last page; a "PLAN DE DEMOSTRACIÓN" banner and watermark on
/// demo plans. Numbers are written the Colombian way ($ 150.000.000; 12,5) and right-aligned;
/// long texts wrap; totals are bold. Needs a QGuiApplication (fonts); without one it fails with
/// a clear message instead of crashing.
class PdfExporter final : public Exporter
{
public:
    QString formatCode() const override;
    QString fileSuffix() const override;
    Status write(const report::Report &report, QIODevice &device) const override;
    Status writeDocument(const report::Report &report, const DocumentHeader &header, QIODevice &device) const override;

    /// A cell as printed, in es-CO.
    static QString formatCell(const QVariant &value, report::ColumnType type);
};

} // namespace planea::exporting
