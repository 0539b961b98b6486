#pragma once

#include "report/Report.h"

#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

class QPaintDevice;
class QPainter;
class QTextLayout;

namespace planea::exporting {

/// Where a report's table goes on paper: column widths that fit the page width, every row's
/// height, and which rows go on which page. The header row is repeated on every page. Computed
/// once, before painting, so that the total page count ("Página X de Y") is known on the first
/// page.
///
/// Widths: every cell is measured once. Numbers and short codes keep their natural width (never
/// wrapped); text columns get at least about eight letters and share the rest of the page in
/// proportion to what they would need on one line. A text that does not fit is broken into lines
/// once, with one QTextLayout per cell, and that same layout is what gets painted, so measuring
/// and painting cannot disagree.
///
/// Heading rows (report::RowKind::Heading, from a PaperLayout) run across the whole table; a
/// heading is never the last thing on a page, and a page that starts inside a group repeats the
/// group's headings, marked «(continuación)».
class PdfTableLayout
{
public:
    /// `cells` are the texts as printed (already formatted), one list per report row;
    /// `pageTopCells` (optional, see PaperTable) the texts a row shows when it is the first of a
    /// page, for rows that leave a repeated name blank.
    PdfTableLayout(const report::Report &report, const QList<QStringList> &cells, const QFont &font,
                   const QFont &boldFont, QPaintDevice *device, double width,
                   const QList<QStringList> *pageTopCells = nullptr);
    ~PdfTableLayout();
    PdfTableLayout(const PdfTableLayout &) = delete;
    PdfTableLayout &operator=(const PdfTableLayout &) = delete;

    /// Splits the rows into pages of `pageHeight` pixels (header row and repeated headings
    /// included on each page). `closingHeight` is what must follow the last row on its page (the
    /// fingerprint or draft note and the signatures): when it does not fit there, the last rows
    /// move to the next page with it, so that the closing block never stands alone.
    /// `firstPageHeight` (when not negative) is the room on the first page, for a table that
    /// starts below other things.
    void paginate(double pageHeight, double closingHeight = 0.0, double firstPageHeight = -1.0);

    const QList<double> &columnWidths() const { return m_widths; }
    double tableWidth() const;
    double headerHeight() const { return m_headerHeight; }
    double rowHeight(qsizetype row) const { return m_rowHeights[row]; }
    qsizetype rowCount() const { return m_rowHeights.size(); }
    /// The whole table on one page: header row and every row.
    double totalHeight() const;
    /// The height of `row` when it is the first row of a page (it may show a name left blank
    /// under the row above).
    double pageTopRowHeight(qsizetype row) const;
    /// The first row of each page; a page holds rows [pageStarts[i], pageStarts[i+1]).
    const QList<qsizetype> &pageStarts() const { return m_pageStarts; }
    /// The heading rows repeated at the top of page `page`, outermost first.
    const QList<qsizetype> &repeatedHeadings(qsizetype page) const { return m_pageRepeats[page]; }
    double padding() const { return m_padding; }
    /// Height used on the last page by its rows (header included).
    double lastPageHeight() const { return m_lastPageHeight; }
    /// Height used on each page (header row and repeated headings included).
    const QList<double> &pageHeights() const { return m_pageHeights; }
    /// True for columns that are numbers or short codes: printed on one line.
    bool isNoWrap(qsizetype column) const { return m_noWrap.value(column); }

    /// Paints the header row with its top at `y`; returns its height.
    double paintHeaderRow(QPainter &painter, double y) const;
    /// Paints `row` (grid, shading and texts) with its top at `y`; `pageTop` when it is the first
    /// row of its page, `continued` for a heading repeated at the top of a page. Returns its height.
    double paintRow(QPainter &painter, qsizetype row, double y, bool pageTop = false, bool continued = false) const;
    /// Paints page `page`'s header row, repeated headings and rows from `y`; returns the y below.
    double paintPage(QPainter &painter, qsizetype page, double y) const;

private:
    std::unique_ptr<QTextLayout> wrapped(const QString &text, const QFont &font, double width, double *height) const;
    bool isHeading(qsizetype row) const;
    bool isTotal(qsizetype row) const;
    QFont headingFont(qsizetype row) const;
    /// Lays out a data or total row's texts in the column widths; returns its height.
    double layOutRow(qsizetype row, const QStringList &texts, std::vector<std::unique_ptr<QTextLayout>> &layouts,
                     std::vector<double> &advances) const;
    double headingHeight(qsizetype row, bool continued) const;
    void paintCell(QPainter &painter, qsizetype row, qsizetype column, const QPointF &topLeft, bool pageTop) const;

    const report::Report &m_report;
    const QList<QStringList> &m_cells;
    QFont m_font;
    QFont m_bold;
    QFontMetricsF m_fm;
    QFontMetricsF m_boldFm;
    QPaintDevice *m_device = nullptr;
    qsizetype m_columns = 0;

    QList<double> m_widths;
    QList<bool> m_noWrap;
    QList<double> m_rowHeights;
    QList<qsizetype> m_pageStarts;
    std::vector<double> m_advance; ///< one-line width of each cell, row-major
    std::vector<std::unique_ptr<QTextLayout>> m_layouts; ///< cells that wrap; nullptr: one line
    std::vector<std::unique_ptr<QTextLayout>> m_headerLayouts;
    /// Rows with texts of their own at the top of a page (see pageTopCells): their layouts,
    /// one-line widths and heights.
    struct PageTopRow
    {
        QStringList texts;
        std::vector<std::unique_ptr<QTextLayout>> layouts;
        std::vector<double> advances;
        double height = 0.0;
    };
    std::vector<std::unique_ptr<PageTopRow>> m_pageTop; ///< per row; nullptr for most
    std::vector<std::unique_ptr<QTextLayout>> m_continued; ///< per heading row, «… (continuación)»
    QList<QList<qsizetype>> m_pageRepeats;
    double m_headerHeight = 0.0;
    double m_padding = 0.0;
    double m_lastPageHeight = 0.0;
    QList<double> m_pageHeights;
};

} // namespace planea::exporting
