#include "xlsx/XlsxWorkbook.h"

namespace planea {

QStringList XlsxWorkbook::sheetNames() const
{
    QStringList names;
    for (const XlsxSheet &s : m_sheets)
        names.append(s.name());
    return names;
}

const XlsxSheet *XlsxWorkbook::sheet(const QString &name) const
{
    for (const XlsxSheet &s : m_sheets) {
        if (s.name() == name)
            return &s;
    }
    return nullptr;
}

} // namespace planea
