#pragma once

#include "Report.h"
#include "ReportContext.h"

namespace planea {
struct PlanData;
struct Office;
} // namespace planea

namespace planea::report {

/// Alistamiento: the readiness checklist, one row per item with its state and evidence note.
Report buildChecklistReport(const PlanData &plan, const ReportContext &context = {});

/// Equipo territorial: the formulation team with position, office, role and contact.
Report buildTeamReport(const PlanData &plan, const ReportContext &context = {});

/// Líneas estratégicas: each line with its weight, sectors and what hangs from it (programs,
/// products, goals, cost).
Report buildLinesReport(const PlanData &plan, const ReportContext &context = {});

/// Diagnóstico: the wellbeing indicators with their values by year (every year that has a value),
/// then the problem analysis.
Report buildDiagnosisReport(const PlanData &plan, const ReportContext &context = {});

/// Parte estratégica: per line, its prioritised wellbeing indicators (baseline and target) and
/// its budget programs (objective and weight).
Report buildStrategicPlanReport(const PlanData &plan, const ReportContext &context = {});

/// Plan de acción for one year (context.year; 0: the current year if it is in the term, else the
/// first year) and one office (context.office, matched without case or accents; empty: every
/// office, grouped by office): the goals of the year with their target and the product's money.
Report buildActionPlanReport(const PlanData &plan, const ReportContext &context = {});

/// "Estado de nuestro plan": completeness per module and per strategic line, and everything that
/// is pending (what each module lacks, validation errors and warnings).
Report buildStatusReport(const PlanData &plan, const ReportContext &context = {});

/// The office whose name matches `name` without case or accents; nullptr if none.
const Office *findOffice(const PlanData &plan, const QString &name);

/// The year the action plan covers for `requested` (0: this year if in the term, else the first).
int actionPlanYear(const PlanData &plan, int requested);

} // namespace planea::report
