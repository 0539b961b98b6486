#pragma once

#include <QList>
#include <QString>

namespace planea::xlsxmetrics {

/// Estimates of how wide a text is and how many lines it wraps to in a spreadsheet cell, in the
/// unit of column widths (the width of a digit of the workbook's font, Calibri 11: 7 pixels). The
/// writer has no font at hand (the core runs without a GUI), so the widths come from a table of
/// Calibri's advances; Carlito, which LibreOffice uses in its place, has the same metrics.

/// Padding Excel puts inside every column (5 pixels), in width units.
inline constexpr double CellPadding = 5.0 / 7.0;
/// One step of a cell's indent (alignment indent="1"), about three spaces, in width units.
inline constexpr double IndentStep = 10.0 / 7.0;

/// The width of `text` on one line, in width units; `bold` for bold text, at `points` size.
double textWidth(const QString &text, bool bold = false, double points = 11.0);

/// The widest word of `text` (what a wrapped cell cannot make narrower), in width units.
double widestWord(const QString &text, bool bold = false, double points = 11.0);

/// The two readers lay text out a little differently: LibreOffice's width unit is the digit's
/// exact width (7.43 pixels for Calibri 11) where Excel's is rounded down to 7 pixels, so the same
/// column holds about 6 % more text in LibreOffice.
enum class Reader : quint8 { Excel, LibreOffice };

/// The width (in width units) left for text in a column `columnWidth` units wide whose cells
/// have `indent` steps of indent. LibreOffice's was measured on its PDFs of wrapped cells.
double textRoom(double columnWidth, int indent = 0, Reader reader = Reader::Excel);

/// The lines `text` takes in a cell that wraps at spaces (and at line breaks) with `room` units for
/// its text (textRoom()); a word wider than that is broken where it reaches the edge, as Excel and
/// LibreOffice do.
int wrappedLines(const QString &text, double room, bool bold = false, double points = 11.0);

/// The height of a row of `lines` lines of text at `points` size, in points (15 for one line of
/// Calibri 11, as Excel makes it).
double rowHeight(int lines, double points = 11.0);

/// A text measured once (the width of each word), to count its wrapped lines at many widths.
class MeasuredText
{
public:
    explicit MeasuredText(const QString &text);
    /// As wrappedLines().
    int lines(double room, bool bold = false, double points = 11.0) const;

private:
    QList<QList<double>> m_paragraphs;
};

/// Points of paper that a column `width` units wide takes when printed at 100 %.
inline constexpr double pointsOfWidth(double width)
{
    return width * 7.0 * 0.75;
}

} // namespace planea::xlsxmetrics
