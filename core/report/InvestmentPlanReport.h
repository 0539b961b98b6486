#pragma once

#include "Report.h"
#include "ReportContext.h"

#include <QStringList>

namespace planea {
struct PlanData;
}

namespace planea::report {

/// The funding-source columns in the order of the KPT 2024 export, then any other code used by
/// the plan in alphabetical order. Only sources the plan uses are kept.
QStringList orderedSourceCodes(const QStringList &usedCodes);

/// The Plan Plurianual de Inversiones: one row per product and year of the term, one money column
/// per funding source used and a total; after each strategic line its totals by year and for the
/// term; at the end the plan's totals by year and the grand total.
Report buildInvestmentPlanReport(const PlanData &plan, const ReportContext &context = {});

} // namespace planea::report
