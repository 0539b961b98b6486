// The pdt as PDF: the body of each page as PdtPagination cuts it, inside the page header and
// footer every PDF document has (PdfPageFrame), but for the cover, which has none (as in the ODT).
#include "PdfExporter.h"
#include "PdfPageFrame.h"
#include "PdtDocument.h"
#include "PdtPagination.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

Status writePdtPdf(QTextDocument &document, const DocumentHeader &header, QIODevice &device,
                   const ProgressCallback &progress)
{
    if (!haveGuiForDocuments())
        return Error::internal(noGuiMessage());
    QPdfWriter writer(&device);
    setUpPdfWriter(writer, header.documentTitle,
                   QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(20, 15, 20, 15),
                               QPageLayout::Millimeter));
    return renderPdt(document, header, writer, progress);
}

Status renderPdt(QTextDocument &document, const DocumentHeader &header, QPagedPaintDevice &device,
                 const ProgressCallback &progress)
{
    if (!haveGuiForDocuments())
        return Error::internal(noGuiMessage());
    const KeepLargeBlocksWhileWriting keepBlocks;
    QPainter painter;
    if (!painter.begin(&device))
        return Error::io(QCoreApplication::translate("PdfExporter", "Could not start the PDF document."));
    const int dpi = device.logicalDpiX();
    const QRectF page(QPointF(0, 0), QSizeF(device.pageLayout().paintRectPixels(dpi).size()));
    PdfPageFrame frame(header, &device, page);
    const double top = frame.headerHeight() + dpi * 0.08;
    // The body ends a little above the footer's rule.
    const double bodyHeight = page.height() - top - frame.footerHeight() - dpi * 0.08;

    // One long page: the pages are cut below, where a break may fall.
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    document.setPageSize(QSizeF(page.width(), 1e6));
    const PdtPagination pagination(document, bodyHeight, dpi);
    const qsizetype pages = pagination.pages().size();
    for (qsizetype i = 0; i < pages; ++i) {
        if (!reportProgress(progress, int(i), int(pages))) {
            painter.end();
            return Error::cancelled(QCoreApplication::translate("PdfExporter", "The export was cancelled."));
        }
        if (i > 0 && !device.newPage()) {
            painter.end();
            return Error::io(QCoreApplication::translate("PdfExporter", "Could not add a page to the PDF."));
        }
        if (i == 0)
            frame.paintCover(painter);
        else
            frame.paint(painter, int(i) + 1, int(pages));
        for (const PdtPagination::Slice &slice : pagination.pages()[i]) {
            painter.save();
            painter.translate(0, top + slice.y - slice.top);
            const QRectF source(0, slice.top, page.width(), slice.bottom - slice.top);
            painter.setClipRect(source);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = source; // what is not painted is not in the PDF's text either
            context.palette.setColor(QPalette::Text, Qt::black);
            document.documentLayout()->draw(&painter, context);
            painter.restore();
        }
    }
    reportProgress(progress, int(pages), int(pages));
    if (!painter.end())
        return Error::io(QCoreApplication::translate("PdfExporter", "Could not finish the PDF document."));
    return {};
}

} // namespace planea::exporting
