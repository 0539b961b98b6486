#pragma once

#include "util/Result.h"
#include "xlsx/XlsxCell.h"

#include <QList>
#include <QString>
#include <QVariant>

class QIODevice;

namespace planea {

/// A plain multi-sheet .xlsx writer for exchange files (the KPT workbook): cells with text or
/// numbers, a bold header style, merged areas, frozen header rows, column widths and hidden
/// sheets. The Office Open XML parts are zipped with QuaZip, as XlsxExporter does (see there why
/// not libxlsxwriter). Text is always stored as text, so nothing in a cell runs as a formula;
/// numbers keep their shortest exact decimal form, so a value read back is the value written.
class XlsxWriter
{
public:
    enum Style : quint8 { Plain = 0, Header = 1, Integer = 2, Decimal = 3, Wrap = 4, Money = 5 };

    struct Cell
    {
        QVariant value; ///< QString → text; integer types → integer; double → number; null → no cell
        Style style = Plain;
    };

    /// Adds a sheet and returns its index. `name` must be a valid sheet name (≤ 31 characters).
    int addSheet(const QString &name, bool hidden = false);
    void appendRow(int sheet, const QList<Cell> &cells);
    /// A row of plain values with one style.
    void appendValues(int sheet, const QVariantList &values, Style style = Plain);
    void merge(int sheet, const XlsxRange &range);
    void setColumnWidth(int sheet, int column, double width);
    void setFrozenRows(int sheet, int rows);
    int rowCount(int sheet) const;

    Status write(QIODevice &device) const;
    /// Writes to `path` atomically (QSaveFile): the file ends up complete or as it was.
    Status writeFile(const QString &path) const;

private:
    struct Sheet
    {
        QString name;
        bool hidden = false;
        QList<QList<Cell>> rows;
        QList<XlsxRange> merges;
        QList<std::pair<int, double>> widths;
        int frozenRows = 0;
    };
    QList<Sheet> m_sheets;
};

} // namespace planea
