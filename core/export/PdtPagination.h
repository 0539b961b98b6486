#pragma once

#include <QList>

class QAbstractTextDocumentLayout;
class QTextBlock;
class QTextDocument;
class QTextFrame;
class QTextTable;

namespace planea::exporting {

/// Where the pages of the pdt's PDF break. The document is laid out as one long page and cut here,
/// not by Qt's own pagination: Qt splits table rows across pages (the rest of a row then hides
/// under the repeated header row, and a page can end on half a row), lets column lines run on into
/// the footer and leaves headings at the foot of a page. Here a page break falls only between
/// lines of a paragraph or between table rows; a heading (with a short paragraph under it), the
/// line introducing a table, a table's header rows with two rows, and a row across the table stay
/// with what follows; a paragraph leaves no single
/// line behind; a chapter's title needs a fifth of the page below it; a table that goes on to the
/// next page repeats its header rows there.
class PdtPagination
{
public:
    /// A part of the laid-out document painted on a page: [top, bottom) of the layout, at `y` of
    /// the page's body.
    struct Slice
    {
        double top = 0;
        double bottom = 0;
        double y = 0;
    };

    /// `document` laid out as one page taller than all of it, on a device of `dpi`; pages with a
    /// body `bodyHeight` high.
    PdtPagination(QTextDocument &document, double bodyHeight, double dpi);

    /// What each page shows, top to bottom.
    const QList<QList<Slice>> &pages() const { return m_pages; }

private:
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

    struct HeaderRows
    {
        double top = 0;
        double bottom = 0; ///< 0: the table has no header rows
        double overlap = 0; ///< the row border the header and the next row both hold
    };

    void collect(QTextFrame *frame);
    void collectBlock(const QTextBlock &block, bool beforeTable);
    void collectTable(QTextTable *table);
    /// The height of the repeated header a page starting with `piece` carries above it.
    double headerAbove(const Piece &piece) const;
    void paginate();

    QAbstractTextDocumentLayout *m_layout;
    double m_bodyHeight;
    double m_dpi;
    double m_border; ///< the line between two rows, drawn by the cells on both sides, lies within this of its middle
    QList<Piece> m_pieces;
    QList<HeaderRows> m_headers;
    bool m_afterHeading = false; ///< the last block collected was a heading
    QList<QList<Slice>> m_pages;
};

} // namespace planea::exporting
