#pragma once

#include "util/Result.h"
#include "xlsx/XlsxWorkbook.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace planea {

struct XlsxReadOptions
{
    /// Zip bombs: the workbook's parts may not inflate to more than this, in total and each.
    qint64 maxTotalBytes = qint64(512) * 1024 * 1024;
    qint64 maxPartBytes = qint64(256) * 1024 * 1024;
    /// Cell slots kept in memory for the whole workbook (a row is as wide as its last cell, an
    /// absent row counts as one): 50,000 rows × 100 columns is 5 million; a hostile file with cells
    /// far to the right or far down is refused before it exhausts memory.
    qint64 maxCells = 16'000'000;
    /// Copy the top-left value of each merged area into its other cells (areas up to 10,000
    /// cells), so a merged header reads the same in every column it spans.
    bool fillMergedCells = false;
    /// Read only the sheets with these names (all when empty).
    QStringList onlySheets;
};

/// Reads .xlsx workbooks (Office Open XML spreadsheets) with ZipArchive and QXmlStreamReader, part by
/// part as a stream: shared and inline strings (rich text too), numbers, booleans, errors,
/// cached formula values, dates (numbers with a date format, 1900 and 1904 systems) and merged
/// areas. Anything damaged or hostile gives a Spanish message naming the file and the part,
/// sheet or cell; it never crashes and never inflates more than the limits in XlsxReadOptions.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(planea::XlsxReader)

public:
    static Result<XlsxWorkbook> read(const QString &path, const XlsxReadOptions &options = {});
    /// From memory or any random-access device; `displayName` names the file in messages.
    static Result<XlsxWorkbook> read(QIODevice *device, const QString &displayName,
                                     const XlsxReadOptions &options = {});
    static Result<XlsxWorkbook> readBytes(const QByteArray &bytes, const QString &displayName,
                                          const XlsxReadOptions &options = {});
};

} // namespace planea
