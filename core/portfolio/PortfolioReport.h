#pragma once

#include "Portfolio.h"
#include "report/Report.h"

#include <functional>

namespace planea::portfolio {

/// The portfolio as one document for every format (CSV, XLSX, PDF): the ranking as the main
/// table, then the department by sector and the files left out. `sectorName` names a sector
/// code (the catalog's name); it may be empty.
report::Report portfolioReport(const PortfolioResult &result,
                               const std::function<QString(const QString &)> &sectorName = {});

} // namespace planea::portfolio
