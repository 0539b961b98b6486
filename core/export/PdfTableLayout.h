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
class PdfTableLayout
{
public:
    /// `cells` are the texts as printed (already formatted), one list per report row.
    PdfTableLayout(const report::Report &report, const QList<QStringList> &cells, const QFont &font,
                   const QFont &boldFont, QPaintDevice *device, double width);
    ~PdfTableLayout();
    PdfTableLayout(const PdfTableLayout &) = delete;
    PdfTableLayout &operator=(const PdfTableLayout &) = delete;

    /// Splits the rows into pages of `pageHeight` pixels (header row included on each page).
    void paginate(double pageHeight);

    const QList<double> &columnWidths() const { return m_widths; }
    double tableWidth() const;
    double headerHeight() const { return m_headerHeight; }
    double rowHeight(qsizetype row) const { return m_rowHeights[row]; }
    /// The first row of each page; a page holds rows [pageStarts[i], pageStarts[i+1]).
    const QList<qsizetype> &pageStarts() const { return m_pageStarts; }
    double padding() const { return m_padding; }
    /// Height used on the last page by its rows (header included).
    double lastPageHeight() const { return m_lastPageHeight; }
    /// True for columns that are numbers or short codes: printed on one line.
    bool isNoWrap(qsizetype column) const { return m_noWrap.value(column); }

    /// Paints cell (row, column) with its top-left inner corner (inside the padding) at `topLeft`.
    void paintCell(QPainter &painter, qsizetype row, qsizetype column, const QPointF &topLeft) const;
    /// Paints the header title of `column` inside `inner` (the cell without its padding).
    void paintHeader(QPainter &painter, qsizetype column, const QRectF &inner) const;

private:
    std::unique_ptr<QTextLayout> wrapped(const QString &text, const QFont &font, double width, double *height) const;

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
    double m_headerHeight = 0.0;
    double m_padding = 0.0;
    double m_lastPageHeight = 0.0;
};

} // namespace planea::exporting
