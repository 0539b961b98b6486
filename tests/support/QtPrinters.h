#pragma once

#include <QString>

#include <ostream>

// GoogleTest prints values of failed assertions and parameterised test names through PrintTo;
// without this, a QString shows as a list of two-byte objects.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
