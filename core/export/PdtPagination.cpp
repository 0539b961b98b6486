#include "PdtPagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>

namespace planea::exporting {

PdtPagination::PdtPagination(QTextDocument &document, double bodyHeight, double dpi)
    : m_layout(document.documentLayout())
    , m_bodyHeight(bodyHeight)
    , m_dpi(dpi)
    , m_border(1.5 * dpi / 96.0)
{
    m_layout->documentSize(); // lays the whole document out
    collect(document.rootFrame());
    paginate();
}

void PdtPagination::collect(QTextFrame *frame)
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

void PdtPagination::collectBlock(const QTextBlock &block, bool beforeTable)
{
    if (!block.isValid() || !block.layout())
        return;
    const QTextLayout *text = block.layout();
    const QRectF rect = m_layout->blockBoundingRect(block);
    const double origin = rect.top(); // where the block's layout sits; its lines are relative to it
    const int lines = text->lineCount();
    const bool heading = block.blockFormat().headingLevel() > 0;
    // A short paragraph right under a heading (a line's description) goes with what follows it
    // too: the heading and one sentence were left at the foot of a page, their table on the next.
    const bool introduction = m_afterHeading && !heading && lines <= 3 && !block.text().trimmed().isEmpty();
    if (!block.text().trimmed().isEmpty())
        m_afterHeading = heading;
    for (int i = 0; i < lines; ++i) {
        const QTextLine line = text->lineAt(i);
        Piece piece;
        piece.top = origin + line.y();
        piece.bottom = piece.top + line.height();
        piece.blank = block.text().trimmed().isEmpty();
        piece.pageBreakBefore = i == 0 && (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
        // A heading and the line that introduces a table go with what follows; no paragraph
        // leaves its first line alone at the foot of a page or its last alone at the top.
        piece.keepWithNext = heading || introduction || (beforeTable && i == lines - 1) || (lines > 1 && i == 0)
            || (lines > 2 && i == lines - 2);
        // An empty paragraph between a heading and its text does not separate them.
        if (piece.blank && !m_pieces.isEmpty())
            piece.keepWithNext = piece.keepWithNext || m_pieces.last().keepWithNext;
        m_pieces.append(piece);
    }
}

void PdtPagination::collectTable(QTextTable *table)
{
    m_afterHeading = false;
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
        // A row with one cell across the table heads the rows below it ("Programa 1905 …"); the
        // first row under the header rows keeps the second with it (no header and one row alone).
        const QTextTableCell first = table->cellAt(r, 0);
        piece.keepWithNext = end + 1 < rows && ((end == r && first.columnSpan() == columns) || r == headerRows);
        m_pieces.append(piece);
        r = end + 1;
    }
}

double PdtPagination::headerAbove(const Piece &piece) const
{
    if (piece.table < 0 || piece.header)
        return 0;
    const HeaderRows &h = m_headers[piece.table];
    return h.bottom > 0 ? h.bottom - h.top - h.overlap : 0;
}

void PdtPagination::paginate()
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
        while (end < m_pieces.size() && (end == i || !startsPage(m_pieces[end])) && m_pieces[end].bottom - top <= room)
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

} // namespace planea::exporting
