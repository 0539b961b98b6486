#pragma once

#include <QString>
#include <QVariant>

namespace planea {

/// What an .xlsx cell holds. Formula cells report their cached value's type.
enum class XlsxCellType : quint8 {
    Empty, ///< no cell, or a cell with a style only
    String, ///< shared, inline or formula string: value is a QString
    Number, ///< value is a double
    Boolean, ///< value is a bool
    Date, ///< a number with a date format: value is a QDate, or a QDateTime when it has a time
    Error ///< "#N/A", "#DIV/0!"...: value is the error text
};

struct XlsxCell
{
    QVariant value;
    XlsxCellType type = XlsxCellType::Empty;

    bool isEmpty() const { return type == XlsxCellType::Empty; }
    /// The value as the user sees it in a text column: integral numbers without ".0", dates as
    /// ISO 8601, booleans as TRUE/FALSE (Excel's own spelling is language-dependent).
    QString text() const;
};

/// A rectangle of cells, 0-based and inclusive, e.g. a merged header "A1:C2" is rows 0–1, columns 0–2.
struct XlsxRange
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;

    bool contains(int row, int column) const
    {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
    bool operator==(const XlsxRange &) const = default;
};

/// "AB12" -> row 11, column 27 (0-based). False for anything that is not a reference inside
/// Excel's grid (1,048,576 rows × 16,384 columns, "XFD").
bool parseCellReference(QStringView reference, int *row, int *column);
/// 0-based column -> "A", "Z", "AA"...
QString columnName(int column);
/// 0-based row and column -> "B7".
QString cellName(int row, int column);

} // namespace planea
