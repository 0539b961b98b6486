#pragma once

#include "Report.h"
#include "ReportContext.h"

namespace planea {
struct PlanData;
}

namespace planea::report {

/// The Plan Indicativo: one row per product indicator, in the plan's order (line → program →
/// product → indicator), with its annual targets ("NP" where not programmed), weight, responsible
/// office, and its product's cost and money per year. A product's money is shown once, on its
/// first indicator's row, so that the columns add up in a spreadsheet; the last row is the total.
Report buildPlanIndicativoReport(const PlanData &plan, const ReportContext &context = {});

} // namespace planea::report
