#pragma once

#include "DocumentHeader.h"

#include <QFont>
#include <QRectF>

class QPainter;
class QPageLayout;
class QPdfWriter;
class QPaintDevice;

namespace planea::exporting {

/// The document font (DejaVu Sans, embedded in the PDF) at `points`.
QFont pdfDocumentFont(double points, bool bold = false);

/// Sets up a PDF writer as every document's: creator Planea, `title`, 300 dpi (the resolution
/// print preview and printing use too, so that pages break alike), `layout`.
void setUpPdfWriter(QPdfWriter &writer, const QString &title, const QPageLayout &layout);

/// Everything painted around the body on every page of a PDF document: the header (entity,
/// date, document title, demo banner), the footer (version, fingerprint and act, plan name,
/// "Página X de Y") and the watermark of demo plans. Shared by the table documents and the pdt.
class PdfPageFrame
{
public:
    PdfPageFrame(const DocumentHeader &header, QPaintDevice *device, const QRectF &page);

    double headerHeight() const { return m_headerHeight; }
    double footerHeight() const { return m_footerHeight; }
    void paint(QPainter &p, int pageNumber, int pageCount) const;
    /// A cover page has no running header or footer (as the ODT's cover page style): only the
    /// watermark of a demo plan. The cover still counts as page 1.
    void paintCover(QPainter &p) const;

    /// Height of the closing block (fingerprint or draft note, and the signatures when the
    /// header has signatories) for a page `width` wide.
    double closingHeight() const;
    /// Paints the closing block at `y`.
    void paintClosing(QPainter &p, double y) const;

private:
    void paintWatermark(QPainter &p) const;

    const DocumentHeader &m_header;
    QRectF m_page;
    QFont m_entityFont;
    QFont m_titleFont;
    QFont m_smallFont;
    QFont m_demoFont;
    double m_line = 0.0;
    double m_headerHeight = 0.0;
    double m_footerHeight = 0.0;
    double m_closingLine = 0.0;
};

} // namespace planea::exporting
