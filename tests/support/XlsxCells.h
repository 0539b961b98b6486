#pragma once

// Short names for the cells of the sample workbooks the import tests write with XlsxWriter.

#include "xlsx/XlsxWriter.h"

#include <QVariant>

namespace planea::test::cells {

using Cell = XlsxWriter::Cell;

inline Cell t(const QString &text)
{
    return { text };
}

inline Cell n(double value)
{
    return { value };
}

inline Cell none()
{
    return { QVariant() };
}

} // namespace planea::test::cells
