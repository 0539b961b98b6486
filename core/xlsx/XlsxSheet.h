#pragma once

#include "xlsx/XlsxCell.h"

#include <QList>
#include <QString>

namespace planea {

/// One worksheet's values. Rows and columns are 0-based; rows()[r] holds the cells of sheet row
/// r + 1 up to its last non-empty one (a row absent from the file is an empty list).
class XlsxSheet
{
public:
    QString name() const { return m_name; }
    int rowCount() const { return int(m_rows.size()); }
    /// Width of the widest row.
    int columnCount() const { return m_columnCount; }
    const QList<QList<XlsxCell>> &rows() const { return m_rows; }
    /// Empty cell when outside the data.
    XlsxCell cell(int row, int column) const;
    /// The row's cells as text (XlsxCell::text()), padded to `width` when given.
    QStringList rowTexts(int row, int width = -1) const;
    /// Merged areas as declared in <mergeCells>.
    const QList<XlsxRange> &mergedRanges() const { return m_merged; }

private:
    friend class XlsxReaderSession;
    QString m_name;
    QList<QList<XlsxCell>> m_rows;
    QList<XlsxRange> m_merged;
    int m_columnCount = 0;
};

} // namespace planea
