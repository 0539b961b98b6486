// Follow-up of the result (wellbeing) indicators: yearly values against the baseline and the
// four-year target, direction-aware, and the product goals linked to each one. Expected values
// are worked by hand in the comments.

#include "CalcPlanBuilder.h"
#include "calc/ResultFollowUp.h"
#include "domain/PlanData.h"

#include <gtest/gtest.h>

using namespace planea;
using namespace planea::calc;
using planea::testing::CalcPlanBuilder;
using T = AccumulationType;

TEST(ResultProgress, IncreasingIndicatorsCountUpFromTheBaseline)
{
    // LB 20, M 30: 25 is (25 − 20) / (30 − 20) = 50 %
    EXPECT_DOUBLE_EQ(resultProgress(Direction::Increase, 20, 30, 25)->capped, 50.0);
    // 35: 150 % raw, capped 100, over-achievement 50
    const Percent over = *resultProgress(Direction::Increase, 20, 30, 35);
    EXPECT_DOUBLE_EQ(over.raw, 150.0);
    EXPECT_DOUBLE_EQ(over.capped, 100.0);
    EXPECT_DOUBLE_EQ(over.overAchievement, 50.0);
    // 15 went the wrong way: −50 % raw, 0 % capped
    EXPECT_DOUBLE_EQ(resultProgress(Direction::Increase, 20, 30, 15)->raw, -50.0);
    EXPECT_DOUBLE_EQ(resultProgress(Direction::Increase, 20, 30, 15)->capped, 0.0);
}

TEST(ResultProgress, DecreasingIndicatorsCountDownFromTheBaseline)
{
    // Tasa de desempleo juvenil: LB 20 %, M 17 %; 18,5 is (20 − 18,5) / (20 − 17) = 1,5 / 3 = 50 %
    EXPECT_DOUBLE_EQ(resultProgress(Direction::Decrease, 20, 17, 18.5)->capped, 50.0);
    // 21 went up: (20 − 21) / 3 = −33,3 % raw, 0 capped
    EXPECT_NEAR(resultProgress(Direction::Decrease, 20, 17, 21)->raw, -33.3333, 1e-3);
    EXPECT_DOUBLE_EQ(resultProgress(Direction::Decrease, 20, 17, 21)->capped, 0.0);
    // 16: (20 − 16) / 3 = 133,3 %: over-achievement 33,3
    EXPECT_NEAR(resultProgress(Direction::Decrease, 20, 17, 16)->overAchievement, 33.3333, 1e-3);
}

TEST(ResultProgress, KeepingALevel)
{
    // Maintain M 95: 93,1 / 95 = 98 %
    EXPECT_DOUBLE_EQ(resultProgress(Direction::Maintain, 95, 95, 93.1)->capped, 98.0);
    // Increase with M = LB (keep at least 40): 41 is met (100 %), 30 is 30 / 40 = 75 %
    EXPECT_DOUBLE_EQ(resultProgress(Direction::Increase, 40, 40, 41)->capped, 100.0);
    EXPECT_DOUBLE_EQ(resultProgress(Direction::Increase, 40, 40, 30)->capped, 75.0);
    // Decrease with M = LB (keep at most 10): 12 is 10 / 12 = 83,3 %
    EXPECT_NEAR(resultProgress(Direction::Decrease, 10, 10, 12)->capped, 83.3333, 1e-3);
    // Nothing to divide by: no percentage rather than a made-up one
    EXPECT_FALSE(resultProgress(Direction::Maintain, 0, 0, 5).has_value());
    EXPECT_FALSE(resultProgress(Direction::Increase, 0, 0, -1).has_value());
    EXPECT_FALSE(resultProgress(Direction::Increase, 20, 30, std::nan("")).has_value());
}

namespace {

// Line 1 "Educación" has result indicator 11 (cobertura neta, increase 80 → 90) linked to
// goal 1; line 2 "Empleo" has result indicator 12 (desempleo juvenil, decrease 20 → 17) that no
// goal names, so its line's goals 2 and 3 stand for it. Indicator 13 is not prioritised.
PlanData resultPlan()
{
    CalcPlanBuilder b;
    b.line(1, 1, QStringLiteral("Educación"), { QStringLiteral("22") })
        .line(2, 2, QStringLiteral("Empleo"), { QStringLiteral("36") })
        .program(10, 1, QStringLiteral("2201"))
        .program(20, 2, QStringLiteral("3602"))
        .product(100, 10, QStringLiteral("2201001"))
        .product(200, 20, QStringLiteral("3602001"))
        .indicator(1, 100, QStringLiteral("220100101"), T::Cumulative, 40, { 10, 10, 10, 10 })
        .indicator(2, 200, QStringLiteral("360200101"), T::Cumulative, 8, { 2, 2, 2, 2 })
        .indicator(3, 200, QStringLiteral("360200102"), T::Cumulative, 8, { 2, 2, 2, 2 })
        .report(1, 2024, 7) // 70 %; four years 7 / 40 = 17,5 %
        .report(2, 2024, 2) // 100 %; 2 / 8 = 25 %
        .report(3, 2024, 1); // 50 %; 1 / 8 = 12,5 %
    PlanData &plan = b.plan();
    plan.indicators[0].wellbeingIndicatorId = 11;

    WellbeingIndicator coverage;
    coverage.id = 11;
    coverage.lineId = 1;
    coverage.name = QStringLiteral("Cobertura neta en educación media");
    coverage.unit = QStringLiteral("%");
    coverage.direction = Direction::Increase;
    coverage.isPrioritized = true;
    coverage.baseline = 80;
    coverage.baselineYear = 2022;
    coverage.target = 90;
    coverage.values = { { 2022, 80, {} }, { 2024, 83, {} }, { 2025, 86, {} } };
    WellbeingIndicator unemployment;
    unemployment.id = 12;
    unemployment.lineId = 2;
    unemployment.name = QStringLiteral("Tasa de desempleo juvenil");
    unemployment.direction = Direction::Decrease;
    unemployment.isPrioritized = true;
    unemployment.baseline = 20;
    unemployment.target = 17;
    unemployment.values = { { 2024, 21, {} } };
    WellbeingIndicator history;
    history.id = 13;
    history.name = QStringLiteral("Solo diagnóstico");
    history.values = { { 2024, 5, {} } };
    plan.wellbeingIndicators = { coverage, unemployment, history };
    return b.build();
}

} // namespace

TEST(ResultFollowUp, ValuesAgainstBaselineAndTargetWithTheirGoals)
{
    const QList<ResultFollowUp> all = computeResultFollowUp(resultPlan(), 2025);
    ASSERT_EQ(all.size(), 2); // the non-prioritised indicator is diagnosis only
    const ResultFollowUp &coverage = all[0];
    EXPECT_EQ(coverage.lineName, QStringLiteral("Educación"));
    ASSERT_EQ(coverage.years.size(), 4); // 2024–2027, the baseline year 2022 is not follow-up
    EXPECT_EQ(coverage.years[0].year, 2024);
    // 2024: (83 − 80) / (90 − 80) = 30 %; 2025: (86 − 80) / 10 = 60 % (the latest)
    EXPECT_DOUBLE_EQ(coverage.years[0].progress->capped, 30.0);
    EXPECT_EQ(*coverage.latestYear, 2025);
    EXPECT_DOUBLE_EQ(*coverage.latestValue, 86.0);
    EXPECT_DOUBLE_EQ(coverage.progress->capped, 60.0);
    EXPECT_EQ(coverage.category.name, QStringLiteral("Medio"));
    EXPECT_TRUE(*coverage.improving);
    EXPECT_FALSE(coverage.years[2].value.has_value());
    // linked in the plan to goal 1 only; its eficacia in 2025: no report → none
    EXPECT_EQ(coverage.linkedIndicatorIds, QList<qint64> { 1 });
    EXPECT_FALSE(coverage.linkedByLine);
    EXPECT_FALSE(coverage.linkedEfficacy.has_value());
    // but its four-year progress is 7 / 40 = 17,5 %
    EXPECT_DOUBLE_EQ(*coverage.linkedTermProgress, 17.5);

    const ResultFollowUp &unemployment = all[1];
    // 21 > 20: went the wrong way. (20 − 21) / (20 − 17) = −33 % → 0 % → Crítico
    EXPECT_FALSE(*unemployment.improving);
    EXPECT_DOUBLE_EQ(unemployment.progress->capped, 0.0);
    EXPECT_EQ(unemployment.category.name, QStringLiteral("Crítico"));
    // no goal names it: its line's goals 2 and 3 stand for it
    EXPECT_TRUE(unemployment.linkedByLine);
    EXPECT_EQ(unemployment.linkedIndicatorIds, (QList<qint64> { 2, 3 }));
}

TEST(ResultFollowUp, AnEarlierYearSeesOnlyItsOwnValues)
{
    const QList<ResultFollowUp> all = computeResultFollowUp(resultPlan(), 2024);
    // 2024: latest is 2024's 83 → 30 %; the linked goal's eficacia 7 / 10 = 70 %
    EXPECT_EQ(*all[0].latestYear, 2024);
    EXPECT_DOUBLE_EQ(all[0].progress->capped, 30.0);
    EXPECT_DOUBLE_EQ(*all[0].linkedEfficacy, 70.0);
    // line goals 2 and 3: (100 + 50) / 2 = 75 %; four years (25 + 12,5) / 2 = 18,75 %
    EXPECT_DOUBLE_EQ(*all[1].linkedEfficacy, 75.0);
    EXPECT_DOUBLE_EQ(*all[1].linkedTermProgress, 18.75);
}

TEST(ResultFollowUp, NoValuesOrNoTargetIsSinInformacionNotZero)
{
    PlanData plan = resultPlan();
    plan.wellbeingIndicators[0].target.reset();
    const QList<ResultFollowUp> before = computeResultFollowUp(plan, 2023); // before the term
    EXPECT_FALSE(before[0].latestValue.has_value());
    EXPECT_FALSE(before[0].progress.has_value());
    EXPECT_FALSE(before[0].improving.has_value());
    EXPECT_EQ(before[0].category.name, QStringLiteral("Sin información"));
    const QList<ResultFollowUp> noTarget = computeResultFollowUp(plan, 2025);
    EXPECT_DOUBLE_EQ(*noTarget[0].latestValue, 86.0); // the value is shown…
    EXPECT_FALSE(noTarget[0].progress.has_value()); // …but without a target there is no %
    EXPECT_TRUE(*noTarget[0].improving); // 86 > 80 still says which way it went
    EXPECT_TRUE(computeResultFollowUp(PlanData {}, 2025).isEmpty());
}
