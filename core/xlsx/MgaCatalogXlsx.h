#pragma once

#include "catalog/MgaCatalogImport.h"
#include "util/Result.h"
#include "xlsx/XlsxWorkbook.h"

#include <QCoreApplication>

namespace planea {

/// Reads DNP's MGA catalog workbook (.xlsx) into the table parseMgaCatalogRows() validates.
class MgaCatalogXlsx
{
    Q_DECLARE_TR_FUNCTIONS(planea::MgaCatalogXlsx)

public:
    /// The first sheet (in tab order, or `sheetName` only when given) with a row holding the
    /// catalog's columns among its first 50 rows is the catalog: title rows above the header are
    /// skipped, empty rows ignored. Codes typed as numbers become text (DNP's sector "4" is "04"),
    /// TRUE/FALSE become Sí/No. Messages name the file, the sheet, the sheet row and the column.
    static Result<MgaCatalogTable> parse(const XlsxWorkbook &workbook, const QString &sheetName = {});

    /// CSV or XLSX (by content, not by name) -> a new catalog version in `dataDir`; the folder
    /// is left unchanged on any error.
    static Result<MgaImportResult> import(const QString &path, const QString &dataDir, const QString &sheetName = {});
};

} // namespace planea
