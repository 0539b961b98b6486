#pragma once

#include "Report.h"
#include "ReportContext.h"

namespace planea {
struct PlanData;
}

namespace planea::report {

/// The year a seguimiento document covers for `requested` (0: the latest year of the term with a
/// progress report, else the first year of the term).
int seguimientoYear(const PlanData &plan, int requested);

/// The follow-up ("seguimiento") document for one year (context.year, see seguimientoYear()), for
/// the annual report to the Concejo and the Consejo Territorial de Planeación:
/// - summary lines: the plan's eficacia and its EDI category, four-year progress against the
///   progress expected by then, information integrity, the flags, the scale;
/// - charts: eficacia of the year and four-year progress by strategic line;
/// - the main table: the plan, each line, each program and each goal of the year (target,
///   achieved, eficacia, over-achievement, four-year progress, category, money, flags), the
///   aggregates as total rows;
/// - sections: the result (wellbeing) indicators against baseline and target with their linked
///   goals; eficacia by responsible office and by sector; every flag, one row each.
/// Every number comes from calc::computeEfficacy and calc::computeResultFollowUp.
Report buildSeguimientoReport(const PlanData &plan, const ReportContext &context = {});

} // namespace planea::report
