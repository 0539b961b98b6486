// Legal calendar (DOMAIN.md §6): deadlines from the start of the term in calendar months, actual
// dates from milestones, overdue steps against a given "today", weekends, and the workflow route.

#include "calc/LegalCalendar.h"
#include "domain/PlanData.h"

#include <gtest/gtest.h>

using namespace planea;
using namespace planea::calc;

namespace {

PlanInfo municipality(int startYear)
{
    PlanInfo info;
    info.term.startYear = startYear;
    info.entity.type = EntityType::Municipality;
    return info;
}

CalendarStep step(const QList<CalendarStep> &steps, const QString &code)
{
    for (const auto &s : steps) {
        if (s.code == code)
            return s;
    }
    ADD_FAILURE() << "no step " << qPrintable(code);
    return {};
}

MilestoneRecord milestone(const QString &kind, QDate date)
{
    MilestoneRecord m;
    m.kind = kind;
    m.actualDate = date;
    return m;
}

} // namespace

TEST(LegalCalendar, DeadlinesFromFirstOfJanuary)
{
    const auto steps = LegalCalendar::steps(municipality(2024), {}, QDate(2024, 1, 2));
    // 1 Jan 2024 + 2 months − 1 day = 29 Feb 2024 (leap year)
    EXPECT_EQ(*step(steps, QStringLiteral("RADICACION_CTP")).due, QDate(2024, 2, 29));
    EXPECT_EQ(*step(steps, QStringLiteral("ENVIO_CAR")).due, QDate(2024, 2, 29));
    // the CTP has one month after the filing: 29 Feb + 1 month = 29 Mar
    EXPECT_EQ(*step(steps, QStringLiteral("CONCEPTO_CTP")).due, QDate(2024, 3, 29));
    // first four months: 1 Jan + 4 months − 1 day = 30 Apr
    EXPECT_EQ(*step(steps, QStringLiteral("RADICACION_CONCEJO")).due, QDate(2024, 4, 30));
    // decision one month after filing: 30 Apr + 1 month = 30 May
    EXPECT_EQ(*step(steps, QStringLiteral("DECISION_CONCEJO")).due, QDate(2024, 5, 30));
    EXPECT_FALSE(step(steps, QStringLiteral("PLAN_INDICATIVO")).due.has_value());
    // action plans by 31 January, from the second year
    EXPECT_FALSE(step(steps, QStringLiteral("PLAN_ACCION_2024")).due.has_value());
    EXPECT_EQ(*step(steps, QStringLiteral("PLAN_ACCION_2025")).due, QDate(2025, 1, 31));
    EXPECT_EQ(step(steps, QStringLiteral("RADICACION_CTP")).name,
              QStringLiteral("Radicación del anteproyecto ante el Consejo Territorial de Planeación (CTP)"));
    EXPECT_EQ(step(steps, QStringLiteral("RADICACION_CTP")).legalBasis, QStringLiteral("Ley 152 de 1994, art. 39"));
    EXPECT_EQ(step(steps, QStringLiteral("RADICACION_CONCEJO")).name,
              QStringLiteral("Radicación del proyecto de acuerdo ante el Concejo Municipal"));
}

TEST(LegalCalendar, NonLeapYearEndsFebruaryOnThe28th)
{
    const auto steps = LegalCalendar::steps(municipality(2027), {}, QDate(2027, 1, 2));
    EXPECT_EQ(*step(steps, QStringLiteral("RADICACION_CTP")).due, QDate(2027, 2, 28));
}

TEST(LegalCalendar, LaterInaugurationMovesTheDeadlines)
{
    PlanInfo info = municipality(2024);
    info.term.startDate = QDate(2024, 1, 10);
    const auto steps = LegalCalendar::steps(info, {}, QDate(2024, 1, 10));
    // 10 Jan + 2 months − 1 day = 9 Mar; + 4 months − 1 day = 9 May
    EXPECT_EQ(*step(steps, QStringLiteral("RADICACION_CTP")).due, QDate(2024, 3, 9));
    EXPECT_EQ(*step(steps, QStringLiteral("RADICACION_CONCEJO")).due, QDate(2024, 5, 9));
}

TEST(LegalCalendar, ActualFilingDateDrivesTheOpinionDeadline)
{
    const auto steps = LegalCalendar::steps(
        municipality(2024), { milestone(QStringLiteral("RADICACION_CTP"), QDate(2024, 2, 15)) }, QDate(2024, 3, 1));
    EXPECT_EQ(*step(steps, QStringLiteral("RADICACION_CTP")).actual, QDate(2024, 2, 15));
    // 15 Feb + 1 month = 15 Mar
    EXPECT_EQ(*step(steps, QStringLiteral("CONCEPTO_CTP")).due, QDate(2024, 3, 15));
}

TEST(LegalCalendar, OverdueAndLateRelativeToToday)
{
    const QDate today(2024, 3, 1);
    auto steps = LegalCalendar::steps(municipality(2024), {}, today);
    EXPECT_TRUE(step(steps, QStringLiteral("RADICACION_CTP")).overdue); // due 29 Feb, nothing recorded
    EXPECT_FALSE(step(steps, QStringLiteral("RADICACION_CONCEJO")).overdue); // due 30 Apr

    steps = LegalCalendar::steps(municipality(2024),
                                 { milestone(QStringLiteral("RADICACION_CTP"), QDate(2024, 2, 20)) }, today);
    EXPECT_FALSE(step(steps, QStringLiteral("RADICACION_CTP")).overdue);
    EXPECT_FALSE(step(steps, QStringLiteral("RADICACION_CTP")).late);

    steps = LegalCalendar::steps(municipality(2024), { milestone(QStringLiteral("RADICACION_CTP"), QDate(2024, 3, 5)) },
                                 QDate(2024, 3, 10));
    EXPECT_FALSE(step(steps, QStringLiteral("RADICACION_CTP")).overdue);
    EXPECT_TRUE(step(steps, QStringLiteral("RADICACION_CTP")).late);
}

TEST(LegalCalendar, WeekendDeadlinesAreNoted)
{
    const auto steps = LegalCalendar::steps(municipality(2024), {}, QDate(2024, 1, 2));
    // 31 Jan 2026 is a Saturday, 31 Jan 2027 a Sunday; 29 Feb 2024 a Thursday
    const CalendarStep sat = step(steps, QStringLiteral("PLAN_ACCION_2026"));
    EXPECT_TRUE(sat.dueOnWeekend);
    EXPECT_TRUE(sat.note.contains(QStringLiteral("La fecha límite cae en sábado."))) << qPrintable(sat.note);
    EXPECT_TRUE(step(steps, QStringLiteral("PLAN_ACCION_2027")).note.contains(QStringLiteral("domingo")));
    EXPECT_FALSE(step(steps, QStringLiteral("RADICACION_CTP")).dueOnWeekend);
}

TEST(LegalCalendar, DepartmentsGoToTheAssembly)
{
    PlanInfo info = municipality(2024);
    info.entity.type = EntityType::Department;
    const auto steps = LegalCalendar::steps(info, {}, QDate(2024, 1, 2));
    EXPECT_EQ(step(steps, QStringLiteral("RADICACION_CONCEJO")).name,
              QStringLiteral("Radicación del proyecto de ordenanza ante la Asamblea Departamental"));
}

TEST(LegalCalendar, FromPlanData)
{
    PlanData plan;
    plan.info = municipality(2024);
    plan.milestones.append(milestone(QStringLiteral("RADICACION_CONCEJO"), QDate(2024, 4, 20)));
    const auto steps = LegalCalendar::steps(plan, QDate(2024, 5, 1));
    // decision: 20 Apr + 1 month = 20 May
    EXPECT_EQ(*step(steps, QStringLiteral("DECISION_CONCEJO")).due, QDate(2024, 5, 20));
}

TEST(Workflow, TheRouteOfLey152)
{
    using S = WorkflowState;
    EXPECT_EQ(LegalCalendar::nextStates(S::Draft), QList<S> { S::Consolidated });
    EXPECT_EQ(LegalCalendar::nextStates(S::FiledWithCouncil), (QList<S> { S::Approved, S::AdoptedByDecree }));
    EXPECT_EQ(LegalCalendar::nextStates(S::AdoptedByDecree), QList<S> { S::IndicativePlanApproved });
    EXPECT_TRUE(LegalCalendar::nextStates(S::Closed).isEmpty());
    EXPECT_TRUE(LegalCalendar::canMove(S::FiledWithPlanningCouncil, S::Adjusted)); // opinion lapsed
    EXPECT_FALSE(LegalCalendar::canMove(S::Draft, S::Approved));
}

TEST(LegalCalendar, InvalidTodayFlagsNothingOverdue)
{
    const auto steps = LegalCalendar::steps(municipality(2024), {}, QDate());
    for (const auto &s : steps)
        EXPECT_FALSE(s.overdue) << qPrintable(s.code);
}
