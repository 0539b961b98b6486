#pragma once

#include "xlsx/XlsxSheet.h"

#include <QList>
#include <QStringList>

namespace planea {

/// The sheets of an .xlsx workbook, in the order Excel shows their tabs.
class XlsxWorkbook
{
public:
    QString fileName() const { return m_fileName; }
    QStringList sheetNames() const;
    /// nullptr when there is no sheet with that name (exact match).
    const XlsxSheet *sheet(const QString &name) const;
    const QList<XlsxSheet> &sheets() const { return m_sheets; }

private:
    friend class XlsxReaderSession;
    QString m_fileName;
    QList<XlsxSheet> m_sheets;
};

} // namespace planea
