#pragma once

#include "Report.h"

namespace planea::report {

/// How many decimals a numeric column is written with, the same for all its cells ("89,0" beside
/// "92,1", never "89" beside "92,10"): the most any of its values needs, up to two for decimals
/// and one for percentages; 0 for money and integers. Marks such as "NP" do not count.
int columnDecimals(const QList<ReportRow> &rows, qsizetype column, ColumnType type);

} // namespace planea::report
