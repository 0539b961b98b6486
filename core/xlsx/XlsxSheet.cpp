#include "xlsx/XlsxSheet.h"

namespace planea {

XlsxCell XlsxSheet::cell(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_rows[row].size())
        return {};
    return m_rows[row][column];
}

QStringList XlsxSheet::rowTexts(int row, int width) const
{
    QStringList texts;
    if (row >= 0 && row < m_rows.size()) {
        for (const XlsxCell &c : m_rows[row])
            texts.append(c.text());
    }
    while (texts.size() < width)
        texts.append(QString());
    return texts;
}

} // namespace planea
