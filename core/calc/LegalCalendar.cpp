#include "LegalCalendar.h"

#include "domain/PlanData.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace planea::calc {

namespace {

QString appendNote(const QString &note, const QString &more)
{
    return note.isEmpty() ? more : note + u' ' + more;
}

} // namespace

QList<CalendarStep> LegalCalendar::steps(const PlanInfo &info, const QList<MilestoneRecord> &milestones,
                                         const QDate &today)
{
    QHash<QString, QDate> actual;
    for (const MilestoneRecord &m : milestones) {
        if (m.actualDate.isValid() && (!actual.contains(m.kind) || m.actualDate < actual.value(m.kind)))
            actual.insert(m.kind, m.actualDate);
    }
    const auto actualOf = [&](const QString &code) -> std::optional<QDate> {
        const auto it = actual.constFind(code);
        return it == actual.cend() ? std::nullopt : std::optional<QDate>(*it);
    };

    const bool department = info.entity.type == EntityType::Department;
    const QDate start = info.term.effectiveStartDate();
    // Calendar months from the posesión (Ley 152 counts "meses"): 2 months after 1 January ends
    // on the last day of February.
    const QDate planningCouncilDue = start.addMonths(2).addDays(-1);
    const QDate councilDue = start.addMonths(4).addDays(-1);

    QList<CalendarStep> out;
    const auto add = [&](const QString &code, const QString &name, std::optional<QDate> due, const QString &basis,
                         bool confirmed, const QString &note) {
        CalendarStep s;
        s.code = code;
        s.name = name;
        s.due = due;
        s.legalBasis = basis;
        s.confirmed = confirmed;
        s.note = note;
        s.actual = actualOf(code);
        if (s.due) {
            s.overdue = !s.actual && today.isValid() && today > *s.due;
            s.late = s.actual && *s.actual > *s.due;
            const int weekday = s.due->dayOfWeek();
            if (weekday >= 6) {
                s.dueOnWeekend = true;
                s.note = appendNote(s.note,
                                    weekday == 6 ? tr("The deadline falls on a Saturday.")
                                                 : tr("The deadline falls on a Sunday."));
            }
        }
        out.append(s);
    };

    add(ConsolidationCode, tr("Draft presented to the Government Council for consolidation"), planningCouncilDue,
        u"Ley 152 de 1994, art. 39, num. 3 y 4"_s, true, tr("Before filing the draft with the Planning Council."));
    add(PlanningCouncilFilingCode, tr("Draft filed with the Territorial Planning Council (CTP)"), planningCouncilDue,
        u"Ley 152 de 1994, art. 39"_s, false,
        tr("Within two months of taking office; a copy goes to the council for information."));
    add(EnvironmentalAuthorityCode, tr("Copy sent to the Regional Autonomous Corporation (CAR)"), planningCouncilDue,
        u"Ley 152 de 1994, art. 39; Decreto 1865 de 1994"_s, false,
        tr("At the same time as the filing with the Planning Council."));

    const QDate ctpFiled = actualOf(PlanningCouncilFilingCode).value_or(planningCouncilDue);
    add(PlanningCouncilOpinionCode, tr("Opinion of the Territorial Planning Council"), ctpFiled.addMonths(1),
        u"Ley 152 de 1994, arts. 25 y 39"_s, false,
        tr("One month after the filing; if the council does not give its opinion in time, the requirement is "
           "deemed fulfilled."));

    add(CouncilFilingCode,
        department ? tr("Bill (proyecto de ordenanza) filed with the Departmental Assembly")
                   : tr("Bill (proyecto de acuerdo) filed with the Municipal Council"),
        councilDue, u"Ley 152 de 1994, art. 40"_s, false, tr("Within the first four months of the term."));

    const QDate councilFiled = actualOf(CouncilFilingCode).value_or(councilDue);
    add(CouncilDecisionCode,
        department ? tr("Decision of the Departmental Assembly on the plan")
                   : tr("Decision of the Municipal Council on the plan"),
        councilFiled.addMonths(1), u"Ley 152 de 1994, art. 40"_s, false,
        department ? tr("One month after the filing; otherwise the governor may adopt the plan by decree.")
                   : tr("One month after the filing; otherwise the mayor may adopt the plan by decree."));

    add(IndicativePlanCode, tr("Indicative Plan approved by the Government Council"), std::nullopt,
        u"Ley 152 de 1994, arts. 29 y 36"_s, false,
        tr("No fixed legal date; usually right after the plan is adopted."));

    for (int year : info.term.years()) {
        const bool firstYear = year == info.term.startYear;
        add(ActionPlanPrefix + QString::number(year), tr("Action plan %1 published").arg(year),
            firstYear ? std::nullopt : std::optional<QDate>(QDate(year, 1, 31)),
            u"Ley 152 de 1994, art. 41; Ley 1474 de 2011, art. 74"_s, false,
            firstYear ? tr("In the first year the action plan follows the adoption of the development plan.")
                      : tr("By 31 January of each year."));
        add(AnnualReportPrefix + QString::number(year),
            department ? tr("Annual execution report %1 to the Departmental Assembly").arg(year)
                       : tr("Annual execution report %1 to the Municipal Council").arg(year),
            std::nullopt, u"Ley 152 de 1994, arts. 42 y 43"_s, false, tr("Yearly; the law sets no fixed date."));
    }
    return out;
}

QList<CalendarStep> LegalCalendar::steps(const PlanData &plan, const QDate &today)
{
    return steps(plan.info, plan.milestones, today);
}

QList<WorkflowState> LegalCalendar::nextStates(WorkflowState state)
{
    using S = WorkflowState;
    switch (state) {
    case S::Draft:
        return { S::Consolidated };
    case S::Consolidated:
        return { S::FiledWithPlanningCouncil };
    case S::FiledWithPlanningCouncil:
        // The opinion may arrive or the month may lapse (the requirement is then deemed met).
        return { S::PlanningCouncilOpinion, S::Adjusted };
    case S::PlanningCouncilOpinion:
        return { S::Adjusted };
    case S::Adjusted:
        return { S::FiledWithCouncil };
    case S::FiledWithCouncil:
        return { S::Approved, S::AdoptedByDecree };
    case S::Approved:
    case S::AdoptedByDecree:
        return { S::IndicativePlanApproved };
    case S::IndicativePlanApproved:
        return { S::InExecution };
    case S::InExecution:
        return { S::Closed };
    case S::Closed:
        break;
    }
    return {};
}

bool LegalCalendar::canMove(WorkflowState from, WorkflowState to)
{
    return nextStates(from).contains(to);
}

} // namespace planea::calc
