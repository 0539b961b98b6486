#pragma once

#include "report/Report.h"

#include <QFont>
#include <QList>
#include <QStringList>

class QPaintDevice;

namespace planea::exporting {

/// Where a report's table goes on paper: column widths that fit the page width (numbers and
/// codes never wrap; long texts wrap), every row's height, and which rows go on which page. The
/// header row is repeated on every page. Computed once, before painting, so that the total page
/// count ("Página X de Y") is known on the first page.
class PdfTableLayout
{
public:
    /// `cells` are the texts as printed (already formatted), one list per report row.
    PdfTableLayout(const report::Report &report, const QList<QStringList> &cells, const QFont &font,
                   const QFont &boldFont, QPaintDevice *device, double width);

    /// Splits the rows into pages of `firstPageHeight` / `pageHeight` pixels (header included).
    void paginate(double pageHeight);

    const QList<double> &columnWidths() const { return m_widths; }
    double headerHeight() const { return m_headerHeight; }
    double rowHeight(qsizetype row) const { return m_rowHeights[row]; }
    /// The first row of each page; a page holds rows [pageStarts[i], pageStarts[i+1]).
    const QList<qsizetype> &pageStarts() const { return m_pageStarts; }
    double padding() const { return m_padding; }
    /// Height used on the last page by its rows (header included).
    double lastPageHeight() const { return m_lastPageHeight; }

    /// The wrap flags used both to measure and to paint a cell.
    int textFlags(const QString &text, double width, bool number, const QFont &font) const;
    /// True for columns that are numbers or short codes: printed on one line.
    bool isNoWrap(qsizetype column) const { return m_noWrap.value(column); }

private:
    double cellHeight(const QString &text, double width, bool number, const QFont &font) const;

    QList<double> m_widths;
    QList<bool> m_noWrap;
    QList<double> m_rowHeights;
    QList<qsizetype> m_pageStarts;
    double m_headerHeight = 0.0;
    double m_padding = 0.0;
    double m_lastPageHeight = 0.0;
    QPaintDevice *m_device = nullptr;
};

} // namespace planea::exporting
