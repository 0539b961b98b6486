#pragma once

#include "report/Report.h"

#include <QList>
#include <QStringList>

namespace planea::exporting {

/// A report's table as it is printed: the texts of every cell in es-CO, and the report's
/// PaperLayout applied — group columns become heading rows (RowKind::Heading), codes join their
/// names, and columns printed once are left blank under a row that already names them. A total
/// row whose label sat in a group column ("Total Tejido social") carries it in its first printed
/// column.
struct PaperTable
{
    report::Report table; ///< the printed columns and rows (heading rows included)
    QList<QStringList> cells; ///< one text per printed column and row; a heading's text is its first
    /// For rows where a column printed once was left blank: the row's texts in full, used when the
    /// row is the first of a page. Empty for every other row.
    QList<QStringList> pageTopCells;
};

/// `millions`: money columns printed in millions (PdfExporter::moneyInMillions).
PaperTable paperTable(const report::Report &report, bool millions);

/// How many columns the report prints on paper (its columns less the grouped and joined ones).
qsizetype printedColumnCount(const report::Report &report);

} // namespace planea::exporting
