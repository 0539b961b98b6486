#pragma once

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace planea {
struct PlanData;
struct PlanInfo;
struct MilestoneRecord;
} // namespace planea

namespace planea::calc {

/// One step of the plan's legal route (DOMAIN.md §6) with its deadline computed from the start
/// of the term.
struct CalendarStep
{
    QString code; ///< stable, e.g. "RADICACION_CTP", "PLAN_ACCION_2025"; MilestoneRecord::kind uses it
    QString name; ///< Spanish
    std::optional<QDate> due; ///< nullopt: the law sets no fixed date
    QString legalBasis; ///< Spanish, e.g. "Ley 152 de 1994, art. 39"
    bool confirmed = false; ///< false: "por confirmar" (DOMAIN.md evidence [B]/[U])
    std::optional<QDate> actual; ///< from the plan's MilestoneRecord of the same code
    bool overdue = false; ///< no actual date and today is after the due date
    bool late = false; ///< done after the due date
    bool dueOnWeekend = false;
    QString note; ///< Spanish: weekend, dependency on an earlier step, etc.
};

class LegalCalendar
{
    Q_DECLARE_TR_FUNCTIONS(LegalCalendar)

public:
    /// Step codes (stable; stored as MilestoneRecord::kind).
    static inline const QString ConsolidationCode = QStringLiteral("CONSOLIDACION");
    static inline const QString PlanningCouncilFilingCode = QStringLiteral("RADICACION_CTP");
    static inline const QString EnvironmentalAuthorityCode = QStringLiteral("ENVIO_CAR");
    static inline const QString PlanningCouncilOpinionCode = QStringLiteral("CONCEPTO_CTP");
    static inline const QString CouncilFilingCode = QStringLiteral("RADICACION_CONCEJO");
    static inline const QString CouncilDecisionCode = QStringLiteral("DECISION_CONCEJO");
    static inline const QString IndicativePlanCode = QStringLiteral("PLAN_INDICATIVO");
    static inline const QString ActionPlanPrefix = QStringLiteral("PLAN_ACCION_"); ///< + year
    static inline const QString AnnualReportPrefix = QStringLiteral("INFORME_ANUAL_"); ///< + year

    /// The route's steps in order, for `today` (passed in: there is no hidden clock).
    static QList<CalendarStep> steps(const PlanInfo &info, const QList<MilestoneRecord> &milestones,
                                     const QDate &today);
    static QList<CalendarStep> steps(const PlanData &plan, const QDate &today);

    /// Workflow states allowed after `state` (the route of DOMAIN.md §6).
    static QList<WorkflowState> nextStates(WorkflowState state);
    static bool canMove(WorkflowState from, WorkflowState to);
};

} // namespace planea::calc
