// The pdt as PDF. The document is laid out as one long page and cut into pages here, not by Qt's
// own pagination: Qt splits table rows across pages (the rest of a row then hides under the
// repeated header row, and a page can end on half a row), lets column lines run on into the
// footer and leaves headings at the foot of a page. Here a page break falls only between lines
// of a paragraph or between table rows; a heading, the line introducing a table, a table's
// header row and a program's heading row stay with what follows; a paragraph leaves no single
// line behind; a table that goes on to the next page repeats its header row there.
#include "PdfExporter.h"
#include "PdfPageFrame.h"
#include "PdtDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace planea::exporting {

namespace {

/// A piece of the laid-out document a page may not cut: a line of a paragraph, a table row
/// (with the rows its cells span), a table's header rows.
struct Piece
{
    double top = 0;
    double bottom = 0;
    bool keepWithNext = false;
    bool pageBreakBefore = false;
    double roomBelow = 0; ///< a chapter's title starts a page when less is left below it
    bool blank = false; ///< an empty paragraph: not wanted at the top of a page
    int table = -1; ///< the table the piece belongs to (index of its HeaderRows), -1: none
    bool header = false;
};

/// A part of the document painted on a page: [top, bottom) of the layout at `y` of the body.
struct Slice
{
    double top = 0;
    double bottom = 0;
    double y = 0;
};

struct HeaderRows
{
    double top = 0;
    double bottom = 0; ///< 0: the table has no header rows
    double overlap = 0; ///< the row border the header and the next row both hold
};

class Pagination
{
public:
    Pagination(QTextDocument &document, double bodyHeight, double dpi)
        : m_layout(document.documentLayout())
        , m_bodyHeight(bodyHeight)
        , m_dpi(dpi)
        , m_border(1.5 * dpi / 96.0)
    {
        m_layout->documentSize(); // lays the whole document out
        collect(document.rootFrame());
        paginate();
    }

    const QList<QList<Slice>> &pages() const { return m_pages; }

private:
    void collect(QTextFrame *frame)
    {
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (QTextFrame *child = it.currentFrame()) {
                if (auto *table = qobject_cast<QTextTable *>(child))
                    collectTable(table);
                else
                    collect(child);
                continue;
            }
            auto next = it;
            ++next;
            const bool beforeTable = !next.atEnd() && qobject_cast<QTextTable *>(next.currentFrame());
            collectBlock(it.currentBlock(), beforeTable);
        }
    }

    void collectBlock(const QTextBlock &block, bool beforeTable)
    {
        if (!block.isValid() || !block.layout())
            return;
        const QTextLayout *text = block.layout();
        const QRectF rect = m_layout->blockBoundingRect(block);
        const double origin = rect.top(); // where the block's layout sits; its lines are relative to it
        const int lines = text->lineCount();
        const bool heading = block.blockFormat().headingLevel() > 0;
        for (int i = 0; i < lines; ++i) {
            const QTextLine line = text->lineAt(i);
            Piece piece;
            piece.top = origin + line.y();
            piece.bottom = piece.top + line.height();
            piece.blank = block.text().trimmed().isEmpty();
            piece.pageBreakBefore
                = i == 0 && (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
            // A heading and the line that introduces a table go with what follows; no paragraph
            // leaves its first line alone at the foot of a page or its last alone at the top.
            piece.keepWithNext
                = heading || (beforeTable && i == lines - 1) || (lines > 1 && i == 0) || (lines > 2 && i == lines - 2);
            // An empty paragraph between a heading and its text does not separate them.
            if (piece.blank && !m_pieces.isEmpty())
                piece.keepWithNext = piece.keepWithNext || m_pieces.last().keepWithNext;
            m_pieces.append(piece);
        }
    }

    void collectTable(QTextTable *table)
    {
        const int rows = table->rows();
        const int columns = table->columns();
        if (rows == 0)
            return;
        // Where each row's text starts and ends; the border between two rows lies half-way. (Not
        // frameBoundingRect(): Qt adds the first cell's position, alignment included, to a table's.)
        constexpr double none = std::numeric_limits<double>::quiet_NaN();
        QList<double> textTop(rows, none);
        QList<double> textBottom(rows, none);
        QList<int> lastRow(rows, 0); // the last row a cell starting in the row spans
        for (int r = 0; r < rows; ++r) {
            lastRow[r] = r;
            for (int c = 0; c < columns; ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.row() != r || cell.column() != c)
                    continue;
                const double top = m_layout->blockBoundingRect(cell.firstCursorPosition().block()).top();
                const double bottom = m_layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom();
                const int end = r + cell.rowSpan() - 1;
                textTop[r] = std::isnan(textTop[r]) ? top : std::min(textTop[r], top);
                textBottom[end] = std::isnan(textBottom[end]) ? bottom : std::max(textBottom[end], bottom);
                lastRow[r] = std::max(lastRow[r], end);
            }
        }
        for (int r = 1; r < rows; ++r) {
            if (std::isnan(textTop[r]))
                textTop[r] = textTop[r - 1];
        }
        for (int r = rows - 2; r >= 0; --r) {
            if (std::isnan(textBottom[r]))
                textBottom[r] = textTop[r + 1];
        }
        // From a row's text to the border: its padding and half the border, the same all round.
        const QTextTableFormat format = table->format();
        double gap = (format.cellPadding() + format.border()) * m_dpi / 96.0;
        if (rows > 1)
            gap = std::max(0.0, (textTop[1] - textBottom[0]) / 2);
        // boundary[r]: the border above row r; boundary[rows]: the table's foot.
        QList<double> boundary(rows + 1, 0);
        boundary[0] = textTop[0] - gap;
        boundary[rows] = textBottom[rows - 1] + gap;
        for (int r = 1; r < rows; ++r)
            boundary[r] = (textBottom[r - 1] + textTop[r]) / 2;

        const int headerRows = std::clamp(table->format().headerRowCount(), 0, rows - 1);
        const int index = int(m_headers.size());
        HeaderRows header;
        if (headerRows > 0) {
            header = { boundary[0] - m_border, boundary[headerRows] + m_border, 2 * m_border };
            Piece piece;
            piece.top = header.top;
            piece.bottom = header.bottom;
            piece.keepWithNext = true;
            piece.table = index;
            piece.header = true;
            m_pieces.append(piece);
        }
        m_headers.append(header);
        for (int r = headerRows; r < rows;) {
            int end = lastRow[r];
            for (int k = r + 1; k <= end && k < rows; ++k)
                end = std::max(end, lastRow[k]);
            end = std::min(end, rows - 1);
            Piece piece;
            piece.top = boundary[r] - m_border;
            piece.bottom = boundary[end + 1] + m_border;
            piece.table = index;
            // A row with one cell across the table heads the rows below it ("Programa 1905 …").
            const QTextTableCell first = table->cellAt(r, 0);
            piece.keepWithNext = end == r && first.columnSpan() == columns && end + 1 < rows;
            m_pieces.append(piece);
            r = end + 1;
        }
    }

    /// The height of the repeated header a page starting with `piece` carries above it.
    double headerAbove(const Piece &piece) const
    {
        if (piece.table < 0 || piece.header)
            return 0;
        const HeaderRows &h = m_headers[piece.table];
        return h.bottom > 0 ? h.bottom - h.top - h.overlap : 0;
    }

    void paginate()
    {
        qsizetype i = 0;
        while (i < m_pieces.size()) {
            while (i < m_pieces.size() && m_pieces[i].blank && !m_pieces[i].pageBreakBefore)
                ++i;
            if (i == m_pieces.size())
                break;
            const double header = headerAbove(m_pieces[i]);
            const double room = m_bodyHeight - header;
            const double top = m_pieces[i].top;
            qsizetype end = i;
            const auto startsPage = [&](const Piece &p) {
                return p.pageBreakBefore || (p.roomBelow > 0 && p.top - top + p.roomBelow > room);
            };
            while (end < m_pieces.size() && (end == i || !startsPage(m_pieces[end]))
                   && m_pieces[end].bottom - top <= room)
                ++end;
            if (end == i) {
                // Taller than a page (a table cell holding pages of text): cut it at the page's foot.
                Piece rest = m_pieces[i];
                rest.top = top + room;
                m_pieces[i].bottom = rest.top;
                m_pieces[i].keepWithNext = false;
                m_pieces.insert(i + 1, rest);
                end = i + 1;
            } else if (end < m_pieces.size() && !startsPage(m_pieces[end])) {
                // Not a heading, a table's first line or half a paragraph last on the page.
                qsizetype keep = end;
                while (keep - 1 > i && m_pieces[keep - 1].keepWithNext)
                    --keep;
                if (keep > i && !m_pieces[keep - 1].keepWithNext)
                    end = keep;
            }
            // Blank lines at the foot of the page take no room below the last text.
            qsizetype last = end - 1;
            while (last > i && m_pieces[last].blank)
                --last;
            QList<Slice> page;
            if (header > 0) {
                const HeaderRows &h = m_headers[m_pieces[i].table];
                page.append({ h.top, h.bottom, 0 });
            }
            page.append({ top, m_pieces[last].bottom, header });
            m_pages.append(page);
            i = end;
        }
        if (m_pages.isEmpty())
            m_pages.append(QList<Slice>());
    }

    QAbstractTextDocumentLayout *m_layout;
    double m_bodyHeight;
    double m_dpi;
    double m_border; ///< the line between two rows, drawn by the cells on both sides, lies within this of its middle
    QList<Piece> m_pieces;
    QList<HeaderRows> m_headers;
    QList<QList<Slice>> m_pages;
};

} // namespace

Status writePdtPdf(QTextDocument &document, const DocumentHeader &header, QIODevice &device,
                   const ProgressCallback &progress)
{
    if (!haveGuiForDocuments())
        return Error::internal(noGuiMessage());
    QPdfWriter writer(&device);
    writer.setCreator(u"Planea"_s);
    writer.setTitle(header.documentTitle);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(20, 15, 20, 15),
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
    const Pagination pagination(document, bodyHeight, dpi);
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
        frame.paint(painter, int(i) + 1, int(pages));
        for (const Slice &slice : pagination.pages()[i]) {
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
