#pragma once

#include <QChar>

namespace planea::exporting {

/// CSV for Excel with Colombian regional settings by default (DESIGN.md "Formats").
struct CsvOptions
{
    QChar separator = u';';
    QChar decimalMark = u',';
    bool byteOrderMark = true;
    bool crlf = true;
};

} // namespace planea::exporting
