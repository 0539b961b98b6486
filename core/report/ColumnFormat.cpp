#include "ColumnFormat.h"

#include <cmath>

namespace planea::report {

int columnDecimals(const QList<ReportRow> &rows, qsizetype column, ColumnType type)
{
    int most = 0;
    switch (type) {
    case ColumnType::Decimal:
        most = 2;
        break;
    case ColumnType::Percent:
        most = 1;
        break;
    case ColumnType::Text:
    case ColumnType::Integer:
    case ColumnType::Money:
        return 0;
    }
    int needed = 0;
    for (const ReportRow &row : rows) {
        if (row.kind == RowKind::Heading)
            continue;
        const QVariant &v = row.cells.value(column);
        if (v.isNull() || v.typeId() == QMetaType::QString)
            continue;
        const double x = std::abs(v.toDouble());
        // The fewest decimals that write x exactly, as far as `most` allows.
        for (int d = needed; d < most; ++d) {
            const double scaled = x * std::pow(10.0, d);
            if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
                break;
            needed = d + 1;
        }
        if (needed == most)
            break;
    }
    return needed;
}

} // namespace planea::report
