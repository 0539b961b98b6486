#pragma once

#include "util/Result.h"
#include "xlsx/XlsxCell.h"
#include "xlsx/XlsxWorkbook.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace planea::matrix {

/// A spreadsheet opened for import: an .xlsx workbook (every sheet, merged cells filled) or a CSV
/// file (one sheet named after the file). Cheap to move; rows are shared, not copied.
class MatrixSource
{
    Q_DECLARE_TR_FUNCTIONS(planea::matrix::MatrixSource)

public:
    /// .xlsx (by content: a zip) or CSV (anything else). `csvSeparator` as in CsvReader.
    static Result<MatrixSource> open(const QString &path, std::optional<QChar> csvSeparator = {});
    /// A workbook already read (read it with XlsxReadOptions::fillMergedCells so merged cells
    /// read the same in every cell they span).
    static MatrixSource fromWorkbook(XlsxWorkbook book);
    /// CSV text; `name` names the single sheet and the file in messages.
    static Result<MatrixSource> fromCsvBytes(const QByteArray &data, const QString &name,
                                             std::optional<QChar> separator = {});

    QString fileName() const;
    bool isCsv() const;
    QStringList sheetNames() const;
    int sheetIndex(const QString &name) const; ///< -1 when absent
    /// Rows of a sheet, 0-based (row r is spreadsheet row r + 1). Empty list for a bad index.
    const QList<QList<XlsxCell>> &rows(int sheet) const;
    XlsxCell cell(int sheet, int row, int column) const;
    int columnCount(int sheet) const;

    /// The title of each column for header rows `headerRow` (1-based) .. +`headerRowCount` - 1:
    /// the rows' texts joined by one space (a vertically merged title counted once), simplified.
    /// For the assistant's column lists and for resolving mapping references.
    QStringList headers(int sheet, int headerRow, int headerRowCount) const;

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
};

} // namespace planea::matrix
